"""The team around one answer file: forms per owner, aspect or domain (split, in YAML or as
workbooks) and merging them back, follow-ups of recommendations, progress per owner, targets
against realisation, and starting next year's file from this year's."""

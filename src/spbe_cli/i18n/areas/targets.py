"""Messages of one area of spbe (targets), Indonesian then English: what an indicator still
needs to meet a target that names a band (pemdi-2026: `target: 3` is band 3 or above).

Each key maps to (Indonesian, English) with the same {fields}; keys are unique across areas.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {}

LABELS: dict[str, tuple[str, str]] = {
    "target_needs_above": ("perlu > {edge}", "needs > {edge}"),
    "target_needs_from": ("perlu ≥ {edge}", "needs ≥ {edge}"),
}

"""Messages and labels of one area of spbe (evidence), Indonesian then English.

Each key maps to (Indonesian, English) with the same {fields}; keys are unique across areas.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {}
LABELS: dict[str, tuple[str, str]] = {}

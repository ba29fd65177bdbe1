"""Values per evaluation stage: `level: {mandiri: 4, dokumen: 3, akhir: 3}`.

An indicator's value is its latest stage present (in the order of STAGES), or with
`--tahap S` its latest stage at or before S; a plain `level: 3` has no stage and is used
whatever the stage asked for. A stage asked for that an indicator has not reached yet leaves
it not filled in (a draft).

On a command line `FILE@TAHAP` names one file read at one stage (`spbe diff j.yaml@mandiri
j.yaml@akhir`): only when the part after the last `@` is a stage name and the whole text is
not an existing path.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TypeVar

from spbe_cli.answers.model import STAGES

V = TypeVar("V")


def pick(value: V | Mapping[str, V], stage: str | None) -> tuple[V, str | None] | None:
    """The value to use and the stage it comes from (None for a plain value), or None when
    the indicator has no value at or before `stage`."""
    if not isinstance(value, Mapping):
        return value, None
    last = STAGES.index(stage) if stage is not None else len(STAGES) - 1
    for name in reversed(STAGES[: last + 1]):
        if name in value:
            return value[name], name
    return None


def stage_ref(text: str) -> tuple[str, str | None]:
    """`"j.yaml@mandiri"` -> `("j.yaml", "mandiri")`; anything else -> `(text, None)`."""
    path, sep, stage = text.rpartition("@")
    if not sep or not path or stage not in STAGES or os.path.exists(text):
        return text, None
    return path, stage

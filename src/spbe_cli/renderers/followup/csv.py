"""`spbe followup --format csv`: the JSON fields as columns, one row per recommendation."""

from __future__ import annotations

from spbe_cli.renderers import Options
from spbe_cli.renderers.common import csv_text
from spbe_cli.renderers.followup import FollowUpList
from spbe_cli.renderers.followup.json import KEYS, values


def render(found: FollowUpList, options: Options) -> str:
    rows = []
    for item in found.items:
        row = list(values(item))
        row[-1] = "ya" if item.late else "tidak"
        rows.append(["" if v is None else v for v in row])
    return csv_text(KEYS, rows)

"""`spbe diff`: the recommendations closed between the two files (team/followup.py), as every
diff format shows them."""

from __future__ import annotations

from typing import Any

from spbe_cli.diff import Comparison
from spbe_cli.i18n import tr
from spbe_cli.renderers.text import one_line


def closed_field(comparison: Comparison) -> dict[str, Any]:
    """`rekomendasi_selesai` in JSON: [{id, indikator, aspek, teks, pj, status_lama,
    tindak_lanjut}], only when the command compared recommendations."""
    if comparison.closed is None:
        return {}
    return {
        "rekomendasi_selesai": [
            {
                "id": c.new.id or c.old.id,
                "indikator": c.new.indicator,
                "aspek": c.new.aspect,
                "teks": c.new.text,
                "pj": c.new.owner,
                "status_lama": c.old.status,
                "tindak_lanjut": c.new.follow_up,
            }
            for c in comparison.closed
        ]
    }


def closed_lines(comparison: Comparison, language: str) -> list[str]:
    """A heading and one line per recommendation closed (nothing when none was)."""
    if not comparison.closed:
        return []
    lines = [tr(language, "diff_closed", count=len(comparison.closed))]
    for c in comparison.closed:
        label = " · ".join(p for p in (c.new.indicator or c.new.aspect, c.new.id) if p)
        text = f"{label}: {c.new.text}" if label else c.new.text
        done = f" ({c.new.follow_up})" if c.new.follow_up else ""
        lines.append(one_line(f"{text}{done}"))
    return lines

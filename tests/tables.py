"""Small weight tables written as YAML text, built through the real loader."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spbe_cli import frameworks, yamlsafe
from spbe_cli.frameworks import Framework

BANDS = "[{nama: Kurang, dari: 1}, {nama: Cukup, dari: 1.8}, {nama: Baik, dari: 2.6}]"


def table_text(
    weights: Sequence[str],
    *,
    low: int = 1,
    high: int = 5,
    decimals: int = 0,
    bands: str = BANDS,
    basis: str = "tepat",
    extra: str = "",
    indicator_extra: dict[int, str] | None = None,
) -> str:
    """A one-aspect table whose indicators "1", "2", ... carry `weights` (summing to 100)."""
    lines = [
        "kerangka: uji",
        "nama: Tabel uji",
        "regulasi: tidak ada",
        "status: sementara",
        "tahun_mulai: 2030",
        f"level: {{min: {low}, maks: {high}, desimal: {decimals}}}",
        f"predikat: {bands}",
        f"aturan_bawaan: {{predikat_dari: {basis}}}",
        "aspek: [{id: A1, nama: Satu, bobot: 100}]",
        "indikator:",
    ]
    for n, weight in enumerate(weights, start=1):
        lines.append(f'  - id: "{n}"\n    nama: Indikator {n}\n    aspek: A1\n    bobot: {weight}')
        if indicator_extra and n in indicator_extra:
            lines.append(indicator_extra[n])
    return "\n".join(lines) + "\n" + extra


def build_table(weights: Sequence[str], **options: Any) -> Framework:
    text = table_text(weights, **options)
    return frameworks.build(yamlsafe.parse(text, "uji.yaml"), "uji.yaml")


def answer_text(year: int, entries: dict[str, str], *, kerangka: str = "") -> str:
    """An answer file; each entry is written as given (e.g. "3" or "{sdi: 68.75}")."""
    head = f"tahun: {year}\ninstansi: Instansi Uji\n" + (
        f"kerangka: {kerangka}\n" if kerangka else ""
    )
    body = "".join(f'  "{key}": {value}\n' for key, value in entries.items())
    return head + "indikator:\n" + body


def pemdi_entries(**overrides: str) -> dict[str, str]:
    """A complete pemdi-2026 answer: every indicator at 2, with `overrides` (key "i5" = id 5)."""
    entries = {str(n): "2" for n in range(1, 21)}
    entries.update({key.removeprefix("i"): value for key, value in overrides.items()})
    return entries

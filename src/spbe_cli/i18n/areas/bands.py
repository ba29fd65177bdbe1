"""Messages and labels of one area of spbe (predikat bands and their edges), Indonesian then
English.

Each key maps to (Indonesian, English) with the same {fields}; keys are unique across areas.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "table.band_top": (
        "pita predikat tertinggi harus berakhir di {high}, termasuk {high}",
        "the highest band must end at {high}, {high} included",
    ),
    "table.band_gap": (
        "pita predikat {name}: ada nilai di antara pita ini dan pita sebelumnya yang tidak "
        "masuk pita mana pun; samakan sampai pita sebelumnya dengan dari pita ini dan "
        "masukkan tepinya ke tepat satu pita",
        "band {name}: some value between it and the band before is in no band; make the band "
        "before end where this one starts, and put that edge in exactly one band",
    ),
    "table.band_overlap": (
        "pita predikat {name} bertumpang tindih dengan pita sebelumnya; sebuah nilai hanya "
        "boleh masuk satu pita (tepi bersama masuk tepat satu pita)",
        "band {name} overlaps the band before; a value must be in one band only (a shared "
        "edge goes in exactly one band)",
    ),
    "table.band_levels": (
        "level pita predikat harus diberikan untuk setiap pita, {low} sampai {high} berurutan",
        "band levels must be given for every band, {low} to {high} in order",
    ),
}
LABELS: dict[str, tuple[str, str]] = {
    "not_rounded": ("tidak dibulatkan", "not rounded"),
    "kerangka_level_bands": (
        "nilai indikator dinamai menurut pita yang memuatnya (level 1-5 = pita di atas)",
        "an indicator's value is named by the band it falls in (levels 1-5 = the bands above)",
    ),
    "kerangka_open_points": (
        "belum pasti atau bertentangan dalam peraturan ({count}), dengan pilihan yang dipakai:",
        "unsettled or contradictory in the regulation ({count}), with the choice made:",
    ),
    "page": ("hlm. {pages}", "p. {pages}"),
    "band_key": (
        "Nilai terkecil pita (pada ketelitian rumus)",
        "Smallest value in the band (at the formula's precision)",
    ),
    "band_range": ("Rentang", "Range"),
}

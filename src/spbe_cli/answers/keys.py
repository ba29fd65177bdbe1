"""The keys an answer file may hold, and its plausible years: plain data, importable without
the schema (a plain answer file is read without loading pydantic-core)."""

from __future__ import annotations

YEARS = (2000, 2100)  # a plausible evaluation year, even with an explicit kerangka
TOP_KEYS = (
    "tahun",
    "instansi",
    "kerangka",
    "indikator",
    "target_indeks",
    "target_predikat",
    "rekomendasi",
)
ENTRY_KEYS = ("level", "penjelasan", "data_dukung", "pj", "target", "rekomendasi")
ITEM_KEYS = ("berkas", "tautan", "level", "kode", "status", "tanggal", "berlaku_sampai", "catatan")
RECOMMENDATION_KEYS = ("id", "teks", "sumber", "tindak_lanjut", "status", "tenggat", "pj")
TOP_RECOMMENDATION_KEYS = (*RECOMMENDATION_KEYS, "indikator", "aspek")

"""Messages and labels of one area of spbe (evidence), Indonesian then English.

Each key maps to (Indonesian, English) with the same {fields}; keys are unique across areas.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # ---- spbe evidence: --help
    "help.evidence": (
        "Periksa data dukung: level yang didukung bukti yang diterima dan bukti yang siap di "
        "samping level yang diklaim, indeks yang didukung bukti, dan syarat kesiapan untuk CI.",
        "Check the evidence: beside each claimed level, the level the accepted evidence and the "
        "ready evidence support, the index the evidence supports, and a readiness gate for CI.",
    ),
    "help.evidence.fail_on_gap": (
        "Keluar dengan kode 1 bila ada klaim di atas bukti yang siap, berkas yang tidak ada, "
        "atau data dukung yang kedaluwarsa (laporan tetap ditulis).",
        "Exit 1 when a claim is above the ready evidence, a local file is not there or an item "
        "has expired (the report is still written).",
    ),
    "help.evidence.diff_old": (
        "Berkas jawaban lama (YAML); - membaca masukan standar; BERKAS@TAHAP membaca satu tahap "
        "(misalnya jawaban.yaml@mandiri).",
        "The earlier answer file (YAML); - reads stdin; FILE@STAGE reads one stage (e.g. "
        "jawaban.yaml@mandiri).",
    ),
    "help.evidence.diff_new": (
        "Berkas jawaban baru (YAML); - membaca masukan standar; BERKAS@TAHAP membaca satu tahap "
        "(misalnya jawaban.yaml@akhir).",
        "The later answer file (YAML); - reads stdin; FILE@STAGE reads one stage (e.g. "
        "jawaban.yaml@akhir).",
    ),
    "help.evidence.init_tahap": (
        "Tulis level dalam bentuk per tahap, misalnya level: {mandiri: 1}.",
        "Write each level in the stage form, e.g. level: {mandiri: 1}.",
    ),
    "help.evidence.tanpa_berkas": (
        "Jangan periksa berkas lokal (misalnya di CI, bila berkas bukti disimpan di luar git).",
        "Do not check local files (e.g. in CI when the evidence files are kept outside git).",
    ),
    # ---- spbe evidence: problems and the gate
    "evidence.no_items": (
        "{file}: tidak ada data dukung per level (berkas, tautan dengan level); setiap indikator "
        "dihitung pada level terendah",
        "{file}: no evidence item for a level (berkas or tautan with a level); every indicator "
        "counts at the lowest level",
    ),
    "evidence.where": ("{file}: indikator {id}", "{file}: indicator {id}"),
    "evidence.gate_claim": (
        "{where}: klaim {claim} perlu bukti level {needed}, bukti yang siap hanya sampai level "
        "{ready}",
        "{where}: claim {claim} needs the evidence of level {needed}, the evidence ready "
        "reaches level {ready} only",
    ),
    "evidence.gate_missing": (
        "{where}: berkas {path} tidak ada",
        "{where}: file {path} is not there",
    ),
    "evidence.gate_expired": (
        "{where}: data dukung level {level} ({item}) berlaku sampai {until}, kedaluwarsa pada "
        "{day}",
        "{where}: evidence of level {level} ({item}) was valid until {until}, expired on {day}",
    ),
}
LABELS: dict[str, tuple[str, str]] = {
    # ---- spbe evidence: every format
    "evidence_claimed": ("Klaim", "Claimed"),
    "evidence_accepted": ("Bukti diterima", "Accepted evidence"),
    "evidence_ready": ("Bukti siap", "Ready evidence"),
    "evidence_col_claim": ("Klaim", "Claim"),
    "evidence_col_accepted": ("Bukti", "Accepted"),
    "evidence_col_ready": ("Siap", "Ready"),
    "evidence_col_points": ("Poin indeks", "Index points"),
    "evidence_title": ("Data dukung: {heading}", "Evidence: {heading}"),
    "evidence_checked": (
        "Diperiksa pada {day}; {files}.",
        "Checked on {day}; {files}.",
    ),
    "evidence_files_checked": ("berkas lokal diperiksa", "local files checked"),
    "evidence_files_skipped": (
        "berkas lokal tidak diperiksa (--tanpa-berkas)",
        "local files not checked (--tanpa-berkas)",
    ),
    "evidence_to_act": ("Yang perlu ditindaklanjuti", "To act on"),
    "evidence_nothing": (
        "Tidak ada masalah: setiap klaim didukung bukti yang siap.",
        "Nothing to act on: every claim is backed by ready evidence.",
    ),
    "evidence_rest": (
        "{count} indikator lain: klaim didukung bukti.",
        "{count} other indicators: claims backed by evidence.",
    ),
    "evidence_rest_one": (
        "{count} indikator lain: klaim didukung bukti.",
        "{count} other indicator: claim backed by evidence.",
    ),
    # ---- masalah (JSON keeps the Indonesian sentence)
    "evidence_claim_above": (
        "Klaim {claim} perlu bukti level {needed}, tetapi bukti yang siap hanya mendukung level "
        "{ready} (diterima: level {accepted}).",
        "Claim {claim} needs the evidence of level {needed}, but the evidence ready supports "
        "level {ready} only (accepted: level {accepted}).",
    ),
    "evidence_revise": (
        "Data dukung level {level} ({item}) perlu direvisi{note}.",
        "Evidence of level {level} ({item}) is to be revised{note}.",
    ),
    "evidence_rejected": (
        "Data dukung level {level} ({item}) ditolak{note}.",
        "Evidence of level {level} ({item}) was rejected{note}.",
    ),
    "evidence_note": ("; catatan: {note}", "; note: {note}"),
    "evidence_missing": ("Berkas {path} tidak ada.", "File {path} is not there."),
    "evidence_expired": (
        "Data dukung level {level} ({item}) kedaluwarsa: berlaku sampai {until}.",
        "Evidence of level {level} ({item}) has expired: valid until {until}.",
    ),
    # ---- spbe report
    "evidence_report_heading": ("Klaim dan bukti", "Claimed and supported"),
    # ---- spbe init (comments of the answer file it writes)
    "evidence_init_items": (
        "data_dukung boleh berupa teks, atau butir per level dengan status di portal:\n"
        "  - {berkas: bukti/1/sk.pdf, level: 1, kode: I01-L1-01, status: diunggah}\n"
        '  - {tautan: "https://...", level: 2, status: draf, berlaku_sampai: 2027-12-31}\n'
        "status: draf, diunggah, diterima, revisi, ditolak, diganti; periksa dengan "
        "`spbe evidence`.",
        "data_dukung may be plain text, or items per level with their status in the portal:\n"
        "  - {berkas: bukti/1/sk.pdf, level: 1, kode: I01-L1-01, status: diunggah}\n"
        '  - {tautan: "https://...", level: 2, status: draf, berlaku_sampai: 2027-12-31}\n'
        "status: draf, diunggah, diterima, revisi, ditolak, diganti; check with "
        "`spbe evidence`.",
    ),
    "evidence_init_stages": (
        "Level per tahap (mandiri, dokumen, interviu, visitasi, akhir), misalnya\n"
        "level: {mandiri: 3, dokumen: 2, akhir: 2}; tanpa --tahap dipakai tahap terakhir "
        "yang ada.",
        "Levels per stage (mandiri, dokumen, interviu, visitasi, akhir), e.g.\n"
        "level: {mandiri: 3, dokumen: 2, akhir: 2}; without --tahap the latest stage "
        "present is used.",
    ),
    # ---- spbe diff FILE@TAHAP
    "evidence_stage_diff_title": (
        "{index} {institution} {year}: tahap {old} → {new}",
        "{index} {institution} {year}: stage {old} → {new}",
    ),
    "evidence_stage_latest": ("terakhir", "latest"),
    # ---- --format portal
    "evidence_portal_indicator": ("Indikator {id}", "Indicator {id}"),
}

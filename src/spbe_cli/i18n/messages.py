"""What spbe says on stderr and in --help, Indonesian then English.

Each key maps to (Indonesian, English) with the same {fields} (a test checks it). Keys are
grouped by where they are used; reuse one before adding another.
"""

from __future__ import annotations

from spbe_cli.i18n.areas import AREAS

MESSAGES: dict[str, tuple[str, str]] = {
    # ---- mapping tables (crosswalk.py)
    "pemetaan.unknown": (
        "{key}: kerangka '{name}' tidak dikenal; yang dikenal: {known}",
        "{key}: kerangka '{name}' is unknown; known: {known}",
    ),
    "pemetaan.same": (
        "ke: tabel pemetaan menghubungkan dua kerangka yang berbeda",
        "ke: a mapping table joins two different kerangka",
    ),
    "pemetaan.empty": (
        "{section} entri {n}: kedua sisi kosong",
        "{section} entry {n}: both sides are empty",
    ),
    "pemetaan.not_in": (
        "{section} {id} tidak ada di {framework} ({side})",
        "{section} {id} is not in {framework} ({side})",
    ),
    "pemetaan.twice": (
        "{section} {id} ({side}) sudah ada di entri {entry}; setiap id hanya sekali",
        "{section} {id} ({side}) already appears in entry {entry}; each id appears once",
    ),
    "pemetaan.absent": (
        "{section}: id {framework} tidak ada di sisi {side}: {ids}; cantumkan setiap id (entri "
        "dengan sisi lain kosong berarti tanpa padanan)",
        "{section}: {framework} ids missing on side {side}: {ids}; list every id (an entry "
        "with an empty other side means no counterpart)",
    ),
    "pemetaan.file_name": (
        "berkas harus bernama {expected} (dari_ke)",
        "the file must be named {expected} (dari_ke)",
    ),
    # ---- plan, explain (planning.py)
    "plan.target_off_scale": (
        "--target {text}: di luar skala {low}-{high} {framework}",
        "--target {text}: outside the scale {low}-{high} of {framework}",
    ),
    "plan.target_unknown": (
        "--target '{text}': bukan predikat {framework} ({names}) dan bukan angka {low} sampai "
        "{high}",
        "--target '{text}': not a predikat of {framework} ({names}) nor a number from {low} "
        "to {high}",
    ),
    "plan.unknown_ids": (
        "{option} {ids}: bukan indikator {framework}; id yang boleh: {allowed}",
        "{option} {ids}: not an indicator of {framework}; allowed ids: {allowed}",
    ),
    # ---- spbe init (template.py)
    "init.instansi_empty": (
        "--instansi kosong; beri nama instansi",
        "--instansi is empty; give the institution's name",
    ),
    "init.instansi_control": (
        "--instansi berisi karakter kendali; tulis nama sebagai teks biasa",
        "--instansi holds control characters; give the name as plain text",
    ),
    # ---- gates (gates.py)
    "gate.under_not_number": (
        "--fail-under '{text}' bukan angka; beri indeks seperti 3.5 atau 3,5",
        "--fail-under '{text}' is not a number; give an index such as 3.5 or 3,5",
    ),
    "gate.below_unknown": (
        "--fail-below '{text}' bukan predikat; pakai salah satu: {names}",
        "--fail-below '{text}' is not a predikat; use one of: {names}",
    ),
    "gate.below_other": (
        "--fail-below '{name}' bukan predikat kerangka {framework}; predikatnya: {names}",
        "--fail-below '{name}' is not a predikat of kerangka {framework}; its predikat: {names}",
    ),
    "gate.under_hidden": (
        "indeks {exact} (tampil {shown}) di bawah --fail-under {bound}; tahun {year} "
        "membandingkan indeks tepat",
        "indeks {exact} (shown as {shown}) is below --fail-under {bound}; tahun {year} "
        "compares the exact index",
    ),
    "gate.under_rounded": (
        "indeks {shown} di bawah --fail-under {bound} (tahun {year} membandingkan indeks yang "
        "dibulatkan 2 desimal)",
        "indeks {shown} is below --fail-under {bound} (tahun {year} compares the index rounded "
        "to 2 decimals)",
    ),
    "gate.under": (
        "indeks {shown} di bawah --fail-under {bound}",
        "indeks {shown} is below --fail-under {bound}",
    ),
    "gate.below": (
        "predikat {predicate} di bawah --fail-below {name}",
        "predikat {predicate} is below --fail-below {name}",
    ),
    "gate.draft": (
        " (draf: indikator yang belum diisi dihitung pada level terendah)",
        " (draft: indicators not filled in count at the lowest level)",
    ),
    "gate.levels_differ": ("{count} indikator berbeda levelnya", "{count} indicator levels differ"),
    "gate.levels_differ_one": (
        "{count} indikator berbeda levelnya",
        "{count} indicator level differs",
    ),
    "gate.mapped_differ": (
        "indeks atau indikator yang dipetakan berbeda",
        "the index or a mapped indicator differs",
    ),
    "gate.exit_code": (
        "{new}: {what} dari {old} (--exit-code)",
        "{new}: {what} from {old} (--exit-code)",
    ),
    "gate.went_down": ("{count} indikator turun", "{count} indicators went down"),
    "gate.went_down_one": ("{count} indikator turun", "{count} indicator went down"),
    "gate.regression": (
        "{new}: {count} dibanding {old}: {moves} (--fail-on-regression)",
        "{new}: {count} against {old}: {moves} (--fail-on-regression)",
    ),
    # ---- --set (simulation.py)
    "set.form": (
        "--set {pair}: tulis sebagai ID=LEVEL, misalnya --set 14=4",
        "--set {pair}: write it as ID=LEVEL, e.g. --set 14=4",
    ),
    "set.twice": (
        "--set {pair}: indikator {id} diubah dua kali",
        "--set {pair}: indicator {id} is set twice",
    ),
    "set.unknown": (
        "{where}: bukan indikator {framework}; id yang boleh: {allowed}",
        "{where}: not an indicator of {framework}; allowed ids: {allowed}",
    ),
    "set.allowed": ("boleh: {allowed}", "allowed: {allowed}"),
    # ---- values of indicators (levels.py)
    "level.allowed_whole": (
        "bilangan bulat {low} sampai {high}",
        "an integer from {low} to {high}",
    ),
    "level.allowed_decimal": (
        "angka {low} sampai {high} dengan paling banyak {places} desimal",
        "a number from {low} to {high} with at most {places} decimals",
    ),
    "level.allowed_fraction": (
        "angka {low} sampai {high} dengan paling banyak {places} desimal, atau pecahan tepat "
        'dalam tanda kutip seperti "7/6"',
        "a number from {low} to {high} with at most {places} decimals, or an exact fraction "
        'in quotes such as "7/6"',
    ),
    "level.any_number": ("sebuah angka", "a number"),
    "level.not_integer": ("level {value} bukan bilangan bulat", "level {value} is not an integer"),
    "level.fraction_not_allowed": (
        "level {value} adalah pecahan",
        "level {value} is a fraction",
    ),
    "level.too_many_decimals": (
        "level {value} punya lebih dari {places} desimal",
        "level {value} has more than {places} decimals",
    ),
    "level.out_of_range": ("level {value} di luar rentang", "level {value} is out of range"),
    "level.boolean": (
        "level berupa boolean YAML (yes/no/on/off/true/false), bukan angka",
        "level is a YAML boolean (yes/no/on/off/true/false), not a number",
    ),
    "level.empty": ("level kosong", "level is empty"),
    "level.quoted": (
        'level "{value}" ditulis dalam tanda kutip; hapus tanda kutipnya: {value}',
        'level "{value}" is written in quotes; drop the quotes: {value}',
    ),
    "level.not_number": ("level '{value}' bukan angka", "level '{value}' is not a number"),
    "level.not_scalar": (
        "level harus angka, bukan daftar atau mapping",
        "level must be a number, not a list or a mapping",
    ),
    # ---- answer files (answers.py)
    "answers.holds_list": ("sebuah daftar", "a list"),
    "answers.holds_value": ("satu nilai saja", "a single value"),
    "answers.not_mapping": (
        "berkas berisi {kind}; berkas jawaban adalah mapping dengan kunci tahun, instansi, "
        "indikator (dan kerangka bila perlu)",
        "the file holds {kind}; an answer file is a mapping with keys tahun, instansi, "
        "indikator (and optional kerangka)",
    ),
    "answers.unknown_kerangka": (
        "kerangka '{name}' tidak dikenal; yang dikenal: {known}",
        "kerangka '{name}' is unknown; known: {known}",
    ),
    "answers.no_kerangka": (
        "tahun {year}: tidak ada kerangka untuk tahun ini; yang dikenal: {known}",
        "tahun {year}: no kerangka covers this year; known: {known}",
    ),
    "answers.kerangka_year": (
        "kerangka {framework} berlaku {years}, bukan {year}; tahun {year} dinilai dengan "
        "{usual}: hapus baris kerangka, atau mulai berkas {year} dengan `spbe init --tahun "
        "{year}`; untuk simulasi dengan {framework}, pakai --kerangka {framework}",
        "kerangka {framework} covers {years}, not {year}; {year} is scored with {usual}: "
        "remove the kerangka line, or start the {year} file with `spbe init --tahun {year}`; "
        "to score it with {framework} as a what-if, pass --kerangka {framework}",
    ),
    "answers.kerangka_year_none": (
        "kerangka {framework} berlaku {years}, bukan {year}, dan tidak ada kerangka untuk "
        "{year}; yang dikenal: {known}",
        "kerangka {framework} covers {years}, not {year}, and no kerangka covers {year}; "
        "known: {known}",
    ),
    "answers.other_kerangka": (
        "indikator: ini indikator {other}, bukan {framework} ({count} id tidak dikenal "
        "{framework}); tahun {year} dinilai dengan {framework}: mulai berkas {year} dengan "
        "`spbe init --tahun {year}`, atau hitung sebagai simulasi dengan --kerangka {other}",
        "indikator: these are the indicators of {other}, not of {framework} ({count} ids "
        "{framework} does not have); {year} is scored with {framework}: start the {year} file "
        "with `spbe init --tahun {year}`, or score it as a what-if with --kerangka {other}",
    ),
    "answers.missing_key": ("kunci wajib '{key}' tidak ada", "missing required key '{key}'"),
    "answers.value_problem": (
        "{subject}: {problem}; boleh: {allowed}",
        "{subject}: {problem}; allowed: {allowed}",
    ),
    "answers.unknown_key": (
        "kunci '{key}' tidak dikenal; boleh: {allowed}",
        "unknown key '{key}'; allowed: {allowed}",
    ),
    "answers.unknown_entry_key": (
        "indikator {id}: kunci '{key}' tidak dikenal; boleh: {allowed}",
        "indikator {id}: unknown key '{key}'; allowed: {allowed}",
    ),
    "answers.entry_keys_source": (
        "level (atau {source}), penjelasan, data_dukung",
        "level (or {source}), penjelasan, data_dukung",
    ),
    "answers.whole_file": ("berkas", "file"),
    "answers.unknown_key_in": (
        "{place}: kunci '{key}' tidak dikenal; boleh: {allowed}",
        "{place}: unknown key '{key}'; allowed: {allowed}",
    ),
    "answers.not_a_date": (
        "'{value}' bukan tanggal; tulis tanggal sebagai YYYY-MM-DD, misalnya 2026-06-30",
        "'{value}' is not a date; write dates as YYYY-MM-DD, e.g. 2026-06-30",
    ),
    "answers.expected_mapping": ("sebuah mapping", "a mapping"),
    "answers.expected_list": ("sebuah daftar", "a list"),
    "answers.expected_recommendations": (
        "daftar rekomendasi, masing-masing mapping dengan teks",
        "a list of recommendations, each a mapping with teks",
    ),
    "answers.target_index_range": (
        "target_indeks {value} di luar skala {low}-{high}",
        "target_indeks {value} is outside the scale {low}-{high}",
    ),
    "answers.target_predicate": (
        "target_predikat '{name}' bukan predikat {framework}; boleh: {names}",
        "target_predikat '{name}' is not a predikat of {framework}; allowed: {names}",
    ),
    "evidence.level_whole": (
        "level data dukung {value} bukan bilangan bulat; tulis level yang didukung butir ini",
        "evidence level {value} is not a whole number; write the level this item supports",
    ),
    "evidence.file_or_link": (
        "{where}: beri berkas atau tautan, salah satu saja",
        "{where}: give berkas or tautan, exactly one of them",
    ),
    "evidence.level_range": (
        "{where}: level {level} di luar skala {low}-{high}",
        "{where}: level {level} is outside the scale {low}-{high}",
    ),
    "stage.empty": (
        "{subject}: level per tahap kosong; beri paling sedikit satu tahap (mandiri, dokumen, interviu, visitasi, akhir)",
        "{subject}: the level per stage is empty; give at least one stage (mandiri, dokumen, interviu, visitasi, akhir)",
    ),
    "stage.none": ("tanpa tahap", "no stage"),
    "stage.mixed": (
        "{file}: indikator dinilai dari tahap yang berbeda: {stages}; pakai --tahap untuk satu tahap",
        "{file}: indicators are scored from different stages: {stages}; use --tahap for one stage",
    ),
    "recommendation.both": (
        "rekomendasi {n}: beri indikator atau aspek, jangan keduanya",
        "rekomendasi {n}: give indikator or aspek, not both",
    ),
    "recommendation.unknown_indicator": (
        "rekomendasi {n}: indikator {id} bukan indikator {framework}",
        "rekomendasi {n}: indikator {id} is not an indicator of {framework}",
    ),
    "recommendation.unknown_aspect": (
        "rekomendasi {n}: aspek {id} tidak dikenal; boleh: {allowed}",
        "rekomendasi {n}: aspek {id} is unknown; allowed: {allowed}",
    ),
    "answers.quoted_number": (
        '{where}: "{value}" ditulis dalam tanda kutip; angka ditulis tanpa tanda kutip: {value}',
        '{where}: "{value}" is written in quotes; write numbers without quotes: {value}',
    ),
    "answers.got_expected": (
        "{where}: berisi {got}; seharusnya {expected}",
        "{where}: got {got}; expected {expected}",
    ),
    "answers.expected_year": ("bilangan bulat seperti 2024", "a whole number such as 2024"),
    "answers.expected_year_range": ("tahun {low} sampai {high}", "a year from {low} to {high}"),
    "answers.expected_text": ("teks", "text"),
    "answers.expected_name": ("nama yang tidak kosong", "a non-empty name"),
    "answers.expected_indicators": (
        "mapping id indikator ke level",
        "a mapping of indicator id to level",
    ),
    "answers.expected_evidence": (
        "daftar nama berkas atau tautan",
        "a list of file names or links",
    ),
    "answers.expected_entry": (
        "level, atau mapping dengan level, penjelasan, data_dukung",
        "a level or a mapping with level, penjelasan, data_dukung",
    ),
    "answers.unknown_indicator": (
        "indikator {id}: bukan indikator {framework}{hint}; id yang boleh: {allowed}",
        "indikator {id}: not an indicator of {framework}{hint}; allowed ids: {allowed}",
    ),
    "answers.split_hint": (" (dipecah menjadi {ids})", " (it is split into {ids})"),
    "answers.missing_indicators": (
        "indikator: {count} dari {total} indikator belum ada: {ids}; {framework} memerlukan "
        "setiap indikator sekali{hint}",
        "indikator: {count} of {total} indicators missing: {ids}; {framework} needs every "
        "indicator once{hint}",
    ),
    "answers.draft_hint": (
        " (atau pakai --allow-incomplete untuk draf)",
        " (or use --allow-incomplete for a draft)",
    ),
    "value.boolean": ("boolean {value}", "the boolean {value}"),
    "value.nothing": ("kosong", "nothing"),
    "value.mapping": ("sebuah mapping", "a mapping"),
    "value.list": ("sebuah daftar", "a list"),
    "value.empty_text": ("teks kosong", "an empty text"),
    # ---- values from other agencies' indices (conversions.py)
    "conversion.scale": (
        "skor {low} sampai {high} pada {name}",
        "a score from {low} to {high} on {name}",
    ),
    "conversion.level_or": ("level atau {source}", "level or {source}"),
    "conversion.other_source": (
        "'{key}' adalah sumber indikator {owner}, bukan indikator ini; boleh: {allowed}",
        "'{key}' is the source of indikator {owner}, not of this indicator; allowed: {allowed}",
    ),
    "conversion.both": (
        "beri level atau {key}, jangan keduanya",
        "give either level or {key}, not both",
    ),
    "conversion.shape": (
        "{key}: berisi {got}; seharusnya {allowed}",
        "{key}: got {got}; expected {allowed}",
    ),
    "conversion.range": (
        "{key} {value} di luar rentang; boleh: {allowed}",
        "{key} {value} is out of range; allowed: {allowed}",
    ),
    # ---- reading files (yamlsafe.py)
    "file.is_folder": (
        "{name}: ini folder, bukan berkas YAML",
        "{name}: is a directory, not a YAML file",
    ),
    "file.missing": ("{name}: berkas tidak ada", "{name}: no such file"),
    "file.no_permission": ("{name}: tidak ada izin membaca", "{name}: permission denied"),
    "file.unreadable": (
        "{name}: tidak dapat dibaca ({reason})",
        "{name}: cannot be read ({reason})",
    ),
    "file.empty_folder": (
        "{folder}: folder ini tidak berisi berkas jawaban (*.yaml, *.yml)",
        "{folder}: this folder holds no answer files (*.yaml, *.yml)",
    ),
    "file.empty_path": (
        "nama berkas kosong; beri jalur berkas jawaban (atau - untuk masukan standar)",
        "the file name is empty; give the path of an answer file (or - for standard input)",
    ),
    "file.too_large": (
        "berkas lebih besar dari {size} MiB; berkas jawaban itu kecil",
        "file is larger than {size} MiB; answer files are small",
    ),
    "file.not_utf8": (
        "byte 0x{byte} bukan UTF-8; simpan berkas sebagai teks UTF-8",
        "byte 0x{byte} is not UTF-8; save the file as UTF-8 text",
    ),
    "file.bad_encoding": (
        "teks {encoding} rusak di sini; simpan berkas sebagai teks UTF-8",
        "broken {encoding} text here; save the file as UTF-8 text",
    ),
    "file.binary": (
        "berkas berisi data biner, bukan teks; berkas jawaban adalah teks YAML",
        "file holds binary data, not text; an answer file is YAML text",
    ),
    "file.empty": (
        "berkas kosong; seharusnya mapping YAML (berkas jawaban diawali tahun)",
        "file is empty; expected a YAML mapping (an answer file starts with tahun)",
    ),
    "yaml.only_comments": (
        "berkas hanya berisi komentar; tidak ada yang dibaca",
        "file holds only comments; nothing to read",
    ),
    "yaml.alias": (
        "alias (*nama) tidak diizinkan; tulis nilainya lengkap",
        "aliases (*name) are not allowed; write the value out in full",
    ),
    "yaml.tag": (
        "tag {tag} tidak diizinkan; tulis nilai YAML biasa (teks dalam tanda kutip)",
        "tag {tag} is not allowed; write a plain YAML value (text in quotes)",
    ),
    "yaml.complex_key": (
        "kunci harus teks biasa, bukan daftar atau mapping",
        "a key must be plain text, not a list or mapping",
    ),
    "yaml.duplicate_key": (
        "kunci '{key}' ganda (pertama di baris {line}); setiap kunci hanya boleh sekali",
        "duplicate key '{key}' (first at line {line}); each key may appear once",
    ),
    "yaml.too_deep": (
        "bersarang lebih dari {limit} tingkat; berkas jawaban tidak sedalam itu",
        "nested more than {limit} levels deep; answer files are not that deep",
    ),
    "yaml.nesting": (
        "bersarang terlalu dalam; berkas jawaban tidak sedalam itu",
        "nested too deep; answer files are not that deep",
    ),
    "yaml.number_long": (
        "angka sepanjang {count} karakter; tahun, level dan skor paling panjang {limit}",
        "number of {count} characters; years, levels and scores have at most {limit}",
    ),
    "yaml.number_form": (
        "angka ditulis sebagai '{text}', yang dibaca berbeda oleh pembaca YAML yang berbeda; "
        "tulis dengan angka biasa (misalnya 2024 atau 3.75), atau dalam tanda kutip bila itu teks",
        "number written as '{text}', which YAML readers read differently; write it in plain "
        "digits (such as 2024 or 3.75), or in quotes if it is text",
    ),
    "yaml.no_space_after_colon": (
        "tidak ada spasi sesudah titik dua di '{text}'; tulis '{key}: {value}' untuk kunci dan "
        "nilainya (atau beri tanda kutip bila itu teks)",
        "no space after the colon in '{text}'; write '{key}: {value}' for a key and its value "
        "(or quote it if it is text)",
    ),
    "yaml.forbidden_char": (
        "karakter {code} tidak diizinkan dalam berkas YAML; hapus karakter itu",
        "character {code} is not allowed in a YAML file; remove it",
    ),
    "yaml.tab": (
        "tab dipakai untuk indentasi; YAML hanya menerima spasi di awal baris",
        "a tab is used for indentation; YAML accepts only spaces at the start of a line",
    ),
    "yaml.colon_in_value": (
        "titik dua di tempat yang tidak diharapkan (indentasi salah, atau teks berisi ': '); "
        "periksa indentasi atau beri tanda kutip pada teks",
        "a colon where none is expected (wrong indentation, or text holding ': '); check the "
        "indentation or put the text in quotes",
    ),
    "yaml.missing_colon": (
        "kunci tanpa titik dua; tulis 'kunci: nilai'",
        "a key without a colon; write 'key: value'",
    ),
    "yaml.unclosed_quote": (
        "tanda kutip tidak ditutup; tutup teks dengan tanda kutip yang sama",
        "a quote is not closed; end the text with the same quote",
    ),
    "yaml.indentation": (
        "indentasi tidak cocok dengan baris di atasnya; kunci yang setingkat harus sejajar",
        "the indentation does not match the lines above; keys of one level must line up",
    ),
    "yaml.unclosed_bracket": (
        "kurung [ ] atau { } tidak ditutup",
        "a bracket [ ] or { } is not closed",
    ),
    "yaml.two_documents": (
        "berkas berisi lebih dari satu dokumen YAML (---); satu berkas satu dokumen",
        "the file holds more than one YAML document (---); one file is one document",
    ),
    "yaml.escape": (
        "urutan escape tidak dikenal dalam teks berkutip ganda; pakai tanda kutip tunggal",
        "unknown escape sequence in double-quoted text; use single quotes",
    ),
    "yaml.bad_start": (
        "karakter ini tidak bisa mengawali nilai YAML; beri tanda kutip pada teks",
        "this character cannot start a YAML value; put the text in quotes",
    ),
    "yaml.invalid": ("bukan YAML yang sah: {detail}", "not valid YAML: {detail}"),
    # ---- the command line (cli/)
    "internal": (
        "kesalahan internal ({kind}: {detail}); ini bug spbe; jalankan lagi dengan {env}=1 "
        "untuk melihat traceback dan laporkan",
        "internal error ({kind}: {detail}); this is a bug in spbe; run again with {env}=1 to "
        "see the traceback, and report it",
    ),
    "option.choice": (
        "'{value}' bukan salah satu dari: {allowed}",
        "'{value}' is not one of: {allowed}",
    ),
    "option.kerangka": (
        "--kerangka '{name}' tidak dikenal; yang dikenal: {known}",
        "--kerangka '{name}' is unknown; known: {known}",
    ),
    "option.tanggal": (
        "--tanggal '{value}' bukan tanggal; tulis YYYY-MM-DD, misalnya 2026-06-30",
        "--tanggal '{value}' is not a date; write YYYY-MM-DD, e.g. 2026-06-30",
    ),
    "option.stdin_twice": (
        "- (masukan standar) hanya boleh diberikan sekali",
        "- (standard input) can be given only once",
    ),
    "whatif.kerangka": (
        "dinilai dengan kerangka {framework} sesuai --kerangka (simulasi), bukan kerangka "
        "tahun berkas",
        "scored with kerangka {framework} as --kerangka asks (a what-if), not with the "
        "kerangka of the file's year",
    ),
    "warning.provisional": (
        "kerangka {framework} masih sementara; lihat `spbe kerangka {framework}`",
        "kerangka {framework} is provisional (sementara); see `spbe kerangka {framework}`",
    ),
    "warning.draft": (
        "{file}: draf, {count} indikator belum diisi ({ids}); dihitung pada level terendah",
        "{file}: draft, {count} indicators not filled in ({ids}); counted at the lowest level",
    ),
    "warning.draft_one": (
        "{file}: draf, {count} indikator belum diisi ({ids}); dihitung pada level terendah",
        "{file}: draft, {count} indicator not filled in ({ids}); counted at the lowest level",
    ),
    "output.stdout": (
        "keluaran standar tidak dapat ditulis ({reason})",
        "standard output cannot be written ({reason})",
    ),
    "output.is_input": (
        "{path} adalah salah satu berkas masukan; pilih nama lain (--force tidak menimpa masukan)",
        "{path} is one of the input files; choose another name (--force never replaces an input)",
    ),
    "output.no_folder": (
        "{path}: folder {folder} tidak ada",
        "{path}: folder {folder} does not exist",
    ),
    "output.not_regular": (
        "{path} bukan berkas biasa (folder, perangkat atau FIFO); tidak akan ditimpa",
        "{path} is not a regular file (a folder, device or FIFO); it is never replaced",
    ),
    "output.exists": (
        "{path} sudah ada; pakai --force untuk menggantinya",
        "{path} exists; use --force to replace it",
    ),
    "output.cannot_write": (
        "{path}: tidak dapat ditulis ({reason})",
        "{path}: cannot be written ({reason})",
    ),
    "diff.order": (
        "{old} ({old_year}) lebih baru dari {new} ({new_year}); dibaca sebagai LAMA → BARU",
        "{old} ({old_year}) is later than {new} ({new_year}); read as OLD → NEW",
    ),
    "explain.both": (
        "beri --tahun atau --kerangka, jangan keduanya",
        "give --tahun or --kerangka, not both",
    ),
    "explain.need_framework": (
        "beri --tahun atau --kerangka (atau berkas jawaban)",
        "give --tahun or --kerangka (or an answer file)",
    ),
    "explain.no_kerangka": (
        "tidak ada kerangka untuk tahun {year}; yang dikenal: {known}",
        "no kerangka covers tahun {year}; known: {known}",
    ),
    "explain.other_kerangka": (
        "{file} memakai kerangka {found}, bukan {named}",
        "{file} uses kerangka {found}, not {named}",
    ),
    "explain.other_year": (
        "{file} untuk tahun {found}, bukan {named}",
        "{file} is for tahun {found}, not {named}",
    ),
    "init.year_range": (
        "--tahun {year}: tahun evaluasi harus {low} sampai {high}",
        "--tahun {year}: the evaluation year must be from {low} to {high}",
    ),
    "init.no_kerangka": (
        "--tahun {year}: tidak ada kerangka untuk tahun ini; yang dikenal: {known}",
        "--tahun {year}: no kerangka covers this year; known: {known}",
    ),
    "init.kerangka_year": (
        "--kerangka {framework} berlaku {years}, bukan {year}; berkas itu akan ditolak "
        "`spbe validate`",
        "--kerangka {framework} covers {years}, not {year}; `spbe validate` would refuse that file",
    ),
    "init.written": (
        "{path}: ditulis ({count} indikator, kerangka {framework}); skema untuk editor: "
        "spbe schema --kerangka {framework} > {schema}",
        "{path}: written ({count} indikator, kerangka {framework}); editor schema: "
        "spbe schema --kerangka {framework} > {schema}",
    ),
    "plan.cap_off_scale": (
        "--max-level {cap}: di luar skala {low}-{high} {framework}",
        "--max-level {cap}: outside the scale {low}-{high} of {framework}",
    ),
    "plan.unreachable": (
        "{file}: target tidak tercapai: paling tinggi {best}, {predicate}, dengan setiap "
        "langkah yang boleh",
        "{file}: target cannot be reached: at most {best}, {predicate}, with every allowed step",
    ),
    "rank.progress": ("Menghitung", "Scoring"),
    "rank.left_out": (
        "{count} dari {total} berkas tidak dapat dinilai dan tidak diperingkat (lihat di atas)",
        "{count} of {total} files could not be scored and are left out of the ranking (see above)",
    ),
    "report.type": (
        "{path}: jenis laporan '{suffix}' tidak dikenal; pakai salah satu: {allowed}",
        "{path}: unknown report type '{suffix}'; use one of: {allowed}",
    ),
    "report.other_instansi": (
        "membandingkan {new} dengan {old}",
        "comparing {new} with {old}",
    ),
    # ---- usage errors (click's own, in words)
    "usage.try_help": ("Coba '{command}' untuk bantuan.", "Try '{command}' for help."),
    "usage.no_option": ("opsi tidak dikenal: {option}", "no such option: {option}"),
    "usage.did_you_mean": (" (mungkin maksudnya {options}?)", " (did you mean {options}?)"),
    "usage.missing_argument": ("argumen {name} belum diberikan", "missing argument {name}"),
    "usage.missing_option": ("opsi {name} wajib diberikan", "missing option {name}"),
    "usage.bad_value": (
        "nilai tidak sah untuk {hint}: {message}",
        "invalid value for {hint}: {message}",
    ),
    "usage.needs_value": ("opsi '{option}' memerlukan nilai", "option '{option}' requires a value"),
    "usage.needs_values": (
        "opsi '{option}' memerlukan {count} nilai",
        "option '{option}' requires {count} values",
    ),
    "usage.takes_no_value": (
        "opsi '{option}' tidak menerima nilai",
        "option '{option}' does not take a value",
    ),
    "usage.extra_arguments": ("argumen berlebih: {args}", "unexpected extra arguments: {args}"),
    "usage.not_integer": ("'{value}' bukan bilangan bulat", "'{value}' is not a whole number"),
    "usage.not_number": ("'{value}' bukan angka", "'{value}' is not a number"),
    "usage.not_boolean": ("'{value}' bukan ya/tidak", "'{value}' is not a yes/no value"),
    "usage.not_choice": (
        "'{value}' bukan salah satu dari {choices}",
        "'{value}' is not one of {choices}",
    ),
    "usage.missing_command": ("perintah belum diberikan", "missing command"),
    "usage.no_command": ("perintah {name!r} tidak dikenal", "no such command {name!r}"),
    "usage.aborted": ("Dibatalkan.", "Aborted."),
    # ---- --help
    "help.usage": ("Pemakaian:", "Usage:"),
    "help.options": ("Opsi", "Options"),
    "help.arguments": ("Argumen", "Arguments"),
    "help.commands": ("Perintah", "Commands"),
    "help.required": ("wajib", "required"),
    "help.default": ("bawaan: {default}", "default: {default}"),
    "help.env": ("variabel lingkungan: {var}", "env var: {var}"),
    "help.dynamic": ("(dinamis)", "(dynamic)"),
    "help.options_metavar": ("[OPSI]", "[OPTIONS]"),
    "help.subcommand_metavar": ("PERINTAH [ARGUMEN]...", "COMMAND [ARGS]..."),
    "help.install_completion": (
        "Pasang pelengkapan perintah untuk shell ini.",
        "Install completion for the current shell.",
    ),
    "help.show_completion": (
        "Tampilkan skrip pelengkapan untuk shell ini, untuk disalin atau disesuaikan.",
        "Show completion for the current shell, to copy it or customize the installation.",
    ),
    "help.help": ("Tampilkan bantuan ini lalu keluar.", "Show this message and exit."),
    "help.version": ("Tampilkan versi spbe.", "Show the version."),
    "help.spbe": (
        "Hitung Indeks SPBE / Indeks Pemerintah Digital (Pemdi) dengan tepat dari berkas "
        "jawaban YAML.\n\nKode keluar: 0 selesai, 1 syarat tidak terpenuhi, 2 pemakaian salah, 3 "
        "masukan tidak sah, 70 kesalahan internal, 74 keluaran tidak dapat ditulis, 130 "
        "dihentikan, 141 pipa putus. Bahasa: --bahasa en atau SPBE_BAHASA=en untuk "
        "bahasa Inggris.",
        "Compute the Indeks SPBE / Indeks Pemerintah Digital (Pemdi) exactly from YAML answer "
        "files.\n\nExit codes: 0 done, 1 a gate failed, 2 usage error, 3 invalid input, 70 "
        "internal error, 74 output cannot be written, 130 interrupted, 141 broken pipe. "
        "Language: --bahasa en or SPBE_BAHASA=en for English.",
    ),
    "help.arg.files": (
        "Berkas jawaban (YAML) atau folder berisi berkas jawaban; - membaca masukan standar.",
        "Answer files (YAML) or folders of them; - reads standard input.",
    ),
    "help.arg.file": (
        "Berkas jawaban (YAML); - membaca masukan standar.",
        "The answer file (YAML); - reads standard input.",
    ),
    "help.opt.format": ("Format keluaran.", "Output format."),
    "help.opt.bahasa": (
        "Bahasa pesan dan label: id (bawaan) atau en; juga SPBE_BAHASA.",
        "Language of messages and labels: id (default) or en; also SPBE_BAHASA.",
    ),
    "help.opt.weights": (
        "Folder tabel bobot tambahan atau pengganti (boleh berulang; juga SPBE_WEIGHTS).",
        "Folder of extra or replacement weight tables (repeatable; also SPBE_WEIGHTS).",
    ),
    "help.opt.allow_incomplete": (
        "Terima draf: indikator yang belum diisi dihitung pada level terendah.",
        "Accept drafts: indicators not filled in count at the lowest level.",
    ),
    "help.opt.kerangka": (
        "Hitung dengan kerangka ini, apa pun tahun berkasnya (simulasi; disebutkan di stderr).",
        "Score with this kerangka whatever the file's year (a what-if; said on stderr).",
    ),
    "help.opt.tanggal": (
        "Tanggal acuan (masa berlaku data dukung, keterlambatan tindak lanjut), YYYY-MM-DD; bawaan: hari ini menurut zona SPBE_ZONA atau TZ, atau zona komputer ini; di komputer ber-UTC (CI), menurut WIB (Asia/Jakarta).",
        "The day to judge by (validity of evidence, lateness of follow-ups), YYYY-MM-DD; default: today in the zone SPBE_ZONA or TZ names, else this machine's; on a machine on UTC (CI), in WIB (Asia/Jakarta).",
    ),
    "help.opt.tahap": (
        "Ambil nilai tiap indikator pada tahap ini (atau tahap terakhir sebelumnya): mandiri, dokumen, interviu, visitasi, akhir.",
        "Each indicator's value at this stage (or the last one before it): mandiri, dokumen, interviu, visitasi, akhir.",
    ),
    "help.opt.force": (
        "Ganti berkas keluaran bila sudah ada (tidak pernah berkas masukan).",
        "Replace the output file if it exists (never an input file).",
    ),
    "help.score": (
        "Hitung indeks berkas jawaban: indeks domain dan aspek, predikat; syarat lulus untuk CI.",
        "Score answer files: index, domain and aspect indices, predikat; gates for CI.",
    ),
    "help.score.detail": ("Tampilkan setiap indikator.", "Show every indicator."),
    "help.score.fail_under": (
        "Keluar dengan kode 1 bila indeks di bawah nilai ini (pada dasar predikat tahunnya); "
        "koma atau titik desimal: 2,5 atau 2.5.",
        "Exit 1 when the index is below this (on the basis the year rates predikat); a decimal "
        "comma or point: 2,5 or 2.5.",
    ),
    "help.score.fail_below": (
        'Keluar dengan kode 1 bila predikat lebih rendah, misalnya Baik atau "Sangat Baik".',
        'Exit 1 when the predikat is lower, e.g. Baik or "Sangat Baik".',
    ),
    "help.validate": (
        "Periksa berkas jawaban: setiap masalah di setiap berkas (0 semua sah, 3 tidak). "
        "Teks ke stderr; JSON ke stdout.",
        "Check answer files: every problem in every file (0 all valid, 3 otherwise). Text "
        "goes to stderr; JSON to stdout.",
    ),
    "help.diff": (
        "Bandingkan dua berkas jawaban: indeks, predikat, domain, aspek dan indikator, dengan "
        "kontribusi tiap perubahan.",
        "Compare two answer files: index, predikat, domains, aspects and indicators, with each "
        "change's share of the index change.",
    ),
    "help.diff.old": (
        "Berkas jawaban lama (YAML); - membaca masukan standar.",
        "The earlier answer file (YAML); - reads stdin.",
    ),
    "help.diff.new": (
        "Berkas jawaban baru (YAML); - membaca masukan standar.",
        "The later answer file (YAML); - reads stdin.",
    ),
    "help.diff.exit_code": (
        "Keluar dengan kode 1 bila ada level yang berbeda (0 bila tidak ada).",
        "Exit 1 when any level differs (0 when none).",
    ),
    "help.diff.fail_on_regression": (
        "Keluar dengan kode 1 bila ada indikator yang turun.",
        "Exit 1 when any indicator went down.",
    ),
    "help.simulate": (
        "Bagaimana jika: nilai berkas dengan level yang diubah --set, dibandingkan dengan "
        "berkas apa adanya. Berkas tidak diubah.",
        "What if: score the file with levels changed by --set, against the file as it is. "
        "The file is not modified.",
    ),
    "help.simulate.set": (
        "Ubah level satu indikator, misalnya --set 14=4 atau --set 19=3,5 (sama dengan "
        "19=3.5; boleh berulang).",
        "Change one indicator's level, e.g. --set 14=4 or --set 19=3,5 (the same as 19=3.5; "
        "repeatable).",
    ),
    "help.plan": (
        "Rencanakan langkah naik level paling sedikit untuk mencapai target predikat atau "
        "indeks (1 bila tidak tercapai).",
        "Plan the fewest level steps that reach a target predikat or index (1 when it cannot "
        "be reached).",
    ),
    "help.plan.target": (
        'Predikat yang dituju (misalnya "Sangat Baik") atau indeks (misalnya 3,5 atau 3.5).',
        'Predikat to reach (e.g. "Sangat Baik") or an index (e.g. 3,5 or 3.5).',
    ),
    "help.plan.max_level": (
        "Jangan rencanakan indikator di atas level ini.",
        "Plan no indicator above this level.",
    ),
    "help.plan.kecuali": (
        "Indikator yang tidak bisa berubah (id, dipisah koma; boleh berulang).",
        "Indicators that cannot move (ids, comma-separated; repeatable).",
    ),
    "help.plan.eksternal": (
        "Rencanakan juga indikator yang nilainya dari indeks instansi lain.",
        "Also plan indicators whose value comes from another agency's index.",
    ),
    "help.explain": (
        "Jelaskan satu indikator: bobot, bagian dari indeks, nama level dan kriteria; dengan "
        "berkas, apa yang ditambah level berikutnya.",
        "Explain an indicator: weight, share of the index, level names and criteria; with a "
        "file, what the next level adds.",
    ),
    "help.explain.id": ("Id indikator, misalnya 14.", "Indicator id, e.g. 14."),
    "help.explain.file": (
        "Berkas jawaban: tambahkan levelnya dan tambahan indeks dari level berikutnya.",
        "Answer file: add its level and what the next one adds.",
    ),
    "help.explain.tahun": ("Tahun (memilih kerangkanya).", "Year (picks its kerangka)."),
    "help.explain.kerangka": ("Id kerangka, misalnya spbe-2020.", "Kerangka id, e.g. spbe-2020."),
    "help.rank": (
        "Peringkat instansi menurut indeks tepat, per tahun, dengan jumlah per predikat, "
        "rata-rata dan median. Berkas rusak dilaporkan dan dilewati (kode 3).",
        "Rank instansi by exact index, per year, with counts per predikat, mean and median. "
        "Bad files are reported and left out (exit 3).",
    ),
    "help.report": (
        "Tulis laporan: HTML dengan grafik, buku kerja Excel yang menghitung, atau Markdown.",
        "Write a report: HTML with charts, an Excel workbook that computes, or Markdown.",
    ),
    "help.report.output": (
        "Berkas laporan; ekstensinya memilih format (.html, .xlsx, .md); - menulis ke stdout.",
        "Report file; its extension picks the format (.html, .xlsx, .md); - writes to stdout.",
    ),
    "help.report.banding": (
        "Berkas jawaban sebelumnya sebagai pembanding.",
        "Earlier answer file to compare with.",
    ),
    "help.report.format": (
        "Format laporan bila tidak dari ekstensi: html, xlsx, md (bawaan untuk -o -: md).",
        "Report format when not from the extension: html, xlsx, md (default for -o -: md).",
    ),
    "help.init": (
        "Tulis berkas jawaban lengkap dan sah: setiap indikator pada level terendah, dengan "
        "nama, bobot, nama level dan kriteria dalam komentar.",
        "Write a complete, valid answer file: every indicator at the lowest level, with its "
        "name, weight, level names and criteria in comments.",
    ),
    "help.init.tahun": ("Tahun evaluasi, misalnya 2026.", "Evaluation year, e.g. 2026."),
    "help.init.kerangka": (
        "Id kerangka (bawaan: kerangka tahun itu; yang lain ditulis di berkas).",
        "Kerangka id (default: the year's; another one is written into the file).",
    ),
    "help.init.instansi": ("Nama instansi.", "Institution name."),
    "help.init.output": (
        "Tulis ke berkas ini (bawaan, atau -: stdout); tidak menimpa tanpa --force.",
        "Write to this file (default, or -: stdout); never overwritten without --force.",
    ),
    "help.schema": (
        "Cetak JSON Schema (2020-12) berkas jawaban, untuk editor dan CI.",
        "Print the JSON Schema (2020-12) of the answer file, for editors and CI.",
    ),
    "help.schema.kerangka": (
        "Cantumkan id indikator dan level kerangka ini dalam skema.",
        "List this kerangka's indicator ids and levels in the schema.",
    ),
    "help.kerangka": (
        "Daftar tabel bobot (kerangka): tahun, status, rentang predikat, bobot dan sumber.",
        "List the weight tables (kerangka): years, status, predicate bands, weights, sources.",
    ),
    "help.kerangka.id": ("Satu id kerangka.", "One kerangka id."),
    # ---- weight tables (kerangka files) and their criteria files
    "table.not_mapping": (
        "tabel bobot harus berupa mapping YAML",
        "a weight table is a YAML mapping",
    ),
    "table.whole": ("tabel", "table"),
    "table.id_twice": ("id {section} '{id}' muncul dua kali", "{section} id '{id}' appears twice"),
    "table.scale_order": (
        "level.min harus lebih kecil dari level.maks",
        "level.min must be below level.maks",
    ),
    "table.level_off_scale": (
        "level {level} di luar skala {low}-{high}",
        "level {level} is outside the scale {low}-{high}",
    ),
    "table.source_is_answer_key": (
        "sumber '{source}' adalah kunci berkas jawaban",
        "sumber '{source}' is an answer-file key",
    ),
    "table.source_taken": (
        "sumber '{source}' sudah dipakai indikator {owner}",
        "sumber '{source}' is already used by indikator {owner}",
    ),
    "table.conversion_shape": (
        "skala harus naik dan rumus.kali harus positif",
        "skala must rise and rumus.kali must be positive",
    ),
    "table.conversion_range": (
        "skor {first}-{last} menjadi {start}-{end}, di luar skala level {low}-{high}",
        "scores {first}-{last} convert to {start}-{end}, outside the level scale {low}-{high}",
    ),
    "table.years_order": (
        "tahun_sampai lebih awal dari tahun_mulai",
        "tahun_sampai is before tahun_mulai",
    ),
    "table.rule_year": (
        "aturan untuk {year} di luar tahun tabel",
        "rule for {year} is outside the table's years",
    ),
    "table.band_floor": (
        "rentang predikat terendah harus mulai dari {low}",
        "the lowest band must start at {low}",
    ),
    "table.band_order": (
        "rentang predikat harus naik dan tetap di dalam skala",
        "bands must rise strictly and stay within the scale",
    ),
    "table.band_names": ("nama predikat harus unik", "predicate names must be unique"),
    "table.aspect_domain": (
        "aspek {id}: domain harus salah satu dari {allowed}",
        "aspek {id}: domain must be one of {allowed}",
    ),
    "table.no_domains": ("tabel ini tidak punya domain", "this table has no domains"),
    "table.indicator_aspect": (
        "indikator {id}: aspek harus salah satu dari {allowed}",
        "indikator {id}: aspek must be one of {allowed}",
    ),
    "table.aspect_empty": ("aspek {id} tidak punya indikator", "aspek {id} has no indicators"),
    "table.weights_all_or_none": (
        "aspek {id}: beri bobot untuk semua indikatornya atau tidak sama sekali",
        "aspek {id}: give bobot for all its indicators or none",
    ),
    "table.aspect_sum": (
        "aspek {id}: bobot {weight} tetapi jumlah bobot indikatornya {total}",
        "aspek {id}: bobot {weight} but its indicators sum to {total}",
    ),
    "table.domain_sum": (
        "domain {id}: bobot {weight} tetapi jumlah bobot aspeknya {total}",
        "domain {id}: bobot {weight} but its aspects sum to {total}",
    ),
    "table.weight_positive": ("{id}: bobot harus positif", "{id}: bobot must be positive"),
    "table.total": (
        "jumlah bobot aspek {total}, bukan 100",
        "aspect weights sum to {total}, not 100",
    ),
    "table.criteria_twice": (
        "kriteria ditulis di tabel dan juga di {file}; pilih salah satu",
        "criteria are written in the table and in {file}; keep one",
    ),
    "table.file_name": (
        "kerangka '{id}' harus sama dengan nama berkas '{stem}'",
        "kerangka '{id}' must match the file name '{stem}'",
    ),
    "table.same_start": (
        "kerangka {id} dan {other} sama-sama mulai tahun {year}",
        "kerangka {id} and {other} both start in {year}",
    ),
    "criteria.other_table": (
        "berkas kriteria untuk kerangka '{id}', bukan {table}",
        "criteria file for kerangka '{id}', not {table}",
    ),
    "criteria.unknown_indicator": (
        "indikator {id} bukan indikator {table}",
        "indikator {id} is not an indicator of {table}",
    ),
    "weights.no_folder": (
        "{folder}: folder tabel bobot tidak ada",
        "{folder}: weights folder does not exist",
    ),
    # ---- schema errors (pydantic-core error kinds, in words)
    "schema.missing": ("kunci wajib tidak ada", "required key missing"),
    "schema.extra": ("kunci tidak dikenal", "unknown key"),
    "schema.text": ("harus berupa teks", "must be text"),
    "schema.text_empty": ("tidak boleh kosong", "must not be empty"),
    "schema.integer": ("harus bilangan bulat", "must be a whole number"),
    "schema.boolean": ("harus true atau false", "must be true or false"),
    "schema.list": ("harus berupa daftar", "must be a list"),
    "schema.mapping": ("harus berupa mapping", "must be a mapping"),
    "schema.literal": ("harus salah satu dari {expected}", "must be one of {expected}"),
    "schema.pattern": ("tidak cocok dengan pola {pattern}", "does not match the pattern {pattern}"),
    "schema.at_least": ("paling kecil {ge}", "must be at least {ge}"),
    "schema.at_most": ("paling besar {le}", "must be at most {le}"),
    "schema.too_short": (
        "paling sedikit {min_length} butir",
        "must have at least {min_length} items",
    ),
    "schema.too_long": ("paling banyak {max_length} butir", "must have at most {max_length} items"),
    "schema.number": ("harus angka, misalnya 13 atau 1.30", "must be a number such as 13 or 1.30"),
}
CORE = dict(MESSAGES)  # before the areas: an area never redefines a key of these

for _area in AREAS:
    MESSAGES.update(_area.MESSAGES)

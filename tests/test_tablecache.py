"""The cache of checked weight tables: a table read from it is the table read the long way, a
text that differs by one character is checked again, and a cache that is broken, foreign or
unwritable changes nothing but the time a run takes."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from collections.abc import Mapping
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from spbe_cli import yamlsafe
from spbe_cli.errors import InputError
from spbe_cli.frameworks import tablecache
from spbe_cli.frameworks.build import build, from_text
from spbe_cli.frameworks.catalog import _shipped
from spbe_cli.frameworks.criteria import FileCriteria, InlineCriteria
from spbe_cli.frameworks.tablecache import TableCache, encode, loads
from tests.conftest import SAMPLES
from tests.tables import table_text

SHIPPED = _shipped()


def shape(value: Any) -> Any:
    """A value as nested tuples with every type named: equal shapes are equal in every field
    and every type (a Fraction 2 is not the int 2)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return (
            type(value).__name__,
            *((f.name, shape(getattr(value, f.name))) for f in dataclasses.fields(value)),
        )
    if isinstance(value, FileCriteria):
        return ("FileCriteria", value.name)
    if isinstance(value, InlineCriteria):
        return ("InlineCriteria", shape(value.criteria))
    if isinstance(value, Mapping):
        return (type(value).__name__, *((shape(k), shape(v)) for k, v in value.items()))
    if isinstance(value, tuple | list):
        return (type(value).__name__, *(shape(v) for v in value))
    return (type(value).__name__, value)


@pytest.mark.parametrize("source", SHIPPED, ids=[s.name for s in SHIPPED])
def test_a_shipped_table_from_the_cache_is_the_table_read_the_long_way(
    source: Any, tmp_path: Path
) -> None:
    long_way = build(yamlsafe.parse(source.text, source.name), source.origin, source.criteria)
    writing = TableCache(tmp_path)
    first = from_text(source.text, source.name, source.origin, source.criteria, writing)
    writing.save()
    reading = TableCache(tmp_path)
    assert reading.get(source.text) is not None
    cached = from_text(source.text, source.name, source.origin, source.criteria, reading)
    assert shape(first) == shape(long_way)
    assert shape(cached) == shape(long_way)


NUMBERS = st.fractions() | st.integers() | st.booleans() | st.none() | st.text(max_size=5)
KEYS = st.text(max_size=5) | st.integers() | st.booleans() | st.none()
VALUES = st.recursive(
    NUMBERS,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.lists(inner, max_size=3).map(tuple)
        | st.dictionaries(KEYS, inner, max_size=3)
    ),
    max_leaves=12,
)


@given(VALUES)
def test_every_value_a_table_holds_comes_back_with_its_type(value: Any) -> None:
    """Through JSON text, as the file holds it."""
    back = loads(json.dumps(encode(value)))
    assert shape(back) == shape(value)


@pytest.mark.parametrize(
    "stored",
    [
        {"F": [1, 0]},
        {"F": [1.5, 2]},
        {"F": [{"F": [1, 2]}, 2]},
        {"X": []},
        {"D": [[1]]},
        {"D": [[[1], 2]]},
        {"a": 1, "b": 2},
        [1.5],
        {"T": [float("nan")]},
    ],
)
def test_what_the_cache_never_writes_is_refused(stored: Any) -> None:
    with pytest.raises(ValueError):
        loads(json.dumps(stored))


def _kept(folder: Path, text: str) -> None:
    """A run that reads the table `text` (from `uji.yaml`) and keeps it in `folder`."""
    cache = TableCache(folder)
    from_text(text, "uji.yaml", "uji.yaml", None, cache)
    cache.save()


def _cached_run(folder: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "spbe_cli", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "SPBE_CACHE_DIR": str(folder), **env},
        check=False,
    )


def test_a_run_keeps_the_tables_and_the_next_one_scores_the_same(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    cold = _cached_run(folder, "score", str(SAMPLES[0]), "-f", "json")
    kept = folder / f"tabel-{tablecache.FORMAT}.json"
    assert cold.returncode == 0 and kept.is_file()
    if os.name == "posix":  # the folder is the user's alone
        assert folder.stat().st_mode & 0o077 == 0
    warm = _cached_run(folder, "score", str(SAMPLES[0]), "-f", "json")
    assert (warm.returncode, warm.stdout, warm.stderr) == (0, cold.stdout, "")
    texts = [text for text, *_ in json.loads(kept.read_text(encoding="utf-8"))["tabel"]]
    assert sorted(texts) == sorted(s.text for s in SHIPPED)


@pytest.mark.parametrize(
    "content",
    [b"", b"\x00\xff garbage", b'{"kode": "lain", "tabel": []}', b"[1, 2]", b'{"kode": 1}'],
    ids=["empty", "binary", "another-code", "a-list", "no-tables"],
)
def test_a_broken_cache_is_read_past_and_written_again(tmp_path: Path, content: bytes) -> None:
    expected = _cached_run(tmp_path / "fresh", "score", str(SAMPLES[0]), "-f", "json")
    kept = tmp_path / f"tabel-{tablecache.FORMAT}.json"
    kept.write_bytes(content)
    done = _cached_run(tmp_path, "score", str(SAMPLES[0]), "-f", "json")
    assert (done.returncode, done.stdout, done.stderr) == (0, expected.stdout, "")
    assert json.loads(kept.read_text(encoding="utf-8"))["tabel"]


def test_an_entry_changed_since_it_was_written_is_set_aside(tmp_path: Path) -> None:
    """Every weight changed (as a flipped bit or a hand edit would), the checksum left as it
    was: the tables are read the long way and the scores are right."""
    expected = _cached_run(tmp_path, "score", str(SAMPLES[0]), "-f", "json")
    kept = tmp_path / f"tabel-{tablecache.FORMAT}.json"
    data = json.loads(kept.read_text(encoding="utf-8"))
    changed = [[text, body.replace('"F":[', '"F":[1'), crc] for text, body, crc in data["tabel"]]
    assert all(new[1] != old[1] for new, old in zip(changed, data["tabel"], strict=True))
    data["tabel"] = changed
    kept.write_text(json.dumps(data), encoding="utf-8")
    done = _cached_run(tmp_path, "score", str(SAMPLES[0]), "-f", "json")
    assert (done.returncode, done.stdout, done.stderr) == (0, expected.stdout, "")


@pytest.mark.parametrize(
    "table",
    [{"D": []}, {"D": [["kerangka", 5]]}, {"D": [["level", {"D": [["min", "satu"]]}]]}],
    ids=["empty", "wrong-type", "partial"],
)
def test_a_cached_table_that_does_not_build_is_read_the_long_way(
    tmp_path: Path, table: Any
) -> None:
    """Even with the right code stamp and a checksum made to match, an entry that does not
    build is set aside."""
    expected = _cached_run(tmp_path, "score", str(SAMPLES[0]), "-f", "json")
    kept = tmp_path / f"tabel-{tablecache.FORMAT}.json"
    data = json.loads(kept.read_text(encoding="utf-8"))
    body = json.dumps(table)
    data["tabel"] = [[text, body, tablecache._checksum(text, body)] for text, *_ in data["tabel"]]
    kept.write_text(json.dumps(data), encoding="utf-8")
    done = _cached_run(tmp_path, "score", str(SAMPLES[0]), "-f", "json")
    assert (done.returncode, done.stdout, done.stderr) == (0, expected.stdout, "")


def test_an_unwritable_cache_folder_changes_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "berkas"
    blocker.write_text("bukan folder", encoding="utf-8")
    done = _cached_run(blocker / "cache", "score", str(SAMPLES[0]), "-f", "json")
    expected = _cached_run(tmp_path / "ok", "score", str(SAMPLES[0]), "-f", "json")
    assert (done.returncode, done.stdout, done.stderr) == (0, expected.stdout, "")
    assert blocker.read_text(encoding="utf-8") == "bukan folder"


def test_spbe_cache_0_writes_nothing(tmp_path: Path) -> None:
    done = _cached_run(tmp_path, "score", str(SAMPLES[0]), SPBE_CACHE="0")
    assert done.returncode == 0
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links")
def test_a_link_in_place_of_the_cache_is_not_followed(tmp_path: Path) -> None:
    elsewhere = tmp_path / "lain.json"
    elsewhere.write_text('{"kode": "x", "tabel": []}', encoding="utf-8")
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / f"tabel-{tablecache.FORMAT}.json").symlink_to(elsewhere)
    done = _cached_run(cache, "score", str(SAMPLES[0]))
    assert done.returncode == 0
    assert elsewhere.read_text(encoding="utf-8") == '{"kode": "x", "tabel": []}'


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")
def test_a_fifo_in_place_of_the_cache_is_not_waited_on(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / f"tabel-{tablecache.FORMAT}.json")
    done = _cached_run(tmp_path, "score", str(SAMPLES[0]), "-f", "json")
    expected = _cached_run(tmp_path / "ok", "score", str(SAMPLES[0]), "-f", "json")
    assert (done.returncode, done.stdout, done.stderr) == (0, expected.stdout, "")


def test_another_users_cache_is_not_trusted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = table_text(["100"])
    _kept(tmp_path, text)
    assert TableCache(tmp_path).get(text) is not None
    if not hasattr(os, "getuid"):
        pytest.skip("no owners of files here")
    monkeypatch.setattr(os, "getuid", lambda: os.stat(tmp_path).st_uid + 1)
    assert TableCache(tmp_path).get(text) is None


def test_a_table_changed_by_one_character_is_checked_again(tmp_path: Path) -> None:
    good = table_text(["60", "40"])
    _kept(tmp_path, good)
    broken = good.replace("bobot: 40", "bobot: 41")  # the weights no longer sum to 100
    with pytest.raises(InputError) as caught:
        from_text(broken, "uji.yaml", "uji.yaml", None, TableCache(tmp_path))
    assert "uji.yaml:" in str(caught.value)


def test_a_cache_forged_with_text_no_file_can_hold_is_not_written_over_it(
    tmp_path: Path,
) -> None:
    """A lone surrogate in an entry (made by hand, with its checksum): the run scores as
    always and writes nothing it cannot encode."""
    text = table_text(["100"])
    _kept(tmp_path, text)
    kept = tmp_path / f"tabel-{tablecache.FORMAT}.json"
    data = json.loads(kept.read_text(encoding="utf-8"))
    body = data["tabel"][0][1].replace("Tabel uji", "Tabel uji \ud800")
    data["tabel"][0][1:] = [body, tablecache._checksum(text, body)]
    kept.write_text(json.dumps(data), encoding="utf-8")
    cache = TableCache(tmp_path)
    assert cache.get(text) is not None
    cache.put(table_text(["50", "50"]), {"nama": "x"})  # something new: save() writes
    cache.save()  # no exception
    assert json.loads(kept.read_text(encoding="utf-8")) == data


def test_a_table_with_a_catalog_problem_is_not_kept(tmp_path: Path) -> None:
    """A table valid alone whose kerangka is not its file's name: refused on every run, and
    the cache not written."""
    folder = tmp_path / "tabel"
    folder.mkdir()
    (folder / "lain.yaml").write_text(table_text(["100"]), encoding="utf-8")  # kerangka: uji
    cache_folder = tmp_path / "cache"
    for _ in range(2):
        done = _cached_run(cache_folder, "score", str(SAMPLES[0]), "--weights", str(folder))
        assert done.returncode == 3 and "lain" in done.stderr
    assert not cache_folder.exists()


def test_a_table_with_a_problem_is_never_kept(tmp_path: Path) -> None:
    broken = table_text(["60", "41"])
    cache = TableCache(tmp_path)
    with pytest.raises(InputError):
        from_text(broken, "uji.yaml", "uji.yaml", None, cache)
    cache.save()
    assert not (tmp_path / f"tabel-{tablecache.FORMAT}.json").exists()


def test_criteria_in_the_table_and_a_file_added_later_are_still_refused(tmp_path: Path) -> None:
    """The cached table had inline criteria and no criteria file; now there is one too."""
    text = table_text(["100"], indicator_extra={1: '    kriteria: {1: "Satu."}'})
    _kept(tmp_path, text)
    later = FileCriteria("kriteria/uji.yaml", lambda: "")
    with pytest.raises(InputError) as caught:
        from_text(text, "uji.yaml", "uji.yaml", later, TableCache(tmp_path))
    assert "kriteria/uji.yaml" in str(caught.value)


def test_changed_checking_code_sets_the_cache_aside(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = table_text(["100"])
    _kept(tmp_path, text)
    assert TableCache(tmp_path).get(text) is not None
    monkeypatch.setattr(tablecache, "code_stamp", lambda: "kode lain")
    assert TableCache(tmp_path).get(text) is None


def test_fractions_keep_every_digit() -> None:
    value = {"bobot": Fraction(10**40 + 1, 3 * 10**39)}
    assert loads(json.dumps(encode(value))) == value

"""The known weight tables: those shipped with spbe, plus folders given with `--weights DIR`
or SPBE_WEIGHTS (several folders separated by the path separator), which add tables or
replace shipped ones with the same id. Which table a year uses is decided here too.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from spbe_cli import yamlsafe
from spbe_cli.errors import InputError, Problem, UsageError
from spbe_cli.folders import regular_files
from spbe_cli.frameworks import tablecache
from spbe_cli.frameworks.build import from_text
from spbe_cli.frameworks.criteria import FOLDER, FileCriteria
from spbe_cli.frameworks.model import Framework
from spbe_cli.i18n import t

if TYPE_CHECKING:  # only for annotations: importlib.resources.abc is new in Python 3.11
    if sys.version_info >= (3, 11):
        from importlib.resources.abc import Traversable
    else:
        from importlib.abc import Traversable

ENV = "SPBE_WEIGHTS"
SHIPPED = "bawaan"  # the origin of the tables in the package


class Catalog(NamedTuple):
    """Every known kerangka, by id, and the rule for which one a year uses."""

    frameworks: Mapping[str, Framework]

    def get(self, framework_id: str) -> Framework | None:
        return self.frameworks.get(framework_id)

    def for_year(self, year: int) -> Framework | None:
        """The newest kerangka in force in `year` (the one whose first year is latest)."""
        covering = [f for f in self.frameworks.values() if f.covers(year)]
        return max(covering, key=lambda f: f.first_year, default=None)

    def ordered(self) -> list[Framework]:
        """The tables, oldest first."""
        return sorted(self.frameworks.values(), key=lambda f: f.first_year)

    def describe_years(self) -> str:
        return ", ".join(f"{f.years} ({f.id})" for f in self.ordered())


def shipped_folder() -> Traversable | Path:
    """The tables in the package: a plain folder when the package is on disk (as pip, pipx
    and uv install it; importlib.resources would cost a few ms of imports on every run),
    else through importlib.resources (a zip, a frozen app)."""
    folder = Path(__file__).resolve().parent.parent / "weights"
    if folder.is_dir():
        return folder
    from importlib import resources

    return resources.files("spbe_cli").joinpath("weights")


def weight_dirs(option: Sequence[Path] | None) -> list[Path]:
    """Extra table folders: the --weights options, else SPBE_WEIGHTS."""
    if option:
        return list(option)
    env = os.environ.get(ENV, "")
    return [Path(p) for p in env.split(os.pathsep) if p]


class _Source(NamedTuple):
    name: str  # as shown in problems
    text: str
    origin: str
    criteria: FileCriteria | None


def _shipped() -> list[_Source]:
    folder = shipped_folder()
    found = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".yaml"):
            criteria = folder.joinpath(FOLDER).joinpath(entry.name)
            found.append(
                _Source(
                    f"weights/{entry.name}",
                    entry.read_text(encoding="utf-8"),
                    SHIPPED,
                    _file_criteria(f"weights/{FOLDER}/{entry.name}", criteria)
                    if criteria.is_file()
                    else None,
                )
            )
    return found


def _file_criteria(name: str, where: Traversable | Path) -> FileCriteria:
    read: Callable[[], str] = (
        (lambda: yamlsafe.read_text(where, name))
        if isinstance(where, Path)
        else (lambda: where.read_text(encoding="utf-8"))
    )
    return FileCriteria(name, read)


def _extra(folder: Path) -> list[_Source]:
    if not folder.is_dir():
        raise UsageError(t("weights.no_folder", folder=folder))
    found = []
    for path in regular_files(folder, (".yaml",)):
        criteria = folder / FOLDER / path.name
        found.append(
            _Source(
                str(path),
                yamlsafe.read_text(path, str(path)),
                str(path),
                _file_criteria(str(criteria), criteria) if criteria.is_file() else None,
            )
        )
    return found


_CACHE: dict[tuple[str, ...], Catalog] = {}


def load_catalog(extra: Sequence[Path] = ()) -> Catalog:
    """The shipped tables plus those in `extra` folders (later folders win on equal ids)."""
    cache_key = tuple(str(p) for p in extra)
    if cache_key in _CACHE:
        return _CACHE[cache_key]
    sources = _shipped()
    for folder in extra:
        sources += _extra(folder)
    problems: list[Problem] = []
    found: dict[str, Framework] = {}
    cache = tablecache.TableCache(tablecache.folder())
    for source in sources:
        try:
            framework = from_text(source.text, source.name, source.origin, source.criteria, cache)
        except InputError as error:
            problems.extend(error.problems)
            continue
        stem = Path(source.name).stem
        if framework.id != stem:
            problems.append(
                Problem(source.name, 1, 1, t("table.file_name", id=framework.id, stem=stem))
            )
            continue
        found[framework.id] = framework
    problems += _start_years(found)
    if problems:
        raise InputError(problems)
    cache.save()  # only when every table passed every check, its own and the catalog's
    catalog = Catalog(found)
    _CACHE[cache_key] = catalog
    return catalog


def _start_years(found: Mapping[str, Framework]) -> list[Problem]:
    """Two tables may not start in the same year: the year would not say which one applies."""
    problems: list[Problem] = []
    by_start: dict[int, str] = {}
    for framework in found.values():
        other = by_start.get(framework.first_year)
        if other is not None:
            problems.append(
                Problem(
                    framework.origin,
                    1,
                    1,
                    t("table.same_start", id=framework.id, other=other, year=framework.first_year),
                )
            )
        by_start[framework.first_year] = framework.id
    return problems

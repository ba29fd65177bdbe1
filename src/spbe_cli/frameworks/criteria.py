"""What each level of each indicator requires: text read only when a command shows it.

The shipped tables keep their criteria in `kriteria/<kerangka>.yaml` beside the table, so that
the tables every run loads stay small; `explain`, `plan`, `init` and the forms read them on
first use. A table of your own may also write them inline (`kriteria:` under each indicator).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from spbe_cli import yamlsafe
from spbe_cli.errors import InputError, Problem
from spbe_cli.frameworks.model import Criteria, CriteriaSource, Framework
from spbe_cli.i18n import t

FOLDER = "kriteria"


class InlineCriteria(CriteriaSource):
    """Criteria written in the table itself."""

    def __init__(self, kind: str, note: str, by_indicator: Mapping[str, Mapping[int, str]]):
        self.criteria = Criteria(kind, note, by_indicator)

    def load(self, framework: Framework) -> Criteria:
        return self.criteria


class FileCriteria(CriteriaSource):
    """Criteria in their own file, `kriteria/<kerangka>.yaml`, read and checked on first use."""

    def __init__(self, name: str, read: Callable[[], str]):
        self.name = name
        self._read = read

    def load(self, framework: Framework) -> Criteria:
        from pydantic_core import ValidationError  # here: a score run never reads criteria

        from spbe_cli.frameworks.table_schema import CRITERIA_FILE
        from spbe_cli.schemas import schema_problems

        doc = yamlsafe.parse(self._read(), self.name)
        if doc.problems:
            raise InputError(list(doc.problems))
        try:
            data: dict[str, Any] = CRITERIA_FILE.validate_python(doc.data)
        except ValidationError as error:
            raise InputError(schema_problems(doc, error)) from None
        problems = list(_problems(data, doc, framework))
        if problems:
            raise InputError(problems)
        return Criteria(data["sifat"], " ".join(data["catatan"].split()), data["indikator"])


def _problems(data: dict[str, Any], doc: yamlsafe.Document, framework: Framework) -> list[Problem]:
    found: list[Problem] = []
    if data["kerangka"] != framework.id:
        found.append(
            doc.problem(
                ["kerangka"], t("criteria.other_table", id=data["kerangka"], table=framework.id)
            )
        )
    low, high = framework.level_min, framework.level_max
    for indicator_id, levels in data["indikator"].items():
        if indicator_id not in framework.by_id:
            found.append(
                doc.problem(
                    ["indikator", indicator_id],
                    t("criteria.unknown_indicator", id=indicator_id, table=framework.id),
                    key=True,
                )
            )
        found.extend(
            doc.problem(
                ["indikator", indicator_id, str(level)],
                t("table.level_off_scale", level=level, low=low, high=high),
                key=True,
            )
            for level in levels
            if not low <= level <= high
        )
    return found

"""`spbe validate --format json`: one entry per file, `{berkas, status, kerangka, masalah,
peringatan}`; each problem carries file, line, column, indikator (or kunci) and pesan."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spbe_cli.errors import Problem
from spbe_cli.renderers import Options
from spbe_cli.renderers.jsontext import json_document
from spbe_cli.validation import FileCheck

INDICATOR = "indikator "


def _problem(problem: Problem) -> dict[str, Any]:
    subject = problem.subject
    where: dict[str, Any] = (
        {"indikator": subject[len(INDICATOR) :]}
        if subject.startswith(INDICATOR)
        else {"kunci": subject or None}
    )
    return {
        "file": problem.file,
        "line": problem.line,
        "column": problem.column,
        **where,
        "pesan": problem.message,
    }


def _status(check: FileCheck) -> str:
    if check.unreadable is not None:
        return "tidak_terbaca"
    return "ok" if check.ok else "tidak_valid"


def entry(check: FileCheck) -> dict[str, Any]:
    found: dict[str, Any] = {"berkas": check.file, "status": _status(check)}
    if check.framework is not None:
        found["kerangka"] = check.framework
    found["masalah"] = [_problem(p) for p in check.problems]
    if check.unreadable is not None:
        found["masalah"].append(
            {
                "file": check.file,
                "line": None,
                "column": None,
                "kunci": None,
                "pesan": check.unreadable,
            }
        )
    found["peringatan"] = list(check.warnings)
    return found


def render(checks: Sequence[FileCheck], options: Options) -> str:
    return json_document([entry(c) for c in checks], options.ascii)

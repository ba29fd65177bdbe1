"""`spbe import`: an official report (PDF) made into an answer file that reproduces it.

    from spbe_cli.importing import Request, import_report
    imported = import_report(path.read_bytes(), path.name, catalog, Request())

Importing this package loads the report reader and pdfminer.six: the command imports it
inside its function, so start-up stays as fast. The answer file is composed as text
(content.py decides what it holds, yamltext.py writes it), read back with the answer-file
reader, so that it is a file `spbe validate` accepts, and scored: every value the report prints
must come out of the levels written (selfcheck.py). Any problem is an InputError and nothing
is returned to write.
"""

from __future__ import annotations

from dataclasses import dataclass

from spbe_cli import yamlsafe
from spbe_cli.answers import Answers, read_answers
from spbe_cli.errors import InputError, Problem
from spbe_cli.frameworks import Catalog
from spbe_cli.i18n import t
from spbe_cli.importing.content import Content, content_of
from spbe_cli.importing.selfcheck import differences
from spbe_cli.importing.yamltext import answer_file
from spbe_cli.lhe import NotAReport, read_report
from spbe_cli.names import slug
from spbe_cli.scoring import score

__all__ = ["Imported", "Request", "import_report"]


@dataclass(frozen=True)
class Request:
    """What the command line asks for beyond the report itself."""

    year: int | None = None  # --tahun: an earlier level column of the report
    institution: str | None = None  # --instansi: the name to write instead of the report's
    language: str = "id"  # of the comments


@dataclass(frozen=True)
class Imported:
    source: str  # the report's name as given
    text: str  # the answer file
    answers: Answers  # the file read back
    checked: bool  # every printed value was reproduced (False: an earlier, unprinted column)

    @property
    def file_name(self) -> str:
        """`<instansi-slug>-<tahun>.yaml`, its name in an output folder."""
        return f"{slug(self.answers.institution, 'instansi')}-{self.answers.year}.yaml"


def import_report(data: bytes, name: str, catalog: Catalog, request: Request) -> Imported:
    """The answer file of one report, read back and checked (InputError otherwise)."""
    try:
        reading = read_report(data, name)
    except NotAReport as error:
        message = t("import.not_a_report", reason=error.reason)
        raise InputError([Problem(name, 1, 1, message)]) from None
    framework = catalog.get(reading.framework)
    if framework is None:
        message = t("import.unknown_kerangka", framework=reading.framework)
        raise InputError([Problem(name, 1, 1, message, "kerangka")])
    content = content_of(reading, framework, request.year, request.institution)
    text = answer_file(content, request.language)
    answers = _read_back(text, content, catalog)
    if content.checked:
        problems = differences(reading, score(answers))
        if problems:
            raise InputError(problems)
    return Imported(name, text, answers, content.checked)


def _read_back(text: str, content: Content, catalog: Catalog) -> Answers:
    """The file as `spbe validate` reads it; it must say what the content says."""
    name = f"{slug(content.institution, 'instansi')}-{content.year}.yaml"
    answers = read_answers(yamlsafe.parse(text, name), catalog)
    written = {i: level.level for i, level in answers.levels.items()}
    texts = [r.text for r in answers.recommendations]
    if (
        written != dict(content.levels)
        or answers.institution != content.institution
        or texts != [item.text for item in content.recommendations]
        or answers.framework is not content.framework
    ):  # a slip of yamltext.py: never written
        raise AssertionError(f"{name}: the answer file does not read back as composed")
    return answers

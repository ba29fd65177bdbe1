"""`spbe import`: official report PDFs in, checked answer files out (stdout, a file, a folder)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from spbe_cli import api
from spbe_cli.cli.common import (
    LanguageOption,
    WeightsOption,
    catalog,
    command,
    emit,
    say,
)
from spbe_cli.cli.common import language as run_language
from spbe_cli.errors import InputError, OutputError, Reported, UsageError
from spbe_cli.i18n import prefixed, t

app, register = command("import", "help.import")

PDF_LIMIT = 64 * 1024 * 1024  # bytes: the largest real report is 2.4 MB
PDF = (".pdf",)


def _destination(output: str | None, count: int) -> Path | None:
    """The output folder, or None: stdout or one file (usage errors before any PDF is read)."""
    if output in (None, "-"):
        if count > 1:
            raise UsageError(t("import.several_need_folder", count=count))
        return None
    path = Path(output)
    if path.is_dir():
        return path
    if count > 1:
        if path.exists():
            raise UsageError(t("import.output_not_folder", path=output))
        return path  # made when the answer files are written, if one is
    return None


def _checked(folder: Path, name: str, text: bytes, force: bool, source: str) -> tuple[str, bytes]:
    """One answer file for the folder, once it may be written there (UsageError otherwise:
    said, and the others are written)."""
    from spbe_cli.atomic import check_target

    if folder.is_dir():
        check_target(folder / name, force=force, inputs=[source])
    return name, text


def _write_folder(
    folder: Path, batch: list[tuple[str, bytes]], force: bool, sources: list[str], lines: list[str]
) -> None:
    """The good reports' answer files, all or none (the folder made for them only now)."""
    from spbe_cli.atomic import write_files

    try:
        write_files(folder, batch, force=force, inputs=sources)
    except OutputError:  # nothing written (exit 74): the bad reports are still named
        for line in lines:
            say(line)
        raise


@register
def import_reports(
    reports: Annotated[
        list[str], typer.Argument(metavar="REPORT.pdf...", help="help.import.reports")
    ],
    output: Annotated[
        str | None,
        typer.Option(
            "--output", "-o", metavar="FILE|DIR", help="help.import.output", show_default=False
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="help.opt.force")] = False,
    year: Annotated[
        int | None,
        typer.Option("--tahun", metavar="TAHUN", help="help.import.tahun", show_default=False),
    ] = None,
    institution: Annotated[
        str | None,
        typer.Option("--instansi", metavar="NAMA", help="help.import.instansi", show_default=False),
    ] = None,
    weights: WeightsOption = None,
    language: LanguageOption = None,
) -> None:
    from spbe_cli import yamlsafe
    from spbe_cli.atomic import write_atomic
    from spbe_cli.importing import Request, import_report  # loads pdfminer: only here
    from spbe_cli.template import institution_text

    sources = api.expand(reports, PDF)
    name = institution_text(institution) if institution is not None else None
    folder = _destination(output, len(sources))
    tables = catalog(weights)
    request = Request(year, name, run_language())
    written: dict[Path, str] = {}  # output -> the report it came from
    done: list[str] = []  # what is said of each file written
    batch: list[tuple[str, bytes]] = []  # a folder's files, written together at the end
    lines: list[str] = []
    invalid = unusable = False
    for source in sources:
        try:
            data = yamlsafe.read_bytes(Path(source), source, PDF_LIMIT)
            if len(data) > PDF_LIMIT:
                raise UsageError(t("import.too_large", name=source, size=PDF_LIMIT // 1024**2))
            imported = import_report(data, source, tables, request)
            if folder is None and output in (None, "-"):
                emit(imported.text)
                continue
            target = folder / imported.file_name if folder is not None else Path(str(output))
            if target in written:
                message = t("import.same_output", path=target, other=written[target])
                raise UsageError(message)
            text = imported.text.encode("utf-8")
            if folder is None:
                write_atomic(target, text, force=force, inputs=[source])
            else:
                batch.append(_checked(folder, imported.file_name, text, force, source))
            written[target] = source
            key = "import.written" if imported.checked else "import.written_unchecked"
            done.append(t(key, path=target, source=source, year=imported.answers.year))
        except InputError as error:
            lines += [str(p) for p in error.problems]
            invalid = True
        except UsageError as error:
            lines.append(prefixed("error", str(error)))
            unusable = True
    if folder is not None and batch:  # the good ones, all or none; no folder for none
        _write_folder(folder, batch, force, sources, lines)
    for line in [*done, *lines]:
        say(line)
    if invalid or unusable:
        left = len(sources) - len(written)
        note = t("import.left_out", count=left, total=len(sources)) if len(sources) > 1 else ""
        raise Reported(invalid=invalid, note=prefixed("warning", note) if note else "")

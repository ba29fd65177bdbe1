"""read_report: one PDF report in, its printed data out (or NotAReport)."""

from __future__ import annotations

import hashlib
from types import MappingProxyType

from spbe_cli.i18n import t
from spbe_cli.lhe.averages import read_averages
from spbe_cli.lhe.errors import NotAReport
from spbe_cli.lhe.header import read_header_box, read_title, running_name, title_within
from spbe_cli.lhe.layouts import LAYOUTS, layout_for_year
from spbe_cli.lhe.levels import read_levels
from spbe_cli.lhe.model import Reading
from spbe_cli.lhe.narrative import read_findings, read_recommendations, read_target
from spbe_cli.lhe.pdftext import Page, read_pages
from spbe_cli.lhe.summary import read_summary


def read_report(data: bytes, name: str) -> Reading:
    """Read a KemenPANRB SPBE report (Laporan Hasil Evaluasi / Pemantauan, or the 2020
    "Indeks SPBE" report). `name` is the source file name, kept in the result.

    Raises NotAReport, with a one-line reason, for anything else: not a PDF, an encrypted or
    damaged one, a PDF of other text, or a report whose tables do not read completely.
    """
    pages = read_pages(data, title_within)
    if not pages:
        raise NotAReport(t("lhe.no_pages"))
    if not any(page.words for page in pages):
        raise NotAReport(t("lhe.no_text"))
    try:
        return _read(pages, name, hashlib.sha256(data).hexdigest())
    except NotAReport:
        raise
    except Exception as exc:  # a layout the reader does not foresee: still a one-line reason
        raise NotAReport(t("lhe.layout", kind=type(exc).__name__, detail=exc)) from exc


def _read(pages: list[Page], name: str, sha256: str) -> Reading:
    kind, year = read_title(pages)
    layout = layout_for_year(year)
    if layout is None:
        first = min(known.years.start for known in LAYOUTS)
        last = max(known.years.stop for known in LAYOUTS) - 1
        raise NotAReport(t("lhe.year", year=year, first=first, last=last))
    box = read_header_box(pages)
    summary = read_summary(pages, layout)
    index = summary[0]
    if index.value != box.index:
        raise NotAReport(t("lhe.box_summary", box=box.index_text, summary=index.text))
    levels, other_years = read_levels(pages, layout, year)
    if sorted(levels) != sorted(layout.row_ids):  # read_levels builds it so; kept as a guard
        raise NotAReport(t("lhe.rows_framework", framework=layout.framework))
    return Reading(
        source_name=name,
        sha256=sha256,
        pages=len(pages),
        year=year,
        kind=kind,
        framework=layout.framework,
        institution=running_name(box.name, pages),
        institution_printed=box.name,
        index=index,
        predicate=box.predicate,
        domains=MappingProxyType({v.id: v for v in summary if v.id in layout.domain_ids}),
        aspects=MappingProxyType({v.id: v for v in summary if v.id in layout.aspect_ids}),
        levels=MappingProxyType(levels),
        other_years=MappingProxyType(
            {y: MappingProxyType(other_years[y]) for y in sorted(other_years)}
        ),
        averages=tuple(read_averages(pages, layout)),
        findings=tuple(read_findings(pages, layout)),
        recommendations=tuple(read_recommendations(pages)),
        target=read_target(pages),
    )

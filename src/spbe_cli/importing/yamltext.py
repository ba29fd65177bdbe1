"""The text of an imported answer file: a comment header saying where every value comes from
and what the report prints, then the answer file itself.

Text from the PDF lands in two places: comments, on one line with controls shown as escapes
(renderers.text.one_line), and the `teks` of recommendations, in double quotes with JSON's
escapes (valid YAML) wrapped at spaces, which YAML folds back into the same text. The caller
reads the result back with the answer-file reader and compares, so a slip here cannot reach a
file.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import PurePath

from spbe_cli import yamlsafe
from spbe_cli.frameworks import Indicator
from spbe_cli.i18n import tr, tr_count
from spbe_cli.importing.content import Content, Item
from spbe_cli.lhe import Reading
from spbe_cli.renderers.text import one_line
from spbe_cli.template import group_headings

WIDTH = 96


def quoted(text: str, indent: int, first: int) -> str:
    """`text` as a double-quoted YAML scalar whose lines start `indent` spaces in; the first
    line already holds `first` characters. Lines break only at a single space, never after a
    backslash, so YAML's folding gives back exactly `text`."""
    body = yamlsafe.quoted(text)
    lines: list[str] = []
    room = WIDTH - first
    while len(body) > room:
        cut = body.rfind(" ", 1, room)
        while cut > 0 and (body[cut - 1] in " \\" or body[cut + 1 : cut + 2] == " "):
            cut = body.rfind(" ", 1, cut)
        if cut <= 0:
            break
        lines.append(body[:cut])
        body = body[cut + 1 :]
        room = WIDTH - indent
    lines.append(body)
    return ("\n" + " " * indent).join(lines)


def _comment(text: str) -> str:
    """A comment line; the text's leading spaces (indentation) are kept."""
    body = one_line(text)
    return f"# {' ' * (len(text) - len(text.lstrip(' ')))}{body}" if body else "#"


def _decimal(value: Decimal) -> str:
    return str(value)


def _header(content: Content, language: str) -> list[str]:
    reading = content.reading
    lines = [
        tr(language, "import_origin"),
        tr(language, "import_source", file=PurePath(reading.source_name).name, pages=reading.pages),
        f"sha256: {reading.sha256}",
        tr(
            language,
            f"import_kind_{reading.kind}",
            year=reading.year,
            framework=reading.framework,
            printed=reading.institution_printed,
        ),
    ]
    if not content.checked:
        lines.append(tr(language, "import_unchecked", year=content.year, report=reading.year))
        return [_comment(line) for line in lines]
    lines += _printed(content, language)
    lines += _averages(reading, language)
    lines += _targets(content, language)
    return [_comment(line) for line in lines]


def _printed(content: Content, language: str) -> list[str]:
    reading, framework = content.reading, content.framework
    lines = [tr(language, "import_printed")]
    index = framework.index_name(language)
    lines.append(f"  {index}: {_decimal(reading.index.value)} ({reading.predicate})")
    for domain in (*framework.domains, None):
        printed = reading.domains.get(domain.id) if domain is not None else None
        if printed is not None:
            lines.append(f"  {printed.id} {printed.label}: {_decimal(printed.value)}")
        indent = "    " if domain is not None else "  "
        for aspect in framework.aspects:
            value = reading.aspects.get(aspect.id)
            if value is not None and aspect.domain == (domain.id if domain else None):
                lines.append(f"{indent}{value.id} {value.label}: {_decimal(value.value)}")
    return lines


def _averages(reading: Reading, language: str) -> list[str]:
    if not reading.averages:
        return []
    columns = " | ".join(name for name, _ in reading.averages[0].values)
    lines = [tr(language, "import_averages", columns=columns)]
    for row in reading.averages:
        values = " | ".join(_decimal(value) for _, value in row.values)
        lines.append(f"  {row.label}: {values}")
    return lines


def _targets(content: Content, language: str) -> list[str]:
    target = content.reading.target
    if not target.texts:
        return []
    lines = [tr(language, "import_target_printed")]
    lines += [f'  "{text}"' for text in target.texts]
    if content.target_predicate is not None:
        lines.append(f"  -> target_predikat: {content.target_predicate}")
    if content.target_index is not None:
        lines.append(f"  -> target_indeks: {_decimal(content.target_index)}")
    if target.indicator_level is not None:
        floor = tr_count(
            language, "import_target_floor", len(content.targets), level=target.indicator_level
        )
        lines.append(f"  -> {floor}")
    return lines


def _top(content: Content) -> list[str]:
    lines = [
        f"tahun: {content.year}",
        f"instansi: {quoted(content.institution, 2, len('instansi: '))}",
        f"kerangka: {content.framework.id}",
    ]
    if content.target_predicate is not None:
        lines.append(f"target_predikat: {quoted(content.target_predicate, 2, 17)}")
    if content.target_index is not None:
        lines.append(f"target_indeks: {_decimal(content.target_index)}")
    return lines


def _recommendations(content: Content, language: str) -> list[str]:
    if not content.recommendations:
        return []
    lines = ["rekomendasi:"]
    origin: str | None = None
    for item in content.recommendations:
        if item.origin != origin:
            origin = item.origin
            lines.append(f"  # {tr(language, f'import_from_{origin}')}")
        lines += _item(item, content.source)
    return lines


def _item(item: Item, source: str) -> list[str]:
    lines = [f"  - teks: {quoted(item.text, 6, len('  - teks: '))}"]
    if item.aspect is not None:
        lines.append(f"    aspek: {item.aspect}")
    lines += [f"    sumber: {quoted(source, 6, 12)}", "    status: belum"]
    return lines


def _indicators(content: Content, language: str) -> list[str]:
    framework = content.framework
    lines = ["indikator:"]
    shown: set[str] = set()
    for indicator in framework.indicators:
        lines += group_headings(framework, language, indicator, shown)
        lines += _indicator(content, indicator)
    return lines


def _indicator(content: Content, indicator: Indicator) -> list[str]:
    key = yamlsafe.quoted(indicator.id)
    level = content.levels[indicator.id]
    name = f"  # {one_line(indicator.name)}"
    target = content.targets.get(indicator.id)
    if target is None:
        return [f"  {key}: {level}{name}"]
    return [f"  {key}:{name}", f"    level: {level}", f"    target: {target}"]


def answer_file(content: Content, language: str) -> str:
    """The whole file, comments in `language` (keys and values are the file's vocabulary)."""
    lines = [
        *_header(content, language),
        *_top(content),
        *_recommendations(content, language),
        *_indicators(content, language),
    ]
    return "\n".join(lines) + "\n"

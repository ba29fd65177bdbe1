"""`spbe kerangka` as text: one block per table, in words (no Python structures)."""

from __future__ import annotations

from collections.abc import Sequence

from spbe_cli.frameworks import Framework
from spbe_cli.i18n import tr
from spbe_cli.renderers import Options
from spbe_cli.renderers.text import one_line


def _block(framework: Framework, language: str) -> list[str]:
    def line(key: str, value: object) -> str:
        return f"  {tr(language, key).lower()}: {one_line(str(value))}"

    scale = framework.scale
    status = tr(language, "status_provisional" if framework.provisional else "status_official")
    counts = tr(
        language,
        "kerangka_counts",
        domains=len(framework.domains),
        aspects=len(framework.aspects),
        indicators=len(framework.indicators),
    )
    lines = [
        one_line(f"{framework.id}: {framework.name}"),
        line("regulation", framework.regulation),
    ]
    lines += [line("years", framework.years), line("status", status)]
    if framework.status_note:
        lines.append(line("note", framework.status_note))
    levels = f"{scale.low}-{scale.high}"
    if not scale.whole:
        levels += tr(language, "kerangka_decimals", places=scale.decimals)
    lines += [line("levels", levels), line("structure", counts), line("file", framework.origin)]
    lines.append(f"  {tr(language, 'predicate').lower()}:")
    term = tr(language, "index").lower()
    lines += [
        "    " + one_line(f"{b.label(language)}: {b.span(term=term)}") for b in framework.bands
    ]
    if framework.level_banded:
        lines.append(f"  {tr(language, 'kerangka_level_bands')}")
    for year, rule in sorted(framework.year_rules.items()):
        basis = tr(language, "basis_exact" if rule.basis == "tepat" else "basis_rounded")
        verified = tr(language, "verified" if rule.verified else "not_verified")
        lines.append(f"  {year}: {tr(language, 'kerangka_rule', basis=basis, verified=verified)}")
    lines += [line("source", source) for source in framework.sources]
    if framework.open_points:
        lines.append(f"  {tr(language, 'kerangka_open_points', count=len(framework.open_points))}")
        lines += [
            "    - " + one_line(f"{tr(language, 'page', pages=p.pages)}: {p.note}")
            for p in framework.open_points
        ]
    return lines


def render(frameworks: Sequence[Framework], options: Options) -> str:
    return "\n\n".join("\n".join(_block(f, options.language)) for f in frameworks) + "\n"

"""`spbe kerangka`: the weight tables spbe knows, their years, status and sources."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from spbe_cli.cli.common import EXIT_USAGE, WeightsOption, app, catalog, choice, emit, say
from spbe_cli.exact import display
from spbe_cli.frameworks import Framework


def _describe(framework: Framework) -> dict[str, object]:
    rules = {
        str(year): {"predikat_dari": r.basis, "terverifikasi": r.verified, "catatan": r.note}
        for year, r in sorted(framework.year_rules.items())
    }
    return {
        "kerangka": framework.id,
        "nama": framework.name,
        "regulasi": framework.regulation,
        "tahun": framework.years,
        "status": framework.status,
        "catatan_status": framework.status_note,
        "level": f"{framework.level_min}-{framework.level_max}",
        "desimal": framework.decimals,
        "jumlah": {
            "domain": len(framework.domains),
            "aspek": len(framework.aspects),
            "indikator": len(framework.indicators),
        },
        "predikat": [{"nama": b.name, "dari": display(b.lower)} for b in framework.bands],
        "aturan_tahun": rules,
        "sumber": list(framework.sources),
        "berkas": framework.origin,
    }


def _text(info: dict[str, object]) -> str:
    lines = [f"{info['kerangka']}: {info['nama']}"]
    for key in ("regulasi", "tahun", "status", "catatan_status", "level", "jumlah", "berkas"):
        value = info[key]
        if value:
            lines.append(f"  {key}: {value}")
    bands = info["predikat"]
    assert isinstance(bands, list)
    lines.append("  predikat: " + ", ".join(f"{b['nama']} >= {b['dari']}" for b in bands))
    rules = info["aturan_tahun"]
    assert isinstance(rules, dict)
    for year, rule in rules.items():
        verified = "terverifikasi" if rule["terverifikasi"] else "belum terverifikasi"
        lines.append(f"  {year}: predikat dari indeks {rule['predikat_dari']} ({verified})")
    sources = info["sumber"]
    assert isinstance(sources, list)
    lines += [f"  sumber: {s}" for s in sources]
    return "\n".join(lines)


@app.command("kerangka")
def kerangka_command(
    framework_id: Annotated[str | None, typer.Argument(help="One kerangka id.")] = None,
    output_format: Annotated[
        str,
        typer.Option(
            "--format", "-f", callback=choice(("text", "json")), help="Output format: text, json."
        ),
    ] = "text",
    weights: WeightsOption = None,
) -> None:
    """List the weight tables (kerangka): years, status, predicate bands, sources."""
    tables = catalog(weights)
    chosen = sorted(tables.frameworks.values(), key=lambda f: f.first_year)
    if framework_id is not None:
        found = tables.get(framework_id)
        if found is None:
            known = ", ".join(tables.frameworks)
            say(f"error: kerangka '{framework_id}' is unknown; known: {known}")
            raise typer.Exit(EXIT_USAGE)
        chosen = [found]
    infos = [_describe(f) for f in chosen]
    if output_format == "json":
        emit(
            json.dumps(infos if framework_id is None else infos[0], ensure_ascii=False, indent=2)
            + "\n"
        )
    else:
        emit("\n\n".join(_text(i) for i in infos) + "\n")

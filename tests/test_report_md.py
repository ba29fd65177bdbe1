"""The Markdown report: same content as the HTML, user text escaped."""

from __future__ import annotations

from spbe_cli.exact import display
from spbe_cli.renderers import Options
from spbe_cli.renderers.report import FORMATS as REPORT_FORMATS
from spbe_cli.renderers.report.model import build
from spbe_cli.renderers.text import markdown as md
from tests.report_support import SAMPLES, hostile_answers, score_file, score_levels, score_text


def markdown(report: object, language: str = "id") -> str:
    return REPORT_FORMATS.renderer(".md")(report, Options(language=language)).decode()  # type: ignore[arg-type]


def test_every_sample_has_its_numbers_and_rows() -> None:
    for sample in SAMPLES:
        score = score_file(sample)
        text = markdown(build(score))
        assert display(score.index) in text
        for g in (*score.domains, *score.aspects):
            assert f"{display(g.index)}" in text
        table = [line for line in text.splitlines() if line.startswith("| ")]
        assert len(table) >= len(score.indicators) + len(score.aspects) + 2
        widths = {line.count(" | ") for line in table if "---" not in line}
        assert len(widths) <= 2  # group table and indicator table, each rectangular


def test_user_text_cannot_break_the_table_or_inject_html() -> None:
    text = markdown(build(score_text(hostile_answers())))
    assert "<script>" not in text and "<img" not in text and "<b>" not in text
    assert "&lt;script>" in text
    indicator_rows = [line for line in text.splitlines() if line.startswith("| 1 |")]
    assert len(indicator_rows) == 1
    unescaped_pipes = indicator_rows[0].replace("\\|", "").count("|")
    assert unescaped_pipes == 7  # 6 cells
    assert "<https://contoh.go.id/a?b=1&c=2>" in text
    assert "javascript:alert(1)" in text and "<javascript" not in text


def test_md_escape() -> None:
    assert md("a|b *c* <d> & [e](f)\nnext") == "a\\|b \\*c\\* &lt;d> &amp; \\[e\\](f) next"


def test_changes_listed() -> None:
    new = score_file(next(p for p in SAMPLES if "2024" in p.name))
    levels = {i.indicator.id: i.level for i in new.indicators if i.level is not None}
    old = score_levels(new, {**levels, "3": levels["3"] - 1})
    text = markdown(build(new, old), "en")
    assert "| Old | Change |" in text  # one file of one year against itself: new and old
    assert "| 3 |" in text and "| +1 |" in text
    assert f"+{display(new.index - old.index)}" in text

"""The HTML report: self-contained, every user string escaped, every number from the core."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import pytest

from spbe_cli.exact import display
from spbe_cli.renderers import Options
from spbe_cli.renderers.common import predicate_label
from spbe_cli.renderers.report import FORMATS as REPORT_FORMATS
from spbe_cli.renderers.report.model import Report, build
from spbe_cli.scoring import Score
from tests.report_support import (
    HOSTILE_NAME,
    HOSTILE_TEXT,
    SAMPLES,
    hostile_answers,
    score_file,
    score_levels,
    score_text,
)


class Page(HTMLParser):
    """Every start tag with its attributes, and the text, as a browser's parser sees them."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def named(self, tag: str) -> list[dict[str, str | None]]:
        return [attrs for name, attrs in self.tags if name == tag]


def html(report: Report, language: str = "id") -> str:
    return REPORT_FORMATS.renderer(".html")(report, Options(language=language)).decode("utf-8")


@dataclass(frozen=True)
class Rendered:
    score: Score
    text: str  # the HTML as written
    page: Page  # and as a browser's parser reads it

    @property
    def words(self) -> str:
        return "".join(self.page.text)


@pytest.fixture(scope="module", params=SAMPLES, ids=lambda p: p.stem)
def rendered(request: pytest.FixtureRequest) -> Rendered:
    """Each sample's report in HTML, rendered once for the tests below."""
    sample: Path = request.param
    score = score_file(sample)
    text = html(build(score))
    return Rendered(score, text, Page(text))


def test_self_contained_and_complete(rendered: Rendered) -> None:
    page, text = rendered.page, rendered.text
    assert not page.named("script") and not page.named("link") and not page.named("img")
    assert not re.search(r"\bsrc=|url\(|@import", text)  # nothing fetched
    assert not any(k.startswith("on") for _, attrs in page.tags for k in attrs)
    assert '<meta name="viewport"' in text and "@page" in text and "@media print" in text


def test_every_index_and_indicator_is_in_the_text(rendered: Rendered) -> None:
    score, words = rendered.score, rendered.words
    assert score.institution in words
    assert display(score.index) in words
    for group in (*score.domains, *score.aspects):
        assert display(group.index) in words
    for item in score.indicators:
        assert item.indicator.name in words
        if item.explanation:
            assert " ".join(item.explanation.split()) in " ".join(words.split())


def test_gauge_radar_and_bars_are_drawn(rendered: Rendered) -> None:
    score, page = rendered.score, rendered.page
    svgs = page.named("svg")
    assert len(svgs) == 3  # gauge, radar, bars
    radar_axes = len(score.domains or score.aspects)
    current = [a for a in page.named("polygon") if a.get("class") == "current"]
    assert len(current) == 1
    points = current[0]["points"] or ""
    assert len(points.split()) == radar_axes
    bars = [a for a in page.named("rect") if a.get("class") == "bar"]
    assert len(bars) == len(score.aspects)


def test_hostile_strings_are_escaped() -> None:
    score = score_text(hostile_answers())
    text = html(build(score))
    page = Page(text)
    assert not page.named("script") and not page.named("img")
    assert not any(k.startswith("on") for _, attrs in page.tags for k in attrs)
    words = "".join(page.text)
    assert HOSTILE_NAME in words and HOSTILE_TEXT in words
    assert "<b>tebal</b>.pdf" in words
    links = [a["href"] for a in page.named("a")]
    assert links == ["https://contoh.go.id/a?b=1&c=2"]  # javascript: is text, not a link
    assert 'href="https://contoh.go.id/a?b=1&amp;c=2"' in text
    assert "javascript:alert(1)" in words
    title = Page(text.split("<title>", 1)[1].split("</title>", 1)[0]).text
    assert HOSTILE_NAME in "".join(title)


def baseline_pair() -> tuple[Score, Score]:
    new = score_file(next(p for p in SAMPLES if "2024" in p.name))
    levels = {i.indicator.id: i.level for i in new.indicators if i.level is not None}
    changed = dict(levels)
    for ident in ("3", "34"):
        changed[ident] = levels[ident] - 1
    old = score_levels(new, changed)
    return new, old


def test_banding_same_kerangka_shows_both_years_and_changes() -> None:
    new, old = baseline_pair()
    report = build(new, old)
    text = html(report)
    page = Page(text)
    assert len([a for a in page.named("polygon") if a.get("class") == "old"]) == 1
    assert len([a for a in page.named("rect") if a.get("class") == "old"]) == len(new.aspects)
    words = "".join(page.text)
    assert str(old.year) in words
    change = new.index - old.index
    assert f"+{display(change)}" in words
    assert "+1" in words  # indicator 3 and 34 went up a level
    changed_aspects = [a for a in report.aspects if a.change]
    assert changed_aspects
    assert all(a.change is not None and f"+{display(a.change)}" in words for a in changed_aspects)


def test_banding_other_kerangka_compares_index_only_and_says_so() -> None:
    new = score_file(next(p for p in SAMPLES if "2024" in p.name))
    old = score_file(next(p for p in SAMPLES if "2019" in p.name))
    page = Page(html(build(new, old), "en"))
    words = " ".join("".join(page.text).split())
    assert "only the index and rating are compared" in words
    assert not [a for a in page.named("polygon") if a.get("class") == "old"]
    assert display(old.index) in words
    assert "Good (Baik)" in words


def test_english_labels_keep_official_names() -> None:
    score = score_file(next(p for p in SAMPLES if "2026" in p.name))
    page = Page(html(build(score), "en"))
    words = "".join(page.text)
    assert "Rating" in words and "Weight (%)" in words
    label = predicate_label(score.framework, score.predicate, "en")
    assert label != score.predicate and label.endswith(f"({score.predicate})")
    assert label in words
    assert score.aspects[0].name in words  # official names are not translated
    assert "Rating" not in "".join(Page(html(build(score))).text)

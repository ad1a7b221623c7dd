"""`storyline serve` and `storyline web` in a real Chromium, driven by Playwright.

The store holds the sample articles and one hostile article whose sentences
carry `<script>`, `<!--<script>` and `<img onerror>` payloads. Expectations
are read from the JSON API (itself tested against the CLI), so the browser
checks what people see against what the store holds.
"""

from __future__ import annotations

import json
import shutil
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import SEEDS
from storyline.present.cli import app as cli
from storyline.store.date_order import days

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (dev extra)")
pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed (apt-get install chromium)"
)
TIMEOUT_MS = 10_000
HOSTILE = """date 2024-10-20

On 20 October, the mayor of Lviv <script>alert(1); window.__pwned = 1</script> said that the main bridge \
had reopened after repairs.

On 19 October, city officials reported <!--<script>alert(2); window.__pwned = 2</script> that 400 workers \
had finished the repairs.

On 18 October, the council confirmed <img src=x onerror="alert(3); window.__pwned = 3"> that the old road \
was closed.
"""
runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("browser")
    hostile = folder / "articles" / "<img src=x onerror=alert(4)>.txt"  # the file name is hostile too
    hostile.parent.mkdir()
    hostile.write_text(HOSTILE, encoding="utf-8")
    path = folder / "store.db"
    result = runner.invoke(cli, ["ingest", str(SEEDS), str(hostile), "--db", str(path)])
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture(scope="module")
def base(db: Path) -> Iterator[str]:
    from storyline.present.webapp import create_app
    from storyline.present.webapp.background import serving

    with serving(create_app(db)) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with playwright_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"], timeout=TIMEOUT_MS * 3)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    page.dialogs = []  # every alert() that fires
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    yield page
    context.close()


def _api(base: str, path: str) -> dict[str, object]:
    with urllib.request.urlopen(base + path, timeout=10) as response:
        return json.loads(response.read())


def _shown_ids(page: object) -> list[str]:
    return page.eval_on_selector_all(  # type: ignore[attr-defined]
        ".timeline [data-entry-id]:not([hidden])", "cards => cards.map(c => c.dataset.entryId)"
    )


def test_filter_by_actor_then_by_a_range_dragged_on_the_histogram(db: Path, base: str, page: object) -> None:
    page.goto(base + "/")
    every = _api(base, "/api/entries?all=true&limit=500")
    assert page.locator("#count").inner_text().startswith(f"{every['total']} entries")
    default = runner.invoke(cli, ["timeline", "--db", str(db), "--format", "json"]).stdout
    assert _shown_ids(page) == [e["id"] for e in json.loads(default)["entries"]]  # the CLI's default view

    page.locator('.facet[data-facet="actor"] a', has_text="Volodymyr Zelenskyy").click()
    page.wait_for_url("**actor=Volodymyr+Zelenskyy**")
    zelenskyy = _shown_ids(page)
    assert zelenskyy
    assert all("Zelenskyy" in json.dumps(_api(base, f"/api/entries/{i}")) for i in zelenskyy)

    low, high = "2024-10-13", "2024-10-19"
    first = page.locator(f'#histogram rect.bar[data-key="{low}"]').bounding_box()
    last = page.locator(f'#histogram rect.bar[data-key="{high}"]').bounding_box()
    page.mouse.move(first["x"] + first["width"] / 2, first["y"] + first["height"] / 2)
    page.mouse.down()
    page.mouse.move(last["x"] + last["width"] / 2, last["y"] + last["height"] / 2, steps=5)
    page.mouse.up()
    page.wait_for_url(f"**from={low}**")
    assert f"to={high}" in page.url and "actor=Volodymyr+Zelenskyy" in page.url  # the view can be shared
    narrowed = _shown_ids(page)
    # a week by its first day, as the histogram places it: "2024-W42" (14–20 October) is in range
    first = {i: days(_api(base, f"/api/entries/{i}")["date"])[0] or "" for i in zelenskyy}
    in_range = [i for i in zelenskyy if low <= first[i] <= high]
    assert narrowed == in_range and 0 < len(narrowed) < len(zelenskyy)
    assert page.locator("#histogram rect.fill.selected").count() == 7  # the seven days picked


def test_search_a_word(base: str, page: object) -> None:
    page.goto(base + "/")
    page.fill('input[name="q"]', "Shaheds")
    page.press('input[name="q"]', "Enter")
    page.wait_for_url("**q=Shaheds**")
    shown = _shown_ids(page)
    every = _api(base, "/api/entries?all=true&limit=500")["entries"]
    expected = [e["id"] for e in every if any("shahed" in m["text"].lower() for m in e["mentions"])]
    assert shown == expected and len(expected) >= 2


def test_the_8_october_entry_shows_both_sentences_in_their_articles(base: str, page: object) -> None:
    page.goto(base + "/?from=2024-10-08&to=2024-10-08")
    page.locator(".timeline .entry a").first.click()
    page.wait_for_url("**/entries/**")
    entry = _api(base, "/api/entries/" + page.url.rsplit("/", 1)[1])
    assert entry["date"] == "2024-10-08" and len({m["document"] for m in entry["mentions"]}) == 2
    reports = page.locator("section.report")
    assert reports.count() == 2
    for index, mention in enumerate(entry["mentions"]):
        report = reports.nth(index)
        assert report.get_attribute("data-document") == mention["document"]
        highlighted = "".join(report.locator("mark.sentence").all_inner_texts())
        assert highlighted == mention["text"] and "8 October" in highlighted
        assert report.locator(".claimant").inner_text().strip()  # who says so, with the stance
    documents = [m["document"] for m in entry["mentions"]]
    for document, mention in zip(documents, entry["mentions"], strict=True):
        page.goto(f"{base}/documents/{document}")
        marked = page.locator(f'.article-text a.event[href="/entries/{entry["id"]}"]')
        assert "".join(marked.all_inner_texts()) == mention["text"]


def test_troops_series_shows_both_counts_with_claimants(base: str, page: object) -> None:
    series = _api(base, "/api/figures")["series"]
    troops = next(s for s in series if {p["figure"]["value"] for p in s["points"]} >= {1500, 3000})
    page.goto(base + "/figures")
    section = page.locator(f'section.series[data-series="{troops["id"]}"]')
    for point in troops["points"]:
        value = point["figure"]["value"]
        mark = section.locator(f'svg a.point[data-value="{value}"]')
        assert mark.count() == 1
        assert mark.get_attribute("data-claimant") == point["claimant"]
        assert f"{value:,}" in mark.locator("text.label").text_content()
        row = section.locator(f'table.points tr[data-value="{value}"]')
        assert row.locator(".claimant").inner_text() == point["claimant"]
    section.locator('svg a.point[data-value="3000"]').click()
    page.wait_for_url("**/entries/**")
    assert "3,000" in page.locator("h1").inner_text()


def test_austins_could_not_confirm_is_marked_as_a_conflict(base: str, page: object) -> None:
    page.goto(base + "/conflicts")
    pairs = page.locator(".conflict-pair", has_text="could not confirm").filter(has_text="Lloyd Austin")
    assert pairs.count() >= 1
    assert pairs.first.locator(".side").count() == 2
    page.goto(base + "/?actor=Lloyd+Austin")
    card = page.locator(".timeline .entry", has_text="could not confirm")
    assert card.locator(".conflict").inner_text() == "⚠ disputed"
    card.locator("a").first.click()
    page.wait_for_url("**/entries/**")
    assert page.locator(".dispute .conflict").count() >= 1
    assert page.locator(".dispute blockquote").count() == page.locator(".dispute").count()


def _assert_inert(page: object) -> None:
    assert page.dialogs == []  # type: ignore[attr-defined]
    assert page.evaluate("window.__pwned") is None  # type: ignore[attr-defined]
    assert page.locator('img[src="x"]').count() == 0  # type: ignore[attr-defined]
    inline = page.eval_on_selector_all("script:not([src])", "s => s.map(e => e.textContent)")  # type: ignore[attr-defined]
    assert not any("__pwned" in text for text in inline if not text.lstrip().startswith("{"))


def test_hostile_article_renders_as_text_and_runs_nothing(base: str, page: object) -> None:
    every = _api(base, "/api/entries?all=true&limit=500")["entries"]
    hostile = [e for e in every if "__pwned" in e["summary"]]
    assert len(hostile) == 3
    document = hostile[0]["mentions"][0]["document"]
    pages = ["/", "/?all=true", "/conflicts", "/quotes", f"/documents/{document}"]
    pages += [f"/entries/{e['id']}" for e in hostile]
    for path in pages:
        page.goto(base + path)
        page.wait_for_load_state("load")
        _assert_inert(page)
    page.goto(f"{base}/documents/{document}")
    assert "<img src=x onerror=alert(4)>.txt" in page.locator("h1").inner_text()
    text = page.locator(".article-text").inner_text()
    for payload in ("<script>alert(1);", "<!--<script>alert(2);", '<img src=x onerror="alert(3);'):
        assert payload in text


def test_static_page_survives_every_payload(db: Path, tmp_path: Path, page: object) -> None:
    output = tmp_path / "timeline.html"
    result = runner.invoke(cli, ["web", "--db", str(db), "--output", str(output)])
    assert result.exit_code == 0, result.output
    entries = json.loads(runner.invoke(cli, ["timeline", "--db", str(db), "-f", "json"]).stdout)["entries"]
    count = len(entries)
    page.goto(output.as_uri())
    assert page.locator("#count").inner_text() == f"{count} entries"  # the data block was read whole
    assert len(_shown_ids(page)) == count
    assert "<!--<script>alert(2);" in page.locator(".timeline").inner_text()
    _assert_inert(page)
    page.fill("#q", "workers")
    telling = sum(any("workers" in m["text"] for m in e["mentions"]) for e in entries)  # sentences told
    assert telling >= 1
    assert page.locator("#count").inner_text() == f"{telling} entries"
    assert len(_shown_ids(page)) == telling

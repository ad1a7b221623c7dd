"""`storyline serve` through the ASGI test client: every API route and filter, the pages, the headers."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from conftest import SEEDS, T17, needs
from storyline.present.cli import app as cli
from storyline.present.webapp import create_app
from storyline.present.webapp.app import PAGE_SIZE
from storyline.store.date_order import days

runner = CliRunner()
BPOIL = T17 / "bpoil_bbc" / "InputDocs"
DATA_BLOCK = '<script id="data" type="application/json">'


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("serve") / "store.db"
    result = runner.invoke(cli, ["ingest", str(SEEDS), "--db", str(path)])
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture(scope="module")
def client(db: Path) -> TestClient:
    return TestClient(create_app(db))


@pytest.fixture(scope="module")
def cli_entries(db: Path) -> list[dict[str, object]]:
    result = runner.invoke(cli, ["timeline", "--db", str(db), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["entries"]


def _entries(client: TestClient, **params: object) -> dict[str, object]:
    response = client.get("/api/entries", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_api_entries_match_the_cli_json(client: TestClient, cli_entries: list[dict[str, object]]) -> None:
    data = _entries(client, all="true", limit=500)
    assert data["total"] == len(cli_entries)
    assert data["entries"] == cli_entries  # same entries, same order, same field names and values


def test_api_entries_filters(client: TestClient, cli_entries: list[dict[str, object]]) -> None:
    october = _entries(client, **{"from": "2024-10-13", "to": "2024-10-18", "all": "true"})
    dates = [e["date"] for e in october["entries"]]  # a week by its Monday: "2024-W42" from the 14th
    assert dates and all("2024-10-13" <= (days(d)[0] or "") <= "2024-10-18" for d in dates)
    assert len(dates) == sum(
        1 for e in cli_entries if "2024-10-13" <= (days(e["date"])[0] or "") <= "2024-10-18"
    )

    austin = _entries(client, entity="Austin", all="true")["entries"]
    assert austin and all("Lloyd Austin" in json.dumps(e) for e in austin)

    word = _entries(client, q="Shaheds", all="true")["entries"]
    expected = {e["id"] for e in cli_entries if any("shahed" in m["text"].lower() for m in e["mentions"])}
    assert {e["id"] for e in word} == expected and expected

    first, second = (_entries(client, all="true", limit=5, offset=o)["entries"] for o in (0, 5))
    assert [e["id"] for e in first + second] == [e["id"] for e in cli_entries[:10]]
    assert _entries(client, q="zzzqqq", all="true")["total"] == 0


def test_api_filters_take_text_literally(client: TestClient) -> None:
    for hostile in ("%", "_", '"', "'; DROP TABLE entries; --", "NEAR(", "*"):
        assert _entries(client, entity=hostile, all="true")["total"] == 0, hostile
        assert client.get("/api/entries", params={"q": hostile, "all": "true"}).status_code == 200


def test_api_limits_are_checked(client: TestClient) -> None:
    assert client.get("/api/entries", params={"limit": 0}).status_code == 422
    assert client.get("/api/entries", params={"offset": -1}).status_code == 422
    assert client.get("/api/entries", params={"limit": 10_000}).status_code == 422


def test_a_date_filter_that_is_no_calendar_date_is_refused_as_the_cli_refuses_it(client: TestClient) -> None:
    """`--from zz` and `--from 2024-13-45` end the CLI with exit code 2; the API answered 200 with no
    entries for the one and every entry for the other, and the page showed "0 entries" without a word."""
    for value in ("zz", "2024-13-45", "May 2024", "2024-5-1"):
        for route in ("/api/entries", "/", "/visual"):
            response = client.get(route, params={"from": value})
            assert response.status_code == 422, (route, value)
            assert "YYYY-MM-DD" in response.text
        assert client.get("/api/entries", params={"to": value}).status_code == 422
    for value in ("2024", "2024-10", "2024-10-26"):
        assert client.get("/api/entries", params={"from": value, "to": value}).status_code == 200
    assert _entries(client, **{"from": "2024-10-08", "to": "2024-10-08", "all": "true"})["total"] >= 1


def test_api_entry_and_document(client: TestClient, cli_entries: list[dict[str, object]]) -> None:
    entry = next(e for e in cli_entries if e["date"] == "2024-10-08")
    assert client.get(f"/api/entries/{entry['id']}").json() == entry
    assert client.get(f"/api/entries/{entry['id'][:6]}").json()["id"] == entry["id"]  # a unique prefix
    assert client.get("/api/entries/ffffffffff").status_code == 404
    assert client.get("/api/entries/%25").status_code == 404
    mention = entry["mentions"][0]
    document = client.get(f"/api/documents/{mention['document']}").json()
    assert document["text"][mention["start"] : mention["end"]] == mention["text"]
    assert {"entry": entry["id"], "start": mention["start"], "end": mention["end"]} in document["events"]
    assert document["date_source"] in ("header", "inferred")
    assert client.get("/api/documents/0000000000000000").status_code == 404


def test_api_figures_conflicts_quotes_match_the_cli(client: TestClient, db: Path) -> None:
    for route, args in (("figures", ["figures"]), ("conflicts", ["conflicts"])):
        result = runner.invoke(cli, [*args, "--db", str(db), "--format", "json"])
        assert client.get(f"/api/{route}").json() == json.loads(result.stdout), route
    quotes = client.get("/api/quotes").json()["quotes"]
    assert quotes and all(set(q) >= {"text", "speaker", "document", "start", "end"} for q in quotes)
    by_zelenskyy = client.get("/api/quotes", params={"speaker": "Zelenskyy"}).json()["quotes"]
    assert by_zelenskyy and all("Zelenskyy" in q["speaker"] for q in by_zelenskyy)
    assert client.get("/api/quotes", params={"limit": 1, "offset": 1}).json()["quotes"] == quotes[1:2]


def test_openapi_lists_every_api_route(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for route in ("/api/entries", "/api/entries/{entry_id}", "/api/documents/{document_id}", "/api/figures"):
        assert route in paths
    assert {"/api/conflicts", "/api/quotes"} <= set(paths)
    names = {p["name"] for p in paths["/api/entries"]["get"]["parameters"]}
    assert names == {"from", "to", "entity", "q", "limit", "offset", "all"}


def test_pages_render_with_filters(client: TestClient, cli_entries: list[dict[str, object]]) -> None:
    page = client.get("/", params={"actor": "Lloyd Austin"}).text
    with_austin = [e for e in cli_entries if "Lloyd Austin" in e["actors"]]  # type: ignore[operator]
    assert "could not confirm" in page and page.count('class="entry"') == len(with_austin) >= 1
    histogram = re.findall(r'data-key="([^"]+)"', client.get("/").text)
    assert histogram[0] == min(e["date"] for e in cli_entries if len(e["date"] or "") == 10)
    narrowed = client.get("/", params={"from": "2024-10-19", "to": "2024-10-19", "all": "true"}).text
    assert narrowed.count('class="entry"') == sum(1 for e in cli_entries if e["date"] == "2024-10-19")
    disputed = client.get("/", params={"disputed": "true", "all": "true"}).text
    assert disputed.count('class="entry"') == sum(1 for e in cli_entries if e["conflicts"])
    for path in (
        "/figures",
        "/conflicts",
        "/quotes",
        "/quotes?speaker=Zelenskyy",
        f"/entries/{cli_entries[0]['id']}",
    ):
        assert client.get(path).status_code == 200, path
    assert client.get("/entries/zz").status_code == 404
    visual = client.get("/visual", params={"all": "true"}).text
    placed = re.findall(
        r'class="placed[^"]*" data-entry-id="([^"]+)">\s*<line class="stem" x1="([\d.]+)"', visual
    )
    assert sorted(i for i, _ in placed) == sorted(
        e["id"] for e in cli_entries if e["date"]
    )  # every dated one
    assert [float(x) for _, x in placed] == sorted(float(x) for _, x in placed)  # placed by date


def test_every_response_is_locked_down(client: TestClient) -> None:
    for path in ("/", "/api/entries", "/static/app.css", "/nowhere"):
        headers = client.get(path).headers
        assert "script-src 'self'" in headers["content-security-policy"], path
        assert "default-src 'none'" in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"
    for method in ("post", "put", "delete", "patch"):
        assert getattr(client, method)("/api/entries").status_code == 405, method
    docs = client.get("/docs")
    assert docs.status_code == 404  # Swagger UI would load scripts from a CDN


def test_new_articles_show_on_reload(tmp_path: Path) -> None:
    path = tmp_path / "growing.db"
    runner.invoke(cli, ["ingest", str(SEEDS / "000_9f6b8ccadd51ec38.txt"), "--db", str(path)])
    client = TestClient(create_app(path))
    before = _entries(client, all="true")["total"]
    conflicts_before = client.get("/api/conflicts").json()["conflicts"]
    runner.invoke(cli, ["ingest", str(SEEDS), "--db", str(path)])
    assert _entries(client, all="true")["total"] > before
    assert len(client.get("/api/conflicts").json()["conflicts"]) > len(conflicts_before)


def test_static_page_data_block_is_inert_in_every_parser_state() -> None:
    from storyline.model import Entry, Tense
    from storyline.present.web import render_page

    payload = "x <!--<script> </script><script>alert(1)</script> <img src=x onerror=alert(2)> & ]]> -->"
    entry = Entry("abc123", "2024-10-20", False, Tense.PAST, payload, [payload], None, [], [], [payload], [])
    page = render_page([entry], title=payload)
    start = page.index('<script id="data" type="application/json">') + len(
        '<script id="data" type="application/json">'
    )
    block = page[start : page.index("</script>", start)]
    assert "<" not in block and ">" not in block  # nothing can open a comment or end the element
    assert json.loads(block) == {"entries": [entry.as_dict()]}
    assert "<img" not in page and "<script>alert" not in page
    assert page.count("<script") == 2  # the data block and the page's own script


def test_entry_page_names_what_dates_it(client: TestClient, cli_entries: list[dict[str, object]]) -> None:
    entry = next(e for e in cli_entries if e["date"] == "2024-10-08")
    page = client.get(f"/entries/{entry['id']}").text
    dated = re.search(r'dated by “<mark class="timex">([^<]+)</mark>” in <a href="#report-(\d+)">', page)
    assert dated and dated[1] == "8 October"
    assert dated[1] in entry["mentions"][int(dated[2])]["text"]
    assert page.count('<mark class="sentence timex" title="2024-10-08">8 October</mark>') == 2  # both reports


def _timeline_ids(path: Path, *options: str) -> list[str]:
    result = runner.invoke(cli, ["timeline", "--db", str(path), "--format", "json", *options])
    assert result.exit_code == 0, result.output
    return [entry["id"] for entry in json.loads(result.stdout)["entries"]]


@needs(BPOIL)
def test_the_main_events_are_the_default_timeline(tmp_path: Path) -> None:
    """On real articles the web's main events are the entries `storyline timeline` shows by default,
    in its order, again once an ingest has changed the store; `all` lists every entry."""
    path = tmp_path / "s.db"
    client = TestClient(create_app(path, warm=False))
    for day in ("2010-04-26", "2010-04-29"):
        assert runner.invoke(cli, ["ingest", str(BPOIL / day), "--db", str(path)]).exit_code == 0
        shown, every = _timeline_ids(path), _timeline_ids(path, "--all")
        assert len(every) > len(shown) > 0  # an overview of the store, not the whole of it
        assert [e["id"] for e in _entries(client, limit=500)["entries"]] == shown
        linked = re.findall(r'<a href="/entries/([0-9a-f]+)">', client.get("/").text)
        assert linked == shown[:PAGE_SIZE]
        assert [e["id"] for e in _entries(client, all="true", limit=500)["entries"]] == every
    assert _static_page_ids(tmp_path / "t.html", path) == shown  # `storyline web` holds the same
    assert _static_page_ids(tmp_path / "t.html", path, "--all") == every
    for fmt, row in (("csv", r"^([0-9a-f]{10,}),"), ("md", r"`([0-9a-f]{10,})`$")):
        result = runner.invoke(cli, ["timeline", "--db", str(path), "--format", fmt])
        assert re.findall(row, result.stdout, re.MULTILINE) == shown, fmt


def _static_page_ids(output: Path, path: Path, *options: str) -> list[str]:
    result = runner.invoke(cli, ["web", "--db", str(path), "--output", str(output), *options])
    assert result.exit_code == 0, result.output
    page = output.read_text(encoding="utf-8")
    start = page.index(DATA_BLOCK) + len(DATA_BLOCK)
    return [entry["id"] for entry in json.loads(page[start : page.index("</script>", start)])["entries"]]


def test_serve_refuses_a_missing_store(tmp_path: Path) -> None:
    result = runner.invoke(cli, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "no store at" in result.output
    assert not (tmp_path / "none.db").exists()


def test_histogram_keeps_to_the_story_despite_stray_dates() -> None:
    from storyline.present.webapp.charts import histogram

    counts = [("0610", 1), ("2050", 1)] + [(f"2010-{m:02d}-15", 50) for m in range(4, 10)] + [("2010-W20", 5)]
    bars = histogram(counts, "2010-05", "2010-06")
    assert [bar.key for bar in bars] == [f"2010-{m:02d}" for m in range(4, 10)]  # months of the story
    assert [bar.count for bar in bars][1] == 55  # the week falls in May
    assert [bar.key for bar in bars if bar.selected] == ["2010-05", "2010-06"]
    days = histogram([("2024-10-08", 1), ("2024-10-10", 2)], None, None)
    assert [(bar.key, bar.count) for bar in days] == [("2024-10-08", 1), ("2024-10-09", 0), ("2024-10-10", 2)]


def test_figures_page_by_series(client: TestClient) -> None:
    series = client.get("/api/figures").json()["series"]
    page = client.get("/figures").text
    assert re.findall(r'data-series="([^"]+)"', page) == [s["id"] for s in series][:20]
    one = client.get("/figures", params={"series": series[-1]["id"]}).text
    assert re.findall(r'data-series="([^"]+)"', one) == [series[-1]["id"]]
    assert 'data-series="' not in client.get("/figures", params={"offset": len(series)}).text


def test_entry_names_stay_in_step_with_entries(tmp_path: Path) -> None:
    from storyline.store import Store

    path = tmp_path / "names.db"
    for paths in ([SEEDS / "000_9f6b8ccadd51ec38.txt"], [SEEDS]):  # the second run rewrites merged entries
        assert runner.invoke(cli, ["ingest", *map(str, paths), "--db", str(path)]).exit_code == 0
    with Store(path) as store:
        indexed = sorted(tuple(r) for r in store.query("SELECT entry_id, kind, name FROM entry_names"))
        expected = sorted(
            (row["id"], kind, name)
            for row in store.query("SELECT id, actors, places FROM entries")
            for kind, column in (("actor", "actors"), ("place", "places"))
            for name in json.loads(row[column] or "[]")
        )
    assert indexed == expected and len(expected) > 20


def test_report_marks_the_event_words_inside_the_sentence() -> None:
    from datetime import date

    from storyline.model import DateSource, Document, Mention
    from storyline.present.webapp.story import _paragraph

    text = (
        "Headline.\n\nOn 8 October, the ministry said troops were sent. Another sentence.\n\nNext paragraph."
    )
    start = text.index("On 8")
    end = text.index(" Another")
    said = text.index("said")
    document = Document("d" * 16, text, "a.txt", date(2024, 10, 26), DateSource.HEADER)
    mention = Mention(document.id, "a.txt", start, end, text[start:end], event_start=said, event_end=said + 4)
    parts = _paragraph(document, mention, None)
    assert (
        "".join(p.text for p in parts)
        == "On 8 October, the ministry said troops were sent. Another sentence."
    )
    assert [p.text for p in parts if "event-words" in p.kinds] == ["said"]
    assert "".join(p.text for p in parts if "sentence" in p.kinds) == mention.text
    plain = _paragraph(document, Mention(document.id, "a.txt", start, end, text[start:end]), None)
    assert not any("event-words" in p.kinds for p in plain)

"""The `storyline` command end to end on the sample articles."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import SEEDS
from storyline.present.cli import app

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "store.db"
    result = runner.invoke(app, ["ingest", str(SEEDS), "--db", str(path)])
    assert result.exit_code == 0, result.output
    assert "2 documents added" in result.output
    return path


def _json(args: list[str]) -> dict[str, object]:
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_timeline_json_and_show(db: Path) -> None:
    data = _json(["timeline", "--db", str(db), "--format", "json"])
    entries = data["entries"]
    assert isinstance(entries, list) and len(entries) > 15
    budanov = next(e for e in entries if e["date"] == "2024-10-18")
    shown = runner.invoke(app, ["show", budanov["id"], "--db", str(db)])
    assert shown.exit_code == 0
    assert "Budanov" in shown.stdout and "000_9f6b8ccadd51ec38.txt" in shown.stdout


def test_entries_carry_salience_sources_and_event_spans(db: Path) -> None:
    entries = _json(["timeline", "--db", str(db), "--format", "json", "--all"])["entries"]
    assert isinstance(entries, list)
    (eighth,) = [e for e in entries if e["date"] == "2024-10-08"]
    assert eighth["sources"] == 2 and eighth["salience"] > 1
    for entry in entries:
        for mention in entry["mentions"]:
            assert mention["start"] <= mention["event_start"] < mention["event_end"] <= mention["end"]
            assert mention["modality"] in ("actual", "expected", "negated")
    (ready,) = [e for e in entries if e["summary"].startswith("They will be ready to take part")]
    assert {m["modality"] for m in ready["mentions"]} == {"expected"}  # "will be ready", reported ahead


def test_the_default_timeline_is_the_main_events(tmp_path: Path) -> None:
    """With more entries than the default view holds, it keeps the most salient; --all shows them all."""
    from storyline.present.views import main_events_shown

    folder = tmp_path / "articles"
    folder.mkdir()
    for index in range(12):
        (folder / f"{index}.txt").write_text(
            f"date 2010-07-{index + 1:02d}\nThe council approved a harbour plan on {index + 1} June. "
            f"Workers repaired a bridge on {index + 13} June. Police closed a road on {index + 1} July.\n",
            encoding="utf-8",
        )
    path = tmp_path / "s.db"
    assert runner.invoke(app, ["ingest", str(folder), "--db", str(path)]).exit_code == 0
    every = _json(["timeline", "--db", str(path), "--format", "json", "--all"])["entries"]
    shown = _json(["timeline", "--db", str(path), "--format", "json"])["entries"]
    assert isinstance(every, list) and isinstance(shown, list)
    assert len(every) > main_events_shown(12) == len(shown)
    floor = min(e["salience"] for e in shown)
    assert all(e["salience"] <= floor for e in every if e not in shown)


def test_timeline_formats(db: Path, tmp_path: Path) -> None:
    for fmt, marker in [
        ("md", "## 2024-10-08"),
        ("csv", "id,date,date_inferred"),
        ("timelinejs", '"events"'),
    ]:
        result = runner.invoke(app, ["timeline", "--db", str(db), "--format", fmt])
        assert result.exit_code == 0 and marker in result.stdout, fmt
    table = runner.invoke(app, ["timeline", "--db", str(db), "--entity", "Budanov"])
    assert table.exit_code == 0 and "Budanov" in table.stdout


def test_other_views(db: Path, tmp_path: Path) -> None:
    assert "Zelenskyy" in runner.invoke(app, ["quotes", "--db", str(db)]).stdout
    series = _json(["figures", "--db", str(db), "--format", "json"])
    assert series["series"]
    assert "conflicts" in _json(["conflicts", "--db", str(db), "--format", "json"])
    page = tmp_path / "t.html"
    assert runner.invoke(app, ["web", "--db", str(db), "--output", str(page)]).exit_code == 0
    assert "Budanov" in page.read_text(encoding="utf-8")


def test_clear_errors(tmp_path: Path) -> None:
    missing = runner.invoke(app, ["timeline", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 1 and "no store" in missing.output
    bad_date = runner.invoke(
        app, ["ingest", str(SEEDS), "--db", str(tmp_path / "x.db"), "--date", "26/10/2024"]
    )
    assert bad_date.exit_code == 2 and "YYYY-MM-DD" in bad_date.output  # a usage error


def test_timeline_summary_in_every_format(db: Path) -> None:
    data = _json(["timeline", "--db", str(db), "--format", "json", "--dates", "2", "--per-date", "1"])
    entries = data["entries"]
    assert isinstance(entries, list)
    assert len(entries) == 2 and len({e["date"] for e in entries}) == 2
    assert all(e["mentions"] for e in entries)  # still traced to its sources
    for fmt in ("table", "md", "csv", "timelinejs"):
        result = runner.invoke(
            app, ["timeline", "--db", str(db), "--format", fmt, "--dates", "2", "--per-date", "1"]
        )
        assert result.exit_code == 0, fmt
        assert entries[0]["date"] in result.stdout or fmt == "timelinejs", fmt
    bad = runner.invoke(app, ["timeline", "--db", str(db), "--dates", "0"])
    assert bad.exit_code != 0


def test_eval_tls_on_a_small_timeline17_layout(tmp_path: Path) -> None:
    topic = tmp_path / "northkorea"
    for source in sorted(SEEDS.glob("*.txt")):
        folder = topic / "InputDocs" / "2024-10-26"
        folder.mkdir(parents=True, exist_ok=True)
        lines = source.read_text(encoding="utf-8").splitlines()
        body = lines[1:] if lines[0].startswith("date ") else lines
        (folder / source.name).write_text("\n".join(body), encoding="utf-8")
    (topic / "InputDocs" / "2024-10-26" / "empty.txt").write_bytes(b"")
    (topic / "timelines").mkdir()
    (topic / "timelines" / "reference.txt").write_text(
        "2024-10-18\nBudanov says 11,000 North Korean troops are in Russia .\n"
        "--------------------------------\n"
        "2024-10-23\nAustin says there is evidence of North Korean troops in Russia .\n"
        "--------------------------------\n"
        "2024-10-26\nZelenskyy says North Korean troops could be deployed in the coming days .\n"
        "--------------------------------\n",
        encoding="utf-8",
    )
    data = _json(["eval", "tls", str(tmp_path), "--json"])
    (timeline,) = data["timelines"]
    assert timeline["topic"] == "northkorea" and timeline["dates"] == 3 and timeline["per_date"] == 1
    assert [Path(item["path"]).name for item in data["skipped"]] == ["empty.txt"]
    average = data["average"]
    assert 0.0 < average["ar1"]["f1"] <= 1.0
    assert average["date"]["f1"] > 0.0
    table = runner.invoke(app, ["eval", "tls", str(tmp_path)])
    assert table.exit_code == 0 and "AR-1" in table.stdout and "skipped" in table.stdout


def test_a_view_marks_the_disputes_found_across_the_whole_store(db: Path) -> None:
    """Lloyd Austin "could not confirm" what South Korea's intelligence service reported: his entry
    carries that dispute in a view that leaves the other side out, and in `show`."""
    disputes = _json(["conflicts", "--db", str(db), "--format", "json"])["conflicts"]
    assert isinstance(disputes, list)
    (stance,) = [c for c in disputes if c["kind"] == "stance"]
    austin, other = (side["entry"] for side in stance["sides"])
    shown = _json(["timeline", "--db", str(db), "--format", "json", "--entity", "Austin"])["entries"]
    assert isinstance(shown, list) and other not in {e["id"] for e in shown}
    (entry,) = [e for e in shown if e["id"] == austin]
    assert entry["conflicts"] == [stance["description"]]
    page = runner.invoke(app, ["show", austin, "--db", str(db)])
    assert page.exit_code == 0 and "could not confirm" in page.stdout and "Intelligence" in page.stdout


def test_the_figures_table_is_readable_in_an_80_column_terminal(db: Path) -> None:
    """Piped or in a plain terminal the table is 80 columns wide: each id stays whole (it is what
    `--series` takes) and what is counted and who claimed it stay readable, not folded to "…"."""
    series = _json(["figures", "--db", str(db), "--format", "json"])["series"]
    table = runner.invoke(app, ["figures", "--db", str(db)], env={"COLUMNS": "80"})
    assert table.exit_code == 0, table.output
    assert max(len(line) for line in table.stdout.splitlines()) <= 80
    words = set(table.stdout.replace("│", " ").split())
    for one in series:  # type: ignore[union-attr]
        assert one["id"] in words
        assert one["label"].split()[0] in words
        assert one["points"][0]["claimant"].split()[0] in words


@pytest.mark.parametrize("command", ["timeline", "figures", "conflicts", "quotes"])
def test_each_format_a_command_offers_in_its_help_is_one_it_writes(db: Path, command: str) -> None:
    """`--help` names the formats of its own command: `conflicts --help` offered md, csv and timelinejs,
    then refused each of them."""
    shown = runner.invoke(app, [command, "--help"], env={"COLUMNS": "200"}).stdout
    (option,) = [line for line in shown.splitlines() if line.lstrip("│ ").startswith("--format")]
    offered = [name for name in ("json", "md", "csv", "timelinejs") if re.search(rf"\b{name}\b", option)]
    assert "json" in offered
    for name in offered:
        result = runner.invoke(app, [command, "--db", str(db), "--format", name])
        assert result.exit_code == 0, (name, result.output)


@pytest.mark.parametrize(
    "args",
    [
        ["timeline", "--format", "xml"],
        ["timeline", "--dates", "0"],
        ["figures", "-f", "pdf"],
        ["quotes", "-f", "md"],
    ],
)
def test_a_bad_option_is_refused_before_the_store_is_read(tmp_path: Path, args: list[str]) -> None:
    """A usage error answers at once, whatever the store: not after the main events and disputes of a
    large store were worked out (a store that does not exist shows it: exit 2, not "no store")."""
    result = runner.invoke(app, [*args, "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2, result.output

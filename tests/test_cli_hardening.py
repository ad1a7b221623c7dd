"""The command on hostile options and articles: exit codes, usage errors, literal output.

Exit codes are a contract for scripts: 0 nothing failed (empty files and known
articles are not failures), 1 some inputs unreadable or refused (the rest
stored), 2 usage errors. No option value or article text ends in a traceback or
is read as Rich markup.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import SEEDS
from storyline.present.cli import app

runner = CliRunner()

HOSTILE = (
    "date 2024-10-27\n"
    "Inflation rose 5% in October, the_bank said on Monday.\n"
    "\x1b]0;pwned\x07\x1b[2JTroops [link=https://evil.example]crossed[/link] the border on Sunday, "
    "officials said.\n"
    '"The front is holding [/x] for now," said Oleksandr Syrskyi on Monday.\n'
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("articles")
    (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    path = folder.parent / "hardening.db"
    result = runner.invoke(app, ["ingest", str(SEEDS), str(folder), "--db", str(path)])
    assert result.exit_code == 0, result.output
    return path


def _entries(db: Path, *options: str) -> list[dict[str, object]]:
    result = runner.invoke(app, ["timeline", "--db", str(db), "--format", "json", *options])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["entries"]


def _texts(entry: dict[str, object]) -> str:
    return " ".join(str(m["text"]) for m in entry["mentions"])  # type: ignore[attr-defined]


def test_like_wildcards_are_literal(db: Path) -> None:
    everything = _entries(db)
    percent = _entries(db, "--text", "%")
    assert percent and len(percent) < len(everything)
    assert all("%" in _texts(entry) for entry in percent)
    underscore = _entries(db, "--text", "_")
    assert underscore and all("_" in _texts(entry) for entry in underscore)
    names = ("actors", "places", "attribution")
    named = [entry for entry in everything if "_" in json.dumps([entry[key] for key in names])]
    assert len(_entries(db, "--entity", "_")) == len(named) < len(everything)
    assert _entries(db, "--entity", "%") == []


def test_entity_matches_names_not_their_json(db: Path) -> None:
    assert _entries(db, "--entity", '"') == []
    assert _entries(db, "--entity", ",") == []
    assert _entries(db, "--entity", "[") == []
    budanov = _entries(db, "--entity", "Budanov")
    assert budanov and all("Budanov" in json.dumps(entry) for entry in budanov)


def test_quotes_survive_markup_in_an_article(db: Path) -> None:
    result = runner.invoke(app, ["quotes", "--db", str(db)])  # the whole store, as the issue ran it
    assert result.exit_code == 0, result.output
    assert "Zelenskyy" in result.stdout and "Syrskyi" in result.stdout
    one = runner.invoke(app, ["quotes", "--db", str(db), "--speaker", "Syrskyi"], env={"COLUMNS": "300"})
    assert one.exit_code == 0 and "[/x]" in one.stdout


def test_show_prints_article_text_literally(db: Path) -> None:
    hostile = [e for e in _entries(db) if str(e["mentions"][0]["path"]).endswith("hostile.txt")]  # type: ignore[index]
    assert len(hostile) >= 3
    for entry in hostile:
        result = runner.invoke(app, ["show", str(entry["id"]), "--db", str(db)], env={"COLUMNS": "300"})
        assert result.exit_code == 0, (entry["summary"], result.output)
        assert "\x1b" not in result.stdout and "\x07" not in result.stdout
        summary_line = result.stdout.splitlines()[0]
        assert summary_line.endswith(str(entry["summary"]).replace("\x1b]0;pwned\x07\x1b[2J", "")), (
            summary_line
        )
    assert any("[link=https://evil.example]crossed[/link]" in str(e["summary"]) for e in hostile)
    table = runner.invoke(app, ["timeline", "--db", str(db), "--text", "crossed"])
    assert table.exit_code == 0 and "\x1b" not in table.stdout and "[link=" in table.stdout


def test_period_options_are_checked(db: Path) -> None:
    for option, value in [("--from", "zz"), ("--to", "2024-13"), ("--from", "2024-02-30"), ("--to", "[/x]")]:
        result = runner.invoke(app, ["timeline", "--db", str(db), option, value])
        assert result.exit_code == 2, (option, value, result.output)
        assert "expects YYYY, YYYY-MM or YYYY-MM-DD" in result.output
        assert value in result.output
    assert _entries(db, "--from", "2024-10", "--to", "2024")


def test_output_into_a_missing_folder_or_onto_a_folder(db: Path, tmp_path: Path) -> None:
    for target, message in [(tmp_path / "no" / "such" / "t.json", "no folder"), (tmp_path, "is a folder")]:
        for command in (["timeline", "--format", "json"], ["web"]):
            result = runner.invoke(app, [*command, "--db", str(db), "--output", str(target)])
            assert result.exit_code == 2, (command, result.output)
            assert message in result.output
            assert isinstance(result.exception, SystemExit)


def test_every_unknown_format_and_bad_topic_list_is_a_usage_error(db: Path) -> None:
    """README's exit codes: 2 for an unknown format or a bad option value, in every command
    (`quotes` and `eval coref --topics` said 1)."""
    for command in ("timeline", "figures", "conflicts", "quotes"):
        result = runner.invoke(app, [command, "--db", str(db), "--format", "xml"])
        assert result.exit_code == 2, (command, result.output)
        assert "unknown format 'xml'" in result.output
    topics = runner.invoke(app, ["eval", "coref", str(db.parent), "--topics", "two"])
    assert topics.exit_code == 2 and "--topics takes numbers" in topics.output


def test_bad_option_values_are_usage_errors(tmp_path: Path) -> None:
    processes = runner.invoke(app, ["ingest", str(SEEDS), "--db", str(tmp_path / "x.db"), "--processes", "0"])
    assert processes.exit_code == 2
    markup = runner.invoke(app, ["ingest", str(SEEDS), "--db", str(tmp_path / "x.db"), "--date", "[/x]"])
    assert markup.exit_code == 2 and "'[/x]'" in markup.output
    assert not (tmp_path / "x.db").exists()


def test_exit_codes_of_ingest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = str(tmp_path / "s.db")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("date 2024-10-26\nTroops arrived in Kursk on Wednesday.\n")
    (folder / "empty.txt").write_bytes(b"")
    clean = runner.invoke(app, ["ingest", str(folder), "--db", store])
    assert clean.exit_code == 0, clean.output  # an empty file is reported, not a failure
    assert "1 documents added" in clean.output and "empty.txt" in clean.output
    again = runner.invoke(app, ["ingest", str(folder), "--db", store])
    assert again.exit_code == 0 and "1 already known" in again.output

    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\x03")
    (folder / "more.txt").write_text("date 2024-10-27\nShelling hit Kharkiv on Thursday.\n")
    partial = runner.invoke(app, ["ingest", str(folder), "--db", store])
    assert partial.exit_code == 1, partial.output
    assert "1 documents added" in partial.output and "binary.txt" in partial.output

    empty_folder = tmp_path / "nothing"
    empty_folder.mkdir()
    nothing = runner.invoke(app, ["ingest", str(empty_folder), "--db", store])
    assert nothing.exit_code == 0 and "nothing to ingest" in nothing.output


def test_an_unreadable_file_named_on_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked, good = tmp_path / "locked.txt", tmp_path / "good.txt"
    locked.write_text("date 2024-10-26\nSecret troop movements on Monday.\n")
    good.write_text("date 2024-10-26\nTroops arrived in Kursk on Wednesday.\n")
    real_open = os.open

    def deny(path: object, flags: int, *args: object) -> int:  # as chmod 000 does for a user other than root
        if Path(str(path)) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", deny)
    result = runner.invoke(app, ["ingest", str(locked), str(good), "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 1, result.output
    assert "Permission denied" in result.output and "1 documents added" in result.output


def test_hostile_file_names_in_messages(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "[red]x[bold] \x1b[2J.bin").write_bytes(b"\x00\x01")
    (folder / "good.txt").write_text("date 2024-10-26\nTroops arrived in Kursk on Wednesday.\n")
    result = runner.invoke(app, ["ingest", str(folder), "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 1, result.output
    assert "[red]x[bold]" in result.output and "\x1b" not in result.output
    (folder / "fake\n99 documents added.bin").write_bytes(b"\x00\x01")  # a name cannot fake a line
    faked = runner.invoke(app, ["ingest", str(folder), "--db", str(tmp_path / "s.db")])
    assert "fake\\n99 documents added.bin" in faked.output
    assert not any(line.startswith("99 documents added") for line in faked.output.splitlines())


def test_figures_and_conflicts_views_on_hostile_articles(db: Path) -> None:
    views = (["figures"], ["figures", "--format", "csv"], ["figures", "--format", "md"], ["conflicts"])
    for command in views:
        result = runner.invoke(app, [*command, "--db", str(db)], env={"COLUMNS": "200"})
        assert result.exit_code == 0, (command, result.output)
        assert "\x1b" not in result.stdout and "\x07" not in result.stdout
        assert "Budanov" in result.stdout or command == ["conflicts"]

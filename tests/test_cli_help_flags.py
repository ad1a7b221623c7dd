"""`--help` lists a flag without a value type: typer 0.26 and later showed "--help <bool>" and
"--all <bool>" in its rich help, as if the flag took a value (`--all true` is refused)."""

from __future__ import annotations

import re

from typer.testing import CliRunner

from storyline.present.cli import app

runner = CliRunner()


def _option_line(output: str, option: str) -> str:
    (line,) = [line for line in output.splitlines() if re.match(rf"\W*{option}\s", line)]
    return line


def test_flags_are_listed_without_a_value_type() -> None:
    main = runner.invoke(app, ["--help"], env={"COLUMNS": "100"})
    timeline = runner.invoke(app, ["timeline", "--help"], env={"COLUMNS": "100"})
    assert main.exit_code == 0 and timeline.exit_code == 0
    assert "<bool>" not in main.output and "<bool>" not in timeline.output
    assert "Show this message and exit." in _option_line(main.output, "--help")
    assert "Every entry" in _option_line(timeline.output, "--all")


def test_options_that_take_a_value_keep_its_type() -> None:
    timeline = runner.invoke(app, ["timeline", "--help"], env={"COLUMNS": "100"})
    assert "<int>" in _option_line(timeline.output, "--dates")
    assert "<path>" in _option_line(timeline.output, "--db")

"""A command's help reads in paragraphs the terminal wraps: typer 0.29's rich help kept the single line
breaks of a docstring after its first paragraph, so `storyline timeline --help` broke mid-sentence
("... the most salient entries, a number that" / "grows with the collection) ...") at any width."""

from __future__ import annotations

import inspect

import pytest
from typer.testing import CliRunner

from storyline.present.cli import app

runner = CliRunner()
COMMANDS = [info for info in app.registered_commands if info.callback is not None]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda info: info.callback.__name__)
def test_each_paragraph_of_a_commands_help_reads_on_one_line(command) -> None:  # type: ignore[no-untyped-def]
    name = command.name or command.callback.__name__
    result = runner.invoke(app, [name, "--help"], env={"COLUMNS": "400"})
    assert result.exit_code == 0, result.output
    paragraphs = inspect.getdoc(command.callback).split("\n\n")  # type: ignore[union-attr]
    for paragraph in paragraphs:
        assert " ".join(paragraph.split()) in result.output

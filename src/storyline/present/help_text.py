"""Command help in paragraphs that the terminal wraps.

typer 0.29's rich help keeps the single line breaks of a docstring after its first paragraph, so a
paragraph wrapped in the source broke mid-sentence on screen: `storyline timeline --help` showed
"... the most salient entries, a number that" and "grows with the collection) ..." on two lines at
any width. Each command's help is given as its docstring with each paragraph on one line; typer's
own paragraph marker (a paragraph opening with "\\b", kept as written) is left alone.
"""

from __future__ import annotations

import inspect

import typer


def join_wrapped_lines(app: typer.Typer) -> None:
    """Every command of `app` and of its sub-apps helped by its docstring, one line a paragraph."""
    for command in app.registered_commands:
        text = command.help or (inspect.getdoc(command.callback) if command.callback else None)
        if text:
            command.help = paragraphs(text)
    for group in app.registered_groups:
        if group.typer_instance is not None:
            join_wrapped_lines(group.typer_instance)


def paragraphs(text: str) -> str:
    """`text` with the line breaks inside each paragraph joined."""
    parts = inspect.cleandoc(text).split("\n\n")
    return "\n\n".join(part if part.startswith("\b") else " ".join(part.split()) for part in parts)

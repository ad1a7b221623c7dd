"""Help that lists a flag without a value type.

typer 0.26 and later show every option's type in their rich help, flags too: "--help <bool>",
"--all <bool>", as if the flag took a value (`--all true` is refused as an extra argument). Their
plain help leaves a flag's type out, as click always did; `list_flags_bare` makes the rich help
do the same. Older typers have no `display_type_rich` and need nothing.
"""

from __future__ import annotations

from typing import Any

from typer import core


def list_flags_bare() -> None:
    """Show no value type beside a flag or a counting option in `--help`."""
    option = core.TyperOption
    shown = getattr(option, "display_type_rich", None)
    if shown is None or getattr(shown, "bare_flags", False):
        return

    def display_type_rich(self: Any, ctx: Any) -> str | None:
        return None if self.is_flag or self.count else shown(self, ctx)

    display_type_rich.bare_flags = True  # type: ignore[attr-defined]
    option.display_type_rich = display_type_rich  # type: ignore[method-assign]

"""The timeline as one self-contained web page, from the same templates as `storyline serve`.

The entries are rendered by the server's templates and also embedded as JSON
(escaped so that no article text can end the script element or open a
comment in any HTML parser state), with a few lines of script to filter them
by text, actor and date. The page needs no server and no network, so it can
be mailed or archived with the story.
"""

from __future__ import annotations

from importlib import resources

from markupsafe import Markup

from storyline.model import Entry
from storyline.present.webapp.render import render


def render_page(entries: list[Entry], title: str = "storyline timeline") -> str:
    css = resources.files("storyline.present.webapp").joinpath("static/app.css").read_text(encoding="utf-8")
    return render(
        "static_page.html",
        title=title,
        entries=entries,
        data=[entry.as_dict() for entry in entries],
        css=Markup(css.replace("</", "<\\/")),  # our own stylesheet, never article text
    )

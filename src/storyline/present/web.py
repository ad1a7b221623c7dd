"""The timeline as one self-contained web page.

The entries are embedded as JSON in the page with a few lines of script to
filter them by text, actor and date; the page needs no server and no network,
so it can be mailed or archived with the story.
"""

from __future__ import annotations

import json
from importlib import resources

from storyline.model import Entry


def render_page(entries: list[Entry], title: str = "storyline timeline") -> str:
    template = resources.files("storyline.present").joinpath("web_template.html").read_text(encoding="utf-8")
    data = json.dumps({"entries": [entry.as_dict() for entry in entries]}, ensure_ascii=False)
    safe = data.replace("</", "<\\/")  # keep a quoted "</script>" from closing the element
    return template.replace("{{TITLE}}", _escape(title)).replace("{{DATA}}", safe)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

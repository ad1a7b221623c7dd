"""The Jinja2 environment every page is rendered with: autoescaping on, helpers for dates and URLs."""

from __future__ import annotations

import json
from functools import cache
from urllib.parse import urlencode, urlsplit

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from storyline.present.figures_view import format_value
from storyline.present.safe_text import strip_controls
from storyline.present.webapp import dates


def safe_url(value: str | None) -> str | None:
    """An article's URL only if it is plain http(s): never `javascript:` or `data:` in an href."""
    if not value:
        return None
    return value if urlsplit(value.strip()).scheme.lower() in ("http", "https") else None


DATE_SOURCES = {
    "header": "from its date line",
    "record": "from its record",
    "folder": "from its folder",
    "user": "given with --date",
    "inferred": "inferred from its text",
    "unknown": "unknown",
}


def without_controls(value: object) -> object:
    """Every value a page shows, without control characters and bidirectional overrides
    (`safe_text.strip_controls`): a file name or an article holding U+202E showed the rest of its
    line in reverse ("report\u202etxt.exe" reads "reportexe.txt"), an escape character as a box."""
    if isinstance(value, Markup):  # removing characters opens no tag in markup already made safe
        return Markup(strip_controls(str(value)))
    return strip_controls(value) if isinstance(value, str) else value


def date_source(value: object) -> str:
    """Where a publication date came from, in words."""
    return DATE_SOURCES.get(str(value), str(value))


def script_json(value: object) -> Markup:
    """JSON safe inside a <script> element in every HTML parser state.

    `<`, `>` and `&` become \\u escapes, so no `</script>`, `<!--` or `<script`
    can appear in the element's text; JSON.parse reads them back unchanged.
    """
    text = json.dumps(value, ensure_ascii=False)
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def query(params: dict[str, object], **changes: object) -> str:
    """The current filters with some changed (None drops one), as a URL query string."""
    merged = {**params, **changes}
    return urlencode({k: v for k, v in merged.items() if v not in (None, "", False)})


@cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("storyline.present.webapp", "templates"),
        autoescape=select_autoescape(["html"], default_for_string=True, default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=without_controls,
    )
    env.filters["date_label"] = dates.label
    env.filters["precision"] = dates.precision
    env.filters["safe_url"] = safe_url
    env.filters["figure_value"] = format_value
    env.filters["script_json"] = script_json
    env.filters["date_source"] = date_source
    env.globals["query"] = query
    return env


def render(template: str, **context: object) -> str:
    return environment().get_template(template).render(**context)

"""`storyline serve`: a local, read-only web application over the store.

Server-rendered pages (Jinja2, autoescaped) and a JSON API on FastAPI; the
static `storyline web` page is rendered from the same templates.
"""

from storyline.present.webapp.app import create_app

__all__ = ["create_app"]

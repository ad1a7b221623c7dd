"""Reader comments below an article: text that no source of the article said.

News pages often carry their readers' comments after the article ("Views expressed
in the comments do not represent those of Reuters.", "At 1:33 pm on 18 Jan 2010,
Isabel-II wrote:"). Nothing from there is attributed to a source, quoted as a
speaker's words or claimed as a figure. The start of the comments is found once
per document and kept in the parse's `user_data`.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from storyline.analyse.doc_text import doc_text

_MARKERS = re.compile(
    r"Views expressed in the comments do not represent"
    r"|We welcome comments (?:on our articles|that advance the story)"
    r"|^At \d{1,2}:\d{2} ?[ap]m on [^\n]{5,30}, [^\n]{1,60} wrote ?:",
    re.IGNORECASE | re.MULTILINE,
)
_KEY = "storyline.comments_start"


def comments_start(doc: Doc) -> int:
    """Character offset where readers' comments begin; the text's length when there are none."""
    if _KEY not in doc.user_data:
        text = doc_text(doc)
        found = _MARKERS.search(text)
        doc.user_data[_KEY] = found.start() if found else len(text)
    return int(doc.user_data[_KEY])


def in_comments(span: Span) -> bool:
    return span.start_char >= comments_start(span.doc)

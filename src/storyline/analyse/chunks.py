"""Long texts in pieces: parse a huge article chunk by chunk, then join the parses.

spaCy's memory grows with the length of one text (a 670,000-character article
with its reader comments took over 5 GB), and with several worker processes
one such text keeps a worker busy while the others wait. Cutting it at line
breaks into chunks of bounded length, parsing those as ordinary texts and
joining the parses with `Doc.from_docs` gives back one `Doc` whose text is the
article's, character for character, so every offset stays valid. A line break
ends a sentence anyway (`segment`), so no sentence is cut.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

CHUNK_CHARS = 20_000

_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s+")


def split_text(text: str, limit: int = CHUNK_CHARS) -> list[str]:
    """Pieces of at most about `limit` characters whose concatenation is `text`.

    Cuts after the last line break before the limit; a piece without one is cut
    after its last sentence end, and failing that after its last space, so that
    the limit holds whatever the text looks like.
    """
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = window.rfind("\n") + 1
        if cut <= limit // 4:
            ends = [match.end() for match in _SENTENCE_END.finditer(window)]
            cut = ends[-1] if ends else window.rfind(" ") + 1
        if cut <= 0:
            cut = limit
        pieces.append(text[start : start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def join_docs(docs: list[Doc]) -> Doc:
    """One `Doc` from the parses of consecutive pieces of one text."""
    if len(docs) == 1:
        return docs[0]
    return Doc.from_docs(docs, ensure_whitespace=False)

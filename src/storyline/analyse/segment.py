"""Sentence boundaries at line breaks, before the parser runs.

Articles arrive as paragraphs (samples) or one sentence a line (Timeline17);
a line break always ends a sentence there, but the parser alone lets a heading
such as "Background:" or a `Source: ...` line run into the next sentence. This
component marks the first token after a line break as a sentence start and
leaves every other boundary to the parser.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

COMPONENT = "line_boundaries"


@Language.component(COMPONENT)
def line_boundaries(doc: Doc) -> Doc:
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text_with_ws and not token.is_space:
            token.is_sent_start = True
    return doc


def add_line_boundaries(nlp: Language) -> None:
    if COMPONENT in nlp.pipe_names:
        return
    before = "parser" if "parser" in nlp.pipe_names else None
    if before:
        nlp.add_pipe(COMPONENT, before=before)
    else:
        nlp.add_pipe(COMPONENT, first=True)

"""Direct quotes and who speaks them.

A quote is the text between matching quotation marks ("...", “...”, «...»).
A quote may run over several paragraphs: a paragraph that opens a quote and
does not close it continues into the next ones, whether or not those reopen
with a mark, until the closing mark. The speaker comes from, in order: a
block label ("Quote from Zelenskyy:"), a reporting clause outside the quote in
the same sentence (", the president said"), or the nearest attributed sentence
around it (a bare "Quote:" block after "He emphasised that ...").

Fragments of fewer than three words are taken as scare quotes or titles and
skipped. Quotes are not split into sentences and their content is not
attributed further (a "we" inside is the speaker).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from storyline.extract.attribution import attribute
from storyline.model import Attribution, EntityMention, Quote

_MARKS = re.compile(r"[\"“”«»]")
_CLOSER = {'"': '"', "“": "”", "«": "»"}
_MIN_WORDS = 3
_CONTEXT_SENTENCES = 3
_BLOCK_LABEL = re.compile(
    r"(?i)\s*(?:quotes?|statement|in (?:his|her|their) words)"
    r"(?:\s+(?:from|by|of)\s+(?P<who>[^:\n]+?))?\s*:\s*"
)


def extract_quotes(doc: Doc, actors: list[EntityMention]) -> list[Quote]:
    """Every direct quote in the document, with its speaker's canonical name when found."""
    spans = [
        (start, end) for start, end in quote_spans(doc.text) if len(doc.text[start:end].split()) >= _MIN_WORDS
    ]
    sentences = [s for s in doc.sents if s.text.strip()]
    return [_quote(doc, start, end, spans, sentences, actors) for start, end in spans]


def quote_spans(text: str) -> Iterator[tuple[int, int]]:
    """Character spans of the quoted text; marks, surrounding blanks and a closing comma excluded."""
    opening: tuple[int, str] | None = None
    for match in _MARKS.finditer(text):
        mark, at = match.group(), match.start()
        if opening is None:
            if mark in _CLOSER:
                opening = (at, mark)
            continue
        if mark in _CLOSER and _reopens_paragraph(text, opening[0], at):
            continue
        if mark == _CLOSER[opening[1]]:
            start, end = _stripped(text, opening[0] + 1, at)
            if start < end:
                yield start, end
            opening = None


def _reopens_paragraph(text: str, opened: int, at: int) -> bool:
    """A mark starting a later paragraph of a quote that is still open continues it."""
    line_start = text.rfind("\n", 0, at) + 1
    return line_start > opened and not text[line_start:at].strip()


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def _quote(
    doc: Doc,
    start: int,
    end: int,
    spans: list[tuple[int, int]],
    sentences: list[Span],
    actors: list[EntityMention],
) -> Quote:
    speaker = _labelled_speaker(doc.text, start, actors)
    if speaker is None:
        speaker = _reporting_clause_speaker(start, end, sentences, actors)
    if speaker is None:
        speaker = _context_speaker(start, end, spans, sentences, actors)
    return Quote(start, end, doc.text[start:end], speaker)


def _labelled_speaker(text: str, start: int, actors: list[EntityMention]) -> str | None:
    """ "Quote from Zelenskyy:" right before the opening mark."""
    line_start = text.rfind("\n", 0, start) + 1
    label = _BLOCK_LABEL.fullmatch(text, line_start, max(line_start, start - 1))
    if label is None or label.group("who") is None:
        return None
    who_start, who_end = label.span("who")
    named = [a for a in actors if who_start <= a.start and a.end <= who_end]
    return named[0].canonical if named else label.group("who").strip()


def _reporting_clause_speaker(
    start: int, end: int, sentences: list[Span], actors: list[EntityMention]
) -> str | None:
    """ "..., the president said": a claimant outside the quote in a sentence it touches."""
    touching = [s for s in sentences if s.start_char <= end and s.end_char >= start]
    edges = [s for s in touching if s.start_char < start or s.end_char > end + 1]
    for sentence in edges:
        attribution = attribute(sentence, _within(actors, sentence))
        if attribution is not None and _outside(attribution, start, end):
            return attribution.source
    return None


def _context_speaker(
    start: int,
    end: int,
    spans: list[tuple[int, int]],
    sentences: list[Span],
    actors: list[EntityMention],
) -> str | None:
    """The claimant of the nearest attributed sentence before the quote, else after it."""
    before = [s for s in sentences if s.end_char <= start][-_CONTEXT_SENTENCES:]
    after = [s for s in sentences if s.start_char >= end][:_CONTEXT_SENTENCES]
    for sentence in [*reversed(before), *after]:
        if any(s <= sentence.start_char and sentence.end_char <= e + 1 for s, e in spans):
            continue
        attribution = attribute(sentence, _within(actors, sentence))
        if attribution is not None:
            return attribution.source
    return None


def _within(actors: list[EntityMention], sentence: Span) -> list[EntityMention]:
    return [a for a in actors if sentence.start_char <= a.start and a.end <= sentence.end_char]


def _outside(attribution: Attribution, start: int, end: int) -> bool:
    return attribution.start is not None and not start <= attribution.start < end

"""From an analysed document to its events: one per statement of something
that happened, was said or is expected.

Each sentence that states something becomes an `Event` carrying its date,
tense, actors, places, attribution and figures. Section labels and credit
lines are skipped; sentences inside a direct quote are left to the quotes
extractor (a quote is recorded with its speaker, not restated as an event).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from storyline.analyse.document import AnalysedDocument
from storyline.extract import sections
from storyline.extract.attribution import attribute, continued
from storyline.extract.event_dates import event_date, event_tense
from storyline.extract.figures import extract_figures
from storyline.extract.quotes import extract_quotes
from storyline.model import Attribution, EntityMention, Event, Quote, Sentence

_ACTOR_LABELS = {"PERSON", "ORG", "GPE"}
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_LOCATIVE_PREPOSITIONS = {"in", "at", "near", "into", "inside", "across", "outside", "off", "around"}


@dataclass(slots=True)
class Extraction:
    """Everything extract makes of one document."""

    events: list[Event]
    quotes: list[Quote]


def extract(analysed: AnalysedDocument) -> Extraction:
    quotes = extract_quotes(analysed.doc, analysed.actors)
    events: list[Event] = []
    in_background = False
    previous: tuple[Span, Attribution | None] | None = None
    for span, sentence in analysed.sentences():
        if sections.starts_new_section(sentence.text):
            in_background = sections.starts_background(sentence.text)
        statement = _without_label(sentence)
        if _not_a_statement(sentence, statement, quotes):
            previous = None
            continue
        event = _event(analysed, span, statement, in_background)
        if event.attribution is None and previous is not None:
            event.attribution = continued(span, *previous)
        events.append(event)
        previous = (span, event.attribution)
    return Extraction(events, quotes)


def _not_a_statement(sentence: Sentence, statement: Sentence, quotes: list[Quote]) -> bool:
    """Labels, credits, and sentences wholly inside a direct quote (the quote has its speaker)."""
    if sections.is_label_only(sentence.text) or sections.is_credit_line(sentence.text):
        return True
    if not any(char.isalpha() for char in statement.text):
        return True
    return any(quote.start - 1 <= statement.start and statement.end <= quote.end + 1 for quote in quotes)


def _without_label(sentence: Sentence) -> Sentence:
    skip = sections.label_length(sentence.text)
    if not skip:
        return sentence
    return Sentence(sentence.start + skip, sentence.end, sentence.text[skip:])


def _event(analysed: AnalysedDocument, span: Span, sentence: Sentence, background: bool) -> Event:
    document = analysed.document
    expressions = analysed.in_span(sentence.start, sentence.end)
    dated = event_date(span, expressions, document.publication_date, background)
    actors = analysed.actors_in(sentence.start, sentence.end)
    date_inferred = document.date_inferred and (
        dated.from_publication or bool(dated.timex and dated.timex.anchored)
    )
    return Event(
        document_id=document.id,
        start=sentence.start,
        end=sentence.end,
        text=sentence.text,
        summary=" ".join(sentence.text.split()),
        date=dated.value,
        date_inferred=date_inferred,
        tense=event_tense(span, dated, document.publication_date),
        actors=_names(actors, _ACTOR_LABELS),
        attribution=attribute(span, actors),
        figures=extract_figures(span, expressions, actors),
        places=_places(span, actors),
        timex=dated.timex,
        is_background=background,
    )


def _names(actors: list[EntityMention], labels: set[str]) -> list[str]:
    names: list[str] = []
    for actor in actors:
        if actor.label in labels and actor.canonical not in names:
            names.append(actor.canonical)
    return names


def _places(span: Span, actors: list[EntityMention]) -> list[str]:
    """Named places the sentence locates something in ("in Kursk Oblast")."""
    doc = span.doc
    places: list[str] = []
    for actor in actors:
        if actor.label not in _PLACE_LABELS or actor.canonical in places:
            continue
        first = doc.char_span(actor.start, actor.end, alignment_mode="expand")
        head = first.root if first is not None else None
        if actor.label != "GPE" or (head is not None and head.head.lower_ in _LOCATIVE_PREPOSITIONS):
            places.append(actor.canonical)
    return places

"""Who claims each figure, when its own reporting clause is not the one of the event it is filed under.

A sentence's figures go with its first event, and so with that event's source; but a figure may stand
in another reporting clause of the sentence: "BP said last month it had undrawn bank lending facilities
of $10billion and sources familiar with the matter said it had secured another $7billion", "In the end,
it took almost three years to fix; analysts estimate BP spent more than $500million". The figure then
keeps the attribution of the smallest reporting clause that holds it (`attribution.clause_attributions`),
as a quote keeps its speaker. A figure outside every such clause keeps the event's source, and so does
one whose clause holds the event too when the event has a source of its own (the event's clause, inside
it, is the nearer source: "Surgeons say ... critical[caption] Prosthetic organizations ... have warned of
the huge task ... to rehabilitate hundreds of thousands of amputees").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from storyline.model import Attribution, Event, Figure, Quote, Stance

Clauses = list[tuple[frozenset[int], Attribution | None]]


def with_own_claims(
    figures: list[Figure], sentence: Span, clauses: Clauses, trigger: Token, event: Attribution | None
) -> list[Figure]:
    """The figures, each with `claim` set where the reporting clause holding it names another source
    than `event`, the attribution of the event (`trigger`) the figures are filed under."""
    if not clauses:
        return figures
    return [_with_own_claim(figure, sentence, clauses, trigger, event) for figure in figures]


def _with_own_claim(
    figure: Figure, sentence: Span, clauses: Clauses, trigger: Token, event: Attribution | None
) -> Figure:
    words = sentence.doc.char_span(figure.start, figure.end, alignment_mode="expand")
    if words is None:
        return figure
    holding = [(len(tokens), tokens, found) for tokens, found in clauses if words.start in tokens]
    if not holding:
        return figure
    _, tokens, own = min(holding, key=lambda held: held[0])
    if own is None or (event is not None and (trigger.i in tokens or own.source == event.source)):
        return figure  # a clause that holds the event too says no more of the figure than the event's own
    return replace(figure, claim=own)


def spoken_in_quote(events: list[Event], quotes: list[Quote]) -> None:
    """A figure inside a quote is its speaker's, when the event it is filed under has no source of its own
    (a quote standing alone as its sentence: '"We've also got The Answer playing ..., where they played to
    literally millions of people".'); the quote's speaker is found as `quotes` finds it."""
    for event in events:
        if not event.figures or event.attribution is not None:
            continue
        event.figures = [_spoken(figure, quotes) for figure in event.figures]


def _spoken(figure: Figure, quotes: list[Quote]) -> Figure:
    if figure.claim is not None:
        return figure
    for quote in quotes:
        if quote.speaker and quote.start <= figure.start and figure.end <= quote.end:
            return replace(
                figure, claim=Attribution(source=quote.speaker, stance=Stance.STATED, cue="quoted")
            )
    return figure

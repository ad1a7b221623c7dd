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

_UP_TO_THE_AMOUNT = frozenset({"nummod", "quantmod", "compound", "nmod"})
_PUT_AT = frozenset(
    {"put", "puts", "putting", "peg", "pegs", "pegged", "pegging", "estimate", "estimates", "estimated",
     "estimating", "value", "values", "valued", "valuing", "place", "places", "placed", "placing"}
)  # fmt: skip
_NOT_SPEAKERS = frozenset(
    {"estimate", "estimates", "figure", "figures", "measurement", "measurements", "calculation",
     "calculations", "end", "number", "numbers", "projection", "projections", "forecast", "forecasts",
     "liabilities", "cost", "costs", "data", "model", "models"}
)  # fmt: skip  # a subject that cannot speak: what an estimate is, not who makes it
_HOPING = frozenset({"hope", "hopes", "hoped", "hoping"})
_ESTIMATES = frozenset({"estimate", "estimates", "figure", "figures", "forecast", "forecasts", "projection"})


def with_own_claims(
    figures: list[Figure], sentence: Span, clauses: Clauses, trigger: Token, event: Attribution | None
) -> list[Figure]:
    """The figures, each with `claim` set where the reporting clause holding it names another source
    than `event`, the attribution of the event (`trigger`) the figures are filed under."""
    if clauses:
        figures = [_with_own_claim(figure, sentence, clauses, trigger, event) for figure in figures]
    if event is not None:
        return figures
    return [figure if figure.claim else _estimated(figure, sentence) for figure in figures]


def _estimated(figure: Figure, sentence: Span) -> Figure:
    """A figure no reporting clause holds, given by an estimate that names who made it: "Some analysts
    have put BP's likely costs at $20billion to $40billion", "the previous "best estimate" of
    12,000-19,000 bpd issued by the flow rate group on May 27"."""
    words = sentence.doc.char_span(figure.start, figure.end, alignment_mode="expand")
    if words is None:
        return figure
    numbers = [t for t in words if t.like_num or t.text[:1].isdigit()]
    if not numbers:
        return figure
    token = numbers[0]
    while token.dep_ in _UP_TO_THE_AMOUNT and words.start <= token.head.i < words.end:
        token = token.head
    estimator = _put_at(token) or _estimate_by(token)
    if estimator is not None:
        return replace(figure, claim=Attribution(source=estimator, stance=Stance.ESTIMATED, cue="estimated"))
    hoping = _hoped_by(token)
    if hoping is not None:
        return replace(figure, claim=Attribution(source=hoping, stance=Stance.EXPECTED, cue="hopes"))
    return figure


def _hoped_by(amount: Token) -> str | None:
    """ "The British energy giant ... hopes the new containment system will funnel as much as 80,000
    barrels": the figure is what the one who hopes expects."""
    if amount.dep_ in ("nsubj", "nsubjpass"):
        return None  # "Investors hope the $20billion sets an informal cap": the sum is not what is hoped
    verb = amount.head
    while verb.dep_ in ("prep", "pobj", "dobj", "attr") and verb.head.i != verb.i:
        verb = verb.head  # not through a subject: "hopes an effective response, including ... 80 vessels"
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ != "ccomp" or verb.head.lower_ not in _HOPING:
        return None
    subjects = [c for c in verb.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
    return _name(subjects[0]) if subjects else None


def _put_at(amount: Token) -> str | None:
    """ "Some analysts have put BP's likely costs at ...": the subject of "put"/"peg"/"estimate" ... "at"."""
    at = amount.head
    if amount.dep_ != "pobj" or at.lower_ != "at" or at.head.lower_ not in _PUT_AT:
        return None
    subjects = [c for c in at.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
    if not subjects or subjects[0].lower_ in _NOT_SPEAKERS:
        return None  # "Estimates put the spill at ...", "the conservative end of the figures put ...": no one
    return _name(subjects[0])


def _estimate_by(amount: Token) -> str | None:
    """ "the "best estimate" of 12,000-19,000 bpd issued by the flow rate group", "BP's estimate of
    5,000 bpd": the agent or the owner of the estimate the amount is of."""
    of = amount.head
    if amount.dep_ != "pobj" or of.lower_ != "of" or of.head.lower_ not in _ESTIMATES:
        return None
    makers = [c for c in of.head.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")]
    if makers and makers[0].lower_ not in _NOT_SPEAKERS:
        return _name(makers[0])  # "well above BP's estimate of 5,000 bpd": BP's
    for clause in [*of.head.children, *amount.children]:  # the parse may hang the clause on either
        if clause.dep_ != "acl" or clause.tag_ != "VBN":
            continue
        for by in clause.children:
            agents = [c for c in by.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")]
            if by.dep_ == "agent" and agents:
                return _name(agents[0])
    return None


def _name(noun: Token) -> str:
    """The noun phrase of a source, up to its head noun: "Some analysts", "the flow rate group"."""
    doc = noun.doc
    lefts = [t.i for t in noun.lefts if t.dep_ in ("det", "amod", "compound", "poss", "nmod")]
    start = min(lefts, default=noun.i)
    return doc[start : noun.i + 1].text


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

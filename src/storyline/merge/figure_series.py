"""Figures about the same thing, across documents, as series over time.

`build_series` groups the figures of timeline entries by what they count
(kind), what happens to it (predicate: sent, intended, training; leaking,
collected) and whose it is (subject: "North Korea"); a figure whose subject
is not named joins the one named subject of its kind and predicate, if there
is exactly one and its report names no other place instead. Sums of money, and
measures with no predicate, are also kept apart by what they are (a fund, a
fine; a distance, a width).

A series must be one quantity of one thing over time, so a figure that cannot
say which stands alone (a series of its own) rather than join the wrong one: a
sum or a measure that says nothing of what it is ("$990m", "3km"); a sum whose
owner neither it nor the collection says; a count of a noun the collection
counts only in passing, saying neither whose it is nor what happens to it
("44 nations"). `unnamed_figures` says what the collection tells.

Labels read as English ("personnel sent (North Korea)", "damages claims in
USD", "well's flow in barrels per day"). Each point keeps its claimant, stance
and the report it is read from, and points are ordered by the date the claim
was made: the statement's own date when an attributed statement is dated to
the day, else the date of the report.

Grouping is by dictionary key, so it is linear in the number of figures. It
does not decide whether points disagree (conflicts does) and it keeps
revisions (an estimate raised over time) as successive points of one series.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from storyline.extract import figure_kinds
from storyline.extract.numbers import VAGUE_OPENERS
from storyline.merge.unnamed_figures import owner_settled, story_counts
from storyline.model import Attribution, Entry, Figure, FigureSeries, Mention, SeriesPoint

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DEMONYM_ENDINGS = ("ians", "eans", "ans", "ian", "ean", "ese", "ish", "an", "ia", "ea", "s", "a", "e", "i")
_POSSESSIVE = re.compile(r"['’]s\b")
_UNGROUPED_KINDS = frozenset({"percent"})  # a share of what, the parse rarely says
_UNIT_WORDS = frozenset({"dollars", "dollar", "euros", "euro", "pounds", "pound", "usd", "in", "amount"})
_MEASURE_PREDICATES = frozenset(
    {"leaking", "collected", "burned", "produced", "lost", "rose", "sent", "possible"}
)
_MODAL_PREDICATES = frozenset({"possible"})  # said before the noun: "possible buildings"
_NOT_TELLING = frozenset({"", "possible", "intended"})  # how a count is said, not what happens to it
_PLURAL_KINDS = frozenset({"personnel", "people", "aircraft", "percent"})
_SAME_IN_PLURAL = frozenset(
    {"staff", "pence", "equipment", "music", "energy", "aid", "food", "water", "information", "news",
     "research", "evidence", "software", "traffic", "cattle", "livestock", "clothing", "furniture",
     "silence", "fish", "sheep", "deer", "series", "species", "crossfire", "offspring", "oil", "gas",
     "crude", "boe", "redfish", "shellfish", "catfish"}
)  # fmt: skip  # "15 UN staff", "54 pence": not "staffs", "pences"
_NAMED_SHARE = 4  # a subject or a thing said by fewer than one in four of a series' figures is not its own


@dataclass(frozen=True, slots=True)
class SeriesKey:
    kind: str
    predicate: str
    subject: str  # normalized: "north kore" for "North Korea" and "North Korean"
    thing: str = ""  # for sums, and measures with no predicate: what they are ("fund", "width"), one word
    alone: str = ""  # a figure that cannot say whose it is: its place, or its number and words said again


def build_series(entries: list[Entry]) -> list[FigureSeries]:
    """Every series of the timeline, grouped by topic, largest first; points ordered by claim date."""
    keyed: dict[SeriesKey, list[SeriesPoint]] = defaultdict(list)
    known = _Known(owner_settled(entries, subject_key), story_counts(entries, _document_of))
    for entry in entries:
        for figure in entry.figures:
            if figure.kind and figure.kind not in _UNGROUPED_KINDS:
                keyed[_key(entry, figure, known)].append(_point(entry, figure))
    joined = _join_unnamed_subjects(keyed, _places(entries))
    series = [_series(key, points) for key, points in joined.items()]
    return _by_topic(series)


def _by_topic(series: list[FigureSeries]) -> list[FigureSeries]:
    """Largest topic (kind and subject) first, its series side by side: troops sent, intended, training."""
    topic_size: Counter[tuple[str, str]] = Counter()
    for one in series:
        topic_size[(one.kind, subject_key(one.subject))] += len(one.points)

    def order(one: FigureSeries) -> tuple[object, ...]:
        topic = (one.kind, subject_key(one.subject))
        return (-topic_size[topic], topic, -len(one.points), one.predicate, one.id)

    return sorted(series, key=order)


def subject_key(name: str) -> str:
    """A state and its people as one key: "North Korea", "North Korean" -> "north kore"."""
    words = [word for word in _POSSESSIVE.sub("", name.lower()).split() if word != "the"]
    if not words:
        return ""
    last = words[-1]
    for ending in _DEMONYM_ENDINGS:
        if last.endswith(ending) and len(last) - len(ending) >= 3:
            last = last[: -len(ending)]
            break
    return " ".join([*words[:-1], last])


@dataclass(frozen=True, slots=True)
class _Known:
    """What the collection tells of figures that do not say whose they are (`unnamed_figures`)."""

    owner_settled: bool  # its sums that name an owner mostly name one
    story_counts: frozenset[str]  # the kinds it counts often enough to be its story's own


def _key(entry: Entry, figure: Figure, known: _Known) -> SeriesKey:
    """Kind, predicate, subject and, for sums and measures, thing. A figure that says nothing of what
    it is, a sum whose owner neither it nor the collection says, and a count of a noun the collection
    counts only in passing, saying neither whose nor what happens to it, are keyed to themselves."""
    predicate = "" if figure_kinds.has_outcome(figure.kind) else figure.predicate
    money = figure_kinds.is_currency(figure.kind)
    unit = money or _a_measure(figure.kind)
    thing = thing_key(figure) if money or (unit and not predicate) else ""
    subject = subject_key(figure.subject)
    unsaid = unit and not (predicate or subject or thing)
    whose_unknown = money and not subject and not known.owner_settled
    told = figure_kinds.has_outcome(figure.kind) or predicate not in _NOT_TELLING
    passing = not (unit or subject or told) and figure.kind not in known.story_counts
    if unsaid:
        alone = f"{entry.id}:{figure.start}"
    elif whose_unknown or passing:
        alone = _said_again(entry, figure)
    else:
        alone = ""
    return SeriesKey(figure.kind, predicate, subject, thing, alone)


def _said_again(entry: Entry, figure: Figure) -> str:
    """A figure that cannot say whose it is meets only itself said again: the same number of the same
    words ("five conductors" in three listings of one programme, "six notches" in two reports of one
    downgrade) is one set counted again, where any other number may be of another set. A vague number
    ("thousands of workers") is no number to meet by: it stands alone."""
    if VAGUE_OPENERS & set(figure.text.lower().split()):
        return f"{entry.id}:{figure.start}"
    words = " ".join(figure.counted.lower().split())
    return f"{figure.value:g}-{figure.upper or 0:g} {words}"


def _document_of(entry: Entry, figure: Figure) -> str | None:
    mention = mention_of(entry, figure)
    return mention.document if mention is not None else None


def _a_measure(kind: str) -> bool:
    """ "km", "barrels per day": a unit of measure, which, like a currency, does not say what it measures."""
    return figure_kinds.is_measure(kind.split(" per ")[0])


def thing_key(figure: Figure) -> str:
    """What a figure is of, as one singular word: "damages claims" -> "claim"; "" when unsaid."""
    words = re.findall(r"[^\W\d_]+", (figure.thing or figure.counted).lower())
    words = [w for w in words if w not in _UNIT_WORDS]
    return figure_kinds.singular_of(words[-1]) if words else ""


def _join_unnamed_subjects(
    keyed: dict[SeriesKey, list[SeriesPoint]], places: dict[str, set[str]]
) -> dict[SeriesKey, list[SeriesPoint]]:
    """Figures with no subject join the only named subject of their kind and predicate, unless that
    subject is named by too few of them to be what they are about: one "Norway ... its oil exports, at
    2.13 million barrels per day" among forty-odd estimates of the well's flow does not make the flow
    Norway's. A figure whose report names places, none of them that subject, is about another place
    ("about 250 infections have been recorded in Japan" is not Mexico's) and keeps out of it."""
    named: dict[tuple[str, str, str], list[SeriesKey]] = defaultdict(list)
    for key in keyed:
        if key.subject:
            named[(key.kind, key.predicate, key.thing)].append(key)
    joined: dict[SeriesKey, list[SeriesPoint]] = defaultdict(list)
    for key, points in keyed.items():
        candidates = named.get((key.kind, key.predicate, key.thing), [])
        only = candidates[0] if not key.subject and not key.alone and len(candidates) == 1 else None
        if only is None or len(keyed[only]) * _NAMED_SHARE < len(points):
            joined[key].extend(points)
            continue
        for point in points:
            elsewhere = places.get(point.entry_id, set())
            joined[key if elsewhere and only.subject not in elsewhere else only].append(point)
    return joined


def _places(entries: list[Entry]) -> dict[str, set[str]]:
    """The places and actors each entry names, as subject keys: where its figures may be said to be from."""
    return {
        entry.id: {subject_key(name) for name in entry.places} | {subject_key(name) for name in entry.actors}
        for entry in entries
        if entry.places
    }


def _point(entry: Entry, figure: Figure) -> SeriesPoint:
    mention = mention_of(entry, figure)
    attribution = None if figure.by_writer else figure.claim or _claim_of(entry, mention)
    return SeriesPoint(
        figure=figure,
        entry_id=entry.id,
        claim_date=claim_date(entry, mention),
        claimant=attribution.source if attribution else None,
        stance=attribution.stance if attribution else None,
        mention=mention,
    )


def _claim_of(entry: Entry, mention: Mention | None) -> Attribution | None:
    """Who claims a figure: the attribution of the report that states it, not one another report merged
    into the entry lends it ("80 to 90 Britons" is not Steven Fisher's because a sentence on the same
    event quotes him). Entries whose reports carry no attributions of their own keep the entry's."""
    if mention is None or not any(m.attribution is not None for m in entry.mentions):
        return entry.attribution
    return mention.attribution


def mention_of(entry: Entry, figure: Figure) -> Mention | None:
    """The report whose span holds the figure's text at the figure's offsets."""
    for mention in entry.mentions:
        if mention.start <= figure.start and figure.end <= mention.end:
            offset = figure.start - mention.start
            if mention.text[offset : offset + len(figure.text)] == figure.text:
                return mention
    return entry.mentions[0] if entry.mentions else None


def claim_date(entry: Entry, mention: Mention | None) -> str | None:
    """When the claim was made: an attributed statement's own day, else the day it was reported. The day
    is the one the report itself gives, not the entry's (another report merged into the entry may date
    it otherwise)."""
    published = mention.publication_date.isoformat() if mention and mention.publication_date else None
    alone = len({m.document for m in entry.mentions}) <= 1  # the entry's day is this report's
    given = mention.date if mention is not None and (mention.date or not alone) else entry.date
    day = given if given and _DAY.match(given) else None
    if day and entry.attribution is not None and (published is None or day <= published):
        return day
    return published or entry.date


def _series(key: SeriesKey, points: list[SeriesPoint]) -> FigureSeries:
    ordered = sorted(points, key=lambda p: (p.claim_date is None, p.claim_date or "", p.figure.value))
    subject = _most_common(p.figure.subject for p in points)
    thing = f"|{key.thing}" if key.thing else ""
    alone = f"|{key.alone}" if key.alone else ""
    digest = hashlib.sha1(f"{key.kind}|{key.predicate}|{key.subject}{thing}{alone}".encode()).hexdigest()[:8]
    return FigureSeries(
        id=digest,
        label=_label(key.kind, key.predicate, subject, _shared_thing(points)),
        kind=key.kind,
        predicate=key.predicate,
        subject=subject,
        points=ordered,
    )


def _shared_thing(points: list[SeriesPoint]) -> str:
    """What the figures of a series are of, when enough of them say the same: two "scientists" among
    forty estimates of a flow, each naming another thing, do not label the flow."""
    counts = Counter(p.figure.thing for p in points if p.figure.thing)
    if not counts:
        return ""
    thing, count = counts.most_common(1)[0]
    return thing if count * _NAMED_SHARE >= len(points) else ""


def _most_common(names: Iterable[str]) -> str:
    counts = Counter(name for name in names if name)
    return counts.most_common(1)[0][0] if counts else ""


def _label(kind: str, predicate: str, subject: str, thing: str = "") -> str:
    """A label that reads as English: "personnel sent (North Korea)", "damages claims in USD",
    "well's flow in barrels per day", "sums paid in USD", "hearings"."""
    if subject and subject_key(kind) == subject_key(subject):
        kind = "people"  # "three Jordanians": the people named, not "jordanians (Jordanians)"
    money = figure_kinds.is_currency(kind)
    measure = figure_kinds.is_measure(kind) or " per " in kind
    # said before the kind: "possible gallons", not "gallons possible"
    if predicate in _MODAL_PREDICATES and not thing and not money:
        text = f"{predicate} {kind if measure else _plural(kind)}"
    elif money:
        text = f"{thing or 'sums ' + (predicate or 'named')} in {kind}"
    elif measure:
        verb = predicate if predicate in _MEASURE_PREDICATES else ""
        text = f"{thing} in {kind}" if thing else f"{kind} {verb}".strip()
    else:
        text = f"{_plural(kind)} {predicate}".strip()
    return f"{text} ({subject})" if subject else text


def _plural(kind: str) -> str:
    """Kinds outside the lexicon are the singular of the counted noun ("hearing", "jacket"); a noun
    with no plural ("staff", "pence") or an abbreviated unit ("mm", "kg") is left as it is."""
    if kind in _PLURAL_KINDS or kind in _SAME_IN_PLURAL or " " in kind or not kind.isalpha():
        return kind
    if _abbreviation(kind) or (kind.endswith("s") and not kind.endswith(("ss", "us"))):
        return kind
    return figure_kinds.plural_of(kind)


def _abbreviation(kind: str) -> bool:
    """ "mm", "kg", "mb": no vowel, so not a word that takes an "s"."""
    return not any(letter in "aeiouy" for letter in kind)

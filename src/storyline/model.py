"""The shared data model: what every pipeline stage reads and writes.

Stages meet only here. Ingest makes `Document`s; analyse adds `Sentence`s,
`EntityMention`s and `TimeExpression`s; extract makes `Event`s (one per
statement of something that happened, was said or is expected) carrying
`Attribution`, `Figure`s and `Quote`s; merge turns events from many documents
into `Entry`s that cite every `Mention`. All offsets are character offsets into
`Document.text`, the text exactly as storyline stores and shows it.

Nothing here knows about spaCy, SQLite or the terminal.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class DateSource(StrEnum):
    """Where a document's publication date came from."""

    HEADER = "header"  # a `date YYYY-MM-DD` line in the text file
    RECORD = "record"  # a field of a JSON record or feed item
    FOLDER = "folder"  # the Timeline17 `InputDocs/<YYYY-MM-DD>/` folder
    USER = "user"  # given on the command line (`--date`)
    INFERRED = "inferred"  # guessed from the article and the collection
    UNKNOWN = "unknown"  # nothing to go on


class Tense(StrEnum):
    PAST = "past"
    ONGOING = "ongoing"
    EXPECTED = "expected"


class Stance(StrEnum):
    """How a source presents a claim."""

    STATED = "stated"
    CONFIRMED = "confirmed"
    REPORTED = "reported"
    ESTIMATED = "estimated"
    BELIEVED = "believed"
    LIKELY = "likely"
    INTENDS = "intends"
    EXPECTED = "expected"
    COULD_NOT_CONFIRM = "could not confirm"
    DENIED = "denied"
    DOUBTED = "doubted"  # questioned, disputed, challenged, doubted, met with skepticism: not denied outright


def content_id(text: str) -> str:
    """A document's identity: the same text ingested twice is stored once."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Document:
    """One article as storyline stores it; `text` is what all offsets index."""

    id: str
    text: str
    path: str
    publication_date: date | None
    date_source: DateSource
    title: str | None = None
    url: str | None = None
    source: str | None = None

    @property
    def date_inferred(self) -> bool:
        return self.date_source in (DateSource.INFERRED, DateSource.UNKNOWN)


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A TIMEX3-style time expression found in a document.

    `value` is the normalized TIMEX3 value ("2024-10-23", "2024-W44", "P2Y",
    "FUTURE_REF"); `begin`/`end_value` bound periods such as "since the
    beginning of the year" (2024-01-01 to the publication date). `anchored`
    says the value was resolved against the document date, so it inherits
    that date's uncertainty.
    """

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION or SET
    value: str
    mod: str | None = None  # START, END, MID, APPROX, BEFORE, AFTER, ON_OR_AFTER...
    begin: str | None = None
    end_value: str | None = None
    anchored: bool = False
    future: bool = False  # points after the document date ("as early as 1 November")


@dataclass(frozen=True, slots=True)
class EntityMention:
    start: int
    end: int
    text: str
    label: str  # PERSON, ORG, GPE, LOC, NORP...
    canonical: str  # the actor's canonical name, shared across documents


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who asserts a claim and how."""

    source: str  # canonical claimant ("Kyrylo Budanov", "South Korean intelligence")
    stance: Stance
    cue: str = ""  # the word that carries the stance ("confirmed", "could not confirm")
    source_title: str | None = None  # "Head of Defence Intelligence of Ukraine"
    start: int | None = None  # span of the source's name in the document
    end: int | None = None
    relay: str | None = None  # who passes the report on: "Hayward" in "Hayward said rivals criticized ..."

    def as_dict(self) -> dict[str, object]:
        found: dict[str, object] = {"source": self.source, "stance": str(self.stance)}
        if self.relay:
            found["relay"] = self.relay
        return found


@dataclass(frozen=True, slots=True)
class Figure:
    """A number a source claims: "about 11,000 North Korean infantrymen"."""

    value: float
    text: str
    start: int
    end: int
    counted: str  # what is counted, as written ("North Korean infantrymen")
    kind: str = ""  # normalized kind ("personnel", "barrels per day", "USD")
    approximate: bool = False
    upper: float | None = None  # upper end of a range ("35,000 to 60,000")
    qualifier: str | None = None  # "more than", "at least", "up to"...
    unit: str | None = None
    period: str | None = None  # TIMEX value the figure holds for
    predicate: str = ""  # what happens to what is counted ("sent", "intended", "leaking")
    subject: str = ""  # whose it is or where it comes from ("North Korea")
    thing: str = ""  # what a sum or a measure is of, read from the parse ("loadings", "cleanup costs")
    claim: Attribution | None = None  # who claims it, when its own reporting clause names another
    # source than the sentence's event it is filed under ("BP said ... and sources said it had secured $7bn")
    by_writer: bool = False  # in the writer's own words beside the sentence's report: nobody claims it
    # ("BP has promised to pay ... claims and faces billions of dollars in expected ... costs")

    def as_dict(self) -> dict[str, object]:
        value: float | int = int(self.value) if float(self.value).is_integer() else self.value
        data: dict[str, object] = {
            "value": value,
            "approximate": self.approximate,
            "counted": self.counted,
            "text": self.text,
        }
        if self.kind:
            data["kind"] = self.kind
        if self.upper is not None:
            data["upper"] = int(self.upper) if float(self.upper).is_integer() else self.upper
        if self.qualifier:
            data["qualifier"] = self.qualifier
        if self.unit:
            data["unit"] = self.unit
        if self.period:
            data["period"] = self.period
        if self.by_writer:
            data["claimed_by_writer"] = True
        return data


@dataclass(frozen=True, slots=True)
class Quote:
    start: int
    end: int
    text: str
    speaker: str | None


@dataclass(slots=True)
class Event:
    """One statement in one document of something that happened, was said or is expected."""

    document_id: str
    start: int  # span of the statement (usually its sentence)
    end: int
    text: str
    summary: str
    date: str | None  # TIMEX3 value or None when unknown
    date_inferred: bool
    tense: Tense
    actors: list[str] = field(default_factory=list)
    attribution: Attribution | None = None
    figures: list[Figure] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    timex: TimeExpression | None = None  # the expression that dates it, if any
    is_background: bool = False  # restates an earlier event ("Background:" sections, past dates)
    event_start: int | None = None  # the words that tell the event (its predicate), inside the sentence
    event_end: int | None = None
    predicate: str = ""  # the predicate's lemma ("sink", "agree", "explosion")
    main: bool = True  # a timeline event; False for a secondary mention that only takes part in coreference
    participants: list[str] = field(default_factory=list)  # actors named in the predicate's arguments
    modality: str = "actual"  # "actual", "expected" (may, will, is likely to), "negated" or "generic" (a kind
    # of event or a habit, not one happening: "Presidents use Oval Office addresses", "produced every year")
    persons: list[str] = field(default_factory=list)  # unnamed people among its arguments, with their sex
    # and age ("girl|female|14": `extract.described_persons`)
    arguments: list[str] = field(default_factory=list)  # who acts and what is acted on, as nouns of each
    # role ("agent|police", "patient|masks": `extract.event_arguments`)
    clauses: list[str] = field(default_factory=list)  # the words heading the subordinate clauses its
    # word governs, lower case ("risen" in "begins after ... has risen": `extract.clause_heads`); read back
    # from the store each word once (`store.sentence_clauses`): the merge asks only which words are there


@dataclass(frozen=True, slots=True)
class Mention:
    """Where an entry is reported: a span of one document."""

    document: str
    path: str
    start: int
    end: int
    text: str
    publication_date: date | None = None  # of the citing document
    sentence: str | None = None  # the whole sentence the span sits in
    event_start: int | None = None  # the event mention itself (its predicate), inside start..end
    event_end: int | None = None
    date: str | None = None  # the date this report gives the event (TIMEX value)
    attribution: Attribution | None = None  # who this report says makes the claim, if it says
    modality: str = "actual"  # of the event as this report tells it ("expected": "could eclipse")

    def as_dict(self) -> dict[str, object]:
        return {
            "document": self.document,
            "path": self.path,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "event_start": self.start if self.event_start is None else self.event_start,
            "event_end": self.end if self.event_end is None else self.event_end,
            "date": self.date,
            "modality": self.modality,
        }


@dataclass(slots=True)
class Entry:
    """One real-world event on the timeline, citing every document that reports it."""

    id: str
    date: str | None
    date_inferred: bool
    tense: Tense
    summary: str
    actors: list[str]
    attribution: Attribution | None
    figures: list[Figure]
    mentions: list[Mention]
    places: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    main: bool = True  # a timeline event (False: only secondary mentions, kept for coreference)
    salience: float = 0.0  # how much the collection makes of it (`merge.entry_building.salience`)
    sources: int = 0  # independent articles that report it

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "salience": self.salience,
            "sources": self.sources,
            "date": self.date,
            "date_inferred": self.date_inferred,
            "tense": str(self.tense),
            "summary": self.summary,
            "actors": list(self.actors),
            "attribution": self.attribution.as_dict() if self.attribution else None,
            "figures": [figure.as_dict() for figure in self.figures],
            "places": list(self.places),
            "mentions": [mention.as_dict() for mention in self.mentions],
            "conflicts": list(self.conflicts),
        }


@dataclass(frozen=True, slots=True)
class KeySentence:
    """A sentence a summarized timeline shows for a day; `entry.mentions` are its sources."""

    text: str
    entry: Entry
    mention: Mention  # the report whose sentence is shown

    def as_dict(self) -> dict[str, object]:
        return {
            "text": self.text,
            "entry": self.entry.id,
            "mentions": [mention.as_dict() for mention in self.entry.mentions],
        }


@dataclass(slots=True)
class TimelineDay:
    """One of the few days a summarized timeline keeps, with what happened on it."""

    date: date
    importance: float
    sentences: list[KeySentence]

    @property
    def entries(self) -> list[Entry]:
        return [key.entry for key in self.sentences]

    def as_dict(self) -> dict[str, object]:
        return {
            "date": self.date.isoformat(),
            "importance": round(self.importance, 4),
            "sentences": [key.as_dict() for key in self.sentences],
        }


@dataclass(frozen=True, slots=True)
class SeriesPoint:
    """One claimed figure in a series: what was claimed, by whom, when, and where it is written."""

    figure: Figure
    entry_id: str
    claim_date: str | None  # when the claim was made: the statement's date, else its report's
    claimant: str | None
    stance: Stance | None
    mention: Mention | None  # the report the figure is read from (its offsets index that document)

    def as_dict(self) -> dict[str, object]:
        return {
            "claim_date": self.claim_date,
            "claimant": self.claimant,
            "stance": str(self.stance) if self.stance else None,
            "entry": self.entry_id,
            "figure": self.figure.as_dict(),
            "document": self.mention.document if self.mention else None,
            "path": self.mention.path if self.mention else None,
        }


@dataclass(slots=True)
class FigureSeries:
    """Figures about one thing (same kind, predicate and compatible subject), ordered by claim date."""

    id: str  # a short hash of the series key: stable across runs
    label: str  # "personnel sent (North Korea)"
    kind: str
    predicate: str = ""
    subject: str = ""
    points: list[SeriesPoint] = field(default_factory=list)

    def values(self) -> list[float]:
        return [point.figure.value for point in self.points]

    def entry_ids(self) -> list[str]:
        return list(dict.fromkeys(point.entry_id for point in self.points))


@dataclass(frozen=True, slots=True)
class ConflictSide:
    """One side of a disagreement: the claim, its source and the span that says it."""

    entry_id: str
    source: str | None
    stance: Stance | None
    date: str | None
    text: str  # the span as written (a figure, or the sentence)
    document: str
    path: str
    start: int
    end: int

    def as_dict(self) -> dict[str, object]:
        return {
            "entry": self.entry_id,
            "source": self.source,
            "stance": str(self.stance) if self.stance else None,
            "date": self.date,
            "text": self.text,
            "document": self.document,
            "path": self.path,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True, slots=True)
class Conflict:
    """Two sources that disagree about a figure, a date, or whether something happened."""

    id: str
    kind: str  # "figure", "date" or "stance"
    description: str  # what differs, in words
    first: ConflictSide
    second: ConflictSide
    series_id: str | None = None  # for figure conflicts

    def entry_ids(self) -> list[str]:
        return list(dict.fromkeys([self.first.entry_id, self.second.entry_id]))

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "kind": self.kind,
            "description": self.description,
            "series": self.series_id,
            "sides": [self.first.as_dict(), self.second.as_dict()],
        }

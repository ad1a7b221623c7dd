"""Where sources disagree: figures, dates, and claims one source makes and another doubts.

`find_conflicts` flags three kinds of disagreement, each citing both spans and saying
what differs, and one kind of change that is not a disagreement:

- figure: two claimants (at least one of them a named source) give figures of one
  series, about the same thing (a fund is not a fine, a terminal's loadings are not
  a country's output) and the same subject, for the same moment (the same claim
  date and stated period), whose ranges, widened by their stated approximation, do
  not overlap. Points of one series on different dates are revisions and are not
  flagged; nor are retrospective mentions ("BP initially estimated ...", "In early
  August, ... the government said" in October), two
  figures from one claimant, plans and possibilities, or running totals and
  distances (barrels, miles) that differ with the moment or place they are taken at.
  A rate is one quantity whatever words its reports use for it: a rate whose parse
  found no predicate joins the series its own words name ("the spill's volume" is
  leaking), and "BP's estimate", "the flow", "the rate of leak" all name the series'
  own quantity (only estimate words, owners and the series' own predicate);
- date: two reports of the same event, each naming its day explicitly, give
  different days; the same day and month in two years (a year-less "July 20" given
  the wrong year) and a past event dated after its own report are not conflicts;
- stance: within one entry (one event reported by several articles), a report whose
  source could not confirm or denied it against a report by another source that asserts
  it (this needs each report's own attribution, `Mention.attribution`); across entries,
  an entry whose source could not confirm or denied a claim, against the entries that
  assert it (same subject words and the same predicate) by
  another source, said before the doubt or about the same time; a doubt that
  matches many unlike claims is too vague to pair and is left out;
- revision: a claim asserted more than a day after another source could not
  confirm or denied it ("could not confirm" on 19 October, reported on 23 October)
  is shown as a revision, not as a dispute; so is a figure its own source revised, later
  in the same report and before the other source's figure is told, to one that agrees
  with it (a chronology's lines stand in the order of their days).

Stances and revisions are found by `stance_conflicts`; both sides of every conflict
are built by `conflict_sides`. Candidates are found by blocking, never by comparing
every pair: figures by series and moment, dates and stances through inverted indexes
over telling words (words too frequent to tell events apart are left out).
It does not decide who is right.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date
from itertools import combinations

from spacy.lang.en.stop_words import STOP_WORDS

from storyline.analyse.timex.lexicon import MONTH_NAMES
from storyline.extract import figure_kinds
from storyline.extract.figure_context import class_of_word
from storyline.merge.conflict_sides import conflict_id, entry_side, report_of, shortened, source_of, who
from storyline.merge.figure_series import subject_key
from storyline.merge.similarity import sentence_similarity, signature
from storyline.merge.stance_conflicts import stance_conflicts
from storyline.model import (
    Conflict,
    ConflictSide,
    Entry,
    Event,
    FigureSeries,
    SeriesPoint,
    Tense,
)
from storyline.timevalue import calendar_day

APPROXIMATION = 0.2  # "about 11,000" is read as 8,800 to 13,200
SAME_EVENT = 0.5  # similarity above which two differently dated reports tell one event
MAX_POSTING = 200  # a word in more entries than this does not tell events apart
MAX_CANDIDATES = 25
MAX_RATIO = 20  # rival estimates of one toll differ by a few times, not by orders of magnitude

_LOWER_BOUNDS = frozenset({"more than", "over", "at least", "in excess of", "upwards of", "just over"})
_UPPER_BOUNDS = frozenset(
    {"up to", "as many as", "as much as", "at most", "fewer than", "less than", "under", "no more than",
     "just under"}
)  # fmt: skip
_VAGUE_WORDS = frozenset({"dozens", "scores", "hundreds", "thousands", "millions", "billions", "tens"})
_RETROSPECTIVE = re.compile(
    r"\b(initially|originally|at first|first estimated|earlier estimate|previously|had estimated|"
    r"had said|last month|last week|a week ago|was estimating|on that occasion|at that time|at the time|"
    r"back then|early in the|in the early (?:days|stages|weeks)|at the (?:start|outset|beginning) of)\b",
    re.IGNORECASE,
)
# no predicate: what the figure is about is unknown; plans and possibilities are not claims about a
# moment; a measure with no rate is a running total or a distance, which grows or differs by place
_NOT_A_CLAIM_ABOUT_NOW = frozenset({"", "intended", "possible"})
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = "|".join(MONTH_NAMES)  # a regex alternative of the month names
# "In early August,", "On May 14,", "By late June,": a sentence set in a month by its opening phrase
_OPENING_MONTH = re.compile(
    rf"^(?:in|on|by|during|until|from)\s+(?:(?:early|late|mid|the (?:end|middle|start|beginning) of)[\s-]+)?"
    rf"({_MONTH})\b",
    re.IGNORECASE,
)
_ANY_DAY = re.compile(
    rf"\b(\d{{1,2}}(st|nd|rd|th)? ({_MONTH})|({_MONTH}) \d{{1,2}}(st|nd|rd|th)?)\b",
    re.IGNORECASE,
)
_OWN_OCCASION_DAYS = 31  # a report's own occasion: within a month of its day
_GENERAL_SUMS = frozenset({"cost", "amount", "total", "sum", "value", "bill"})
_NOT_TELLING = frozenset({"its", "their", "his", "her", "the", "a", "an", "estimated", "total", "so", "far"})
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_YEAR = re.compile(r"^(19|20)\d\d$")
_COMPARISON = re.compile(
    r"\b(times (the|as|what)|than|compared (with|to)|as (much|many|large|big) as)\b", re.IGNORECASE
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# what might be, not what is: "the worst possible leak", "its capacity"
_POSSIBILITY = frozenset({"possible", "potential", "worst", "maximum", "likely", "capacity", "scenario"})
_OWNER = re.compile(r"[^\W\d_]+(?=['’]s\b)", re.UNICODE)  # "BP's", "the spill's": whose, not what
# words that say a figure is an estimate of a quantity, or which estimate, not what is measured; a bound
# ("high-end rate", "minimum") or one method's result ("measurements") is not the estimate itself
_ESTIMATE_WORDS = frozenset(
    {"estimate", "estimates", "figure", "figures", "calculation", "calculations", "assessment", "projection",
     "guess", "rate", "volume", "amount", "level", "best", "official", "original", "initial", "latest", "new",
     "own", "current", "estimated"}
)  # fmt: skip


def find_conflicts(entries: list[Entry], series: list[FigureSeries]) -> list[Conflict]:
    """Every disagreement found, figures first, then dates, then stances."""
    return [*_figure_conflicts(series), *_date_conflicts(entries), *stance_conflicts(entries)]


# --- figures --------------------------------------------------------------------------------------


def interval(point: SeriesPoint) -> tuple[float, float]:
    """The values a figure allows: its range, opened by "more than"/"up to", widened if approximate."""
    figure = point.figure
    low, high = figure.value, figure.upper if figure.upper is not None else figure.value
    if figure.qualifier in _LOWER_BOUNDS:
        high = math.inf
    if figure.qualifier in _UPPER_BOUNDS:
        low = 0.0
    if _VAGUE_WORDS & set(figure.text.lower().split()):
        high = math.inf  # "thousands of people", "tens of thousands": at least so many, no upper bound said
    if figure.approximate:
        low, high = low * (1 - APPROXIMATION), high * (1 + APPROXIMATION)
    return low, high


def _figure_conflicts(series: list[FigureSeries]) -> Iterator[Conflict]:
    for one, points in _rates_joined_by_their_words(series):
        if figure_kinds.is_measure(one.kind) or (_not_about_now(one) and not _a_rate(one)):
            continue
        moments: dict[tuple[str, str], list[SeriesPoint]] = defaultdict(list)
        comparable = [point for point in points if point.claim_date and _comparable(point)]
        if _not_about_now(one):  # a rate with no predicate: only figures that name what they measure
            comparable = [point for point in comparable if point.figure.thing]
        for point in _without_breakdowns(comparable):
            moments[(point.claim_date or "", point.figure.period or "")].append(point)
        for same_moment in moments.values():
            yield from _disagreeing(one, _distinct_claims(same_moment), points)


def _rates_joined_by_their_words(series: list[FigureSeries]) -> list[tuple[FigureSeries, list[SeriesPoint]]]:
    """Each series with its points, a rate whose parse found no predicate moved to the series its own
    words name: "Scientists ... have pegged the spill's volume at about 70,000 barrels per day" is the
    leak that "BP has been estimating ... at a rate of 5,000 barrels per day" measures (bpoil_reuters,
    20 May 2010), though "volume" stands under no verb that says so."""
    by_key = {(one.kind, one.predicate, subject_key(one.subject)): one for one in series}
    points: dict[str, list[SeriesPoint]] = {one.id: [] for one in series}
    for one in series:
        for point in one.points:
            named = _predicate_named(point.figure.thing) if _a_rate(one) else ""
            target = by_key.get((one.kind, named, subject_key(one.subject))) if named else None
            home = target if target is not None and named not in _NOT_A_CLAIM_ABOUT_NOW else one
            points[home.id].append(point)
    return [(one, points[one.id]) for one in series]


def _predicate_named(thing: str) -> str:
    """The one predicate class the words of what a figure measures name ("the spill's volume": leaking,
    "its capacity": none), "possible" for a possibility ("the worst possible leak"), "" when they name
    none or more than one."""
    words = _WORD.findall(thing.lower())
    if _POSSIBILITY & set(words):
        return "possible"  # "the worst possible leak": what might be, not what is
    classes = {name for word in words if (name := class_of_word(word))}
    return classes.pop() if len(classes) == 1 else ""


def _names_the_quantity(point: SeriesPoint, predicate: str) -> bool:
    """Whether what a rate is said to be is only the series' own quantity: an estimate of it, whose it
    is, or a word of its own predicate ("BP's estimate", "the flow", "the rate of leak", "the spill's
    volume", "the team's best estimate"), not another thing ("capacity", "skimming capacity")."""
    thing = point.figure.thing
    owners = {word.lower() for word in _OWNER.findall(thing)}
    words = [w for w in _WORD.findall(thing.lower()) if w not in owners and w not in STOP_WORDS and w != "s"]
    own = [w for w in words if w in _ESTIMATE_WORDS or (predicate and class_of_word(w) == predicate)]
    return bool(thing) and len(own) == len(words)


def _without_breakdowns(points: list[SeriesPoint]) -> list[SeriesPoint]:
    """Leave out the parts of a breakdown: "Three people died in El Salvador ..., two others were killed
    in ... Guatemala and five people were swept away ... in Nicaragua" gives parts of a total ("At least
    ten people were killed in Central America"), not rival counts of one thing."""
    per_sentence = Counter(_part_key(point) for point in points)
    return [point for point in points if per_sentence[_part_key(point)] == 1]


def _part_key(point: SeriesPoint) -> tuple[str, str, str, str]:
    """Figures of one sentence by one claimant that name the same thing (or none) are parts of one
    breakdown, or one claim revised in the sentence ("1,000 barrels a day before revising upwards to
    5,000"); a best estimate and a high-end rate of one sentence are two things."""
    return (*_sentence_key(point), _claimant_of(point), _head_word(point.figure.thing))


def _sentence_key(point: SeriesPoint) -> tuple[str, str]:
    document = point.mention.document if point.mention else point.entry_id
    return document, " ".join(_sentence(point).split()[:12])


def _a_rate(one: FigureSeries) -> bool:
    """ "barrels per day" with no predicate: a figure that names what it measures ("BP's estimate",
    "the team's best estimate") says what it is about without one."""
    return one.predicate == "" and " per " in one.kind and not figure_kinds.is_currency(one.kind)


def _not_about_now(one: FigureSeries) -> bool:
    """Plans, possibilities and figures that do not say what happened to what they count. A death toll
    whose kind alone says the fate ("people killed") is not compared either: what such tolls count
    differs in ways the series does not read (one town's dead or the whole quake's, one country's or the
    world's, an early estimate retold beside a later one). Compared, they gave no real dispute in 11
    judged blind (haiti_bbc seed 121: 0 of 2; H1N1_reuters seed 123: 0 of 9)."""
    return one.predicate in _NOT_A_CLAIM_ABOUT_NOW


def _comparable(point: SeriesPoint) -> bool:
    """A figure that says what it counts and is not a look back at an earlier estimate, a count taken
    as known or a figure of another year's event."""
    if not point.figure.counted or _retrospective(point) or _given_count(point):
        return False
    return not _other_year(point)


def _sentence(point: SeriesPoint) -> str:
    return point.mention.sentence or point.mention.text if point.mention else ""


def _retrospective(point: SeriesPoint) -> bool:
    return bool(_RETROSPECTIVE.search(_sentence(point))) or _set_in_an_earlier_month(point)


def _set_in_an_earlier_month(point: SeriesPoint) -> bool:
    """A sentence that opens by placing itself in an earlier month than its claim date tells what was
    said then: "In early August, in its final estimate of the spill's flow, the government said it was
    gushing 2.6 million gallons per day" (bpoil_foxnews, 7 October 2010) is August's estimate, no rival
    of a figure said in October. Only the opening phrase dates the sentence; a month inside it ("since
    the April 20 explosion") does not."""
    opening = _OPENING_MONTH.match(_sentence(point).lstrip())
    day = _DAY.match(point.claim_date or "")
    if opening is None or day is None:
        return False
    return MONTH_NAMES.index(opening.group(1).lower()) + 1 < int(day.group(2))


def _other_year(point: SeriesPoint) -> bool:
    """A sentence that names another year than the claim's: "In 1946, a M8.1 quake ... produced a
    tsunami that killed almost 2,000 people" is about another event than a 2010 death toll. A year
    only in a comparison after the figure does not date it: "Even at the minimum estimated rate of
    35,000 bpd, the ruptured well has dumped ... -- nearly eight times the amount that the Exxon Valdez
    spilled ... in 1989" is a 2010 rate."""
    year = (point.claim_date or "")[:4]
    years = {word for word in _NUMBER.findall(_own_part(point)) if _YEAR.match(word)}
    return bool(year) and any(other != year for other in years)


def _own_part(point: SeriesPoint) -> str:
    """The sentence up to the first comparison after the figure ("eight times the amount that",
    "more than", "compared with"): what follows is measured against, not told."""
    sentence = _sentence(point)
    at = sentence.find(point.figure.text)
    if at < 0:
        return sentence
    comparison = _COMPARISON.search(sentence, at + len(point.figure.text))
    return sentence[: comparison.start()] if comparison else sentence


def _distinct_claims(points: list[SeriesPoint]) -> list[SeriesPoint]:
    """One point per claimant and range: a claim repeated by many reports is one claim."""
    seen: dict[tuple[str, tuple[float, float]], SeriesPoint] = {}
    for point in points:
        seen.setdefault((_claimant_of(point), interval(point)), point)
    return list(seen.values())


def _claimant_of(point: SeriesPoint) -> str:
    """The claimant, or for an unattributed figure the report that states it."""
    if point.claimant:
        return point.claimant
    return f"document {point.mention.document}" if point.mention else point.entry_id


def _disagreeing(one: FigureSeries, points: list[SeriesPoint], told: list[SeriesPoint]) -> Iterator[Conflict]:
    """Pairs of `points` (one moment) that disagree; `told` holds every figure of the series, look
    backs included, where a source's own revision is found: a pair one of whose figures its own source
    revised to agree with the other is shown as that revision, not as a dispute."""
    revisions: set[str] = set()
    for first, second in combinations(points, 2):
        if _claimant_of(first) == _claimant_of(second) or _one_report_and_unattributed(first, second):
            continue
        if not (first.claimant or second.claimant):
            continue  # two articles' own figures: no source stands behind either
        if first.figure.by_writer or second.figure.by_writer:
            continue  # a writer's number beside a report: no source to disagree
        if not _same_thing(first, second, one.predicate) or subject_key(first.figure.subject) != subject_key(
            second.figure.subject
        ):
            continue
        if _one_sentence(first, second):
            continue  # two figures of one sentence ("316 dead birds ... outnumber the 31 surviving birds")
        (low_a, high_a), (low_b, high_b) = interval(first), interval(second)
        if not (high_a < low_b or high_b < low_a) or _far_apart(first, second):
            continue
        revised = [
            _figure_revision(one, held, later)
            for held, other in ((first, second), (second, first))
            if (later := _revised_by_its_source(held, other, told)) is not None
        ]
        if not revised:
            yield _figure_conflict(one, first, second)
        for revision in revised:
            if revision.id not in revisions:
                revisions.add(revision.id)
                yield revision


def _revised_by_its_source(
    held: SeriesPoint, other: SeriesPoint, told: list[SeriesPoint]
) -> SeriesPoint | None:
    """The figure, if any, by which the report of `held` goes on to tell its own source giving, before
    `other` is told, a figure of the series that agrees with `other` and not with `held`: a chronology's
    "US coast guard remote underwater cameras report the well is leaking 1,000 barrels ... per day",
    then "The coast guard says the flow of oil is 5,000 bpd, five times greater than first estimated",
    then "BP confirms ... the 5,000 bpd leaking" (bpoil_guardian, 22 July 2010). The lines of a
    chronology stand in the order of their days, so the 1,000 was revised by its source, not disputed
    by BP, though the page gives all three one day. Only a later line of the same report counts: who
    revised what when across reports is not read."""
    if held.mention is None or not held.claimant:
        return None
    document = held.mention.document
    before = other.figure.start if other.mention and other.mention.document == document else math.inf
    low, high = interval(other)
    for later in told:
        if later.mention is None or later.mention.document != document or not later.claimant:
            continue
        if not held.figure.start < later.figure.start < before:
            continue
        if not _one_source(held.claimant, later.claimant):
            continue
        (low_l, high_l), (low_h, high_h) = interval(later), interval(held)
        if low_l <= high and low <= high_l and (high_l < low_h or high_h < low_l):
            return later
    return None


def _one_source(first: str, second: str) -> bool:
    """ "US coast guard remote underwater cameras" and "The coast guard": the shorter name's words all
    in the longer one's."""
    one, other = ({w for w in _WORD.findall(name.lower()) if w not in STOP_WORDS} for name in (first, second))
    return bool(one and other) and (one <= other or other <= one)


def _far_apart(first: SeriesPoint, second: SeriesPoint) -> bool:
    """Figures more than `MAX_RATIO` times apart are rarely rival estimates of one thing: "Quake killed
    116 people" (a fact box of past quakes) is not a rival of the Red Cross's 45,000-50,000 dead."""
    values = sorted(point.figure.upper or point.figure.value for point in (first, second))
    return values[0] > 0 and values[1] / values[0] > MAX_RATIO


def _same_thing(first: SeriesPoint, second: SeriesPoint, predicate: str) -> bool:
    """Sums and measures are about one thing only when they name the same thing: a fund and a fine,
    or a terminal's loadings and a country's output, are not compared."""
    rate = " per " in first.figure.kind and not figure_kinds.is_currency(first.figure.kind)
    if rate and all(_names_the_quantity(p, predicate) for p in (first, second)):
        return True  # "BP's estimate of 5,000 barrels" and "the flow ranges from 12,000 barrels"
    if first.figure.thing or second.figure.thing:
        same = _head_word(first.figure.thing) == _head_word(second.figure.thing)
        return same and not _general_costs_of_others(first, second)
    if figure_kinds.is_measure(first.figure.kind) or " per " in first.figure.kind:
        return True  # "barrels a day" and "barrels a day of oil" measure one flow
    # counts: soldiers sent are not police stationed, children sent are not families fed, surviving
    # birds are not dead ones
    same = _head_word(first.figure.counted) == _head_word(second.figure.counted)
    return same and not _modifiers_differ(first, second)


def _one_sentence(first: SeriesPoint, second: SeriesPoint) -> bool:
    """Whether both figures come from the same sentence (one article or a copy of it in another)."""
    if first.mention is None or second.mention is None:
        return False
    one = first.mention.sentence or first.mention.text
    other = second.mention.sentence or second.mention.text
    return one.split()[:12] == other.split()[:12]


def _modifiers_differ(first: SeriesPoint, second: SeriesPoint) -> bool:
    """ "31 surviving birds" and "491 birds ... collected dead" count different things: a word that
    narrows what one side counts must appear in the other side's sentence ("316 dead birds" and "491
    birds ... collected dead" may count the same)."""
    for one, other in ((first, second), (second, first)):
        narrowing = set(_WORD.findall(one.figure.counted.lower())[:-1])
        said = other.mention.sentence or other.mention.text if other.mention else other.figure.counted
        if narrowing and not narrowing & set(_WORD.findall(said.lower())):
            return True
    return False


def _general_costs_of_others(first: SeriesPoint, second: SeriesPoint) -> bool:
    """ "a huge US-wide recall of the product ... at an estimated cost of $100million" and "BP said that its
    costs so far ... had risen to $2bn": a word as general as "cost" names one thing only with what it is
    the cost of; two such things that share no other word are not the same sum."""
    if _head_word(first.figure.thing) not in _GENERAL_SUMS:
        return False
    one, other = (set(_WORD.findall(p.figure.thing.lower())[:-1]) - _NOT_TELLING for p in (first, second))
    return not one & other


def _given_count(point: SeriesPoint) -> bool:
    """ "BP has managed to seal the smallest of the three leaks", "seal one of three leaks": a count
    the sentence takes as known (the set a part is taken from), not one it claims."""
    figure = point.figure
    if (
        figure_kinds.is_currency(figure.kind)
        or figure_kinds.is_measure(figure.kind)
        or " per " in figure.kind
    ):
        return False
    given = re.compile(
        rf"\b(?:of the|(?:one|two|three|four|five|\d+) of(?: the)?)\s+{re.escape(figure.text)}", re.IGNORECASE
    )
    return bool(given.search(_sentence(point)))


def _head_word(text: str) -> str:
    words = _WORD.findall(text.lower())
    return figure_kinds.singular_of(words[-1]) if words else ""


def _one_report_and_unattributed(first: SeriesPoint, second: SeriesPoint) -> bool:
    """An article setting its own figure beside a source's is context, not two sources disagreeing."""
    same = first.mention is not None and second.mention is not None
    same = same and first.mention.document == second.mention.document  # type: ignore[union-attr]
    return same and not (first.claimant and second.claimant)


def _figure_conflict(one: FigureSeries, first: SeriesPoint, second: SeriesPoint) -> Conflict:
    period = f" ({first.figure.period})" if first.figure.period else ""
    description = (
        f"{one.label} on {first.claim_date}{period}: {who(first.claimant)} says {_said(first)}, "
        f"{who(second.claimant)} says {_said(second)}; the figures do not overlap"
    )
    return _figure_pair("figure", description, one, first, second)


def _figure_revision(one: FigureSeries, held: SeriesPoint, later: SeriesPoint) -> Conflict:
    """A source's figure and its own later one: shown as a revision, not a dispute."""
    description = (
        f"revision: {one.label}: {who(held.claimant)} says {_said(held)}, then {who(later.claimant)} "
        f"says {_said(later)}, later in the same report"
    )
    return _figure_pair("revision", description, one, held, later)


def _figure_pair(
    kind: str, description: str, one: FigureSeries, first: SeriesPoint, second: SeriesPoint
) -> Conflict:
    return Conflict(
        id=conflict_id(kind, first.entry_id, second.entry_id, first.figure.text, second.figure.text),
        kind=kind,
        description=description,
        first=_figure_side(first),
        second=_figure_side(second),
        series_id=one.id,
    )


def _said(point: SeriesPoint) -> str:
    """ "5,000 bpd (BP's estimate)": the figure and, where it names one, what it is of."""
    thing = point.figure.thing
    return f"{point.figure.text} ({thing})" if thing and thing not in point.figure.text else point.figure.text


def _figure_side(point: SeriesPoint) -> ConflictSide:
    mention = point.mention
    return ConflictSide(
        entry_id=point.entry_id,
        source=point.claimant,
        stance=point.stance,
        date=point.claim_date,
        text=point.figure.text,
        document=mention.document if mention else "",
        path=mention.path if mention else "",
        start=point.figure.start,
        end=point.figure.end,
    )


# --- dates ----------------------------------------------------------------------------------------


def _date_conflicts(entries: list[Entry]) -> Iterator[Conflict]:
    """Alike reports of one event on two days; a pattern seen on three or more days is a routine."""
    dated = [entry for entry in entries if _names_its_day(entry)]
    matches = list(_differently_dated_matches(dated))
    partner_days: dict[int, set[str | None]] = defaultdict(set)
    for first, second in matches:
        partner_days[first].add(dated[second].date)
        partner_days[second].add(dated[first].date)
    for first, second in matches:
        alone = len(partner_days[first]) == 1 and len(partner_days[second]) == 1
        one, other = dated[first], dated[second]
        if alone and not _year_guessed(one, other) and not _each_its_own_occasion(one, other):
            yield _date_conflict(one, other)


def _year_guessed(first: Entry, second: Entry) -> bool:
    """The same day and month in different years: a year-less "July 20" given the wrong year, or a
    past event dated after the report that tells it. Neither is a source disagreeing."""
    if (first.date or "")[4:] == (second.date or "")[4:]:
        return True
    return _after_its_report(first) or _after_its_report(second)


def _each_its_own_occasion(first: Entry, second: Entry) -> bool:
    """ "This Prom will be repeated on Saturday 12 September" (reported in September 2009) and "This Prom
    is repeated on Monday 23 August" (August 2010): each report dates an occasion near its own day, and
    the two lie months apart, so they tell two occasions alike, not one event dated twice."""
    pairs = [(calendar_day(entry.date), _reported_on(entry)) for entry in (first, second)]
    known = [(day, when) for day, when in pairs if day is not None and when is not None]
    if len(known) != 2:
        return False
    near = all(abs((day - when).days) <= _OWN_OCCASION_DAYS for day, when in known)
    return near and abs((known[0][0] - known[1][0]).days) > 2 * _OWN_OCCASION_DAYS


def _reported_on(entry: Entry) -> date | None:
    published = [m.publication_date for m in entry.mentions if m.publication_date is not None]
    return min(published) if published else None


def _after_its_report(entry: Entry) -> bool:
    if entry.tense != Tense.PAST or not entry.date:
        return False
    reported = _reported_on(entry)
    return reported is not None and entry.date > reported.isoformat()


def _differently_dated_matches(dated: list[Entry]) -> Iterator[tuple[int, int]]:
    signatures = [signature(_as_event(entry)) for entry in dated]
    keys = [sig.word_keys for sig in signatures]
    for index, candidates in _candidates(keys):
        entry = dated[index]
        for other_index in candidates:
            other = dated[other_index]
            if other.date == entry.date or _documents(other) & _documents(entry):
                continue
            if _reports_its_own_day(entry) and _reports_its_own_day(other):
                continue
            if _other_numbers(entry) != _other_numbers(other):
                continue
            if sentence_similarity(signatures[index], signatures[other_index]) >= SAME_EVENT:
                yield other_index, index


def _names_its_day(entry: Entry) -> bool:
    """Dated to the day by the text itself ("on 20 April", "April 20"), not by the report's date."""
    match = _DAY.match(entry.date or "")
    if match is None or entry.date_inferred:
        return False
    month = MONTH_NAMES[int(match.group(2)) - 1]
    day = str(int(match.group(3)))
    pattern = re.compile(rf"\b({day}(st|nd|rd|th)? {month}|{month} {day}(st|nd|rd|th)?)\b", re.IGNORECASE)
    return bool(pattern.search(entry.summary)) and len(_ANY_DAY.findall(entry.summary)) == 1


def _other_numbers(entry: Entry) -> set[str]:
    """Numbers besides the date ("p30", "Day 34"): routines differ in them, retellings do not."""
    without_dates = _ANY_DAY.sub(" ", entry.summary)
    return {n for n in _NUMBER.findall(without_dates) if not _YEAR.match(n)}


def _reports_its_own_day(entry: Entry) -> bool:
    """Dated the day it was reported: a daily round-up ("A summary of events on Tuesday, May 25"),
    where two reports of different days say alike things about different days."""
    day = date.fromisoformat(entry.date or "")
    return any(
        m.publication_date is not None and abs((m.publication_date - day).days) <= 1 for m in entry.mentions
    )


def _as_event(entry: Entry) -> Event:
    return Event(
        document_id="",
        start=0,
        end=0,
        text=entry.summary,
        summary=entry.summary,
        date=entry.date,
        date_inferred=entry.date_inferred,
        tense=entry.tense,
        actors=entry.actors,
        figures=entry.figures,
    )


def _documents(entry: Entry) -> set[str]:
    return {mention.document for mention in entry.mentions}


def _candidates(keys: list[frozenset[str]], minimum: int = 2) -> Iterator[tuple[int, list[int]]]:
    """For each item, the earlier items sharing at least `minimum` telling keys, most shared first."""
    postings: dict[str, list[int]] = defaultdict(list)
    for index, item_keys in enumerate(keys):
        # sorted, not a set's order (hashing varies it run to run): it breaks `most_common`'s ties
        postings_of = [postings[key] for key in sorted(item_keys) if len(postings[key]) < MAX_POSTING]
        shared = Counter(other for posting in postings_of for other in posting)
        yield index, [other for other, count in shared.most_common(MAX_CANDIDATES) if count >= minimum]
        for key in item_keys:
            postings[key].append(index)


def _date_conflict(first: Entry, second: Entry) -> Conflict:
    description = (
        f"the same event ({shortened(first.summary)}) is dated {first.date} by "
        f"{who(source_of(first) or report_of(first))} and {second.date} by "
        f"{who(source_of(second) or report_of(second))}"
    )
    return Conflict(
        id=conflict_id("date", first.id, second.id),
        kind="date",
        description=description,
        first=entry_side(first),
        second=entry_side(second),
    )

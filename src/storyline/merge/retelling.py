"""Whether a sentence retells an event an overview already shows: words, days, figures, phases.

An overview also leaves out an entry whose sentence is `alike` one already
chosen: a story's defining event is retold in the background of most of its
articles ("oil has been gushing since the rig exploded on 20 April and sank"),
each retelling a little differently and dated by its own article, so the
merge keeps some apart; the reader needs it once. Two entries whose reports
each give their time in their own words ("late on Tuesday", "Last week"), times
that lie wholly apart (a week more than a day apart: each "last week" counts
from its own article), tell two occasions (the WHO's alert raised to four on
28 April and the pandemic it declared in June). Two entries dated the same day
in their words need less in common (`ALIKE_SAME_DAY`): "Eleven workers were
killed in the explosion ... on 20 April" and "Oil has been spewing ... since
the rig ... exploded ... on 20 April" share 0.22 of their weighted words; a sentence that gives its
day in words beside an entry of another day asks the full `ALIKE` (Obama's tour "On Friday", 28 May,
and his criticism of BP's chief executive, 8 June, share only "President Barack Obama": 0.25; the low
threshold held back bpoil_bbc's tour and plumes, H1N1_bbc's 27 UK cases of 4 May for the vaccine strain
of 28 May, haiti_bbc's 16-year-old pulled alive on 27 January for Mia's rescue three days before). So
do two entries of one day that one article reports: "the virus might mutate in the southern hemisphere
over its winter" and "poorer nations, especially those in the southern hemisphere now heading into
their winter season, face the greatest risk" (0.36, one 11 June article's two sentences). So do two
entries whose times are one, a day inside the other's week or month (`ALIKE_ONE_TIME`): an event is
dated at each precision its reports give ("the declaration of a pandemic" on 11 June and "Last week,
the WHO declared the outbreak a pandemic" share 0.31). Alike means sharing the
words that few of the collection's articles use (an inverse document
frequency kept by ingest, `similarity.DocumentFrequency`): "BP", "oil" and
"Gulf" are in every report of an oil-spill story and tell none apart. An opening
that a comma, colon, semicolon or dash sets off before the words that tell a shown event is its
background: an entry whose word for its event stands there alone is weighed against the rest
(`Told._what_tells`: "The man expected to replace Mr Hayward, BP Managing Director Bob Dudley, took
over the day-to-day operations" does not tell Hayward's replacement). Nor do the names of whom and
where they tell alone: "Margaret Chan said the outbreak was a "health emergency of international
concern"" (26 April) and her word on the pandemic's declaration (11 June) share only her name.
Nor are two sentences that each tell an operation by a phase the other does not name (`_PHASES`: began,
failed, successful, suspended, resumed), each by its word for its event or by the words a saying reports:
"Previous attempts by BP to stem the flow of oil have all failed" is no retelling of "The top kill
attempt, which began on Wednesday, involves pumping heavy drilling fluids ...", nor "BP says "static
kill" of well successful" of its start the day before; the words that describe the operation ("top
kill", "pump", "heavy", "oil flow") tell which operation, not what happened to it.
Sentences that both give numbers, none of them the same, are not alike: a flow
estimate that grew from 5,000 to 12,000 barrels a day, or cases that rose from
18 to 1,562, are news twice (dates' days and years do not count); a count
written in words is a number ("raised its alert ... from three to four", "to
five"), a duration is not ("sank two days later"); a change "from five to six" gives the figure it
reached, not the one it left (the raise to phase six is not the raise to five). A sentence that
gives a shown one's figures, all of them, and tells its event by a word the shown one uses needs
less still (`ALIKE_SAME_COUNT`), however far its article dates it: "Two months after an explosion
... killed 11 people, Panorama's Hilary Andersson tells the story" (6 July) retells "Eleven workers
were killed in the explosion ... on 20 April" (0.27 of their weighted words). An entry of a
day next to a shown one's (or inside its week or month) retells it too when another of its reports
gives one of the shown sentence's figures and shares what its own sentence would need: each article
words an event its own way, "A containment device lowered over the well ... had to be moved on
Saturday" (8 May, 0.16 of the weighted words of "A 98-tonne concrete-and-steel funnel lowered 5,000
ft", 9 May) and "the 98-tonne concrete-and-steel box had to be moved" (0.24, and the 98). A sentence
left out as a retelling keeps its words in play, so that the next retelling, worded
like it rather than like the one shown, is left out too.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from datetime import date, timedelta

from storyline.analyse.reporting import CUE_VERBS, is_cue_form
from storyline.analyse.timex.calendar import PAST, add_days, weekday_near
from storyline.analyse.timex.lexicon import WEEKDAYS
from storyline.merge.similarity import DocumentFrequency, predicate_key, telling_stems
from storyline.merge.view_lines import DAY_WORDS, shows_its_sentence
from storyline.model import Entry, Mention
from storyline.timevalue import bounds

ALIKE = 0.36  # weighted overlap of two sentences' words from which they retell one event
ALIKE_SAME_DAY = 0.2  # the same, for two entries dated the same day
TELLING_WEIGHT = 0.1  # a word's weight from which it tells something ("oil" in an oil-spill story: 0.007)
ALIKE_ONE_TIME = 0.25  # the same, for two entries whose times are one (a day and its week or month)
ALIKE_SAME_COUNT = 0.15  # the same, for a sentence with a shown one's figures and its word for the event
ONE_TIME = timedelta(days=30)  # the longest time (first day to last) that holds a day as one time with it
TOUCHING = timedelta(days=1)  # a week in words this near another time is one with it
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
_NUMBER = re.compile(rf"(?:{_MONTH}\s+)?(?<![\w.,])(\d(?:[\d,.]*\d)?)(?:\s+{_MONTH})?", re.IGNORECASE)
# between two parts of a sentence: a comma, semicolon, colon (not a time's: "at 14:25 local time"), dash
_BREAK = re.compile(r",\s|;|(?<!\d):(?!\d)|\s[-–—]\s")
_DATE = re.compile(rf"{_MONTH}|^(?:1[89]|20)\d\d$", re.IGNORECASE)  # a day with its month, a year
COHERENT = 0.3  # overlap with an entry's sentence from which an article's report tells its event
_COUNTS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
_DURATION = r"\s+(?:days?|weeks?|months?|years?|hours?)\b"  # "sank two days later": a time, not a count
# counts written in words ("from three to four"); "one" is a pronoun too
_COUNT_WORDS = re.compile(rf"\b({'|'.join(_COUNTS)})\b(?!-|{_DURATION})", re.IGNORECASE)
# what each count word gives; a match may spell a letter its own way ("ſix", "sıx": re's case
# folding), so a match is looked up, not assumed to be one of `_COUNTS`
_COUNT_VALUES = {word: str(value) for value, word in enumerate(_COUNTS, start=2)}
# the words for each phase of an operation ("began", "failed", "succeeded", "resumed"): two sentences
# that tell one operation, each by a phase the other does not name, tell two happenings; "stop", "halt"
# and "end" are left out, as often the operation's aim ("to try to halt the oil flow") as its phase, and
# "worked", whose stem is the noun's ("work on a relief well got under way") and the toil's ("engineers
# worked through the night")
_PHASES = tuple(
    telling_stems(words)
    for words in (
        "begin began begun started start launched launch commenced",
        "failed failure abandoned collapsed unsuccessful",
        "succeeded successful success",
        "suspended paused",
        "resumed restarted",
    )
)
# the reporting verbs' keys: a sentence told by one tells its event by the words it reports ("BP says
# "static kill" of well successful")
_SAYING = frozenset(map(predicate_key, CUE_VERBS))
# the figure a change left ("from phase five to six", "from 18 to 1,562")
_FROM_FIGURE = re.compile(rf"\bfrom\s+(?:[a-z]+\s+)?(?:\d[\d,.]*|{'|'.join(_COUNTS)})\s+to\s+", re.IGNORECASE)


class Told:
    """A chosen entry's sentence: its words, each with its weight, and the numbers it gives."""

    __slots__ = (
        "_numbers",
        "articles",
        "clause",
        "clause_norm",
        "days",
        "key",
        "names",
        "norm",
        "reports",
        "sentence",
        "span",
        "weights",
        "when",
    )

    def __init__(
        self,
        weights: dict[str, float],
        sentence: str,
        span: tuple[date, date] | None = None,
        when: tuple[date, date] | None = None,
        key: str = "",
        days: frozenset[date] = frozenset(),
        articles: frozenset[str] = frozenset(),
    ) -> None:
        self.weights = weights
        self.articles = articles  # the articles that report it
        self.sentence = sentence
        self._numbers: frozenset[str] | None = None  # read when first asked (`sentence_numbers`)
        self.key = key  # the predicate key of the words that tell its event (`event_key`)
        self.days = days  # the days its reports name (`named_days`)
        self.span = span  # the time its reports give in their own words (`main_events._written_span`)
        self.when = when  # the entry's time, however it was found
        self.norm = math.sqrt(math.fsum(weights.values()))  # in any order the stems' set gives
        self.reports: tuple[Told, ...] = ()  # the entry's other reports that tell its event alike
        self.names: frozenset[str] = frozenset()  # the stems of the names of whom and where it tells
        self.clause = weights  # the words of the clause that tells its event (`_own_clause`), weighed
        self.clause_norm = self.norm

    @property
    def numbers(self) -> frozenset[str]:
        """The numbers the sentence gives (`sentence_numbers`), read once and only when asked: most
        sentences an overview weighs (each report's, for `main_events._telling_articles`) are only
        measured by their words."""
        if self._numbers is None:
            self._numbers = sentence_numbers(self.sentence)
        return self._numbers

    def gives_other_numbers(self, other: Told) -> bool:
        """Whether both sentences give numbers, none of them the same: another count or sum, news of
        its own ("Ninety-five new swine flu cases ... to 289" of 18 June is not "Another nine UK cases
        ... taking the total to 27" of 4 May, however alike their words)."""
        return bool(self.numbers and other.numbers and self.numbers.isdisjoint(other.numbers))

    @classmethod
    def of(cls, entry: Entry, words: DocumentFrequency, span: tuple[date, date] | None) -> Told:
        """The entry's sentence, its reports and the names it tells; `span`: the time its reports give
        in their own words (`main_events._written_span`)."""
        days = frozenset(day for mention in entry.mentions for day in named_days(mention))
        told = cls.of_sentence(entry.summary, words, span, bounds(entry.date), event_key(entry), days)
        told.articles = frozenset(mention.document for mention in entry.mentions)
        told.reports = told._own_reports(entry, words)
        source = [entry.attribution.source] if entry.attribution else []
        told.names = telling_stems(" ".join((*entry.actors, *entry.places, *source)))
        clause = _own_clause(entry)
        if clause is not None:
            told.clause = {word: words.weight(word) for word in telling_stems(clause)}
            told.clause_norm = math.sqrt(math.fsum(told.clause.values()))
        return told

    def _own_reports(self, entry: Entry, words: DocumentFrequency) -> tuple[Told, ...]:
        """The entry's reports, worded otherwise than its sentence, that tell its event alike it
        (`COHERENT`): "the 98-tonne concrete-and-steel box had to be moved, after ice-like crystals
        began accumulating inside it" beside "A containment device lowered over the well ... had to
        be moved on Saturday after ice-like crystals began accumulating inside it"."""
        written = {" ".join(entry.summary.lower().split())}
        reports = []
        for mention in entry.mentions:
            text = " ".join(mention.text.split())
            if text.lower() in written:
                continue
            written.add(text.lower())
            report = Told.of_sentence(text, words)
            if self.overlap(report) >= COHERENT:
                reports.append(report)
        return tuple(reports)

    @classmethod
    def of_sentence(
        cls,
        sentence: str,
        words: DocumentFrequency,
        span: tuple[date, date] | None = None,
        when: tuple[date, date] | None = None,
        key: str = "",
        days: frozenset[date] = frozenset(),
    ) -> Told:
        weights = {word: words.weight(word) for word in telling_stems(sentence)}
        return cls(weights, sentence, span, when, key, days)

    def overlap(self, other: Told) -> float:
        """How much of their words, weighed by rarity, two sentences share (0 to 1)."""
        return self._shares(other.weights, other.norm)

    def _shares(self, words: dict[str, float], norm: float) -> float:
        if not self.norm or not norm:
            return 0.0
        shared = math.fsum(weight for word, weight in self.weights.items() if word in words)
        return shared / (self.norm * norm)

    def _what_tells(self, other: Told) -> tuple[dict[str, float], float]:
        """The other's words (and their norm) that this sentence is weighed against: the other's
        sentence, or the clause that tells the other's event when this one's word for its event stands
        in the other's sentence only in an opening set off before that clause, background to the
        other's news ("The man expected to replace Mr Hayward, BP Managing Director Bob Dudley, took
        over the day-to-day operations in the Gulf last month" tells the taking over; "Mr Hayward is
        likely to be replaced by his American colleague, Bob Dudley" shares 0.395 of its sentence's
        weighted words and 0.05 of its clause's)."""
        if self.key and self.key in other.weights and self.key not in other.clause:
            return other.clause, other.clause_norm
        return other.weights, other.norm

    def shares_a_word(self, other: Told) -> bool:
        """Whether the two sentences share a word other than the names of whom and where they tell."""
        return not self.weights.keys() & other.weights.keys() <= self.names | other.names

    def alike(self, other: Told) -> bool:
        """Whether this sentence retells the other's event: enough of their weighted words shared
        (`_threshold`), and not names alone. Who speaks or acts is not what happened: "Margaret Chan
        said the outbreak was a "health emergency of international concern"" (26 April) and "WHO
        chief Dr Margaret Chan said the move did not mean the virus was causing more severe illness"
        (11 June) share only her name, 0.37 of their weighted words. One word besides the names tells a
        retelling only of a time near the other's: BP's report of 8 September, "BP shares blame over oil
        spill" (a headline, short, so "blame" weighs much), is not the executives who "traded blame in
        Congress" on 11 May (0.38; "oil", in every article of the story, tells nothing)."""
        threshold = self._threshold(other)
        words, norm = self._what_tells(other)
        if threshold is None or self._shares(words, norm) < threshold:
            return False
        told = self.weights.keys() & words.keys() - (self.names | other.names)
        telling = [word for word in told if self.weights[word] >= TELLING_WEIGHT]
        return len(telling) > 1 or (bool(told) and near(self.when, other.when))

    def _threshold(self, other: Told) -> float | None:
        """The share of weighted words from which this sentence retells the other's event; None when
        it cannot, whatever its words."""
        if self.gives_other_numbers(other):
            return None  # the count or the sum changed: news again
        if self.span and other.span and apart(self.span, other.span):
            return None  # each gives its own time in its words: the same kind of event another time
        if self._another_phase(other):
            return None  # one operation, another of its phases: its start and its failure are two news
        one_day = self._written_day_of(other) or self._one_day_one_article(other)
        threshold = ALIKE_SAME_DAY if one_day else ALIKE
        if _one_time(self.when, other.when):
            threshold = min(threshold, ALIKE_ONE_TIME)
        if self._retells_count(other) or self._retells_day(other) or self._same_articles(other):
            threshold = min(threshold, ALIKE_SAME_COUNT)
        return threshold

    def _another_phase(self, other: Told) -> bool:
        """Whether each sentence tells its event by a phase of an operation (`_PHASES`), or by a word
        of saying (`_SAYING`) that reports one, and neither names a phase the other does: "Previous
        attempts by BP to stem the flow of oil have all failed" shares "attempt", "flow" and "oil" with
        "The top kill attempt, which began on Wednesday, involves pumping heavy drilling fluids ...",
        and "BP says "static kill" of well successful" is not its start of the day before. A phase word
        that tells another event of the sentence does not count ("A containment device ... had to be
        moved on Saturday after ice-like crystals began accumulating inside it" retells "a huge
        containment dome ... fails on 8 May as the dome is blocked by frozen hydrate crystals")."""
        own, others = _phases(self.weights), _phases(other.weights)
        if not own or not others or not own.isdisjoint(others):
            return False
        return all(key in _SAYING or is_cue_form(key) or _phases((key,)) for key in (self.key, other.key))

    def retold_in_a_report(self, shown: Told) -> bool:
        """Whether another report of this entry retells the shown one's event, of a time near its
        own: it gives one of the shown sentence's figures and shares as much of its words as this
        sentence would need. Each article words an event its own way: "A containment device lowered
        over the well ... had to be moved on Saturday after ice-like crystals began accumulating"
        (8 May) shares 0.16 of its weighted words with "A 98-tonne concrete-and-steel funnel lowered
        5,000 ft" (9 May), and its other report, "the 98-tonne concrete-and-steel box had to be
        moved", gives the 98 and shares 0.24. The figure is what tells it: by words alone an entry's
        reports, which gather what its merge chained, would hold back haiti_bbc's "A powerful
        earthquake has hit ... Haiti" for "Thousands of people are feared dead". Only this entry's
        reports count: the shown one's hold its merge's strays too ("Thousands of people are feared
        dead" holds a report of the 7.0-magnitude quake, which they held back)."""
        threshold = self._threshold(shown)
        if threshold is None or not near(self.when, shown.when):
            return False
        return any(
            not report.numbers.isdisjoint(shown.numbers) and report.overlap(shown) >= threshold
            for report in self.reports
        )

    def _written_day_of(self, other: Told) -> bool:
        """Whether this sentence gives its day in its own words and the other entry is of that day or
        the next (`near`): one occasion told twice needs less in common ("Eleven workers were killed
        in the explosion ... on 20 April" and "since the rig ... exploded ... on 20 April"). Another
        day's entry does not: Obama's tour of the Gulf "On Friday" (28 May) shares 0.25 of its
        weighted words ("President Barack Obama") with his criticism of BP's chief executive (8 June),
        the scientists' underwater plumes (16 May) 0.24 with BP's leak video (20 May)."""
        written_day = self.span is not None and self.span[0] == self.span[1]
        return written_day and near(self.span, other.when)

    def _one_day_one_article(self, other: Told) -> bool:
        """Whether both are dated the same day and one article reports both: an article tells its
        day's event once as news, and a second sentence of its, worded alike, retells that event
        ("There is concern that the virus might mutate in the southern hemisphere over its winter"
        and "poorer nations, especially those in the southern hemisphere now heading into their
        winter season, face the greatest risk")."""
        same_day = self.when is not None and self.when[0] == self.when[1] and self.when == other.when
        return same_day and not self.articles.isdisjoint(other.articles)

    def _same_articles(self, other: Told) -> bool:
        """Whether the very same articles, two or more, report both: what two articles tell alike in
        two sentences is one finding told twice, once by the day it came out and once by the day it
        places the event ("The Obama administration blocked government scientists' efforts to inform
        the public of worst case scenarios, a draft report said" and "the White House budget office
        denied a request from [NOAA] to make public its worst-case estimate")."""
        return len(self.articles) >= 2 and self.articles == other.articles

    def _retells_count(self, other: Told) -> bool:
        """Whether this sentence gives the other's figures, all of them and no more, and tells its
        event with a word the other uses: a retelling of that event, however far from it its article
        dates it ("Two months after an explosion ... killed 11 people, Panorama's Hilary Andersson
        tells the story" of 6 July and "Eleven workers were killed in the explosion ... on 20
        April"). A count of one event is rarely the count of another one told the same way."""
        return (
            bool(self.numbers)
            and self.numbers == other.numbers
            and bool(self.key)
            and self.key in other.weights
        )

    def _retells_day(self, other: Told) -> bool:
        """Whether this sentence names the day the other gives its event in words and tells that
        event with the other's word for it: a clause of this sentence retells the other's event ("The
        rig had been burning for 36 hours when it sank on Thursday", marked on "burning", and "the
        rig exploded and sank" dated 22 April, that Thursday). One event is rarely told by the same
        word on the same day as another."""
        return (
            other.span is not None
            and other.span[0] == other.span[1]
            and other.span[0] in self.days
            and bool(other.key)
            and other.key in self.weights
        )


def _own_clause(entry: Entry) -> str | None:
    """The part of the entry's sentence from the last comma, colon, semicolon or dash before the words
    that tell its event: what comes before such a break may be another clause's background (a
    subject's apposition "The man expected to replace Mr Hayward, BP Managing Director Bob Dudley,
    took over ..."); None when the sentence has no such break before them."""
    for mention in entry.mentions:
        if mention.event_start is None or " ".join(mention.text.split()) != entry.summary:
            continue
        at = mention.event_start - mention.start
        begin = max((found.end() for found in _BREAK.finditer(mention.text, 0, at)), default=0)
        return mention.text[begin:] if begin else None
    return None


def _phases(stems: Iterable[str]) -> set[int]:
    """Which of the phases of an operation (`_PHASES`, by their place) the stems name."""
    return {at for at, phase in enumerate(_PHASES) if not phase.isdisjoint(stems)}


def apart(one: tuple[date, date], other: tuple[date, date]) -> bool:
    """Whether two times lie apart, by more than `TOUCHING` when either is longer than a day: a cap
    "placed ... last week" told on 8 June (the week of 31 May) and "earlier this month; by last week,
    it was collecting" told a week later (the week of 7 June) are one time, each week counted from its
    own article. Two days are apart however near: a plan approved on 1 June and another on 2 June."""
    slack = TOUCHING if one[0] < one[1] or other[0] < other[1] else timedelta(0)
    return one[1] + slack < other[0] or other[1] + slack < one[0]


def near(one: tuple[date, date] | None, other: tuple[date, date] | None) -> bool:
    """Whether two times of a month at most (`ONE_TIME`) touch: one holds the other, or they lie at
    most `TOUCHING` apart (the dome moved on 8 May and the funnel told on 9 May). A year holds too
    much news to tell one event by."""
    if one is None or other is None or max(one[1] - one[0], other[1] - other[0]) > ONE_TIME:
        return False
    return not (one[1] + TOUCHING < other[0] or other[1] + TOUCHING < one[0])


def _one_time(one: tuple[date, date] | None, other: tuple[date, date] | None) -> bool:
    """Whether two entries' times are one: a day (or a week) inside the other's week or month
    (`ONE_TIME` at most). One event is dated at each precision its reports give: the WHO's pandemic
    is "the declaration" on 11 June and "Last week, the WHO declared ..." a week on; BP's 5,000
    barrels a day is May's estimate and 8 May's flow. Two entries of one day are not asked less for
    it: a day holds many events ("Spain confirmed a case" and "cases in the UK have risen to 18")."""
    if one is None or other is None:
        return False
    inner, outer = sorted((one, other), key=lambda span: span[1] - span[0])
    longer = inner[1] - inner[0] < outer[1] - outer[0] <= ONE_TIME
    return longer and outer[0] <= inner[0] and inner[1] <= outer[1]


def sentence_numbers(sentence: str) -> frozenset[str]:
    """The numbers a sentence gives ("18", "1,562", "$3.5bn"), not those of its dates ("20 April",
    "in 2009"): a figure the extractor names or a bare count ("has risen to 18"). A change "from
    five to six" gives the figure it reached: the one it left is the news before."""
    sentence = _FROM_FIGURE.sub(" to ", sentence)
    figures = {match.group(1) for match in _NUMBER.finditer(sentence) if not _DATE.search(match.group(0))}
    spelt = {value for word in _COUNT_WORDS.findall(sentence) if (value := _COUNT_VALUES.get(word.lower()))}
    return frozenset(figures | spelt)


def named_days(mention: Mention) -> set[date]:
    """The days the report's sentence names in words, counted from its article's day."""
    if mention.publication_date is None:
        return set()
    published = mention.publication_date
    named = (_named_day(match.group(0), published) for match in DAY_WORDS.finditer(mention.text))
    return {day for day in named if day is not None}  # None: a day before the calendar's first


def _named_day(word: str, published: date) -> date | None:
    """The day a day word names in an article of `published`: "today", "tonight" and "this morning"
    its own, "yesterday" the one before, a weekday the last such day up to it ("sank on Thursday"
    in a Friday or a Monday article)."""
    word = word.lower()
    if word in WEEKDAYS:
        return weekday_near(published, WEEKDAYS[word], PAST)
    if word == "yesterday":
        return add_days(published, -1)
    return published


def event_key(entry: Entry) -> str:
    """The predicate key of the words that tell the event in the entry's own sentence."""
    for mention in entry.mentions:
        if mention.event_start is None or mention.event_end is None:
            continue
        if shows_its_sentence(entry, mention):
            words = mention.text[mention.event_start - mention.start : mention.event_end - mention.start]
            return predicate_key(words.lower())
    return ""

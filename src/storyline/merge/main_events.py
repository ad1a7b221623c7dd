"""The story's main events: the most salient entries, each real-world event once.

Merging joins reports one at a time, so one event can end up in two entries
when each gathered its own reports before they met (two chains of "the rig
exploded on 20 April"). A small collection is shown whole. When there are
more entries than the view holds, it is an overview of the whole story, and a
reader must not meet one event twice in it: an entry is left out when one
already chosen tells the same kind of event (predicate key of the words that
tell it) on the same day, or speaks with a sentence already shown (a
paragraph reprinted on pages of different days). The overview is also spread
over time: at most
`PER_DAY` events of one day, and one for a date known only to the week, month
or year (those are mostly background: "oil has damaged the coast since April").
Without the cap the best-told day fills the view with its facets (the rig
exploded, killed eleven, began the spill), each an entry of its own. The cap spreads the
view and never leaves it short: when each day has had its `PER_DAY` and room is
left, a second round takes up to `CROWDED` a day (H1N1_bbc's overview held 40
of its 55, while the WHO's "sustained ability" to pass from human to human and
the first person-to-person case in Germany waited behind a full day), and when every
day has had its `CROWDED` and room is still left, a third round takes up to `FULL_DAY` (H1N1_bbc's
overview held 52 of its 55 while the WHO's raise to phase five waited behind 1 May's three; haiti_bbc's
58 of 85 while the death toll rising to 110,000 and the first Briton to die waited). A day's place
is not kept by a running tally ("The oil leak has already soiled more than 110km ... of Louisiana's
coastline") from a named actor's deed of that day told as its news ("Later on Thursday, President
Barack Obama is expected to extend a moratorium ..."): the deed takes the tally's place
(`Overview._tally_to_replace`). Nor is a week's or month's one place kept by what its articles expected
of that time, told before it (`_place`: "not expected to be completed until August", told in June and
July), from what the articles of that time report (three-quarters of the oil gone, 4 August).

An overview also leaves out an entry whose sentence retells one already chosen (`retelling.Told`:
the words they share, weighed by rarity, the days and figures they give, the phases of an operation
they name): a story's defining event is retold in the background of most of its articles, and the
reader needs it once.

An entry that one article alone tells comes only when those that more than
one article tells fill less than half of the overview (articles that rarely
report one event): an overview of many articles shows what more than one of
them reports. When those still leave places (H1N1_bbc's overview held 53 of its 55, haiti_bbc's 71 of
85), they go to the news that one article leads with: a named actor's deed of a day, told in the
article's headline or lead paragraph ("Sameerah Ahmad died at Birmingham Children's Hospital on
Friday evening"; "The UN has begun a large-scale aid distribution in Haiti's capital"), not a caption,
an explainer or a comment a paragraph down; one of each article, the first it tells (the next
sentence of a lead gives the news's detail: Tokyo's first cases, then the two schoolgirls they were).
`--all` shows the rest.
(Leaving out sentences that open with a personal pronoun too was measured
and dropped: "He is thought to have picked up swine flu in Texas" is news,
and the overview of H1N1_bbc fell from AR-1 0.122 to 0.111 against
Timeline17's reference timelines without them.)

An overview also leaves out a line that is no news for it, whatever it holds already: history,
a quote's frame, a condition, a general truth, a box of figures, a writer's remark (`view_lines`);
nor a happening that a few articles mention beside the story (`off_the_story`): a kind of event
the collection rarely tells (its word in under `RARE_KIND` of the articles), about people its
sentence names, with no word of the story (none in `TOPIC` of them): "Manny Pacquiao knocked out
Britain's Ricky Hatton last weekend" held H1N1_bbc's week-end place, which the cases reported in
Las Vegas now take.

One event can also be two entries that cite the same sentences, each for
another of its facets ("exploded and sank in April, killing 11 workers" is a
report of the explosion and of the sinking): an entry that shares most of the
reports (`FACET`) of itself or of an entry shown adds no event to the overview, unless the two
sentences give other counts of times apart (`Overview._a_facet`): a merge chains a sentence of another
event into an entry, and "Two more people in London have been diagnosed" (30 April, six articles) was
held for the Alleyn's pupils' "Five of the nine diagnosed" (4 May), two of whose reports it took in.

Entries come in the order of their salience counted over the articles whose
reports are alike the entry's own sentence (`COHERENT`): a merge that chained
reports of different events by one word ("slowing" said of Mexico's epidemic,
of a city's infection rates and of the UK's vaccine plans) counts every
article that took part, and would outrank an event that fewer articles tell
alike. Word-for-word reprints count once, as they do for `Entry.sources`. An
event that many articles tell alike, if mostly in passing (Obama's first Oval
Office address, retold in four articles' background), ranks at least as the
count of those articles says, whatever its merged salience; and when three or more tell it alike,
those of them that tell it in their lead paragraph count as its news, on their days
(`_told_in_leads`: Thad Allen's warning of methane seeping from the seabed, two leads of three
articles, outranks the hundreds of entries two articles tell on two days). An article that
opens with the event (its first sentence, the headline run into the lead: "US
sues BP over oil disaster ...") reports it as its news; one that tells it a
paragraph deep explains or retells it ("The static kill ... takes place in
three stages"). Each article that opens with a report alike the entry's own
sentence adds `OPENED` × log2(1 + such articles): without it, the hundreds of
entries two articles tell tie, and their order, not the news, fills the end of
the overview (bpoil_bbc: the Oval Office address, the US lawsuit and the well
sealed were left out for explainers). Among entries so ranked alike, those that
articles tell as the news of their day come first (`FRESH`): the report dates
the event in its words ("launched on Tuesday", "yesterday") on its article's
day or the day before, where a retelling gives an old date and an explainer
none. A larger weight (0.25, 0.5) let every day's share price and bill outrank
the Oval Office address and Hayward before Congress in bpoil_bbc's overview. Among entries still
ranked alike, one whose sentence opens with a pronoun ("His company, he said, ...", "That may take all
of Tuesday") comes after those that say who or what themselves (Moody's third downgrade of BP), and
one whose own report tells what may be or will be, or was not ("people infected in Mexico may have
sought treatment at much later stage", "Chris Oynes said he would step down") comes after those that
tell a thing done (the WHO "has confirmed" a never-before-seen strain); then one that more articles
tell in their headline or lead paragraph (`LEAD`) before one told deeper: a caption or background a
paragraph down. Then the merged salience; then, for an entry one article tells, how much its words are
the story's (`_on_the_story`: the share of the articles that use them; a novelist's interview or a
computer virus in one article of a flu story comes after the story's news); last, where the entry is
first told (`tie_order`: its place in an article, that article's day and path), not the id, a hash
of no meaning that decided before (and cut the store's candidates, `Store.entries`); entries that
several articles tell and that tie in every term still fall to the id. Salience is weighed
at the precision it is stored to (`SALIENCE_PLACES`): an article count's log2(1 + 2) = 1.58496 ties
the stored 1.585 it is, and the ties are broken as above, not by the rounding (H1N1_bbc's Texas
toddler, one article's lead, came after every entry stored at 1.585, "The Mexican government is
urging against jumping to conclusions" among them; bpoil_bbc's two-article crowd at 2.085 put the
stored ones, news or not, before the computed: the plumes' 40 miles, Tropical Storm Bonnie's ships,
"The United States is to sue BP" waited behind "Mr Obama has referred to BP by its former name").
The days an entry is retold on count only for an event that a report places in time or tells in
the past tense: an explainer's line reprinted on pages of several days, each dated by its page
("Wetlands off the Louisiana coast sustain hundreds of wildlife species"), ranks as the articles
that tell it (`_standing_days`); so does a running tally ("has so far cost $1.6bn"), the latest
figure that later pages reprint until the next.

An article often tells one piece of news in two sentences that the merge keeps as two entries, their
words unlike ("US sues BP over oil disaster" and "Halliburton ... were not targeted in the
lawsuit"): an entry of the same day (or week, or a day inside a week shown) as one shown, most of
whose articles (`SAME_NEWS` of the more, two or more) are that one's, is left out; unless it tells a
deed that its own actors did, as a fact, in words that share nothing with the shown one's but names:
a day's round-ups of a running story tell several pieces of news ("Mississippi, Alabama, Louisiana
and Florida have all declared a state of emergency" beside Governor Jindal's warning, by the same
three articles of 1 May). Two entries that the very same articles tell (two or more, all of them),
of whatever times, need no more words than a shown one's figures would (`ALIKE_SAME_COUNT`): a
finding of a report, told once by the day the report came out ("The Obama administration blocked
government scientists' efforts to inform the public of worst case scenarios, a draft report said", 6
October) and once by the day the report places it ("in late April or early May, the White House
budget office denied a request from [NOAA] to make public its worst-case estimate"), shares 0.19 of
its weighted words. Which of the two is shown the ranking decides, and a caption run into the lead,
a frame ("The news comes as ...") or a generic line ("Residents have been urged to stay at home.")
gives its place to the news of its pages (`_news_of_their_pages`): a caption outranks the news a
paragraph down by the article it opens. An article's next sentence often gives the detail of the one
before, in words unlike it: an entry one of whose reports stands right next to a shown one's in its
article and gives one of that one's figures by a word of it says what the figure means
(`Overview._explains`: "Level four means the virus is showing a sustained ability to pass from
human to human" after the raise to four), and one that two or more articles tell in the sentence
after their opening one, the shown one's, is that opening's detail or occasion
(`Overview._details_a_lead`: "The nationwide campaign begins ..." after "Leaflets ... are being
delivered to all households in the UK"). Neither counts unless the two are of times near each other
(`near`).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from storyline.merge.entry_building import SALIENCE_PLACES, WEEK_DAYS, told_score
from storyline.merge.retelling import COHERENT, Told, apart, event_key, named_days, near, sentence_numbers
from storyline.merge.similarity import DocumentFrequency, telling_stems
from storyline.merge.view_lines import (
    DAY_WORDS,
    TIME_WORDS,
    a_line_not_news,
    dated_by_pages,
    no_news,
    own_report,
)
from storyline.model import Entry, Mention, Stance, Tense
from storyline.timevalue import bounds, calendar_day, in_time_order

PER_DAY = 2  # events of one day in the overview
CROWDED = 3  # events of one day when every day has had its `PER_DAY` and the overview has room left
FULL_DAY = 4  # events of one day when every day has had its `CROWDED` and the overview has room left
PER_PERIOD = 1  # events dated only to a week, month, quarter or year
WEEK = timedelta(days=WEEK_DAYS)  # the longest time (first to last day) holding one piece of news
NEXT = 2  # characters (spaces, a line break) at most between two sentences that follow one another
FACET = 0.5  # share of an entry's reports cited by the entries shown from which it is a facet of theirs
SAME_NEWS = 0.75  # share of the articles of two entries of one time that tells one piece of news
OPENED = 0.5  # weight of the articles that open with the event (headline and lead), over retellings
LEAD = 400  # characters of an article that hold its headline and lead paragraph
FRESH = 0.05  # weight of the articles that tell the event as their day's news, dated in their own words
RETOLD = 0.5  # weight of the days an entry is retold on (`merge.entry_building.salience`'s)
RARE_KIND = 0.1  # share of the collection's articles under which a word tells a kind of event it rarely tells
TOPIC = 0.25  # share of the collection's articles from which a word is one of its story's (its topic words)
RETOLD_BY_MANY = 3  # articles telling an event alike from which those that lead with it count as its news

Place = tuple[int, date, str, int]  # where a report stands: its start, its article's day and path, its event


def main_events(
    ranked: list[Entry], count: int, words: DocumentFrequency | None = None, first: date | None = None
) -> list[Entry]:
    """The first `count` of `ranked`, most salient first (ranked here, whatever order they come in),
    that tell distinct events, in date order.

    `words`: how many of the collection's articles use each word; without it, counted over the
    sentences of `ranked`. `first`: when the collection's first article came out."""
    if len(ranked) <= count:  # a small collection is shown whole
        return sorted(ranked, key=_in_date_order)
    weights = words if words is not None and words.documents else _sentence_frequency(ranked)
    ranked = sorted(ranked, key=lambda entry: _rank(entry, weights))
    overview = Overview(count, weights, first)
    overview.instead = _news_of_their_pages(ranked)
    for entry in ranked:
        if entry.sources >= 2 and overview.offer(entry):
            break
    # the cap spreads the view, never leaves it short: when every day has had its `PER_DAY`, then its
    # `CROWDED`, the best of days still full take one more
    for per_day in (CROWDED, FULL_DAY):
        if len(overview.chosen) < count:
            overview.per_day = per_day
            for entry in ranked:
                if entry.sources >= 2 and overview.offer(entry):
                    break
    overview.per_day = PER_DAY
    if len(overview.chosen) < count // 2:  # articles that rarely tell one event: their best reports
        for entry in ranked:
            if entry.sources < 2 and overview.offer(entry):
                break
    if len(overview.chosen) < count:  # room left: the news that one article leads with
        for entry in _leading_news(ranked, first):
            if overview.offer(entry):
                break
    return sorted(overview.chosen, key=_in_date_order)


@dataclass(frozen=True, slots=True)
class RankTerms:
    """Where an entry stands in the overview's ranking, term by term (`order`), and what its told
    salience counts (`_told_salience`): the articles that report it (a reprint once), those that
    tell it alike its sentence (`COHERENT`), and of those how many open with it, tell it in their
    lead paragraph as its news (`_told_in_leads`) or tell it as their day's news (`_fresh`)."""

    told: float  # told salience at the stored precision
    dated_news: bool  # the tie-breakers, the day's news first
    needs_its_page: bool
    not_a_deed: bool
    leads: int
    articles: int
    alike: int
    opened: int
    led: int
    fresh: int
    days: int  # the days its articles came out on
    salience: float = 0.0  # stored (merged) salience, the first tie-breaker after the terms above
    story: float = 0.0  # for an entry one article tells, how much its words are the story's (`_on_the_story`)
    place: Place = (0, date.max, "", 0)  # one article: where it is first told (`tie_order`); else the id

    @property
    def order(self) -> tuple[float, bool, bool, bool, int, float, float, Place]:
        """The ranking's key: the most salient first; among entries alike in every term, the stored
        salience, then how much a one-article entry's words are the story's, then where a one-article
        entry is first told (`tie_order`); entries several articles tell still by their id (view14: by
        where they are first told, bpoil_bbc's view lost five news lines to two among its two-article
        ties, view AR-1 0.1559 → 0.1483)."""
        return (
            -self.told,
            not self.dated_news,
            self.needs_its_page,
            self.not_a_deed,
            -self.leads,
            -self.salience,
            -self.story,
            self.place,
        )


def rank_terms(entries: Iterable[Entry], words: DocumentFrequency) -> dict[str, RankTerms]:
    """Each entry's terms in the overview's ranking, by id, weighed by `words` as `main_events`
    weighs them: for a tool that shows why the overview ranks entries as it does."""
    return {entry.id: _rank_terms(entry, words) for entry in entries}


def _rank(
    entry: Entry, weights: DocumentFrequency
) -> tuple[float, bool, bool, bool, int, float, float, Place]:
    return _rank_terms(entry, weights).order


def _rank_terms(entry: Entry, weights: DocumentFrequency) -> RankTerms:
    telling = _telling_articles(entry, weights)
    return RankTerms(
        told=round(_told_salience(entry, telling), SALIENCE_PLACES),
        dated_news=_dated_news(entry),
        needs_its_page=_needs_its_page(entry),
        not_a_deed=_not_a_deed(entry),
        leads=_leads(entry),
        articles=len(telling.articles),
        alike=sum(1 for overlap in telling.articles.values() if overlap >= COHERENT),
        opened=len(telling.opened),
        led=len(telling.led),
        fresh=len(telling.fresh),
        days=len({mention.publication_date for mention in entry.mentions if mention.publication_date}),
        salience=entry.salience,
        story=_on_the_story(entry, weights) if entry.sources < 2 else 0.0,
        place=tie_order(entry) if entry.sources < 2 else (0, date.max, entry.id, 0),
    )


def _on_the_story(entry: Entry, words: DocumentFrequency) -> float:
    """The mean share of the collection's articles that use each telling word of the entry's sentence:
    how much an entry that one article alone tells is the story's news, not a happening beside it.
    Thousands of such entries tie at salience 1.0 (H1N1_bbc: 3,062 of 3,247), and the view's last
    places go to the news one article leads with (`_leading_news`): among them "The number of swine
    flu cases in Australia has doubled in the last day to 59" (0.16) before "Jodi's first story was
    called The Lobster Which Misunderstood" (a novelist's interview, 0.03) or "Twelve million computers
    have been hijacked by cyber-criminals" (0.04). Not for entries several articles tell: their ties
    hold the story's lines alike, and the commonest words are a generic line's ("BP's share price has
    slumped since the disaster", "Both BP and the US government have been criticised")."""
    stems = [stem for stem in telling_stems(entry.summary) if len(stem) > 1]
    if not stems or not words.documents:
        return 0.0
    return sum(_told_share(stem, words) for stem in stems) / len(stems)


_SO_FAR = re.compile(r"\b(?:already|so far|to date|thus far|until now|up to now)\b", re.IGNORECASE)
_PERFECT = re.compile(r"\b(?:has|have|had)\b", re.IGNORECASE)


def _a_tally(entry: Entry) -> bool:
    """Whether the entry's sentence counts what has happened so far: a perfect ("has", "have",
    "had") with "already", "so far" or "to date", and a figure ("has already soiled more than 110km",
    "has so far cost the company approximately $990m"): a state of the story on its day, not an
    event of it. A perfect with "already" and no figure is often a deed told late ("Jindal has
    already declared a state of emergency")."""
    return bool(
        _SO_FAR.search(entry.summary) and _PERFECT.search(entry.summary) and sentence_numbers(entry.summary)
    )


def _place(entry: Entry) -> str:
    """The places the entry counts against (`PER_DAY`, `PER_PERIOD`): its day, week or month; a
    forecast of a week or month (`_a_forecast`) those of what was expected of it: what was expected
    of a time is no news of it, and keeps no place from what its articles report ("BP is drilling two
    relief wells to permanently stop the leak but they are not expected to be completed until
    August", told in June and July, held August's one place while "almost three-quarters of the oil
    spilled had been broken down", announced on 4 August and told by five articles, waited)."""
    when = (entry.date or "")[:10]
    return when if calendar_day(when) is not None or not _a_forecast(entry) else f"{when} expected"


def _a_forecast(entry: Entry) -> bool:
    """Whether the entry's time begins after every article that reports it came out: what they
    expected of it ("not expected to be completed until August", "hope to plug the gusher completely
    by August", told in June), not what happened then."""
    span = bounds(entry.date)
    published = [mention.publication_date for mention in entry.mentions]
    if span is None or not published or None in published:
        return False
    return all(day < span[0] for day in published if day is not None)


def _a_deed_told_as_fact(entry: Entry) -> bool:
    """Whether the entry tells a thing that named actors did, in the past, as a fact, not as what a
    source says: "Mississippi, Alabama, Louisiana and Florida have all declared a state of emergency"."""
    if entry.attribution is not None or entry.tense != Tense.PAST or not entry.actors:
        return False
    return not _not_a_deed(entry) and not a_line_not_news(entry)


def _a_dated_deed(entry: Entry) -> bool:
    """Whether the entry tells a named actor's thing done on its day, dated in a report's own words
    (`_dated_news`: "Mr Obama on Thursday suspended test drilling on 33 rigs"), not a tally."""
    return bool(entry.actors) and _dated_news(entry) and not _not_a_deed(entry) and not _a_tally(entry)


def _news_of_their_pages(ranked: list[Entry]) -> dict[str, Entry]:
    """For each caption, frame or generic line (`a_line_not_news`, by id), the first entry after
    it in `ranked` that tells news on the same pages (`_same_pages`): an overview shows one entry of
    a page's news (`Overview._same_news`), and where the line would be chosen, the news is, if it
    may be. A caption run into the lead ("Thousands of US troops have now arrived in Haiti A senior
    Italian official ...") outranks the news a paragraph down (Oxfam's call to cancel Haiti's debts)
    by the article it opens, and "Residents have been urged to stay at home." the US buying 13
    million courses of antiviral treatment: the reader needs the news."""
    reporting: dict[str, list[tuple[int, Entry]]] = {}
    for at, entry in enumerate(ranked):
        if entry.sources >= 2:
            for document in {mention.document for mention in entry.mentions}:
                reporting.setdefault(document, []).append((at, entry))
    instead: dict[str, Entry] = {}
    for at, line in enumerate(ranked):
        if line.sources < 2 or not a_line_not_news(line):
            continue
        rivals = [
            (later, entry)
            for document in {mention.document for mention in line.mentions}
            for later, entry in reporting.get(document, ())
            if later > at and not a_line_not_news(entry) and _same_pages(line, entry)
        ]
        if rivals:
            instead[line.id] = min(rivals, key=lambda rival: rival[0])[1]
    return instead


def _same_pages(one: Entry, other: Entry) -> bool:
    """Whether two entries of one time are told by most of the same articles (`SAME_NEWS` of the
    more, two or more): one of them is all an overview shows (`Overview._same_news`)."""
    span = bounds(one.date)
    if span is None or span != bounds(other.date):
        return False
    these = {mention.document for mention in one.mentions}
    those = {mention.document for mention in other.mentions}
    shared = len(these & those)
    return shared >= 2 and shared >= SAME_NEWS * max(len(these), len(those))


def tie_order(entry: Entry) -> Place:
    """Where the entry's first report stands, the ranking's last tie-breaker (`RankTerms.order`): the
    one told higher in an article first (its headline and lead before a paragraph down), then by its
    article's day and path and the place of the words that tell it: what a reader sees, the same
    whatever order the articles were ingested in. The id is a hash of no meaning: ordered by it,
    H1N1_bbc's view took six of its last places from the 37 one-article leads tied at 1.0 whose ids
    begin "0", and the store's most salient N (`Store.entries`) cut the 3,062 one-article entries
    tied at 1.0 by it, so that 26 of the 118 one-article leads were candidates at all."""
    first = min(entry.mentions, key=_report_place, default=None)
    return _report_place(first) if first is not None else (0, date.max, "", 0)


def _report_place(mention: Mention) -> Place:
    event = mention.start if mention.event_start is None else mention.event_start
    return (mention.start, mention.publication_date or date.max, mention.path, event)


def _in_date_order(entry: Entry) -> tuple[tuple[bool, date, date, str], str]:
    """As the calendar reads dates (`timevalue.in_time_order`): a week among its days, not after the
    year's last day."""
    return (in_time_order(entry.date), entry.id)


class Overview:
    """The entries an overview has chosen so far, and what they tell."""

    def __init__(self, count: int, weights: DocumentFrequency, first: date | None) -> None:
        self.count = count
        self.per_day = PER_DAY
        self.weights = weights
        self.first = first
        self.chosen: list[Entry] = []
        self.seen: set[tuple[str, str]] = set()
        self.shown: Counter[str] = Counter()
        self.said: set[str] = set()  # one sentence shown twice (a reprint dated by two pages) tells one event
        self.instead: dict[str, Entry] = {}  # for a line of its pages (by id), the news of those pages
        self.told: list[Told] = []  # the sentences shown, and those left out as retelling one of them
        self.held_for: dict[Told, Told] = {}  # for a sentence left out, the shown one it retells
        self.shown_told: list[Told] = []  # the sentences shown
        self.cited: list[set[tuple[str, int]]] = []  # the reports (article, sentence) of each entry shown
        self.places: list[dict[str, list[tuple[int, int]]]] = []  # where each shown one is told
        self.articles: list[tuple[tuple[date, date] | None, set[str]]] = []  # each shown one's time, articles
        self.sentences: dict[str, Told] = {}  # each entry's sentence (by id), built once over the rounds

    def offer(self, entry: Entry) -> bool:
        """Choose the entry unless it repeats, crowds its day or is no news for an overview, or, for
        a line of its pages rather than their news (`instead`), that news when it may be chosen;
        whether the overview is full."""
        admitted, tally = self._admits(entry)
        if not admitted:
            return False
        news = self.instead.get(entry.id)
        if tally is not None:  # its day was full: it takes a running tally's place
            self._drop(tally)
        elif news is not None and self._admits(news) == (True, None):  # news that needs no tally's place
            entry = news
        self._choose(entry)
        return len(self.chosen) == self.count

    def _admits(self, entry: Entry) -> tuple[bool, Entry | None]:
        """Whether the entry may be chosen: not a repeat, its day not full, news for an overview; and
        the running tally shown of its full day whose place it takes (`_tally_to_replace`), if any."""
        when = (entry.date or "")[:10]
        key = (when, event_key(entry))
        if (key[1] and key in self.seen) or said_once(entry) in self.said:
            return False, None
        tally = None
        if self.shown[_place(entry)] >= (self.per_day if calendar_day(when) else PER_PERIOD):
            tally = self._tally_to_replace(entry, when)
            if tally is None:
                return False, None
        if no_news(entry, self.first) or off_the_story(entry, self.weights):
            return False, None
        if self._a_facet(entry):
            return False, None
        if self._same_news(entry):
            return False, None
        this = self._told(entry)
        retold = next((other for other in self.told if self._retells(this, other)), None)
        if retold is None:
            retold = next((shown for shown in self.shown_told if this.retold_in_a_report(shown)), None)
        if retold is not None or self._explains(entry) or self._details_a_lead(entry):
            self.told.append(this)  # a retelling of a retelling is one too
            self.held_for.setdefault(this, this if retold is None else self.held_for.get(retold, retold))
            return False, None
        return True, tally

    def _a_facet(self, entry: Entry) -> bool:
        """Whether most of the entry's reports or of a shown one's are the same (`FACET`): one event that two
        entries cite the same sentences for, each for another of its facets ("exploded and sank in April,
        killing 11 workers"). Not when their sentences give numbers, none the same, of times apart
        (`Told.gives_other_numbers`, not `near`): another count of another day is news again, however its
        merge chained the other's reports in ("Two more people in London have been diagnosed with the swine
        flu virus", 30 April, shares two of its seven reports with "Five of the nine diagnosed ... were year
        seven pupils from Alleyn's School", 4 May; "The WHO said Mexico has reported 2,895 confirmed cases
        including 66 deaths", 14 May, is one of "There have been two deaths in the United States", 7 May). Two
        counts of one day that share their reports are one day's news."""
        reports = _reports(entry)
        for cited, told in zip(self.cited, self.shown_told, strict=True):
            if len(reports & cited) >= FACET * min(len(reports), len(cited)):
                this = self._told(entry)  # weighed only for an entry that shares reports (`_told` keeps it)
                if not (this.gives_other_numbers(told) and not near(this.when, told.when)):
                    return True
        return False

    def _retells(self, this: Told, other: Told) -> bool:
        """Whether the sentence retells one shown or left out (`told`): a retelling of a retelling is
        one too, but not of a time its own words set apart from the shown one's that the other was
        left out for ("The company began drilling the first of two relief wells on 2 May" is no
        retelling of "BP is drilling two relief wells ... not expected to be completed until
        August" for "A relief well is being drilled", which gives no time of its own)."""
        if not this.alike(other):
            return False
        shown = self.held_for.get(other, other)
        return not (this.span and shown.span and apart(this.span, shown.span))

    def _tally_to_replace(self, entry: Entry, when: str) -> Entry | None:
        """The running tally shown of the entry's day (`_a_tally`) whose place the entry takes, when
        it tells a named actor's deed of that day (`_a_dated_deed`): a day's cap gives its places in
        the ranking's order, and a count of what has happened so far is no news of the day beside a
        deed ("The oil leak has already soiled more than 110km ... of Louisiana's coastline" held 27
        May's second place while "Later on Thursday, President Barack Obama is expected to extend a
        moratorium on deep-water offshore drilling for six months" waited)."""
        if calendar_day(when) is None or not _a_dated_deed(entry):
            return None
        tallies = [shown for shown in self.chosen if (shown.date or "")[:10] == when and _a_tally(shown)]
        return tallies[-1] if tallies else None  # the last chosen: the least salient

    def _drop(self, entry: Entry) -> None:
        """Take a shown entry out of the overview: its day, words, reports and articles no longer
        count against the rest."""
        at = self.chosen.index(entry)
        when = (entry.date or "")[:10]
        self.seen.discard((when, event_key(entry)))
        self.said.discard(said_once(entry))
        self.shown[_place(entry)] -= 1
        self.told.remove(self.shown_told[at])
        for shown in (self.chosen, self.shown_told, self.cited, self.places, self.articles):
            del shown[at]

    def _choose(self, entry: Entry) -> None:
        """Show the entry: its day, words, reports and articles now count against the rest."""
        when = (entry.date or "")[:10]
        self.seen.add((when, event_key(entry)))
        self.said.add(said_once(entry))
        self.shown[_place(entry)] += 1
        told = self._told(entry)
        self.told.append(told)
        self.shown_told.append(told)
        self.cited.append(_reports(entry))
        self.places.append(_places(entry))
        self.articles.append((bounds(entry.date), {mention.document for mention in entry.mentions}))
        self.chosen.append(entry)

    def _told(self, entry: Entry) -> Told:
        """The entry's sentence and reports (`Told.of`): an entry is weighed in each round it is
        offered, and chosen after it is admitted."""
        told = self.sentences.get(entry.id)
        if told is None:
            told = self.sentences[entry.id] = Told.of(entry, self.weights, _written_span(entry))
        return told

    def _same_news(self, entry: Entry) -> bool:
        """Whether an entry shown of the same time is told by most of the same articles (two or more,
        `SAME_NEWS` of the more):
        one piece of news that its articles tell in two sentences, each an entry ("US sues BP over oil
        disaster" and "Halliburton ... were not targeted in the lawsuit"; BP's report blames "a
        sequence of failures" and "places some blame on other companies")."""
        span = bounds(entry.date)
        if span is None:
            return False
        articles = {mention.document for mention in entry.mentions}
        this, own_deed = self._told(entry), _a_deed_told_as_fact(entry)
        for (when, shown), told in zip(self.articles, self.shown_told, strict=True):
            if when is None or not _inside(span, when):  # a day inside its week (not a month: more news)
                continue
            shared = len(articles & shown)
            one_news = not own_deed or this.shares_a_word(told)  # a deed of its own, told in its own words
            if shared >= 2 and shared >= SAME_NEWS * max(len(articles), len(shown)) and one_news:
                return True
        return False

    def _explains(self, entry: Entry) -> bool:
        """Whether a report of the entry is the sentence next to a shown one's report in its article,
        of a time near the shown one's, and gives one of that sentence's figures by a word of it: it
        tells what that figure means, not news of its own ("The World Health Organisation has raised
        its alert level to four ..." and, next, "Level four means the virus is showing a sustained
        ability to pass from human to human")."""
        for shown, places in self._shown_near(entry):
            for mention in entry.mentions:
                around = places.get(mention.document, ())
                if not any(_next_to(mention.start, mention.end, place) for place in around):
                    continue
                report = Told.of_sentence(" ".join(mention.text.split()), self.weights)
                if not report.numbers.isdisjoint(shown.numbers) and report.overlap(shown) > 0:
                    return True
        return False

    def _details_a_lead(self, entry: Entry) -> bool:
        """Whether two or more articles open with a shown entry's report and tell this one in their
        next sentence, of a time near the shown one's: the sentence after an article's opening gives
        its news's detail or occasion ("Leaflets giving information about swine flu ... are being
        delivered to all households in the UK." and, next, "The nationwide campaign begins after
        the number of confirmed cases ... has risen to 28"), as `_leading_news` takes it."""
        for _, places in self._shown_near(entry):
            following = {
                mention.document
                for mention in entry.mentions
                for place in places.get(mention.document, ())
                if place[0] == 0 and _follows(mention.start, place)  # the article's opening sentence
            }
            if len(following) >= 2:
                return True
        return False

    def _shown_near(self, entry: Entry) -> Iterator[tuple[Told, dict[str, list[tuple[int, int]]]]]:
        """The shown entries of a time near the entry's (`near`), each with where it is told."""
        span = bounds(entry.date)
        for shown, places in zip(self.shown_told, self.places, strict=True):
            if near(span, shown.when):
                yield shown, places


def _places(entry: Entry) -> dict[str, list[tuple[int, int]]]:
    """Where in each article the entry's reports stand (start, end)."""
    places: dict[str, list[tuple[int, int]]] = {}
    for mention in entry.mentions:
        places.setdefault(mention.document, []).append((mention.start, mention.end))
    return places


def _next_to(start: int, end: int, place: tuple[int, int]) -> bool:
    """Whether a sentence (start, end) and another of the same article follow one another, only
    space between them."""
    return _follows(start, place) or _follows(place[0], (start, end))


def _follows(start: int, place: tuple[int, int]) -> bool:
    """Whether a sentence that opens at `start` is the one right after the sentence at `place`."""
    return 0 <= start - place[1] <= NEXT


def said_once(entry: Entry) -> str:
    """The entry's sentence as one shown twice (a reprint dated by two pages) is told once."""
    return " ".join(entry.summary.lower().split())


def _reports(entry: Entry) -> set[tuple[str, int]]:
    """The entry's reports: each article and where in it."""
    return {(mention.document, mention.start) for mention in entry.mentions}


def _inside(span: tuple[date, date], shown: tuple[date, date]) -> bool:
    """Whether an entry's time lies inside a shown one's of a week at most: a day and its week (the
    oil spill commission's report "released" on 5 January, shown as "last week"). Not the other way:
    what the articles of a shown day tell of "earlier this week" is older news (Haiti's president
    calling for 200,000 tents, in the articles of the UN's "below zero" a few days later)."""
    return shown[1] - shown[0] <= WEEK and shown[0] <= span[0] and span[1] <= shown[1]


@dataclass(slots=True)
class _TellingArticles:
    """The articles that report an entry, each with how alike its report is (`Told.overlap`) to the
    entry's sentence, and of those that tell it alike (`COHERENT`): the ones whose headline or lead
    tells it (`opened`), that tell it as the news of their day (`fresh`), and that tell it in their
    lead paragraph (`led`: each one's day)."""

    articles: dict[str, float] = field(default_factory=dict)
    opened: set[str] = field(default_factory=set)
    fresh: set[str] = field(default_factory=set)
    led: dict[str, date | None] = field(default_factory=dict)


def _told_salience(entry: Entry, telling: _TellingArticles) -> float:
    """The entry's salience, counting only the articles whose reports are alike its own sentence.

    A merge that chains reports of different events ("slowing" said of the spread, of infection
    rates and of a city's economy) counts every article that took part; the overview prefers an
    entry whose articles tell one event, however many, to one whose count comes from a chain."""
    articles, opened, fresh, led = telling.articles, telling.opened, telling.fresh, telling.led
    salience = entry.salience - _standing_days(entry)
    if len(articles) < 2:
        return salience
    alike = max(1, sum(1 for overlap in articles.values() if overlap >= COHERENT))
    told = salience * math.log2(1 + alike) / math.log2(1 + len(articles))
    if math.log2(1 + alike) > told:  # retold alike by many articles, if only in passing
        told = max(math.log2(1 + alike), _told_in_leads(alike, led))
    told += FRESH * math.log2(1 + len(fresh))  # first reports, over background retold weeks on
    return told + OPENED * math.log2(1 + len(opened))  # the news of its day, not a retelling


def _telling_articles(entry: Entry, words: DocumentFrequency) -> _TellingArticles:
    """The articles that report the entry and how they tell it (`_TellingArticles`)."""
    telling = _TellingArticles()
    articles, opened, fresh, led = telling.articles, telling.opened, telling.fresh, telling.led
    lead = Told.of_sentence(entry.summary, words)  # its words only: no need of its reports
    printed: set[str] = set()
    for mention in entry.mentions:
        key = " ".join(mention.text.lower().split())
        if key in printed:
            continue  # a reprint is one report (`merge.entry_building.independent_reports`)
        printed.add(key)
        opening = mention.start == 0  # the article's first sentence: its headline run into its lead
        news = mention.document not in fresh and _fresh(mention)
        leading = mention.start < LEAD and mention.document not in led
        unknown = mention.document not in articles or articles[mention.document] < COHERENT
        if unknown or opening or news or leading:
            report = Told.of_sentence(mention.text, words)
            overlap = lead.overlap(report)
            articles[mention.document] = max(articles.get(mention.document, 0.0), overlap)
            if opening and overlap >= COHERENT:
                opened.add(mention.document)
            if news and overlap >= COHERENT:
                fresh.add(mention.document)
            if leading and overlap >= COHERENT and not lead.gives_other_numbers(report):
                led[mention.document] = mention.publication_date
    return telling


def off_the_story(entry: Entry, words: DocumentFrequency) -> bool:
    """Whether the entry tells a kind of event that the collection's articles rarely tell (its
    own report's event word in fewer than `RARE_KIND` of them) about participants its sentence
    names, in a sentence without a word of the story (none in `TOPIC` of the articles, names
    included): a happening that a few articles mention beside the story ("Manny Pacquiao knocked
    out Britain's Ricky Hatton last weekend", in H1N1_bbc's two articles on the boxer's return), not
    its news. A first event of the story is told by the story's words, whoever and wherever it is:
    "Jacqueline Fleming, 38, from Glasgow, died on Sunday" (died: over half of H1N1_bbc's articles).
    A sentence that names no one says too little to be judged by its words; who it is about is on
    its page ("Four vessels had docked by Thursday evening": the aid ships at Port-au-Prince's
    reopened port; "The first doses could be administered in October")."""
    report = own_report(entry)
    if report is None or report.event_start is None or report.event_end is None or not words.documents:
        return False
    if not any(name in entry.summary for name in (*entry.actors, *entry.places)):
        return False
    kind = telling_stems(report.text[report.event_start - report.start : report.event_end - report.start])
    if not kind or any(_told_share(stem, words) >= RARE_KIND for stem in kind):
        return False
    return all(_told_share(stem, words) < TOPIC for stem in telling_stems(entry.summary) if len(stem) > 1)


def _told_share(stem: str, words: DocumentFrequency) -> float:
    """The share of the collection's articles that use the word stem."""
    return words.counts.get(stem, 0) / words.documents


def _told_in_leads(alike: int, led: dict[str, date | None]) -> float:
    """The salience of an event that `alike` articles tell alike, mostly in passing, counting those
    that tell it in their lead paragraph (`led`: each article's day) as its news, the rest as told in
    passing, and the days of those leads (`merge.entry_building.told_score`): when `RETOLD_BY_MANY`
    or more tell it alike. A lead that gives another count is not one (`Told.gives_other_numbers`). Hundreds
    of entries that two articles tell as their news on two days tie at 2.085 (bpoil_bbc), and the
    floor an event three articles tell gets, log2(1 + 3) = 2.0, left below them Thad Allen's warning
    that methane seeping from the seabed might mean oil leaking too, which two of its three articles
    tell in their lead, on 17 and 19 July (2.2 here). Asked of two articles too, it put two-article
    entries into that tie: "The United States is to sue BP" and Tropical Storm Bonnie's ships came
    in, but so did a caption run into a line (MJ_bbc), and Schwarzenegger's withdrawal of his
    drilling plan went out."""
    if alike < RETOLD_BY_MANY:
        return 0.0
    days = {day for day in led.values() if day is not None}
    return told_score(len(led), alike - len(led), len(days))


def _standing_days(entry: Entry) -> float:
    """What the entry's salience owes to the days it is retold on (`RETOLD`), when no report places
    it in time (each dated by its own article's day, no time in its words) and its sentence is not in
    the past tense: a standing statement or a guess that an outlet prints on pages of several days
    ("Wetlands off the Louisiana coast sustain hundreds of wildlife species", "The bill could run
    into billions of dollars"), not an event that keeps being told. It ranks as the articles that
    tell it, like news that two articles tell on one day (a government report: "only a quarter of
    the oil ... remains"). A report in the past tense is news retold a day later ("The World Health
    Organization has raised its pandemic alert to five": dropping those days cost H1N1_bbc's
    overview that raise). A running tally (`_a_tally`) is a state too, whatever its tense and time
    words: a later page prints it as the latest figure until the next one ("BP says it has spent
    $3.5bn (£2.3bn) on the response effort so far", on pages of 12, 13 and 16 July), and its days
    put BP's costs of 4 June, 14 June and 12 July in bpoil_bbc's overview, the US hold on new
    drilling and a study's toxic residue out."""
    days = {mention.publication_date for mention in entry.mentions if mention.publication_date}
    if len(days) >= 2 and _a_tally(entry):
        return RETOLD * math.log2(len(days))
    if len(days) < 2 or entry.tense == Tense.PAST or _confirmed(entry) or not dated_by_pages(entry):
        return 0.0  # a report that gives its own time tells an event, retold
    if any(TIME_WORDS.search(mention.text) for mention in entry.mentions):
        return 0.0
    return RETOLD * math.log2(len(days))


def _confirmed(entry: Entry) -> bool:
    """Whether a source confirms the entry's event: what a live page tells in the present ("German
    authorities confirm that a nurse who treated a patient with swine flu also contracted the
    disease") is a thing found on its day, news retold on the next day's page, not a standing
    statement."""
    return entry.attribution is not None and entry.attribution.stance == Stance.CONFIRMED


def _dated_news(entry: Entry) -> bool:
    """Whether the entry tells a thing done (past tense) that a report dates in its own words, not
    by its article's day: "Wednesday saw a US Coast Guard crew set fire to part of the oil slick", a
    "top kill" that "failed over the weekend". Hundreds of entries that two articles tell tie in the
    overview's ranking (bpoil_bbc: about 170 at 2.085, a few of them shown), and were taken in the
    order of their merged salience and id; among them a dated deed comes before a standing statement
    ("The company has said it will honor legitimate claims"), a guess or an explainer that its pages
    date. A time word alone does not date the entry's event ("BP shares have almost halved ...
    following the disaster, which began in April"). Any day its sentence names marks it as news of
    the moment, whichever clause's: "lawmakers ... released a letter" ahead of "hearings on Tuesday
    and Thursday" is a deed of its day, not a standing one. A date its articles recall weeks on is
    no news of the moment (`_told_in_its_week`)."""
    return entry.tense == Tense.PAST and _dated_in_words(entry, _names_a_day) and _told_in_its_week(entry)


def _told_in_its_week(entry: Entry) -> bool:
    """Whether a report of the entry's time was published within `WEEK` of that time's end: news
    told as it happens. A report that dates its event weeks before its article recalls it: "BP has
    now lost £44bn of its value since 20 April, when the Deepwater Horizon oil rig exploded" (two
    1 June articles, dated by the explosion's day), "Dr Murray was bailed after pleading not guilty
    to involuntary manslaughter in February 2010" (a caption run in, January 2011). As dated deeds,
    once ties were weighed at the stored precision, the first took the place of "That well finally
    reached the main shaft on Thursday" (16 September, told on the 20th) and the second, chosen
    first and left out, held back the bail's own entry as its retelling."""
    span = bounds(entry.date)
    return span is not None and any(
        mention.date == entry.date
        and mention.publication_date is not None
        and mention.publication_date - span[1] <= WEEK
        for mention in entry.mentions
    )


def _names_a_day(mention: Mention) -> bool:
    """Whether the report's sentence names a day in words ("today", "yesterday", "on Tuesday")."""
    return DAY_WORDS.search(mention.text) is not None


_PRONOUN = re.compile(r"(?:he|she|it|they|this|that|these|those|his|her|its|their)\b", re.IGNORECASE)


def _needs_its_page(entry: Entry) -> bool:
    """Whether the entry's sentence opens with a pronoun ("His company, he said, ...", "That may
    take all of Tuesday"): who or what it tells is on its page, so among entries told alike by as
    many articles it comes after those that say it themselves."""
    return _PRONOUN.match(entry.summary) is not None


def _not_a_deed(entry: Entry) -> bool:
    """Whether the entry's own report tells what may be, will be or was not (its modality: "may have
    sought treatment", "said he would step down"), not a thing done ("has confirmed that at least
    some of the cases are a never-before-seen version"). Among entries told alike by as many
    articles the thing done comes first; a claim about one ("BP says it has spent $3.5bn") is a
    thing done (putting every attributed claim after the rest pushed cost updates and an official's
    count of soiled coast out of two views)."""
    own = own_report(entry)
    return own is not None and own.modality != "actual"


def leads_with_a_deed(entry: Entry) -> bool:
    """Whether the entry's own report stands in its article's headline or lead paragraph (its first
    `LEAD` characters) and tells a named actor's thing done on a day: the news of that article,
    which only it reports ("China has confirmed the first case of swine flu on the Chinese
    mainland"), not a caption, an explainer or a comment a paragraph down, nor a sentence that
    needs its page ("He ..."), nor an event it recalls by its week ("broke down in tears ... when
    speaking about the earthquake that struck Haiti last week")."""
    own = own_report(entry)
    if own is None or own.start >= LEAD or own.modality != "actual" or entry.tense != Tense.PAST:
        return False
    return bool(entry.actors) and calendar_day(entry.date) is not None and not _needs_its_page(entry)


def _leading_news(ranked: list[Entry], published: date | None = None) -> list[Entry]:
    """The entries that one article alone tells and leads with (`leads_with_a_deed`), in `ranked`'s
    order, only the first told of each article: an article leads with one piece of news, and the
    next sentence of its lead gives that news's detail, not other news ("Health officials in Japan
    have confirmed the first cases of swine flu in the densely populated capital, Tokyo." and, next,
    "Two schoolgirls tested positive for the H1N1 virus after their return from a trip to New
    York."). An article's news is the first lead of its that is news for an overview (`no_news`,
    `published`: when the collection's first article came out): a caption that stands first ("Imran
    Ahmad said his daughter had \"been through a lot\"") gives its place to the report it captions
    ("Sameerah Ahmad died at Birmingham Children's Hospital on Friday evening")."""
    leading = [
        entry
        for entry in ranked
        if entry.sources < 2 and leads_with_a_deed(entry) and not no_news(entry, published)
    ]
    first: dict[str, tuple[int, int]] = {}  # for each article, where its first lead report starts, and which
    for at, entry in enumerate(leading):
        report = own_report(entry)
        if report is not None and (report.document not in first or report.start < first[report.document][0]):
            first[report.document] = (report.start, at)
    kept = {at for _, at in first.values()}
    return [entry for at, entry in enumerate(leading) if at in kept]


def _leads(entry: Entry) -> int:
    """How many articles tell the entry in their first `LEAD` characters (the headline and the lead
    paragraph): a news article tells its news first and the background further down, so among
    entries told alike by as many articles, the one that leads them is the news of its day ("Dr
    Conrad Murray was bailed for $75,000 after pleading not guilty", 191 and 196 characters into
    its two articles) and one told a paragraph deep a caption, a retelling or a comment ("Members of
    the Jackson family arrive at court ... Prosecutors had filed one count", 756 and 2,038)."""
    return len({mention.document for mention in entry.mentions if mention.start < LEAD})


def _fresh(mention: Mention) -> bool:
    """Whether the report tells its event as news: its sentence dates it in words ("late on
    Tuesday", "on Thursday", "yesterday") on its article's publication day or the day before. A
    retelling gives the event's old date ("since the rig exploded on 20 April"), and a sentence
    without a time word is dated by its article whatever it tells ("Wetlands ... sustain hundreds
    of wildlife species")."""
    day = calendar_day(mention.date)
    if day is None or mention.publication_date is None or not DAY_WORDS.search(mention.text):
        return False
    return 0 <= (mention.publication_date - day).days <= 1


def _written_span(entry: Entry) -> tuple[date, date] | None:
    """The time (a day, a week, a month) the entry's reports give its event in their own words, not
    by their article's date: "raised its alert level late on Tuesday" (28 April), "Last week, the
    WHO declared the outbreak a pandemic" (a week of June), "over the weekend" (`bounds`: its Saturday and
    Sunday, not the week it is written in: the top kill's failure over the weekend of 29 May lies apart
    from its start on Wednesday 26 May). A report dated by its article's day counts only when its
    sentence names that day (`_names_its_own_day`)."""
    span = bounds(entry.date)
    if span is None or not _dated_in_words(entry, _names_its_own_day):
        return None
    return span


def _dated_in_words(entry: Entry, names_its_day: Callable[[Mention], bool]) -> bool:
    """Whether a report of the entry's date gives it in its own words: a day other than its
    article's, or its article's day that its sentence names (`names_its_day`)."""
    return any(
        mention.date == entry.date
        and (calendar_day(mention.date) != mention.publication_date or names_its_day(mention))
        for mention in entry.mentions
    )


def _names_its_own_day(mention: Mention) -> bool:
    """Whether the report's sentence names its article's own day in words ("today", "tonight", "on
    Friday" in a Friday article). Another day it names ("yesterday", "on Thursday" in a Friday
    article) dates another event of the sentence, since this one was left its article's day: "The
    rig had been burning for 36 hours when it sank on Thursday" (23 April, a Friday) tells the
    burning by the sinking's day, not a burning of its own on 23 April."""
    if mention.publication_date is None:
        return _names_a_day(mention)
    return mention.publication_date in named_days(mention)


def _sentence_frequency(entries: list[Entry]) -> DocumentFrequency:
    frequency = DocumentFrequency()
    for entry in entries:
        frequency.see(telling_stems(entry.summary))
    return frequency

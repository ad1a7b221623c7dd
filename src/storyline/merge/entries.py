"""Merging event mentions from many documents into timeline entries.

The same real-world event told by several articles, or by several sentences
of one article, becomes one `Entry` citing all of them. Candidates are found
through an index, never by comparing all pairs: by predicate key (the
"explosion" and the "blast" that "exploded"), and, for the main events of
sentences, by telling words (a paraphrase with another verb). A candidate is
taken only when the two times can meet (`similarity.time_interval`) and the
mention's sentence and article are close enough to one of the entry's
mentions: within one article the same predicate is usually the same event;
across articles it needs a shared context, since one collection holds many
different arrests, statements and earthquakes; the more different events of one
kind the collection holds, the more the sentences themselves must agree
(`Merger._crowd`: unless both give one role to a telling name, "reaches Texas": `_named_alike`,
or tell of one unnamed person of the same sex and age: `_described_alike`),
and the more days the collection tells that kind of event
on, the more alike the sentences must be when they name no telling participant
in common (`Merger.breadth_floor`: "confirmed" cases or "bans" recur, an
unfolding event is told over a few days, not over weeks: `_span_floor`). A long page (a live blog, a page of
explainers) uses one word for different things in different places: an entry
whose reports in the mention's article lie far from it and share nothing with
it is not the mention's (`_stray`), nor one whose report in the mention's article tells its word of
other people or things (`Merger._told_apart`: the Alleyn's pupils "diagnosed", then "An adult from
Fulham ... has also been diagnosed"), nor, through a report that names none of the mention's
participants, one whose report in another article does (`_apart_from`: "general wearing of masks"
does not join the bus passengers, the Downend pupils and the Hong Kong police). One speaker says
many things over a story: across articles, a reporting verb's shared speaker counts for nothing, and
the speaker's name in both sentences does not spare two statements the crowd's bar (`_margin`). A
broad word told by the articles of several days ("studied", "slowing", "learned") names many
happenings: across articles it needs something else in common, a telling name, a figure, telling
words or alike sentences (`_unsupported`); words weigh by how many of the collection's articles use
them (`Merger.words`), and a name both reports hold tells only if the words they write for it do
("Mexico" in a flu story: `_names_shared`). One speaker's reports of days apart that are not alike
are two statements (`_restated`: "should not panic" on the pandemic's declaration and after the
first death). Different people say one stock phrase about different things ("we will not rest",
"never seen anything like": `_quoted_apart`); a word of judgement ("record", "encouraged") is told
of many things, so only a shared participant makes two reports one (`_judged`); two days' different
amounts of money are two updates ("costs at over $3.5bn", then "$3.95bn": `_other_amounts`); a
recurring act told of other unnamed people or things is another happening ("police wearing masks",
"Medical staff wearing protective clothing": `_other_arguments`), and told of two named doers, two
("Tyrone Benton, who is now suing BP", "The US is suing BP": `_other_agents`). A light verb or a verb
of saying is the only thing two short sentences share ("We need to have something out there", "You
need the unexpected"): two statements (`_only_the_word`); and one stem of two words ("designed",
"Designation") is two kinds of event (`similarity.words_apart`).

Existing entries are loaded lazily from the store, by predicate key, so that
new articles merge into a stored timeline without reprocessing it. Within one
run the entries stay in memory from batch to batch (`Merger.settle`): the most
recently told `MAX_KEPT`, with their latest `MAX_COMPARED` reports, so that
memory stays flat however long the run and no batch reloads what the last one
had (reloading cost more than merging a small batch).
"""

from __future__ import annotations

import hashlib
import math
from array import array
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from itertools import accumulate, chain, islice
from operator import attrgetter, itemgetter
from types import MappingProxyType
from typing import NamedTuple

import numpy as np

from storyline.analyse.embedding import text_similarity
from storyline.analyse.titles import TITLE_WORDS
from storyline.extract.described_persons import persons_differ
from storyline.extract.event_arguments import AGENT, PATIENT
from storyline.merge.count_bounds import Count
from storyline.merge.person_and_group import person_and_group
from storyline.merge.places import PlaceIndex
from storyline.merge.procedure_outcomes import outcome_of_procedure
from storyline.merge.said_ahead import said_ahead
from storyline.merge.sayings import other_sayings
from storyline.merge.scale_levels import LEVEL_BAR, one_level_set
from storyline.merge.similarity import (
    ONE_PERSON,
    WORDS_ALIKE,
    DocumentFrequency,
    NameWeights,
    Signature,
    content_words,
    counts_differ,
    figure_agreement,
    jaccard,
    manners_opposed,
    overlaps,
    predicate_key,
    signature,
    telling_stems,
    time_interval,
    word_similarity,
    words_apart,
)
from storyline.merge.sketch_rows import SLACK, Block, Mine, SketchRows
from storyline.model import Entry, Event, Figure, Mention, Tense
from storyline.timevalue import bounds, calendar_day

CROSS_DOCUMENT_THRESHOLD = 0.1  # same predicate across articles: context and sentence must agree
PARAPHRASE_THRESHOLD = 0.45  # other predicates: the sentences must be close
CONTEXT_WEIGHT = 0.9
SENTENCE_WEIGHT = 0.9
PARTICIPANT_WEIGHT = 0.2
SAME_DOCUMENT_MARGIN = 0.5  # same predicate in one article: one event unless participants or modality differ
SENTENCE_FLOOR = 0.05  # another article's sentence must share something beyond the predicate
CONTEXT_POWER = 2  # a weak shared context (one story's usual names) counts for little
REPORT_THRESHOLD = 0.2  # a reporting verb across articles: what was said must match
APART_PENALTY = 0.15  # other places or other people: two earthquakes, two arrests
MODALITY_PENALTY = 0.5  # what may happen and what did happen are rarely told as one event
CROWD_SIZE = 8  # entries of one kind of event beyond which the story's names stop telling them apart
CROWD_PENALTY = 0.15  # added to the cross-article threshold per doubling of those entries
CROWD_MAX = 0.4
CROWD_EXEMPT = 0.25  # sentence similarity from which the sentences alone tell one event
NEAR_CHARS = 2500  # one article's mentions further apart than this are not one passage (`_margin`)
NARROW_DAYS = 10  # a kind of event told on this many days or fewer may be one happening told as it unfolds
TELLING_NAME = math.log(2)  # a name in fewer than about half of the collection's articles tells events apart
BREADTH_STEP = 0.4  # sentence similarity a report without shared participants needs per doubling of
# the days its kind of event is told on (`Merger.breadth_floor`), up to `CROWD_EXEMPT`
BROAD_DAYS = math.ceil(NARROW_DAYS * 2 ** (CROWD_EXEMPT / BREADTH_STEP))  # days from which the floor is whole
PUBLISHED = "published:"  # before a predicate in `Merger.days_told`: the days its articles were published
RECURRING_DAYS = 2  # a kind told by articles of more days than this (a day, the next) recurs: `_unsupported`
MAX_CANDIDATES = 25
SALIENCE_PLACES = 3  # decimal places an entry's salience is stored to
WORDS_MET = 2  # telling words a paraphrase shares with an entry to be compared (`Merger._candidates`)
QUOTE_CONTEXT = 0.3  # articles sharing less context than this tell other stories (`_quoted_apart`)
QUOTE_COPY = 0.8  # sentence similarity of one quotation copied (`_quoted_apart`)
STOCK_WORDS = 3  # content words a stock phrase shares at most (`_quoted_apart`)
_PEOPLES = ("an", "ish", "ese", "ic", "i")  # how the names of peoples end ("Haitian", "Scottish")
# Words of judgement: they say how something was found, not what happened (`_judged`); not words
# of a statement ("criticised", "welcomed"), which tell an event of their own.
_JUDGEMENTS = "record encourage threaten worry concern alarm disappoint surprise shock impress"
JUDGEMENTS = frozenset(map(predicate_key, _JUDGEMENTS.split()))
NAMED_ROLES = (AGENT, PATIENT)  # the roles whose two names tell two events (`_other_agents`)
ROLE_ALIKE = 0.35  # embedding cosine from which two roles' nouns may be other words for one participant
BOUND_DAYS = 7  # tallies published this many days apart or more: a bound ("at least 60") is no nearer
MONTH_DAYS = 31  # a written date wider than this says less than the day of the first report
WEEK_DAYS = 6  # a written past date this wide or less gives way to a day of its first report inside it
MAX_COMPARED = 30  # members of one entry compared with a new mention (the most recent)
MAX_PER_PREDICATE = 200  # entries of one predicate compared with a new mention (the latest told)
MAX_KEPT = 20_000  # entries kept in memory from one batch to the next (the latest told)


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    path: str
    publication_date: date | None


@dataclass(slots=True, eq=False)
class Cluster:
    """An entry under construction: the event mentions that report it (one object for one entry:
    compared and hashed by identity, as the merger's posting lists and plans hold it)."""

    id: str
    date: str | None
    events: list[Event] = field(default_factory=list)
    signatures: list[Signature] = field(default_factory=list)
    changed: bool = False
    when: tuple[date, date] | None = None  # the days every mention's time allows
    levels: frozenset[str] = frozenset()  # the levels its reports say a scale was set to
    manners: frozenset[str] = frozenset()  # how long or how far its reports say it was done
    partial: bool = False  # loaded from the store with its latest reports only
    # the rows in the merger's `SketchRows` of its latest `MAX_COMPARED` reports (those a mention is
    # compared with), made when it is first a candidate and kept up as reports come (`Merger.add`);
    # empty until then, and again whenever the rows are dropped (`Merger.settle`)
    rows: array[int] = field(default_factory=lambda: array("q"))  # 8 bytes a row, joined as bytes

    @property
    def documents(self) -> set[str]:
        return {event.document_id for event in self.events}

    def take(self, event: Event, sig: Signature) -> None:
        self.events.append(event)
        self.signatures.append(sig)
        if sig.when is not None:
            self.when = sig.when if self.when is None else _intersection(self.when, sig.when)
        self.levels |= sig.levels
        self.manners |= sig.manners
        self.changed = True


@lru_cache(maxsize=8192)
def _numbers(grams: frozenset[str]) -> frozenset[str]:
    """The stretches of a sentence's characters that hold a digit (of its 5-grams): the figures and
    the days it writes, as written. Cached: `Merger._copies` asks it of one mention for many reports."""
    return frozenset(gram for gram in grams if any(character.isdigit() for character in gram))


def _sizes_may_copy(sig: Signature, other: Signature) -> bool:
    """Whether two reports' sentences are near enough in size for `sentence_similarity` to reach
    `QUOTE_COPY` (`Merger._copies`): a Jaccard similarity is at most the smaller set's size over the
    larger's, so a pair below the copy level with these bounds is below it with the sets compared."""
    words = _size_ratio(len(sig.words), len(other.words))
    bound = 0.5 * words + 0.5 * _size_ratio(len(sig.grams), len(other.grams))  # as `word_similarity`
    return bound + figure_agreement(sig, other) >= QUOTE_COPY


def _size_ratio(one: int, other: int) -> float:
    """The most a Jaccard similarity of sets of these sizes can be (0 with an empty one, as `jaccard`)."""
    smaller = min(one, other)
    return smaller / max(one, other) if smaller else 0.0


def _intersection(a: tuple[date, date], b: tuple[date, date]) -> tuple[date, date]:
    start, end = max(a[0], b[0]), min(a[1], b[1])
    return (start, end) if start <= end else a


ClusterLoader = Callable[[str], Iterable[Cluster]]
_ROWS = attrgetter("rows")


def _no_stored_clusters(_: str) -> Iterable[Cluster]:
    return ()


class Merger:
    """Assigns each new event mention to an existing cluster or opens a new one."""

    def __init__(
        self,
        load: ClusterLoader = _no_stored_clusters,
        names: NameWeights | None = None,
        words: DocumentFrequency | None = None,
    ) -> None:
        """`words`: how many of the collection's articles use each word stem (`telling_stems`), kept
        by the caller; without it the merger counts the sentences of the mentions it foresees."""
        self._load = load
        self.names = names or NameWeights()
        self.words = words if words is not None else DocumentFrequency()
        self._own_words = words is None
        self._counted: set[str] = set()  # documents whose names are counted
        self._contexts: dict[tuple[str, str], float] = {}  # context similarity of two articles
        self._words: dict[tuple[str, int, str, int], float] = {}  # word similarity of two sentences
        self._clusters: dict[str, Cluster] = {}
        # postings in the order entries were last told (dicts keep order; sets would make the
        # result depend on string hashing): the latest come last. Each holds the entries themselves
        # by id: a mention's candidates are read from them without looking each one up
        self._by_predicate: dict[str, dict[str, Cluster]] = {}
        self._by_word: dict[str, dict[str, Cluster]] = defaultdict(dict)
        self._recent: dict[str, Cluster] = {}  # every entry in memory, the latest told last
        # the days each predicate is told on, up to BROAD_DAYS (`breadth_floor`)
        self._days: dict[str, set[date]] = defaultdict(set)
        # the publication days of the articles telling each predicate, up to BROAD_DAYS (`_unsupported`)
        self._published: dict[str, set[date]] = defaultdict(set)
        self._rows = SketchRows()  # the reports' sketches as numpy rows, for one batch
        self._context_of: tuple[str, np.ndarray] | None = None  # an article's context similarities
        self._fetched: tuple[str, list[Cluster]] | None = None  # a predicate's stored entries (`_foresee`)
        self.version: object = None  # what the caller's store was when it last matched memory
        self.places = PlaceIndex()  # which places lie within which, as the collection writes them

    @property
    def clusters(self) -> list[Cluster]:
        return list(self._clusters.values())

    def changed(self) -> list[Cluster]:
        return [cluster for cluster in self._clusters.values() if cluster.changed]

    def forget(self) -> None:
        """Drop everything: entries are loaded again from the store, one predicate at a time, when
        needed (when another run has changed the store, or a save failed)."""
        self._forget_rows()
        self._clusters.clear()
        self._contexts.clear()
        self._words.clear()
        self._by_predicate.clear()
        self._by_word.clear()
        self._recent.clear()  # the days told stay: another run only adds to them
        # the articles whose names are counted stay too: merged again, they are not counted twice
        self.version = None

    def settle(self, kept: int = MAX_KEPT) -> None:
        """The changes are saved: keep the `kept` latest told entries for the next batch, each with
        its latest `MAX_COMPARED` reports (the rest is in the store), and forget the others.

        The postings lose the entries forgotten; a predicate none is left of is loaded from the
        store again when a mention needs it.
        """
        self._counted.clear()
        self._contexts.clear()
        self._words.clear()
        self._forget_rows()
        gone = set(islice(self._recent, max(len(self._recent) - kept, 0)))
        for cluster_id in gone:
            del self._clusters[cluster_id], self._recent[cluster_id]
        for cluster in self._clusters.values():
            cluster.changed = False
            if len(cluster.events) > MAX_COMPARED:
                del cluster.events[:-MAX_COMPARED], cluster.signatures[:-MAX_COMPARED]
                cluster.partial = True
        if gone:
            for index in (self._by_predicate, self._by_word):
                for key, postings in list(index.items()):
                    for cluster_id in gone.intersection(postings):
                        del postings[cluster_id]
                    if not postings:
                        del index[key]

    def _forget_rows(self) -> None:
        self._fetched = None
        self._rows.clear()
        self._context_of = None
        for cluster in self._clusters.values():
            del cluster.rows[:]

    def add(
        self, event: Event, context: frozenset[str] = frozenset(), published: date | None = None
    ) -> Cluster:
        """`context`: the article's named actors and places; `published`: its publication date."""
        self._see(event.document_id, context)
        return self._take(event, signature(event, context, published), None)

    def add_article(
        self, events: Sequence[Event], context: frozenset[str] = frozenset(), published: date | None = None
    ) -> list[Cluster]:
        """The entries of one article's mentions, in order: what `add` gives them one by one. The
        bounds of the mentions are worked out in waves (`_foresee`), not one block of numpy calls per
        mention (their fixed cost was most of a small block's): a mention with no plan, or whose plan
        an entry joined since made stale, plans itself and every later one without a plan that no
        mention between them can change."""
        if not events:
            return []
        self._see(events[0].document_id, context)
        sigs = [signature(event, context, published) for event in events]
        after = _after_tellers([_postings_keys(sig) for sig in sigs])
        plans: dict[int, tuple[int, _Plan]] = {}  # by mention: its plan, made when `joined` was this long
        joined: list[Cluster] = []  # the entries the article's mentions joined, in order
        for index, sig in enumerate(sigs):
            since, plan = plans.pop(index, (0, None))
            if plan is None or not set(joined[since:]).isdisjoint(plan.clusters):
                made = len(joined)
                plans.update((i, (made, new)) for i, new in self._foresee(sigs, after, index, plans).items())
                _, plan = plans.pop(index, (0, None))
            joined.append(self._take(events[index], sig, plan))
        return joined

    def _see(self, document: str, context: frozenset[str]) -> None:
        if document not in self._counted:
            self._counted.add(document)
            self.names.see(context)

    def _take(self, event: Event, sig: Signature, plan: _Plan | None) -> Cluster:
        best = self._best_match(sig, plan)
        if best is None:
            best = Cluster(id=entry_id(event), date=event.date)
            self._clusters[best.id] = best
        best.take(event, sig)
        if best.rows:  # made when it was a candidate: kept up (the mention has its row by now)
            best.rows.append(self._rows.row(sig))
            del best.rows[:-MAX_COMPARED]
        self._index(best, sig)
        _told(self._recent, best)
        return best

    def _foresee(
        self, sigs: list[Signature], after: list[int], first: int, planned: Container[int]
    ) -> dict[int, _Plan]:
        """The candidates and bounds of each mention of one article from `first` on, but those
        `planned` already, that reads no postings a mention from `first` to it tells (`after`: from
        which mention on none before it does, `_after_tellers`), as they will be when it comes, all
        bounded in one `_bounds`. A plan whose candidates a mention joins before it comes is stale
        (`add_article`). A predicate the store holds entries of ends the plans: loading them changes
        postings of any key, and must come when the mention comes, as in `add`."""
        plans: dict[int, _Plan] = {}
        for index in range(first, len(sigs)):
            if index in planned:
                continue  # its predicate's postings made or loaded by then
            sig = sigs[index]
            if sig.predicate and sig.predicate not in self._by_predicate:
                if self._fetched is not None and self._fetched[0] == sig.predicate:
                    break  # loaded by an earlier wave, and still to come
                if stored := list(self._load(sig.predicate)):
                    self._fetched = (sig.predicate, stored)  # loaded when its mention comes
                    break
                self._by_predicate[sig.predicate] = {}  # what loading nothing would leave
            if after[index] <= first:
                clusters = self._candidates(sig)
                plans[index] = _Plan(clusters, *self._compared(clusters), self._crowd(sig))
        sizes = [plan.ends[-1] if plan.ends else 0 for plan in plans.values()]
        rows = _joined_rows(chain.from_iterable(plan.compared for plan in plans.values()))
        if not rows.size:
            return plans
        block = self._rows.block(rows)
        mentions = [sigs[index] for index in plans]
        mine = self._rows.block(np.repeat(_row_array(self._rows.row(sig) for sig in mentions), sizes))
        crowds = [plan.crowd for plan in plans.values()]
        bounds = self._bounds(mentions[0], mine, _Flags.of_many(mentions, crowds, sizes), block)
        starts = [0, *accumulate(sizes)]
        return {
            index: plan._replace(bounds=bounds[start:end])
            for (index, plan), start, end in zip(plans.items(), starts, starts[1:], strict=False)
        }

    def _predicate_postings(self, key: str) -> dict[str, Cluster]:
        if key not in self._by_predicate:
            self._by_predicate[key] = {}
            fetched, self._fetched = self._fetched, None
            for cluster in fetched[1] if fetched and fetched[0] == key else self._load(key):
                if cluster.id in self._clusters:
                    continue
                self._clusters[cluster.id] = cluster
                self._recent[cluster.id] = cluster
                for sig in cluster.signatures:
                    self._index(cluster, sig)
        return self._by_predicate[key]

    def _index(self, cluster: Cluster, sig: Signature) -> None:
        if sig.predicate:
            _told(self._predicate_postings(sig.predicate), cluster)
            if sig.when is not None and sig.when[1] != date.max:
                _tell(self._days, sig.predicate, sig.when[1])
        if sig.main:
            for word in sig.word_keys:
                _told(self._by_word[word], cluster)

    def _candidates(self, sig: Signature) -> list[Cluster]:
        """Entries of the same predicate (the latest told `MAX_PER_PREDICATE`, as the store reloads
        them: the work per mention stays bounded however long the run) and entries sharing
        telling words."""
        found = []
        if sig.predicate:
            latest = islice(reversed(self._predicate_postings(sig.predicate).values()), MAX_PER_PREDICATE)
            found = list(latest)[::-1]  # oldest first: on a tie the latest told wins
        if not sig.main:
            return found  # a predicate's postings hold each entry once
        by_word = self._by_word
        words = sorted(sig.word_keys)  # not a set's order, which hashing varies run to run: it
        # orders the entries met alike often, so which are cut and which wins a tie
        shared = Counter(
            chain.from_iterable(
                islice(reversed(by_word[word].values()), MAX_PER_PREDICATE)
                for word in words
                if word in by_word
            )
        )
        # a verbless caption of one telling word ("NEW CAP FOR LEAKING OIL WELL": "leaking") can
        # share no second word with its copies on other pages: once is all it has
        needed = min(WORDS_MET, len(words))
        # `most_common` kept to the entries met `needed` times or more; `sorted` is `nlargest`
        # (stable too): those met fewer times, most of them, are left out before sorting, which
        # keeps the order of the rest
        met = [item for item in shared.items() if item[1] >= needed] if needed > 1 else shared.items()
        ranked = sorted(met, key=itemgetter(1), reverse=True)[:MAX_CANDIDATES]
        found += [cluster for cluster, _ in ranked]
        return list(dict.fromkeys(found))

    def _best_match(self, sig: Signature, plan: _Plan | None = None) -> Cluster | None:
        """The candidate whose reports' best `_margin` is highest (>= 0; on a tie the latest told);
        a candidate with a report of the mention's article set apart from it (`_told_apart`), or
        with a report of another article that counts or amounts otherwise (`_values_apart`), is
        taken only through a report alike the mention's sentence.

        Every report of every candidate is first bounded at once (`_margin_bounds`, or the
        article's `plan`); `_margin` is then worked out from the highest bound down (on equal bounds,
        the latest told entry first), and the search stops where no bound can reach the best margin
        found: most pairs are never scored one by one.
        """
        if plan is None:
            crowd = self._crowd(sig)
            clusters = self._candidates(sig)
            compared, ends = self._compared(clusters)
            if not ends or not ends[-1]:
                return None
            rows = _joined_rows(compared)
            bounds = self._margin_bounds(sig, self._rows.block(rows), crowd)
        elif plan.bounds is None:
            return None  # no report of the article's planned mentions to compare
        else:
            clusters, _, ends, crowd, bounds = plan
        if not (bounds >= 0.0).any():
            return None  # no report can be taken (most mentions open an entry): strays change nothing
        apart: dict[int, tuple[bool, bool]] = {}  # candidates with a report set apart from the mention
        held: dict[int, bool] = {}  # candidates with a report of other counts or amounts (`_values_apart`)
        # candidates looked at, and whether they are out: times that cannot meet (`_meets`), or strays
        # (`_strayed`)
        out: dict[int, bool] = {}
        best, best_margin = -1, 0.0
        # only pairs bounded at 0 or more can be taken; among equal bounds the latest told entry's
        # come first, so that a tie it wins ends the search (a page repeating one word: hundreds of
        # entries bounded alike). The result is the order's: the best margin, on a tie the latest told
        taken = np.flatnonzero(bounds >= best_margin)[::-1]
        values = bounds.tolist()
        for pair in taken[np.argsort(-bounds[taken], kind="stable")].tolist():
            bound = values[pair]
            if bound < best_margin:
                break
            owner = bisect_right(ends, pair)
            if bound == best_margin and owner <= best:
                continue  # at best a tie, which goes to the latest told
            cluster = clusters[owner]
            if owner not in out:
                size = ends[owner] - (ends[owner - 1] if owner else 0)
                out[owner] = not self._meets(sig, cluster) or self._strayed(sig, cluster.signatures[-size:])
            if out[owner]:
                continue
            other = cluster.signatures[pair - ends[owner]]  # counted from the end
            # an entry met only because the mention is a deed in force: only a copy joins it
            if _met_in_force(sig, cluster) and _only_in_force(
                sig, other, self.sentence_similarity(sig, other), True
            ):
                continue  # before `_margin`, whose work it would throw away
            margin = _margin(sig, other, self, crowd)
            if margin > best_margin or (margin == best_margin and owner > best):
                alike = self.sentence_similarity(sig, other) >= CROWD_EXEMPT  # alike: one report retold
                if not alike and owner not in apart:
                    apart[owner] = self._told_apart(sig, cluster)
                if alike:
                    best, best_margin = owner, margin
                elif not _apart_from(apart[owner], sig, other):
                    if owner not in held:
                        held[owner] = _values_apart(sig, cluster)
                    if not held[owner]:
                        best, best_margin = owner, margin
        return clusters[best] if best >= 0 else None

    def _compared(self, clusters: list[Cluster]) -> tuple[list[array[int]], list[int]]:
        """The rows of the reports of each candidate, and where each one's rows end in all of them.
        Whether a candidate's times can meet the mention's at all (`_meets`) is asked later, only of
        the few with a report bounded high enough to be scored (`_best_match`): asked of every
        candidate (some 2.3 million on a topic of 300 articles) it cost more than bounding their
        reports."""
        for cluster in [c for c in clusters if not c.rows]:
            cluster.rows = array("q", map(self._rows.row, cluster.signatures[-MAX_COMPARED:]))
        compared = list(map(_ROWS, clusters))
        return compared, list(accumulate(map(len, compared)))

    def _meets(self, sig: Signature, cluster: Cluster) -> bool:
        """Whether an entry may tell the mention's event at all: their times meet (`overlaps`), or the
        mention copies one of its reports (`_copies`); and no level ("raised to four" and "raised to
        five": two occasions) or manner ("temporarily sealed" and "permanently sealing": two deeds)
        sets them apart."""
        if not overlaps(sig.when, cluster.when) and (sig.dating == "text" or not self._copies(sig, cluster)):
            return False
        if sig.levels and cluster.levels and sig.levels.isdisjoint(cluster.levels):
            return False
        return not (sig.manners and manners_opposed(cluster.manners, sig.manners))

    def _copies(self, sig: Signature, cluster: Cluster) -> bool:
        """Whether the mention copies a report of the entry from another article word for word
        (`QUOTE_COPY`), said by the same speaker and with the same numbers: one statement, whatever
        day each page printed it ("The southern hemisphere is entering its winter", printed on 1 and
        30 June), so its time, tied to its article's day, does not keep it apart. Asked only of a mention
        whose sentence writes no date: one written ("struck the region on Tuesday", a month later) may
        tell another happening in the same words (`_meets` asks only of the others). A changed
        number is no copy: a tally's new figure ("The death toll stands at 20", then 25), or another
        day written ("amended on 16 June 2010"). A plain loop, and sentences whose sizes alone rule a
        copy out are not compared."""
        predicate, document, speaker, figures = sig.predicate, sig.document, sig.speaker, sig.figures
        for other in cluster.signatures[-MAX_COMPARED:]:
            if (
                other.predicate == predicate
                and other.document != document
                and other.speaker == speaker
                and other.figures == figures
                and _sizes_may_copy(sig, other)
                and self.sentence_similarity(sig, other) >= QUOTE_COPY
                and _numbers(other.grams) == _numbers(sig.grams)
            ):
                return True
        return False

    def _told_apart(self, sig: Signature, cluster: Cluster) -> tuple[bool, bool]:
        """Whether a report of the entry in the mention's own article, and whether one in another
        article, tells its word of other people or things (`_reports_apart`): the entry holds that
        happening, so the mention, which names someone or something else, tells another one. In
        the mention's own article, whatever another article's report of the entry shares with it
        ("eight more people were diagnosed", then "An adult from Fulham ... has also been
        diagnosed": the adult is not the Alleyn's pupils that 4 May's "Five of the nine diagnosed"
        joined). In another article, when the report the mention matched names none of its
        participants (`_apart_from`): a report that names nobody ("more general wearing of masks")
        matches each scene's, and must not join "passengers wearing face masks" in Mexico City to
        "pupils at Downend school" and to "police wearing masks" in Hong Kong. Asked only of an
        entry about to be taken, and only when the mention's match with it is not alike
        (`CROWD_EXEMPT`): an alike sentence retells it. Other articles are asked only when the
        mention's is not: `_apart_from` reads them only then."""
        recent = cluster.signatures[-MAX_COMPARED:]
        if any(_reports_apart(sig, other, self) for other in recent if other.document == sig.document):
            return True, False
        theirs = (other for other in recent if other.document != sig.document)
        return False, any(_reports_apart(sig, other, self) for other in theirs)

    def _strayed(self, sig: Signature, compared: list[Signature]) -> bool:
        """Whether most of an entry's compared reports in the mention's article are `_stray`: the
        entry is not the mention's, whatever else of it matches. Asked only of an entry about to be
        scored (`_best_match`), and only until the count is settled: `_stray` is a Python call for
        each far report."""
        mine = [other for other in compared if other.document == sig.document]
        far = [other for other in mine if abs(other.sentence - sig.sentence) > NEAR_CHARS]  # `_stray` if any
        strays, needed = 0, len(mine) // 2 + 1  # more than half
        for left, other in enumerate(reversed(far)):
            if strays + len(far) - left < needed:
                return False
            strays += _stray(sig, other, self)
            if strays >= needed:
                return True
        return False

    def _margin_bounds(self, sig: Signature, block: Block, crowd: float) -> np.ndarray:
        """At least `_margin(sig, other)` for each report of `block` (`_bounds`)."""
        return self._bounds(sig, self._rows.mine(sig), _Flags.of(sig, crowd), block)

    def _bounds(self, sig: Signature, mine: Mine | Block, flags: _Flags, block: Block) -> np.ndarray:
        """At least `_margin` of the mention (`mine`: one report, or one for each report of `block`,
        all of `sig`'s article) with each report of `block`, branch by branch, with each sentence
        similarity replaced by its bound (`sketch_rows`) and each term that only lowers a score left
        out. A change to `_margin` must keep this above it, or merging changes
        (`tests/test_merge_pruning.py` checks).

        Most blocks are small (half under 21 reports), so the cost is numpy's per call: a term
        that no mention makes anything of (no predicate, no participants, no crowd) is not
        worked out at all rather than worked out as zeros."""
        sentence = self._rows.sentence_bounds(mine, block)
        penalty = MODALITY_PENALTY * (block.modality != mine.modality)
        if flags.main.any():
            # one scale set to one level needs only `LEVEL_BAR` (`_other_words_bar`); most mentions set none
            bar: float | np.ndarray = PARAPHRASE_THRESHOLD
            if np.any(mine.level):
                bar = np.where((block.level == mine.level) & (block.level != 0), LEVEL_BAR, bar)
            paraphrase = np.where(
                (sentence >= bar) & (block.main != 0) & flags.main,
                sentence - bar - penalty,
                -1.0,
            )
        else:
            paraphrase = np.full(len(sentence), -1.0)
        same_sentence = (same_document := block.document == mine.document) & (block.sentence == mine.sentence)
        if not flags.predicate.any():  # only paraphrases
            paraphrase[same_sentence] = -1.0
            return paraphrase
        same_predicate = (block.predicate == mine.predicate) & flags.predicate
        retold = (penalty == 0) & (~flags.reporting | (sentence >= REPORT_THRESHOLD))
        one_article = np.where(retold, SAME_DOCUMENT_MARGIN, -1.0)
        across = same_predicate & ~same_document
        score = SENTENCE_WEIGHT * sentence
        if across.any():  # else no context: 0.0, which changes no sum
            context = self._article_contexts(sig, block.document, across)
            score = CONTEXT_WEIGHT * context**CONTEXT_POWER + score
        if flags.participants.any():
            score += PARTICIPANT_WEIGHT * ((block.participants != 0) & flags.participants)
        # the crowd's bar spares pairs where both name participants (`_named_alike`) or describe a person
        if flags.crowd.any():
            named = ((block.participants != 0) & flags.named) | flags.described  # `_described_alike`: a bound
            score -= np.where((sentence < CROWD_EXEMPT) & ~named, flags.crowd, 0.0)
        floor = np.where(flags.reporting, REPORT_THRESHOLD, SENTENCE_FLOOR)
        other_article = np.where(sentence >= floor, score - CROSS_DOCUMENT_THRESHOLD - penalty + SLACK, -1.0)
        bounds = np.where(same_predicate, np.where(same_document, one_article, other_article), paraphrase)
        bounds[same_sentence] = -1.0
        return bounds

    def _article_contexts(self, sig: Signature, documents: np.ndarray, needed: np.ndarray) -> np.ndarray:
        """`context_similarity` of the mention's article with the article of each report (numbered
        as `SketchRows.code` numbers them) where `needed`, else 0. Kept by article number while the
        mentions of one article come: its names are counted as its first mention comes, and no
        other article's meanwhile, so no similarity changes."""
        if self._context_of is None or self._context_of[0] != sig.document:
            self._context_of = (sig.document, np.zeros(0))
        known = self._context_of[1]
        if (top := int(documents.max()) + 1) > len(known):
            known = np.concatenate([known, np.full(top - len(known), np.nan)])
            self._context_of = (sig.document, known)
        wanted = documents[needed]
        if (unknown := wanted[np.isnan(known[wanted])]).size:
            for document in set(unknown.tolist()):  # each once: the order changes no similarity
                known[document] = self.context_similarity(sig, self._rows.example(document))
        return np.where(needed, known[documents], 0.0)

    def _crowd(self, sig: Signature) -> float:
        """How much more a report must share with another article's report of its kind of event
        when the collection holds many different events of that kind.

        A story's articles all share its names, so context lets two reports of one kind meet;
        that is telling when the kind is rare ("exploded") and not when it is everywhere (a flu
        story's hundreds of different "confirmed" cases and "deaths"): like any test repeated over
        many candidates, the bar rises with their number (logarithmically, up to `CROWD_MAX`).
        """
        if not sig.predicate:
            return 0.0
        told = min(len(self._predicate_postings(sig.predicate)), MAX_PER_PREDICATE)
        return min(CROWD_MAX, CROWD_PENALTY * max(0.0, math.log2(max(told, 1) / CROWD_SIZE)))

    def foresee(self, events: Iterable[tuple[Event, date | None]]) -> None:
        """Count the days of mentions about to be merged (with their articles' publication dates), so
        that a batch's first mentions meet the breadth its whole collection gives their kinds of
        event (`breadth_floor`), not only what was merged before them. A merger that was given no
        article counts (`words`) counts each article's mentioned sentences instead. The days the
        articles telling each kind were published (`published_days`) are counted here too, a guessed
        publication date left out."""
        sentences: dict[str, set[str]] = defaultdict(set)
        kinds: dict[str, set[str]] = defaultdict(set)
        days: dict[str, date] = {}
        guessed: set[str] = set()  # articles whose publication date storyline guessed
        events = list(events)
        self.places.see(event for event, _ in events)
        for event, published in events:
            if self._own_words:
                sentences[event.document_id].add(event.summary)
            if event.date_inferred:
                guessed.add(event.document_id)
            if not event.predicate:
                continue
            if published is not None:
                kinds[event.document_id].add(predicate_key(event.predicate))
                days[event.document_id] = published
            if (when := time_interval(event, published)) is not None and when[1] != date.max:
                _tell(self._days, predicate_key(event.predicate), when[1])
        for document, told in kinds.items():
            if document not in guessed:
                for key in told:
                    _tell(self._published, key, days[document])
        for told in sentences.values():
            self.words.see(telling_stems(" ".join(told)))

    def days_told(self) -> dict[str, list[str]]:
        """The days each kind of event is told on, for the store: the next run meets the breadth of
        the collection stored before it (`breadth_floor`), not only of its own articles. The days
        of publication of its articles (`published_days`) are kept under `PUBLISHED` and the key."""
        told = {key: sorted(day.isoformat() for day in days) for key, days in self._days.items() if days}
        for key, days in self._published.items():
            if days:
                told[PUBLISHED + key] = sorted(day.isoformat() for day in days)
        return told

    def days_changed(self, kept: Mapping[str, int]) -> dict[str, list[str]]:
        """The kinds of event (keys as `days_told`) told on more days than the `kept` number, with
        all their days: a store keeping the days told row by row writes only these. Days are only
        ever added, so a kind whose number is the same has the same days."""
        changed = {}
        for prefix, told in (("", self._days), (PUBLISHED, self._published)):
            for key, days in told.items():
                if days and len(days) != kept.get(prefix + key, 0):
                    changed[prefix + key] = sorted(day.isoformat() for day in days)
        return changed

    def remember_days(self, saved: dict[str, list[str]]) -> None:
        for key, days in saved.items():
            told = self._published if key.startswith(PUBLISHED) else self._days
            for day in days:
                _tell(told, key.removeprefix(PUBLISHED), date.fromisoformat(day))

    def breadth_floor(self, predicate: str) -> float:
        """The sentence similarity two reports of this kind of event need when they share no
        participant, from how broad the kind is in the collection: the number of different days it
        is told on (the last day each report's time allows). A kind told on many days recurs
        ("confirmed" cases, "deaths", a "ban", "the leak" named in every article of a spill): its
        word alone, or the story's names, do not make two reports one happening; their sentences
        must say so. A collection without dates (ECB+) keeps every kind narrow."""
        days = len(self._days.get(predicate, ()))
        return min(CROWD_EXEMPT, BREADTH_STEP * math.log2(days / NARROW_DAYS)) if days > NARROW_DAYS else 0.0

    def published_days(self, predicate: str) -> int:
        """On how many different days the collection's articles telling this kind of event were
        published (up to `BROAD_DAYS`; none in a collection without publication dates)."""
        return len(self._published.get(predicate, ()))

    def sentence_similarity(self, sig: Signature, other: Signature) -> float:
        """Sentence similarity; the words part worked out once per pair of sentences and batch
        (the several mentions of one sentence share it)."""
        key = (sig.document, sig.sentence, other.document, other.sentence)
        words = self._words.get(key)
        if words is None:
            words = self._words[key] = word_similarity(sig, other)
        return words + figure_agreement(sig, other)

    def context_similarity(self, sig: Signature, other: Signature) -> float:
        """How much two articles share telling names: worked out once per pair of articles and batch."""
        key = (sig.document, other.document)
        similarity = self._contexts.get(key)
        if similarity is None:
            similarity = self._contexts[key] = self.names.similarity(sig, other)
        return similarity


class _Flags(NamedTuple):
    """What `Merger._bounds` reads of the mention of each pair: numpy booleans (and the crowd), one
    for a mention, or arrays, one value a pair."""

    main: np.ndarray
    predicate: np.ndarray
    reporting: np.ndarray
    participants: np.ndarray
    named: np.ndarray  # participants named, not by a reporting verb (`_named_alike`)
    described: np.ndarray  # a person described, not by a reporting verb (`_described_alike`)
    crowd: np.ndarray

    @classmethod
    def of(cls, sig: Signature, crowd: float) -> _Flags:
        return cls(*map(np.asarray, _flag_values(sig, crowd)))

    @classmethod
    def of_many(cls, sigs: list[Signature], crowds: list[float], sizes: list[int]) -> _Flags:
        values = zip(*map(_flag_values, sigs, crowds), strict=True)
        return cls(*(np.repeat(np.asarray(column), sizes) for column in values))


def _flag_values(sig: Signature, crowd: float) -> tuple[bool, bool, bool, bool, bool, bool, float]:
    reporting = sig.reporting
    return (
        sig.main, bool(sig.predicate), reporting, bool(sig.participants),
        bool(sig.participants and not reporting), bool(sig.persons and not reporting), crowd,
    )  # fmt: skip


class _Plan(NamedTuple):
    """A mention's candidates and bounds worked out with its article's (`Merger._foresee`)."""

    clusters: list[Cluster]  # one joined by an earlier mention of the article: the plan is stale
    compared: list[array[int]]
    ends: list[int]
    crowd: float  # `Merger._crowd`: the predicate's postings stay as they were when planned
    bounds: np.ndarray | None = None  # None: no report of the article's plans to compare


def _row_array(rows: Iterable[int]) -> np.ndarray:
    """Rows of the merger's `SketchRows` as the index array `SketchRows.block` takes."""
    return np.fromiter(rows, dtype=np.intp)


def _joined_rows(parts: Iterable[array[int]]) -> np.ndarray:
    """The entries' rows (`Cluster.rows`), one after the other, as the index array `SketchRows.block`
    takes: their bytes joined, not each row made a Python int (some 11 million on 287 articles; a tenth
    of the time)."""
    return np.frombuffer(b"".join(parts), dtype=np.int64)


def _after_tellers(keys: list[set[str]]) -> list[int]:
    """For each mention of an article, reading the postings `keys` (`_postings_keys`), the mention from
    which on none before it tells one of them: a plan made for it there or later stays right."""
    last: dict[str, int] = {}  # the latest mention telling each key
    found = []
    for index, read in enumerate(keys):
        found.append(max([last.get(key, -1) for key in read], default=-1) + 1)
        last.update(dict.fromkeys(read, index))
    return found


def _postings_keys(sig: Signature) -> set[str]:
    """The postings a mention's candidates are read from, which are those it is told in."""
    keys = {"predicate:" + sig.predicate} if sig.predicate else set()
    if sig.main:
        keys.update("word:" + word for word in sig.word_keys)
    return keys


def _tell(days_by_kind: dict[str, set[date]], predicate: str, day: date) -> None:
    days = days_by_kind[predicate]
    if len(days) < BROAD_DAYS:  # no more is needed, and memory stays flat in the collection's size
        days.add(day)


def _told(postings: dict[str, Cluster], cluster: Cluster) -> None:
    """Put an entry last in a posting list: the latest told."""
    postings.pop(cluster.id, None)
    postings[cluster.id] = cluster


def _names_shared(sig: Signature, other: Signature, pairs: Merger, places: bool = True) -> bool:
    """Whether the two mentions name a telling participant or place in common: one in both mentions'
    participants, or one of a mention's named in the other's sentence ("Mr Obama" in one and
    "President Barack Obama" in the other, whichever extraction took as a participant). A name in
    most of the collection's articles ("BP" in a story of BP's spill) tells nothing (`TELLING_NAME`),
    nor does a word of a name that most articles use ("Health" of the Health Protection Agency in
    the World Health Organisation, in a flu story), nor a name both hold that their sentences write
    only by such words or initials (`_telling_words`: the story's country, "UK"). Without `places`, a
    name either mention holds as a place is not looked at (`_too_broad`).

    Asked of some 46,000 pairs: it stops at the first telling name found, and weighs a name only
    once its words are found in the other sentence (the answer is the same as weighing all)."""
    settings = frozenset() if places else sig.places | other.places
    if _participant_shared(sig, other, pairs, settings):
        return True
    weight = pairs.names.weight
    common = pairs.words.weight if pairs.words.documents > 1 else None
    for a, b in ((sig, other), (other, sig)):
        words = b.words
        for name in chain(a.participants, a.places if places else ()):
            found = _name_words(name) & words
            if (
                name not in settings
                and found
                and weight(name) > TELLING_NAME
                and (common is None or any(common(predicate_key(word)) > TELLING_NAME for word in found))
            ):
                return True
    return False


def _named_alike(sig: Signature, other: Signature, pairs: Merger) -> bool:
    """Whether two reports of one predicate (not a reporting verb, whose shared speaker says many
    things) give one role to a telling participant they both hold (`_participant_shared`): the
    crowd of the kind's other events (`Merger._crowd`) is told apart by who did it or what it
    happened to, so "Oil from the spill reaches Texas" retells "Gulf oil spill reaches Texas"
    however many things "reached" the coast. A name in another role, or in none, is only where
    or when it happened ("visits to Louisiana" by Mr Obama and by Mr Hayward, "trading in New
    York" on two days, a meeting "with President Obama" and one Mr Obama held), and a name that
    holds the predicate's own word is the mention's words read as an event ("Save the Children":
    "save", "children")."""
    if sig.reporting or not (sig.arguments and other.arguments):
        return False
    weight = pairs.names.weight
    common = pairs.words.weight if pairs.words.documents > 1 else None
    mine, roles = _role_words(sig.arguments), _role_words(other.arguments)
    return any(
        _name_words(name) & mine.get(role, frozenset()) & words
        and sig.predicate not in map(predicate_key, _name_words(name))
        and weight(name) > TELLING_NAME
        and (common is None or _telling_words(name, sig, other, common))
        for name in sig.participants & other.participants
        for role, words in roles.items()
    )


def _described_alike(sig: Signature, other: Signature) -> bool:
    """Whether two reports of one predicate (not a reporting verb) tell it of one unnamed person of
    the same sex and the same written age: as a shared name does (`_named_alike`), sex and age
    tell the crowd of the kind's other events apart ("that of a Mexican two-year-old boy who was
    visiting Texas", "a two-year-old Mexican boy who died in the US": one death among a flu
    story's hundreds)."""
    if sig.reporting:
        return False
    return any(
        bool(mine.sex and mine.age) and (mine.sex, mine.age) == (theirs.sex, theirs.age)
        for mine in sig.persons
        for theirs in other.persons
    )


@lru_cache(maxsize=8192)
def _role_words(arguments: tuple[tuple[str, frozenset[str], str], ...]) -> Mapping[str, frozenset[str]]:
    """Each role's words, lower case, as `_name_words` writes a name's ("patient|Texas": "texas"). Read
    only: the cache hands the same mapping to every caller."""
    found: dict[str, frozenset[str]] = {}
    for role, _, text in arguments:
        found[role] = found.get(role, frozenset()) | frozenset(text.lower().split())
    return MappingProxyType(found)


def _participant_shared(
    sig: Signature, other: Signature, pairs: Merger, settings: frozenset[str] = frozenset()
) -> bool:
    """Whether both mentions hold a telling participant (`TELLING_NAME`, `_telling_words`), other
    than the places in `settings`."""
    weight = pairs.names.weight
    common = pairs.words.weight if pairs.words.documents > 1 else None
    return any(
        weight(name) > TELLING_NAME and (common is None or _telling_words(name, sig, other, common))
        for name in (sig.participants & other.participants) - settings
    )


def _telling_words(name: str, sig: Signature, other: Signature, common: Callable[[str], float]) -> bool:
    """Whether a name both mentions hold is telling by the words the sentences write for it: a
    participant may be named by a word most of the collection's articles use, as the story's own
    country ("returned from Mexico" in a flu story: "Mexico" is then one name, "Besides Mexico"
    another, and each of them rare), or by its initials ("UK" for the United Kingdom). A name
    written by none of its words (a pronoun's) keeps its own weight."""
    written = [
        word for word in chain(_name_words(name), _initials(name)) if word in sig.words or word in other.words
    ]
    return not written or any(common(predicate_key(word)) > TELLING_NAME for word in written)


@lru_cache(maxsize=4096)
def _initials(name: str) -> tuple[str, ...]:
    """A name of several words as its initials, lower case ("uk" for "United Kingdom")."""
    words = name.split()
    return ("".join(word[0] for word in words).lower(),) if len(words) > 1 else ()


@lru_cache(maxsize=4096)
def _name_words(name: str) -> frozenset[str]:
    """The telling words of a name, lower case, as `Signature.words` holds them ("barack", "obama")."""
    return frozenset(word for word in content_words(name) if len(word) > 3)


def _apart_from(apart: tuple[bool, bool], sig: Signature, matched: Signature) -> bool:
    """Whether an entry told apart from the mention (`Merger._told_apart`: in its own article, in
    another) is so for the report it matched: a report of its article always, one of another
    article unless the matched report gives one of the mention's roles some of the same words
    (`_role_keys`): then the two tell one participant, and the entry's report of other people is
    the one out of place ("My beautiful son was born ... 11 weeks early" still joins "Her son
    Jack, who was born 11 weeks early")."""
    in_article, across = apart
    if in_article:
        return True
    if not across:
        return False
    mine, theirs = _role_keys(sig.arguments), _role_keys(matched.arguments)
    return not any(words & theirs.get(role, frozenset()) for role, words in mine.items())


def _reports_apart(sig: Signature, other: Signature, pairs: Merger) -> bool:
    """Whether `other` is another sentence with the same word that fills a role with other nouns
    (`_other_arguments`: both fill it; a role one leaves unsaid tells nothing). In another article
    only the doers are compared, nouns (`_other_arguments` of the agents, unless the reports hold a
    telling participant in common, `_participant_shared`: "BP's managing director Bob Dudley will
    replace him" and "replaced by his American colleague, Bob Dudley") or names (`_other_agents`):
    one package of measures restricts gatherings and eateries, one leaflet tells how to prevent
    the spread and how to prevent catching it, but passengers, pupils and police wearing masks are
    three scenes."""
    same_sentence = (sig.document, sig.sentence) == (other.document, other.sentence)
    if not sig.predicate or sig.predicate != other.predicate or same_sentence:
        return False
    sentence = pairs.sentence_similarity(sig, other)
    if sig.document == other.document:
        return _other_arguments(sig, other, pairs, sentence)
    return (
        _other_arguments(sig, other, pairs, sentence, AGENT) and not _participant_shared(sig, other, pairs)
    ) or _other_agents(sig, other, pairs, sentence)


def _stray(sig: Signature, other: Signature, pairs: Merger) -> bool:
    """Whether `other` is a sentence of the mention's own article far from it (`NEAR_CHARS`) that
    shares none of its participants and says little alike: a long page (a live blog, a page of
    explainers) uses one word for different things in different places ("what happens in the
    southern hemisphere", "quarantining whole families as has happened"), so an entry holding such
    a sentence is not the mention's, whatever else of it matches (`Merger._best_match`)."""
    return (
        sig.document == other.document
        and abs(sig.sentence - other.sentence) > NEAR_CHARS
        and not _names_shared(sig, other, pairs)
        and pairs.sentence_similarity(sig, other) < REPORT_THRESHOLD
    )


def _too_broad(sig: Signature, other: Signature, pairs: Merger, sentence: float) -> bool:
    """Whether the kind of event is told on too many days for these two reports to be one happening
    without a telling name in common or sentences alike enough (`Merger.breadth_floor`). The names
    are looked at only below the floor: most kinds are narrow, and most pairs clear it. In reports of
    articles a week or more apart (`BOUND_DAYS`) a place both name is not such a name: it is where
    the kind keeps happening ("infected almost 500 people in Scotland" on 15 June, "not always a mild
    infection" of a death in Scotland on 30 June); an event retold over a few days keeps its place.
    Reports weeks apart need the whole floor however narrow their kind (`_span_floor`)."""
    weeks = _weeks_apart(sig, other)
    if sentence >= max(pairs.breadth_floor(sig.predicate), _span_floor(sig, other, weeks)):
        return False
    return not _names_shared(sig, other, pairs, places=not weeks)


def _span_floor(sig: Signature, other: Signature, weeks: bool) -> float:
    """The breadth floor two reports of articles `weeks` apart (`BOUND_DAYS`) need whatever their
    kind's (`Merger.breadth_floor`): a kind told on few days may be one happening told as it
    unfolds, but not when its two reports are weeks apart; they are the kind told of two moments,
    as a broad kind's are. Suttles's "Everyone is frustrated" (24 May), Mardell's "growing sense of
    frustration" (2 June) and the committee's "growing frustration" at Hayward's hearing (18 June)
    are three; methane "trapped in the water" of the Gulf (24 June) is not the hydrates explainer's
    gases "trapped inside them" (8 July). Only reports each dated by its article's known day
    (`Signature.dating`): one dated by its own words to a day the other's meets retells that
    happening ("publicly rebuked ... last month for \"stonewalling\"", 26 July, is the 17 June
    hearing), and a guessed day keeps nothing apart; nor reports that give a role one noun
    (`_told_of_alike`: the landmark retold for months)."""
    if not weeks or not sig.dating == other.dating == "publication" or _told_of_alike(sig, other):
        return 0.0
    return CROWD_EXEMPT


def _only_the_word(sig: Signature, other: Signature, sentence: float) -> bool:
    """Whether two reports in different articles of a verb of saying or a light verb
    (`Signature.reporting`: the word names no happening, the rest of the sentence must) share
    nothing but that word: no other content word (as `predicate_key`s), no participant, place or
    figure. Two short sentences score alike on their one shared word ("We need to have something
    out there," a parish president, and a crowdsourcing expert's "You need the unexpected.": half
    their content words), so no similarity threshold keeps them apart; with nothing else in common
    they are two statements, unless one copies the other (`QUOTE_COPY`)."""
    return (
        sig.reporting
        and sentence < QUOTE_COPY
        and not _other_words_shared(sig, other)
        and sig.participants.isdisjoint(other.participants)
        and sig.places.isdisjoint(other.places)
        and sig.figures.isdisjoint(other.figures)
    )


def _met_in_force(sig: Signature, cluster: Cluster) -> bool:
    """Whether the entry's days meet the mention's only because it is a deed in force (`in_force`):
    read as news of its page's last days it would not meet them."""
    return sig.news != sig.when and not overlaps(sig.news, cluster.when)


def _only_in_force(sig: Signature, other: Signature, sentence: float, met: bool = False) -> bool:
    """Whether two reports meet in time only because one is a deed in force (`in_force`: "have
    learned the lessons" may be of any day before its page), while their sentences are not copies
    (`QUOTE_COPY`): read as news of their pages' last days they would not meet. A page retells a
    deed in force in the words it was first told in ("Three cases have been recorded in Wales", 16
    and 30 June); in other words it is as likely another deed of its kind ("The authorities appear
    to have learned the lessons of previous deadly virus outbreaks", 5 May, is not "Many individual
    countries learned painful lessons", 27 April; "The authorities have banned imports of pork and
    pork products", 5 May, is not Russia's ban of 27 April). `met`: the entry of `other` met the
    mention only so (`_met_in_force`), whatever the two reports' own days."""
    return sentence < QUOTE_COPY and (met or not overlaps(sig.news, other.news))


def _other_complements(sig: Signature, other: Signature, sentence: float) -> bool:
    """Whether both words take an infinitive (`complements`: "forced to ask", "forced to inject")
    and the two infinitives are of other kinds, neither one key nor near in meaning (`WORDS_ALIKE`:
    "forced to pay" and "forced to compensate" stay one): the word names no deed of its own, they do.
    Sentences alike (`CROWD_EXEMPT`) or a shared figure ("to make a $20bn down payment", "to set up a
    $20bn fund") tell one deed in two words."""
    first, second = sig.complement, other.complement
    if not first or not second or sentence >= CROWD_EXEMPT or sig.figures & other.figures:
        return False
    return predicate_key(first) != predicate_key(second) and text_similarity(first, second) < WORDS_ALIKE


def _weeks_apart(sig: Signature, other: Signature) -> bool:
    """Whether the two reports' articles were published a week or more apart (`BOUND_DAYS`)."""
    if sig.published is None or other.published is None:
        return False
    return abs((sig.published - other.published).days) >= BOUND_DAYS


def _words_shared(sig: Signature, other: Signature, pairs: Merger) -> bool:
    """Whether the two sentences share telling words besides the predicate's own: words that fewer
    than about half of the collection's articles use (`TELLING_NAME`), as "face masks" or "Alleyn"
    in a flu story, not "virus", "flu" or "spread"; together worth two words in half of the articles
    or one in a quarter of them ("seasonal" alone, in two explainers of "circulating", is not)."""
    shared = _other_words_shared(sig, other)
    weights = [weight for weight in pairs.words.weights(shared) if weight > TELLING_NAME]
    return math.fsum(weights) > 2 * TELLING_NAME  # the same sum in any order the set gives


def _other_words_shared(sig: Signature, other: Signature) -> frozenset[str]:
    """The content words (as `predicate_key`s) two reports' sentences share besides the predicate's own:
    every word of a phrase's, as "pick" of "picked up" ("picked up swine flu while in Texas" is not
    "the chances of picking up the virus are remote")."""
    own = {sig.predicate} | _lemma_stems(sig.lemma) | _lemma_stems(other.lemma)
    return (_stems(sig.words) & _stems(other.words)) - own


@lru_cache(maxsize=4096)
def _lemma_stems(lemma: str) -> frozenset[str]:
    """The keys (`predicate_key`) of each word of a predicate's lemma ("pick up": "pick", "up")."""
    return frozenset(predicate_key(word) for word in lemma.split())


@lru_cache(maxsize=8192)
def _stems(words: frozenset[str]) -> frozenset[str]:
    """A sentence's content words as the keys of their kinds (`predicate_key`): what `words` counts.
    Frozen: the cache hands the same set to every caller."""
    return frozenset(predicate_key(word) for word in words)


def _unsupported(sig: Signature, other: Signature, pairs: Merger, sentence: float) -> bool:
    """Whether two reports in different articles of a recurring kind of event share nothing but its
    word: no telling name or place, no figure, no telling word besides the predicate, and sentences
    not alike (`CROWD_EXEMPT`). A broad word ("study", "slow", "learn", "pick up") told on several days
    names many happenings in a collection ("is being studied by the top laboratories", "studied in
    the same class"); the story's names in both articles do not make two of them one. A kind told
    by articles of a day or two only (the day and the next: "the two pupils are siblings"), or in a
    collection without publication dates (ECB+), keeps its word telling.

    Reports of articles weeks apart (`BOUND_DAYS`) need more: the story's stock sentence recurs for
    weeks ("There are currently 1,752 confirmed cases of swine flu across the UK", 18 June; "nine
    further cases of swine flu were confirmed in the UK", 4 May), so sentences alike in the story's
    common words are not one happening unless one copies the other (`QUOTE_COPY`), and a place both
    name is only where the kind keeps happening (as `_too_broad`). Not when both write the day
    (their times meet, or they are not compared) or give a role one noun (`_told_of_alike`): a
    landmark is retold for months ("since BP's Deepwater Horizon rig exploded on 20 April", "since
    a drilling rig it leased exploded and sank in April"). Nor when either is undated or dated
    against a guessed publication date (`Signature.dating`): a guess keeps nothing apart."""
    weeks = (
        _weeks_apart(sig, other)
        and {sig.dating, other.dating} <= _KNOWN_DAYS
        and not _told_of_alike(sig, other)
    )
    return (
        sentence < (QUOTE_COPY if weeks else CROWD_EXEMPT)
        and (weeks or pairs.published_days(sig.predicate) > RECURRING_DAYS)
        and pairs.words.documents > 1
        and not sig.figures & other.figures
        and not _words_shared(sig, other, pairs)
        and not _names_shared(sig, other, pairs, places=not weeks)
    )


_KNOWN_DAYS = frozenset({"text", "publication"})  # datings of an article whose day is known (`_unsupported`)


def _told_of_alike(sig: Signature, other: Signature) -> bool:
    """Whether two reports both date their word by their own text (`Signature.dating`) or fill a
    role with a noun in common (`_role_keys`: "the Deepwater Horizon rig exploded", "a drilling rig
    ... exploded"): something besides the word and the story's words tells of one happening. Two
    people each told by what they are (`ONE_PERSON`) have no noun in common: "That worker is now
    suing both BP and the rig's owners" (21 June) is not "a Louisiana lawyer who is suing BP" (8
    November)."""
    if sig.dating == other.dating == "text":
        return True
    theirs = _role_keys(other.arguments)
    return any(
        (keys & theirs.get(role, frozenset())) - ONE_PERSON
        for role, keys in _role_keys(sig.arguments).items()
    )


def _restated(sig: Signature, other: Signature, sentence: float) -> bool:
    """Whether two reports in different articles are one speaker's statements of different days: the
    same source, each dated only by its article, articles more than `RECURRING_DAYS` apart (a
    statement is retold the next day), and sentences not alike (`CROWD_EXEMPT`). A speaker repeats
    a view ("Professor John Oxford said that despite the death, the public should not panic" on 15
    June, "people should not panic as the outbreak was milder" on 11 June); a report of one
    statement copies its words."""
    return (
        bool(sig.speaker)
        and sig.speaker == other.speaker
        and sentence < CROWD_EXEMPT
        and sig.dating == other.dating == "publication"
        and sig.published is not None
        and other.published is not None
        and abs((sig.published - other.published).days) > RECURRING_DAYS
    )


def _quoted_apart(sig: Signature, other: Signature, pairs: Merger, sentence: float) -> bool:
    """Whether two people's own words (`Signature.quoted`) in different articles share only a stock
    phrase: a few words in common (`STOCK_WORDS`: "never seen", "we will not rest"; one quotation
    told twice shares more, "a lot of people crying for help, a lot of buildings collapsed"), no
    speaker named in common, no telling name, no figure, and sentences not alike
    (`CROWD_EXEMPT`), or, when the articles share little else (`QUOTE_CONTEXT`: other stories),
    not copies (`QUOTE_COPY`). "We will not rest until justice is done" (Holder, on the inquiries)
    is not Salazar's "we will not rest until the job is done"; a rescued worker's "I've never seen
    nothing like that" is not a scientist's "We've never seen anything like this before"; the
    words shared are the phrase's own, so they do not count (`_words_shared`). Of other stories one
    sentence need only quote: "You can't be too careful," he says (a Mexican, 2 May) is not They say
    "you can't be too careful" (other people, 5 May), whose quotation does not open its sentence."""
    if (
        not (sig.quoted or other.quoted)
        or sentence >= QUOTE_COPY
        or len(sig.words & other.words) > STOCK_WORDS
    ):
        return False  # no one's own words, or one quotation (copied, or sharing a long stretch)
    if _one_speaker(sig, other):
        return False  # one speaker's words: `_restated`
    if pairs.context_similarity(sig, other) >= QUOTE_CONTEXT:
        if not (sig.quoted and other.quoted):
            return False  # one story: a quotation may be told again in the writer's words
        bar = CROWD_EXEMPT
    else:
        bar = QUOTE_COPY
    return sentence < bar and not sig.figures & other.figures and not _names_shared(sig, other, pairs)


def _one_speaker(sig: Signature, other: Signature) -> bool:
    """Whether two reports' speakers share a name's word, or one's speaker is written in the other's
    sentence: Suttles's own words ("we can't guarantee success," Suttles said) are what "BP's chief
    operating officer Doug Suttles told a press conference on Saturday", whose speaker is read as
    his title."""
    mine, theirs = _name_words(sig.speaker), _name_words(other.speaker)
    return bool(mine & theirs or mine & other.words or theirs & sig.words)


def _judged(sig: Signature, other: Signature, pairs: Merger, sentence: float) -> bool:
    """Whether two reports in different articles of a word of judgement (`JUDGEMENTS`: a "record",
    markets "encouraged", "life-threatening") share no telling participant and are not alike
    (`CROWD_EXEMPT`): the word says how something was found, not what happened, so only who or
    what it is said of tells the event ("record numbers of customers" at karaoke clubs, 250
    infections "recorded" in Japan). As `_unsupported`, only for a word the collection's articles
    tell on several days."""
    if (
        sentence >= CROWD_EXEMPT
        or sig.predicate not in JUDGEMENTS
        or pairs.published_days(sig.predicate) <= RECURRING_DAYS
    ):
        return False  # alike, or a judgement told by articles of a day or two (or undated: ECB+)
    return not _participant_shared(sig, other, pairs)


def _other_amounts(sig: Signature, other: Signature) -> bool:
    """Whether two reports of articles of different days give different amounts (`_amounts`): "BP
    has put the costs of dealing with the disaster at over $3.5bn" (17 July) and "... at over
    $3.95bn" (19 July) are two updates, however alike their words; "£10bn ($15bn) was wiped off the
    value of Britain's third-largest company this week" (1 May) and "At its worst BP saw 34% wiped
    off the company's value" (3 June) two losses. One day's reports may convert or round one amount
    differently ("$20bn (£13.6bn)", "£14bn"); a shared amount keeps them together."""
    mine, theirs = _amounts(sig), _amounts(other)
    return bool(mine and theirs and mine.isdisjoint(theirs) and sig.published != other.published)


def _amounts(sig: Signature) -> frozenset[float]:
    """How much a report says was lost, gained or spent: its own amounts of money
    (`Signature.amounts`) and the shares it counts itself (`_own_counts`: "BP saw 34% wiped off",
    not "shares rose more than 6% after it agreed to put $20bn in a fund")."""
    shares = [value for what, value, _ in _own_counts(sig) if what == "%"]
    return sig.amounts.union(shares) if shares else sig.amounts


def _other_counts(sig: Signature, other: Signature) -> bool:
    """Whether two reports of articles of different days count the same things differently
    (`counts_differ`): "41 countries had reported 11,034 cases ... including 85 deaths" (21 May)
    and "73 countries have officially reported 25,288 ... including 139 deaths" (30 June) are two
    of one reporter's tallies, however alike their words; "Mexico has now confirmed 25 fatalities"
    and "... 19 fatalities" two days' counts. As `_other_amounts`: one day's reports may tell one
    count differently (sources disagreeing on one event: a conflict), unless each counts what it
    tells itself (`_same_day_tallies`, through `_tallies_apart`), and counts of other things
    ("killed 11 workers", "5,000 barrels of oil a day") or no count tell nothing apart. The counts
    must be one of the mentions' own (`Signature.figures`, which go to a sentence's first event):
    "Up to 5,000 barrels of oil a day are gushing ... after the rig exploded" and "Some 1,000
    barrels ... since a drilling rig exploded" tell two flows, but one explosion. A bound or a
    guess meets a count near it only in reports of days close together (`BOUND_DAYS`): "killed at
    least 60 people" (25 April) and "killed 80 people" (21 May) are two tallies of a growing toll.
    The counts of what a mention tells (its word, its arguments' nouns) are its own whichever event
    holds the figures (`_tallies_apart`: "including 231 deaths", a week later "including 125 deaths")."""
    return bool(
        (sig.figures or other.figures)
        and sig.counts
        and other.counts
        and _days_apart(sig, other)
        and counts_differ(sig.counts, other.counts, not _weeks_apart(sig, other))
    ) or _tallies_apart(sig, other)


def _tallies_apart(sig: Signature, other: Signature) -> bool:
    """Whether two reports of articles of different days count what they tell differently
    (`_own_counts_differ`, with `_other_counts`'s bounds): "Mexico has now ⟦confirmed⟧ 25
    fatalities" (4 May) is not "Mexico has now confirmed 19 fatalities, but officials ⟦said⟧ ..."
    (3 May), however alike the sentences, nor is "including 125 ⟦deaths⟧" 22 June's "including
    231 deaths". Articles of one day too, when each report counts what it tells itself and the
    two write no number in common (`_same_day_tallies`)."""
    if _days_apart(sig, other):
        return _own_counts_differ(sig, other, not _weeks_apart(sig, other))
    return _same_day_tallies(sig, other)


def _same_day_tallies(sig: Signature, other: Signature) -> bool:
    """Whether two reports in different articles of one day are two tallies of what they tell: each
    counts it itself (`_own_counts`: not a clause's count, "The nationwide campaign ⟦begins⟧ after
    the number of confirmed cases ... has risen to 28", which a version of the page hours earlier
    wrote as 27), the counts differ (`counts_differ`, a bound meeting a count near it) and the
    sentences share no number at all. A day's news updates a count as it goes: "They bring the
    overall totals to 23 in England" and, in the page's later version, "It brings the overall
    totals to 24"; an outbreak that "killed 103 people in Mexico", then "up to 149". Read over
    four stores' entries, such same-day pairs were updates, not two sources disagreeing on one
    count; reports that share one of their numbers ("20 people have died ... 40 other deaths",
    "killed 20 people ... 48 more deaths") tell one statement revised, and stay one."""
    if sig.document == other.document or sig.published is None or sig.published != other.published:
        return False
    mine, theirs = _own_counts(sig), _own_counts(other)
    if not (mine and theirs) or sig.figures & other.figures:
        return False
    numbers = {value for _, value, _ in sig.counts}
    return numbers.isdisjoint(value for _, value, _ in other.counts) and counts_differ(mine, theirs)


def _days_apart(sig: Signature, other: Signature) -> bool:
    """Whether the two reports' articles were published on different days, both known."""
    return sig.published is not None and other.published is not None and sig.published != other.published


def _own_counts(sig: Signature) -> frozenset[Count]:
    """The counts of what the mention tells: its own word ("including 231 ⟦deaths⟧") or a noun of
    its arguments ("⟦confirmed⟧ 25 fatalities"), whichever event of the sentence holds its figures
    (the first: "The total now ⟦stands⟧ at 52,160 ... including 231 deaths"); not the counts of the
    sentence's other clauses ("first ⟦emerged⟧ in Mexico ... and has since spread to 74 countries")."""
    if not sig.counts:
        return frozenset()
    keys = {predicate_key(sig.word)} if sig.word else set()
    keys.update(chain.from_iterable(nouns for _, nouns, _ in sig.arguments))
    return frozenset(count for count in sig.counts if count[0] in keys)


def _own_counts_differ(sig: Signature, other: Signature, bounds: bool = True) -> bool:
    """Whether the counts of what one report tells differ (`counts_differ`, `bounds` as there)
    from the other's (their own, or its sentence's when it has none of its own): "The total now
    stands at 52,160 ... including 231 deaths" and "It reports 21,940 cases in 69 countries
    including 125 deaths" are two tallies, on two pages or on one (a blog reprinting its posts of a
    month)."""
    mine, theirs = _own_counts(sig), _own_counts(other)
    if not (mine or theirs):
        return False
    return counts_differ(mine or sig.counts, theirs or other.counts, bounds)


def _other_persons(sig: Signature, other: Signature, sentence: float) -> bool:
    """Whether two reports in different articles tell one predicate of different unnamed people
    (`persons_differ`: another sex or another age, both written): "They found a two-year-old girl
    alive", "A 14-year-old girl was also found alive" and "a 10-year-old girl and her eight-year-old
    brother were found" are three rescues; "Rescuers have pulled a six-year-old boy free" is not "An
    11-year-old girl has been pulled from the rubble". People told without sex or age ("the man",
    "a Mexican man" and "the 25-year-old man") are not told apart, nor a described person from a
    named one; copies (`QUOTE_COPY`: an age corrected in a copied report) stay one report."""
    return sentence < QUOTE_COPY and persons_differ(list(sig.persons), list(other.persons))


def _one_and_many(sig: Signature, other: Signature) -> bool:
    """Whether one report tells its word of a described person (`Signature.persons`) and counts no
    more than one, and the other, of no described person, counts many of what it tells
    (`_own_counts`): "A 20-year-old Moroccan woman ⟦infected⟧ with swine flu has died in Madrid" is
    not "717 people have been ⟦infected⟧ with the H1N1 virus in Spain", on one page or on two. She is
    one of them; her infection is not their tally. A report that tells both ("has killed up to 159
    people in Mexico and a 23-month-old boy in the United States") is the tally's."""
    return any(
        bool(one.persons) and not many.persons and _counts_many(many) and not _counts_many(one)
        for one, many in ((sig, other), (other, sig))
    )


def _counts_many(sig: Signature) -> bool:
    """Whether a report counts more than one of what it tells (`_own_counts`)."""
    return any(value > 1 for _, value, _ in _own_counts(sig))


def _other_arguments(
    sig: Signature, other: Signature, pairs: Merger, sentence: float, only: str | None = None
) -> bool:
    """Whether two reports of a recurring kind of event (`RECURRING_DAYS`) tell it of different
    unnamed people or things: a role both fill with nouns (`Signature.arguments`) shares none of
    them, and neither sentence writes the other's, while the sentences are not alike
    (`CROWD_EXEMPT`) and share no figure. A broad predicate is told of many in a collection:
    "Local TV footage showed police wearing masks" is not "Medical staff wearing protective
    clothing", "About 300 people at a Hong Kong hotel have been placed under quarantine" not "About
    250 recruits and personnel at an army camp", "All three recently returned from Mexico" not "a
    51-year-old woman who had recently returned from Mexico". One article's reports too: a page
    tells the scene's different people with one word. A role filled by a name is not compared
    (`roles`); a role only one report fills tells nothing ("A lawsuit has already been filed" and
    "Two Louisiana shrimpers have also filed a lawsuit": one patient, one agent unsaid), nor nouns
    alike in meaning (`ROLE_ALIKE`: "welcomes new investors", "We welcome new shareholders").
    `only`: the one role compared."""
    if (
        sentence >= CROWD_EXEMPT
        or not (sig.arguments and other.arguments)
        or sig.figures & other.figures
        or pairs.published_days(sig.predicate) <= RECURRING_DAYS
    ):
        return False
    theirs = {role: (keys, text) for role, keys, text in other.arguments}
    mine_said, theirs_said = _stems(sig.words), _stems(other.words)
    for role, keys, text in sig.arguments:
        their_keys, their_text = theirs.get(role, (frozenset(), ""))
        if (
            only in (None, role)
            and keys
            and their_keys
            and keys.isdisjoint(their_keys)
            and keys.isdisjoint(theirs_said)
            and their_keys.isdisjoint(mine_said)
            and _nouns_alike(text, their_text) < ROLE_ALIKE
        ):
            return True
    return False


def _other_agents(sig: Signature, other: Signature, pairs: Merger, sentence: float) -> bool:
    """Whether two reports of a recurring kind of event (`RECURRING_DAYS`) in different articles tell
    it of two named doers, or done to two named people or things: "Tyrone Benton, who is now suing BP
    and Transocean" (a rig worker, July) and "The US is suing BP and eight other firms" (December)
    are two lawsuits. Neither name is written in the other's sentence. A person told by what they
    are ("That worker is now suing", "a Louisiana lawyer who is suing BP") may be the named one, and
    a common noun ("the company", "officials") may stand for a name, so neither is compared; nor a
    statement's speaker (a reporting verb), alike sentences (`CROWD_EXEMPT`) or a shared figure."""
    if (
        sentence >= CROWD_EXEMPT
        or sig.reporting
        or sig.figures & other.figures
        or pairs.published_days(sig.predicate) <= RECURRING_DAYS
    ):
        return False
    return any(_named_apart(sig, other, role) or _named_apart(other, sig, role) for role in NAMED_ROLES)


def _placed_apart(sig: Signature, other: Signature, pairs: Merger, sentence: float) -> bool:
    """Whether two reports in different articles locate their word in different places, both named
    (`Signature.places`: "17 other people are under investigation in Spain", "Suspected cases are
    being investigated in Brazil, Israel, Australia and New Zealand"), and their sentences are not
    alike (`CROWD_EXEMPT`): one broad word ("investigated", "tested", "checked") told of two
    countries is two happenings. A place within the other is the same place (`_same_place`).
    Two reports told of places only (`_told_of_places`) are compared by them, and are apart however
    alike their stock words, short of a copy (`QUOTE_COPY`): "the number of confirmed cased in Spain
    rose from two to 10", "Canada's confirmed number of cases rose to 140"."""
    of_places = _told_of_places(sig, pairs) and _told_of_places(other, pairs)
    mine, theirs = (sig.participants, other.participants) if of_places else (sig.places, other.places)
    if sentence >= (QUOTE_COPY if of_places else CROWD_EXEMPT) or not mine or not theirs or mine & theirs:
        return False
    return not any(
        _same_place(place, other_place, other, pairs) or _same_place(other_place, place, sig, pairs)
        for place in mine
        for other_place in theirs
    )


def _told_of_places(sig: Signature, pairs: Merger) -> bool:
    """Whether every participant of the report is a place the collection locates things in: what it
    tells happened to that place ("Canada's confirmed number of cases rose", "Spain's cases")."""
    return bool(sig.participants) and all(pairs.places.placed(name) for name in sig.participants)


def _same_place(place: str, other_place: str, other: Signature, pairs: Merger) -> bool:
    """Whether `place` may be `other_place` or lie in it: one's name words hold the other's ("Mexico
    City", "Mexico"), the other report's sentence writes `place` or its people ("in the Mexican state
    of Veracruz"), `place` is written with the other's initials ("UK", "United Kingdom"), or the
    collection writes one within the other (`PlaceIndex.within`: "Galveston, Texas")."""
    if _initials_of(other_place, place):
        return True
    words, others = _name_words(place), _name_words(other_place)
    if others and words and (others <= words or words <= others):
        return True
    if (words and words <= other.words) or _people_of(place, other.words):
        return True
    return pairs.places.within(place, other_place) or pairs.places.within(other_place, place)


def _initials_of(name: str, short: str) -> bool:
    """Whether `short` is written with the initials of the name's capitalised words: "UK" or "U.K."
    for "United Kingdom", "USA" for "United States of America"."""
    words = name.split()
    initials = "".join(word[0] for word in words if word[0].isupper())
    return len(words) > 1 and short.isupper() and short.replace(".", "") == initials


def _people_of(place: str, words: frozenset[str]) -> bool:
    """Whether the words name the place's people ("mexican" for Mexico, "scottish" for Scotland): a
    word that begins as the one-word name does and ends as the names of peoples do."""
    name = place.lower()
    if " " in name or len(name) < 4:
        return False
    return any(word.startswith(name[:4]) and word.endswith(_PEOPLES) and word != name for word in words)


def _named_apart(sig: Signature, other: Signature, role: str) -> bool:
    """Whether `sig`'s `role` is a name that `other` neither gives that role nor writes, while
    `other`'s is another name, which `sig` does not write (`_other_agents`). A patient must be one
    of its report's participants: "The Libyan ... was freed" (a people's name for one man) is no
    name. A doer need not: one lent by a copula ("Ghana is the latest country to ban pork imports")
    is not among its word's participants."""
    mine, theirs = _role_name(sig.arguments, role), _role_name(other.arguments, role)
    if not mine or not theirs or ONE_PERSON in (mine, theirs):
        return False
    if role == PATIENT and not (_a_participant(mine, sig) and _a_participant(theirs, other)):
        return False
    return (
        mine.isdisjoint(theirs)
        and mine.isdisjoint(_stems(other.words))
        and theirs.isdisjoint(_stems(sig.words))
    )


def _a_participant(name: frozenset[str], sig: Signature) -> bool:
    """Whether a role's name (`_role_name`) writes a word of one of the report's participants, the
    names the actor registry gave it."""
    return any(name & _name_keys(participant) for participant in sig.participants)


@lru_cache(maxsize=8192)
def _name_keys(name: str) -> frozenset[str]:
    """A participant's words as `_role_name` keys them."""
    return frozenset(predicate_key(word.lower()) for word in name.split())


@lru_cache(maxsize=8192)
def _role_name(arguments: tuple[tuple[str, frozenset[str], str], ...], wanted: str) -> frozenset[str] | None:
    """The role's words as keys when it is a name (capitals: "Benton Tyrone", "US"; with its
    initials, "us" for "United States"), `ONE_PERSON` when it is a described person, else None
    (no such role, or a common noun)."""
    for role, keys, text in arguments:
        if role != wanted:
            continue
        if keys == ONE_PERSON:
            return keys
        if keys:
            return None
        names = [word for word in text.split() if word[:1].isupper() and word.lower() not in TITLE_WORDS]
        words = frozenset(predicate_key(word.lower()) for word in names)
        return words | frozenset(_initials(" ".join(names))) if len(names) > 1 else words
    return None


@lru_cache(maxsize=8192)
def _nouns_alike(first: str, second: str) -> float:
    """How alike two roles' nouns are in meaning (`embedding`): other words for one participant
    ("investors", "shareholders"; "threat", "risk"; "results", "research") are alike, other people
    ("police", "staff") are not."""
    return text_similarity(first, second)


def _another_also(sig: Signature, other: Signature) -> bool:
    """Whether the later of two reports in one article tells its word after "also" (`told_also`):
    the article has told one of the kind and now tells another ("A lawsuit has already been filed
    against BP and Transocean on behalf of the 11 missing rig workers. Two Louisiana shrimpers have
    also filed a lawsuit"). Across articles "also" says nothing of the other article's report, nor in
    someone's own words (`Signature.quoted`), which list the speaker's points: "That estimate is
    also based on our belief that we are not grossly negligent" is what the article told before
    ("BP's chairman said the costs estimate was based on the company's belief ...")."""
    later, earlier = (sig, other) if sig.sentence > other.sentence else (other, sig)
    return (
        sig.sentence != other.sentence
        and later.also
        and not later.quoted
        and not _same_roles(later.arguments, earlier.arguments)
    )


def _same_roles(
    first: tuple[tuple[str, frozenset[str], str], ...], second: tuple[tuple[str, frozenset[str], str], ...]
) -> bool:
    """Whether two reports name the same agent doing the act to the same patient (`Signature.arguments`:
    the agents' words meet, one patient's words are all among the other's): "also" then adds the act
    to what the article told before, it tells no other of the kind. "Thad Allen defended the use of
    chemical dispersants", then "Mr Allen also defended the use of chemical dispersants ..." (after
    his other points) is one act. An agent unnamed may be another ("He also reviewed Conrad Murray's
    account": the second witness), and another patient is another act: "Two Louisiana shrimpers have
    also filed a lawsuit" after a lawsuit filed "on behalf of the 11 missing rig workers" (no agent
    said), "Mark also visits the eye clinic" after "the specialist diabetic foot clinic"."""
    mine, theirs = _role_keys(first), _role_keys(second)
    patients = mine.get(PATIENT, frozenset()), theirs.get(PATIENT, frozenset())
    return (
        bool(mine.get(AGENT, frozenset()) & theirs.get(AGENT, frozenset()))
        and bool(patients[0] and patients[1])
        and (patients[0] <= patients[1] or patients[1] <= patients[0])
    )


@lru_cache(maxsize=8192)
def _role_keys(arguments: tuple[tuple[str, frozenset[str], str], ...]) -> Mapping[str, frozenset[str]]:
    """Each role's nouns as keys (`roles`: "timing" and "timing event" meet), or a name's telling
    words, without its title ("Allen Mr": "allen"). Read only, as `_role_words`'s."""
    found: dict[str, frozenset[str]] = {}
    for role, keys, text in arguments:
        words = keys or frozenset(map(predicate_key, _name_words(text)))
        found[role] = found.get(role, frozenset()) | words
    return MappingProxyType(found)


def _other_years(sig: Signature, other: Signature, sentence: float) -> bool:
    """Whether one of two reports in different articles is dated by its own words to a past year
    (`_own_past_year`) that the other's sentence does not write, while the other is dated only by
    its article, whose "on or before" date meets any past day: "still struggling to recover from
    devastating hurricanes in 2008" is not the struggle with "last week's earthquake", nor "The
    World Health Organization last declared a pandemic 41 years ago" the pandemic that "would
    have been declared" by moving to phase 6. Sentences alike (`CROWD_EXEMPT`) may tell one report
    without its year ("won a talent contest" is the win "in 1967"), but not when the other writes
    years of its own, none of them that one ("The last pandemic was in 1968 and killed around a
    million people" is not "A pandemic similar to that of 1918-19, which killed at least 50 million
    people"). Copies (`QUOTE_COPY`) or a shared figure tell one report. Undated articles (ECB+) are
    not compared."""
    if sentence >= QUOTE_COPY or sig.figures & other.figures:
        return False
    return any(
        (year := _own_past_year(a)) is not None
        and b.dating == "publication"
        and year not in b.years
        and (sentence < CROWD_EXEMPT or bool(b.years))
        for a, b in ((sig, other), (other, sig))
    )


def _own_past_year(sig: Signature) -> int | None:
    """The one year, before its article's, that a report is dated to by its own words, written in
    its sentence as a year (`Signature.years`: "in 1968", "41 years ago", not a live blog's
    "1609"); None otherwise."""
    if sig.dating != "text" or sig.when is None or sig.published is None:
        return None
    year = sig.when[0].year
    if year == sig.when[1].year < sig.published.year and year in sig.years:
        return year
    return None


def _paraphrase_bar(sig: Signature, other: Signature) -> float:
    """The sentence similarity two mentions of different predicates (or none) need: a sentence of
    fewer than `WORDS_MET` telling words must be a copy (`QUOTE_COPY`: "NEW CAP FOR LEAKING OIL
    WELL" on every page of a day), as one such word is all it shares with a stranger ("It is so
    upsetting", "It was very upsetting": two people)."""
    if len(sig.word_keys) < WORDS_MET or len(other.word_keys) < WORDS_MET:
        return QUOTE_COPY
    return PARAPHRASE_THRESHOLD


def _other_words_bar(sig: Signature, other: Signature) -> float:
    """The sentence similarity two main mentions of different predicates need: a paraphrase's
    (`_paraphrase_bar`), or less when both set one scale to one level (`scale_levels`)."""
    return LEVEL_BAR if one_level_set(sig, other) else _paraphrase_bar(sig, other)


def _clause_lent(sig: Signature, other: Signature, sentence: float) -> bool:
    """Whether two mentions of different predicates are alike only through a clause one of them holds
    that tells the other's event in its word (`Signature.word` heading a subordinate clause that the
    mention's word governs, `Signature.clauses`): "The nationwide campaign begins after the number of
    confirmed cases ... has risen to 28" is not a paraphrase of "the number of confirmed cases ... has
    risen to 27": the campaign's sentence tells the tally too, in its own mention, and the campaign is
    another event. A light verb's object or a coordinated verb is no clause: "Police carried out an
    extensive interview" is the interview, "acted with gross negligence and gave Jackson a lethal dose"
    the giving. Copies (`QUOTE_COPY`) stay one report, and a mention
    with no predicate stands for its whole sentence: "UK swine flu highest in Europe The UK has the
    highest number of confirmed swine flu cases in Europe" is the news of "141 cases ... have been
    confirmed ..., making the UK home to the highest number of confirmed cases in Europe"."""
    if sentence >= QUOTE_COPY or not (sig.predicate and other.predicate):
        return False
    return bool(other.word and other.word in sig.clauses) or bool(sig.word and sig.word in other.clauses)


def _margin(sig: Signature, other: Signature, pairs: Merger, crowd: float = 0.0) -> float:
    """How far the evidence that two mentions tell one event clears its threshold (< 0: it does not)."""
    penalty = MODALITY_PENALTY if sig.modality != other.modality else 0.0  # "likely to send" / "sent"
    if sig.document == other.document and sig.sentence == other.sentence:
        return -1.0  # one sentence tells different events
    if sig.predicate != other.predicate or not sig.predicate:  # no predicate: only the sentence tells
        if (
            sig.main
            and other.main
            and (sentence := pairs.sentence_similarity(sig, other)) >= (bar := _other_words_bar(sig, other))
            and not _clause_lent(sig, other, sentence)
            and not _tallies_apart(sig, other)
            and not outcome_of_procedure(sig, other)  # "started the static kill", "the kill has worked"
        ):
            return sentence - bar - penalty  # not another day's tally in other words: 19, then 25
        return -1.0
    if words_apart(sig.lemma, other.lemma):
        return -1.0  # one stem, two words: "is designed for" and "Designation of this phase"
    apart = bool(sig.participants and other.participants and not sig.participants & other.participants)
    if sig.document == other.document:  # one article tells one event again with the same word
        if apart or penalty or not overlaps(sig.in_article, other.in_article):
            return -1.0
        if {sig.dating, other.dating} == {"text", "publication"}:
            return -1.0  # "On 13 October ... called" is background to the news the article dates
        if sig.reporting and pairs.sentence_similarity(sig, other) < REPORT_THRESHOLD:
            return -1.0  # "said" or "made" twice in one article: two statements unless they say alike
        if _stray(sig, other, pairs):
            return -1.0  # far apart in a long page (a live blog, an explainer): one word, two topics
        alike = pairs.sentence_similarity(sig, other)
        if _too_broad(sig, other, pairs, alike):
            return -1.0  # "pupils fell ill" and "a fall in the number of new cases"
        if _other_arguments(sig, other, pairs, alike):
            return -1.0  # one page's different people: "police wearing masks", "Medical staff wearing"
        if _one_and_many(sig, other):
            return -1.0  # "A 20-year-old Moroccan woman infected", "717 people have been infected"
        if _another_also(sig, other):
            return -1.0  # "A lawsuit has already been filed ...", then "shrimpers have also filed a lawsuit"
        if _own_counts_differ(sig, other):
            return -1.0  # one page's two tallies of its word: "including 231 deaths", "including 125 deaths"
        return SAME_DOCUMENT_MARGIN
    sentence = pairs.sentence_similarity(sig, other)
    if sentence < (REPORT_THRESHOLD if sig.reporting else SENTENCE_FLOOR):
        return -1.0  # another article: the sentences must share something ("announced": what was said)
    if _only_the_word(sig, other, sentence):
        return -1.0  # "We need to have something out there" and "You need the unexpected"
    if _too_broad(sig, other, pairs, sentence):
        return -1.0  # a recurring kind of event: two articles' names alone do not make it one
    if _only_in_force(sig, other, sentence):
        return -1.0  # "The authorities appear to have learned the lessons" is not last week's lessons
    if _other_complements(sig, other, sentence):
        return -1.0  # "was forced to ask the Treasury" is not "are forced to inject $300billion"
    # below the breadth floor the reports share a telling name by now (`_too_broad`), so they are
    # supported: `_unsupported` would weigh their words and names again for nothing
    if sentence >= pairs.breadth_floor(sig.predicate) and _unsupported(sig, other, pairs, sentence):
        return -1.0  # only the word is shared: "studied by the top laboratories", "studied in one class"
    if parted(sig, other, pairs, sentence):
        return -1.0  # other people, doers, places, counts, amounts, years; a speaker's other statement
    # a speaker says many things ("said", "wants"): who said it does not make two statements one,
    # and the name and the verb make up part of the sentences' likeness ("Nicola Sturgeon said")
    participants = 0.0 if sig.reporting else jaccard(sig.participants, other.participants)  # type: ignore[arg-type]
    elsewhere = bool(sig.places and other.places and not sig.places & other.places)
    score = (
        CONTEXT_WEIGHT * pairs.context_similarity(sig, other) ** CONTEXT_POWER
        + SENTENCE_WEIGHT * sentence
        + PARTICIPANT_WEIGHT * participants
    )
    if elsewhere or apart:
        score -= APART_PENALTY
    exempt = CROWD_EXEMPT + (REPORT_THRESHOLD if sig.reporting else 0.0)
    if sentence < exempt and not (_named_alike(sig, other, pairs) or _described_alike(sig, other)):
        score -= crowd  # a common kind of event: the shared context alone tells little (`Merger._crowd`)
    return score - CROSS_DOCUMENT_THRESHOLD - penalty


def parted(sig: Signature, other: Signature, pairs: Merger, sentence: float) -> bool:
    """Whether a rule that parts two articles' reports of one kind of event, however alike their
    sentences (`sentence`), parts these two. Public so that a study of pairs
    (`evaluation/pair_model.py`) asks the merge's own rules, not a copy that drifts from them."""
    return (
        _restated(sig, other, sentence)  # one speaker's statements of two days: "should not panic"
        or (sentence < QUOTE_COPY and said_ahead(sig, other))  # "said BP would test ... on Tuesday", later
        or (sentence < CROWD_EXEMPT + REPORT_THRESHOLD and other_sayings(sig, other))  # "has said", next day
        or _other_amounts(sig, other)  # two days' amounts: costs "over $3.5bn", then "over $3.95bn"
        or _other_counts(sig, other)  # one reporter's tallies of two days: 11,034 cases, then 25,288
        or _other_persons(sig, other, sentence)  # "a two-year-old girl", "a 14-year-old girl"
        or _one_and_many(sig, other)  # "A 20-year-old Moroccan woman infected", "717 people"
        or (sentence < QUOTE_COPY and person_and_group(sig, other))  # "a young man returned", "The patients"
        or _other_arguments(sig, other, pairs, sentence)  # "police wearing masks", "staff wearing"
        or _other_agents(sig, other, pairs, sentence)  # "Tyrone Benton ... is suing BP", "The US is suing BP"
        or _placed_apart(sig, other, pairs, sentence)  # "under investigation in Spain", "in Brazil, Israel"
        or _quoted_apart(sig, other, pairs, sentence)  # a stock phrase in two people's words: "never seen"
        or _judged(sig, other, pairs, sentence)  # judgements of different things: "record numbers"
        or _other_years(sig, other, sentence)  # history: "the last pandemic was in 1968"
    )


def _values_apart(sig: Signature, cluster: Cluster) -> bool:
    """Whether a report of the entry in another article, of the mention's own kind (`predicate`),
    not only the one it matched, gives another day's count or amount, or another tally of the same
    day (`_other_counts`, with its tallies, `_tallies_apart`; `_other_amounts`). Entries grow by
    chains: "eight more people were ⟦diagnosed⟧" (5 May) meets "Five of those diagnosed", which
    counts nothing it tells, and would join the entry that holds "Two more people in London have
    been diagnosed" (30 April): two days' diagnoses. Only the reports with a count or an amount are
    compared, at most `MAX_COMPARED` (`_told_apart` compares the entry's reports by who and what
    they tell of). Places, unnamed people and one page's tallies were tried too: they parted more,
    more of it wrongly (a glued caption's place), and cost ECB+ 1.0 of CoNLL F1
    (docs/measurements.md, merge121)."""
    return any(
        other.predicate == sig.predicate
        and (other.counts or other.amounts)
        and other.document != sig.document
        and (_other_counts(sig, other) or _other_amounts(sig, other))
        for other in cluster.signatures[-MAX_COMPARED:]
    )


def entry_id(event: Event) -> str:
    start = event.start if event.event_start is None else event.event_start
    digest = hashlib.sha1(f"{event.document_id}:{event.start}:{event.end}:{start}".encode()).hexdigest()
    return digest[:10]


def build_entry(cluster: Cluster, documents: dict[str, DocumentInfo]) -> Entry:
    """The timeline entry for a cluster: the main report that says most what all say speaks for all."""
    events = cluster.events
    if len(events) > 1:  # most entries have one report: no rank to find
        events = sorted(events, key=lambda e: _representative_rank(e, documents))
    lead = _most_typical(events)
    dated = _best_dated(events, documents)
    mentions = [_mention(e, documents) for e in _by_publication(cluster.events, documents)]
    independent = independent_reports(cluster.events, documents)
    return Entry(
        id=cluster.id,
        date=dated.date if dated else None,
        date_inferred=dated.date_inferred if dated else False,
        tense=(dated or lead).tense,
        summary=lead.summary,
        actors=_union(e.actors for e in events),
        attribution=lead.attribution,  # each report keeps its own on its mention; none is lent
        figures=_distinct_figures(events),
        mentions=mentions,
        places=_union(e.places for e in events),
        main=any(e.main for e in events),
        salience=round(salience(independent, documents), SALIENCE_PLACES),
        sources=len({e.document_id for e in independent}),
    )


def _best_dated(events: list[Event], documents: dict[str, DocumentInfo]) -> Event | None:
    """The mention whose date says most: a date written in a main report's text (else in any
    report's), the narrowest, the most told; else the earliest report (a report in the present
    tells something of that day or just before).

    A secondary mention's date is the date of its own words, which a merge may have joined by
    mistake ("officials last week wrote a letter to BP demanding ... to pay" dated the $20bn
    fund's entry to mid-May); one that lies inside the main reports' date only narrows it. A
    written date wider than a month that holds the first report's day ("will not pay dividends
    this year") says less than that day does; so does a past week that holds it (`_within_week`)."""
    written = [(e, span) for e in events if e.timex is not None and (span := bounds(e.date)) is not None]
    reported = [e for e in events if e.date and e.timex is None]
    first = min(reported, key=lambda e: e.date or "") if reported else None
    if not written:
        return first
    best, span = _narrowest([(e, s) for e, s in written if e.main] or written)
    narrower = [
        (e, s) for e, s in written if span[0] <= s[0] and s[1] <= span[1] and s[1] - s[0] < span[1] - span[0]
    ]
    if narrower:
        best, span = _narrowest(narrower)
    if (span[1] - span[0]).days <= MONTH_DAYS:
        return _within_week(best, span, reported) or best
    first = first or _first_published(events, documents)
    day = bounds(first.date) if first else None
    return first if day and span[0] <= day[0] <= span[1] else best


def _narrowest(written: list[tuple[Event, tuple[date, date]]]) -> tuple[Event, tuple[date, date]]:
    """The narrowest written date, the most told of those, a report's before background's."""
    told = Counter(e.date for e, _ in written)
    return min(
        written, key=lambda pair: ((pair[1][1] - pair[1][0]).days, -told[pair[0].date], pair[0].is_background)
    )


def _within_week(best: Event, span: tuple[date, date], reported: list[Event]) -> Event | None:
    """The day of the first report that tells the event with no time of its own, when it lies
    inside the past week (or weekend) that the best written date gives: the event lay in that week
    and on or before that day ("Obama administration officials last week wrote a letter to BP
    demanding clarification", 20 May, and "The US government has demanded immediate clarification
    from BP", 15 May). A report of something still to come does not date it; one told before the
    week began leaves the week as written. The entry keeps the written date's tense."""
    told = [e for e in reported if e.tense != Tense.EXPECTED and not e.date_inferred]
    if best.tense != Tense.PAST or not told or not 0 < (span[1] - span[0]).days <= WEEK_DAYS:
        return None
    first = min(told, key=lambda e: e.date or "")
    day = calendar_day(first.date)
    return replace(first, tense=best.tense) if day is not None and span[0] <= day <= span[1] else None


def _first_published(events: list[Event], documents: dict[str, DocumentInfo]) -> Event | None:
    """The earliest report, dated by its article's day (every report gives a date of its own)."""
    published = [
        (info.publication_date, e)
        for e in events
        if (info := documents.get(e.document_id)) and info.publication_date and not e.date_inferred
    ]
    if not published:
        return None
    day, event = min(published, key=lambda pair: pair[0])
    return replace(event, date=day.isoformat(), timex=None)


def independent_reports(events: list[Event], documents: dict[str, DocumentInfo]) -> list[Event]:
    """The reports less word-for-word reprints: a sentence that an earlier article already printed
    (an explainer box on every page of an outlet, a syndicated paragraph) is one report, however
    many pages carry it."""
    if len(events) == 1:
        return list(events)  # most entries: one report, reprinting nothing
    printed: set[str] = set()
    kept = []
    for event in _by_publication(events, documents):
        key = " ".join(event.text.lower().split())
        if key not in printed:
            printed.add(key)
            kept.append(event)
    return kept


def salience(events: list[Event], documents: dict[str, DocumentInfo]) -> float:
    """How much the collection makes of an event, from its `independent_reports`: the articles
    whose sentences tell it (as their main event; a mention in passing counts a quarter), how
    long it keeps being retold (days of publication), and background retellings."""
    telling = {e.document_id for e in events if e.main}
    passing = {e.document_id for e in events} - telling
    days = {info.publication_date for d in telling if (info := documents.get(d)) and info.publication_date}
    background = sum(1 for e in events if e.is_background)
    score = told_score(len(telling), len(passing), len(days)) + 0.25 * math.log2(1 + background)
    return score if telling else score / 2


def told_score(telling: int, passing: int, days: int) -> float:
    """`salience`'s weight of the articles that tell an event as their news (`telling`) or in
    passing (a quarter each) and of the days it keeps being told on (`days`)."""
    return math.log2(1 + telling + 0.25 * passing) + 0.5 * math.log2(max(days, 1))


def _most_typical(ranked: list[Event], shortlist: int = 8, compared: int = 12) -> Event:
    """Of the best-placed main reports, the one whose words the entry's other reports share most:
    an explosion told in passing by a sentence about the spill's size does not speak for it."""
    leads = [e for e in ranked if e.main][:shortlist] or ranked[:1]
    if len(leads) == 1 or len(ranked) < 3:
        return leads[0]
    others = [content_words(e.summary) for e in ranked[:compared]]

    def shared(event: Event) -> float:
        words = content_words(event.summary)
        return sum(jaccard(words, other) for other in others)  # type: ignore[arg-type]

    return max(leads, key=shared)  # the first among equals: the best-placed


def _representative_rank(event: Event, documents: dict[str, DocumentInfo]) -> tuple[object, ...]:
    info = documents.get(event.document_id)
    published = info.publication_date if info and info.publication_date else date.max
    return (
        not event.main,
        event.is_background,
        event.timex is None,
        event.date_inferred,
        published,
        len(event.summary),
    )


def _by_publication(events: list[Event], documents: dict[str, DocumentInfo]) -> list[Event]:
    if len(events) < 2:
        return list(events)  # most entries: no order to find

    def key(event: Event) -> tuple[date, str, int, bool]:
        info = documents.get(event.document_id)
        published = info.publication_date or date.max if info else date.max
        return (published, event.document_id, event.start, not event.main)

    return sorted(events, key=key)


def _mention(event: Event, documents: dict[str, DocumentInfo]) -> Mention:
    info = documents.get(event.document_id)
    return Mention(
        document=event.document_id,
        path=info.path if info else "",
        start=event.start,
        end=event.end,
        text=event.text,
        publication_date=info.publication_date if info else None,
        sentence=event.text,
        event_start=event.event_start,
        event_end=event.event_end,
        date=event.date,
        attribution=event.attribution,
        modality=event.modality,
    )


def _union(groups: Iterable[list[str]]) -> list[str]:
    """The names of all groups, each once, in the order first met (a dict's keys: a list's `in`
    made this quadratic in an entry's names, a second of a long story's saving)."""
    return list(dict.fromkeys(chain.from_iterable(groups)))


def _distinct_figures(events: list[Event]) -> list[Figure]:
    figures: list[Figure] = []
    seen: set[tuple[float, str]] = set()
    for event in events:
        for figure in event.figures:
            key = (figure.value, figure.kind or figure.counted.lower())
            if key not in seen:
                seen.add(key)
                figures.append(figure)
    return figures

"""Merging event mentions from many documents into timeline entries.

The same real-world event told by several articles, or by several sentences of one
article, becomes one `Entry` citing all of them. Candidates are found through an
index, never by comparing all pairs: by predicate key (the "explosion" and the
"blast" that "exploded"), and, for the main events of sentences, by telling words (a
paraphrase with another verb). A candidate is taken only when the two times can meet
(`similarity.time_interval`) and the mention's sentence and article are close enough
to one of the entry's mentions (`pair_rules._margin`, which says what two reports
must share and which rules part them): within one article the same predicate is
usually the same event; across articles it needs a shared context, since one
collection holds many different arrests, statements and earthquakes; the more
different events of one kind the collection holds, the more the sentences themselves
must agree (`Merger._crowd`), and the more days the collection tells that kind of
event on, the more alike the sentences must be when they name no telling participant
in common (`Merger.breadth_floor`: "confirmed" cases or "bans" recur). Every report
of every candidate is first bounded at once (`Merger._bounds`): most pairs are never
scored one by one. `entry_building` makes the `Entry` of a merged `Cluster`.

An entry is also judged as a whole: one whose reports in the mention's article lie
far from it and share nothing with it is not the mention's (`Merger._strayed`), nor
one whose report in the mention's article tells its word of other people or things
(`Merger._told_apart`: the Alleyn's pupils "diagnosed", then "An adult from Fulham
... has also been diagnosed"), nor, through a report that names none of the mention's
participants, one whose report in another article does (`_apart_from`: "general
wearing of masks" does not join the bus passengers, the Downend pupils and the Hong
Kong police), nor, through a report not alike the mention's, one whose report in
another article counts or amounts otherwise (`_values_apart`).

Existing entries are loaded lazily from the store, by predicate key, so that
new articles merge into a stored timeline without reprocessing it. Within one
run the entries stay in memory from batch to batch (`Merger.settle`): the most
recently told `MAX_KEPT`, with their latest `MAX_COMPARED` reports, so that
memory stays flat however long the run and no batch reloads what the last one
had (reloading cost more than merging a small batch).
"""

from __future__ import annotations

import math
from array import array
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import accumulate, chain, islice
from operator import attrgetter, itemgetter
from typing import NamedTuple

import numpy as np

from storyline.merge.entry_building import entry_id
from storyline.merge.pair_rules import (
    CONTEXT_POWER,
    CONTEXT_WEIGHT,
    CROSS_DOCUMENT_THRESHOLD,
    CROWD_EXEMPT,
    MODALITY_PENALTY,
    NEAR_CHARS,
    PARAPHRASE_THRESHOLD,
    PARTICIPANT_WEIGHT,
    QUOTE_COPY,
    REPORT_THRESHOLD,
    SAME_DOCUMENT_MARGIN,
    SENTENCE_FLOOR,
    SENTENCE_WEIGHT,
    WORDS_MET,
    _apart_from,
    _margin,
    _only_in_force,
    _other_amounts,
    _other_counts,
    _reports_apart,
    _stray,
)
from storyline.merge.places import PlaceIndex
from storyline.merge.scale_levels import LEVEL_BAR
from storyline.merge.similarity import (
    DocumentFrequency,
    NameWeights,
    Signature,
    figure_agreement,
    manners_opposed,
    overlaps,
    predicate_key,
    signature,
    telling_stems,
    time_interval,
    word_similarity,
)
from storyline.merge.sketch_rows import SLACK, Block, Mine, SketchRows
from storyline.model import Event

CROWD_SIZE = 8  # entries of one kind of event beyond which the story's names stop telling them apart
CROWD_PENALTY = 0.15  # added to the cross-article threshold per doubling of those entries
CROWD_MAX = 0.4
NARROW_DAYS = 10  # a kind of event told on this many days or fewer may be one happening told as it unfolds
BREADTH_STEP = 0.4  # sentence similarity a report without shared participants needs per doubling of
# the days its kind of event is told on (`Merger.breadth_floor`), up to `CROWD_EXEMPT`
BROAD_DAYS = math.ceil(NARROW_DAYS * 2 ** (CROWD_EXEMPT / BREADTH_STEP))  # days from which the floor is whole
PUBLISHED = "published:"  # before a predicate in `Merger.days_told`: the days its articles were published
MAX_CANDIDATES = 25
MAX_COMPARED = 30  # members of one entry compared with a new mention (the most recent)
MAX_PER_PREDICATE = 200  # entries of one predicate compared with a new mention (the latest told)
MAX_KEPT = 20_000  # entries kept in memory from one batch to the next (the latest told)


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


def _met_in_force(sig: Signature, cluster: Cluster) -> bool:
    """Whether the entry's days meet the mention's only because it is a deed in force (`in_force`):
    read as news of its page's last days it would not meet them."""
    return sig.news != sig.when and not overlaps(sig.news, cluster.when)


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

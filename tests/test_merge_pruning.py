"""Merging scores a mention against a whole block of candidate reports at once and works out the
exact margin only where a bound says it could win. The bound must never be below the margin, or
entries would change; the choice must be the one that scoring every pair makes. Sentences are the
lines of Timeline17 articles about the oil spill, given predicates, modalities, participants and
figures in turn so that every branch of `_margin` is met; the lines of one article lie far enough apart
that some are `_stray` to others."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import replace

import pytest

from conftest import T17, needs
from storyline.merge import entries, pair_rules
from storyline.merge.entries import MAX_COMPARED, Cluster, Merger
from storyline.merge.pair_rules import NEAR_CHARS, QUOTE_COPY, _margin, _stray
from storyline.merge.similarity import Signature, overlaps, signature
from storyline.model import Event, Figure, Tense

ARTICLES = T17 / "bpoil_bbc" / "InputDocs"
PREDICATES = ["spill", "say", "explode", "leak", "", "spill"]
GAP = NEAR_CHARS // 10  # lines 11 or more apart are far apart


def _events() -> list[tuple[Event, frozenset[str]]]:
    events = []
    for number, path in enumerate(sorted(ARTICLES.glob("*/*.txt"))[:10]):
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
        lines = [line for line in lines if len(line.split()) >= 5][:14]
        names = frozenset(word for line in lines for word in line.split() if word.istitle())
        for index, line in enumerate(lines):
            capitalised = [word for word in line.split() if word.istitle()]
            event = Event(
                f"d{number}", GAP * index, GAP * index + len(line), line, line, None, False, Tense.PAST,
                figures=[Figure(float(index % 3), "", 0, 1, "")] if index % 4 == 0 else [],
                predicate=PREDICATES[(index + number) % len(PREDICATES)],
                main=index % 5 != 0,
                participants=capitalised[:2] if index % 3 else [],
                modality="expected" if index % 7 == 3 else "actual",
            )  # fmt: skip
            events.append((event, names))
            if index % 6 == 0:  # a second mention of the sentence: never the same event
                events.append((replace(event, predicate="leak"), names))
    return events


def _brute_force(merger: Merger, sig: Signature) -> Cluster | None:
    """The choice before pruning: every report of every candidate scored."""
    best, best_margin = None, 0.0
    crowd = merger._crowd(sig)
    for cluster in merger._candidates(sig):
        if not overlaps(sig.when, cluster.when):
            continue
        if sig.levels and cluster.levels and sig.levels.isdisjoint(cluster.levels):
            continue
        mine = [other for other in cluster.signatures[-MAX_COMPARED:] if other.document == sig.document]
        if 2 * sum(_stray(sig, other, merger) for other in mine) > len(mine):
            continue  # most of its reports in the mention's article are far from it
        margin = max(_margin(sig, other, merger, crowd) for other in cluster.signatures[-MAX_COMPARED:])
        if margin >= best_margin:
            best, best_margin = cluster, margin
    return best


@needs(ARTICLES)
def test_the_margin_bound_is_never_below_the_margin() -> None:
    merger = Merger()
    events = _events()
    for _, names in {event.document_id: (event, names) for event, names in events}.values():
        merger.names.see(names)
    signatures = [signature(event, names) for event, names in events]
    pairs = ruled_out = 0
    for sig in signatures[::3]:
        for crowd in (0.0, 0.3):
            block = merger._rows.block([merger._rows.row(other) for other in signatures])
            bounds = merger._margin_bounds(sig, block, crowd).tolist()
            for other, bound in zip(signatures, bounds, strict=True):
                margin = _margin(sig, other, merger, crowd)
                assert bound >= margin, (sig.predicate, other.predicate, sig.document == other.document)
                pairs += 1
                ruled_out += bound < 0
    assert pairs > 15_000
    assert ruled_out > 0.5 * pairs, ruled_out / pairs  # most pairs are never scored one by one


@needs(ARTICLES)
def test_pruned_merging_chooses_as_scoring_every_pair_does() -> None:
    pruned, exhaustive = Merger(), Merger()
    chosen = []
    for event, names in _events():
        sig = signature(event, names)
        for merger in (pruned, exhaustive):
            if event.document_id not in merger._counted:
                merger._counted.add(event.document_id)
                merger.names.see(names)
        expected = _brute_force(exhaustive, sig)
        assert (pruned._best_match(sig) or Cluster("", None)).id == (expected or Cluster("", None)).id
        chosen.append(expected is not None)
        pruned.add(event, names)
        exhaustive.add(event, names)
    assert sum(chosen) > 20  # many mentions joined an entry, not only opened their own
    assert [c.id for c in pruned.clusters] == [c.id for c in exhaustive.clusters]


@needs(ARTICLES)
def test_an_article_merged_at_once_makes_the_entries_of_its_mentions_one_by_one() -> None:
    """`Merger.add_article` bounds the mentions no earlier one of the article can change in waves
    (`_foresee`): each plan's bounds are the mention's own as they stand when the wave is planned,
    and the entries, their reports and their order are those `add` makes."""
    at_once, one_by_one = Merger(), Merger()
    articles: dict[str, list[Event]] = {}
    context: dict[str, frozenset[str]] = {}
    for event, names in _events():
        articles.setdefault(event.document_id, []).append(event)
        context[event.document_id] = names
    planned: Counter[bool] = Counter()  # bounded plans, by whether a later wave made them
    foresee = at_once._foresee

    def checked(sigs: list[Signature], after: list[int], first: int, done: object) -> dict[int, object]:
        plans = foresee(sigs, after, first, done)  # type: ignore[arg-type]
        for index, plan in plans.items():
            if plan.bounds is not None and len(plan.bounds):
                block = at_once._rows.block([row for rows in plan.compared for row in rows])
                alone = at_once._margin_bounds(sigs[index], block, at_once._crowd(sigs[index]))
                assert plan.bounds.tolist() == alone.tolist()
                planned[first > 0] += 1
        return plans  # type: ignore[return-value]

    at_once._foresee = checked  # type: ignore[method-assign]
    for document, events in articles.items():
        joined = at_once.add_article(events, context[document])
        assert [c.id for c in joined] == [one_by_one.add(event, context[document]).id for event in events]
    assert planned[False] > 20 and planned[True] > 20  # bounded in waves, not one by one
    assert [(c.id, [e.start for e in c.events]) for c in at_once.clusters] == [
        (c.id, [e.start for e in c.events]) for c in one_by_one.clusters
    ]


# H1N1_bbc, 26 April 2009 (2009-04-26/1200.htm.txt)
SCREENING = "Several countries in Asia and Latin America have begun screening airport passengers for symptoms"
COPIES = 40


def _copied_page() -> list[Event]:
    """A page whose line repeats one sentence without its stop (`benchmarks/bench_hostile.py`'s
    `repeated`): cut into two long sentences far apart, each copy told by "begun" and "screening"."""
    events = []
    for start in (0, NEAR_CHARS + 1):
        text = " ".join([SCREENING] * COPIES)
        for copy in range(COPIES):
            at = start + copy * (len(SCREENING) + 1)
            for predicate, word, main in (("begin", "begun", True), ("screen", "screening", False)):
                offset = at + SCREENING.index(word)
                events.append(
                    Event(
                        "page",
                        start,
                        start + len(text),
                        text,
                        text,
                        None,
                        False,
                        Tense.PAST,
                        event_start=offset,
                        event_end=offset + len(word),
                        predicate=predicate,
                        main=main,
                        places=["Asia", "Latin America"],
                    )
                )
    return events


def test_a_page_repeating_a_sentence_merges_as_scoring_every_pair_does_scoring_few(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The mentions of the second sentence each meet dozens of entries bounded alike (the first
    sentence's copies, one entry each): the latest told is scored first, and taking it ends the
    search; the entries are those scoring every pair makes."""
    calls = Counter[str]()
    # the merger asks `_margin` and `_stray` (`Merger._strayed`), and `_margin` asks `_stray` too
    for module, name in ((entries, "_margin"), (entries, "_stray"), (pair_rules, "_stray")):
        monkeypatch.setattr(module, name, _counted(getattr(module, name), calls))
    pruned, exhaustive = Merger(), Merger()
    scored = []
    for event in _copied_page():
        sig = signature(event)
        expected = _brute_force(exhaustive, sig)
        before = calls.total()
        assert (pruned._best_match(sig) or Cluster("", None)).id == (expected or Cluster("", None)).id
        scored.append(calls.total() - before)
        pruned.add(event)
        exhaustive.add(event)
    assert [(c.id, len(c.events)) for c in pruned.clusters] == [
        (c.id, len(c.events)) for c in exhaustive.clusters
    ]
    assert len(pruned.clusters) == 2 * COPIES  # a sentence's copies are not one event: the second's join
    assert max(scored) <= 4, max(scored)  # not one or two per entry of the word


def _counted(function: Callable[..., object], calls: Counter[str]) -> Callable[..., object]:
    def counted(*args: object) -> object:
        calls[function.__name__] += 1
        return function(*args)

    return counted


# bpoil_reuters 2010-10-07/1470: it opens with stop words only ("It is"): openings with no content words
INSURE = (
    '"It is likely and probably desirable for a combination of us to come together and insure against these '
    'types of accidents," he told the Finding Petroleum conference in London.'
)


def test_the_copy_size_bound_rules_out_only_what_the_sentence_similarity_does() -> None:
    """`Merger._copies` skips a pair whose sizes alone keep `sentence_similarity` below `QUOTE_COPY`
    (`_sizes_may_copy`). A sentence's opening words share all their content words and 5-grams with the
    whole sentence, so there the bound is the similarity itself, to the last bit: it must rule out
    exactly the openings the similarity does, with a shared figure's bonus, a differing figure's
    penalty, and with no content words at all (an empty set's likeness is 0)."""
    words = INSURE.split()
    merger = Merger()
    kept = ruled_out = lifted = 0
    for figures, theirs in (([], []), ([1.0], [1.0]), ([1.0], [2.0])):
        whole = signature(_sentence(INSURE, figures, "whole"))
        for end in range(1, len(words) + 1):
            opening = signature(_sentence(" ".join(words[:end]), theirs, f"opening{end}"))
            similarity = merger.sentence_similarity(opening, whole)
            assert entries._sizes_may_copy(opening, whole) == (similarity >= QUOTE_COPY), end
            kept += similarity >= QUOTE_COPY
            ruled_out += similarity < QUOTE_COPY
            lifted += QUOTE_COPY <= similarity < QUOTE_COPY + 0.1 and figures == theirs != []
    assert not signature(_sentence(" ".join(words[:2]), [], "it is")).words  # "It is": no content words
    assert kept and ruled_out and lifted  # both sides met, and the figure's bonus decides some


def _sentence(text: str, figures: list[float], document: str) -> Event:
    """A mention of `text`, alone in `document` (the merger keeps one words' likeness a pair of sentences)."""
    return Event(
        document, 0, len(text), text, text, None, False, Tense.PAST,
        figures=[Figure(value, "", 0, 1, "") for value in figures], predicate="insure",
    )  # fmt: skip

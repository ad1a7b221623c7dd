"""Why one event stays in several entries: the merge's reason for each pair of entries it never joined.

For a store, every pair of main mentions in different entries and articles that the merge's index
would put side by side (the same predicate, or `WORDS_MET` telling words in common, as
`Merger._candidates` asks) and whose times meet; the closest pair of each two entries is kept, and the
first rule of `pair_rules._margin` that keeps it out is counted: another predicate's sentence under the
paraphrase bar (split at 0.25), the sentence floor, the breadth floor (`_too_broad`), `_unsupported`,
`_only_in_force`, one of `pair_rules.parted`'s rules, or none (a score under the threshold, or a join
that another entry won). `--sample N` prints the N closest pairs of other predicates under the bar
and of the same predicate kept apart, for reading: what share of them tell one event is the recall
the merge leaves. `--entries ID ...` explains every pair of reports of the entries named instead.
A study tool, not part of the product.

    PYTHONPATH=src:evaluation python evaluation/missed_joins.py /tmp/base30/H1N1_bbc.db --sample 30
    PYTHONPATH=src:evaluation python evaluation/missed_joins.py H1N1_bbc.db --entries 3d4ed6b8ca 9b9937d9f4
"""

from __future__ import annotations

import argparse
import itertools
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

from paraphrase_pairs import Topic

from storyline.merge import pair_rules as rules
from storyline.merge.entries import Merger
from storyline.merge.similarity import Signature, overlaps

CROWDED_WORD = 300  # a telling word in more main mentions than this pairs too many to read (`_pairs`)
FLOOR = rules.SENTENCE_FLOOR
CLOSE = 0.25  # sentence similarity from which another predicate's pair is counted as close


def reason(sig: Signature, other: Signature, merger: Merger) -> str:
    """The first rule of `pair_rules._margin` that keeps `sig` out of `other`'s entry, or its margin."""
    sentence = merger.sentence_similarity(sig, other)
    if sig.predicate != other.predicate or not sig.predicate:
        bar = rules._other_words_bar(sig, other)
        if not (sig.main and other.main):
            return "other predicate, not main"
        if sentence < bar:
            return f"other predicate, sentence {'>=' if sentence >= CLOSE else '<'} {CLOSE}"
        if rules._clause_lent(sig, other, sentence):
            return "other predicate, clause lent"
        return (
            "other predicate, tallies or procedure" if rules._margin(sig, other, merger) < 0 else "joinable"
        )
    if sig.document == other.document:
        return "one article"
    floors: list[tuple[str, Callable[[], bool]]] = [
        (
            "sentence floor",
            lambda: sentence < (rules.REPORT_THRESHOLD if sig.reporting else rules.SENTENCE_FLOOR),
        ),
        ("only the word", lambda: rules._only_the_word(sig, other, sentence)),
        ("breadth floor", lambda: rules._too_broad(sig, other, merger, sentence)),
        ("only in force", lambda: rules._only_in_force(sig, other, sentence)),
        ("unsupported", lambda: rules._unsupported(sig, other, merger, sentence)),
        ("parted", lambda: rules.parted(sig, other, merger, sentence)),
    ]
    for name, rule in floors:
        if rule():
            return name
    return (
        "score under the threshold"
        if rules._margin(sig, other, merger, merger._crowd(sig)) < 0
        else "joinable"
    )


def _mentions(topic: Topic) -> list[tuple[str, Signature]]:
    """Every main mention of the store with its entry's id."""
    keys = [row[0] for row in topic.store.query("SELECT DISTINCT predicate_key FROM events WHERE main = 1")]
    seen: set[str] = set()
    found = []
    for key in keys:
        for cluster in topic.store.clusters_with_predicate(key, limit=1_000_000, latest=1_000_000):
            if cluster.id not in seen:
                seen.add(cluster.id)
                found += [(cluster.id, sig) for sig in cluster.signatures if sig.main]
    return found


def _pairs(topic: Topic) -> dict[tuple[str, str], tuple[float, Signature, Signature]]:
    """The closest pair of main mentions of each two entries that the index compares."""
    mentions = _mentions(topic)
    by_word: dict[str, list[int]] = defaultdict(list)
    for index, (_, sig) in enumerate(mentions):
        for word in sig.word_keys | {"\0" + sig.predicate}:
            by_word[word].append(index)
    shared: Counter[tuple[int, int]] = Counter()
    for word, indices in by_word.items():
        if len(indices) <= CROWDED_WORD or word.startswith("\0"):
            shared.update(itertools.combinations(indices, 2))
    closest: dict[tuple[str, str], tuple[float, Signature, Signature]] = {}
    for (i, j), count in shared.items():
        (first, a), (second, b) = mentions[i], mentions[j]
        needed = min(rules.WORDS_MET, len(a.word_keys), len(b.word_keys))
        same = a.predicate and a.predicate == b.predicate
        if first == second or a.document == b.document or not overlaps(a.when, b.when):
            continue
        if not same and count < needed:
            continue
        sentence = topic.merger.sentence_similarity(a, b)
        key = (min(first, second), max(first, second))
        if key not in closest or sentence > closest[key][0]:
            closest[key] = (sentence, a, b)
    return closest


def _sentences(topic: Topic) -> dict[tuple[str, int], str]:
    """Each mentioned sentence, by article and offset (the store keeps one article's text once)."""
    rows = topic.store.query(
        'SELECT DISTINCT e.document_id, e.start, e."end", d.text'
        " FROM events e JOIN documents d ON d.id = e.document_id"
    )
    return {(row[0], row[1]): row[3][row[1] : row[2]].replace("\n", " ") for row in rows}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--sample", type=int, default=0)
    parser.add_argument("--entries", nargs="*", default=[])
    args = parser.parse_args()
    topic = Topic(args.store)
    texts = _sentences(topic)
    if args.entries:
        mentions = [(entry, sig) for entry, sig in _mentions(topic) if entry in args.entries]
        for (first, a), (second, b) in itertools.combinations(mentions, 2):
            if first != second:
                print(first, second, reason(b, a, topic.merger), "|", texts[a.document, a.sentence][:90])
        return
    closest = _pairs(topic)
    reasons = Counter(reason(b, a, topic.merger) for _, a, b in closest.values())
    print(f"{len(closest)} pairs of entries compared and not joined")
    for name, count in reasons.most_common():
        print(f"{count:7d}  {name}")
    near = sorted(closest.values(), key=lambda pair: -pair[0])
    other = [
        pair
        for pair in near
        if pair[1].predicate != pair[2].predicate and pair[0] < rules.PARAPHRASE_THRESHOLD
    ]
    same = [pair for pair in near if pair[1].predicate and pair[1].predicate == pair[2].predicate]
    for title, pairs in (("other predicates", other), ("same predicate", same)):
        print(f"\n# {title}: the {args.sample} closest")
        for sentence, a, b in pairs[: args.sample]:
            print(f"{sentence:.2f} {reason(b, a, topic.merger)}")
            print("   ", texts[a.document, a.sentence][:140])
            print("   ", texts[b.document, b.sentence][:140])


if __name__ == "__main__":
    main()

"""What happened to whom: a structured comparison of two main mentions told with other predicates.

para7 found no cheap signal that tells one event retold with other words ("found to have the virus" /
"has tested positive") from two events of one story that share its names and words (sentence
similarity AUC 0.55, event-phrase embedding 0.53). This compares the two mentions' frames from what
the merge already holds (`Signature`): the predicate of one written in the other's sentence ("arrived
in Louisiana for his third visit" / "is to visit the gulf"), the nouns of each role
(`extract.event_arguments`: who acted, what was acted on), the names, the places, the counts and
ordinals ("his third trip"), the days written and the speakers; each gives evidence for one event
(+1), for two (-1) or none. Beside them, continuous measures (the rarest shared role noun, the
rare-word-weighted overlap of the sentences) and the rule chosen on the development pairs
(`frame_score`: the weighted overlap, any piece of evidence for two events a veto). The labelled pairs
(`paraphrase_pairs.jsonl`) are split by topic: the development topics (bpoil_bbc, H1N1_bbc) to choose
the rule, the held-out topic (haiti_bbc) to measure it once; `--sweep` counts what the rule would
join in a whole store and prints a sample to read. A study tool, not part of the product
(`judged/frames102.md` has the figures).

    PYTHONPATH=src python evaluation/event_frames.py --stores /tmp/merge102/stores
    PYTHONPATH=src python evaluation/event_frames.py --sweep /tmp/merge102/stores/haiti_bbc.db

The stores folder holds main's bpoil_bbc.db and H1N1_bbc.db and haiti_bbc.db (`storyline ingest
../shared/corpus/t17/haiti_bbc --db DIR/haiti_bbc.db`).
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import defaultdict
from pathlib import Path

from paraphrase_pairs import PAIRS, Topic, main_mentions

from storyline.merge.entries import Merger
from storyline.merge.pair_rules import PARAPHRASE_THRESHOLD, _names_shared, _role_keys, _stems
from storyline.merge.similarity import Signature, counts, overlaps

HELD_OUT = frozenset({"haiti_bbc"})
_EVIDENCE = ("echo", "agent", "patient", "name", "place", "count", "when", "speaker", "modality")
_MEASURES = ("role_rare", "rare_shared", "rare_jaccard", "sentence")
_VETOES = ("speaker", "modality", "count", "when")
MOST_POSTED = 400  # a participant or noun in more mentions offers no candidates (`--sweep`)
THRESHOLD = 0.25  # chosen on the development pairs: 12 of 38 one-event pairs, 3 two-event pairs
_ORDINALS = re.compile(
    r"\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|2nd|3rd|4th|5th|6th|7th|8th|9th|10th)\b",
    re.IGNORECASE,
)


def ordinals(text: str) -> frozenset[str]:
    """The ordinals a sentence writes past "first" (the third visit, the second case): "first" is
    too often no count ("first said", "at first")."""
    return frozenset(word.lower() for word in _ORDINALS.findall(text))


def evidence(merger: Merger, a: Signature, b: Signature, texts: tuple[str, str]) -> dict[str, int]:
    """Each piece of evidence: +1 for one event, -1 for two, 0 for none."""
    stems_a, stems_b = _stems(a.words), _stems(b.words)
    roles_a, roles_b = _role_keys(a.arguments), _role_keys(b.arguments)
    found: dict[str, int] = {}
    # the deed: one's predicate written in the other's sentence ("for his third visit")
    found["echo"] = int(
        (bool(a.predicate) and a.predicate in stems_b) or (bool(b.predicate) and b.predicate in stems_a)
    )
    # who and what: a role's nouns told of in the other's sentence, or both filled with others
    for role in ("agent", "patient"):
        mine, theirs = roles_a.get(role, frozenset()), roles_b.get(role, frozenset())
        if mine & theirs or mine & stems_b or theirs & stems_a:
            found[role] = 1
        elif mine and theirs:
            found[role] = -1
        else:
            found[role] = 0
    found["name"] = int(_names_shared(a, b, merger))
    if a.places and b.places:
        found["place"] = 1 if a.places & b.places else -1
    else:
        found["place"] = 0
    # how many: a count or an ordinal both write, or both write and differ
    counted_a = {(unit, value) for unit, value, _ in counts(texts[0])} | {("", value) for value in a.figures}
    counted_b = {(unit, value) for unit, value, _ in counts(texts[1])} | {("", value) for value in b.figures}
    values_a, values_b = {value for _, value in counted_a}, {value for _, value in counted_b}
    order_a, order_b = ordinals(texts[0]), ordinals(texts[1])
    if values_a & values_b or order_a & order_b:
        found["count"] = 1
    elif (values_a and values_b) or (order_a and order_b):
        found["count"] = -1
    else:
        found["count"] = 0
    # when: days both sentences write; intervals that do not meet
    if not overlaps(a.when, b.when):
        found["when"] = -1
    elif a.dating == b.dating == "text" and a.when == b.when:
        found["when"] = 1
    else:
        found["when"] = 0
    found["speaker"] = -1 if a.speaker and b.speaker and a.speaker != b.speaker else 0
    found["modality"] = -1 if a.modality != b.modality else 0
    return found


def measures(merger: Merger, a: Signature, b: Signature) -> dict[str, float]:
    """Continuous measures: the rarest role noun the two share (a role's nouns in the other's role or
    sentence), the rarest word the sentences share and the rare-word-weighted overlap of their words
    (a Jaccard of their stems weighted by the collection's `DocumentFrequency`), the predicates left out."""
    weight = merger.words.weight
    predicates = {a.predicate, b.predicate}
    stems_a, stems_b = _stems(a.words) - predicates, _stems(b.words) - predicates
    roles_a, roles_b = _role_keys(a.arguments), _role_keys(b.arguments)
    shared_roles: set[str] = set()
    for role in ("agent", "patient"):
        mine, theirs = roles_a.get(role, frozenset()), roles_b.get(role, frozenset())
        shared_roles |= (mine & theirs) | (mine & stems_b) | (theirs & stems_a)
    total = sum(weight(stem) for stem in stems_a | stems_b) or 1.0
    return {
        "role_rare": max((weight(stem) for stem in shared_roles - predicates), default=0.0),
        "rare_shared": max((weight(stem) for stem in stems_a & stems_b), default=0.0),
        "rare_jaccard": sum(weight(stem) for stem in stems_a & stems_b) / total,
        "sentence": merger.sentence_similarity(a, b),
    }


def vetoed(found: dict[str, float]) -> bool:
    """Whether a piece of evidence says two events: other speakers, modalities or counts, days apart."""
    return any(found[key] < 0 for key in _VETOES)


def frame_score(found: dict[str, float]) -> float:
    """The rule chosen on the development pairs: the rare-word overlap, below every pair without a
    veto when one is vetoed (one event when at least `THRESHOLD`)."""
    return found["rare_jaccard"] - (1.0 if vetoed(found) else 0.0)


def auc(positives: list[float], negatives: list[float]) -> float:
    """The chance that a random one-event pair scores above a random two-event pair (ties half)."""
    if not positives or not negatives:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in positives for n in negatives)
    return wins / (len(positives) * len(negatives))


def report(split: str, rows: list[tuple[int, dict[str, float]]]) -> None:
    """AUC of each signal and of the rule, and the rule's recall and precision at `THRESHOLD`."""
    ones = [found for label, found in rows if label]
    twos = [found for label, found in rows if not label]
    print(f"\n{split}: {len(ones)} one event, {len(twos)} two events")
    signals = {
        "evidence sum": lambda found: sum(found[key] for key in _EVIDENCE),
        **{key: (lambda found, key=key: found[key]) for key in (*_EVIDENCE, *_MEASURES)},
        "frame score": frame_score,
    }
    for name, signal in signals.items():
        print(f"  {name:13} AUC {auc([signal(f) for f in ones], [signal(f) for f in twos]):.3f}")
    for threshold in (0.15, 0.2, THRESHOLD, 0.3, 0.35):
        right = sum(frame_score(found) >= threshold for found in ones)
        wrong = sum(frame_score(found) >= threshold for found in twos)
        precision = right / (right + wrong) if right + wrong else float("nan")
        shown = f"recall {right}/{len(ones)}, precision {precision:.2f} ({wrong} wrong)"
        print(f"  frame score >= {threshold:.2f}: {shown}")


def sweep(topic: Topic, threshold: float) -> tuple[int, list[tuple[float, str, str, str, str]]]:
    """What the rule would join in a whole store: pairs of main mentions of other predicates, in other
    entries and articles, whose times meet and that hold a participant or a role's noun in common (the
    candidates a road would be offered), counted, and those the rule calls one event (frame score at
    least `threshold`) below the paraphrase bar (`PARAPHRASE_THRESHOLD`): the joins it would add."""
    mentions = [mention for mention in main_mentions(topic) if mention[1].predicate]
    postings: dict[str, list[int]] = defaultdict(list)
    for at, (_, sig, _) in enumerate(mentions):
        for item in sig.participants | {word for _, keys_, _ in sig.arguments for word in keys_}:
            postings[item].append(at)
    candidates: set[tuple[int, int]] = set()
    for ats in postings.values():
        if len(ats) <= MOST_POSTED:
            candidates.update((x, y) for i, x in enumerate(ats) for y in ats[i + 1 :])
    offered, joined = 0, []
    for x, y in candidates:
        (entry, a, text), (other_entry, b, other_text) = mentions[x], mentions[y]
        if entry == other_entry or a.document == b.document or a.predicate == b.predicate:
            continue
        if not overlaps(a.when, b.when):
            continue
        offered += 1
        found: dict[str, float] = {**evidence(topic.merger, a, b, (text, other_text))}
        found.update(measures(topic.merger, a, b))
        if frame_score(found) >= threshold and found["sentence"] < PARAPHRASE_THRESHOLD:
            joined.append((frame_score(found), entry[:10], other_entry[:10], text, other_text))
    return offered, joined


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--stores", type=Path, default=Path("/tmp/merge102/stores"), help="folder of TOPIC.db"
    )
    parser.add_argument("--pairs", type=Path, default=PAIRS)
    parser.add_argument("--verbose", action="store_true", help="print each pair's evidence")
    parser.add_argument("--sweep", type=Path, metavar="STORE", help="what the rule would join in a store")
    parser.add_argument("--sample", type=int, default=20, help="joins printed (--sweep)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if args.sweep:
        offered, joined = sweep(Topic(args.sweep), THRESHOLD)
        print(f"{offered} candidate pairs, {len(joined)} joined below the paraphrase bar")
        for score, a, b, text, other_text in random.Random(args.seed).sample(
            joined, min(args.sample, len(joined))
        ):
            print(f"\n{a} {b} frame score {score:.2f}\n  A: {text[:240]}\n  B: {other_text[:240]}")
        return
    topics: dict[str, Topic] = {}
    scored: dict[str, list[tuple[int, dict[str, float]]]] = {"development": [], "held-out": []}
    for line in args.pairs.read_text().splitlines():
        pair = json.loads(line)
        name = pair["topic"]
        topic = topics.setdefault(name, Topic(args.stores / f"{name}.db"))
        a, b = topic.signature(pair["a"]), topic.signature(pair["b"])
        found: dict[str, float] = {**evidence(topic.merger, a, b, (pair["a"]["text"], pair["b"]["text"]))}
        found.update(measures(topic.merger, a, b))
        scored["held-out" if name in HELD_OUT else "development"].append((pair["label"], found))
        if args.verbose:
            shown = " ".join(f"{key} {value:.2f}" for key, value in found.items())
            print(f"{pair['label']} {frame_score(found):+.2f} {name[:5]} {shown} | {pair['note'][:80]}")
    for split, rows in scored.items():
        report(split, rows)


if __name__ == "__main__":
    main()

"""A learned pair comparison for joins across predicates: one event or two, fit on ECB+ training topics.

The merge joins main mentions told with other predicates only when their sentences are close
(`pair_rules._margin`, `PARAPHRASE_THRESHOLD`); the frame rule of `event_frames.py` and the embedding
signals of `paraphrase_pairs.py` were measured on the 109 labelled Timeline17 pairs and found short.
This fits a logistic regression (numpy, L2, Newton's method: no randomness) on pairs of ECB+ main
mentions of the training topics (1-35 less the development topics), labelled by gold coreference
(`ecb_mention_pairs.py`), with features from the two `Signature`s: the frame evidence and measures of
`event_frames.py`, the embedding cosines of the predicates, the event phrases and the sentences
(`analyse.embedding`), the articles' context, shared telling words, participants and figures. Pairs
are those the merge would compare: two articles of one topic, other predicate keys, both main, both
carrying gold, and (`--all` lifts it) sharing telling words as the merge's index asks
(`Merger._candidates`) with times that meet. It reports ROC AUC and precision and recall at
thresholds chosen on the training pairs, on the development topics' pairs and on the Timeline17
pairs (`paraphrase_pairs.jsonl`, never fitted on), beside the frame rule and the merge's own
decision (`_margin >= 0`) on the same pairs. `--sweep` counts what the model would add in a whole
store and prints a sample to read. `--stores` holds bpoil_bbc, H1N1_bbc and haiti_bbc (`event_frames.py`).
A study tool, not part of the product.

    PYTHONPATH=src python evaluation/ecb_mention_pairs.py ../shared/corpus/ecbplus --out /tmp/ecbpairs
    PYTHONPATH=src python evaluation/pair_model.py --ecb /tmp/ecbpairs --weights /tmp/model.json
    PYTHONPATH=src python evaluation/pair_model.py --sweep /tmp/stores/haiti_bbc.db --model /tmp/model.json
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
from collections import Counter, defaultdict
from pathlib import Path

import ecb_mention_pairs
import numpy as np
from event_frames import MOST_POSTED, THRESHOLD, evidence, frame_score, measures, vetoed
from paraphrase_pairs import PAIRS, Topic, main_mentions, phrase

import storyline.merge.entries as entries
from storyline.analyse.embedding import encode
from storyline.evaluate.coref_eval import DEVELOPMENT_TOPICS, evaluate_coref
from storyline.merge.entries import Merger
from storyline.merge.pair_rules import WORDS_MET, _margin, _words_shared, parted
from storyline.merge.similarity import Signature, figure_agreement, jaccard, overlaps

HELD_OUT_T17 = frozenset({"haiti_bbc"})
FEATURES = (
    "echo",
    "agent",
    "patient",
    "name",
    "place",
    "count",
    "when",
    "speaker",
    "modality",
    "role_rare",
    "rare_shared",
    "rare_jaccard",
    "sentence",
    "predicate_cos",
    "phrase_cos",
    "sentence_cos",
    "context",
    "words_shared",
    "word_jaccard",
    "participants",
    "figures",
    "reporting",
    "vetoed",
)
L2 = (0.1, 1.0, 10.0, 100.0)  # penalties tried, chosen by cross-validation over training topics
FOLDS = 5
# a pair: its label (1: one event), the merge's decision (`_margin` >= 0), the frame score
# (`event_frames.frame_score`), the features and whether one of the merge's own rules parts the two
Row = tuple[int, bool, float, list[float], bool]
Pair = tuple[np.ndarray, np.ndarray]  # the two mentions' rows of `embedded`
PRECISION = 0.8  # the precision a road joining other predicates needs (event_frames: para7, merge102)
JOIN_SCORE = 0.0  # the model's own boundary (p >= 0.5): `--sweep` joins from it


def candidate(a: Signature, b: Signature) -> bool:
    """Whether the merge would compare the two: telling words in common as its index asks
    (`Merger._candidates`), times that meet."""
    needed = min(WORDS_MET, len(a.word_keys), len(b.word_keys))
    return needed > 0 and len(a.word_keys & b.word_keys) >= needed and overlaps(a.when, b.when)


def merge_vetoes(merger: Merger, a: Signature, b: Signature) -> bool:
    """Whether one of the merge's rules that part two reports of one predicate across articles parts
    these two (`pair_rules.parted`): other people, doers, places, counts, amounts, years, a speaker's
    other statement, a judgement of other things."""
    return parted(a, b, merger, merger.sentence_similarity(a, b))


def features(
    merger: Merger, a: Signature, b: Signature, texts: tuple[str, str], vectors: Pair
) -> dict[str, float]:
    """The pair's features; `vectors`: each one's embedded word, phrase and sentence (`embedded`)."""
    found: dict[str, float] = {**evidence(merger, a, b, texts), **measures(merger, a, b)}
    (word_a, phrase_a, sentence_a), (word_b, phrase_b, sentence_b) = vectors
    found["predicate_cos"] = float(word_a @ word_b)
    found["phrase_cos"] = float(phrase_a @ phrase_b)
    found["sentence_cos"] = float(sentence_a @ sentence_b)
    found["context"] = merger.context_similarity(a, b)
    found["words_shared"] = float(_words_shared(a, b, merger))
    found["word_jaccard"] = jaccard(a.words, b.words)  # type: ignore[arg-type]
    found["participants"] = jaccard(a.participants, b.participants)  # type: ignore[arg-type]
    found["figures"] = figure_agreement(a, b) * 10
    found["reporting"] = float(a.reporting or b.reporting)
    found["vetoed"] = float(vetoed(found))  # the frame rule's evidence for two events
    return found


def embedded(mentions: list[tuple[Signature, str]]) -> np.ndarray:
    """Each mention's word, event phrase and sentence embedded: (mentions, 3, width)."""
    texts = [(sig.word or sig.predicate, phrase(sig, sentence), sentence) for sig, sentence in mentions]
    return encode([text for three in texts for text in three]).reshape(len(mentions), 3, -1)


def row(label: int, merger: Merger, a: Signature, b: Signature, texts: tuple[str, str], vectors: Pair) -> Row:
    """A pair's label, the merge's decision, frame score, features and the merge's vetoes."""
    found = features(merger, a, b, texts, vectors)
    decision = _margin(a, b, merger) >= 0
    return label, decision, frame_score(found), [found[k] for k in FEATURES], merge_vetoes(merger, a, b)


def ecb_rows(folder: Path, topic: int, every: bool) -> list[Row]:
    """The topic's pairs."""
    with (folder / f"{topic}.pickle").open("rb") as file:
        merger, mentions = _Unpickler(file).load()
    kept = [m for m in mentions if m.sig.main and m.clusters and m.sig.predicate]
    rows = embedded([(m.sig, m.text) for m in kept])
    out = []
    for i, first in enumerate(kept):
        for j in range(i + 1, len(kept)):
            second = kept[j]
            a, b = first.sig, second.sig
            if a.document == b.document or a.predicate == b.predicate:
                continue
            if not every and not candidate(a, b):
                continue
            label = int(bool(first.clusters & second.clusters))
            out.append(row(label, merger, a, b, (first.text, second.text), (rows[i], rows[j])))
    return out


def t17_rows(stores: Path) -> dict[str, list[Row]]:
    """The labelled Timeline17 pairs, development topics and held-out topic."""
    topics: dict[str, Topic] = {}
    out: dict[str, list[Row]] = {"t17 development": [], "t17 held-out": []}
    for line in PAIRS.read_text().splitlines():
        pair = json.loads(line)
        name = pair["topic"]
        topic = topics.setdefault(name, Topic(stores / f"{name}.db"))
        a, b = topic.signature(pair["a"]), topic.signature(pair["b"])
        texts = (pair["a"]["text"], pair["b"]["text"])
        rows = embedded([(a, texts[0]), (b, texts[1])])
        split = "t17 held-out" if name in HELD_OUT_T17 else "t17 development"
        out[split].append(row(pair["label"], topic.merger, a, b, texts, (rows[0], rows[1])))
    return out


class _Unpickler(pickle.Unpickler):
    """Reads what `ecb_mention_pairs.py` pickled as a script (its classes in `__main__`)."""

    def find_class(self, module: str, name: str) -> object:
        if module == "__main__":
            return getattr(ecb_mention_pairs, name)
        return super().find_class(module, name)


def fit(x: np.ndarray, y: np.ndarray, l2: float, steps: int = 30) -> np.ndarray:
    """Logistic regression weights (bias last) by Newton's method, the bias not penalised."""
    design = np.hstack([x, np.ones((len(x), 1))])
    weights = np.zeros(design.shape[1])
    penalty = np.full(design.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-design @ weights))
        gradient = design.T @ (p - y) + penalty * weights
        hessian = (design * (p * (1 - p))[:, None]).T @ design + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        weights -= step
        if np.abs(step).max() < 1e-8:
            break
    return weights


def scores(x: np.ndarray, weights: np.ndarray) -> np.ndarray:
    return x @ weights[:-1] + weights[-1]


def auc(labels: np.ndarray, values: np.ndarray) -> float:
    """ROC AUC with ties counted half (ranks)."""
    order = np.argsort(values, kind="stable")
    ranks = np.empty(len(values))
    sorted_values = values[order]
    ranks[order] = np.arange(1, len(values) + 1)
    for value in np.unique(sorted_values):  # average the ranks of ties
        tied = values == value
        ranks[tied] = ranks[tied].mean()
    positives = labels.sum()
    negatives = len(labels) - positives
    if not positives or not negatives:
        return float("nan")
    return float((ranks[labels == 1].sum() - positives * (positives + 1) / 2) / (positives * negatives))


def at(labels: np.ndarray, joined: np.ndarray) -> str:
    right = int((joined & (labels == 1)).sum())
    wrong = int((joined & (labels == 0)).sum())
    precision = right / (right + wrong) if right + wrong else float("nan")
    return f"recall {right}/{int(labels.sum())} precision {precision:.2f} ({wrong} wrong)"


def threshold_for(labels: np.ndarray, values: np.ndarray, precision: float) -> float:
    """The lowest score whose joins (score at least it) reach `precision` on these pairs."""
    best = float(values.max()) + 1.0
    for value in np.unique(values)[::-1]:
        joined = values >= value
        if labels[joined].mean() >= precision:
            best = float(value)
    return best


def load(path: Path) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    """The fitted model written by `--weights`: means, scales, weights, bias."""
    model = json.loads(path.read_text())
    assert model["features"] == list(FEATURES), "the model was fitted on other features"
    return (
        np.array(model["mean"]),
        np.array(model["scale"]),
        np.array(model["weights"]),
        model["bias"],
    )


def sweep(store: Path, model: Path, sample: int, seed: int) -> None:
    """What the model would join in a whole store: pairs of main mentions of other predicates in other
    entries and articles that the merge would compare (`candidate`), counted with the merge's own
    decision, and a seeded sample of the pairs the model joins (`JOIN_SCORE`) that the merge does not
    and none of its vetoes parts (`merge_vetoes`)."""
    mean, scale, weights, bias = load(model)
    topic = Topic(store)
    mentions = [mention for mention in main_mentions(topic) if mention[1].predicate]
    rows = embedded([(sig, text) for _, sig, text in mentions])
    postings: dict[str, list[int]] = defaultdict(list)
    for index, (_, sig, _) in enumerate(mentions):
        for key in sorted(sig.word_keys):
            postings[key].append(index)
    counted: Counter[str] = Counter()
    new: list[tuple[float, str, str, str]] = []
    for first, (entry, a, text) in enumerate(mentions):
        offered = [postings[key] for key in sorted(a.word_keys) if len(postings[key]) <= MOST_POSTED]
        met = Counter(other for posted in offered for other in posted)
        for second in sorted(other for other in met if other > first):
            other_entry, b, other_text = mentions[second]
            if entry == other_entry or a.document == b.document or a.predicate == b.predicate:
                continue
            if not candidate(a, b):
                continue
            found = features(topic.merger, a, b, (text, other_text), (rows[first], rows[second]))
            score = float((np.array([found[k] for k in FEATURES]) - mean) / scale @ weights + bias)
            merged = _margin(a, b, topic.merger) >= 0
            counted["candidates"] += 1
            counted["merge joins"] += merged
            counted["model joins"] += score >= JOIN_SCORE
            counted["both"] += merged and score >= JOIN_SCORE
            if score < JOIN_SCORE or merged:
                continue
            parted = merge_vetoes(topic.merger, a, b)
            counted["new joins"] += 1
            counted["new joins the merge's vetoes part"] += parted
            if not parted:
                new.append((score, f"{a.word} / {b.word}", text, other_text))
    print(store.stem, dict(counted))
    for score, words, text, other_text in random.Random(seed).sample(new, min(sample, len(new))):
        print(f"\n{score:+.2f} {words}\n  A: {text[:240]}\n  B: {other_text[:240]}")


def coref_with_veto(ecb_dir: Path, model: Path, least: float, topics: list[int]) -> None:
    """ECB+ CoNLL F1 with the model as a veto on the merge's own joins across predicates: a pair of
    articles' main mentions of other predicates that `_margin` joins is parted when the model scores it
    below `least`. Only lowers margins, so the merge's bounds stay above them (`Merger._bounds`)."""
    mean, scale, weights, bias = load(model)
    sentences: dict[tuple[str, int], str] = {}
    counted: Counter[str] = Counter()
    signature, margin = entries.signature, entries._margin

    def noted(event, context=frozenset(), published=None):  # type: ignore[no-untyped-def]
        sentences[(event.document_id, event.start)] = event.summary
        return signature(event, context, published)

    def vetoed_margin(sig, other, pairs, crowd=0.0):  # type: ignore[no-untyped-def]
        value = margin(sig, other, pairs, crowd)
        if value < 0 or sig.document == other.document or not sig.predicate or not other.predicate:
            return value
        if sig.predicate == other.predicate:
            return value
        texts = (sentences[(sig.document, sig.sentence)], sentences[(other.document, other.sentence)])
        rows = embedded([(sig, texts[0]), (other, texts[1])])
        found = features(pairs, sig, other, texts, (rows[0], rows[1]))
        score = float((np.array([found[k] for k in FEATURES]) - mean) / scale @ weights + bias)
        counted["joins across predicates"] += 1
        counted["vetoed"] += score < least
        return -1.0 if score < least else value

    entries.signature, entries._margin = noted, vetoed_margin  # type: ignore[assignment]
    result = evaluate_coref(ecb_dir, topics)
    print(f"CoNLL F1 {100 * result.scores.conll_f1:.1f} on topics {topics}, {dict(counted)}")


def choose_l2(x: np.ndarray, y: np.ndarray, groups: np.ndarray) -> tuple[float, dict[float, float]]:
    """The penalty of `L2` with the best AUC over folds of whole training topics (`groups`)."""
    cross = {}
    for l2 in L2:
        held = np.zeros(len(y))
        for fold in range(FOLDS):
            inside = groups != fold
            held[~inside] = scores(x[~inside], fit(x[inside], y[inside], l2))
        cross[l2] = auc(y, held)
    return max(L2, key=lambda value: (cross[value], value)), cross


def report(name: str, rows: list[Row], model: np.ndarray, thresholds: dict[str, float]) -> None:
    """AUC of the model, the frame rule and a few single features on one split, and what each decision
    joins: the merge's, the frame rule's, the model's at each threshold (alone, with the merge's vetoes,
    and added to the merge's own joins)."""
    labels = np.array([row[0] for row in rows])
    decision = np.array([row[1] for row in rows])
    frame = np.array([row[2] for row in rows])
    values = np.array([row[3] for row in rows], dtype=float)
    parted = np.array([row[4] for row in rows])
    print(f"\n{name}: {len(labels)} pairs, {int(labels.sum())} one event")
    print(f"  AUC model {auc(labels, model):.3f}, frame score {auc(labels, frame):.3f}", end="")
    for feature in ("sentence", "rare_jaccard", "predicate_cos", "phrase_cos", "context"):
        print(f", {feature} {auc(labels, values[:, FEATURES.index(feature)]):.3f}", end="")
    print(f"\n  merge's decision:       {at(labels, decision)}")
    print(f"  frame rule (>= {THRESHOLD}):  {at(labels, frame >= THRESHOLD)}")
    for label, threshold in thresholds.items():
        joined = model >= threshold
        print(f"  model {label:16} {at(labels, joined)}")
        print(f"    with merge's vetoes  {at(labels, joined & ~parted)}")
        print(f"    or the merge's       {at(labels, decision | (joined & ~parted))}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ecb", type=Path, help="folder of TOPIC.pickle (ecb_mention_pairs)")
    parser.add_argument("--stores", type=Path, default=Path("/tmp/merge102/stores"))
    parser.add_argument("--all", action="store_true", help="every pair of other predicates, not candidates")
    parser.add_argument("--weights", type=Path, help="write the fitted model here (JSON)")
    parser.add_argument("--sweep", type=Path, metavar="STORE", help="what --model would join in a store")
    parser.add_argument("--model", type=Path, help="a model written by --weights (--sweep)")
    parser.add_argument("--sample", type=int, default=20, help="new joins printed (--sweep)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--coref", type=Path, metavar="ECB_DIR", help="ECB+ F1 with --model as a veto")
    parser.add_argument("--veto", type=float, default=JOIN_SCORE, help="score below which --coref parts")
    parser.add_argument("--topics", default=",".join(map(str, DEVELOPMENT_TOPICS)), help="--coref's topics")
    args = parser.parse_args()
    if args.coref:
        coref_with_veto(args.coref, args.model, args.veto, [int(t) for t in args.topics.split(",")])
        return
    if args.sweep:
        sweep(args.sweep, args.model, args.sample, args.seed)
        return
    topics = sorted(int(path.stem) for path in args.ecb.glob("*.pickle"))
    by_topic = {topic: ecb_rows(args.ecb, topic, args.all) for topic in topics}
    training = [t for t in topics if t not in DEVELOPMENT_TOPICS]
    splits = {
        "ecb training": [row for t in training for row in by_topic[t]],
        "ecb development": [row for t in topics if t in DEVELOPMENT_TOPICS for row in by_topic[t]],
        **t17_rows(args.stores),
    }
    y = np.array([row[0] for row in splits["ecb training"]])
    raw = np.array([row[3] for row in splits["ecb training"]], dtype=float)
    mean, scale = raw.mean(axis=0), raw.std(axis=0) + 1e-9
    x = (raw - mean) / scale
    groups = np.concatenate([np.full(len(by_topic[t]), i % FOLDS) for i, t in enumerate(training)])
    l2, cross = choose_l2(x, y, groups)
    weights = fit(x, y, l2)
    print("cross-validated AUC by L2:", {k: round(v, 3) for k, v in cross.items()}, "chosen", l2)
    print("weights (standardised):")
    for name, weight in sorted(zip(FEATURES, weights[:-1], strict=True), key=lambda item: -abs(item[1])):
        print(f"  {name:14} {weight:+.3f}")
    thresholds = {
        f"precision {PRECISION}": threshold_for(y, scores(x, weights), PRECISION),
        "p >= 0.5": JOIN_SCORE,
    }
    print("thresholds (on the training pairs):", {k: round(v, 3) for k, v in thresholds.items()})
    for name, rows in splits.items():
        values = np.array([row[3] for row in rows], dtype=float)
        report(name, rows, scores((values - mean) / scale, weights), thresholds)
    if args.weights:
        model_json = {
            "features": list(FEATURES),
            "mean": mean.round(6).tolist(),
            "scale": scale.round(6).tolist(),
            "weights": weights[:-1].round(6).tolist(),
            "bias": round(float(weights[-1]), 6),
            "l2": l2,
        }
        args.weights.write_text(json.dumps(model_json, indent=1) + "\n")


if __name__ == "__main__":
    main()

"""Signals for pairs of main mentions told with different predicates: one event or two?

Reads labelled pairs (`paraphrase_pairs.jsonl`: a store's topic, each mention as its article's path
under `InputDocs/`, its sentence's offset and its word, and the label) and prints, for each pair, what
the merge could weigh: the sentences' similarity (`Merger.sentence_similarity`), the embedding cosine
of the predicate alone, of the predicate with its arguments' words and of the words that follow it
(the event phrase: "found to have the virus", "tested positive for swine flu"), the articles' context
(`Merger.context_similarity`), a telling name shared (`_names_shared`), telling words shared besides
the predicate (`_words_shared`), whether the times meet, the figures' agreement and the content words
shared. A tool for the study of paraphrase joins, not part of the product. The pairs are of bpoil_bbc,
H1N1_bbc and haiti_bbc (the held-out topic of `event_frames.py`): `--stores` names a folder with all three.

`--sweep TOPIC` looks at the whole store instead: every pair of main mentions of other predicates in
different entries and articles, with one modality and times that meet, sentences below the paraphrase
bar (0.45) and at least `--sentence`, event phrases at least `--phrase` alike, a telling name and telling
words in common (what a stricter road for paraphrases would join); it counts them and prints a seeded
sample to read.

    PYTHONPATH=src python evaluation/paraphrase_pairs.py --stores /tmp/base26
    PYTHONPATH=src python evaluation/paraphrase_pairs.py --sweep H1N1_bbc --phrase 0.6 --sentence 0.15
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

import numpy as np

from storyline.analyse.embedding import encode, text_similarity
from storyline.merge.entries import Merger
from storyline.merge.pair_rules import (
    PARAPHRASE_THRESHOLD,
    _names_shared,
    _other_words_shared,
    _words_shared,
)
from storyline.merge.places import PlaceIndex
from storyline.merge.similarity import Signature, figure_agreement, overlaps
from storyline.store.database import Store

PAIRS = Path(__file__).with_name("paraphrase_pairs.jsonl")
FOLLOWING = 5  # words after the predicate's own taken as its phrase


class Topic:
    """One store's merger state (names, words, days) and its mentions' signatures, by article and offset."""

    def __init__(self, path: Path) -> None:
        self.store = Store(path)
        self.merger = Merger(
            self.store.clusters_with_predicate, self.store.context_names(), self.store.article_words()
        )
        self.merger.remember_days(self.store.days_told())
        self.merger.places = PlaceIndex(self.store.place_counts(), self.store.place_articles())
        self._loaded: dict[str, list[Signature]] = {}

    def signature(self, mention: dict[str, object]) -> Signature:
        db = self.store._db  # a study tool reads the rows it names
        document, key = db.execute(
            "SELECT d.id, e.predicate_key FROM events e JOIN documents d ON d.id = e.document_id"
            " WHERE d.path LIKE ? AND e.start = ? AND e.main = 1 AND e.predicate = ?",
            ("%" + str(mention["path"]), mention["start"], mention["word"]),
        ).fetchone()
        if key not in self._loaded:
            clusters = self.store.clusters_with_predicate(key, limit=1_000_000, latest=1_000_000)
            self._loaded[key] = [sig for cluster in clusters for sig in cluster.signatures]
        return next(
            sig for sig in self._loaded[key]
            if sig.document == document and sig.sentence == mention["start"] and sig.main
        )  # fmt: skip


def phrase(sig: Signature, text: str) -> str:
    """The predicate's word and the words that follow it in its sentence."""
    at = text.lower().find(sig.word) if sig.word else -1
    if at < 0:
        return sig.word
    return " ".join(re.findall(r"[\w'-]+", text[at:])[: FOLLOWING + 1])


def signals(topic: Topic, a: Signature, b: Signature, texts: tuple[str, str]) -> dict[str, object]:
    merger = topic.merger
    arguments = [" ".join([sig.word] + [words for _, _, words in sig.arguments]) for sig in (a, b)]
    return {
        "sentence": round(merger.sentence_similarity(a, b), 3),
        "verb": round(text_similarity(a.word, b.word), 3),
        "args": round(text_similarity(*arguments), 3),
        "phrase": round(text_similarity(phrase(a, texts[0]), phrase(b, texts[1])), 3),
        "sent_cos": round(text_similarity(*texts), 3),
        "context": round(merger.context_similarity(a, b), 3),
        "name": _names_shared(a, b, merger),
        "words": _words_shared(a, b, merger),
        "times": overlaps(a.when, b.when),
        "figures": figure_agreement(a, b),
        "shared": sorted(_other_words_shared(a, b)),
        "phrases": (phrase(a, texts[0]), phrase(b, texts[1])),
    }


def main_mentions(topic: Topic) -> list[tuple[str, Signature, str]]:
    """Every main mention of a store, keyed as its entry is: its entry's id, signature and sentence."""
    mentions = []
    keys = [
        row[0] for row in topic.store._db.execute("SELECT DISTINCT predicate_key FROM events WHERE main = 1")
    ]
    for key in keys:
        for cluster in topic.store.clusters_with_predicate(key, limit=1_000_000, latest=1_000_000):
            for event, sig in zip(cluster.events, cluster.signatures, strict=True):
                if sig.main and sig.predicate == key:
                    mentions.append((cluster.id, sig, event.summary))
    return mentions


def sweep(
    topic: Topic, least_phrase: float, least_sentence: float
) -> list[tuple[str, str, str, str, float, float]]:
    """The pairs of main mentions a paraphrase road with these bars would join (`--sweep`)."""
    mentions = main_mentions(topic)
    rows = encode([phrase(sig, text) for _, sig, text in mentions])
    merger, found = topic.merger, []
    for first, second in zip(*np.nonzero(np.triu(rows @ rows.T >= least_phrase, 1)), strict=True):
        (entry, a, text), (other_entry, b, other_text) = mentions[first], mentions[second]
        if entry == other_entry or a.document == b.document or a.predicate == b.predicate:
            continue
        if a.modality != b.modality or not overlaps(a.when, b.when):
            continue
        sentence = merger.sentence_similarity(a, b)
        if not least_sentence <= sentence < PARAPHRASE_THRESHOLD:
            continue
        if _names_shared(a, b, merger) and _words_shared(a, b, merger):
            alike = float(rows[first] @ rows[second])
            found.append((entry[:10], other_entry[:10], text, other_text, alike, sentence))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stores", type=Path, default=Path("/tmp/base26"), help="folder of TOPIC.db stores")
    parser.add_argument("--pairs", type=Path, default=PAIRS)
    parser.add_argument("--sweep", metavar="TOPIC", help="the pairs of one store a stricter road would join")
    parser.add_argument("--phrase", type=float, default=0.6, help="least event-phrase cosine (--sweep)")
    parser.add_argument("--sentence", type=float, default=0.15, help="least sentence similarity (--sweep)")
    parser.add_argument("--sample", type=int, default=30, help="pairs of entries printed (--sweep)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if args.sweep:
        found = sweep(Topic(args.stores / f"{args.sweep}.db"), args.phrase, args.sentence)
        entries = sorted({(pair[0], pair[1]): pair for pair in found}.values())
        print(f"{len(found)} mention pairs, {len(entries)} pairs of entries")
        for a, b, text, other_text, alike, sentence in random.Random(args.seed).sample(
            entries, min(args.sample, len(entries))
        ):
            print(f"\n{a} {b} phrase {alike:.3f} sentence {sentence:.3f}")
            print(f"  A: {text[:240]}\n  B: {other_text[:240]}")
        return
    topics: dict[str, Topic] = {}
    for line in args.pairs.read_text().splitlines():
        pair = json.loads(line)
        name = pair["topic"]
        topic = topics.setdefault(name, Topic(args.stores / f"{name}.db"))
        a, b = topic.signature(pair["a"]), topic.signature(pair["b"])
        texts = (pair["a"]["text"], pair["b"]["text"])
        found = signals(topic, a, b, texts)
        print(f"{pair['label']} {name} {pair['a']['word']}/{pair['b']['word']}: {json.dumps(found)}")


if __name__ == "__main__":
    main()

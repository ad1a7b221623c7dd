"""Survey the captions, headlines and page lines still run into a news sentence: for each Timeline17
topic, the sentences (as `analyse.segment` and the parser cut them) in which a word that opens a
sentence follows a word that ends none, with no mark between them, and a finite verb follows it:

- "opener": a capitalised article, pronoun or adverbial inside the sentence ("... at Alleyn's School
  A third school in London has closed ...");
- "name subject": a name (a title and a name) after a lower-case word, before its finite verb
  ("... over the broken well head BP has successfully installed ...");
- "repeated line": a sentence that opens or closes with six words that open or close sentences in at
  least five of the topic's pages (an outlet's line), and holds words of its own besides.

    PYTHONPATH=src python evaluation/glued_captions.py ../shared/corpus/t17 --json out.json [--show 5]
    python evaluation/glued_captions.py --read out.json --compare other.json

`--json` writes every page's sentences with the shape found in each (null: none), `--compare` lists
the sentences of one run that the other cuts differently. A sentence flagged here is a candidate, to
be read: a reported clause with no "that" ("officials said BP has ...") has the same look. Not
imported by storyline.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from page_sentences import parsed_topics, print_counts
from spacy.tokens import Span

from storyline.analyse.verb_forms import FINITE_TAGS

OPENERS = frozenset({"The", "A", "An", "He", "She", "It", "They", "We", "This", "These", "There", "But"})
NAME_TAGS = frozenset({"NNP", "NNPS"})
PHRASE_ENDS = frozenset({"NN", "NNS", "VBN", "VBG", "CD", "JJ", "RB", "NNP", "NNPS"})
VERB_REACH = 8  # words from the opening word to its verb
REPEATED_WORDS = 6
REPEATED_PAGES = 5


def glued_shape(sentence: Span) -> str | None:
    """The shape of the first word inside the sentence that looks like a run-in sentence's first word."""
    for token in sentence[3:]:
        previous = token.doc[token.i - 1]
        if previous.whitespace_ != " " or not previous.text[:1].isalnum() or not token.text[:1].isupper():
            continue
        if token.text in OPENERS and previous.tag_ in PHRASE_ENDS and _verb_ahead(token, names=False):
            return "opener"
        if (
            token.tag_ in NAME_TAGS
            and previous.is_lower
            and previous.tag_ in PHRASE_ENDS - NAME_TAGS
            and _verb_ahead(token, names=True)
        ):
            return "name subject"
    return None


def _verb_ahead(token, names: bool) -> bool:
    """A lower-case finite verb within `VERB_REACH` words, before any mark; with `names`, only names,
    a possessive and an adverb come before it."""
    for word in token.doc[token.i + 1 : token.i + 1 + VERB_REACH]:
        if word.tag_ in FINITE_TAGS:
            return word.is_lower
        if word.is_punct or (names and word.tag_ not in NAME_TAGS | {"POS", "RB"}):
            return False
    return False


def survey(corpus: Path, names: set[str] | None = None) -> dict[str, list[dict[str, object]]]:
    """Each topic's pages (of the topics `names`, or all): path and sentences (text, shape)."""
    return parsed_topics(corpus, lambda sent: {"text": sent.text, "shape": glued_shape(sent)}, names)


def mark_repeated(pages: list[dict[str, object]]) -> None:
    """Mark the sentences that open or close with an outlet's line and hold words of their own."""
    counts: Counter[tuple[str, str]] = Counter()
    for page in pages:
        keys = set()
        for sentence in page["sentences"]:
            words = sentence["text"].split()
            if len(words) >= REPEATED_WORDS:
                keys |= set(_ends(words))
        counts.update(keys)
    for page in pages:
        for sentence in page["sentences"]:
            words = sentence["text"].split()
            if sentence["shape"] or len(words) < 2 * REPEATED_WORDS:
                continue
            repeated = any(counts[key] >= REPEATED_PAGES for key in _ends(words))
            if repeated and not _whole_repeated(pages, {sentence["text"]}):
                sentence["shape"] = "repeated line"


def _ends(words: list[str]) -> tuple[tuple[str, str], tuple[str, str]]:
    return ("open", " ".join(words[:REPEATED_WORDS])), ("close", " ".join(words[-REPEATED_WORDS:]))


def _whole_repeated(pages: list[dict[str, object]], texts: set[str]) -> bool:
    """The sentence itself recurs in as many pages (a wire's repeated background line, not a glued one)."""
    found = sum(any(s["text"] in texts for s in page["sentences"]) for page in pages)
    return found >= REPEATED_PAGES


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, nargs="?")
    parser.add_argument("--json", type=Path, help="write the parsed sentences here")
    parser.add_argument("--read", type=Path, help="count from the sentences written by an earlier --json")
    parser.add_argument("--compare", type=Path, help="list the sentences cut differently in this --json")
    parser.add_argument("--show", type=int, default=0, help="print this many flagged sentences per shape")
    parser.add_argument("--topics", help="comma-separated topic names (default: all)")
    args = parser.parse_args()
    names = set(args.topics.split(",")) if args.topics else None
    topics = json.loads(args.read.read_text()) if args.read else survey(args.corpus, names)
    if args.json:
        args.json.write_text(json.dumps(topics, indent=1))
    if args.compare:
        _compare(topics, json.loads(args.compare.read_text()))
        return
    by_topic: Counter[str] = Counter()
    by_shape: Counter[str] = Counter()
    shown: dict[str, list[str]] = {}
    sentences = 0
    for topic, pages in topics.items():
        mark_repeated(pages)
        for page in pages:
            sentences += len(page["sentences"])
            for sentence in page["sentences"]:
                if shape := sentence["shape"]:
                    by_topic[topic] += 1
                    by_shape[shape] += 1
                    shown.setdefault(shape, []).append(sentence["text"])
    print(f"sentences: {sentences}; flagged: {sum(by_shape.values())}")
    print_counts((("topic", by_topic), ("shape", by_shape)), shown, args.show)


def _compare(before: dict[str, list[dict[str, object]]], after: dict[str, list[dict[str, object]]]) -> None:
    """Print each page's sentences that one run holds and the other does not."""
    changed = 0
    for topic, pages in before.items():
        for page, other in zip(pages, after.get(topic, []), strict=False):
            old = [s["text"] for s in page["sentences"]]
            new = [s["text"] for s in other["sentences"]]
            if old != new:
                gone, came = [t for t in old if t not in new], [t for t in new if t not in old]
                changed += len(gone)
                print(f"== {topic} {Path(page['path']).name}")
                for text in gone:
                    print(f"  - {text[:400]}")
                for text in came:
                    print(f"  + {text[:400]}")
    print(f"sentences cut differently: {changed}")


if __name__ == "__main__":
    main()

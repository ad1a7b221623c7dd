"""ECB+ gold event mentions that no storyline event mention covers, counted by kind.

Runs the coreference evaluation's pipeline on some topics, keeps each document's parse, and
sorts every uncovered gold mention by what its head word is (part of speech, tag, dependency),
where it stands (a title-case line, the document's first line, a sentence storyline skips) and
whether an extracted event mention overlaps it (lost in the merge) or none does (never found), and
gives each never-found mention one cause (`cause`): the place in the parse that a rule could read.

    python evaluation/uncovered_mentions.py ../shared/corpus/ecbplus --topics 2,5,12 [--json out.json]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from spacy.tokens import Doc, Token

from storyline.evaluate.coref_eval import documents_of, load_corpus
from storyline.evaluate.coref_projection import project
from storyline.model import Document
from storyline.pipeline import Pipeline, Processed, build_entries


class _KeepingPipeline(Pipeline):
    """The evaluation's pipeline, keeping each document's parse and extracted event spans."""

    def __init__(self) -> None:
        super().__init__()
        self.parses: dict[str, Doc] = {}
        self.event_spans: dict[str, list[tuple[int, int]]] = {}

    def _analyse(self, doc: Doc, document: Document, collection_dates: list) -> Processed:  # type: ignore[override]
        processed = super()._analyse(doc, document, collection_dates)
        self.parses[document.id] = doc
        self.event_spans[document.id] = [
            (e.event_start if e.event_start is not None else e.start, e.event_end or e.end)
            for e in processed.extraction.events
        ]
        return processed


def _title_case_line(text: str) -> bool:
    words = [w for w in text.split() if w.isalpha() and len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def describe(
    doc: Doc, start: int, end: int, text: str, extracted: bool, lemma: Callable[[Token], str]
) -> dict[str, object]:
    """What the gold mention's words are in storyline's parse."""
    span = doc.char_span(start, end, alignment_mode="expand")
    tokens = list(span) if span is not None else []
    head = span.root if span is not None else None
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end != -1 else len(text)]
    return {
        "words": text[start:end],
        "tokens": len(tokens),
        "pos": head.pos_ if head is not None else "?",
        "tag": head.tag_ if head is not None else "?",
        "dep": head.dep_ if head is not None else "?",
        "lemma": lemma(head).lower() if head is not None else "?",
        "title_case_line": _title_case_line(line),
        "line": text.count("\n", 0, line_start),
        "extracted": extracted,
        "sentence": line.strip()[:160],
        "governor": lemma(head.head).lower() if head is not None else "?",
        "governor_pos": head.head.pos_ if head is not None else "?",
        "dated": head is not None and _dated(head),
    }


_LIGHT_VERBS = frozenset({"take", "make", "give", "have", "get", "do", "strike", "land", "suffer", "score"})
_ASPECT_VERBS = frozenset(
    {"begin", "start", "continue", "end", "finish", "complete", "resume", "halt", "stop", "announce",
     "report", "confirm", "deny", "cause", "spark", "trigger", "prompt", "follow", "unleash", "fuel"}
)  # fmt: skip
_TIME_PREPOSITIONS = frozenset({"after", "before", "during", "following", "since", "amid", "until"})
_EVENT_SUFFIXES = ("al", "age", "ure", "ance", "ence", "ery", "tion", "sion", "ment", "ing")


def _dated(head: Token) -> bool:
    """A date said of the noun itself: "Tuesday's shooting", "the 2008 crash", "the blaze on Friday"."""
    for child in head.children:
        if child.ent_type_ in ("DATE", "TIME") and child.dep_ in ("poss", "compound", "nmod", "npadvmod"):
            return True
        if child.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in child.children):
            return True
    return False


def cause(row: dict[str, object]) -> str:
    """Why storyline found no event mention here, as far as the parse tells."""
    pos, dep, word, governor = row["pos"], row["dep"], str(row["lemma"]), row["governor"]
    if row["title_case_line"] and pos == "PROPN":
        return "title-case headline word"
    if pos in ("NOUN", "PROPN"):
        if dep == "dobj" and governor in _LIGHT_VERBS:
            return "noun: object of a light verb"
        if dep in ("dobj", "nsubj", "nsubjpass") and governor in _ASPECT_VERBS:
            return "noun: governed by an aspect/report/cause verb"
        if row["dated"]:
            return "noun: with a date of its own"
        if dep == "pobj" and governor in _TIME_PREPOSITIONS:
            return "noun: after a preposition of time"
        if len(word) > 4 and word.endswith(_EVENT_SUFFIXES):
            return "noun: event suffix, not listed"
        if dep == "compound":
            return "noun: compound modifier"
        return f"{pos.lower()}: names a thing or state"
    if pos == "VERB":
        return "verb: 'have/get/become/be' left out" if word in ("have", "get", "become", "be") else "verb"
    if pos in ("ADJ", "AUX", "PRON", "ADP", "NUM", "ADV"):
        return pos.lower()
    return "other"


def uncovered(ecb_dir: Path, topics: list[int]) -> list[dict[str, object]]:
    corpus = load_corpus(ecb_dir.resolve())
    pipeline = _KeepingPipeline()
    found: list[dict[str, object]] = []
    for topic in sorted(set(topics) & set(corpus.topics)):
        documents = corpus.topics[topic]
        entries = build_entries(documents_of(documents), pipeline, secondary=True)
        gold = corpus.mentions([topic])
        projected = project(gold, entries)
        texts = {d.name: d.text for d in documents}
        for mention in gold:
            if mention.id in projected:
                continue
            spans = pipeline.event_spans.get(mention.document, [])
            extracted = any(s < mention.end and mention.start < e for s, e in spans)
            row = describe(
                pipeline.parses[mention.document],
                mention.start,
                mention.end,
                texts[mention.document],
                extracted,
                pipeline.lemmatize,
            )
            row.update(id=mention.id, topic=topic, cluster=mention.cluster)
            row["cause"] = cause(row) if not extracted else "lost in the merge"
            found.append(row)
        pipeline.parses.clear()
        pipeline.event_spans.clear()
    return found


def _table(title: str, counts: Counter, top: int = 25) -> None:
    print(f"\n{title} ({sum(counts.values())})")
    for key, count in counts.most_common(top):
        print(f"  {count:5d}  {key}")


def report(rows: list[dict[str, object]]) -> None:
    _table("extracted but lost in the merge / never extracted", Counter(r["extracted"] for r in rows))
    missed = [r for r in rows if not r["extracted"]]
    _table("cause", Counter(cause(r) for r in missed))
    _table("head POS", Counter(r["pos"] for r in missed))
    _table("head tag", Counter(r["tag"] for r in missed))
    _table("head dep", Counter(r["dep"] for r in missed))
    _table("tokens in the gold mention", Counter(r["tokens"] for r in missed))
    _table("title-case line", Counter(r["title_case_line"] for r in missed))
    _table("line of the document", Counter(min(int(r["line"]), 5) for r in missed))
    for pos in ("NOUN", "VERB", "PROPN", "ADJ", "AUX", "ADP", "NUM"):
        _table(f"{pos} lemmas", Counter(r["lemma"] for r in missed if r["pos"] == pos), top=40)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ecb_dir", type=Path)
    parser.add_argument("--topics", default="2,5,12,18,21,23,34,35")
    parser.add_argument("--json", type=Path, help="write every uncovered mention here")
    args = parser.parse_args()
    rows = uncovered(args.ecb_dir, [int(t) for t in args.topics.split(",")])
    report(rows)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()

"""Quote speakers and sentence attributions of one topic, compared between two versions of the code.

A change to the claims rules is kept only when almost nothing it changes on whole topics gets worse;
this lists every change for reading. The topic is parsed once (`parse`), both versions read the same
parses (`extract`, run once with each version on PYTHONPATH), and `diff` prints each quote whose
speaker changed and each sentence whose attribution (source, stance; and those of its clauses) changed,
with the text around it. Actors come from `find_actors` and one registry filled in document order, as
an ingest fills it, but without the merge.

    python evaluation/compare_speakers.py parse ../shared/corpus/t17/haiti_bbc /tmp/haiti
    PYTHONPATH=<worktree of main>/src python evaluation/compare_speakers.py extract /tmp/haiti /tmp/haiti.base
    python evaluation/compare_speakers.py extract /tmp/haiti /tmp/haiti.new
    python evaluation/compare_speakers.py diff /tmp/haiti.base /tmp/haiti.new
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from spacy.tokens import Doc, DocBin, Span

from storyline.analyse.doc_text import doc_text
from storyline.analyse.entities import ActorRegistry, find_actors
from storyline.extract.attribution import attribute, clause_attributions
from storyline.extract.quotes import extract_quotes
from storyline.ingest import read_documents
from storyline.model import Attribution, Document, EntityMention
from storyline.pipeline import Pipeline

_CONTEXT = 300


def parse(topic: Path, prefix: Path) -> None:
    pipeline = Pipeline()
    documents = [d for d in read_documents([topic]) if isinstance(d, Document)]
    parsed = DocBin(store_user_data=True)
    paths = []
    for doc, document, *_ in pipeline._parse(documents):  # the pipeline's own chunked parse
        parsed.add(doc)
        paths.append(document.path)
    parsed.to_disk(prefix.with_suffix(".spacy"))
    prefix.with_suffix(".paths.json").write_text(json.dumps(paths))


def _pair(found: Attribution | None) -> list[str] | None:
    if found is None:
        return None
    return [found.source, str(found.stance), *([f"relayed by {found.relay}"] if found.relay else [])]


def parsed(prefix: Path) -> Iterator[tuple[str, Doc, list[EntityMention]]]:
    """Each parsed document of `prefix` with its path and its actors, named through one registry
    filled in document order, as an ingest fills it."""
    pipeline = Pipeline()
    docs = DocBin().from_disk(prefix.with_suffix(".spacy")).get_docs(pipeline.nlp.vocab)
    paths = json.loads(prefix.with_suffix(".paths.json").read_text())
    registry = ActorRegistry()
    for doc, path in zip(docs, paths, strict=True):
        actors = [replace(m, canonical=registry.canonical(m.canonical, m.label)) for m in find_actors(doc)]
        yield path, doc, actors


def actors_in(sentence: Span, actors: list[EntityMention]) -> list[EntityMention]:
    """The actors inside `sentence`, as the pipeline passes them to the extractors."""
    return [a for a in actors if sentence.start_char <= a.start and a.end <= sentence.end_char]


def extract(prefix: Path, output: Path) -> None:
    result = {}
    for path, doc, actors in parsed(prefix):
        sentences = {}
        for sentence in doc.sents:
            own = actors_in(sentence, actors)
            main = attribute(sentence, own)
            clauses = [_pair(found) for _, found in clause_attributions(sentence, own, main)]
            sentences[f"{sentence.start_char}-{sentence.end_char}"] = [_pair(main), clauses]
        quotes = {f"{q.start}-{q.end}": q.speaker for q in extract_quotes(doc, actors)}
        result[path] = {"text": doc_text(doc), "quotes": quotes, "sentences": sentences}
    output.write_text(json.dumps(result))


def diff(base_file: Path, new_file: Path) -> None:
    base, new = json.loads(base_file.read_text()), json.loads(new_file.read_text())
    counts = {"quotes": 0, "quotes changed": 0, "sentences": 0, "sentences changed": 0}
    for path, before in base.items():
        after, text = new[path], before["text"]
        for kind in ("quotes", "sentences"):
            counts[kind] += len(after[kind])
            for span in sorted(set(before[kind]) | set(after[kind]), key=lambda s: int(s.split("-")[0])):
                old, now = before[kind].get(span, "missing"), after[kind].get(span, "missing")
                if old == now:
                    continue
                counts[f"{kind} changed"] += 1
                start, end = (int(n) for n in span.split("-"))
                print(f"{kind[0].upper()} {Path(path).name} {span}: {old} -> {now}")
                around = (
                    text[max(0, start - _CONTEXT) : start],
                    text[start:end],
                    text[end : end + _CONTEXT // 2],
                )
                print("    {} [[ {} ]] {}".format(*(" ".join(part.split()) for part in around)))
    print(counts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    for name, arguments in (("parse", ("topic", "prefix")), ("extract", ("prefix", "output"))):
        command = commands.add_parser(name)
        for argument in arguments:
            command.add_argument(argument, type=Path)
    compared = commands.add_parser("diff")
    for argument in ("base", "new"):
        compared.add_argument(argument, type=Path)
    options = parser.parse_args()
    if options.command == "parse":
        parse(options.topic, options.prefix)
    elif options.command == "extract":
        extract(options.prefix, options.output)
    else:
        diff(options.base, options.new)


if __name__ == "__main__":
    main()

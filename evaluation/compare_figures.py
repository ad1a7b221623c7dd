"""Figures of one topic, compared between two versions of the code.

A change to the figure rules is kept only when almost nothing it changes on whole topics gets worse;
this lists every change for reading. The parses come from `compare_speakers.py parse`; `extract` runs
`extract_figures` on every sentence (with the sentence's actors, as the pipeline passes them) with the
version on PYTHONPATH, and `diff` prints each sentence whose figures (value, upper, text, kind, what
is counted) changed, with both lists.

    python evaluation/compare_speakers.py parse ../shared/corpus/t17/haiti_bbc /tmp/haiti
    PYTHONPATH=<worktree of main>/src python evaluation/compare_figures.py extract /tmp/haiti /tmp/haiti.fb
    python evaluation/compare_figures.py extract /tmp/haiti /tmp/haiti.fn
    python evaluation/compare_figures.py diff /tmp/haiti.fb /tmp/haiti.fn
"""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from pathlib import Path

from spacy.tokens import DocBin

from storyline.analyse.entities import ActorRegistry, find_actors
from storyline.extract.figures import extract_figures
from storyline.pipeline import Pipeline


def extract(prefix: Path, output: Path) -> None:
    pipeline = Pipeline()
    docs = DocBin().from_disk(prefix.with_suffix(".spacy")).get_docs(pipeline.nlp.vocab)
    paths = json.loads(prefix.with_suffix(".paths.json").read_text())
    registry = ActorRegistry()
    result = {}
    for doc, path in zip(docs, paths, strict=True):
        actors = [replace(m, canonical=registry.canonical(m.canonical, m.label)) for m in find_actors(doc)]
        sentences = {}
        for sentence in doc.sents:
            own = [a for a in actors if sentence.start_char <= a.start and a.end <= sentence.end_char]
            found = extract_figures(sentence, (), own)
            sentences[f"{sentence.start_char}-{sentence.end_char}"] = [
                sentence.text,
                [[f.value, f.upper, f.text, f.kind, f.counted] for f in found],
            ]
        result[path] = sentences
    output.write_text(json.dumps(result))


def diff(base_file: Path, new_file: Path) -> None:
    base, new = json.loads(base_file.read_text()), json.loads(new_file.read_text())
    counts = {"figures": 0, "sentences changed": 0}
    for path, before in base.items():
        after = new[path]
        for span, (text, old) in before.items():
            now = after[span][1]
            counts["figures"] += len(now)
            if old == now:
                continue
            counts["sentences changed"] += 1
            print(f"{Path(path).name} {span}: {' '.join(text.split())}")
            for figure in old:
                if figure not in now:
                    print(f"    - {figure}")
            for figure in now:
                if figure not in old:
                    print(f"    + {figure}")
    print(counts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    for name, arguments in (("extract", ("prefix", "output")), ("diff", ("base", "new"))):
        command = commands.add_parser(name)
        for argument in arguments:
            command.add_argument(argument, type=Path)
    options = parser.parse_args()
    if options.command == "extract":
        extract(options.prefix, options.output)
    else:
        diff(options.base, options.new)


if __name__ == "__main__":
    main()

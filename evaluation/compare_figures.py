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
from pathlib import Path

from compare_speakers import actors_in, parsed

from storyline.extract.figures import extract_figures


def extract(prefix: Path, output: Path) -> None:
    result = {}
    for path, doc, actors in parsed(prefix):
        sentences = {}
        for sentence in doc.sents:
            found = extract_figures(sentence, (), actors_in(sentence, actors))
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

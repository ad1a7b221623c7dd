"""Figures of one topic, compared between two versions of the code.

A change to the figure rules is kept only when almost nothing it changes on whole topics gets worse;
this lists every change for reading. The parses come from `compare_speakers.py parse`; `extract` runs
`extract_figures` on every sentence (with the sentence's actors, as the pipeline passes them) with the
version on PYTHONPATH, and `diff` prints each sentence whose figures (value, upper, text, kind, what
is counted, claimant) changed, with both lists. The claimant is read as the pipeline reads it for the
sentence's root as its event (`figure_claims.with_own_claims` on the sentence's attribution and
clauses): the figure's own claim, "(writer)" for the writer's own words, else the event's source.

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

from storyline.extract.attribution import attribute, clause_attributions
from storyline.extract.figure_claims import with_own_claims
from storyline.extract.figures import extract_figures
from storyline.model import Figure


def extract(prefix: Path, output: Path) -> None:
    result = {}
    for path, doc, actors in parsed(prefix):
        sentences = {}
        for sentence in doc.sents:
            own = actors_in(sentence, actors)
            found = extract_figures(sentence, (), own)
            main = attribute(sentence, own)
            clauses = clause_attributions(sentence, own, main)
            holding = [(len(tokens), f) for tokens, f in clauses if sentence.root.i in tokens]
            event = min(holding, key=lambda held: held[0])[1] if holding else main
            found = with_own_claims(found, sentence, clauses, sentence.root, event)
            sentences[f"{sentence.start_char}-{sentence.end_char}"] = [
                sentence.text,
                [[f.value, f.upper, f.text, f.kind, f.counted, _claimant(f, event)] for f in found],
            ]
        result[path] = sentences
    output.write_text(json.dumps(result))


def _claimant(figure: Figure, event: object) -> str | None:
    if getattr(figure, "by_writer", False):
        return "(writer)"
    claim = figure.claim or event
    return getattr(claim, "source", None)


def diff(base_file: Path, new_file: Path) -> None:
    base, new = json.loads(base_file.read_text()), json.loads(new_file.read_text())
    counts = {"figures": 0, "sentences changed": 0}
    for path, before in base.items():
        after = new[path]
        if before.keys() != after.keys():  # the sentences were cut elsewhere: figures matched in the document
            _diff_resegmented(path, before, after, counts)
            continue
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


def _diff_resegmented(path: str, before: dict, after: dict, counts: dict[str, int]) -> None:
    """A document whose sentence spans changed (a change to segmentation): each figure of either
    version that the other lacks in the whole document, with its sentence."""
    old = [(span, text, figure) for span, (text, found) in before.items() for figure in found]
    now = [(span, text, figure) for span, (text, found) in after.items() for figure in found]
    counts["figures"] += len(now)
    unmatched_old = list(old)
    unmatched_now = []
    for item in now:
        match = next((held for held in unmatched_old if held[2] == item[2]), None)
        if match is None:
            unmatched_now.append(item)
        else:
            unmatched_old.remove(match)
    for sign, items in (("-", unmatched_old), ("+", unmatched_now)):
        for span, text, figure in items:
            counts["sentences changed"] += 1
            print(f"{Path(path).name} {span}: {' '.join(text.split())}")
            print(f"    {sign} {figure}")


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

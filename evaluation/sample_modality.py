"""Draw a seeded sample of event mentions for judging their modality, and score judgements against a store.

storyline tells each mention as `actual`, `expected`, `negated` or `generic`. A person reads each drawn
mention in its sentence and judges what the sentence says of the event: it happened (`happened`), it is
expected or planned (`expected`), it is a condition or a mere possibility (`hypothetical`), it did not
happen (`negated`), or it is a kind of event, not one happening (`generic`). storyline has one reading
for the expected and the hypothetical (`expected`), so both count right when it says `expected`.
This script only draws, writes and scores; it is not imported by storyline.

    python evaluation/sample_modality.py draw /tmp/base27/bpoil_bbc.db --output X.jsonl [--seed 9]
    python evaluation/sample_modality.py score X.jsonl --db /tmp/base27/bpoil_bbc.db [--db other.db]

`draw` writes one JSON line per mention: where it is (`path`, `event_start`, `event_end`), the sentence
with the event words between ⟦ ⟧, storyline's `modality`, how it was drawn (`random`: of all mentions;
`cue`: of those whose sentence holds a word of the future or of possibility, `CUES`) and an empty
`judged` for the reader to fill. `score` reads each store's modality of the same mentions back and
prints the confusion table and the errors.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from pathlib import Path

from storyline.model import Mention
from storyline.store import Store

CUES = (
    "is to", "are to", "was to", "were to", "is due to", "are due to", "is set to", "are set to",
    "plans to", "plan to", "will", "expected to", "could", "may", "would",
)  # fmt: skip
_CUE_PATTERN = re.compile(r"\b(?:" + "|".join(re.escape(cue) for cue in CUES) + r")\b", re.IGNORECASE)
# what storyline's reading should be for each judgement
READING = {
    "happened": "actual",
    "expected": "expected",
    "hypothetical": "expected",
    "negated": "negated",
    "generic": "generic",
}


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    draw = commands.add_parser("draw", help="draw a sample from a store")
    draw.add_argument("db", type=Path)
    draw.add_argument("--output", type=Path, required=True)
    draw.add_argument("--seed", type=int, default=9)
    draw.add_argument("--count", type=int, default=60, help="mentions of each kind (random, cue)")
    score = commands.add_parser("score", help="score judgements against the stores' readings")
    score.add_argument("judged", type=Path)
    score.add_argument("--db", type=Path, action="append", required=True, help="one or more stores")
    args = parser.parse_args()
    if args.command == "draw":
        return _draw(args)
    return _score(args)


def _draw(args: argparse.Namespace) -> int:
    mentions = sorted(_mentions(args.db).values(), key=_key)
    rng = random.Random(args.seed)
    drawn = _pick(rng, mentions, args.count)
    taken = {_key(m) for m in drawn}
    cued = [m for m in mentions if _key(m) not in taken and _CUE_PATTERN.search(_words(m))]
    rows = [_row(m, "random") for m in drawn] + [_row(m, "cue") for m in _pick(rng, cued, args.count)]
    args.output.parent.mkdir(parents=True, exist_ok=True)
    with args.output.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(mentions)} mentions, {len(cued)} more with a cue; wrote {len(rows)} to {args.output}")
    return 0


def _score(args: argparse.Namespace) -> int:
    rows = [json.loads(line) for line in args.judged.read_text(encoding="utf-8").splitlines() if line]
    for db in args.db:
        readings = {key: m.modality for key, m in _mentions(db).items()}
        confusion: Counter[tuple[str, str]] = Counter()
        wrong = []
        for row in rows:
            said = readings.get((row["path"], row["event_start"], row["event_end"]), "missing")
            confusion[(row["judged"], said)] += 1
            if READING.get(row["judged"]) != said:
                wrong.append((row, said))
        print(f"## {db}: {len(wrong)} of {len(rows)} read wrong")
        for (judged, said), count in sorted(confusion.items()):
            print(f"  judged {judged:12} storyline {said:9} {count}")
        for row, said in wrong:
            print(f"  - [{row['drawn']}] judged {row['judged']}, storyline {said}: {row['sentence']}")
    return 0


def _mentions(db: Path) -> dict[tuple[str, int, int], Mention]:
    with Store(db) as store:
        entries = store.entries()
    return {_key(m): m for entry in entries for m in entry.mentions if m.event_start is not None}


def _key(mention: Mention) -> tuple[str, int, int]:
    return (mention.path, mention.event_start or mention.start, mention.event_end or mention.end)


def _pick(rng: random.Random, mentions: list[Mention], count: int) -> list[Mention]:
    return list(mentions) if len(mentions) <= count else rng.sample(mentions, count)


def _words(mention: Mention) -> str:
    return mention.text


def _row(mention: Mention, drawn: str) -> dict[str, object]:
    path, start, end = _key(mention)
    left, right = start - mention.start, end - mention.start
    text = mention.text
    return {
        "path": path,
        "event_start": start,
        "event_end": end,
        "sentence": f"{text[:left]}⟦{text[left:right]}⟧{text[right:]}".replace("\n", " "),
        "modality": mention.modality,
        "drawn": drawn,
        "judged": "",
    }


if __name__ == "__main__":
    raise SystemExit(main())

"""Merging does not depend on Python's string-hash order: `PYTHONHASHSEED` changes the order a set of
words is walked in, and the entries a mention meets alike often (as many telling words each) were
ranked in that order, so which were cut at `MAX_CANDIDATES` and which won a tie changed from run to
run (two ingests of bpoil_bbc gave 22,712 and 22,713 entries; `evaluation/judged/entries6.md`).
Sentences are from the Timeline17 articles of bpoil_bbc; mentions are built by hand."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

EARLIER = [  # each shares two or three telling words with MENTION: entries met alike often
    "A temporary cap has stopped oil from gushing for more than a week.",
    "BP leases the Deepwater Horizon rig that suffered a huge explosion on 20 April and later sank.",
    "Fresh details about the explosion on the Deepwater Horizon rig emerged on Friday.",
    "Eleven workers were killed when the Deepwater Horizon rig blew up on 20 April.",
    "A live video feed showing the oil gushing from the well has been made available by BP.",
]
MENTION = (
    "A cap placed on the leaking well last week has stopped oil gushing from it for the first time"
    " since an explosion on the Deepwater Horizon drilling rig on 20 April caused the disaster."
)

_SCRIPT = """
import json, sys
from datetime import date
from storyline.merge.entries import Merger
from storyline.merge.similarity import signature
from storyline.model import Event, Tense

def event(document, text):
    return Event(document, 0, len(text), text, text, "2010-06-01", False, Tense.PAST, main=True)

earlier, mention = json.loads(sys.argv[1])
merger, day, texts = Merger(), date(2010, 6, 1), {}
for number, text in enumerate(earlier):
    texts[merger.add(event(f"page-{number}", text), published=day).id] = text
print(json.dumps([texts[found.id] for found in merger._candidates(signature(event("last", mention)))]))
"""


def _candidates_under(seed: str) -> list[str]:
    """The entries the mention is compared with, in order, in a fresh Python with that hash seed."""
    source = str(Path(__file__).resolve().parents[1] / "src")
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": source}
    found = subprocess.run(
        [sys.executable, "-c", _SCRIPT, json.dumps([EARLIER, MENTION])],
        env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    return json.loads(found.stdout)


def test_the_entries_a_mention_meets_do_not_depend_on_the_hash_seed() -> None:
    runs = [_candidates_under(seed) for seed in ("1", "2", "3", "4")]
    assert len(runs[0]) >= 3  # several entries met alike often: their order is what is tested
    assert all(run == runs[0] for run in runs)

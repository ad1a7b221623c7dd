"""Check that a change to ingest (a speed-up) leaves what storyline stores and shows unchanged.

Usage: python benchmarks/check_same_output.py save REFERENCE | compare REFERENCE NEW
[--topic PATH:LIMIT ...]
(default topics: the first 80 articles of t17/bpoil_guardian and all of t17/H1N1_bbc).
Each topic is ingested by the `storyline` command into a fresh store, then the JSON views are
written: `timeline` (main events and `--all`), `quotes`, `figures` and `conflicts`. `save`
keeps them as the reference; `compare` builds them again under NEW (kept, for `diff`) and names
every file that differs from the reference in a single byte. Run `save` before a change and
`compare` after it. The runs fix Python's string hashing (PYTHONHASHSEED): merging visits
candidate entries in the order of sets of ids, so ties may fall otherwise from one run to the next.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "t17"
DEFAULT_TOPICS = [f"{CORPUS / 'bpoil_guardian'}:80", f"{CORPUS / 'H1N1_bbc'}:0"]
ENVIRONMENT = {**os.environ, "PYTHONHASHSEED": "0"}
STORYLINE = str(Path(sys.executable).with_name("storyline"))
VIEWS = {
    "timeline.json": ["timeline", "--format", "json"],
    "timeline_all.json": ["timeline", "--all", "--format", "json"],
    "quotes.json": ["quotes", "--format", "json"],
    "figures.json": ["figures", "--format", "json"],
    "conflicts.json": ["conflicts", "--format", "json"],
}


def article_files(folder: Path, limit: int) -> list[str]:
    """The first `limit` article files (0: all) in the order `storyline ingest` reads a folder."""
    from storyline.ingest import read_documents
    from storyline.model import Document

    paths = [item.path for item in read_documents([folder]) if isinstance(item, Document)]
    return paths[:limit] if limit else paths


def write_views(topic: str, output: Path) -> None:
    folder, _, limit = topic.rpartition(":")
    output.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        db = str(Path(scratch) / "check.db")
        files = article_files(Path(folder), int(limit))
        subprocess.run(
            [STORYLINE, "ingest", *files, "--db", db], check=True, capture_output=True, env=ENVIRONMENT
        )
        for name, command in VIEWS.items():
            shown = subprocess.run(
                [STORYLINE, *command, "--db", db], check=True, capture_output=True, env=ENVIRONMENT
            )
            (output / name).write_bytes(shown.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("action", choices=["save", "compare"])
    parser.add_argument("folder", type=Path, help="Where the reference views are (or go).")
    parser.add_argument("new", type=Path, nargs="?", help="compare: where the new views go.")
    parser.add_argument("--topic", action="append", help="FOLDER:LIMIT (0: every article).")
    args = parser.parse_args()
    topics = args.topic or DEFAULT_TOPICS
    if args.action == "save":
        for topic in topics:
            write_views(topic, args.folder / Path(topic.rpartition(":")[0]).name)
        print(f"reference views written under {args.folder}")
        return 0
    if args.new is None:
        parser.error("compare needs a folder for the new views")
    different: list[str] = []
    for topic in topics:
        name = Path(topic.rpartition(":")[0]).name
        write_views(topic, args.new / name)
        for view in VIEWS:
            if not filecmp.cmp(args.folder / name / view, args.new / name / view, shallow=False):
                different.append(f"{name}/{view}")
    for view in different:
        print(f"DIFFERENT {view}")
    print("identical" if not different else f"{len(different)} views differ")
    return 1 if different else 0


if __name__ == "__main__":
    sys.exit(main())

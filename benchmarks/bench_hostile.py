"""Benchmark: hostile one-line articles (seconds to ingest each into a fresh store, and the store's size).

Usage: python benchmarks/bench_hostile.py [--topic H1N1_bbc] [--out /tmp/hostile]
       [--profile NAME] [--only NAME]
Builds hostile articles from a Timeline17 topic's own text (written under `--out`, never into the repo):
`no_stop`, a 40,000-character line with no full stop; `tight_stops`, a 40,000-character line of short
sentences with no space after the stops; `run_on`, one 2,000-word sentence joined by commas and "and"
(each part opening in lower case); `repeated`, one sentence repeated without its stop to 40,000
characters; `said_list`, 2,000 sentences of the topic that hold "said", in file order, the list
started again when it runs out (a page of statements: one predicate's mentions by the thousand);
`verbless`, a 40,000-character line of phrases with no verb ("... of the Gulf In May,
..."); `quoting`, one of verbless captions that quote.
Each is ingested alone into a new store; prints seconds, events and the store's bytes. `--profile`
runs one of them under cProfile and prints the 25 most costly functions (cumulative).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import re
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from storyline.analyse.comment_section import article_part
from storyline.ingest.reader import read_documents
from storyline.pipeline import Pipeline, ingest
from storyline.store.database import Store

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "t17"
CHARS = 40_000
RUN_ON_WORDS = 2_000
SAID_SENTENCES = 2_000


def topic_sentences(topic: str) -> list[str]:
    """The topic's sentences (its articles without their readers' comments, cut at full stops), in file
    order."""
    documents = read_documents([CORPUS / topic / "InputDocs"])
    texts = [article_part(d.text) for d in documents if hasattr(d, "text")]
    return [s.strip() for t in texts for s in re.split(r"(?<=\.)\s+", " ".join(t.split())) if s.strip()]


def no_stop(sentences: list[str]) -> str:
    """The sentences joined with commas for their stops, until 40,000 characters."""
    return _until(", ".join(s.rstrip(".").replace(".", ",") for s in sentences), CHARS)


def tight_stops(sentences: list[str]) -> str:
    """Sentences of four to eight words, each ended by a full stop the next follows without a space."""
    short = [" ".join(s.split()[:8]).rstrip(".,") + "." for s in sentences if len(s.split()) >= 4]
    return _until("".join(short), CHARS)


def run_on(sentences: list[str]) -> str:
    """One sentence of 2,000 words: the sentences joined by ", and" without their stops, each opening
    in lower case."""
    words = ", and ".join(s[:1].lower() + s[1:].rstrip(".").replace(".", "") for s in sentences).split()
    return " ".join(words[:RUN_ON_WORDS]) + "."


def repeated(sentences: list[str]) -> str:
    """One sentence of the topic with a name inside, repeated without its stop to 40,000 characters, as
    a page whose text was copied into itself (every copy of its words a pull quote's candidate)."""
    named = next(
        s for s in sentences if 8 <= len(s.split()) <= 14 and s[0].isupper() and _named(s) and '"' not in s
    )
    return _until(" ".join([named.rstrip(".")] * (CHARS // len(named) + 1)), CHARS)


def said_list(sentences: list[str]) -> str:
    """2,000 of the topic's sentences holding "said", one after another, started again from the first
    when they run out."""
    said = [s for s in sentences if " said" in s]
    return " ".join(said[i % len(said)] for i in range(SAID_SENTENCES))


def verbless(sentences: list[str]) -> str:
    """Phrases with no verb, each run into the next by a capitalised preposition and a month, to
    40,000 characters (fixed words, not the topic's: its sentences all have verbs): every "In" asks
    whether the text since the last cut says something (`segment._verb_since_cut`)."""
    return _until(" ".join(["oil ships of the Gulf In May,"] * (CHARS // 29 + 1)), CHARS)


def quoting(sentences: list[str]) -> str:
    """Verbless captions that each quote, to 40,000 characters (fixed words): every quotation asks
    whether its caption has a verb since the line's start (`segment._clause_before`)."""
    return _until(" ".join(['oil on the beach "Oil on the sand of the Gulf"'] * (CHARS // 47 + 1)), CHARS)


def _named(sentence: str) -> bool:
    return any(word.istitle() for word in sentence.split()[1:])


def _until(text: str, chars: int) -> str:
    return text[:chars].rsplit(" ", 1)[0]


ARTICLES: dict[str, Callable[[list[str]], str]] = {
    "no_stop": no_stop,
    "tight_stops": tight_stops,
    "run_on": run_on,
    "repeated": repeated,
    "said_list": said_list,
    "verbless": verbless,
    "quoting": quoting,
}


def ingest_one(path: Path, db: Path, pipeline: Pipeline) -> tuple[float, int]:
    db.unlink(missing_ok=True)
    started = time.perf_counter()
    with Store(db) as store:
        report = ingest([path], store, pipeline, publication_date=date(2009, 5, 1))
    return time.perf_counter() - started, report.events


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--topic", default="H1N1_bbc")
    parser.add_argument("--out", type=Path, default=Path("/tmp/hostile"))
    parser.add_argument("--profile", choices=sorted(ARTICLES))
    parser.add_argument("--only", choices=sorted(ARTICLES), help="ingest only this article")
    arguments = parser.parse_args()
    arguments.out.mkdir(parents=True, exist_ok=True)
    sentences = topic_sentences(arguments.topic)
    pipeline = Pipeline()
    ingest_one(_write(arguments.out, "warm", "Markets fell on Monday."), arguments.out / "warm.db", pipeline)
    for name, build in ARTICLES.items():
        if name != (arguments.profile or arguments.only or name):
            continue
        path, db = _write(arguments.out, name, build(sentences)), arguments.out / f"{name}.db"
        if arguments.profile:
            profile = cProfile.Profile()
            profile.runcall(ingest_one, path, db, pipeline)
            pstats.Stats(profile).sort_stats("tottime").print_stats(25)
            continue
        seconds, events = ingest_one(path, db, pipeline)
        size = db.stat().st_size
        chars = len(path.read_text())
        print(f"{name}: {chars:,} characters, {seconds:.2f} s, {events} events, {size:,} bytes")


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / f"{name}.txt"
    path.write_text(f"{text}\n", encoding="utf-8")
    return path


if __name__ == "__main__":
    main()

"""Survey the page notices run into a news sentence: for each Timeline17 topic, the sentences (as
`analyse.segment` and the parser cut them) that hold an outlet's notice about the page (a letters or
contact address, a copyright line, "click here", "Follow ... on Twitter", "Send your ...", a wire's
"Reporting by ...; Editing by ...", a photo credit, an editor's note) after some news words of their
own. Such a sentence is dropped whole as furniture (`non_events.not_news`), the news with it.

    PYTHONPATH=src python evaluation/glued_notices.py ../shared/corpus/t17 [--json out.json] [--show 3]

Only pages whose text holds a notice are parsed (the rest cannot hold one). Prints the count of glued
sentences by outlet and by notice shape; `--json` writes every parsed page's sentences with the reason
`not_news` gives for each (null: kept as news), for comparing two branches' cuts. Not imported by
storyline.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from page_sentences import parsed_topics, print_counts
from spacy.tokens import Span

from storyline.extract.non_events import not_news
from storyline.model import Document

NOTICES = {  # each notice by its opening words
    "letters/help line": re.compile(
        r"Letters for publication|If you need help using the site|Call the main \w+"
    ),
    "text after an address": re.compile(r"(?<![\w.+-])\w[\w.+-]*@[\w-]+(?:\.[\w-]+)+ (?=[A-Z])"),
    "copyright": re.compile(r"(?:Content and Programming )?Copyright (?:19|20)\d\d|All rights reserved|©"),
    "comments": re.compile(r"Comments are closed|We welcome comments"),
    "click here": re.compile(r"\bClick here\b"),
    "follow on Twitter": re.compile(r"\bFollow\b[^.]{0,60}\bon Twitter\b"),
    "send us / sign up": re.compile(r"\bSend (?:us )?your\b|\bSign up for\b"),
    "wire credit": re.compile(r"\((?:Additional )?[Rr]eporting by\b|\([Ee]diting by\b"),
    "editor's note": re.compile(
        r"This article was (?:published|amended|updated|corrected)|A version appeared"
    ),
}
_NEWS_WORDS = 3  # words of letters before the notice: the sentence holds text of its own


def glued_shape(sentence: str) -> str | None:
    """The shape of the first notice in the sentence that follows at least `_NEWS_WORDS` words that are no
    note themselves (`not_news`); an address glued to the words after it counts them instead."""
    found = [(match, shape) for shape, pattern in NOTICES.items() if (match := pattern.search(sentence))]
    for match, shape in sorted(found, key=lambda pair: pair[0].start()):
        text = sentence[match.end() :] if shape == "text after an address" else sentence[: match.start()]
        words = [word for word in text.split() if any(char.isalpha() for char in word)]
        if len(words) >= _NEWS_WORDS and not_news(text) is None:
            return shape
    return None


def _has_notice(document: Document) -> bool:
    return any(pattern.search(document.text) for pattern in NOTICES.values())


def survey(corpus: Path) -> dict[str, list[dict[str, object]]]:
    """Each topic's parsed pages: path and sentences (text, `not_news` reason, glued notice shape)."""

    def row(sent: Span) -> dict[str, object]:
        return {"text": sent.text, "not_news": not_news(sent.text), "glued": glued_shape(sent.text)}

    return parsed_topics(corpus, row, keep=_has_notice)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--json", type=Path, help="write the parsed sentences here")
    parser.add_argument("--read", type=Path, help="count from the sentences written by an earlier --json")
    parser.add_argument("--show", type=int, default=0, help="print this many glued sentences per shape")
    args = parser.parse_args()
    topics = json.loads(args.read.read_text()) if args.read else survey(args.corpus)
    by_outlet: Counter[str] = Counter()
    by_shape: Counter[str] = Counter()
    shown: dict[str, list[str]] = {}
    for topic, pages in topics.items():
        outlet = topic.rsplit("_", 1)[-1]
        for page in pages:
            for sentence in page["sentences"]:
                if shape := glued_shape(sentence["text"]):
                    by_outlet[f"{topic} ({outlet})"] += 1
                    by_shape[shape] += 1
                    shown.setdefault(shape, []).append(sentence["text"])
    parsed = sum(len(pages) for pages in topics.values())
    print(f"pages parsed (holding a notice): {parsed}; glued sentences: {sum(by_shape.values())}")
    print_counts((("topic", by_outlet), ("notice shape", by_shape)), shown, args.show)
    if args.json:
        args.json.write_text(json.dumps(topics, indent=1))


if __name__ == "__main__":
    main()

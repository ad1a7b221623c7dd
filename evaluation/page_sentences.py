"""Shared by the surveys of sentences that glue an outlet's lines to news (`glued_captions.py`,
`glued_notices.py`): each topic's pages parsed into sentences as ingest cuts them (the article part,
line boundaries, chunks), and the counts printed by group and shape. Not imported by storyline.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Span

from storyline.analyse.chunks import CHUNK_CHARS, join_docs, split_text
from storyline.analyse.comment_section import article_part
from storyline.analyse.nlp import load_pipeline
from storyline.analyse.segment import add_line_boundaries
from storyline.ingest import read_documents
from storyline.model import Document

Row = Callable[[Span], dict[str, object]]


def parsed_topics(
    corpus: Path,
    row: Row,
    names: set[str] | None = None,
    keep: Callable[[Document], bool] = lambda page: True,
) -> dict[str, list[dict[str, object]]]:
    """Each topic's pages (of the topics `names`, or all; the pages `keep` accepts): path and one `row`
    per sentence of the page's article part."""
    nlp = load_pipeline()
    add_line_boundaries(nlp)
    topics: dict[str, list[dict[str, object]]] = {}
    for topic in sorted(path for path in corpus.iterdir() if (path / "InputDocs").is_dir()):
        if names and topic.name not in names:
            continue
        pages = [doc for doc in read_documents([topic / "InputDocs"]) if isinstance(doc, Document)]
        topics[topic.name] = [
            {"path": str(page.path), "sentences": _sentences(nlp, article_part(page.text), row)}
            for page in pages
            if keep(page)
        ]
        print(topic.name, len(topics[topic.name]), flush=True)
    return topics


def _sentences(nlp: Language, text: str, row: Row) -> list[dict[str, object]]:
    doc = join_docs(list(nlp.pipe(split_text(text, CHUNK_CHARS))))
    return [row(sent) for sent in doc.sents]


def print_counts(
    groups: tuple[tuple[str, Counter[str]], ...], shown: dict[str, list[str]], show: int
) -> None:
    """Each group's counts, most first, then up to `show` sentences of each shape."""
    for name, counts in groups:
        print(f"by {name}:")
        for key, count in counts.most_common():
            print(f"  {count:5d}  {key}")
    for shape, texts in shown.items():
        for text in texts[:show]:
            print(f"[{shape}] {text[:300]}")

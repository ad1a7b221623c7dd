"""Reading ECB+: documents as plain text, and the gold event mentions with their clusters.

ECB+ stores each article as tokens (`<token t_id sentence number>`) and its
annotation as markables anchored to tokens. storyline reads plain text, so
each document's text is rebuilt from its tokens with ordinary spacing (no
space before a comma, one line a sentence so that every sentence boundary is
a line break) and every token keeps its character span in that text.

The gold follows the fixed rules of `storyline eval coref`: the event
mentions are the `ACTION_*` and `NEG_*` markables that lie in a validated
sentence (`ECBplus_coreference_sentences.csv`); `CROSS_DOC_COREF` relations
group mentions of one instance (its id in `note`) across documents,
`INTRA_DOC_COREF` ones within a document, and every other mention is alone.
The other markables (times, places, participants) are not read.
"""

from __future__ import annotations

import csv
import re
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

VALIDATED_SENTENCES = "ECBplus_coreference_sentences.csv"
EVENT_TAGS = ("ACTION_", "NEG_")

_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "''", "”", "’", "'", "...", "n't"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "#", "``", "“", "‘"}
_JOINERS = {"-", "/"}  # split out of URLs and compounds ("9 - 1 - 1"): no space on either side
_CLITIC = re.compile(r"^'(s|d|ll|re|ve|m)$", re.IGNORECASE)
_APOSTROPHE_TAIL = {"s", "d", "ll", "re", "ve", "m", "t"}  # "Reid ’ s" is "Reid’s"
_QUOTES = {"``": '"', "''": '"'}


@dataclass(frozen=True, slots=True)
class GoldMention:
    """One gold event mention: where it is, its words, and the cluster it belongs to."""

    id: str  # "<document>/<m_id>", unique in the corpus
    topic: int
    document: str  # the file name without `.xml` ("1_10ecb")
    sentence: int
    start: int  # character offsets into the document's rebuilt text
    end: int
    text: str
    cluster: str


@dataclass(frozen=True, slots=True)
class EcbDocument:
    """One ECB+ article: its rebuilt text, each token's span in it, and its scored mentions."""

    name: str  # "1_10ecb"
    topic: int
    text: str
    token_spans: dict[str, tuple[int, int]]  # t_id → (start, end)
    mentions: list[GoldMention]


def read_validated(ecb_dir: Path) -> set[tuple[int, str, int]]:
    """The validated sentences as (topic, document, sentence number)."""
    validated: set[tuple[int, str, int]] = set()
    with (ecb_dir / VALIDATED_SENTENCES).open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            topic = int(row["Topic"])
            validated.add((topic, f"{topic}_{row['File'].strip()}", int(row["Sentence Number"])))
    return validated


def topics_in(ecb_dir: Path) -> list[int]:
    """The topic numbers that have a folder of documents."""
    return sorted(int(path.name) for path in ecb_dir.iterdir() if path.is_dir() and path.name.isdigit())


def read_topic(ecb_dir: Path, topic: int, validated: set[tuple[int, str, int]]) -> list[EcbDocument]:
    """Every document of a topic (both sub-topics), in file-name order."""
    paths = sorted((ecb_dir / str(topic)).glob("*.xml"))
    return [read_document(path, validated) for path in paths]


def read_document(path: Path, validated: set[tuple[int, str, int]]) -> EcbDocument:
    """One ECB+ file: rebuilt text, token spans and the gold mentions of its validated sentences."""
    root = ElementTree.parse(path).getroot()
    name = path.stem
    topic = int(name.split("_", 1)[0])
    tokens = [
        (token.get("t_id", ""), int(token.get("sentence", "0")), token.text or "")
        for token in root.iter("token")
    ]
    text, spans = rebuild_text(tokens)
    sentence_of = {t_id: sentence for t_id, sentence, _ in tokens}
    clusters = _clusters(root, name)
    mentions = []
    markables = root.find("Markables")
    for markable in markables if markables is not None else []:
        anchors = [anchor.get("t_id", "") for anchor in markable.iter("token_anchor")]
        anchors = [t_id for t_id in anchors if t_id in spans]
        if not markable.tag.startswith(EVENT_TAGS) or not anchors:
            continue
        sentence = sentence_of[anchors[0]]
        if (topic, name, sentence) not in validated:
            continue
        m_id = markable.get("m_id", "")
        start = min(spans[t_id][0] for t_id in anchors)
        end = max(spans[t_id][1] for t_id in anchors)
        words = " ".join(text[spans[t_id][0] : spans[t_id][1]] for t_id in anchors)
        mention_id = f"{name}/{m_id}"
        cluster = clusters.get(m_id, f"singleton:{mention_id}")
        mentions.append(GoldMention(mention_id, topic, name, sentence, start, end, words, cluster))
    return EcbDocument(name, topic, text, spans, mentions)


def _clusters(root: ElementTree.Element, name: str) -> dict[str, str]:
    """m_id → cluster id; a cross-document instance wins over a within-document chain."""
    clusters: dict[str, str] = {}
    relations = root.find("Relations")
    for kind in ("INTRA_DOC_COREF", "CROSS_DOC_COREF"):
        for relation in relations.iter(kind) if relations is not None else []:
            if kind == "CROSS_DOC_COREF":
                cluster = f"instance:{relation.get('note', '')}"
            else:
                cluster = f"intra:{name}/{relation.get('r_id', '')}"
            for source in relation.iter("source"):
                clusters[source.get("m_id", "")] = cluster
    return clusters


def rebuild_text(tokens: list[tuple[str, int, str]]) -> tuple[str, dict[str, tuple[int, int]]]:
    """Plain text from (t_id, sentence, word) tokens, one sentence a line, and each token's span."""
    pieces: list[str] = []
    spans: dict[str, tuple[int, int]] = {}
    length = 0
    previous_sentence: int | None = None
    previous_word = ""
    open_quote = False
    is_url = False
    for t_id, sentence, raw in tokens:
        word = _QUOTES.get(raw, raw).strip() or "_"
        if sentence != previous_sentence:
            separator = "\n" if previous_sentence is not None else ""
            open_quote = False
            is_url = raw.lower() in ("http", "https")
        else:
            separator = "" if is_url or _joins(previous_word, raw, open_quote) else " "
        if raw == '"' or raw in ("``", "''"):
            open_quote = raw == "``" or (raw == '"' and not open_quote)
        pieces.append(separator)
        length += len(separator)
        spans[t_id] = (length, length + len(word))
        pieces.append(word)
        length += len(word)
        previous_sentence = sentence
        previous_word = raw
    return "".join(pieces), spans


def _joins(previous: str, word: str, open_quote: bool) -> bool:
    """Whether `word` follows `previous` without a space."""
    if word in _NO_SPACE_BEFORE or _CLITIC.match(word) or word in _JOINERS or previous in _JOINERS:
        return True
    if previous in _NO_SPACE_AFTER or (previous == "’" and word.lower() in _APOSTROPHE_TAIL):
        return True
    if word == '"':
        return open_quote  # a closing quote
    return previous == '"' and open_quote  # just after an opening quote

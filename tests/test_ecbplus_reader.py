"""Reading ECB+: text rebuilt from tokens, offsets back to the gold tokens, and the gold clusters."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree

import pytest

from conftest import ECBPLUS, needs
from storyline.evaluate.ecbplus import read_document, read_topic, read_validated, rebuild_text


def _tokens(*sentences: str) -> list[tuple[str, int, str]]:
    words = [(number, word) for number, sentence in enumerate(sentences) for word in sentence.split(" ")]
    return [(str(index + 1), number, word) for index, (number, word) in enumerate(words)]


def test_text_is_rebuilt_with_ordinary_spacing_one_sentence_a_line() -> None:
    tokens = _tokens(
        "`` We appreciate your respect , '' the actress 's rep told People .",
        "Comeaux ’ s escape ( in Texas ) cost $ 2 million , did n't it ?",
        'He said " no " and left .',
        "http : / / news . com / hd / News",
    )
    text, spans = rebuild_text(tokens)
    assert text.split("\n") == [
        '"We appreciate your respect," the actress\'s rep told People.',
        "Comeaux’s escape (in Texas) cost $2 million, didn't it?",
        'He said "no" and left.',
        "http://news.com/hd/News",
    ]
    for t_id, _, word in tokens:
        start, end = spans[t_id]
        assert text[start:end] == {"``": '"', "''": '"'}.get(word, word)


ecbplus = needs(ECBPLUS)


@pytest.fixture(scope="module")
def validated() -> set[tuple[int, str, int]]:
    return read_validated(ECBPLUS)


@ecbplus
def test_offsets_give_back_exactly_the_gold_tokens(validated: set[tuple[int, str, int]]) -> None:
    path = ECBPLUS / "1" / "1_10ecb.xml"
    document = read_document(path, validated)
    assert document.text.split("\n")[0] == (
        "Perennial party girl Tara Reid checked herself into Promises Treatment Center, her rep told People."
    )
    root = ElementTree.parse(path).getroot()
    words = {token.get("t_id"): token.text for token in root.iter("token")}
    for t_id, (start, end) in document.token_spans.items():
        assert document.text[start:end] == {"``": '"', "''": '"'}.get(words[t_id], words[t_id])
    checked = next(m for m in document.mentions if m.id == "1_10ecb/32")  # "checked (herself) into"
    assert checked.text == "checked into"
    assert document.text[checked.start : checked.end] == "checked herself into"


@ecbplus
def test_only_event_mentions_of_validated_sentences_are_gold(validated: set[tuple[int, str, int]]) -> None:
    document = read_document(ECBPLUS / "1" / "1_10ecb.xml", validated)
    assert {(m.sentence, m.text) for m in document.mentions} == {
        (0, "checked into"),
        (0, "told"),
        (3, "told"),
        (3, "went"),
        (3, "supported"),
        (3, "decision"),
    }
    # sentence 1 has an ACTION_REPORTING ("told", token 42) but was not validated
    assert (1, "1_10ecb", 1) not in validated
    negated = read_document(ECBPLUS / "1" / "1_10ecbplus.xml", validated)
    arrest = next(m for m in negated.mentions if m.id == "1_10ecbplus/50")  # a NEG_ACTION_OCCURRENCE
    assert arrest.text == "arrest"
    assert arrest.cluster == "instance:NEG15992276401966735"


@ecbplus
def test_cross_document_instances_join_mentions_across_files(validated: set[tuple[int, str, int]]) -> None:
    documents = read_topic(ECBPLUS, 1, validated)
    rehab = [m for d in documents for m in d.mentions if m.cluster == "instance:ACT16236402809085484"]
    assert {m.text for m in rehab} >= {"checked into", "entered", "went"}
    assert len({m.document for m in rehab}) > 2
    assert all(m.document.endswith("ecb") for m in rehab)  # the other sub-topic is another event


@ecbplus
def test_within_document_chains_and_singletons(validated: set[tuple[int, str, int]]) -> None:
    document = read_document(ECBPLUS / "9" / "9_9ecb.xml", validated)
    clusters = {m.id: m.cluster for m in document.mentions}
    assert clusters["9_9ecb/33"] == clusters["9_9ecb/35"] == "intra:9_9ecb/32120"
    alone = read_document(ECBPLUS / "1" / "1_10ecb.xml", validated)
    supported = next(m for m in alone.mentions if m.text == "supported")
    assert supported.cluster == f"singleton:{supported.id}"

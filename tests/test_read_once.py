"""Speed without a change of output: what two extractors ask of one sentence is read once, and words
are tested on the token table rather than through a spaCy `Token` each."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import pytest
from spacy.language import Language

from conftest import extraction_of
from storyline.analyse.token_table import token_table
from storyline.extract import attribution
from storyline.pipeline import Pipeline

# two reporting clauses, each with its own quote: quotes and events both read its attribution and clauses
TWO_SPEAKERS = (
    'Faced with this question, Archbishop of York John Sentamu said he had "nothing to say to make '
    'sense of this horror", while another clergyman, Canon Giles Fraser, preferred to respond "not '
    'with clever argument but with prayer".\n'
)


def _counting(monkeypatch: pytest.MonkeyPatch, name: str) -> Counter[tuple[int, int]]:
    """Count the calls of `attribution.<name>` by the sentence (token span) it reads."""
    calls: Counter[tuple[int, int]] = Counter()
    original: Callable[..., object] = getattr(attribution, name)

    def counted(sentence, *args):  # type: ignore[no-untyped-def]
        calls[(sentence.start, sentence.end)] += 1
        return original(sentence, *args)

    monkeypatch.setattr(attribution, name, counted)
    return calls


def test_quotes_and_events_read_a_sentences_attribution_once(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    attributions = _counting(monkeypatch, "_attribute")
    clauses = _counting(monkeypatch, "_clause_attributions")
    extraction = extraction_of(pipeline, TWO_SPEAKERS)
    speakers = {quote.text.split()[0]: quote.speaker for quote in extraction.quotes}
    assert speakers == {"nothing": "John Sentamu", "not": "Canon Giles Fraser"}
    assert extraction.events
    assert attributions and set(attributions.values()) == {1}
    assert clauses and set(clauses.values()) == {1}


def test_the_token_table_tells_numbers_as_spacy_does(nlp: Language) -> None:
    doc = nlp("Germany has offered 1m euro ($1.5m: £894,000) in aid, and eleven more ships, 2,000 workers.")
    assert token_table(doc).like_num == [int(token.like_num) for token in doc]
    assert any(token_table(doc).like_num)

"""A sentence's 5-grams (`similarity._sentence_features`) are shared: one copy of each for every
sentence that writes it, through a table that stays bounded however long the run."""

from __future__ import annotations

import pytest

from storyline.merge import similarity

features = similarity._sentence_features.__wrapped__


def test_sentences_hold_one_copy_of_a_five_gram() -> None:
    first = features("The oil well was capped on Thursday, BP said.")[2]
    second = features("BP engineers said the oil well was capped.")[2]
    copies = {gram: gram for gram in first}
    both = [gram for gram in second if gram in copies]
    assert "e oil" in both and "well " in both
    assert all(copies[gram] is gram for gram in both)


def test_the_table_is_emptied_past_its_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    features("The oil well was capped on Thursday, BP said.")
    monkeypatch.setattr(similarity, "GRAMS_KEPT", 10)
    grams = features("A relief well was drilled through the summer.")[2]
    assert set(similarity._GRAMS) == grams  # the earlier sentence's 5-grams dropped, this one's kept

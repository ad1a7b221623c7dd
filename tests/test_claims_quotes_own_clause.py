"""Quote speakers, forty-eighth round: a quote goes to the clause it hangs on, not to the sentence's
first speaker or the speaker of the sentence before: a verb of voice ("wails") carries the words.

Each test quotes the Timeline17 sentences it runs on (restored from their tokenized form); the whole
pipeline reads them as one short article.
"""

from __future__ import annotations

from datetime import date

from conftest import quote_speaker
from storyline.pipeline import Pipeline


def _speaker(pipeline: Pipeline, text: str, opening: str) -> str | None:
    return quote_speaker(pipeline, text, opening, date(2010, 1, 30))


def test_words_wailed_in_a_while_clause_are_its_subjects(pipeline: Pipeline) -> None:
    text = (
        "Mireille Plaisimond shows me some US home ownership papers - proof, she says, that she can "
        "support the four children she wants to take back to America.\n"
        "Christiane Joseph angrily brandishes her US passport, while Sandra Joseph Marquis from Florida "
        'wails: "what is the point of being a US citizen if our government won\'t help us?"\n'
        "It is clear that emotions are running high in the dusty heat of Haiti's collapse.\n"
    )
    assert _speaker(pipeline, text, "what is the point") == "Sandra Joseph Marquis"

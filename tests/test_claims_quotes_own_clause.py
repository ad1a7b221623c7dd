"""Quote speakers, forty-eighth round: a quote goes to the clause it hangs on, not to the sentence's
first speaker or the speaker of the sentence before: a verb of voice ("wails") carries the words, and
the second report of a sentence whose subject the parse lost ("another clergyman, Canon Giles Fraser,
preferred to respond", "Spain, which ..., says") is its own speaker's.

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


def test_words_the_second_speaker_preferred_to_respond_are_his(pipeline: Pipeline) -> None:
    text = (
        'Faced with this question, Archbishop of York John Sentamu said he had "nothing to say to make '
        'sense of this horror", while another clergyman, Canon Giles Fraser, preferred to respond "not '
        'with clever argument but with prayer".\n'
    )
    assert _speaker(pipeline, text, "not with clever argument") == "Canon Giles Fraser"


def test_words_of_a_second_report_after_a_relative_clause_are_its_subjects(pipeline: Pipeline) -> None:
    text = (
        'British Prime Minister Gordon Brown says the UK will give Haiti "whatever humanitarian assistance '
        'is required" and Spain, which currently hold the EU presidency, says the union is "taking all '
        'necessary measures to mitigate the damage".\n'
        "Germany has offered 1m euro ($1.5m: £894,000) in aid.\n"
    )
    assert _speaker(pipeline, text, "whatever humanitarian") == "Gordon Brown"
    assert _speaker(pipeline, text, "taking all necessary") == "Spain"

"""Attributions, forty-eighth round: the speakers of "He and ..., both said" are the joined subjects, not
the floating "both"; a clause the writer denies "as some have suggested" is not the report of "some";
a bare "he responded" to a call, with no words set off, is no report.

The texts are real sentences of haiti_bbc, restored from their tokenized form and read by the whole
pipeline as one article.
"""

from __future__ import annotations

from datetime import date

from conftest import extraction_of
from storyline.model import Attribution
from storyline.pipeline import Pipeline

_DAY = date(2010, 1, 13)


def _attribution(pipeline: Pipeline, text: str, sentence: str) -> Attribution | None:
    told = [e for e in extraction_of(pipeline, text, _DAY).events if sentence in e.text]
    assert told, f"no event read in {sentence!r}"
    return told[0].attribution


def test_joined_subjects_who_both_said_speak_not_both(pipeline: Pipeline) -> None:
    text = (
        "Raymond Joseph, Haiti's ambassador to the US, said the presidential palace, the tax office, the "
        "ministry of commerce and the foreign ministry had all been damaged, but the airport was intact.\n"
        "He and Haiti's ambassador to Mexico, Robert Manuel, both said that President Rene Preval and his "
        "wife had survived the quake.\n"
    )
    found = _attribution(pipeline, text, "both said that President Rene Preval")
    assert found is not None and found.source == "Raymond Joseph"


def test_a_clause_denied_as_some_have_suggested_is_the_writers(pipeline: Pipeline) -> None:
    text = (
        "Even if the EU's military was under one command it would be hard to match the US with its "
        "aircraft-carrier, hospital ship, logistical power and its ability to deploy thousands of troops "
        "while it is fighting two campaigns overseas.\n"
        "The fact that Europe can not do that does not make it somehow weak or ineffective, as some have "
        "suggested.\n"
    )
    assert _attribution(pipeline, text, "does not make it somehow weak") is None


def test_a_bare_answer_to_a_call_is_not_a_report(pipeline: Pipeline) -> None:
    text = (
        "Emmannuel Buso was rescued on Friday after an Israeli search team was approached by his relatives "
        "asking for help.\n"
        "Members of the team pulled away debris from where his house had been and called out - to their "
        "surprise he responded.\n"
    )
    assert _attribution(pipeline, text, "Members of the team pulled away debris") is None

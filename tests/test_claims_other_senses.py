"""Reporting words in a sense that reports nothing, on sentences from the Timeline17 articles.

"confirmed" a person in a post (a vote, not a report) and a report made by nobody in particular ("few ...
would deny"): the writer's own narration, with no source; and a "they say" that the subject of a verbless
clause before it ("make things far worse") cannot have said.
Each test quotes the article sentence it runs on, with a plain report beside it that must keep its source.
"""

from __future__ import annotations

from datetime import date

from conftest import sentence_attributions
from storyline.pipeline import Pipeline

_PUBLISHED = date(2010, 1, 20)


def test_a_person_confirmed_in_a_post_is_a_vote_not_a_report(pipeline: Pipeline) -> None:
    # Finan_washingtonpost 2009-01-26; bpoil_reuters
    text = (
        "After a flap about delinquent tax payments, the Senate confirmed Geithner, 60 to 34, "
        "on Jan. 26, 2009.\n"
        "A BP spokesman confirmed the email's contents.\n"
    )
    assert not any(sentence_attributions(pipeline, text, "After a flap", _PUBLISHED))
    confirmed = sentence_attributions(pipeline, text, "A BP spokesman", _PUBLISHED)
    assert all(found is not None and "spokesman" in found.source for found in confirmed)


def test_few_would_deny_is_the_writers_claim(pipeline: Pipeline) -> None:
    # haiti_bbc (the article's doubled "would" kept)
    text = (
        "It rises up, catching some unawares, and few of these tough men would would deny that a tear "
        "comes to their eyes at some point.\n"
        "The scale of the problem is not clear but the Red Cross has confirmed that it does occur "
        "with a small proportion of online donations.\n"
    )
    assert not any(sentence_attributions(pipeline, text, "It rises up", _PUBLISHED))
    confirmed = sentence_attributions(pipeline, text, "The scale of the problem", _PUBLISHED)
    assert all(found is not None and found.source == "Red Cross" for found in confirmed)


def test_they_is_not_the_subject_of_a_verbless_clause_before(pipeline: Pipeline) -> None:
    # haiti_bbc 683: "things" in "make things far worse" did nothing and says nothing
    text = (
        "If the weather changes and it starts to rain, that will also make things far worse than they are "
        "even now.\n"
        "And in the long term - they say here - that without a government and without jobs, they can never "
        "rebuild.\n"
    )
    said = sentence_attributions(pipeline, text, "And in the long term", _PUBLISHED)
    assert not any(found is not None and found.source == "things" for found in said)


def test_it_said_after_an_organisations_report_is_that_organisation(pipeline: Pipeline) -> None:
    # haiti_bbc 379: "It" is Medecins Sans Frontieres, who spoke in the sentence before
    text = (
        "Medecins Sans Frontieres (Doctors Without Borders) said its cargo plane with 12 tonnes of medical "
        "supplies had been turned away from the congested Port-au-Prince airport three times since Sunday.\n"
        "It said five patients died from lack of the supplies it carried.\n"
    )
    said = sentence_attributions(pipeline, text, "It said five patients", _PUBLISHED)
    assert all(found is not None and found.source == "Medecins Sans Frontieres" for found in said)


def test_it_said_after_according_to_a_report_is_not_the_first_source(pipeline: Pipeline) -> None:
    # bpoil_reuters 123: "It" is the Moody's report, not VX
    text = (
        "VX has predicted the heaviest loss in the industry, estimating a $200 million loss from the "
        "disaster, according to the Moody's report.\n"
        "It said Munich Re (MUVGn.DE) follows with $80 million, Partner Re with an estimated $65 million and "
        "Hannover Re (HNRGn.DE) with $53 million.\n"
    )
    said = sentence_attributions(pipeline, text, "It said Munich Re", _PUBLISHED)
    assert not any(found is not None and found.source == "VX" for found in said)

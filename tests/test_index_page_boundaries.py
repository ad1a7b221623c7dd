"""An index page's headlines and teasers, run together without full stops, are cut where one ends
and the next begins (`analyse.segment`).

A Guardian index page runs its teasers into one line: a question at the end of the line ("Which
international leaders messed up most this week?") made the whole block of headlines a question, and
`non_events` dropped every report in it; a run-in next headline gave its source to the one before.
The texts are real lines of Timeline17 (H1N1_guardian, bpoil_guardian), as the reader hands them to
the parser.
"""

from __future__ import annotations

from conftest import sentences_of
from storyline.extract.non_events import not_news

AUDIO_SHOW = (
    "Rory Carroll reports from Mexico City on the country's five-day shutdown Swine flu hits Mexico's"
    " economy; Commons votes on MPs ' expenses; and the future of Trident, in our daily audio show "
    "Which international leaders messed up most this week?\n"
)
RECESSION = (
    "Over 150,000 Internally Displaced Persons who have fled Swat, Buner and Lower Dir, face harsh living "
    "conditions in camps The prime minister has confirmed that Christopher Graham will start as information "
    "commissioner for five years from 29 June Cabinet ministers to offer advice and guidance to third sector "
    "organizations struggling with the recession Did you soak up the news, or the sunshine instead?\n"
)
BATTERSEA = (
    "The government could save around £400m each year if it canceled identity cards and stuck with the "
    "current generation of passports, according to Home Office figures Battersea Dogs & Cats Home has "
    "reported a 20.5% rise in the number of dogs rehomed since the start of the year.\n"
)
BULLETS = (
    "Report into the BP oil spill reveals US government blocked scientists model data two weeks after"
    " the rig explosion cents Barack Obama under fire for grossly underestimating Gulf oil spill\n"
)
HEADLINE_NUMBER = (
    "Swine flu shuts Eton as UK cases pass 200 cents Eton advised to close until 7 June after boy contracts "
    "virus cents Swine flu confirmed in 14 more people at Handsworth school Eton College.\n"
)  # H1N1_guardian 2009-05-28/510, the page's first line
MONTEREY = (
    "In tThe Woods Hole study, scientists described finding an undersea oil cloud June 23 to 27 "
    "similar to the one Hazen and his colleagues found between May 25 and June 2 - which was similar "
    "to one found soon after by people from the Monterey cents Bay Aquarium Research Institute.\n"
)
TITLE = (
    "Russell looks at Rose's biography by Earl Conrad and listens to some historic recordings, "
    "including Perry Como's Without A Song, Lonnie Donegan's Does Your Chewing Gum Lose Its Flavour "
    "On The Bedpost Overnight?\n"
)
CREDIT = (
    "BP's chief executive, Tony Hayward, leaves the US interior department in Washington following meetings "
    "to discuss the Deepwater Horizon oil spill Photograph: Yuri Gripas\\/Reuters The chief executive of BP "
    "faces a grilling when he meets US lawmakers and regulators in Washington tomorrow.\n"
)
AGENCY = (
    "Photograph: Ho\\/AFP\\/Getty Images British taxpayers could end up footing the clean-up bill from any "
    "major oil spill in UK waters, according to MPs investigating BP's Gulf of Mexico disaster.\n"
)
PARTICLE = (
    "South Hampstead high school, which was reopening today.\nPhotograph: Carl de Souza\\/AFP\\/Getty Images "
    "Two new cases of swine flu have been diagnosed in the UK, one in a child, the health secretary, Alan "
    "Johnson, said today.\n"
)
TEASERS = (
    "Royal Free Hampstead Hospital Trust is yet to see significant cost benefits from its introduction of "
    "Cerner's Millennium software a year ago, due to high costs of implementation Five trusts are planning "
    "to implement a significantly expanded version of Lorenzo, with at least two to go live by the end of "
    "this year\n"
)
PORTAL = (
    "Pontiff makes historic visit to Israel and the Palestinian territories The Planning Portal is to be "
    "relaunched to offer personalised services to its users, following the renewal of its contract with IBM\n"
)


def test_question_run_into_headlines_is_cut_off(pipeline) -> None:  # type: ignore[no-untyped-def]
    sentences = sentences_of(pipeline, AUDIO_SHOW)
    assert sentences[-1] == "Which international leaders messed up most this week?"
    assert all(not_news(sentence) is None for sentence in sentences[:-1])  # the reports are news again


def test_question_to_the_reader_leaves_the_report_before_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    sentences = sentences_of(pipeline, RECESSION)
    assert sentences[-1] == "Did you soak up the news, or the sunshine instead?"
    report = next(s for s in sentences if s.startswith("The prime minister has confirmed"))
    assert not_news(report) is None


def test_next_headline_after_a_subordinate_clause_opens_a_sentence(pipeline) -> None:  # type: ignore[no-untyped-def]
    sentences = sentences_of(pipeline, BATTERSEA)
    assert sentences[0].endswith("according to Home Office figures")
    assert sentences[1].startswith("Battersea Dogs & Cats Home has reported a 20.5% rise")


def test_headline_after_a_bullet_read_as_cents(pipeline) -> None:  # type: ignore[no-untyped-def]
    sentences = sentences_of(pipeline, BULLETS)
    assert sentences[-1] == "Barack Obama under fire for grossly underestimating Gulf oil spill"


def test_a_bullet_after_the_headlines_number_on_the_first_line(pipeline) -> None:  # type: ignore[no-untyped-def]
    sentences = sentences_of(pipeline, HEADLINE_NUMBER)
    assert "Eton advised to close until 7 June after boy contracts virus" in sentences
    assert sentences[0] == "Swine flu shuts Eton as UK cases pass 200"


def test_cents_inside_a_name_and_a_title_with_a_question_mark_stay_whole(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert len(sentences_of(pipeline, MONTEREY)) == 1
    assert len(sentences_of(pipeline, TITLE)) == 1


def test_photo_credit_run_into_a_lead_is_a_sentence_of_its_own(pipeline) -> None:  # type: ignore[no-untyped-def]
    sentences = sentences_of(pipeline, CREDIT)
    assert sentences[1:] == [
        "Photograph: Yuri Gripas\\/Reuters",
        "The chief executive of BP faces a grilling when he meets US lawmakers and regulators in Washington "
        "tomorrow.",
    ]
    assert sentences_of(pipeline, AGENCY)[0] == "Photograph: Ho\\/AFP\\/Getty Images"


def test_photo_credit_whose_name_has_a_lower_case_particle(pipeline) -> None:  # type: ignore[no-untyped-def]
    """H1N1_guardian 1070: "de" of "Carl de Souza" broke the credit test, the credit ran into the
    report, and "Images" became its main event with Alan Johnson's source."""
    sentences = sentences_of(pipeline, PARTICLE)
    assert sentences[1:] == [
        "Photograph: Carl de Souza\\/AFP\\/Getty Images",
        "Two new cases of swine flu have been diagnosed in the UK, one in a child, the health secretary, "
        "Alan Johnson, said today.",
    ]


def test_teaser_whose_subject_opens_with_a_capitalised_common_word(pipeline) -> None:  # type: ignore[no-untyped-def]
    sentences = sentences_of(pipeline, TEASERS)
    assert sentences[0].endswith("due to high costs of implementation")
    assert sentences[1].startswith("Five trusts are planning to implement")


def test_teaser_after_a_national_adjective_and_before_an_infinitive(pipeline) -> None:  # type: ignore[no-untyped-def]
    sentences = sentences_of(pipeline, PORTAL)
    assert sentences[0] == "Pontiff makes historic visit to Israel and the Palestinian territories"
    assert sentences[1].startswith("The Planning Portal is to be relaunched")

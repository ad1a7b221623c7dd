"""Quote speakers taken from the discourse around the quote, not from a name the recogniser mislabels
or from a sentence after it. The texts are real lines of haiti_bbc and bpoil_reuters."""

from __future__ import annotations

from conftest import quote_speaker

BEDSIDE = (  # haiti_bbc 934
    "Lying in his bed in a nearby hospital, Brine Cedernier knows only too well about the gun law on the "
    "streets.\n"
    "Half his stomach is covered by dressings applied to his bullet wounds.\n"
    "His nephew, Rony, sits by his bedside, gently wiped the perspiration from his brow.\n"
    "Until two days ago, Brine supported them both, by providing lifts on his motorbike.\n"
    "Then he was attacked in the neighbouring slum.\n"
    '"I was on my motorbike and three guys came," he says.\n'
    '"They told me to kneel down.\n'
    "They took the bike and shot me - twice.\n"
    'Since the earthquake, the gangs are stealing and looting and killing people."\n'
)


def test_he_after_a_given_name_alone_is_that_person_not_the_nephew_between(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert quote_speaker(pipeline, BEDSIDE, "I was on my motorbike") == "Brine Cedernier"


SINGLE = (  # haiti_bbc 1065
    "Simon and the stars are hoping to make the single in just 48 hours so they can send the money to Haiti "
    "quickly.\n"
    '"The response has been fantastic."\n'
    "To boost the amount of money raised, the government has also agreed to donate the tax from sales of "
    "the single to the fund-raising effort.\n"
    "Simon Cowell wants as many artists as possible to take part in the single Prime Minister Gordon Brown "
    'said: "Simon Cowell can make a huge amount of money to help the people of Haiti."\n'
)
QUESTIONED = (  # haiti_bbc 49, the quote's own paragraph and the question after it
    '"It is a human tragedy of enormous proportions."\n'
    "Conservative MP Tobias Ellwood asked why a frigate, HMS Iron Duke, in the Caribbean had not been "
    "deployed to help and military stabilisation and security teams had not yet been told whether they "
    "were needed.\n"
)
ASKED_BACK = (  # bpoil_reuters 1171: the quote's own clause, split from it by the parser
    "Can government push BP out of the way if it believes the company is not doing the job?\n"
    '"Well, to push BP out of the way would raise a question -- to replace them with what?"\n'
    "Admiral Thad Allen of the Coast Guard, the administration's response chief for the disaster, asked "
    "back.\n"
    "Was there any thought given to bringing in another oil company to fix the mess?\n"
    '"When I have the CEO of a large petroleum company and oil drilling company tell me they would be '
    "following the same sequence of events, that tells me there wouldn't be anything to be gained by doing "
    'that," Allen said at the White House press briefing.\n'
)


def test_a_report_after_with_words_of_its_own_does_not_speak_the_quote_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert quote_speaker(pipeline, SINGLE, "The response has been fantastic") != "Gordon Brown"
    assert quote_speaker(pipeline, SINGLE, "Simon Cowell can make") == "Gordon Brown"


def test_who_asks_about_a_quote_after_it_did_not_say_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert quote_speaker(pipeline, QUESTIONED, "It is a human tragedy") != "Tobias Ellwood"


def test_a_clause_split_from_its_quote_still_names_the_speaker(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert quote_speaker(pipeline, ASKED_BACK, "Well, to push BP") == "Thad Allen"

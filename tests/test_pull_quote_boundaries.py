"""Pull quotes, captions and fact boxes that a BBC page runs into the next sentence without a full stop
are cut from it (`analyse.segment`).

A pull quote repeats words of the page in large type, a caption or a fact box's last item ends with no
full stop; in the copy each runs into the paragraph after it, whose reporting clause then lost its event
or took the caption's figure. The texts are real lines of Timeline17 (haiti_bbc, MJ_bbc, bpoil_reuters),
as the reader hands them to the parser.
"""

from __future__ import annotations

from conftest import sentences_of
from storyline.extract.figures import extract_figures

GRIFFIN = (
    'In response Mr Griffin described UK aid to Haiti as "stinking elite hypocrisy".\n'
    "Sending aid to rioting ingrates while our own people die is stinking elite hypocrisy Mr Griffin, MEP "
    'for North West England, responded with another Twitter post, saying: "Individuals should give whatever '
    "they feel appropriate, but Britain is bankrupt.\n"
    "\"Boys get blown to bits because we can't afford to armor their Land Rovers... Sending aid to rioting "
    'ingrates while our own people die is stinking elite hypocrisy."\n'
)
LE_ROY = (
    'UN peacekeeping chief Alain Le Roy says Port-au-Prince airport is "operational" and aid will start '
    "flowing soon, AFP news agency reports.\n"
    '1403 The UN peacekeeping chief Alain Le Roy says "less than five" UN staff had been found dead at the '
    "organization's headquarters in Port-au-Prince but many are still believed to be in the rubble.\n"
)
EU = (
    "Thousands of people lost their homes in the Haiti quake The EU should consider forming a rapid reaction "
    "force to deal with future emergencies like the Haiti earthquake, the EU's new president says.\n"
)
FACT_BOX = (
    "Broadcasting on FM radio daily in Haitian Creole at 0910 local time (1410 GMT), for 20 minutes Giving "
    "up-to-date information about where to get basic services and aid Also available on satellite and "
    "online, and via social media Eighty-five UN employees died in the 12 January earthquake, but dozens "
    "more remain unaccounted for.\n"
)
LEAGUES = (
    "From 9pm Mark is joined by Mark Clemmit for all the news and reaction from the Championship and Leagues "
    "One and Two in 5 Live Football League.\n"
)
PRINCES = (
    "Question: does this include the hundreds of Millions, even Billions of dollars dispersed yearly to the "
    "Thousands of Saudi princes to finance their Preposterous, Extravert lifestyles???\n"
)


def test_pull_quote_repeated_in_the_page_is_cut_from_the_reporting_clause(pipeline) -> None:  # type: ignore[no-untyped-def]
    sentences = sentences_of(pipeline, GRIFFIN)
    assert "Sending aid to rioting ingrates while our own people die is stinking elite hypocrisy" in sentences
    assert any(s.startswith("Mr Griffin, MEP for North West England, responded") for s in sentences)


def test_repeated_words_before_an_opening_quote_are_no_pull_quote(pipeline) -> None:  # type: ignore[no-untyped-def]
    sentences = sentences_of(pipeline, LE_ROY)
    assert sentences[0].startswith("UN peacekeeping chief Alain Le Roy says Port-au-Prince airport is")


def test_caption_before_the_and_an_acronym_is_cut(pipeline) -> None:  # type: ignore[no-untyped-def]
    sentences = sentences_of(pipeline, EU)
    assert sentences[0] == "Thousands of people lost their homes in the Haiti quake"
    assert sentences[1].startswith("The EU should consider forming a rapid reaction force")


def test_fact_box_before_a_number_word_is_cut_and_the_number_read_whole(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = pipeline.nlp(FACT_BOX)
    sentence = next(s for s in doc.sents if "UN employees died" in s.text)
    assert sentence.text.startswith("Eighty-five UN employees died")
    assert [figure.value for figure in extract_figures(sentence)][:1] == [85]


def test_number_words_after_a_conjunction_or_an_article_stay_in_their_sentence(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert len(sentences_of(pipeline, LEAGUES)) == 1
    assert not any(s.startswith("Thousands of Saudi princes") for s in sentences_of(pipeline, PRINCES))

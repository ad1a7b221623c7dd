"""A page's headline run into its lead on the first line is cut off where the lead retells it
(`analyse.headline_cuts`): first lines of BBC pages in Timeline17 (haiti_bbc, H1N1_bbc)."""

from __future__ import annotations

from conftest import sentences_of


def test_a_headline_that_the_lead_retells_is_its_own_sentence(pipeline) -> None:  # type: ignore[no-untyped-def]
    sentences = sentences_of(
        pipeline,
        "Looting in Port-au-Prince after Haiti quake Violence and looting has broken out in parts of "
        "Port-au-Prince, almost a week after the earthquake hit Haiti.\n",
    )
    assert sentences[:2] == [
        "Looting in Port-au-Prince after Haiti quake",
        "Violence and looting has broken out in parts of Port-au-Prince, almost a week after the "
        "earthquake hit Haiti.",
    ]


def test_a_lead_that_opens_with_a_quantity_after_a_name(pipeline) -> None:  # type: ignore[no-untyped-def]
    sentences = sentences_of(
        pipeline,
        "First swine flu fatality in Spain More than 700 people have been infected with swine flu in "
        "Spain.\n",
    )
    assert sentences[0] == "First swine flu fatality in Spain"
    assert sentences[1].startswith("More than 700 people have been infected")


def test_a_headline_a_caption_and_a_lead(pipeline) -> None:  # type: ignore[no-untyped-def]
    sentences = sentences_of(
        pipeline,
        "Officials fear disease outbreak in Haiti's quake camps Health officials in Haiti fear there may be "
        "an outbreak of disease.\n",
    )
    assert sentences[0] == "Officials fear disease outbreak in Haiti's quake camps"


def test_no_cut_between_a_describing_noun_and_its_name(pipeline) -> None:  # type: ignore[no-untyped-def]
    sentences = sentences_of(
        pipeline,
        "Travolta pilots supplies to Haiti Hollywood actor John Travolta has flown his own jet to Haiti to "
        "deliver relief supplies.\n",
    )
    assert not any(sentence.startswith("John Travolta has flown") for sentence in sentences)


def test_only_the_first_line_is_read_for_a_headline(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Haiti earthquake: the struggle to distribute aid\n"
        "Looting in Port-au-Prince after Haiti quake Violence and looting has broken out in parts of "
        "Port-au-Prince, almost a week after the earthquake hit Haiti.\n"
    )
    assert not any(sentence.startswith("Violence and looting") for sentence in sentences_of(pipeline, text))


def test_a_lead_without_a_headline_stays_whole(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Oil giant BP said on Monday that its chief executive Tony Hayward would leave, and BP shares rose.\n"
    )
    assert sentences_of(pipeline, text) == [text.strip()]

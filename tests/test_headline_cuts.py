"""A page's headline run into its lead on the first line is cut off where the lead retells it
(`analyse.headline_cuts`): first lines of BBC pages in Timeline17 (haiti_bbc, H1N1_bbc)."""

from __future__ import annotations

import pytest

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
    """haiti_bbc, 2010-01-14: the caption retells the headline, and the lead the caption."""
    sentences = sentences_of(
        pipeline,
        "Up to 150 UN staff still missing in Haiti after quake The UN could not confirm that its top "
        "officials in Haiti were dead Officials at the UN say between 100 and 150 people from its "
        "9,000-strong peacekeeping mission in Haiti are still missing after the earthquake.\n",
    )
    assert sentences == [
        "Up to 150 UN staff still missing in Haiti after quake",
        "The UN could not confirm that its top officials in Haiti were dead",
        "Officials at the UN say between 100 and 150 people from its 9,000-strong peacekeeping mission in "
        "Haiti are still missing after the earthquake.",
    ]


def test_a_headline_after_the_pages_update_stamp(pipeline) -> None:  # type: ignore[no-untyped-def]
    """MJ_bbc, 2011-09-28: the first line is read from the end of its stamp, a long one."""
    sentences = sentences_of(
        pipeline,
        "Page last updated at 14:47 GMT, Wednesday, 28 September 2011 15:47 UK Fearne Cotton appears with "
        "Michael Jackson's ex-band members Fearne Cotton has been announced as the co-host of next month's "
        "Michael Jackson tribute concert.\n",
    )
    assert sentences == [
        "Page last updated at 14:47 GMT, Wednesday, 28 September 2011 15:47 UK",
        "Fearne Cotton appears with Michael Jackson's ex-band members",
        "Fearne Cotton has been announced as the co-host of next month's Michael Jackson tribute concert.",
    ]


def test_no_cut_between_a_describing_noun_and_its_name(pipeline) -> None:  # type: ignore[no-untyped-def]
    sentences = sentences_of(
        pipeline,
        "Travolta pilots supplies to Haiti Hollywood actor John Travolta has flown his own jet to Haiti to "
        "deliver relief supplies.\n",
    )
    cut = ("Hollywood actor", "John Travolta has flown")
    assert not any(sentence.startswith(cut) for sentence in sentences)


def test_only_the_first_line_is_read_for_a_headline(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Haiti earthquake: the struggle to distribute aid\n"
        "Looting in Port-au-Prince after Haiti quake Violence and looting has broken out in parts of "
        "Port-au-Prince, almost a week after the earthquake hit Haiti.\n"
    )
    assert not any(sentence.startswith("Violence and looting") for sentence in sentences_of(pipeline, text))


@pytest.mark.parametrize(
    "text",
    [
        "Oil giant BP said on Monday that its chief executive Tony Hayward would leave, and BP shares "
        "rose.\n",
        # haiti_bbc: a name after a noun, but one word before it ("Haiti") told again is no headline
        'The US ambassador to Haiti, Kenneth Merten, told US broadcaster PBS that "people should be aware '
        'that the vast majority of Haitians here are behaving in a calm and peaceful manner".\n',
    ],
)
def test_a_lead_without_a_headline_stays_whole(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    assert sentences_of(pipeline, text) == [text.strip()]

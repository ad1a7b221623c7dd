"""A reporter's byline run into the lead on its line is a sentence of its own, and not news
(`analyse.bylines`): first lines of BBC pages in Timeline17's bpoil_bbc."""

from __future__ import annotations

import pytest

from conftest import sentences_of
from storyline.extract.non_events import not_news


@pytest.mark.parametrize(
    ("line", "byline", "lead"),
    [
        (
            "By Richard Anderson Business reporter, BBC News BP has suffered a number of controversies "
            "in recent years.\n",
            "By Richard Anderson Business reporter, BBC News",
            "BP has suffered a number of controversies in recent years.",
        ),
        (  # the place it was filed from, after a comma
            "By Finlo Rohrer BBC News, Washington Some experts believe high winds could cause helpful "
            "dispersal.\n",
            "By Finlo Rohrer BBC News, Washington",
            "Some experts believe high winds could cause helpful dispersal.",
        ),
        (  # the outlet before the role
            "By Joe Lynam, BBC business correspondent BP's shareholders would probably prefer a few "
            "years out of the limelight.\n",
            "By Joe Lynam, BBC business correspondent",
            "BP's shareholders would probably prefer a few years out of the limelight.",
        ),
        (  # two places
            "By Julian Miglierini BBC News, Campeche, Mexico The Ixtoc well was drilling at 150ft "
            "compared with Deepwater Horizon at 5,000ft.\n",
            "By Julian Miglierini BBC News, Campeche, Mexico",
            "The Ixtoc well was drilling at 150ft compared with Deepwater Horizon at 5,000ft.",
        ),
        (  # a lead whose first word the parser would leave alone
            "By Anthony Reuben Business reporter, BBC News London Mayor Boris Johnson has expressed "
            'concern about the "anti-British rhetoric that seems to be permeating from America".\n',
            "By Anthony Reuben Business reporter, BBC News",
            'London Mayor Boris Johnson has expressed concern about the "anti-British rhetoric that seems '
            'to be permeating from America".',
        ),
        (  # a lead that opens with a name
            "By Robyn Bresnahan BBC News Bob Shipp said BP wanted to hire his entire marine science "
            "department.\n",
            "By Robyn Bresnahan BBC News",
            "Bob Shipp said BP wanted to hire his entire marine science department.",
        ),
    ],
)
def test_a_byline_run_into_its_lead_is_cut_off(pipeline, line: str, byline: str, lead: str) -> None:  # type: ignore[no-untyped-def]
    sentences = sentences_of(pipeline, line)
    assert sentences[:2] == [byline, lead]
    assert not_news(byline) == "byline"
    assert not_news(lead) is None


def test_a_byline_after_the_headline_on_its_line(pipeline) -> None:  # type: ignore[no-untyped-def]
    """bpoil_bbc, 2010-06-14: headline, byline and lead on the page's first line."""
    sentences = sentences_of(
        pipeline,
        "Mexicans still haunted by 1979 Ixtoc spill By Julian Miglierini BBC News, Campeche, Mexico "
        "The Ixtoc well was drilling at 150ft compared with Deepwater Horizon at 5,000 ft.\n",
    )
    assert sentences[:2] == [
        "Mexicans still haunted by 1979 Ixtoc spill",
        "By Julian Miglierini BBC News, Campeche, Mexico",
    ]


def test_a_lead_whose_first_word_reads_as_a_place(pipeline) -> None:  # type: ignore[no-untyped-def]
    """bpoil_bbc: "Everything", capitalised, is tagged a name after "Washington"; the lower-case word
    after it shows where the lead starts."""
    sentences = sentences_of(
        pipeline, "By Finlo Rohrer BBC News, Washington Everything so far tried has failed\n"
    )
    assert sentences[:2] == ["By Finlo Rohrer BBC News, Washington", "Everything so far tried has failed"]


def test_a_wire_writers_byline_before_the_dateline(pipeline) -> None:  # type: ignore[no-untyped-def]
    """H1N1_reuters: a wire's byline names the writer's role without an outlet."""
    sentences = sentences_of(
        pipeline,
        "By Maggie Fox, Health and Science Editor WASHINGTON (Reuters) - The World Health Organization "
        "raised its pandemic alert level on Wednesday.\n",
    )
    assert sentences[0] == "By Maggie Fox, Health and Science Editor"
    assert not_news(sentences[0]) == "byline"


def test_a_byline_alone_on_its_line_is_not_news() -> None:
    assert not_news("By Richard Black Environment correspondent, BBC News") == "byline"
    assert not_news("By Katia Moskvitch Science reporter, BBC News, Lake Baikal") == "byline"
    assert not_news("By Eddie O'Gorman BBC NI business reporter") == "byline"


@pytest.mark.parametrize(
    "line",
    [
        "By Wednesday night the reason why scientists had pressed the full flu alert button was clear.\n",
        "By Canadian law, any mortgage that will finance more than 80 percent of the price is insured.\n",
        "By mid-afternoon, BP shares closed down 3% lower at 558.5p.\n",
        # three names after the place: which of them opens the lead is not told
        "By Hilary Andersson BBC Panorama, Washington Tyrone Benton told the BBC he saw a leak.\n",
    ],
)
def test_what_is_no_byline_run_in_stays_one_sentence(pipeline, line: str) -> None:  # type: ignore[no-untyped-def]
    sentences = sentences_of(pipeline, line)
    assert sentences[0] == line.strip()
    assert not_news(sentences[0]) is None

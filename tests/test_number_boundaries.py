"""A sentence that opens after a number, in a list or fact box that lost its line breaks
(`analyse.segment`).

Timeline17 pages lost their HTML, so a fact box runs its items into one line with no full stop
after the number that ends each ("... rose to 140 Of nine new confirmed cases ..."), and a live
page's clock can follow the last word of the entry before it ("... may have been killed 2050 Haiti
's President ..."). The parser kept such items in one sentence, which joined different events
and left predicates without a subject. The texts are real lines of H1N1_bbc, bpoil_bbc, haiti_bbc
and MJ_bbc as the reader hands them to the parser.
"""

from __future__ import annotations

import pytest

from conftest import sentences_of

FACT_BOX = (
    "Canada 's confirmed number of cases rose to 140 Of nine new confirmed cases of swine flu in the UK , "
    "seven appear to have been acquired from people who had not been to Mexico ; total confirmed cases "
    "stood at 27 About 250 recruits and personnel at an army camp in the western Swiss canton of Fribourg "
    "were placed under quarantine after two recruits reported having flu symptoms .\n"
)
BAN = (
    "BP has already accepted its guilt in a separate accident in Texas in 2005 that killed 15 A US "
    "Congressional committee has agreed measures that would ban BP from new offshore drilling for seven "
    "years .\n"
)
CORDOVA = (
    "This year Cordova opened shrimp fishing for the first time since 1989 They point out that the spill "
    "occurred during spawning season .\n"
)
NAMES = (
    "The first actor in the spotlight in the BBC Radio 2 At The Movies season is the late , great "
    "Richard Burton .\n"
    "Jo Whiley launches Radio 2 In Concert , a new weekly two-hour program celebrating the best live "
    "music .\n"
    "6 October 2011 A recording of Jackson bemoaning his unhappy childhood is played to jurors .\n"
)
LIVE_PAGE = (
    "2358 UN Ban Ki-Moon has given an update on the number of UN casualties in Haiti .\n"
    "2349 The BBC 's Laura Trevelyan in New York spoke to Haitians living in the Brooklyn district .\n"
    "Haiti 's Prime Minister says more than 100,000 people may have been killed 2050 Haiti 's President , "
    "Rene Preval , tells CNN he has heard that between 30,000 and 50,000 people were killed .\n"
    "2144 Veteran NBC news anchor Brian Williams tells the Huffington Post the situation is comparable "
    "to the 2004 Asian tsunami .\n"
    "2032 Gen Douglas Fraser says around 90 aid flights a day are landing .\n"
)


def test_fact_box_items_are_sentences_of_their_own(pipeline) -> None:  # type: ignore[no-untyped-def]
    sentences = sentences_of(pipeline, FACT_BOX)
    assert "Canada 's confirmed number of cases rose to 140" in sentences
    assert any(s.startswith("Of nine new confirmed cases") and s.endswith("stood at 27") for s in sentences)
    assert any(s.startswith("About 250 recruits and personnel") for s in sentences)


def test_report_after_a_count_or_a_year_opens_a_sentence(pipeline) -> None:  # type: ignore[no-untyped-def]
    ban = sentences_of(pipeline, BAN)
    assert ban[0].endswith("in 2005 that killed 15")
    assert ban[1].startswith("A US Congressional committee has agreed measures")
    cordova = sentences_of(pipeline, CORDOVA)
    assert cordova[0].endswith("for the first time since 1989")
    assert cordova[1].startswith("They point out that the spill")


def test_names_and_dated_lines_keep_their_number(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert sentences_of(pipeline, NAMES) == [line.strip() for line in NAMES.splitlines()]


def test_live_page_clock_after_a_report_stands_alone(pipeline) -> None:  # type: ignore[no-untyped-def]
    sentences = sentences_of(pipeline, LIVE_PAGE)
    assert "Haiti 's Prime Minister says more than 100,000 people may have been killed" in sentences
    assert "2050" in sentences
    assert any(s.startswith("Haiti 's President , Rene Preval , tells CNN") for s in sentences)
    assert any(s.endswith("comparable to the 2004 Asian tsunami .") for s in sentences)  # a year, no clock


def test_clock_after_a_report_is_kept_off_pages_without_stamps(pipeline) -> None:  # type: ignore[no-untyped-def]
    (report,) = [line for line in LIVE_PAGE.splitlines() if " 2050 " in line]
    assert "2050" not in sentences_of(pipeline, report + "\n")


QUARANTINE = (
    "Police are guarding the Hong Kong hotel where the man stayed About 300 people at a Hong Kong hotel have "
    "been placed under quarantine.\n"
)
DISPERSANT = (
    "A controlled burning of oil has taken place, but it causes serious air pollution About 325,000 "
    "gallons of dispersant have been used, although scientists are concerned about the effect.\n"
)
MARINES = (
    "It is a disaster of epic proportions, and we've got a lot of work ahead of us More than 2,000 US "
    "marines were expected to arrive in the region.\n"
)


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        (QUARANTINE, "About 300 people at a Hong Kong hotel"),
        (DISPERSANT, "About 325,000 gallons of dispersant"),
        (MARINES, "More than 2,000 US marines"),
    ],
)
def test_a_quantity_word_before_a_number_opens_the_sentence_a_caption_runs_into(
    pipeline, text: str, opening: str
) -> None:  # type: ignore[no-untyped-def]
    assert any(sentence.startswith(opening) for sentence in sentences_of(pipeline, text))


def test_a_quantity_word_inside_a_sentence_goes_on(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Officials said about 300 people were placed under quarantine, more than 2,000 in all.\n"
    assert len(sentences_of(pipeline, text)) == 1

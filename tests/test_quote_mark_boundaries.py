"""A quotation mark stays in the sentence of the quote it opens or closes (`analyse.segment`).

The parser alone cut a closing mark at the end of a line into a sentence of its own (hundreds a
topic on Timeline17), leaving the quote open in the sentence before; and an opening mark after a
caption, or a dash that opens a line, alone before its words. The texts are real lines of
bpoil_reuters and haiti_bbc, as the reader hands them to the parser.
"""

from __future__ import annotations

import spacy

from conftest import sentences_of
from storyline.analyse.segment import add_line_boundaries

FEINBERG = (
    "Feinberg said he does not yet know whether they will be included.\n"
    "Addressing the frustrated crowd in Alabama, Feinberg said when he takes complete control over "
    'administering the fund "we will not do anything behind your back."\n'
    "BP has been managing compensation so far but Feinberg is due to take full control by August 10.\n"
)
RAINEY = (
    '"The well had been cased off.\n'
    'We were actually in process of running the final plug," Rainey said.\n'
    '"At this point, we don\'t understand what happened."\n'
    "The rig explosion did not have an effect on crude oil prices because the well was not in "
    "production mode.\n"
)
HAYWARD = (
    'May 28 - Obama tours the Louisiana coast, saying, "I am the president and the buck stops with me."\n'
    "-- Hayward flies over the Gulf.\n"
    'May 29 - BP says the complex "top kill" maneuver, started three days earlier to plug the well, '
    "has failed.\n"
)
PEDRE = (
    "Carel Pedre, a TV and radio presenter in Port-au-Prince, told the BBC he had witnessed extensive damage "
    "on his five-mile walk through the city to reach his daughter.\n"
    "There's no way that people can get in touch with their family and friends \"I saw a lot of people "
    "crying for help, a lot of buildings collapsed, a lot of car damage, "
    'a lot of people without help," he said.\n'
)
ALEXANDER = (
    "Douglas Alexander: ` We all need to pull together. '\n"
    "Britons have donated £23m to the Haiti earthquake appeal, the Disasters and Emergency Committee "
    "(DEC) has said.\n"
)


def test_closing_mark_at_line_end_stays_with_its_quote(pipeline) -> None:  # type: ignore[no-untyped-def]
    sentences = sentences_of(pipeline, FEINBERG)
    assert sentences[1].endswith('"we will not do anything behind your back."')
    assert '"' not in sentences


def test_quote_line_keeps_both_marks(pipeline) -> None:  # type: ignore[no-untyped-def]
    sentences = sentences_of(pipeline, RAINEY)
    assert '"At this point, we don\'t understand what happened."' in sentences
    assert '"' not in sentences


def test_dash_opening_a_line_stays_with_its_words(pipeline) -> None:  # type: ignore[no-untyped-def]
    sentences = sentences_of(pipeline, HAYWARD)
    assert "-- Hayward flies over the Gulf." in sentences
    assert sentences[0].endswith('the buck stops with me."')


def test_opening_mark_after_a_caption_stays_with_its_quote(pipeline) -> None:  # type: ignore[no-untyped-def]
    sentences = sentences_of(pipeline, PEDRE)
    assert any(sentence.startswith('"I saw a lot of people crying for help') for sentence in sentences)
    assert '"' not in sentences


def test_single_closing_mark_at_line_end_stays_with_its_quote(pipeline) -> None:  # type: ignore[no-untyped-def]
    sentences = sentences_of(pipeline, ALEXANDER)
    assert sentences[0] == "Douglas Alexander: ` We all need to pull together. '"


def test_pipeline_without_parser_keeps_closing_mark() -> None:
    """A model with no parser (another one the user names): the component runs first and marks
    the closing mark as no sentence start all the same."""
    nlp = spacy.blank("en")
    add_line_boundaries(nlp)
    doc = nlp(FEINBERG)
    (mark,) = [token for token in doc if token.text == '"' and token.i > 0 and doc[token.i - 1].text == "."]
    assert mark.is_sent_start is False
    assert doc[mark.i + 2].is_sent_start  # the next line


LIVE_PAGE = (
    '1100 Steve Matthews from World Vision tells the BBC World Service: "I met a woman today clutching a '
    "picture of her husband.\n"
    "She was crying in the streets.\n"
    "Everywhere you go there's something crazy that you can hardly believe you are looking at.\"\n"
    '1054 BellaBaita tweets: "My brother pulled from rubble of Hotel Montana 55 hrs after quake - still hope '
    'for others."\n'
    "1034 American Red Cross spokeswoman Gloria Huang tells the BBC social networking sites have helped them "
    "raise $35m (£21.5m) in the US, with $5m raised through a text message campaign alone.\n"
)


def test_live_page_time_stamp_stands_alone(pipeline) -> None:  # type: ignore[no-untyped-def]
    """A stamp joined to its entry made "tweets" a noun and BellaBaita no speaker."""
    sentences = sentences_of(pipeline, LIVE_PAGE)
    assert "1054" in sentences and "1034" in sentences
    assert any(sentence.startswith("BellaBaita tweets:") for sentence in sentences)


def test_year_opening_a_timeline_line_is_no_stamp(pipeline) -> None:  # type: ignore[no-untyped-def]
    sentences = sentences_of(pipeline, "2010 Deepwater Horizon explodes in the Gulf of Mexico.\n")
    assert sentences == ["2010 Deepwater Horizon explodes in the Gulf of Mexico."]


FT_JACKSON = (
    "Veterinarian Heather Nevill (L) and rescue worker Deanene Birtell hydrate a Laughing Gull, rescued from "
    "oil contamination from the Deepwater Horizon spill, as they prepare it for transport from the Ft..\n"
    "Jackson Wildlife Rehabilitation Center in Buras, Louisiana May 23, 2010.\n"
    "More than 300 sea birds, nearly 200 turtles and 19 dolphins have been found dead.\n"
)


def test_a_doubled_period_after_a_name_prefix_does_not_end_the_sentence(pipeline) -> None:  # type: ignore[no-untyped-def]
    """bpoil_reuters: Timeline17's tokenizer cut "Ft. Jackson" at the abbreviation and doubled its
    period; the name goes on in the next line, and so does the sentence."""
    sentences = sentences_of(pipeline, FT_JACKSON)
    assert sentences[0].endswith("Buras, Louisiana May 23, 2010.")
    assert sentences[1].startswith("More than 300 sea birds")


STUPAK = (  # bpoil_washingtonpost, 2010-05-12: Timeline17's tokenizer cut each line after "(D-Mich.)"
    'In a devastating review of the blowout preventer, which BP said was supposed to be "fail-safe," Rep. '
    "Bart Stupak (D-Mich.)\n"
    ", chairman of the House Energy and Commerce Committee's subcommittee on oversight, said Wednesday that "
    "documents and interviews show that the device was anything but.\n"
    "Senators Frank R. Lautenberg (D-N.J.)\n"
    "; Robert Menendez (D-N.J.) wrote to the heads of the Environmental Protection Agency.\n"
    "BP declined to comment.\n"
)


def test_a_line_opening_with_a_comma_goes_on_the_sentence(pipeline) -> None:  # type: ignore[no-untyped-def]
    """No sentence opens with a comma or a semicolon: the line before holds its subject."""
    sentences = sentences_of(pipeline, STUPAK)
    assert sentences[0].endswith(
        "(D-Mich.) , chairman of the House Energy and Commerce Committee's "
        "subcommittee on oversight, said Wednesday that documents and interviews "
        "show that the device was anything but."
    )
    assert sentences[1].startswith("Senators Frank R. Lautenberg (D-N.J.) ; Robert Menendez")
    assert sentences[2] == "BP declined to comment."

"""A caption or a headline run into a sentence that opens with "The"/"A", a capitalised adjective and a common
noun ("... celebrating again The Haitian consul to Sao Paulo ...") is cut from it (`analyse.segment`), so the
sentence keeps its subject and a "he" after it finds the person described. Real lines of haiti_bbc (117, seed
231's wrong sources; 1582), as the reader hands them to the parser."""

from __future__ import annotations

from conftest import events_of, sentences_of
from storyline.pipeline import Pipeline

CONSUL = (
    "Pat Robertson the American televangelist is reported to have put it all to the wrath of God who has "
    'shown his anger on the "devil-worshipping" Haitians.\n'
    "Ghana lost to Ivory Coast but their fans are now celebrating again The Haitian consul to Sao Paulo, who "
    "happens to be white, was a touch more graphic.\n"
    "He told a Brazilian TV crew that people of African origin were cursed.\n"
)
AUTHORITIES = (
    "Haitians still waiting for aid The Haitian authorities say they have buried 40,000 bodies so far and "
    "believe another 100,000 could be dead in the rubble.\n"
)


def test_a_caption_ending_in_an_adverb_is_cut_before_the_haitian_consul(pipeline: Pipeline) -> None:
    sentences = sentences_of(pipeline, CONSUL)
    assert "Ghana lost to Ivory Coast but their fans are now celebrating again" in sentences
    assert any(s.startswith("The Haitian consul to Sao Paulo, who happens to be white") for s in sentences)


def test_he_after_the_consul_is_the_consul_not_the_televangelist(pipeline: Pipeline) -> None:
    told = [e for e in events_of(pipeline, CONSUL) if e.predicate == "tell"]
    assert told and told[0].attribution is not None
    assert told[0].attribution.source == "Haitian consul to Sao Paulo"


def test_a_headline_is_cut_before_the_haitian_authorities(pipeline: Pipeline) -> None:
    sentences = sentences_of(pipeline, AUTHORITIES)
    assert sentences[0] == "Haitians still waiting for aid"
    assert sentences[1].startswith("The Haitian authorities say they have buried 40,000 bodies")

"""Merging across articles on real collections: a broad word that the collection's articles tell on
several days ("study", "hand out", "learn") joins two reports only when something else does too: a
telling name, a figure, a telling word besides the predicate, or alike sentences. Sentences are
from the Timeline17 articles of H1N1_bbc, each quoted where it is used, with the words of the
collection's articles counted as ingest counts them; their mentions are built by hand, so that only
the merging rules are tested. Neither the story's country written by its common word nor one
speaker's name makes two reports one event."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from conftest import T17, merged_in_order, needs, topic_words
from storyline.merge.entries import Merger
from storyline.merge.pair_rules import _names_shared, _restated
from storyline.merge.similarity import Signature, signature
from storyline.model import Attribution, Event, Stance, Tense

pytestmark = needs(T17 / "H1N1_bbc")

STORY = frozenset({"Mexico", "World Health Organization", "United States"})  # both articles name them

STUDIED = "It is being studied by the top laboratories in the world."  # 2009-04-28/516
SAME_CLASS = "Luckily, they also went to the same school and studied in the same class at the age of 13 ~ 18."
THEY_STUDY = "They study at the university, work or have family here."  # 2009-04-30/386

SIBLINGS = (
    "A spokeswoman for NHS Wandsworth said that the two Dolphin pupils confirmed with swine flu were "
    "siblings of pupils at Alleyn's."
)  # 2009-05-04/583
THE_TWO = (
    "The two are siblings and are close contacts of a previous confirmed case, the Health Protection "
    "Agency said."
)  # 2009-05-05/885

MASKS = "Most people also seem to be wearing the face masks being handed out by the army around the city."
IN_MEXICO = (
    "In Mexico, face masks are handed out, while the head of the WHO voices concern"  # 2009-04-26/1200
)
PAMPHLETS = (
    "Pamphlets are being handed out to passengers at Rome's international airport, although there are "
    "no restrictions on travel."
)  # 2009-05-05/1130

LEARNED = (
    "The difference is that the Health Protection Agency has learned a lot about approaching this "
    "question of antiviral prophylaxis and they are going to be treating the closer contacts of the cases."
)  # 2009-06-11/357
STILL_LEARNING = (
    "Remember though that scientists are still learning about the virus and are unsure how any pandemic "
    "might The World Health Organisation says the global number of confirmed cases of H1N1 is 17,410 in "
    "62 countries, including 115 deaths."
)  # 2009-06-30/348


def _event(document: str, text: str, predicate: str, *names: str) -> tuple[Event, date]:
    """A mention dated by its article only, told in passing (on or before that day: any two meet)."""
    day = date.fromisoformat(document.split("/")[0])
    event = Event(
        document, 0, len(text), text, text, day.isoformat(), False, Tense.PAST,
        predicate=predicate, event_start=0, event_end=3, participants=list(names), main=False,
    )  # fmt: skip
    return event, day


def _merged(*mentions: tuple[Event, date]) -> list[str]:
    """The entry of each mention, merged in order as one batch of H1N1_bbc's collection."""
    return merged_in_order(topic_words("H1N1_bbc"), STORY, *mentions)


def test_a_broad_word_told_on_several_days_does_not_join_two_articles_alone() -> None:
    studied = _event("2009-04-28/516", STUDIED, "study")
    they_study = _event("2009-04-30/386", THEY_STUDY, "study")
    same_class = _event("2009-05-06/398", SAME_CLASS, "study")
    first, _, second = _merged(studied, they_study, same_class)
    assert first != second


def test_a_word_told_by_articles_of_a_day_or_two_stays_telling() -> None:
    """The two Dolphin School pupils, told on 4 and 5 May: no name or telling word in common but the
    predicate, and one event."""
    first, second = _merged(
        _event("2009-05-04/583", SIBLINGS, "sibling"),
        _event("2009-05-05/885", THE_TWO, "sibling"),
    )
    assert first == second


def test_a_shared_telling_word_keeps_a_broad_word_joined() -> None:
    """Face masks handed out in Mexico (26 and 29 April), while "hand out" is told on three days."""
    in_mexico = _event("2009-04-26/1200", IN_MEXICO, "hand")
    pamphlets = _event("2009-05-05/1130", PAMPHLETS, "hand")
    masks = _event("2009-04-29/178", MASKS, "hand")
    first, _, second = _merged(in_mexico, pamphlets, masks)
    assert first == second
    assert topic_words("H1N1_bbc").weight("mask") > 1.0  # "masks" is in few of the articles


def test_a_name_word_most_articles_use_is_not_a_shared_name() -> None:
    """ "Health" of the Health Protection Agency in the other sentence's World Health Organisation:
    most of a flu story's articles use the word, which tells nothing of which event is told."""
    learned = _event("2009-06-11/357", LEARNED, "learn", "Health Protection Agency")
    learning = _event("2009-06-30/348", STILL_LEARNING, "learn")
    merger = Merger(words=topic_words("H1N1_bbc"))
    merger.names.see(frozenset({"Health Protection Agency"}))
    merger.names.see(frozenset({"Mexico"}))  # the agency is named in fewer than half of the articles
    merger.names.see(frozenset({"Mexico"}))
    a, b = signature(learned[0], STORY), signature(learning[0], STORY)
    assert not _names_shared(a, b, merger)
    assert _names_shared(a, b, Merger(names=merger.names))  # with no word counts, as before


def test_the_days_of_publication_are_kept_for_the_next_run() -> None:
    merger = Merger()
    merger.foresee(
        [_event("2009-04-28/516", STUDIED, "study"), _event("2009-05-06/398", SAME_CLASS, "study")]
    )
    later = Merger()
    later.remember_days(merger.days_told())
    assert later.published_days("studi") == merger.published_days("studi") == 2
    assert later.days_told() == merger.days_told()


def test_a_contraction_read_as_the_predicate_joins_only_alike_sentences() -> None:
    """ "there's" read as the predicate "'": the word names no kind of event, so two articles'
    sentences must say alike (as for "said"), not only share the story's names."""
    no_sign = _event(
        "2009-06-11/532",
        "There is concern that the virus might mutate in the southern hemisphere over its winter and "
        "become more virulent, but there's no sign of that yet.",
        "'",
    )
    no_link = _event(
        "2009-06-30/348",
        "These are confirmed cases of infection, but where there's no obvious link with travel or a "
        'known case".',
        "'",
    )
    first, second = _merged(no_sign, no_link)
    assert first != second


def test_one_shared_word_in_many_articles_does_not_support_a_broad_word() -> None:
    """Two explainers of 1 May on "circulating" flu viruses share "seasonal", a word about a third of
    the story's articles use: not enough to make the seasonal flu "which circulates throughout the
    world every year" and "the seasonal flu viruses that have been circulating this year" one event."""
    every_year = _event(
        "2009-05-01/1193",
        "The swine flu strain is a H1N1 virus, the same type as seasonal flu which circulates throughout "
        "the world every year, and kills roughly 0.1% of those infected or higher in an epidemic year.",
        "circulate",
    )
    this_year = _event(
        "2009-05-01/1113",
        "What is clear is that the Mexican swine flu virus is a variant of the H1N1 virus new to human "
        "beings, is not the same as the seasonal flu viruses that have been circulating this year, and "
        "is causing illness and death among human beings.",
        "circulate",
    )
    in_the_us = _event(
        "2009-04-25/558",
        "According to Dr Hay, this new one has six genes from swine flu viruses already known to have "
        "been circulating in the US, and two from swine flu viruses from Europe and Asia.",
        "circulate",
    )
    normal_time = _event(
        "2009-04-28/516",
        "We are coming out of the normal time of year when we have flu circulating in the UK so we don't "
        "really know what size of epidemic there may be in the next couple of months.",
        "circulate",
    )
    weight = topic_words("H1N1_bbc").weight("season")
    assert 0.69 < weight < 2 * 0.69  # telling, but used by more than a quarter of the articles
    first, second, *_ = _merged(every_year, this_year, in_the_us, normal_time)
    assert first != second


# 2009-04-27/488
SPAIN = "In Spain, a young man who had recently returned from Mexico was found to have the virus."
QUEENSLAND = (
    "In France, a top health official told Le Parisien newspaper there were unconfirmed suspicions that "
    "two individuals who had just returned from Mexico might be carrying the virus Spain's health ministry "
    "says three people who returned from a trip from Mexico with flu symptoms are in isolation and being "
    "tested In Israel, medics are testing a 26-year-old man who has been taken to hospital with flu-like "
    "symptoms after returning from a trip to Mexico Two people in Queensland, Australia, are being tested "
    "in hospital after developing flu-like symptoms on returning from Mexico"
)  # 2009-04-27/156
UK_SCHOOL = (
    "Swine flu cases close UK school Another nine UK cases of swine flu have been confirmed taking the "
    "total to 27, according to the Health Protection Agency."
)  # 2009-05-04/123
DOLPHIN = (
    "On Monday night, it emerged another school, Dolphin School in Battersea, London, had also been "
    "closed as a precaution - the fifth in the UK."
)  # 2009-05-04/583
SCOTLAND = "Swine flu has now infected almost 500 people in Scotland alone, out of 1,261 cases in the UK."
SCOTTISH_DEATH = (
    "The death of a woman suffering from H1N1 swine flu in Scotland is a sad reminder that this is not "
    "always a mild infection."
)  # 2009-06-30/348; SCOTLAND is 2009-06-15/1095
OXFORD_11 = (
    "Flu expert Professor John Oxford said people should not panic as the outbreak was milder than others "
    "seen in the past century."
)  # 2009-06-11/357
OXFORD_15 = "Virologist Professor John Oxford said that despite the death, the public should not panic."
# 2009-06-15/1095
DUQUE_6 = "But Philippine Health Secretary Francisco Duque urged the champion to postpone his flight."
DUQUE_8 = (
    "Health Secretary Francisco Duque urged him to delay his return to the Philippines for five days to "
    "ensure that there was no risk of he or his entourage bringing swine flu into the country."
)  # 2009-05-08/149; DUQUE_6 is 2009-05-06/675


def _rare_names(*names: str) -> Merger:
    """A merger with H1N1_bbc's word counts, to which each name is rare (one article of three)."""
    merger = Merger(words=topic_words("H1N1_bbc"))
    for name in names:
        merger.names.see(frozenset({name}))
    merger.names.see(frozenset({"World Health Organisation"}))
    merger.names.see(frozenset({"World Health Organisation"}))
    return merger


def test_a_shared_participant_written_by_a_word_most_articles_use_is_not_telling() -> None:
    """Spain's young man and France's, Spain's and Israel's travellers, all "returned from Mexico":
    extraction names the story's country "Mexico" in a few articles ("Besides Mexico" in most), so
    as a name it looks rare; as a word most of the collection's articles write it."""
    spain = signature(_event("2009-04-27/488", SPAIN, "return", "Mexico")[0], STORY)
    others = signature(_event("2009-04-27/156", QUEENSLAND, "return", "Mexico")[0], STORY)
    merger = _rare_names("Mexico")
    assert merger.names.weight("Mexico") > 0.7 > topic_words("H1N1_bbc").weight("mexico")
    assert not _names_shared(spain, others, merger)
    assert _names_shared(spain, others, Merger(names=merger.names))  # with no word counts, as before


def test_a_name_written_by_its_initials_is_weighed_by_them() -> None:
    """ "UK" for the United Kingdom, which both the Dolphin School's closure and the HPA's count of 27
    name: two things, and a word most articles use."""
    dolphin = signature(
        _event("2009-05-04/583", DOLPHIN, "close", "Dolphin School", "United Kingdom")[0], STORY
    )
    count = signature(_event("2009-05-04/123", UK_SCHOOL, "close", "United Kingdom")[0], STORY)
    assert not _names_shared(dolphin, count, _rare_names("United Kingdom"))


def test_a_shared_place_fewer_articles_write_stays_telling() -> None:
    a = signature(_event("2009-06-15/1095", SCOTLAND, "infect", "Scotland")[0], STORY)
    b = signature(_event("2009-06-30/348", SCOTTISH_DEATH, "infect", "Scotland")[0], STORY)
    assert _names_shared(a, b, _rare_names("Scotland"))


def _said(document: str, text: str, predicate: str, speaker: str) -> tuple[Event, date]:
    event, day = _event(document, text, predicate)
    event.attribution = Attribution(speaker, Stance.STATED, "said")
    event.main = True
    return event, day


def _signed(document: str, text: str, predicate: str, speaker: str) -> Signature:
    event, day = _said(document, text, predicate, speaker)
    return signature(event, STORY, day)


def test_one_speakers_statements_of_days_apart_are_two_events() -> None:
    """John Oxford's "should not panic" on the pandemic's declaration (11 June) and after the first UK
    death (15 June); Francisco Duque's advice to Manny Pacquiao reported on 6 and 8 May (a statement
    retold two days on) stays one."""
    first, second = _merged(
        _said("2009-06-11/357", OXFORD_11, "panic", "John Oxford"),
        _said("2009-06-15/1095", OXFORD_15, "panic", "John Oxford"),
    )
    assert first != second
    oxford = [
        _signed(d, t, "panic", "John Oxford")
        for d, t in (("2009-06-11/357", OXFORD_11), ("2009-06-15/1095", OXFORD_15))
    ]
    assert _restated(oxford[0], oxford[1], 0.2)
    assert not _restated(oxford[0], replace(oxford[1], speaker="Liam Donaldson"), 0.2)
    duque = [
        _signed(d, t, "urge", "Francisco Duque")
        for d, t in (("2009-05-06/675", DUQUE_6), ("2009-05-08/149", DUQUE_8))
    ]
    assert not _restated(duque[0], duque[1], 0.2)


def test_the_story_s_stock_sentence_weeks_apart_is_not_one_event() -> None:
    """18 June's tally and 4 May's nine new cases: alike in the story's common words ("confirmed",
    "cases", "swine flu", "UK"), no telling word, name or figure in common, 45 days apart. A story
    repeats its stock sentence for weeks; only a copy joins reports so far apart."""
    tally = _event(
        "2009-06-18/960", "There are currently 1,752 confirmed cases of swine flu across the UK.", "confirm"
    )
    nine = _event(
        "2009-05-05/485", "On Monday, nine further cases of swine flu were confirmed in the UK.", "confirm",
        "United Kingdom",
    )  # fmt: skip
    first, second = _merged(nine, tally)
    assert first != second
    same_week = replace(tally[0], document_id="2009-05-07/960"), date(2009, 5, 7)
    assert len(set(_merged(nine, same_week))) == 1  # the same two sentences a few days apart: one event


def test_a_sentence_copied_weeks_later_is_still_one_event() -> None:
    """The 30 June page reprints 16 June's "Three cases have been recorded in Wales": a copy joins
    reports however far apart."""
    wales = "Three cases have been recorded in Wales."
    first, second = _merged(
        _event("2009-06-16/12", wales, "record"),
        _event("2009-06-30/348", wales, "record"),
    )
    assert first == second

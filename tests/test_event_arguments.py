"""Who acts and what is acted on, as the nouns of each role ("police wearing masks"), and reports of
one broad predicate about different unnamed people or things kept apart. Sentences are from the
Timeline17 articles of H1N1_bbc and bpoil_bbc, each quoted where it is used
(`evaluation/judged/entries6.md`, "Merge round 7, events30")."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from conftest import entries_of, events_of
from storyline.extract import event_arguments
from storyline.merge import pair_rules
from storyline.merge.entries import Merger
from storyline.merge.similarity import ONE_PERSON, roles, signature
from storyline.model import Mention

POLICE = "Local TV footage showed police wearing masks guarding the hotel exits."  # H1N1_bbc, 2 May
STAFF = (  # the same article, the next paragraph
    "Medical staff wearing protective clothing were seen carrying boxes of equipment into the building."
)
PASSENGERS = "Buses are half-empty, with most passengers wearing face masks."  # H1N1_bbc, 29 April
INSPECTORS = "A team of Chinese health inspectors wearing masks then boarded the plane."  # H1N1_bbc, 29 May


def _arguments(pipeline, text: str, predicate: str) -> list[str]:  # type: ignore[no-untyped-def]
    (event,) = [e for e in events_of(pipeline, text) if e.predicate == predicate]
    return event.arguments


def test_the_nouns_of_each_role(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _arguments(pipeline, POLICE, "wear") == ["agent|police", "patient|masks"]
    assert _arguments(pipeline, STAFF, "wear") == ["agent|staff", "patient|clothing"]  # a participle's noun
    assert _arguments(pipeline, INSPECTORS, "wear")[0] == "agent|inspectors health"  # the head first
    placed = (  # H1N1_bbc: the passive's subject is what is acted on
        "About 250 recruits and personnel at an army camp in the western Swiss canton of Fribourg were "
        "placed under quarantine after two recruits reported having flu symptoms."
    )
    assert _arguments(pipeline, placed, "place") == ["patient|recruits army camp personnel"]
    returned = (  # H1N1_bbc: a relative clause acts through the noun it describes
        "In South Korea, a 51-year-old woman who had recently returned from Mexico was confirmed as the "
        "country's first case, Yonhap news agency reported."
    )
    assert _arguments(pipeline, returned, "return") == ["agent|woman"]
    # bpoil_bbc: "A group of" brings its shrimpers; a name keeps its capitals
    shrimpers = (
        "A group of Louisiana shrimpers has already filed a lawsuit against BP and the owners of the rig, "
        "Transocean."
    )
    assert _arguments(pipeline, shrimpers, "file") == ["agent|group Louisiana shrimpers", "patient|lawsuit"]


def test_a_participle_set_off_after_an_object_is_told_of_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    """H1N1_bbc, 27 April: "ordered" hangs on "has" in the parse; what was ordered is the stockpile,
    not the masks of 1 May's "the government now ordering supplies of masks"."""
    stockpile = (
        "The UK Government already has a stockpile of Tamiflu, ordered as a precaution against a pandemic."
    )
    assert _arguments(pipeline, stockpile, "order") == ["patient|stockpile Tamiflu"]
    masks = (
        "The UK government has not stockpiled masks as part of its pandemic preparedness plan, although "
        "there have been reports of the government now ordering supplies of masks."
    )
    assert _arguments(pipeline, masks, "order")[-1] == "patient|supplies masks"


def test_one_person_told_by_other_words_is_not_another_participant(pipeline) -> None:  # type: ignore[no-untyped-def]
    """The Texas toddler of two H1N1_bbc articles: "The child" and "a Mexican two-year-old boy" are one
    person's words (`ONE_PERSON`), so their roles meet; "All three" are not the woman who returned."""
    child = (
        "The child - one of 91 cases of swine flu in the US - had been visiting relatives in Texas when he "
        "fell ill."
    )
    boy = "One death has been confirmed - that of a Mexican two-year-old boy who was visiting Texas."
    assert _agent(pipeline, child, "visit") == _agent(pipeline, boy, "visit") == ONE_PERSON
    three = "All three recently returned from Mexico, officials said."  # H1N1_bbc, 29 April
    woman = "A 51-year-old woman who had recently returned from Mexico."
    assert _agent(pipeline, three, "return") == {"three"}
    assert _agent(pipeline, woman, "return") == ONE_PERSON


def _agent(pipeline, text: str, predicate: str) -> frozenset[str]:  # type: ignore[no-untyped-def]
    return {role: keys for role, keys, _ in roles(tuple(_arguments(pipeline, text, predicate)))}["agent"]


def _wearing(mention: Mention) -> bool:
    start, end = mention.event_start or 0, mention.event_end or 0
    return mention.text[start - mention.start : end - mention.start] == "wearing"


@pytest.mark.parametrize("rule", [True, False])
def test_one_page_s_people_wearing_masks_are_different_events(pipeline, monkeypatch, rule: bool) -> None:  # type: ignore[no-untyped-def]
    """Police at the hotel exits and medical staff going in, told one after the other by one article,
    join as one event without the rule (`_other_arguments`: one article tells one event again with
    the same word) and stay apart with it; two other days' articles tell "wearing" too, so the word
    recurs in the collection."""
    if not rule:
        monkeypatch.setattr(pair_rules, "_other_arguments", lambda *_: False)
    articles = [
        (date(2009, 4, 29), PASSENGERS),
        (date(2009, 5, 2), f"{POLICE} {STAFF}"),
        (date(2009, 5, 29), INSPECTORS),
    ]
    entries = entries_of(pipeline, *articles, secondary=True)  # "wearing" beside the sentences' main verbs
    told = {m.sentence: e.id for e in entries for m in e.mentions if _wearing(m)}
    assert {POLICE, STAFF} <= told.keys()
    assert (told[POLICE] != told[STAFF]) is rule


def test_other_words_for_one_participant_are_alike_other_people_are_not() -> None:
    """bpoil_bbc: "The firm has said that it welcomes new investors" retells BP's "We welcome new
    shareholders", and the well that "poses no further risk" the one that "poses no continuing threat";
    the police and the medical staff at one hotel are other people (`ROLE_ALIKE`)."""
    assert pair_rules._nouns_alike("investors", "shareholders") >= pair_rules.ROLE_ALIKE
    assert pair_rules._nouns_alike("risk", "threat") >= pair_rules.ROLE_ALIKE
    assert pair_rules._nouns_alike("police", "staff") < pair_rules.ROLE_ALIKE


MEXICO_CITY = (  # H1N1_bbc, 29 April
    "The capital , Mexico City , has banned restaurants and cafes from serving all food except takeaways to "
    "try to prevent the spread of the virus ."
)
WHO_CAUTION = (
    "But the WHO also urged caution , saying measures like travel bans were unlikely to prove effective ."
)
BETWEEN = (  # the same article's paragraphs between the two
    "Schools across the country have closed , public gatherings are restricted and archaeological sites have "
    "been placed off-limits . People have been canceling beautician appointments , wary of close physical "
    "contact , Reuters news agency reports . The World Health Organisation has called a meeting of "
    "scientific experts for Wednesday to discuss the situation and the exact nature of the outbreak ."
)
TRAVEL_BANS = "The WHO has said measures like travel bans were unlikely to prove effective ."  # H1N1_bbc
PORK = (  # H1N1_bbc, 27 April
    "Russia has banned imports of raw pork and pork products from Mexico and the US states of California , "
    "Texas and Kansas until further notice as a precaution ."
)
PANIC_MEASURES = (  # H1N1_bbc, 11 June
    "It is concerned not to trigger panic measures such as border closures and travel bans and is expected "
    "to advocate careful medical management , including the moderate use of anti-viral drug tamiflu ."
)


def test_an_eventive_noun_s_kind_is_what_it_acts_on(pipeline) -> None:  # type: ignore[no-untyped-def]
    """The noun compounded with an eventive noun names its kind: "travel bans" ban travel, as "has banned
    restaurants and cafes" bans restaurants."""
    assert _arguments(pipeline, TRAVEL_BANS, "ban") == ["patient|travel"]
    assert _arguments(pipeline, MEXICO_CITY, "ban") == ["agent|capital", "patient|restaurants cafes"]


def _told_ban(mention: Mention) -> bool:
    start, end = mention.event_start or 0, mention.event_end or 0
    return mention.text[start - mention.start : end - mention.start].startswith("ban")


@pytest.mark.parametrize("rule", [True, False])
def test_a_restaurant_ban_is_not_the_travel_bans(pipeline, monkeypatch, rule: bool) -> None:  # type: ignore[no-untyped-def]
    """Seed 120's S2 on H1N1_bbc: one 29 April article tells Mexico City's ban on restaurants and, a few
    paragraphs on, the WHO's caution on travel bans; "ban" is told on three days, and the noun had no
    argument, so the two joined as one event of the article (`_other_arguments` compares only roles
    both fill). With the rule (`_kinds`) travel is what the bans act on, and they stay apart."""
    if not rule:
        monkeypatch.setattr(event_arguments, "_kinds", lambda *_: [])
    articles = [
        (date(2009, 4, 27), PORK),
        (date(2009, 4, 29), f"{MEXICO_CITY} {BETWEEN} {WHO_CAUTION}"),
        (date(2009, 4, 29), TRAVEL_BANS),
        (date(2009, 6, 11), PANIC_MEASURES),
    ]
    entries = entries_of(pipeline, *articles, secondary=True)
    told = {m.sentence: e.id for e in entries for m in e.mentions if _told_ban(m)}
    assert {MEXICO_CITY, WHO_CAUTION} <= told.keys()
    assert (told[MEXICO_CITY] != told[WHO_CAUTION]) is rule


def test_an_eventive_noun_is_told_of_whom_by_of_and_that_of(pipeline) -> None:  # type: ignore[no-untyped-def]
    """The Texas toddler (H1N1_bbc, 4 May): the death is "that of" a boy, who becomes the death's
    agent ("the boy died"), described person and, with the place of his relative clause, its
    participants; so is Jacqueline Fleming (16 June). A thing told of takes no role: the site may
    be evacuated as ships evacuate (bpoil_bbc, 23 July, beside "ships evacuated the Gulf")."""
    boy = "One death has been confirmed - that of a Mexican two-year-old boy who was visiting Texas."
    (death,) = [e for e in events_of(pipeline, boy) if e.predicate == "death"]
    assert death.arguments == ["agent|boy"]
    assert death.persons == ["boy|male|2"]
    assert "Texas" in death.participants
    fleming = (
        "There has been one death, that of 38-year-old Jacqueline Fleming, a mother who gave birth "
        "prematurely after contracting the virus."
    )
    assert _arguments(pipeline, fleming, "death") == ["agent|Fleming Jacqueline"]
    site = (
        "Permission for BP to test the well was conditional on seismic, acoustic and visual monitoring - "
        "all of which will stop during the evacuation of the site."
    )
    assert _arguments(pipeline, site, "evacuation") == []


GHANA = (  # H1N1_bbc, 1 May
    "Egypt has begun a mass slaughter of its pigs , and Ghana is the latest country to ban pork imports as a "
    "precaution against swine flu ."
)
PORK_THREE = (  # H1N1_bbc, 27 April, another article
    "Russia , China and Thailand have banned imports of raw pork and pork products from Mexico and parts of "
    "the US ."
)


def test_the_first_or_latest_to_act_is_the_copula_s_subject(pipeline) -> None:  # type: ignore[no-untyped-def]
    """ "Ghana is the latest country to ban pork imports" tells Ghana banning: the infinitive of a ranked
    noun ("the latest country") acts through the copula's subject; the passive's subject is acted on."""
    assert _arguments(pipeline, GHANA, "ban") == ["agent|Ghana", "patient|imports pork"]
    germany = (  # H1N1_bbc, 29 April
        "Germany has become the latest country to confirm cases of the H1N1 virus , reporting three "
        "sufferers ."
    )
    assert _arguments(pipeline, germany, "confirm")[0] == "agent|Germany"
    added = (  # MJ_bbc: the passive's subject
        "Ms Jackson is the latest act to be added to the bill for the Michael Forever concert at the "
        "Millennium Stadium on 8 October ."
    )
    assert _arguments(pipeline, added, "add") == ["patient|Jackson Ms"]


@pytest.mark.parametrize("rule", [True, False])
def test_the_latest_country_to_ban_is_not_russia_s_ban(pipeline, monkeypatch, rule: bool) -> None:  # type: ignore[no-untyped-def]
    """Seed 190's S24 on H1N1_bbc: Ghana's ban had no agent, so nothing told it from Russia's, whose
    entry it joined (margin 0.022); with Ghana its doer (`_first_to_act`) the two named doers are
    two bans (`_other_agents`). "ban" is told on several days (`RECURRING_DAYS`)."""
    if not rule:
        monkeypatch.setattr(event_arguments, "_first_to_act", lambda *_: [])
    days = ((date(2009, 4, 27), PORK), (date(2009, 4, 29), TRAVEL_BANS), (date(2009, 5, 1), GHANA))
    bans = [
        (replace(e, document_id=str(day)), day)  # one article a day
        for day, text in days
        for e in events_of(pipeline, text)
        if e.predicate == "ban"
    ]
    merger = Merger()
    merger.foresee(bans)
    (russia, _), (ghana, _) = bans[0], bans[-1]
    mine = signature(ghana, published=date(2009, 5, 1))
    theirs = signature(russia, published=date(2009, 4, 27))
    assert pair_rules._other_agents(mine, theirs, merger, merger.sentence_similarity(mine, theirs)) is rule

"""Merging on real collections: a word a collection uses for many different happenings, or a long
page uses in many places, does not make one event of them. Sentences are from the Timeline17
articles (H1N1_bbc, bpoil_bbc), each quoted where it is used; their mentions are built by hand, so
that only the merging rules are tested."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from storyline.merge.entries import NARROW_DAYS, Merger
from storyline.merge.entry_building import entry_id
from storyline.merge.pair_rules import NEAR_CHARS
from storyline.model import Event, Tense

BLOG = "2009-06-30/348"  # a live blog on swine flu: one page, many topics


def _event(document: str, start: int, text: str, predicate: str, day: date, *names: str) -> Event:
    return Event(
        document, start, start + len(text), text, text, day.isoformat(), False, Tense.PAST,
        predicate=predicate, event_start=start, event_end=start + 3, participants=list(names),
    )  # fmt: skip


def _add(merger: Merger, event: Event, context: frozenset[str] = frozenset()) -> str:
    return merger.add(event, context, date.fromisoformat(event.date or "")).id


DAY = date(2009, 6, 30)
WHAT_HAPPENS = (
    "With the southern hemisphere moving into its peak winter flu season, it will be vital to "
    "keep a close watch on what happens there in the months ahead."
)
AS_HAS_HAPPENED = "But there won't be a recommendation for quarantining whole families as has happened."


def test_one_word_far_apart_in_a_long_page_is_two_events() -> None:
    far = Merger()
    first = _add(far, _event(BLOG, 0, WHAT_HAPPENS, "happen", DAY))
    assert _add(far, _event(BLOG, NEAR_CHARS + 1000, AS_HAS_HAPPENED, "happen", DAY)) != first
    near = Merger()  # one passage: one article's word is one event, as before (ECB+ rewards it)
    first = _add(near, _event(BLOG, 0, WHAT_HAPPENS, "happen", DAY))
    assert _add(near, _event(BLOG, 600, AS_HAS_HAPPENED, "happen", DAY)) == first


def test_far_apart_in_a_long_page_one_event_still_joins_when_the_same_people_are_named() -> None:
    """bpoil_bbc 2010-06-15: the live coverage of Obama's first Oval Office address."""
    page = "2010-06-15/1832"
    day = date(2010, 6, 15)
    merger = Merger()
    merger.names.see(frozenset({"BP"}))
    addressed = _event(
        page, 0,
        "After two days visiting areas of the Gulf Coast affected by the BP oil leak, US President "
        "Barack Obama has addressed the nation live from the Oval Office inside the White House.",
        "address", day, "Barack Obama",
    )  # fmt: skip
    closing = _event(
        page, 3780,
        "That's it for President Obama's first address to the nation from the Oval Office and Robert "
        "Gibbs's live question session.",
        "address", day,
    )  # fmt: skip
    assert _add(merger, closing) == _add(merger, addressed)


def test_an_entry_whose_reports_in_the_article_lie_elsewhere_in_it_does_not_take_a_mention() -> None:
    """A stray joins an entry through another article while the entry's own reports in the stray's
    article are far from it: "Imagine if what's happening in the west Midlands ..." (348) is not
    what the entry of "what happens in the southern hemisphere" tells, though a copy of the blog
    post (1100) puts a sentence of it near the stray."""
    merger = Merger()
    first = _add(merger, _event(BLOG, 0, WHAT_HAPPENS, "happen", DAY))
    _add(merger, _event("2009-06-30/1100", 0, WHAT_HAPPENS, "happen", DAY))
    midlands = (
        "Imagine if what's happening in the west Midlands gets repeated at hospitals across the UK "
        "as the virus spreads."
    )
    assert _add(merger, _event(BLOG, 20_000, midlands, "happen", DAY)) != first


RUSSIA = (
    "Russia has banned imports of raw pork and pork products from Mexico and the US states of "
    "California, Texas and Kansas until further notice as a precaution."
)
GHANA = (
    "Egypt has begun a mass slaughter of its pigs, and Ghana is the latest country to ban pork "
    "imports as a precaution against swine flu."
)
OTHER_BANS = [  # bans of other days of the story (H1N1_bbc and bpoil_bbc), each its own event
    "The capital, Mexico City, has banned restaurants and cafes from serving all food except takeaways "
    "to try to prevent the spread of the virus.",
    "Imports of pigs and pork products have been completely banned.",
    "All shipments received after 21 April will be subject to the ban.",
    "But the WHO also urged caution, saying measures like travel bans were unlikely to prove effective.",
    "Russia will retain bans imposed on imports of raw pork from countries affected.",
    "Some environmentalists are calling for a ban on offshore drilling.",
    "Senators from coastal states have proposed a ban on oil drilling on the Pacific coast.",
    "Mr Axelrod announced the ban on drilling in new areas on ABC's Good Morning America program.",
    "A month ago, the administration said it was willing to lift a decades-old ban on offshore drilling.",
    "Meanwhile, BP have said a ban on offshore oil drilling may impede its ability to pay for the damage.",
    "Already fleets used to deeper water - where the spill is - have been banned from fishing in "
    "coastal waters and must head further afield.",
    "A congressional committee has agreed measures that would ban the firm from new offshore drilling "
    "for seven years.",
    "Several US senators have proposed a ban on drilling off the Pacific coast.",
    "The authorities have banned imports of pork and pork products.",
]
STORY = frozenset({"Mexico", "World Health Organization", "United States"})


def _bans(broad: bool, foreseen: bool = False) -> tuple[str, str, str]:
    merger = Merger()
    start = date(2009, 3, 1)  # weeks before: none of them can be the same ban as these two
    others = [
        _event(f"other-{index}", 0, sentence, "ban", start + timedelta(days=index if broad else 0))
        for index, sentence in enumerate(OTHER_BANS)
    ]
    russia = _event("2009-04-27/156", 0, RUSSIA, "ban", date(2009, 4, 27))
    ghana = _event("2009-05-01/1084", 0, GHANA, "ban", date(2009, 5, 1))
    if foreseen:  # a batch's other mentions, merged after these two: counted beforehand
        merger.foresee((event, date.fromisoformat(event.date or "")) for event in others)
    else:
        for event in others:
            _add(merger, event, STORY)
    russia_id = _add(merger, russia, STORY | {"Russia"})
    return russia_id, _add(merger, ghana, STORY | {"Ghana"}), entry_id(ghana)


def test_a_kind_of_event_told_on_many_days_needs_its_sentences_or_participants_to_agree() -> None:
    """Russia's pork ban (27 April) and Ghana's (1 May) are two bans; the story's names and the word
    "ban" are all they share. Where the collection tells of bans on many days, they stay apart; a
    collection that tells of them on one day (ECB+ has no dates) still joins them as before."""
    assert len(OTHER_BANS) > NARROW_DAYS
    _, ghana, alone = _bans(broad=True)
    assert ghana == alone  # an entry of its own: no other day's ban either
    _, ghana, alone = _bans(broad=True, foreseen=True)
    assert ghana == alone
    russia, ghana, _ = _bans(broad=False)
    assert ghana == russia


def test_the_days_a_kind_of_event_is_told_on_outlast_the_run_that_counted_them(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A store grows run by run: the next run meets the breadth its collection already has, and a
    kind told on more days than make the floor whole keeps no more of them."""
    import json

    from storyline.merge.entries import BROAD_DAYS
    from storyline.merge.pair_rules import CROWD_EXEMPT

    counted = Merger()
    for offset in range(BROAD_DAYS + 20):
        day = DAY + timedelta(days=offset)
        counted.foresee([(_event(f"d{offset}", 0, WHAT_HAPPENS, "happen", day), day)])
    saved = json.loads(json.dumps(counted.days_told()))
    assert len(saved["happen"]) == BROAD_DAYS and counted.breadth_floor("happen") == CROWD_EXEMPT
    later = Merger()
    assert later.breadth_floor("happen") == 0.0
    later.remember_days(saved)
    assert later.breadth_floor("happen") == CROWD_EXEMPT


def test_ingest_keeps_the_days_told_in_the_store(isolated_pipeline, tmp_path) -> None:  # type: ignore[no-untyped-def]

    from conftest import SEEDS
    from storyline.pipeline import ingest
    from storyline.store import Store

    with Store(tmp_path / "store.db") as store:
        ingest([SEEDS], store, isolated_pipeline)
    with Store(tmp_path / "store.db") as store:
        saved = store.days_told()
    assert saved and all(days == sorted(set(days)) for days in saved.values())
    assert any(len(days) >= 2 for days in saved.values())  # the sample articles tell some kinds on two days


# H1N1_bbc: a count of Scotland's cases (15 June) and a death in Scotland (30 June), both told with
# the broad word "infect" / "infection", and the place their only name in common
SCOTLAND_500 = "Swine flu has now infected almost 500 people in Scotland alone, out of 1,261 cases in the UK."
MILD_INFECTION = (
    "The death of a woman suffering from H1N1 swine flu in Scotland is a sad reminder that this is not "
    "always a mild infection."
)  # 2009-06-30/348
SCOTTISH_CASES = "Thirty-five new cases of swine flu in Scotland were confirmed on Sunday."  # 2009-06-15/1100
IN_HOSPITAL = "10 of the confirmed cases in Scotland are in hospital, including three in intensive care."


def _in(place: str, event: Event, main: bool = True) -> Event:
    """A mention naming the place; one told in passing (not `main`) may be of any earlier day."""
    return replace(event, places=[place], participants=[place], main=main)


def _told_on_many_days(predicate: str) -> Merger:
    merger = Merger()
    merger.remember_days({predicate: [(DAY - timedelta(days=n)).isoformat() for n in range(60)]})
    for _ in range(3):  # Scotland is named by few of the collection's articles: a telling name
        merger.names.see(frozenset({"Mexico"}))
    merger.names.see(frozenset({"Scotland"}))
    return merger


def test_a_place_both_reports_name_does_not_make_one_event_of_a_broad_word() -> None:
    """Scotland is where the flu keeps infecting people: almost 500 infected (15 June) is not the
    woman's death (30 June), nor are Sunday's 35 new cases (15 June) the 10 in hospital (30 June)."""
    told = (("infect", SCOTLAND_500, MILD_INFECTION), ("confirm", SCOTTISH_CASES, IN_HOSPITAL))
    for predicate, first, second in told:
        merger = _told_on_many_days(predicate)
        earlier = _in("Scotland", _event("2009-06-15/1100", 0, first, predicate, date(2009, 6, 15)))
        later = _in("Scotland", _event("2009-06-30/348", 0, second, predicate, DAY), main=False)
        assert _add(merger, later) != _add(merger, earlier)

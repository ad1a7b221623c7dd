"""A deed told in the present perfect is in force by the page's day ("health officials have declared a
public health emergency"), a declaration with an object is the act, not a report of words, a
hyphenated participle ("low-lying") describes, and two named doers of one broad act are two events.
Sentences are from the Timeline17 articles of H1N1_bbc and bpoil_bbc, each quoted where it is used
(`evaluation/judged/entries6.md`, "Merge round 12, events41")."""

from __future__ import annotations

from datetime import date

from conftest import events_of, foreseen_mentions
from storyline.merge import pair_rules
from storyline.merge.similarity import overlaps, sentence_similarity, signature, time_interval
from storyline.model import Event

US_DECLARED = (  # H1N1_bbc, 27 April
    "A public health emergency has been declared in the US, where 20 people are confirmed to have caught the "
    "virus."
)
US_HAVE_DECLARED = (  # H1N1_bbc, 5 May
    "The US was the second country to confirm flu cases - health officials have declared a public health "
    "emergency."
)
FIRST, LATER = date(2009, 4, 27), date(2009, 5, 5)


def _declared(pipeline, text: str, published: date) -> Event:  # type: ignore[no-untyped-def]
    (event,) = [e for e in events_of(pipeline, text, published) if e.predicate == "declare"]
    return event


def test_a_deed_in_the_present_perfect_may_be_of_any_day_before_the_page(pipeline) -> None:  # type: ignore[no-untyped-def]
    """The emergency declared in the US, told on 27 April and again on 5 May: the later page's
    "have declared" is in force, not news of its last week, so its time meets the first report's."""
    first, later = _declared(pipeline, US_DECLARED, FIRST), _declared(pipeline, US_HAVE_DECLARED, LATER)
    assert later.main and later.timex is None
    assert time_interval(later, LATER) == (date.min, LATER)
    assert overlaps(time_interval(first, FIRST), time_interval(later, LATER))
    sank = "The Deepwater Horizon rig sank two days after the explosion."  # bpoil_bbc: a lead in the past
    (lead,) = [e for e in events_of(pipeline, sank, date(2010, 4, 24)) if e.predicate == "sink"]
    assert time_interval(lead, date(2010, 4, 24)) == (date(2010, 4, 17), date(2010, 4, 24))


def test_a_deed_in_force_meets_an_older_report_only_in_its_words(pipeline) -> None:  # type: ignore[no-untyped-def]
    """Read as news of its page's last week, a deed in force would not meet a report of three weeks
    before: only a copy of the sentence tells the same deed (`_only_in_force`). "Three cases have been
    recorded in Wales" (H1N1_bbc, 16 June) is retold word for word by the 30 June live page; "The
    authorities appear to have learned the lessons of previous deadly virus outbreaks" (5 May, a
    country's authorities) is not "Many individual countries learned painful lessons" (27 April, an
    explainer of past pandemics)."""
    wales = "Three cases have been recorded in Wales."
    first, later = (
        signature(_told(pipeline, wales, "record", day), frozenset(), day)
        for day in (date(2009, 6, 16), date(2009, 6, 30))
    )
    assert not overlaps(first.news, later.news) and overlaps(first.when, later.when)
    assert not pair_rules._only_in_force(first, later, sentence_similarity(first, later))
    lessons = (
        "The authorities appear to have learned the lessons of previous deadly virus outbreaks such as the "
        "H5N1 avian flu and Sars (Severe Acute Respiratory Syndrome), and this time around have been quick "
        "to share information with the WHO."
    )
    learned = signature(_told(pipeline, lessons, "learn", LATER), frozenset(), LATER)
    painful = "Many individual countries learned painful lessons."
    earlier = signature(_told(pipeline, painful, "learn", FIRST), frozenset(), FIRST)
    assert overlaps(learned.when, earlier.when)  # in force: any day before 5 May
    assert not overlaps(learned.news, earlier.news)  # as news of the page's last week
    assert pair_rules._only_in_force(learned, earlier, sentence_similarity(learned, earlier))


def _told(pipeline, text: str, predicate: str, published: date) -> Event:  # type: ignore[no-untyped-def]
    (event,) = [e for e in events_of(pipeline, text, published) if e.predicate == predicate and e.main]
    return event


def test_a_declaration_with_an_object_is_the_act_not_a_report(pipeline) -> None:  # type: ignore[no-untyped-def]
    """ "have declared a public health emergency" makes the emergency (the declaration is the event),
    "has formally declared that the swine flu outbreak is now a global pandemic" (H1N1_bbc, 11 June)
    reports what was said."""
    assert not signature(_declared(pipeline, US_HAVE_DECLARED, LATER)).reporting
    assert not signature(_declared(pipeline, US_DECLARED, FIRST)).reporting
    said = (
        "The Director General of the World Health Organization, Margaret Chan, has formally declared that "
        "the swine flu outbreak is now a global pandemic."
    )
    assert signature(_declared(pipeline, said, date(2009, 6, 11))).reporting


def test_a_declaration_is_no_one_s_claim(pipeline) -> None:  # type: ignore[no-untyped-def]
    """H1N1_bbc, 18 June: "declared the outbreak a pandemic" is the WHO's act, the sentence's event
    (it had been read as a report of "pandemic" with the WHO as its source); "declared that" reports
    Dr Chan's words (11 June)."""
    act = "Last week, the World Health Organization (WHO) declared the outbreak a pandemic."
    (main,) = [e for e in events_of(pipeline, act, date(2009, 6, 18)) if e.main]
    assert main.predicate == "declare" and main.attribution is None
    assert not signature(main).reporting
    said = (
        "The Director General of the World Health Organization, Margaret Chan, has formally declared that "
        "the swine flu outbreak is now a global pandemic."
    )
    (main,) = [e for e in events_of(pipeline, said, date(2009, 6, 11)) if e.main]
    assert main.attribution is not None and main.attribution.source == "Margaret Chan"


def test_a_hyphenated_participle_tells_no_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    """bpoil_bbc, 6 May: "low-lying" describes the road (two places, a road and Louisiana, had joined
    on it); the sentence's event is the swells covering it. A verb with a prefix still tells one
    (bpoil_bbc, 19 July: "the well will be re-opened")."""
    road = "It is so low-lying that sea swells often cover the road."
    assert [e.predicate for e in events_of(pipeline, road) if e.main] == ["cover"]
    assert "lie" not in {e.predicate for e in events_of(pipeline, road)}
    louisiana = "Because Louisiana is so low-lying, even a category one storm can raise the water level."
    assert "lie" not in {e.predicate for e in events_of(pipeline, louisiana)}
    reopened = "If the test fails, the well will be re-opened and oil will flow out again."
    assert "open" in {e.predicate for e in events_of(pipeline, reopened)}


SUITS = (  # bpoil_bbc: a rig worker's suit, a lawyer's suits, the US government's suit
    (
        date(2010, 7, 6),
        "Tyrone Benton, who is now suing BP and Transocean, said both were informed of the leak.",
    ),
    (
        date(2010, 11, 8),
        'Daniel Becnel, a Louisiana lawyer who is suing BP, said the new findings were "absurd".',
    ),
    (
        date(2010, 12, 15),
        "The US is suing BP and eight other firms for allegedly violating federal safety rules.",
    ),
)
SAME_SUIT = (  # the same article of 15 December, the line before: the same doer
    date(2010, 12, 15),
    "The US government is suing BP and eight other firms over the Gulf of Mexico oil spill.",
)


def test_named_doers_of_a_broad_act_are_different_events(pipeline) -> None:  # type: ignore[no-untyped-def]
    """Three articles of three days tell "suing" of Tyrone Benton, of "a Louisiana lawyer" and of the
    US: seed 140 found the three in one entry, joined by BP and the story's names. Benton and the US
    are two named doers, neither written in the other's sentence (`_other_agents`); a person told by
    what they are may be the named one ("That worker is now suing both BP and the rig's owners" is
    Benton), and "The US government" is the US's own suit."""
    merger, (benton, becnel, us) = foreseen_mentions(pipeline, SUITS, "sue")
    assert merger.published_days("sue") == 3
    assert pair_rules._other_agents(benton, us, merger, merger.sentence_similarity(benton, us))
    assert pair_rules._margin(benton, us, merger) < 0
    assert not pair_rules._other_agents(benton, becnel, merger, merger.sentence_similarity(benton, becnel))
    merger, (*_, us, government) = foreseen_mentions(pipeline, (*SUITS, SAME_SUIT), "sue")
    assert not pair_rules._other_agents(us, government, merger, merger.sentence_similarity(us, government))

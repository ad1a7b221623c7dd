"""Merging within one article: a report whose word comes after "also" tells another event of the
kind the article told before it. Sentences are from the Timeline17 articles of bpoil_bbc, each
quoted where it is used; their mentions are built by hand, so that only the merging rule is tested."""

from __future__ import annotations

from datetime import date

from storyline.merge.entries import Merger
from storyline.merge.similarity import told_also
from storyline.model import Event, Tense

# bpoil_bbc 2010-04-29/1971: two lawsuits, one after the other
WORKERS = (
    "A lawsuit has already been filed against BP and Transocean on behalf of the 11 missing rig workers."
)
SHRIMPERS = (
    "Two Louisiana shrimpers have also filed a lawsuit for damages against all those operating the rig, "
    "including BP."
)
# bpoil_bbc 2010-04-30/1549: the shrimpers' lawsuit told the next day
GROUP = (
    "A group of Louisiana shrimpers has already filed a lawsuit against BP and the owners of the rig, "
    "Transocean."
)
FACING = "BP is also facing a raft of lawsuits, some of which have already been filed."  # 2010-06-14/209


def _filed(document: str, start: int, text: str, *names: str) -> Event:
    return _mention(document, start, text, "filed", "file", *names)


def _mention(
    document: str, start: int, text: str, word: str, predicate: str, *names: str, roles: tuple[str, ...] = ()
) -> Event:
    """The mention of `word` in a sentence at `start` of the article, dated by the article, with the
    arguments `roles` ("agent|Allen Mr": `event_arguments`)."""
    at = start + text.index(word)
    day = document.split("/")[0]
    return Event(
        document, start, start + len(text), text, text, day, False, Tense.PAST, predicate=predicate,
        event_start=at, event_end=at + len(word), participants=list(names), arguments=list(roles),
    )  # fmt: skip


def test_also_before_the_word_marks_another_of_its_kind() -> None:
    assert told_also(_filed("2010-04-29/1971", 1633, SHRIMPERS))
    assert not told_also(_filed("2010-04-29/1971", 1533, WORKERS))
    assert not told_also(_filed("2010-06-14/209", 754, FACING))  # "also" goes with "facing"


def test_a_lawsuit_also_filed_is_not_the_one_the_article_told_before() -> None:
    """The workers' lawsuit and the shrimpers' lawsuit are two; the shrimpers' lawsuit told again the
    next day is still the second."""
    merger = Merger()
    merger.names.see(frozenset({"BP", "Transocean", "Louisiana"}))
    merger.names.see(frozenset({"Mexico"}))

    def add(event: Event) -> str:
        return merger.add(event, frozenset({"BP", "Transocean"}), date.fromisoformat(event.date or "")).id

    workers = add(_filed("2010-04-29/1971", 1533, WORKERS, "BP", "Transocean"))
    shrimpers = add(_filed("2010-04-29/1971", 1633, SHRIMPERS, "Louisiana", "BP"))
    assert shrimpers != workers
    assert add(_filed("2010-04-30/1549", 4764, GROUP, "Louisiana", "BP", "Transocean")) == shrimpers


def test_also_in_someones_own_words_is_their_next_point_not_another_event() -> None:
    """bpoil_bbc 2010-07-27/919: the chairman's belief told, then quoted with his "also"."""
    merger = Merger()
    page, day = "2010-07-27/919", date(2010, 7, 27)
    told = (
        "BP's chairman said the costs estimate was based on the company's belief that it was not grossly "
        "negligent, and added the bill could be higher."
    )
    quoted = (
        '"That estimate is also based on our belief that we are not grossly negligent," BP chairman '
        "Carl-Henric Svanberg told the BBC's business editor Robert Peston."
    )
    events = [_mention(page, 301, told, "based", "base"), _mention(page, 1024, quoted, "based", "base")]
    assert told_also(events[1])
    first, second = (merger.add(event, frozenset({"BP"}), day).id for event in events)
    assert first == second


def test_the_same_agent_also_doing_the_same_act_to_the_same_thing_is_one_act_told_again() -> None:
    """bpoil_bbc 2010-08-02/293: a caption tells Allen's defence of the dispersants, the body tells it
    again after his other points ("also"): one agent, one patient, one act."""
    merger = Merger()
    page, day = "2010-08-02/293", date(2010, 8, 2)
    caption = "Thad Allen defended the use of chemical dispersants by BP to break up oil slicks"
    body = (
        "During Sunday's news conference, Mr Allen also defended the use of chemical dispersants by BP to "
        "break up oil slicks created by the spill, despite concerns expressed about their environmental "
        "impact."
    )
    events = [
        _mention(page, 1971, caption, "defended", "defend", "Thad Allen", "BP",
                 roles=("agent|Allen Thad", "patient|use chemical dispersants BP")),
        _mention(page, 2590, body, "defended", "defend", "Thad Allen", "BP",
                 roles=("agent|Allen Mr", "patient|use chemical dispersants BP")),
    ]  # fmt: skip
    assert told_also(events[1])
    first, second = (merger.add(event, frozenset({"BP", "Thad Allen"}), day).id for event in events)
    assert first == second


def test_also_of_the_same_people_and_thing_retells_the_act() -> None:
    """MJ_bbc 2011-10-04/115 tells the brothers' criticism in its lead and Jermaine's again further on:
    one act. Another thing ("the eye clinic" after "the specialist diabetic foot clinic", a radio
    listing of 2010-04-16/716) or an agent unnamed ("He", the second witness of 2011-10-13/948, after
    Dr Steinberg's review) is another."""
    merger = Merger()
    criticism, day = "2011-10-04/115", date(2011, 10, 4)
    lead = "Jermaine and Randy Jackson and a number of fan clubs have criticised the timing of the event."
    again = 'Jermaine Jackson also criticised the concert\'s "bad timing".'
    events = [
        _mention(criticism, 286, lead, "criticised", "criticise", "Jermaine Jackson", "Randy Jackson",
                 roles=("agent|Jermaine Jackson Randy number fan clubs", "patient|timing event")),
        _mention(criticism, 1831, again, "criticised", "criticise", "Jermaine Jackson",
                 roles=("agent|Jackson Jermaine", "patient|timing")),
    ]  # fmt: skip
    first, second = (merger.add(event, frozenset({"Michael Jackson"}), day).id for event in events)
    assert first == second
    listing, day = "2010-04-16/716", date(2010, 4, 16)
    foot = "Dr Mark Porter visits the specialist diabetic foot clinic at King's College Hospital in London."
    eye = "Mark also visits the eye clinic at King's College Hospital to see laser treatment in action."
    events = [
        _mention(listing, 41571, foot, "visits", "visit", "Mark Porter", "King's College Hospital", "London",
                 roles=("agent|Porter Dr Mark", "patient|clinic foot College Hospital")),
        _mention(listing, 42269, eye, "visits", "visit", "Mark Porter", "King's College Hospital",
                 roles=("agent|Mark", "patient|clinic eye College Hospital")),
    ]  # fmt: skip
    first, second = (merger.add(event, frozenset({"Mark Porter"}), day).id for event in events)
    assert first != second
    review, day = "2011-10-13/948", date(2011, 10, 13)
    steinberg = (
        "For much of the day cardiologist Dr Alon Steinberg was in the stand, describing how he had reviewed "
        "Dr Murray's own account of what happened the night Michael Jackson died, as told to a detective."
    )
    kamangar = (
        "He also reviewed Conrad Murray's account of what happened, and as a sleep medicine expert stressed "
        "propofol should not be used for insomnia."
    )
    events = [
        _mention(review, 2362, steinberg, "reviewed", "review", "Alon Steinberg", "Conrad Murray",
                 "Michael Jackson", roles=("patient|account",)),
        _mention(review, 3631, kamangar, "reviewed", "review", "Nader Kamangar", "Conrad Murray",
                 roles=("patient|account",)),
    ]  # fmt: skip
    first, second = (merger.add(event, frozenset({"Michael Jackson"}), day).id for event in events)
    assert first != second

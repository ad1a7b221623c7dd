"""Conflicts on articles made of Timeline17 sentences, run through the whole pipeline.

Each test quotes the sentences it reads; the articles are dated as the Timeline17 folders date
the originals, so year-less dates and claim dates resolve as they do on the corpus.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from storyline.analyse.actor_registry import ActorRegistry
from storyline.merge.conflicts import find_conflicts
from storyline.merge.figure_series import build_series
from storyline.model import Attribution, Conflict, DateSource, Document, Mention, Stance, Tense, content_id
from storyline.pipeline import Pipeline, build_entries
from test_conflicts import plain


def _conflicts(pipeline: Pipeline, *articles: tuple[date, str]) -> list[Conflict]:
    documents = [
        Document(content_id(text), text, f"{index}.txt", day, DateSource.FOLDER)
        for index, (day, text) in enumerate(articles)
    ]
    shared, pipeline.registry = pipeline.registry, ActorRegistry()
    try:
        entries = build_entries(documents, pipeline)
    finally:
        pipeline.registry = shared
    return find_conflicts(entries, build_series(entries))


APACHE = (
    "July 20 - BP says it has reached a deal to sell $7billion in assets to Apache Corp as it raises money "
    "to cover costs related to the spill.\n"
)


def test_a_year_less_day_read_in_a_later_year_is_no_date_conflict() -> None:
    """The same "July 20" line in a 2010 timeline and in a January 2011 one, the second read as
    2011-07-20 (as happened on bpoil_reuters): one event, a guessed year, no disagreement."""
    sentence = APACHE.strip()
    first = replace(plain("apache-2010", sentence, day="2010-07-20"), tense=Tense.PAST)
    second = replace(plain("apache-2011", sentence, day="2011-07-20"), tense=Tense.PAST)
    assert not [c for c in find_conflicts([first, second], []) if c.kind == "date"]
    moved = replace(plain("apache-21", sentence.replace("July 20", "July 21"), day="2010-07-21"))
    assert [c.kind for c in find_conflicts([first, moved], [])] == ["date"]


def test_soldiers_sent_and_police_stationed_are_not_one_figure(pipeline: Pipeline) -> None:
    found = _conflicts(
        pipeline,
        (
            date(2010, 1, 14),
            "The US army is sending up to 3,500 soldiers to Haiti, officials quoted by Reuters say.\n",
        ),
        (
            date(2010, 1, 14),
            "The Minustah mission has more than 9,000 police and troops stationed in Haiti, as well as 488 "
            "international civilian staff and local staff.\n",
        ),
    )
    assert not [c for c in found if c.kind == "figure"]


def test_a_denial_disputes_what_was_said_before_it_and_says_what(pipeline: Pipeline) -> None:
    found = _conflicts(
        pipeline,
        (
            date(2010, 5, 21),
            "U.S. lawmakers and scientists said the spill had eclipsed the 1989 Exxon Valdez disaster as "
            "the worst oil spill in U.S. history.\n",
        ),
        (
            date(2010, 5, 27),
            "McNutt declined to confirm that the BP spill has eclipsed the Exxon Valdez as the worst oil "
            "spill in U.S. history.\n",
        ),
    )
    (stance,) = [c for c in found if c.kind == "stance"]
    assert stance.first.stance == "could not confirm" and stance.second.date == "2010-05-21"
    assert "that the BP spill has eclipsed the Exxon Valdez" in stance.description
    assert stance.first.document != stance.second.document
    assert stance.first.end > stance.first.start and stance.second.end > stance.second.start


def _report(document: str, sentence: str, published: date, source: str, stance: Stance) -> Mention:
    attribution = Attribution(source, stance)
    return Mention(
        document, f"{document}.txt", 0, len(sentence), sentence, published, attribution=attribution
    )


def test_reports_of_one_event_that_doubt_each_other_within_an_entry() -> None:
    """One entry (the event "North Korea sent troops to Russia") reported by three articles."""
    nis = _report(
        "nis",
        "South Korea's National Intelligence Service reported that North Korea had already sent 1,500 "
        "special forces troops to Russia to assist in the war.",
        date(2024, 10, 19),
        "South Korea's National Intelligence Service",
        Stance.REPORTED,
    )
    austin = _report(
        "austin",
        "Lloyd Austin, US Defence Secretary, stated on 19 October that he could not confirm reports that "
        "North Korea had sent troops to Russia.",
        date(2024, 10, 19),
        "Lloyd Austin",
        Stance.COULD_NOT_CONFIRM,
    )
    later = _report(
        "sk",
        "On Wednesday, South Korean intelligence reported that Pyongyang had sent 3,000 troops to Russia.",
        date(2024, 10, 23),
        "South Korean intelligence",
        Stance.REPORTED,
    )
    entry = replace(
        plain("sent", "North Korea had sent troops to Russia.", day="2024-10-18"),
        mentions=[nis, austin, later],
    )
    found = find_conflicts([entry], [])
    assert sorted((c.kind, c.second.source) for c in found) == [
        ("revision", "South Korean intelligence"),
        ("stance", "South Korea's National Intelligence Service"),
    ]
    stance = next(c for c in found if c.kind == "stance")
    assert (stance.first.document, stance.first.start, stance.first.end) == ("austin", 0, len(austin.text))
    assert "North Korea had sent troops to Russia" in stance.description

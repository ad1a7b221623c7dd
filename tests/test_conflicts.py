"""Conflicts on hand-built timeline entries: figures, dates and stances (sentences from the samples)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from storyline.merge.conflicts import find_conflicts, interval
from storyline.merge.figure_series import build_series
from storyline.model import Attribution, Entry, Mention, Stance, Tense
from storyline.present.conflicts_view import conflicts_to_json
from test_figure_series import BUDANOV, LEAK, NIS, SOUTH_KOREA, ZELENSKYY, entry


def plain(
    entry_id: str,
    sentence: str,
    *,
    day: str | None,
    source: str | None = None,
    stance: Stance = Stance.STATED,
    actors: list[str] | None = None,
    title: str | None = None,
) -> Entry:
    return Entry(
        id=entry_id,
        date=day,
        date_inferred=False,
        tense=Tense.PAST,
        summary=sentence,
        actors=actors or [],
        attribution=Attribution(source, stance, source_title=title) if source else None,
        figures=[],
        mentions=[
            Mention(f"doc-{entry_id}", f"{entry_id}.txt", 0, len(sentence), sentence, date(2024, 10, 26))
        ],
    )


def conflicts(entries: list[Entry]):  # type: ignore[no-untyped-def]
    return find_conflicts(entries, build_series(entries))


AUSTIN = plain(
    "austin",
    "Lloyd Austin, US Defence Secretary, stated on 19 October that he could not confirm reports that North "
    "Korea had sent troops to Russia for participation in the war against Ukraine.",
    day="2024-10-19",
    source="Lloyd Austin",
    stance=Stance.COULD_NOT_CONFIRM,
    title="US Defence Secretary",
    actors=["Lloyd Austin", "North Korea", "Russia", "Ukraine"],
)


def test_austin_could_not_confirm_what_the_south_korean_services_reported() -> None:
    south_korea = replace(
        SOUTH_KOREA, actors=["South Korean intelligence", "North Korea", "Russia", "Ukraine"]
    )
    every = conflicts([AUSTIN, NIS, south_korea, BUDANOV, ZELENSKYY])
    found = [c for c in every if c.kind == "stance"]
    assert {c.second.entry_id for c in found} == {"nis"}
    (revision,) = [c for c in every if c.kind == "revision"]  # reported on 23 October, after the doubt
    assert revision.second.entry_id == "sk" and "revision" in revision.description
    for conflict in found:
        assert conflict.first.source == "Lloyd Austin"
        assert conflict.first.text.startswith("Lloyd Austin, US Defence Secretary")
        assert "could not confirm" in conflict.description
        assert conflict.entry_ids() == ["austin", conflict.second.entry_id]


def test_a_revision_over_time_is_not_a_conflict() -> None:
    assert not [c for c in conflicts([NIS, SOUTH_KOREA, *LEAK]) if c.kind == "figure"]


def same_day_estimates(bp_value: float, approximate: bool = False) -> list[Entry]:
    sentence = "Scientists said the leak was spewing about 70,000 barrels per day."
    scientists = entry(
        "scientists",
        sentence,
        "about 70,000 barrels per day",
        value=70000,
        kind="barrels per day",
        predicate="leaking",
        published=date(2010, 5, 14),
        source="scientists",
        approximate=True,
    )
    bp = entry(
        "bp",
        f"BP said {bp_value:,.0f} barrels a day were leaking from the well.",
        f"{bp_value:,.0f} barrels a day",
        value=bp_value,
        kind="barrels per day",
        predicate="leaking",
        published=date(2010, 5, 14),
        source="BP",
        approximate=approximate,
    )
    return [scientists, bp]


def test_two_claimants_differing_on_the_same_day_conflict_with_both_spans() -> None:
    (conflict,) = [c for c in conflicts(same_day_estimates(5000)) if c.kind == "figure"]
    assert "2010-05-14" in conflict.description
    assert {conflict.first.text, conflict.second.text} == {
        "about 70,000 barrels per day",
        "5,000 barrels a day",
    }
    assert {conflict.first.source, conflict.second.source} == {"scientists", "BP"}
    assert conflict.series_id is not None
    assert conflicts_to_json([conflict])[0]["kind"] == "figure"


def test_figures_within_their_stated_approximation_agree() -> None:
    assert not [c for c in conflicts(same_day_estimates(60000, approximate=True)) if c.kind == "figure"]


def test_interval_reads_bounds_and_approximation() -> None:
    (point,) = build_series([ZELENSKYY])[0].points
    assert interval(point) == (8000, 12000)


def test_a_retrospective_mention_is_not_a_same_day_claim() -> None:
    scientists, _ = same_day_estimates(5000)
    retrospective = entry(
        "initially",
        "When the leak was first announced, BP initially said 1,000 barrels a day were being leaked.",
        "1,000 barrels a day",
        value=1000,
        kind="barrels per day",
        predicate="leaking",
        published=date(2010, 5, 14),
        source="BP",
    )
    assert not [c for c in conflicts([scientists, retrospective]) if c.kind == "figure"]


def test_the_same_event_dated_differently_by_two_sources() -> None:
    first = plain(
        "exploded-20",
        "The Deepwater Horizon drilling rig exploded on 20 April off the coast of Louisiana, killing 11 "
        "workers.",
        day="2010-04-20",
    )
    second = plain(
        "exploded-21",
        "The Deepwater Horizon drilling rig exploded on April 21 off the coast of Louisiana, killing 11 "
        "workers.",
        day="2010-04-21",
    )
    other_event = plain(
        "sank",
        "The Deepwater Horizon rig sank on 22 April, two days after a huge explosion.",
        day="2010-04-22",
    )
    (conflict,) = [c for c in conflicts([first, second, other_event]) if c.kind == "date"]
    assert set(conflict.entry_ids()) == {"exploded-20", "exploded-21"}
    assert "2010-04-20" in conflict.description and "2010-04-21" in conflict.description


def test_a_date_taken_from_the_report_is_not_a_date_conflict() -> None:
    first = plain(
        "a", "The Deepwater Horizon drilling rig exploded off the coast of Louisiana.", day="2010-04-20"
    )
    second = plain(
        "b", "The Deepwater Horizon drilling rig exploded off the coast of Louisiana.", day="2010-04-21"
    )
    assert not [c for c in conflicts([first, second]) if c.kind == "date"]


def test_daily_round_ups_of_different_days_are_not_date_conflicts() -> None:
    def round_up(entry_id: str, text: str, day: str) -> Entry:
        one = plain(entry_id, text, day=day)
        published = date.fromisoformat(day)
        return replace(one, mentions=[replace(one.mentions[0], publication_date=published)])

    first = round_up(
        "may-25",
        "A summary of events on Tuesday, May 25, Day 34 of the Gulf of Mexico oil spill that began with the "
        "April 20 explosion.",
        "2010-05-25",
    )
    second = round_up(
        "may-28",
        "A summary of events on Friday, May 28, Day 37 of the Gulf of Mexico oil spill that began with the "
        "April 20 explosion.",
        "2010-05-28",
    )
    assert not [c for c in conflicts([first, second]) if c.kind == "date"]

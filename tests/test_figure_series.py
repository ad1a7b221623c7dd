"""Figure series on hand-built timeline entries (sentences quoted from the sample articles and bpoil)."""

from __future__ import annotations

from datetime import date
from io import StringIO
from typing import Any

from rich.console import Console

from conftest import figure_entry
from storyline.merge.conflicts import find_conflicts
from storyline.merge.figure_series import build_series, claim_date, subject_key
from storyline.model import Attribution, Entry, Stance, Tense
from storyline.present.figures_view import (
    format_value,
    render_series_detail,
    series_sparkline,
    series_to_csv,
    series_to_json,
    series_to_markdown,
    sparkline,
    touching,
)


def entry(
    entry_id: str,
    sentence: str,
    figure_text: str,
    *,
    value: float,
    kind: str,
    predicate: str,
    day: str | None = None,
    published: date = date(2024, 10, 26),
    **claim: Any,
) -> Entry:
    """A report 100 characters into its article (`figure_entry`), dated `day` if given."""
    return figure_entry(
        entry_id,
        sentence,
        figure_text,
        value=value,
        kind=kind,
        predicate=predicate,
        published=published,
        day=day,
        at=100,
        **claim,
    )


NIS = entry(
    "nis",
    "South Korea’s National Intelligence Service reported that North Korea had already sent 1,500 "
    "special forces troops to Russia to assist in the war, and they have arrived in Russian territory.",
    "1,500 special forces troops",
    value=1500,
    kind="personnel",
    predicate="sent",
    subject="North Korea",
    published=date(2024, 10, 19),
    source="South Korea's National Intelligence Service",
)
SOUTH_KOREA = entry(
    "sk",
    "On Wednesday, South Korean intelligence reported that Pyongyang had sent 3,000 troops to Russia to "
    "support Russian forces in their war against Ukraine.",
    "3,000 troops",
    value=3000,
    kind="personnel",
    predicate="sent",
    day="2024-10-23",
    source="South Korean intelligence",
)
ZELENSKYY = entry(
    "zel",
    "On 17 October, Zelenskyy specified that Russia intended to involve about 10,000 soldiers from "
    "North Korea in the war against Ukraine.",
    "about 10,000 soldiers from North Korea",
    value=10000,
    kind="personnel",
    predicate="intended",
    subject="North Korea",
    day="2024-10-17",
    source="Volodymyr Zelenskyy",
    stance=Stance.STATED,
    approximate=True,
)
BUDANOV = entry(
    "bud",
    "On 18 October, Kyrylo Budanov, Head of Defence Intelligence of Ukraine, confirmed that about 11,000 "
    "North Korean infantrymen were currently undergoing training in Russia’s east.",
    "about 11,000 North Korean infantrymen",
    value=11000,
    kind="personnel",
    predicate="training",
    subject="North Korean",
    day="2024-10-18",
    source="Kyrylo Budanov",
    stance=Stance.CONFIRMED,
    approximate=True,
)


def test_troops_sent_intended_and_training_stay_apart() -> None:
    series = build_series([ZELENSKYY, SOUTH_KOREA, BUDANOV, NIS])
    by_predicate = {one.predicate: one for one in series}
    assert set(by_predicate) == {"sent", "intended", "training"}
    sent = by_predicate["sent"]
    assert [p.figure.value for p in sent.points] == [1500, 3000]
    assert [p.claimant for p in sent.points] == [
        "South Korea's National Intelligence Service",
        "South Korean intelligence",
    ]
    assert [p.claim_date for p in sent.points] == ["2024-10-19", "2024-10-23"]
    assert sent.label == "personnel sent (North Korea)"


def test_a_figure_without_subject_joins_the_only_named_subject() -> None:
    (sent,) = [s for s in build_series([SOUTH_KOREA, NIS]) if s.predicate == "sent"]
    assert sent.subject == "North Korea" and len(sent.points) == 2


def test_series_are_grouped_by_topic_and_ids_are_stable() -> None:
    first = build_series([ZELENSKYY, SOUTH_KOREA, BUDANOV, NIS])
    again = build_series([NIS, BUDANOV, SOUTH_KOREA, ZELENSKYY])
    assert [s.id for s in first] == [s.id for s in again]
    assert first[0].predicate == "sent"


def test_claim_date_is_the_statements_day_else_the_reports() -> None:
    assert claim_date(ZELENSKYY, ZELENSKYY.mentions[0]) == "2024-10-17"
    assert claim_date(NIS, NIS.mentions[0]) == "2024-10-19"


def test_state_and_demonym_share_a_subject_key() -> None:
    assert subject_key("North Korea") == subject_key("North Korean")
    assert subject_key("Russia") == subject_key("Russian")
    assert subject_key("Ukraine") == subject_key("Ukrainian")


LEAK = [
    entry(
        "landry",
        "Rear Admiral Mary Landry said 5,000 barrels a day were thought to be gushing into the sea off "
        "Louisiana.",
        "5,000 barrels a day",
        value=5000,
        kind="barrels per day",
        predicate="leaking",
        published=date(2010, 4, 29),
        source="Mary Landry",
    ),
    entry(
        "usgs",
        "But US government and independent scientists now estimate that the most likely flow rate of oil is "
        "between 35,000 and 60,000 barrels per day.",
        "between 35,000 and 60,000 barrels per day",
        value=35000,
        upper=60000,
        kind="barrels per day",
        predicate="leaking",
        published=date(2010, 6, 16),
        source="US government",
    ),
    entry(
        "april",
        "By contrast, an estimate announced by US officials on 26 April put the flow at just 1,000 barrels "
        "per day.",
        "just 1,000 barrels per day",
        value=1000,
        kind="barrels per day",
        predicate="leaking",
        day="2010-04-26",
        published=date(2010, 6, 16),
        source="US officials",
    ),
    entry(
        "funnel",
        "BP said earlier on Monday it was managing to funnel the equivalent of 1,000 barrels a day of oil "
        "from the blown well to a tanker ship.",
        "1,000 barrels a day of oil",
        value=1000,
        kind="barrels per day",
        predicate="collected",
        published=date(2010, 5, 17),
        source="BP",
    ),
]


def test_flow_rate_estimates_rise_in_one_series_apart_from_oil_collected() -> None:
    series = {one.predicate: one for one in build_series(LEAK)}
    leaking = series["leaking"]
    assert [p.figure.value for p in leaking.points] == [1000, 5000, 35000]
    assert [p.claim_date for p in leaking.points] == ["2010-04-26", "2010-04-29", "2010-06-16"]
    assert [p.figure.value for p in series["collected"].points] == [1000]


def test_sparkline_and_formats() -> None:
    assert sparkline([1, 2, 3, 8]) == "▁▂▃█"
    assert sparkline([5, 5]) == "▅▅"
    (leaking,) = [s for s in build_series(LEAK) if s.predicate == "leaking"]
    line, log = series_sparkline(leaking)
    assert log and line[0] == "▁" and line[-1] == "█"
    assert format_value(leaking.points[-1].figure) == "35,000–60,000"
    assert format_value(ZELENSKYY.figures[0]) == "~10,000"
    (row,) = series_to_json([leaking])[0]["points"][-1:]  # type: ignore[index]
    assert row["claimant"] == "US government" and row["figure"]["upper"] == 60000  # type: ignore[index]
    assert series_to_csv([leaking]).count("\n") == 4
    assert "| 2010-04-26 | 1,000 |" in series_to_markdown([leaking])


def test_the_detail_view_lists_the_doubts_about_a_series() -> None:
    austin = Entry(
        id="austin",
        date="2024-10-19",
        date_inferred=False,
        tense=Tense.PAST,
        summary="Lloyd Austin, US Defence Secretary, stated on 19 October that he could not confirm reports "
        "that North Korea had sent troops to Russia for participation in the war against Ukraine.",
        actors=["Lloyd Austin", "North Korea", "Russia", "Ukraine"],
        attribution=Attribution(
            "Lloyd Austin", Stance.COULD_NOT_CONFIRM, source_title="US Defence Secretary"
        ),
        figures=[],
        mentions=[],
    )
    entries = [austin, NIS, SOUTH_KOREA, ZELENSKYY, BUDANOV]
    series = build_series(entries)
    (sent,) = [s for s in series if s.predicate == "sent"]
    doubts = touching(sent, find_conflicts(entries, series))
    assert doubts and all(c.first.source == "Lloyd Austin" for c in doubts)
    out = StringIO()
    render_series_detail(sent, Console(file=out, width=160), doubts)
    assert "Lloyd Austin could not confirm" in out.getvalue()

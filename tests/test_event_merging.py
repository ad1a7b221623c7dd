"""One entry per real-world event: reports from several articles meet, similar but different events
stay apart, and an entry is dated by its best evidence. Sentences are from the Timeline17 articles
(restored from their tokenized form); each test quotes the ones it runs on."""

from __future__ import annotations

import math
from datetime import date
from functools import cache
from pathlib import Path

from conftest import T17, entries_of, needs, told_entry, topic_words
from storyline.analyse.actor_registry import ActorRegistry
from storyline.merge.similarity import DocumentFrequency, predicate_key, time_interval
from storyline.model import DateSource, Document, Entry, Event, Figure, Tense, TimeExpression, content_id
from storyline.pipeline import Pipeline, build_entries
from storyline.store import Store


def _entries(pipeline: Pipeline, *articles: tuple[date, str]) -> list[Entry]:
    return entries_of(pipeline, *articles)


def _telling(entries: list[Entry], word: str) -> list[Entry]:
    return [e for e in entries if any(word in m.text[m.event_start - m.start :] for m in e.mentions)]


FUND = (
    (
        date(2010, 6, 18),
        "On Wednesday, President Obama announced that BP had agreed to set up a $20 billion relief fund "
        'that will be led by the administration\'s "pay czar," Kenneth Feinberg.\n',
    ),
    (
        date(2010, 6, 18),
        "BP has agreed to put aside $20bn (£13.5bn) to compensate victims of the oil spill - and has vowed "
        "to help with the clean-up.\n",
    ),
    (
        date(2010, 6, 19),
        "The company has agreed to put aside $20bn (£13.5bn) to compensate victims of the oil spill.\n",
    ),
)


def test_an_agreement_told_three_ways_is_one_entry_dated_when_it_was_made(pipeline: Pipeline) -> None:
    entries = _entries(pipeline, *FUND)
    (agreed,) = [e for e in _telling(entries, "agreed") if e.sources > 1]
    assert {m.path for m in agreed.mentions} == {"0.txt", "1.txt", "2.txt"}
    assert agreed.date == "2010-06-16"  # "On Wednesday" beats the reports' publication dates
    assert {m.date for m in agreed.mentions} == {"2010-06-16", "2010-06-18", "2010-06-19"}
    for mention in agreed.mentions:  # the event's own words, inside the cited sentence
        assert mention.start <= mention.event_start < mention.event_end <= mention.end  # type: ignore[operator]
        assert mention.text[mention.event_start - mention.start :].startswith("agreed")  # type: ignore[operator]


def test_a_paragraph_reprinted_on_later_pages_is_one_source(pipeline: Pipeline) -> None:
    box = (
        "The latest stage in BP's efforts to contain leaking oil has involved lowering a cap onto "
        "the failed blowout preventer valve system on the seabed.\n"
    )
    pages = [
        (date(2010, 6, 4), "Oil firm BP has lowered a cap on to a leaking oil well in the Gulf of Mexico.\n"),
        (date(2010, 6, 8), "Shares in BP fell sharply on Tuesday.\n"),
        (date(2010, 6, 10), "Mr Obama said he would have fired BP's chief executive.\n"),
    ]
    reprinted = [(day, lead + box) for day, lead in pages]
    retold = (
        date(2010, 6, 5),
        "BP's latest effort to contain the leaking oil involved lowering a cap onto the failed "
        "blowout preventer on the seabed.\n",
    )

    def boxes(entries: list[Entry]) -> list[Entry]:
        return [e for e in entries if len({m.path for m in e.mentions if m.text == box.strip()}) > 1]

    every_page = boxes(_entries(pipeline, *reprinted, retold))
    assert every_page  # the box of every page is one event, citing every page
    for entry in every_page:
        cited = {m.path for m in entry.mentions}
        assert entry.sources == len(cited) - 2  # the two reprints are not sources of their own

    def words(entry: Entry) -> set[str]:
        return {
            m.text[m.event_start - m.start : m.event_end - m.start]
            for m in entry.mentions
            if m.text == box.strip()
        }  # type: ignore[operator]

    one_page = _entries(pipeline, reprinted[0], retold)
    for entry in every_page:  # nor do they add to how much the story makes of the event
        (alone,) = [e for e in one_page if words(e) & words(entry)]
        assert entry.salience == alone.salience


def test_a_death_told_as_a_killing_is_one_event(pipeline: Pipeline) -> None:
    entries = _entries(
        pipeline,
        (
            date(2010, 4, 23),
            "Eleven workers were killed when the Deepwater Horizon rig blew up on 20 April.\n",
        ),
        (date(2010, 4, 24), "Eleven rig workers died when the Deepwater Horizon rig exploded on 20 April.\n"),
    )
    (deaths,) = [e for e in _telling(entries, "killed") if e.sources > 1]
    assert {m.path for m in deaths.mentions} == {"0.txt", "1.txt"}
    assert any(m.text[m.event_start - m.start :].startswith("died") for m in deaths.mentions)  # type: ignore[operator]
    assert predicate_key("kill") == predicate_key("death") == predicate_key("died")
    assert predicate_key("victory") == predicate_key("beat") and predicate_key("win") != predicate_key("die")


def test_an_arrest_told_with_another_verb_is_one_event(pipeline: Pipeline) -> None:
    entries = entries_of(
        pipeline,
        (date(2013, 9, 14), "Subryan fled the scene, but was arrested nearby.\n"),
        (
            date(2013, 9, 14),
            "The driver, who police identified as Vishwanand Subryan, fled the scene but was apprehended "
            "by police shortly afterward.\n",
        ),
        secondary=True,
    )
    words = [{m.text[m.event_start - m.start : m.event_end - m.start] for m in e.mentions} for e in entries]  # type: ignore[operator]
    assert {"arrested", "apprehended"} in words  # one entry, citing both articles
    assert predicate_key("apprehend") == predicate_key("arrest") == predicate_key("nab")
    assert predicate_key("thwart") == predicate_key("foil")
    assert predicate_key("strike") != predicate_key("hit")  # "his biggest hits" (MJ_bbc) are no strike


def test_a_verb_that_names_no_happening_joins_nothing_on_its_own(pipeline: Pipeline) -> None:
    entries = _entries(
        pipeline,
        (
            date(2010, 5, 3),
            "The oil spill posed risks to the environment and affected local industry in Louisiana.\n",
        ),
        (
            date(2010, 5, 4),
            "Environmental disasters can badly affect the image of oil industry giants in Louisiana, "
            "Stephen Cheliotis told the BBC.\n",
        ),
    )
    assert all(e.sources == 1 for e in _telling(entries, "affect"))


def test_the_same_kind_of_event_at_another_time_stays_apart(pipeline: Pipeline) -> None:
    entries = _entries(
        pipeline,
        (date(2010, 1, 13), "A massive earthquake struck Haiti on Tuesday, the US Geological Survey said.\n"),
        (date(2010, 2, 28), "A massive earthquake struck central Chile on Saturday, killing hundreds.\n"),
    )
    struck = _telling(entries, "struck")
    assert len(struck) == 2 and all(e.sources == 1 for e in struck)
    assert sorted(e.date for e in struck) == ["2010-01-12", "2010-02-27"]


def test_salience_grows_with_independent_reports(pipeline: Pipeline) -> None:
    other = (date(2010, 6, 18), "BP shares rose more than 6% in London on Thursday.\n")
    entries = _entries(pipeline, *FUND, other)
    (agreed,) = [e for e in _telling(entries, "agreed") if e.sources > 1]
    alone = [e for e in entries if e.sources == 1]
    assert alone and all(agreed.salience > e.salience for e in alone)


def _event(document: str, predicate: str, day: str | None, text: str, *, written: bool) -> Event:
    timex = TimeExpression(0, 3, "day", "DATE", day) if written and day else None
    return Event(
        document, 0, len(text), text, text, day, False, Tense.PAST, timex=timex, predicate=predicate,
        event_start=0, event_end=3,
    )  # fmt: skip


def test_a_report_dated_by_its_article_means_on_or_before_that_day() -> None:
    reported = _event("b", "sink", "2010-04-24", "The rig sank.", written=False)
    lead = time_interval(reported, date(2010, 4, 24))
    assert lead == (date(2010, 4, 17), date(2010, 4, 24))  # a lead's news: the week up to the article
    background = Event(**{**_fields(reported), "is_background": True, "date": None})
    assert time_interval(background, date(2010, 4, 24)) == (date.min, date(2010, 4, 24))


def _fields(event: Event) -> dict[str, object]:
    return {name: getattr(event, name) for name in event.__slots__}  # type: ignore[attr-defined]


def test_predicate_keys_join_the_words_for_one_kind_of_event() -> None:
    assert predicate_key("explosion") == predicate_key("explode") == predicate_key("blast")
    assert predicate_key("sinking") == predicate_key("sink")
    assert predicate_key("quake") == predicate_key("earthquake")
    assert predicate_key("arrest") != predicate_key("agree")


def test_a_stored_timeline_takes_new_reports(tmp_path: Path, isolated_pipeline: Pipeline) -> None:
    from storyline.pipeline import ingest

    folder = tmp_path / "articles"
    folder.mkdir()
    first, second, third = FUND
    (folder / "a.txt").write_text(f"date {first[0]}\n{first[1]}", encoding="utf-8")
    (folder / "b.txt").write_text(f"date {second[0]}\n{second[1]}", encoding="utf-8")
    later = tmp_path / "c.txt"
    later.write_text(f"date {third[0]}\n{third[1]}", encoding="utf-8")
    with Store(tmp_path / "s.db") as store:
        ingest([folder / "a.txt", folder / "b.txt"], store, isolated_pipeline)
        ingest([later], store, isolated_pipeline)  # a later run merges into what is stored
        (agreed,) = [e for e in _telling(store.entries(), "agreed") if e.sources > 1]
        assert {Path(m.path).name for m in agreed.mentions} == {"a.txt", "b.txt", "c.txt"}
        assert agreed.date == "2010-06-16"


def test_the_main_events_show_each_event_once() -> None:
    from storyline.merge.main_events import main_events
    from storyline.model import Mention

    def entry(entry_id: str, day: str, sentence: str, words: str, salience: float) -> Entry:
        at = sentence.index(words)
        mention = Mention(
            sentence, "d.txt", 0, len(sentence), sentence, event_start=at, event_end=at + len(words)
        )
        return Entry(entry_id, day, False, Tense.PAST, sentence, [], None, [], [mention], salience=salience)

    ranked = [
        entry("a", "2010-04-20", "Oil has been spewing since the rig exploded on 20 April.", "exploded", 6.0),
        entry("b", "2010-04-20", "The explosion on 20 April killed 11 workers.", "explosion", 5.0),
        entry("c", "2010-04-20", "The explosion on 20 April killed 11 workers.", "killed", 4.0),
        entry("d", "2010-04-22", "The rig sank on 22 April.", "sank", 3.0),
    ]
    assert [e.id for e in main_events(ranked, 3)] == ["a", "c", "d"]


def test_the_overview_spreads_over_the_story() -> None:
    """At most two events of one day, one of a date known only to the month, in the default view."""
    from storyline.merge.main_events import main_events
    from storyline.model import Mention

    def entry(entry_id: str, when: str, sentence: str, salience: float) -> Entry:
        mention = Mention(entry_id, f"{entry_id}.txt", 0, len(sentence), sentence)
        return Entry(entry_id, when, False, Tense.PAST, sentence, [], None, [], [mention], salience=salience)

    ranked = [
        entry("rig", "2010-04-20", "The Deepwater Horizon rig exploded on 20 April.", 8.0),
        entry("spill", "2010-04-20", "The oil began leaking on 20 April.", 7.0),
        entry("workers", "2010-04-20", "Eleven workers died on 20 April.", 6.0),
        entry("coast", "2010-04", "Spilled oil reached the coast in April.", 5.5),
        entry("states", "2010-04", "Four states declared emergencies in April.", 5.0),
        entry("fund", "2010-06-16", "BP agreed to a $20bn fund on Wednesday.", 3.0),
    ]
    assert [e.id for e in main_events(ranked, 4)] == ["coast", "rig", "spill", "fund"]


def test_an_entry_speaks_with_its_own_reports_source(pipeline: Pipeline) -> None:
    """The entry's attribution is its shown report's, never one lent by another merged report."""
    plain = (date(2010, 6, 17), "BP has agreed to put aside $20bn to compensate victims of the oil spill.\n")
    entries = _entries(pipeline, FUND[0], FUND[2], plain)
    (agreed,) = [e for e in _telling(entries, "agreed") if e.sources > 1]
    (shown,) = {m for m in agreed.mentions if " ".join(m.text.split()) == agreed.summary}
    obama = [m.attribution for m in agreed.mentions if m.attribution]
    assert obama and obama[0].source == "Obama"  # "President Obama announced that ..." keeps its source
    assert shown.attribution is None and agreed.attribution is None  # and lends it to no one


def test_candidates_come_in_the_order_entries_were_last_told(pipeline: Pipeline) -> None:
    """Ties go to the latest told entry, so candidates must keep an order that does not depend on
    string hashing (sets of ids did: two runs on the same articles merged differently)."""
    from dataclasses import replace as changed

    from conftest import events_of
    from storyline.merge.entries import Merger
    from storyline.merge.similarity import signature

    merger = Merger()
    opened = []
    for month in range(1, 9):  # one earthquake a month: each opens its own entry
        published = date(2010, month, 14)
        (quake, *_) = events_of(pipeline, "A massive earthquake struck the region on Tuesday.\n", published)
        opened.append(merger.add(changed(quake, document_id=f"d{month}"), published=published).id)
    assert len(set(opened)) == 8
    probe = signature(changed(quake, document_id="d9"), published=date(2010, 8, 14))
    assert [c.id for c in merger._candidates(probe) if c.id in opened] == opened  # oldest first, latest last


def test_the_overview_shows_a_reprinted_sentence_once() -> None:
    from storyline.merge.main_events import main_events
    from storyline.model import Mention

    def entry(entry_id: str, when: str, sentence: str, salience: float) -> Entry:
        mention = Mention(entry_id, f"{entry_id}.txt", 0, len(sentence), sentence)
        return Entry(entry_id, when, False, Tense.PAST, sentence, [], None, [], [mention], salience=salience)

    told = "Oil has been spewing into the Gulf since BP's Deepwater Horizon rig exploded on 20 April."
    ranked = [
        entry("june", "2010-06-05", told, 4.0),
        entry("may", "2010-05-17", told, 3.8),
        entry("cap", "2010-06-04", "A containment cap was placed on the well.", 3.0),
    ]
    assert [e.id for e in main_events(ranked, 2)] == ["cap", "june"]


def test_two_statements_of_one_article_are_two_entries(pipeline: Pipeline) -> None:
    """'Said' twice in one article tells two statements unless they say alike (bpoil_bbc)."""
    text = (
        "Mr Obama said the additional manpower would lay more booms, clean beaches and monitor stricken "
        "wildlife. He said 20,000 people had already been deployed to contain and clean up the spill.\n"
    )
    document = Document(content_id(text), text, "a.txt", date(2010, 5, 28), DateSource.FOLDER)
    shared, pipeline.registry = pipeline.registry, ActorRegistry()
    try:
        entries = build_entries([document], pipeline, secondary=True)
    finally:
        pipeline.registry = shared
    said = _telling(entries, "said")
    assert len(said) == 2
    assert all(len(e.mentions) == 1 for e in said)


def test_a_stored_collection_counts_the_words_of_its_articles(
    tmp_path: Path, isolated_pipeline: Pipeline
) -> None:
    from storyline.pipeline import ingest

    for index, (day, text) in enumerate(FUND):
        (tmp_path / f"{index}.txt").write_text(f"date {day}\n{text}", encoding="utf-8")
    with Store(tmp_path / "s.db") as store:
        ingest([tmp_path / "0.txt", tmp_path / "1.txt"], store, isolated_pipeline)
        ingest([tmp_path / "2.txt"], store, isolated_pipeline)  # a later run adds to the counts
        words = store.article_words()
    assert words.documents == 3
    assert words.counts["agre"] == 3 and words.counts["feinberg"] == 1  # stems, once per article
    assert words.weight("agre") < words.weight("feinberg")


def test_weights_follow_each_article_counted() -> None:
    """The weights are worked out once per count of articles (`DocumentFrequency.weights`): an
    article counted after they were asked for changes them, as the formula does."""
    names = DocumentFrequency()
    names.see(frozenset({"BP", "Louisiana"}))
    before = list(names.weights(["BP", "Louisiana", "Feinberg"]))
    names.see(frozenset({"BP", "Feinberg"}))
    after = list(names.weights(["BP", "Louisiana", "Feinberg"]))
    assert before == [math.log(3 / 2), math.log(3 / 2), math.log(3)]
    assert after == [math.log(4 / 3), math.log(4 / 2), math.log(4 / 2)]
    assert [names.weight(name) for name in ("BP", "Louisiana", "Feinberg")] == after


def _overview_entry(entry_id: str, day: str, sentence: str, salience: float, *figures: Figure) -> Entry:
    from storyline.model import Mention

    mention = Mention(entry_id, f"{entry_id}.txt", 0, len(sentence), sentence)
    return Entry(
        entry_id, day, False, Tense.PAST, sentence, [], None, list(figures), [mention], salience=salience
    )


def test_the_overview_shows_an_event_retold_in_the_background_once() -> None:
    """Two articles retell the explosion in their own words, each dated otherwise; the overview
    shows it once (sentences from bpoil_bbc)."""
    from storyline.merge.main_events import main_events

    ranked = [
        _overview_entry(
            "gushing",
            "2010-04-20",
            "Oil has been gushing since the offshore drilling rig Deepwater Horizon, leased by BP, "
            "exploded off the coast of Louisiana on 20 April and sank two days later.",
            7.0,
        ),
        _overview_entry(
            "sank",
            "2010-05-29",
            "The Deepwater Horizon drilling rig, leased to BP, exploded and sank in April, "
            "killing 11 workers.",
            6.0,
        ),
        _overview_entry(
            "fund",
            "2010-06-18",
            "BP has agreed to put aside $20bn (£13.5bn) to compensate victims of the oil spill.",
            5.0,
        ),
        _overview_entry(
            "states",
            "2010-04-29",
            "Mississippi, Alabama, Louisiana and Florida have all declared a state of emergency.",
            4.0,
        ),
    ]
    assert [e.id for e in main_events(ranked, 3)] == ["gushing", "states", "fund"]


def test_the_overview_shows_a_count_that_changed_again() -> None:
    """A count told twice in like words is news twice when it grew (H1N1_bbc); a reprint of a
    sentence already shown is not."""
    from storyline.merge.main_events import main_events

    april = "The number of confirmed cases of swine flu in the UK has risen to 18."
    june = "The number of confirmed cases in the UK now stands at 1,562."
    ranked = [
        _overview_entry("april", "2009-04-30", april, 5.0),
        _overview_entry("june", "2009-06-25", june, 4.0),
        _overview_entry("again", "2009-05-01", april, 3.0),
        _overview_entry("states", "2009-04-29", "Mexico has declared a state of emergency.", 2.0),
    ]
    assert [e.id for e in main_events(ranked, 3)] == ["states", "april", "june"]


@needs(T17)
def test_a_kind_of_event_a_story_tells_many_times_needs_more_than_the_story_s_names(
    isolated_pipeline: Pipeline,
) -> None:
    """Four days of a flu story (H1N1_bbc, 28 April to 1 May 2009) hold dozens of different cases
    "confirmed": "Cases have also been confirmed in Switzerland and Costa Rica" (1 May) is not
    "Besides Mexico, the UK and Spain, there have also been confirmed cases in the US and Canada"
    (28 April), though both articles name Mexico, the WHO and the EU's health commissioner. The
    alert raised from three to four is still one entry told by several articles."""
    from storyline.ingest import read_documents

    folders = [T17 / "H1N1_bbc" / "InputDocs" / f"2009-{day}" for day in ("04-28", "04-29", "04-30", "05-01")]
    documents = [d for d in read_documents(folders) if isinstance(d, Document)]
    entries = build_entries(documents, isolated_pipeline)

    def confirming(sentence: str) -> set[str]:
        return {
            e.id
            for e in _telling(entries, "confirm")
            for m in e.mentions
            if sentence in " ".join(m.text.split()) and "confirm" in m.text[m.event_start - m.start :][:9]
        }

    (switzerland,) = confirming("Cases have also been confirmed in Switzerland and Costa Rica")
    (elsewhere,) = confirming("Besides Mexico, the UK and Spain, there have also been confirmed cases")
    assert switzerland != elsewhere
    assert [
        e
        for e in entries
        if e.sources >= 3
        and any(m.text[m.event_start - m.start :].startswith("raised its alert") for m in e.mentions)
    ]


def test_a_scale_raised_to_another_level_is_another_occasion(pipeline: Pipeline) -> None:
    """WHO's alert raised to four (28 April 2009) and to five (29 April) are two events, however
    alike the reports (H1N1_bbc)."""
    entries = _entries(
        pipeline,
        (
            date(2009, 4, 28),
            "The World Health Organization (WHO) raised its alert level late on Tuesday from three to four "
            "- two steps short of declaring a full pandemic.\n",
        ),
        (
            date(2009, 4, 28),
            "The World Health Organisation has raised its alert level to four - two steps short of declaring "
            "a pandemic.\n",
        ),
        (
            date(2009, 4, 30),
            "The UN's World Health Organization has raised the alert over swine flu from level four to level "
            "five - a strong signal a pandemic is imminent.\n",
        ),
    )
    raised = [
        e
        for e in _telling(entries, "raised")
        if any(m.text[m.event_start - m.start :].startswith("raised") for m in e.mentions)
    ]
    by_path = {
        frozenset(m.path for m in e.mentions if m.text[m.event_start - m.start :].startswith("raised"))
        for e in raised
    }
    assert frozenset({"0.txt", "1.txt"}) in by_path and frozenset({"2.txt"}) in by_path


def test_a_level_is_read_only_where_a_scale_is_set_to_it() -> None:
    """The alert's level, and not a rate cut "to 3 percent" beside "the lowest level since 1955"
    (H1N1_bbc, Finan_washingtonpost): a level read there would keep two reports of one cut apart."""
    from storyline.merge.similarity import levels

    assert levels("The World Health Organisation has raised its alert level to four.") == {"4"}
    raised = "The UN's World Health Organization has raised the alert from level four to level five."
    assert levels(raised) == {"5"}
    # H1N1_bbc 2009-04-27/244 and 2009-04-28/546, one explainer updated: two levels of one scale
    rating = "the world is closer to a flu pandemic than at any point since 1968 - rating the threat at {}"
    assert levels(rating.format("three on a six-point scale.")) == {"3"}
    assert levels(rating.format("four on a six-point scale.")) == {"4"}
    for cut in (
        "The Bank of England cuts its benchmark interest rate to 3 percent, the lowest level since 1955.",
        "The Federal Reserve cuts the key Federal Funds rate by half a point to one percent, matching its "
        "lowest level in decades.",
    ):
        assert levels(cut) == set()


def test_the_overview_leaves_the_history_a_story_recalls_to_all() -> None:
    """An oil-spill story whose first article came out on 6 April 2010 recalls the 1989 spill and
    the 1967 one; its overview follows the story from a month before (sentences from bpoil_bbc)."""
    from storyline.merge.main_events import main_events

    valdez = (
        "In March 1989, the Exxon Valdez tanker hit a reef and spewed 11m gallons of crude oil into the "
        "sound's pristine waters."
    )
    drilling = (
        "President Obama gave the go-ahead to widen the scope for offshore drilling in order to reduce "
        "dependency on oil imports."
    )
    ranked = [
        _overview_entry("valdez", "1989-03", valdez, 6.0),
        _overview_entry("rig", "2010-04-20", "BP's Deepwater Horizon rig exploded on 20 April.", 5.0),
        _overview_entry("canyon", "1967-03", "The Torrey Canyon spilt its cargo in March 1967.", 4.0),
        _overview_entry("drilling", "2010-03", drilling, 3.5),
    ]
    shown = main_events(ranked, 2, first=date(2010, 4, 6))
    assert [e.id for e in shown] == ["drilling", "rig"]  # March 2010 ends within a month of it
    assert [e.id for e in main_events(ranked, 2)] == ["valdez", "rig"]  # no first date: all told


def test_the_overview_shows_what_more_than_one_article_reports_not_the_frame_of_a_quote() -> None:
    """Sentences of H1N1_bbc: a quote and its frame tell a reader nothing of what happened, and an
    entry that one article alone tells gives way to those several report, unless those are too few
    to fill half of the overview."""
    from dataclasses import replace

    from storyline.merge.main_events import main_events

    def told_by(sources: int, entry: Entry) -> Entry:
        return replace(entry, sources=sources)

    ranked = [
        told_by(3, _overview_entry("careful", "2009-05-02", '"You can\'t be too careful," he says.', 6.0)),
        told_by(
            2,
            _overview_entry(
                "son", "2009-06-15", 'He said: "My beautiful son was born on the first of June 2009.', 5.5
            ),
        ),
        told_by(1, _overview_entry("alone", "2009-05-07", "Restaurants in Mexico City reopened.", 5.0)),
        told_by(
            8,
            _overview_entry(
                "uk", "2009-04-27", "The number of confirmed cases in the UK has risen to 18.", 4.0
            ),
        ),
        told_by(
            3,
            _overview_entry(
                "chan",
                "2009-04-26",
                'Margaret Chan said the outbreak was a "health emergency of international concern" and must '
                "be closely monitored.",
                3.0,
            ),
        ),
        told_by(2, _overview_entry("spain", "2009-04-27", "Spain confirmed a case of swine flu.", 2.0)),
        told_by(
            1, _overview_entry("schools", "2009-05-04", "Swine flu has closed three other schools.", 1.0)
        ),
    ]
    assert [e.id for e in main_events(ranked, 3)] == ["chan", "spain", "uk"]
    assert [e.id for e in main_events(ranked, 6)] == ["chan", "spain", "uk"]  # three of six: half
    few = [e for e in ranked if e.id not in ("uk", "spain")]
    assert [e.id for e in main_events(few, 4)] == ["chan", "schools", "alone"]


def test_a_date_wider_than_a_month_that_holds_the_first_report_gives_way_to_it(pipeline: Pipeline) -> None:
    """'this year' says less than the day the agreement was first reported (bpoil_bbc, 16-17 June)."""
    articles = (
        (
            date(2010, 6, 16),
            "BP has agreed to pay $5bn into the compensation fund this year, followed by quarterly "
            "payments of $1.25bn until the total $20bn is paid.\n",
        ),
        (
            date(2010, 6, 17),
            "BP has agreed to pay $5bn into the fund this year, followed by quarterly payments of $1.25bn "
            "until the total $20bn is paid.\n",
        ),
    )
    (agreed,) = [e for e in _telling(_entries(pipeline, *articles), "agreed") if e.sources == 2]
    assert agreed.date == "2010-06-16"
    assert {m.date for m in agreed.mentions} == {"2010"}  # each report keeps the date it gives


def _reported(entry_id: str, day: str, salience: float, *reports: tuple[str, int, str]) -> Entry:
    """An entry whose first report gives its sentence; each report is (article, offset, sentence)."""
    from storyline.model import Mention

    mentions = [Mention(article, f"{article}.txt", at, at + len(text), text) for article, at, text in reports]
    summary, sources = reports[0][2], len({article for article, _, _ in reports})
    return Entry(
        entry_id, day, False, Tense.PAST, summary, [], None, [], mentions, salience=salience, sources=sources
    )


def test_the_overview_leaves_out_a_facet_of_an_event_it_shows() -> None:
    """bpoil_bbc: the explosion and the sinking are two entries that cite the same sentences
    ("exploded and sank ..., killing 11"); once the explosion is shown, the sinking told by those
    same sentences adds no event to the overview, whichever of the two comes first."""
    from dataclasses import replace

    from storyline.merge.main_events import main_events
    from storyline.model import Mention

    exploded = (
        "Oil has been spewing into the Gulf since the offshore drilling rig Deepwater Horizon, leased by "
        "oil giant BP, exploded off the coast of Louisiana on 20 April and sank two days later."
    )
    both = "The Deepwater Horizon drilling rig, leased to BP, exploded and sank in April, killing 11 workers."
    burning = (
        "The Deepwater Horizon had been burning for 36 hours when it sank on Thursday in 5,000 ft "
        "(1,500 m) of water, despite efforts to control the flames."
    )
    states = "Mississippi, Alabama, Louisiana and Florida have all declared a state of emergency."
    ranked = [
        _reported("explosion", "2010-04-20", 6.5, ("a", 0, exploded), ("b", 40, both), ("c", 10, both)),
        _reported("sank", "2010-04-22", 6.4, ("d", 0, burning), ("b", 40, both), ("c", 10, both)),
        _reported(
            "fund",
            "2010-06-16",
            4.2,
            ("e", 0, "BP has agreed to put aside $20bn (£13.5bn) to compensate victims of the oil spill."),
            ("f", 0, "BP has agreed to set up a $20bn fund to compensate victims."),
        ),
        _reported("states", "2010-04-29", 3.0, ("g", 0, states), ("h", 0, states)),
    ]
    assert [e.id for e in main_events(ranked, 3)] == ["explosion", "states", "fund"]
    retold = "The Deepwater Horizon rig sank on 20 April after an explosion, killing 11 workers."
    more = [Mention(article, f"{article}.txt", 0, len(retold), retold) for article in "xyz"]
    larger = replace(ranked[0], mentions=ranked[0].mentions + more, salience=3.5, sources=6)
    first_sank = [ranked[1], larger, *ranked[2:]]  # the sank entry's reports are mostly the other's
    assert [e.id for e in main_events(first_sank, 3)] == ["sank", "states", "fund"]
    sinks = "The Deepwater Horizon rig caught fire and sank following an explosion last month."
    ranked[1].mentions[2:] = [Mention("i", "i.txt", 0, len(sinks), sinks)]
    ranked[1].sources = 3  # one report of three shared: an event of its own
    assert [e.id for e in main_events(ranked, 3)] == ["explosion", "sank", "fund"]


def test_the_overview_leaves_out_a_sentence_that_recalls_only_history() -> None:
    """H1N1_bbc and bpoil_bbc: a sentence whose every year lies before the story is history its
    article recalls, whatever day the article dates it; a year the story is measured against, or
    a clock time, is not history."""
    from storyline.merge.main_events import main_events

    sars = "During the 2003 SARS outbreak more than 8000 people contracted the disease and 774 people died."
    closer = (
        "Currently, they say the world is closer to a flu pandemic than at any point since 1968 - rating "
        "the threat at three on a scale of six."
    )
    shut = "The flow of oil was shut off at 1425 local time (1925 GMT) on Thursday."
    ranked = [
        _reported("sars", "2009-04-25", 3.7, ("a", 0, sars), ("b", 0, sars)),
        _reported("closer", "2009-04-27", 3.0, ("c", 0, closer)),
        _reported("shut", "2009-04-28", 2.0, ("d", 0, shut)),
    ]
    assert [e.id for e in main_events(ranked, 2, first=date(2009, 4, 24))] == ["closer", "shut"]


def test_the_overview_prefers_an_event_its_articles_tell_alike_to_a_chain() -> None:
    """H1N1_bbc: "slowing" joined seven articles, three of them on Mexico's officials and the others
    on the WHO, a city's infection rates, Calderon and the UK's vaccine; two articles telling the
    first Scottish death alike outrank it, though its count of articles is higher."""
    from storyline.merge.main_events import main_events
    from storyline.merge.similarity import DocumentFrequency, telling_stems

    slowing = [
        (
            "w",
            2078,
            '"It is clear that the virus is spreading and we don\'t see evidence of it slowing down," '
            "he said.",
        ),
        (
            "m",
            367,
            "Mexican officials say the spread of the virus is slowing, but international experts are "
            "more cautious.",
        ),
        (
            "n",
            332,
            "Mexican officials say the spread of the virus - suspected in more than 160 deaths - is slowing.",
        ),
        (
            "o",
            1181,
            "Mexican officials say the spread of swine flu - suspected in more than 380 deaths - is slowing.",
        ),
        ("c", 2877, '"We have succeeded in detaining or at least slowing the spread of the virus," he said.'),
        (
            "h",
            1278,
            '"We are continuing to work to slow the spread of the disease," the Department of Health said.',
        ),
        ("l", 10931, "Sir Liam said they had to target the vaccine to slow the spread of the virus."),
    ]
    fleming = [
        (
            "p",
            207,
            "Jacqueline Fleming, 38, from Glasgow, died on Sunday at the Royal Alexandra Hospital in "
            "Paisley.",
        ),
        (
            "q",
            544,
            "Jacqui Fleming from Glasgow had given birth two weeks before her death at the Royal "
            "Alexandra Hospital in Paisley.",
        ),
    ]
    ranked = [
        _reported("slowing", "2009-05-01", 2.8, slowing[2], *slowing[:2], *slowing[3:]),
        _reported("fleming", "2009-06-14", 2.2, *fleming),
        _reported("spain", "2009-04-27", 1.0, ("s", 0, "Spain confirmed a case of swine flu.")),
    ]
    words = DocumentFrequency()  # each report from an article of its own
    for entry in ranked:
        for mention in entry.mentions:
            words.see(telling_stems(mention.text))
    assert [e.id for e in main_events(ranked, 1, words)] == ["fleming"]
    alike = [ranked[0].mentions[i] for i in (0, 2, 3)]  # Mexico's officials alone: one event
    ranked[0].mentions[:] = alike
    assert [e.id for e in main_events(ranked, 1, words)] == ["slowing"]
    assert [e.id for e in main_events(ranked, 1)] == ["slowing"]


def test_the_overview_leaves_out_what_would_follow_a_condition() -> None:
    """bpoil_bbc's explainers of the cap test and the top kill: what would follow if something
    happened; the test's result itself is news."""
    from storyline.merge.main_events import main_events

    low = (
        "If the pressure within the cap on top is low, that could indicate oil is leaking out further "
        "down the well."
    )
    succeeds = "If it succeeds, cement would then be injected to seal the well."
    shut = "The flow of oil was shut off at 1425 local time (1925 GMT) on Thursday."
    ranked = [
        _reported("low", "2010-07-13", 3.0, ("a", 0, low), ("b", 0, low)),
        _reported("succeeds", "2010-05-20", 2.4, ("c", 0, succeeds), ("d", 0, succeeds)),
        _reported("shut", "2010-07-15", 2.0, ("e", 0, shut), ("f", 0, shut)),
    ]
    assert [e.id for e in main_events(ranked, 2)] == ["shut"]


def test_the_overview_lifts_an_event_many_articles_retell_alike_in_passing() -> None:
    """bpoil_bbc: Obama's first Oval Office address is told by four articles, mostly in passing
    (its merged salience is low); that many articles telling it alike make it a main event."""
    from storyline.merge.main_events import main_events

    oval = [
        (
            "b",
            0,
            "After two days visiting areas of the Gulf Coast affected by the BP oil leak, US President "
            "Barack Obama has addressed the nation live from the Oval Office inside the White House.",
        ),
        (
            "c",
            17727,
            "Welcome to our live coverage of President Barack Obama's first Oval Office address to the "
            "nation.",
        ),
        (
            "d",
            0,
            'President Barack Obama has vowed to "make BP pay" for damage caused by the Gulf of Mexico oil '
            "spill, in his first national address from the Oval Office.",
        ),
        (
            "e",
            246,
            "In his first Oval Office address to the US as president, Mr Obama said he would tell BP's "
            "chairman the firm must set up a fund to compensate those affected.",
        ),
    ]
    booms = "Booms and bundles of absorbent material have been laid along shorelines to try to protect them."
    ranked = [
        _reported("booms", "2010-05-06", 2.2, ("f", 0, booms), ("g", 10, booms)),
        _reported("oval", "2010-06-15", 1.585, *oval),
        _reported("spain", "2010-05-01", 1.0, ("s", 0, "Spain sent two ships with booms.")),
    ]
    assert [e.id for e in main_events(ranked, 1)] == ["oval"]
    ranked[1] = _reported("oval", "2010-06-15", 1.585, oval[0], ("h", 0, "It said."))  # one article alike
    assert [e.id for e in main_events(ranked, 1)] == ["booms"]


def test_the_overview_leaves_out_a_general_truth_that_names_no_one_nowhere_and_no_time() -> None:
    """H1N1_bbc: explainer and advice lines reprinted on several pages name no one, no place and no
    time, and each report is dated by its article; the overview leaves them out. A line that gives
    a time of its own, or names who acted, is news."""
    from dataclasses import replace

    from storyline.merge.main_events import main_events

    def dated_by_article(entry: Entry, *days: date, actors: tuple[str, ...] = ()) -> Entry:
        entry.mentions = [
            replace(m, date=day.isoformat(), publication_date=day)
            for m, day in zip(entry.mentions, days, strict=True)
        ]
        entry.actors = list(actors)
        return entry

    vaccine = (
        "There is currently no vaccine for the new strain but severe cases can be treated with antiviral "
        "medication."
    )
    advice = "Instead, they should stay at home and call their healthcare provider for advice."
    doses = "The first doses could be administered in October."
    urged = "Residents have been urged to stay at home."
    april, may = date(2009, 4, 26), date(2009, 5, 1)
    ranked = [
        dated_by_article(
            _reported("vaccine", "2009-04-26", 3.1, ("a", 0, vaccine), ("b", 0, vaccine)), april, april
        ),
        dated_by_article(
            _reported("advice", "2009-04-28", 2.1, ("c", 0, advice), ("d", 0, advice)), april, april
        ),
        dated_by_article(_reported("doses", "2009-10", 2.0, ("e", 0, doses), ("f", 0, doses)), may, may),
        dated_by_article(
            _reported("urged", "2009-05-01", 1.9, ("g", 0, urged), ("h", 0, urged)),
            may,
            may,
            actors=("Felipe Calderon",),
        ),
    ]
    assert [e.id for e in main_events(ranked, 3)] == ["urged", "doses"]


def test_the_overview_prefers_an_event_articles_open_with_to_one_they_explain() -> None:
    """bpoil_bbc: the US lawsuit against BP and the static kill's explainer are each told alike by
    two articles, equally salient; the lawsuit is the headline and lead of its articles, the
    explainer a paragraph deep in theirs: the overview shows the news its articles open with."""
    from storyline.merge.main_events import main_events

    sues = (
        "Gulf of Mexico oil leak: US sues BP over oil disaster The Deepwater Horizon rig explosion led to "
        "what was described as the worst environmental catastrophe in US history The US is suing BP and "
        "eight other companies over the Gulf of Mexico oil spill."
    )
    suing = (
        "The Deepwater Horizon rig explosion led to the worst environmental catastrophe in US history BP "
        "shares have fallen after the US said it was suing the oil giant for alleged violations of "
        "federal safety regulations."
    )
    stages = 'The static kill, also known as "bullheading", takes place in three stages.'
    bullheading = 'The static kill, also known as "bullheading" takes place in three stages.'
    ranked = [
        _reported("stages", "2010-08-02", 2.085, ("a", 3617, stages), ("b", 1239, bullheading)),
        _reported("sues", "2010-12-15", 2.085, ("c", 0, sues), ("d", 0, suing)),
        _reported("spain", "2010-05-01", 1.0, ("s", 0, "Spain sent two ships with booms.")),
    ]
    assert [e.id for e in main_events(ranked, 1)] == ["sues"]
    deep = [("c", 2200, sues), ("d", 1900, suing)]  # the same reports further down: a tie, kept in order
    ranked[1] = _reported("sues", "2010-12-15", 2.085, *deep)
    assert [e.id for e in main_events(ranked, 1)] == ["stages"]


def test_the_overview_shows_once_the_news_the_same_articles_tell_in_two_sentences() -> None:
    from dataclasses import replace

    """bpoil_bbc, 8 September: BP's report blames "a sequence of failures" and places blame on other
    companies; three of the four articles of each entry are the same, and the day the same: one
    piece of news told in two sentences, shown once. The same articles a week later tell news
    again, and two entries of one day that share a single article are two events."""
    from storyline.merge.main_events import main_events

    failures = (
        'A "sequence of failures involving a number of different parties" was to blame for the '
        "Deepwater Horizon oil spill in the Gulf of Mexico, BP says."
    )
    company = (
        'According to the company, a "sequence of failures involving a number of different parties" was to '
        "blame for the Deepwater Horizon oil spill."
    )
    blamed = 'BP blamed a "sequence of failures involving a number of different parties" for the spill.'
    partly = (
        "An investigation carried out by BP says it was responsible in part for the disaster, but also "
        "places some blame on other companies working on the well."
    )
    also = (
        "An investigation carried out by BP said that it was responsible in part for the disaster, but it "
        "also blamed other companies working on the well."
    )
    two = (
        "An investigation carried out by BP said it was responsible in part for the disaster, but it also "
        "blamed two other companies working on the well."
    )
    placed = (
        "It said it was responsible in part for the disaster, but also placed some blame on other companies."
    )
    ranked = [
        _reported(
            "report",
            "2010-09-08",
            3.3,
            ("a", 43, failures),
            ("b", 167, company),
            ("c", 32, failures),
            ("d", 260, blamed),
        ),
        _reported(
            "blame",
            "2010-09-08",
            3.2,
            ("a", 194, partly),
            ("b", 308, also),
            ("c", 248, two),
            ("e", 1250, placed),
        ),
        _reported("spain", "2010-05-01", 1.0, ("s", 0, "Spain sent two ships with booms.")),
    ]
    assert [e.id for e in main_events(ranked, 2)] == ["report"]
    ranked[1].date = "2010-09-15"
    assert [e.id for e in main_events(ranked, 2)] == ["report", "blame"]
    ranked[1].date = "2010-09-08"
    ranked[1].mentions = [m for m in ranked[1].mentions if m.document in "ae"] + [
        replace(ranked[1].mentions[1], document="f"),
        replace(ranked[1].mentions[2], document="g"),
    ]
    assert [e.id for e in main_events(ranked, 2)] == ["blame", "report"]


def test_among_entries_told_alike_by_as_many_articles_one_that_says_who_comes_first() -> None:
    """bpoil_bbc: the view ends in a tie of entries two articles tell alike; "His company, he said,
    ..." needs its page to say whose, Moody's downgrade says it itself."""
    from storyline.merge.main_events import main_events

    his = "His company, he said, was going to stop the leak and take care of the consequences."
    moody = "Moody's downgraded BP's creditworthiness by three notches, the third rating downgrade."
    fund = "BP has agreed to put aside $20bn to compensate victims of the oil spill."
    ranked = [
        _reported("fund", "2010-06-16", 3.0, ("a", 0, fund), ("b", 0, fund[:-1] + " in the Gulf.")),
        _reported("his", "2010-06-06", 1.5, ("c", 80, his), ("d", 120, his.replace("was going", "would"))),
        _reported("moody", "2010-06-18", 1.5, ("e", 90, moody), ("f", 60, moody.split(",")[0] + ".")),
    ]
    assert [e.id for e in main_events(ranked, 2)] == ["fund", "moody"]


def test_among_entries_told_alike_by_as_many_articles_what_was_done_comes_before_what_may_be() -> None:
    """H1N1_bbc, 27 April: two entries two articles tell alike tie in the view's ranking; the WHO's
    confirmation of a new strain is a thing done, "people ... may have sought treatment" a guess,
    and the guess came first by stored order (its id)."""
    from dataclasses import replace

    from storyline.merge.main_events import main_events

    guess = (
        "Alternatively, people infected in Mexico may have sought treatment at much later stage than those "
        "in other countries."
    )
    confirmed = (
        "The World Health Organization has confirmed that at least some of the cases are a never-before-seen "
        "version of the H1N1 strain of influenza type A."
    )
    alert = "The World Health Organization raised its alert level from three to four."
    may = _reported(
        "may", "2009-04-27", 1.5, ("a", 4166, guess), ("b", 5098, guess.replace("at much", "at a much"))
    )
    may.mentions = [replace(mention, modality="expected") for mention in may.mentions]
    ranked = [
        _reported("alert", "2009-04-28", 3.0, ("c", 0, alert), ("d", 0, alert[:-1] + " late on Tuesday.")),
        may,
        _reported(
            "who",
            "2009-04-27",
            1.5,
            ("a", 1056, confirmed),
            ("b", 1767, confirmed.replace("the cases", "the human cases")),
        ),
    ]
    assert [e.id for e in main_events(ranked, 2)] == ["who", "alert"]


def test_among_entries_told_alike_by_as_many_articles_the_one_that_leads_them_comes_first() -> None:
    """MJ_bbc, 9 February 2010: two articles tell Dr Murray's bail in their lead and, further down, a
    photo caption run into the charge; the two tie in the view's ranking and are one day's news of
    the same articles, so the one ranked first is shown. The stored order put the caption first."""
    from storyline.merge.main_events import main_events

    caption = (
        "Members of the Jackson family arrive at court for Dr Murray's hearing Prosecutors had filed one "
        "count of involuntary manslaughter."
    )
    bailed = (
        'Dr Conrad Murray was bailed for $75,000 (£48,000) after pleading not guilty to "unlawfully, and '
        'without malice, killing Michael Joseph Jackson".'
    )
    bailed_again = (
        'Dr Conrad Murray was bailed for $75,000 (£48,000) after pleading not guilty to "unlawfully" '
        "killing the star, at a court in Los Angeles earlier this week."
    )
    ranked = [
        _reported(
            "caption", "2010-02-09", 2.085, ("a", 756, caption), ("b", 2038, caption.split(" hearing ")[1])
        ),
        _reported("bail", "2010-02-09", 2.085, ("a", 191, bailed), ("b", 196, bailed_again)),
    ]
    assert [e.id for e in main_events(ranked, 1)] == ["bail"]


def test_the_overview_takes_a_third_event_of_a_day_when_it_has_room() -> None:
    """H1N1_bbc, 1 May: the day cap keeps a busy day to two events while other days wait; when every
    day has had its two and the overview still has room, a third event of the day comes in; a fourth
    (the WHO's phase five, shut out by 1 May's three in the view of H1N1_bbc) only when every day
    has had three, and never a fifth."""
    from storyline.merge.main_events import main_events

    slowing = (
        "Mexican officials say the spread of the virus - suspected in more than 160 deaths - is slowing, "
        "but international experts are more cautious."
    )
    nurse = (
        "German authorities confirm that a nurse who treated a patient with swine flu also contracted the "
        "disease, in the first person-to-person transmission in Germany."
    )
    alert = (
        "The World Health Organization has raised its pandemic alert to five, the second-highest level, but "
        "says it has no immediate plans for another rise."
    )
    quarantine = "About 300 people at a Hong Kong hotel have been placed under quarantine."
    ranked = [
        _reported(
            "slowing", "2009-05-01", 3.0, ("a", 0, slowing), ("b", 332, slowing.split(" but ")[0] + ".")
        ),
        _reported("nurse", "2009-05-01", 2.1, ("c", 0, nurse), ("d", 90, nurse.split(",")[0] + ".")),
        _reported("alert", "2009-05-01", 2.0, ("e", 0, alert), ("f", 50, alert.split(",")[0] + ".")),
        _reported(
            "hotel", "2009-05-02", 1.9, ("g", 0, quarantine), ("h", 40, quarantine[:-1] + " on Friday.")
        ),
        _reported("spain", "2009-04-27", 1.0, ("s", 0, "Spain confirmed a case of swine flu.")),
    ]
    assert [e.id for e in main_events(ranked, 3)] == ["nurse", "slowing", "hotel"]
    assert [e.id for e in main_events(ranked, 4)] == ["alert", "nurse", "slowing", "hotel"]
    ranked[3].date = "2009-05-01"  # the fourth event of a day waits until every day has had three
    stay = "Residents have been urged to stay at home."
    ranked.insert(
        3,
        _reported(
            "stay",
            "2009-05-01",
            1.95,
            ("i", 0, stay),
            ("j", 70, "Residents in Mexico City were urged to stay at home."),
        ),
    )
    ranked.append(
        _reported(
            "egypt", "2009-04-29", 1.2, ("k", 0, "Egypt began to cull pigs."), ("l", 9, "Egypt culls pigs.")
        )
    )
    ranked.append(
        _reported(
            "texas",
            "2009-04-29",
            1.1,
            ("m", 0, "A toddler died in Texas."),
            ("n", 5, "The toddler died in Texas."),
        )
    )
    ranked.append(
        _reported(
            "scot",
            "2009-04-29",
            1.0,
            ("o", 0, "Two cases were confirmed in Scotland."),
            ("p", 7, "Scotland confirmed two cases."),
        )
    )
    ranked.append(
        _reported(
            "eu",
            "2009-04-29",
            0.9,
            ("q", 0, "EU health ministers will meet."),
            ("r", 3, "EU ministers will meet."),
        )
    )
    fourth = [e.id for e in main_events(ranked, 7)]  # 29 April's three, then 1 May's four
    assert fourth == ["egypt", "scot", "texas", "alert", "nurse", "slowing", "stay"]
    assert {e.id for e in main_events(ranked, 9)} == {e.id for e in ranked if e.sources >= 2} - {"hotel"}


@cache
def _article_words(topic: str) -> DocumentFrequency:
    """How many of a Timeline17 topic's articles use each word, counted as a store counts them."""
    from storyline.ingest import read_documents
    from storyline.merge.similarity import telling_stems

    words = DocumentFrequency()
    for document in read_documents([T17 / topic / "InputDocs"]):
        if isinstance(document, Document):
            words.see(telling_stems(document.text))
    return words


def _told_on(entry_id: str, day: str, published: date, sentence: str, salience: float, *actors: str) -> Entry:
    """An entry of one report that dates its event `day`, in an article of `published`."""
    from storyline.model import Mention

    mention = Mention(entry_id, f"{entry_id}.txt", 0, len(sentence), sentence, published, date=day)
    return Entry(
        entry_id, day, False, Tense.PAST, sentence, list(actors), None, [], [mention], salience=salience
    )


@needs(T17)
def test_the_overview_tells_apart_an_alert_raised_to_four_to_five_and_the_pandemic() -> None:
    """H1N1_bbc: the WHO raised its alert to four on 28 April ("late on Tuesday") and to five,
    and declared the pandemic in June ("Last week"): like words, three events. A report that gives
    its own time in words (a day, a week) tells another occasion than one whose time lies wholly
    apart, and a count written in words ("from three to four", "to five") is a number."""
    from storyline.merge.main_events import main_events

    who = "World Health Organization"
    ranked = [
        _told_on(
            "pandemic",
            "2009-W24",
            date(2009, 6, 16),
            "Last week, the World Health Organization (WHO) declared the outbreak a pandemic.",
            5.0,
            who,
        ),
        _told_on(
            "four",
            "2009-04-28",
            date(2009, 4, 28),
            "The World Health Organization (WHO) raised its alert level late on Tuesday from three to four - "
            "two steps short of declaring a full pandemic.",
            4.0,
            who,
        ),
        _told_on(
            "five",
            "2009-05-01",
            date(2009, 5, 1),
            "The World Health Organization has raised its pandemic alert to five, the second-highest level, "
            "but says it has no immediate plans for another rise.",
            3.0,
            who,
        ),
        _told_on(
            "egypt", "2009-04-29", date(2009, 4, 29), "Egypt has begun a cull of all its pigs.", 2.0, "Egypt"
        ),
    ]
    shown = main_events(ranked, 3, _article_words("H1N1_bbc"))
    assert [e.id for e in shown] == ["four", "five", "pandemic"]


def test_a_count_word_typed_with_a_folded_letter_stops_no_overview() -> None:
    """H1N1_bbc's "raised its pandemic alert to five" typed with a dotless i ("fıve") or a long s
    ("ſix"): re's case folding matches them as count words, which are not among the words counted;
    the sentence gives no count, and the overview (ranked by every entry's sentence) is still made."""
    from storyline.merge.main_events import main_events
    from storyline.merge.retelling import sentence_numbers

    five = (
        "The World Health Organization has raised its pandemic alert to five, the second-highest level, "
        "but says it has no immediate plans for another rise."
    )
    assert sentence_numbers(five) == {"5"}
    assert not sentence_numbers(five.replace("five", "fıve")) and not sentence_numbers(
        five.replace("five", "ſix")
    )
    ranked = [
        _told_on("five", "2009-05-01", date(2009, 5, 1), five.replace("five", "fıve"), 3.0, "WHO"),
        _told_on("egypt", "2009-04-29", date(2009, 4, 29), "Egypt began to cull pigs.", 2.0, "Egypt"),
        _told_on("six", "2009-05-02", date(2009, 5, 2), five.replace("five", "ſix"), 1.0, "WHO"),
    ]
    assert "five" in [e.id for e in main_events(ranked, 2)]  # the best entry, one report: the last round


@needs(T17)
def test_the_overview_shows_once_an_event_two_entries_tell_on_its_day() -> None:
    """bpoil_bbc: two entries dated 20 April in their words, the workers killed in the explosion
    and the oil spewing since the rig exploded, share the day and the story's rarer words of the
    explosion (0.22 weighted by its articles): one event, shown once."""
    from storyline.merge.main_events import main_events

    ranked = [
        _told_on(
            "killed",
            "2010-04-20",
            date(2010, 5, 28),
            "Eleven workers were killed in the explosion on the Deepwater Horizon rig on 20 April.",
            6.0,
        ),
        _told_on(
            "spewing",
            "2010-04-20",
            date(2010, 6, 8),
            "Oil has been spewing into the Gulf since the offshore drilling rig Deepwater Horizon, leased by "
            "oil giant BP, exploded off the coast of Louisiana on 20 April and sank two days later.",
            5.0,
        ),
        _told_on(
            "fund",
            "2010-06-16",
            date(2010, 6, 18),
            "BP has agreed to put aside $20bn (£13.5bn) to compensate victims of the oil spill.",
            4.0,
        ),
        _told_on(
            "states",
            "2010-04-29",
            date(2010, 4, 30),
            "Mississippi, Alabama, Louisiana and Florida have all declared a state of emergency.",
            3.0,
        ),
    ]
    shown = main_events(ranked, 3, _article_words("bpoil_bbc"))
    assert [e.id for e in shown] == ["killed", "states", "fund"]


def test_the_overview_prefers_first_reports_of_their_day_to_an_undated_explainer() -> None:
    """bpoil_bbc: the cut-and-cap operation "launched on Tuesday", told so by two articles of that
    day, and the static kill's explainer, told alike by two articles, are equally salient; the
    articles that date the event in their words on their own day report it as news. Told a week
    later, it is not: the two rank alike (and a deed dated in words comes first among equals)."""
    from dataclasses import replace

    from storyline.merge.main_events import _sentence_frequency, main_events, rank_terms

    stages = 'The static kill, also known as "bullheading", takes place in three stages.'
    bullheading = 'The static kill, also known as "bullheading" takes place in three stages.'
    cut = (
        "An operation using undersea robots to cut off the fractured pipe and seal it with a cap was "
        "launched on Tuesday."
    )
    launched = "An operation to cap the leak was launched on Tuesday using underwater robots."
    ranked = [
        _reported("stages", "2010-08-02", 2.085, ("a", 3617, stages), ("b", 1239, bullheading)),
        _reported("cut", "2010-06-01", 2.085, ("c", 273, cut), ("d", 573, launched)),
    ]
    for entry, published in ((ranked[0], date(2010, 8, 2)), (ranked[1], date(2010, 6, 1))):
        entry.mentions = [replace(m, publication_date=published, date=entry.date) for m in entry.mentions]
        entry.actors = ["BP"]  # so that neither is a general truth
    assert [e.id for e in main_events(ranked, 1)] == ["cut"]
    week_on = date(2010, 6, 8)  # "on Tuesday" in articles of a week later: a retelling, not the news
    ranked[1].mentions = [replace(m, publication_date=week_on) for m in ranked[1].mentions]
    terms = rank_terms(ranked, _sentence_frequency(ranked))
    assert terms["stages"].told == terms["cut"].told


def test_the_overview_leaves_out_a_box_of_counts() -> None:
    """H1N1_bbc: a live page's box of counts, run together into one "sentence" and reprinted by three
    articles, is page furniture; Mexico's officials saying the spread is slowing is the news of the
    day. A clock time ("at 14:25") is no labelled count."""
    from storyline.merge.main_events import main_events
    from storyline.merge.view_lines import tally

    box = (
        "One death, at least 141 confirmed cases New Zealand: 4 confirmed, 12 probable cases "
        "The Netherlands, Switzerland, Austria, Denmark, Hong Kong, South Korea: 1 confirmed case each "
        "Countries with confirmed cases of secondary transmission"
    )
    slowing = (
        "Mexican officials say the spread of the virus - suspected in more than 160 deaths - is slowing, but "
        "international experts are more cautious."
    )
    ranked = [
        _told_on("box", "2009-05-01", date(2009, 5, 1), box, 2.5, "New Zealand", "South Korea"),
        _told_on("slowing", "2009-05-01", date(2009, 5, 1), slowing, 2.2, "Mexico"),
        _told_on(
            "egypt", "2009-04-29", date(2009, 4, 29), "Egypt has begun a cull of all its pigs.", 2.0, "Egypt"
        ),
    ]
    assert [e.id for e in main_events(ranked, 2)] == ["egypt", "slowing"]
    assert not tally("The flow of oil was shut off at 14:25 local time on Thursday: 5,000 barrels a day.")


def test_the_overview_leaves_out_a_box_of_names_after_a_label() -> None:
    """H1N1_bbc, 29 April: a live page's box of the countries with suspected cases, a label, a colon
    and names run on into the next line, held one of the day's places in the overview and kept out
    the Texan child's death, the first outside Mexico. A quote after a colon is no list."""
    from storyline.merge.main_events import main_events
    from storyline.merge.view_lines import names_a_list

    box = (
        "Countries with suspected cases: Brazil, Guatemala, Peru, Australia, and South Korea, and seven EU "
        "states All three recently returned from Mexico, officials said."
    )
    child = (
        "The child - one of 91 cases of swine flu in the US - had been visiting relatives in Texas "
        "when he fell ill."
    )
    egypt = (
        "Egypt has begun a mass slaughter of thousands of pigs in an effort to prevent swine flu spreading."
    )
    day = date(2009, 4, 29)
    ranked = [
        _told_on("box", "2009-04-29", day, box, 2.5, "Brazil", "Peru"),
        _told_on("egypt", "2009-04-29", day, egypt, 2.2, "Egypt"),
        _told_on("child", "2009-04-29", day, child, 2.0, "Texas"),
    ]
    assert sorted(e.id for e in main_events(ranked, 2)) == ["child", "egypt"]
    assert not names_a_list(
        'Announcing the criminal investigations, Mr Holder said: "We will closely examine the actions of '
        "those involved in the spill."
    )
    # names after a colon inside a quote: the quote mark in the label tells a quote's words, not a box
    assert not names_a_list('Mr Holder said "the parties named so far are: BP, Transocean, Halliburton".')


def _marked_in_two(
    entry_id: str, day: str, published: date, sentence: str, word: str, salience: float
) -> Entry:
    """An entry that two articles of `published` tell in `sentence`, its event marked on `word`."""
    return told_entry(entry_id, day, salience, word, sentence, published, published)


def test_the_overview_leaves_out_an_event_told_as_the_time_or_ground_of_another() -> None:
    """bpoil_bbc: "his third trip there since the leak ⟦began⟧" (3–4 June, dated to April's week
    by "six weeks ago") and "having already ⟦faced⟧ questions ... last week" (17–18 May, the 11 May
    hearing shown on its day) held two places of the overview's foot: each marks an event that its
    sentence tells only as the time or the ground of its news. An event marked in the main clause of
    a sentence with a "since" clause is news ("Oil ⟦stopped⟧ leaking ... for the first time since
    the explosion"), and so is one after "has since" or after a "since" clause whose subject is
    followed by the main clause's (haiti_bbc). A clause that gives the event's day still dates it."""
    from storyline.merge.main_events import main_events
    from storyline.merge.view_lines import anchors_another

    visit = (
        "President Barack Obama is to visit the gulf on Friday, his third trip there since the leak began "
        "six weeks ago."
    )
    hearing = (
        "BP's America president, Lamar McKay, returned to the Senate for the hearing, having already faced "
        "questions along with other oil industry executives last week."
    )
    stopped = (
        "Oil stopped leaking into the Gulf of Mexico on 15 July for the first time since the explosion on "
        "the Deepwater Horizon oil rig in April."
    )
    capped = "The well was finally capped on 15 July, after an estimated 4.9 m barrels of oil had leaked."
    ranked = [
        _marked_in_two("visit", "2010-W16", date(2010, 6, 3), visit, "began", 3.0),
        _marked_in_two("hearing", "2010-W19", date(2010, 5, 17), hearing, "faced", 2.9),
        _marked_in_two("stopped", "2010-07-15", date(2010, 7, 16), stopped, "stopped", 2.8),
        _marked_in_two("capped", "2010-09", date(2010, 9, 19), capped, "capped", 2.7),
    ]
    assert [e.id for e in main_events(ranked, 2)] == ["stopped", "capped"]
    living = "She is 79 and since the earthquake she has been living on the street."
    said = "The former Fugees star has since said he is now on his way to the Caribbean state."
    for sentence, word in ((living, "living"), (said, "said"), (stopped, "stopped")):
        assert not anchors_another(_marked_in_two("x", "2010-01", date(2010, 1, 13), sentence, word, 1.0))
    # a clause that gives the event's day still dates it: the explosion "since the rig exploded on 20 April"
    spewing = "Oil has been spewing since the rig exploded on 20 April."
    assert not anchors_another(_marked_in_two("x", "2010-04-20", date(2010, 5, 3), spewing, "exploded", 1.0))
    assert anchors_another(_marked_in_two("x", "2010-04", date(2010, 5, 3), spewing, "exploded", 1.0))


def test_the_overview_leaves_out_a_state_lasting_since_a_month() -> None:
    """bpoil_bbc: "It has ⟦affected⟧ hundreds of miles of Gulf coastline since April ..." (six
    articles of 16-19 July), dated April by "since April", held April's one place in the overview:
    a state that lasts up to its articles' days, not an event of April. The commission's finding
    that the budget office ⟦denied⟧ NOAA's request "in late April or early May" is April's news."""
    from storyline.merge.main_events import main_events

    state = (
        "It has affected hundreds of miles of Gulf coastline since April, with serious economic damage to "
        "the region as tourists have avoided Gulf Coast beaches and fishing grounds have remained closed."
    )
    denied = (
        "The panel, which cited interviews with government officials, said in late April or early May, the "
        "White House budget office denied a request from the National Oceanic and Atmospheric "
        "Administration (NOAA) to make public its worst-case estimate of how much oil could leak from the "
        "Macondo well."
    )
    oynes = "Chris Oynes said he would step down at the end of this month."
    ranked = [
        _marked_in_two("state", "2010-04", date(2010, 7, 17), state, "affected", 3.4),
        _marked_in_two("denied", "2010-04", date(2010, 10, 6), denied, "denied", 2.1),
        _marked_in_two("oynes", "2010-05", date(2010, 5, 17), oynes, "step", 2.0),
    ]
    assert [e.id for e in main_events(ranked, 2)] == ["denied", "oynes"]


def test_the_overview_leaves_out_a_box_of_items_each_a_label_and_its_outcome() -> None:
    """bpoil_bbc, 29 May to 3 June: a fact box of the attempts to stop the leak, each a label, a dash
    and its outcome, run together into one "sentence" that six articles reprint, is page furniture
    (it held a place in the overview); the top kill's failure, which two articles tell, is the news.
    Two dashes that set off an aside are news ("The child - one of 91 cases ... - had been visiting")."""
    from storyline.merge.main_events import main_events
    from storyline.merge.view_lines import listed

    box = (
        "Oil booms - partly successful Dispersant used - scientists warn it may kill marine life Huge dome "
        "placed over leak - became blocked by ice crystals Mile-long tube - fails to suck up large amount of "
        'oil "Top-kill" method to pump in heavy mud - abandoned'
    )
    failed = (
        'A "top kill" procedure, which had been considered the best hope for plugging the leak, failed over '
        "the weekend when engineers were unable to pump enough heavy mud into the well."
    )
    fund = "BP has agreed to put aside $20bn (£13.5bn) to compensate victims of the oil spill."
    ranked = [
        _reported("box", "2010-05-29", 3.8, *((article, 1324, box) for article in "abcdef")),
        _reported("failed", "2010-05-30", 2.1, ("g", 310, failed), ("h", 95, failed)),
        _reported("fund", "2010-06-16", 2.0, ("i", 0, fund), ("j", 40, fund)),
    ]
    assert [e.id for e in main_events(ranked, 2)] == ["failed", "fund"]
    aside = (
        "The child - one of 91 cases of swine flu in the US - had been visiting relatives in Texas "
        "when he fell ill."
    )
    assert not listed(aside)


def test_the_overview_shows_once_the_news_its_articles_tell_on_a_day_and_in_its_week() -> None:
    """bpoil_bbc, January 2011: the oil spill commission's report, "cut costs and save time" (dated
    its week: "Last week, the commission released") and "likely to recur" (dated its day, 5 January),
    told by the same five articles: one piece of news, shown once. A month is not a day's time, and
    what the articles of a shown day tell of "earlier this week" is older news."""
    from storyline.merge.main_events import main_events

    recur = (
        'In a 48-page report, the presidential commission wrote that the failures were "systemic" and likely '
        "to recur without industry and government reform."
    )
    cut = (
        "The companies involved in the BP oil spill made decisions to cut costs and save time that "
        "contributed to the disaster."
    )
    ranked = [
        _reported("cut", "2011-W01", 2.7, *((article, 221, cut) for article in "abcdef")),
        _reported("recur", "2011-01-05", 1.7, *((article, 340, recur) for article in "abcde")),
        _reported(
            "spain",
            "2010-05-01",
            1.0,
            *((article, 0, "Spain sent two ships with booms.") for article in "st"),
        ),
    ]
    assert [e.id for e in main_events(ranked, 2)] == ["spain", "cut"]
    ranked[0].date = "2011-01"
    assert [e.id for e in main_events(ranked, 2)] == ["cut", "recur"]
    ranked[0].date, ranked[1].date = "2011-01-05", "2011-W01"  # the shown one a day, the other its week
    assert [e.id for e in main_events(ranked, 2)] == ["recur", "cut"]  # the week (from 3 January) first


@needs(T17)
def test_the_overview_shows_once_an_event_two_articles_date_by_weeks_that_touch() -> None:
    """bpoil_bbc: BP's containment cap "placed ... last week", told on 8-10 June (the week of 31 May),
    and "placed ... earlier this month; by last week, it was collecting" told on 14-15 June (the week
    of 7 June): each counts its week from its own article, one event. Weeks a fortnight apart are two
    times."""
    from storyline.merge.main_events import main_events

    placed = (
        "A containment cap placed on the blown-out well last week is now helping to contain some of the "
        "leaking oil."
    )
    collecting = (
        "BP placed a containment cap on its damaged oil well earlier this month; by last week, it was "
        "collecting about 15,000 barrels of oil a day."
    )
    ranked = [
        _told_on("collecting", "2010-W23", date(2010, 6, 14), collecting, 3.6, "BP"),
        _told_on("placed", "2010-W22", date(2010, 6, 9), placed, 2.2, "BP"),
        _told_on(
            "egypt", "2010-04-29", date(2010, 4, 29), "Egypt has begun a cull of all its pigs.", 1.0, "Egypt"
        ),
    ]
    for entry in ranked:
        entry.sources = 2  # each told by two articles
    words = _article_words("bpoil_bbc")
    assert [e.id for e in main_events(ranked, 2, words)] == ["egypt", "collecting"]
    ranked[1] = _told_on("placed", "2010-W21", date(2010, 6, 1), placed, 2.2, "BP")
    ranked[1].sources = 2
    assert [e.id for e in main_events(ranked, 2, words)] == ["placed", "collecting"]


def _reprinted(
    entry_id: str, tense: Tense, salience: float, actors: list[str], *reports: tuple[str, int, date, str, str]
) -> Entry:
    """An entry whose first report gives its sentence; each report is (article, offset, publication
    date, the date it gives the event, sentence)."""
    from storyline.model import Mention

    mentions = [
        Mention(article, f"{article}.txt", at, at + len(text), text, published, date=day)
        for article, at, published, day, text in reports
    ]
    sources = len({article for article, *_ in reports})
    return Entry(
        entry_id, reports[0][3], False, tense, reports[0][4], actors, None, [], mentions, salience=salience,
        sources=sources,
    )  # fmt: skip


@needs(T17)
def test_a_standing_statement_reprinted_on_later_days_does_not_rank_as_retold_news() -> None:
    """bpoil_bbc: an explainer's "Wetlands ... sustain hundreds of wildlife species", printed on
    pages of two days, each dated by its own page, earned the days an event keeps being retold on
    and outranked Adm Allen on the seepages near the capped well (a headline, with a report that
    dates the integrity test in its words). A retold event that a report dates keeps those days."""
    from storyline.merge.main_events import main_events

    wetlands = "Wetlands off the Louisiana coast sustain hundreds of wildlife species"
    ranked = [
        _reprinted(
            "wetlands",
            Tense.ONGOING,
            2.5,  # three articles (log2 4) on two days (0.5 log2 2), as `entry_building.salience` counts
            ["Louisiana"],
            ("b", 4070, date(2010, 4, 30), "2010-04-30", f"The {wetlands.lower()} and a seafood industry."),
            ("c", 5106, date(2010, 5, 1), "2010-05-01", f"{wetlands} and a major seafood industry."),
            ("d", 1967, date(2010, 5, 1), "2010-05-01", f"{wetlands}, and a major seafood industry."),
        ),
        _reprinted(
            "seepages",
            Tense.PAST,
            1.17,
            ["BP", "Thad Allen"],
            (
                "a",
                0,
                date(2010, 7, 19),
                "2010-07-19",
                "Seepages near the leaking BP oil well ` may be natural ' Adm Thad Allen says the integrity "
                "of the capped well is not threatened Seepages on the sea floor near the leaking Gulf of "
                "Mexico oil well may be unrelated to the well itself, the government's incident commander "
                "says.",
            ),
            (
                "e",
                1228,
                date(2010, 7, 12),
                "2010-07-13",
                "Adm Allen said BP would test the integrity of the leaking oil well on Tuesday morning.",
            ),
        ),
    ]
    words = _article_words("bpoil_bbc")
    assert [e.id for e in main_events(ranked, 1, words)] == ["seepages"]
    from dataclasses import replace

    ranked[0].mentions[0] = replace(ranked[0].mentions[0], date="2010-04-20")  # a report gives its own time
    assert [e.id for e in main_events(ranked, 1, words)] == ["wetlands"]


@needs(T17)
def test_among_entries_ranked_alike_a_deed_dated_in_words_comes_before_an_undated_statement() -> None:
    """bpoil_bbc: hundreds of entries that two articles tell on two days tie in the overview's
    ranking; taken by id, BP's standing "has said it will honor legitimate claims" came before the
    Coast Guard setting fire to the slick, which a report of 30 April dates "Wednesday" (28 April).
    The dated deed comes first; dated only by their pages, the two are taken in their given order."""
    from dataclasses import replace

    from storyline.merge.main_events import main_events

    fire = (
        "Wednesday saw a US Coast Guard crew set fire to part of the oil slick in an attempt to save "
        "environmentally-sensitive wetlands."
    )
    ranked = [
        _reprinted(
            "claims",
            Tense.PAST,
            2.085,  # two articles (log2 3) on two days (0.5 log2 2)
            ["BP"],
            (
                "a",
                1398,
                date(2010, 5, 2),
                "2010-05-02",
                "The company has said it will honor legitimate claims for damages.",
            ),
            (
                "b",
                2171,
                date(2010, 5, 3),
                "2010-05-03",
                "BP has said it will honor legitimate claims for compensation from people affected.",
            ),
        ),
        _reprinted(
            "fire",
            Tense.PAST,
            2.085,
            ["Coast Guard"],
            ("d", 5116, date(2010, 4, 30), "2010-04-28", fire),
            (
                "c",
                3665,
                date(2010, 4, 29),
                "2010-04-29",
                "A coastguard crew has set fire to part of the oil slick in an attempt to save "
                "environmentally-fragile wetlands",
            ),
        ),
    ]
    words = _article_words("bpoil_bbc")
    assert [e.id for e in main_events(ranked, 1, words)] == ["fire"]
    undated = fire.replace("Wednesday saw", "Officials saw")  # each report dated by its page
    ranked[1].summary, ranked[1].date = undated, "2010-04-30"
    ranked[1].mentions[0] = replace(
        ranked[1].mentions[0], text=undated, end=5116 + len(undated), date="2010-04-30"
    )
    assert [e.id for e in main_events(ranked, 1, words)] == ["claims"]


def test_a_quote_framed_by_the_act_it_comments_on_is_news_not_a_frame() -> None:
    """bpoil_bbc, 1 June: "Announcing the criminal investigations, Mr Holder said: ..." tells of the
    inquiry in its participle; two articles open the quote so, a third retells it. It was left out of
    the overview as the frame of a quote, like Mr Obama's words "Speaking at the White House", whose
    participle only places the telling (still left out)."""
    from storyline.merge.main_events import main_events

    examine = 'said: "We will closely examine the actions of those involved in the spill.'
    holder = f"Announcing the criminal investigations, Mr Holder {examine}"
    attorney = f"Announcing the criminal probe, Attorney General Eric Holder {examine}"
    retold = 'Mr Holder said those involved in the spill would be "closely examined".'
    obama = (
        'Speaking at the White House, Mr Obama said: "While BP is ultimately responsible for funding the '
        "cost of response and clean-up operations, my administration will continue to use every single "
        "available resource at our disposal, including potentially the Department of Defense, to address "
        "the incident."
    )
    shares = (
        "BP shares fell 3.4% on Wednesday over worries that the company will have to suspend its dividend "
        "payments to pay for legal claims and cleaning up the spill."
    )
    ranked = [
        _reprinted(
            "inquiry",
            Tense.PAST,
            2.5,  # three articles (log2 4) on two days (0.5 log2 2)
            ["Eric Holder"],
            ("a", 729, date(2010, 6, 1), "2010-06-01", holder),
            ("b", 2324, date(2010, 6, 1), "2010-06-01", attorney),
            ("c", 2334, date(2010, 6, 2), "2010-06-02", retold),
        ),
        _reprinted(
            "white-house",
            Tense.PAST,
            2.085,
            ["Barack Obama", "BP"],
            ("d", 1114, date(2010, 4, 29), "2010-04-29", obama),
            ("e", 2337, date(2010, 4, 30), "2010-04-30", obama.replace(" said", " also said") + '"'),
        ),
        _reprinted(
            "shares",
            Tense.PAST,
            1.17,
            ["BP"],
            ("f", 903, date(2010, 6, 9), "2010-06-09", shares),
            ("g", 1650, date(2010, 6, 10), "2010-06-09", shares.replace("BP shares", "Shares in BP")),
        ),
    ]  # fmt: skip
    assert [e.id for e in main_events(ranked, 1)] == ["inquiry"]
    assert [e.id for e in main_events(ranked, 2)] == ["inquiry", "shares"]


@cache
def _h1n1_words() -> DocumentFrequency:
    """How many of H1N1_bbc's articles use each word stem, as ingest counts them."""
    from storyline.merge.similarity import telling_stems

    words = DocumentFrequency()
    for path in sorted((T17 / "H1N1_bbc" / "InputDocs").glob("*/*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        if text.strip():
            words.see(telling_stems(text))
    return words


@needs(T17 / "H1N1_bbc")
def test_the_overview_shows_once_an_event_dated_on_its_day_and_in_its_week() -> None:
    """H1N1_bbc: the WHO's pandemic, told "Last week, ... declared" (a week of June) and as "the
    declaration" in a report of 11 June, inside that week: one time, so less in common tells one
    event. The same sentence a month on is another occasion, as before."""
    from storyline.merge.main_events import main_events

    week = "Last week, the World Health Organization (WHO) declared the outbreak a pandemic."
    anxiety = (
        "The WHO will have to manage the global anxiety the declaration of a pandemic will generate, "
        "our correspondent says."
    )
    scotland = "Thirty-five new cases of swine flu in Scotland were confirmed on Sunday."
    words = _h1n1_words()  # the sentences share 0.31 of their weighted words
    ranked = [
        _overview_entry("week", "2009-W24", week, 5.0),
        _overview_entry("anxiety", "2009-06-11", anxiety, 4.0),
        _overview_entry("scotland", "2009-06-14", scotland, 3.0),
    ]
    assert [e.id for e in main_events(ranked, 2, words)] == ["week", "scotland"]  # the week from 8 June
    ranked[1] = _overview_entry("anxiety", "2009-07-11", anxiety, 4.0)
    assert [e.id for e in main_events(ranked, 2, words)] == ["week", "anxiety"]


@needs(T17 / "H1N1_bbc")
def test_an_alert_raised_from_five_to_six_is_not_the_raise_to_five() -> None:
    """H1N1_bbc: the raise to phase six names the phase it left; the figure it reached is six, and
    the raise to five a month before is other news."""
    from storyline.merge.main_events import main_events

    five = (
        "The World Health Organization has raised its pandemic alert to five, the second-highest level, "
        "but says it has no immediate plans for another rise."
    )
    six = (
        "In a statement, the WHO says it decided to raise the pandemic alert level from phase five to six, "
        "meaning the swine flu virus is spreading in at least two regions of the world."
    )
    words = _h1n1_words()  # the sentences share 0.36 of their weighted words
    ranked = [
        _overview_entry("six", "2009-06-11", six, 5.0),
        _overview_entry("five", "2009-05-01", five, 4.0),
        _overview_entry("stay", "2009-05-02", "Residents have been urged to stay at home.", 3.0),
    ]
    assert [e.id for e in main_events(ranked, 2, words)] == ["five", "six"]


# a blog post of 1 June 2009 (H1N1_bbc) that a page of 30 June printed again word for word
OXFORD_POST = (
    "Another fifteen cases of swine flu were confirmed yesterday by the Health Protection Agency, "
    "bringing the UK total to 244.\n"
    "One of the cases was in Wales and is believed to be the first there.\n"
    "But Professor Oxford thinks that many cases are going undetected: "
    '"Already, sporadic cases in the UK have been shown that are not linked with cases that have traveled.\n'
    'That does suggest that the virus is silently spreading around."\n'
    "The southern hemisphere is entering its winter and the peak period for flu.\n"
    "There would be particular concern if H1N1 mutated substantially to become a more virulent illness.\n"
    "Thankfully, there are no signs of that yet.\n"
)


def test_a_copy_printed_weeks_later_is_the_same_statement(pipeline: Pipeline) -> None:
    lead = (
        "One of the UK's leading flu experts has predicted that a pandemic of swine flu is likely to strike "
        "Britain in the autumn.\n"
    )
    signed = "I'm Fergus Walsh, the BBC's medical correspondent.\n"
    entries = _entries(
        pipeline, (date(2009, 6, 1), lead + OXFORD_POST), (date(2009, 6, 30), OXFORD_POST + signed)
    )
    for word in ("was in Wales", "entering its winter", "are no signs"):
        # tied to each page's day, the copy would be an entry of its own
        (told,) = [
            e
            for e in entries
            if any(m.text[m.event_start - m.start :].startswith(word) for m in e.mentions)  # type: ignore[operator]
        ]
        assert {m.path for m in told.mentions} == {"0.txt", "1.txt"}
        assert told.date == "2009-06-01"  # the first page's day, not the copy's


def test_an_editors_note_copied_with_another_day_written_is_no_entry(pipeline: Pipeline) -> None:
    """The note is about the page (`extract.page_notes`): no entry, merged or not; each page's news is
    its own entry."""
    capped = "Oil firm BP has lowered a cap on to a leaking oil well in the Gulf of Mexico.\n"
    fell = "Shares in BP fell sharply on Tuesday.\n"
    entries = _entries(
        pipeline,
        (date(2010, 6, 16), capped + "This article was amended on 16 June 2010.\n"),
        (date(2010, 6, 18), fell + "This article was amended on 18 June 2010.\n"),
    )
    assert not _telling(entries, "amended")
    assert len(_telling(entries, "lowered")) == 1 and len(_telling(entries, "fell")) == 1


def test_a_print_note_copied_with_another_page_number_is_no_entry(pipeline: Pipeline) -> None:
    note = (  # a page's note on its printing, as bpoil_guardian's pages end
        "A version appeared on p{} of the Main section section of the Guardian on "
        "Follow the latest environment news, comment and analysis on Twitter\n"
    )
    believe = "Some experts believe this is the only certain way of stopping the disaster.\n"
    pumps = (
        "Two high pressure pumps were used to force mud into the BOP, "
        "with the aim of pushing the oil and gas back down the well shaft.\n"
    )
    entries = _entries(
        pipeline, (date(2010, 5, 17), believe + note.format(17)), (date(2010, 6, 6), pumps + note.format(20))
    )
    assert not _telling(entries, "appeared")  # a note on the page's printing (`extract.page_notes`)
    assert len(_telling(entries, "used")) == 1


@needs(T17 / "bpoil_bbc")
def test_one_word_in_common_months_apart_is_no_retelling() -> None:
    """bpoil_bbc: BP's internal report of 8 September ("BP shares blame over oil spill", two pages'
    headlines) shares only "blame" with the executives who "traded blame in Congress" on 11 May besides
    BP's name (0.38 of their weighted words, a short headline): four months apart one word tells no
    retelling. Two reports near in time that share one word still may."""
    from storyline.merge.retelling import Told
    from storyline.merge.similarity import telling_stems

    words = topic_words("bpoil_bbc")
    may, september = (date(2010, 5, 11),) * 2, (date(2010, 9, 8),) * 2
    traded = Told.of_sentence(
        "On Tuesday, BP and other oil industry executives traded blame in Congress.", words, may, may, "trade"
    )
    headline = Told.of_sentence("BP shares blame over oil spill", words, None, september, "share")
    traded.names = headline.names = telling_stems("BP")
    assert not headline.alike(traded)
    near = Told.of_sentence("BP shares blame over oil spill", words, None, (date(2010, 5, 12),) * 2, "share")
    near.names = headline.names
    assert near.alike(traded)

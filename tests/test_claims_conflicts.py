"""Conflicts on articles made of Timeline17 sentences, run through the whole pipeline.

Each test quotes the sentences it reads; the articles are dated as the Timeline17 folders date
the originals, so year-less dates and claim dates resolve as they do on the corpus.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from conftest import entries_of
from storyline.merge.conflicts import find_conflicts
from storyline.merge.figure_series import build_series
from storyline.model import (
    Attribution,
    Conflict,
    Entry,
    Figure,
    Mention,
    Stance,
    Tense,
)
from storyline.pipeline import Pipeline
from test_conflicts import plain


def _conflicts(pipeline: Pipeline, *articles: tuple[date, str]) -> list[Conflict]:
    entries = entries_of(pipeline, *articles)
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


def test_a_doubt_its_source_says_it_does_not_dispute_is_no_dispute(pipeline: Pipeline) -> None:
    """bpoil_reuters, 27 May: McNutt "declined to confirm ..., but she did not dispute it": withholding a
    confirmation without disputing is no disagreement with the government estimates of 23 May."""
    claim = (
        "Nearly 40 days into the disaster, the BP oil leak has now eclipsed the worst previous spill, the "
        "Exxon Valdez disaster on the Alaska coast in 1989, according to new U.S. government estimates.\n"
    )
    undisputed = (
        "McNutt declined to confirm that the BP spill has eclipsed the Exxon Valdez, but she did not "
        "dispute it.\n"
    )
    found = _conflicts(pipeline, (date(2010, 5, 23), claim), (date(2010, 5, 27), undisputed))
    assert not [c for c in found if c.kind in ("stance", "revision")]
    doubted = undisputed.replace(", but she did not dispute it", "")
    found = _conflicts(pipeline, (date(2010, 5, 23), claim), (date(2010, 5, 27), doubted))
    assert [c.kind for c in found if c.kind in ("stance", "revision")] == ["stance"]


HEDGED_ECLIPSES = (
    "The looming disaster in the Gulf threatens to eclipse the 1989 Exxon Valdez spill in Alaska.",
    "It threatens to eclipse the 1989 Exxon Valdez spill off Alaska as the worst U.S. ecological disaster.",
    "If unchecked, it will take about 50 days to eclipse the Exxon Valdez spill, the worst U.S. oil spill.",
    "The blast killed 11 crew members, sank the rig and unleashed a spill that could eclipse the 1989 "
    "Exxon Valdez disaster in Alaska.",
    "The size of BP's disaster in the Gulf could eclipse the scale of the 1989 Exxon Valdez spill.",
    '"It seems clear that this one will eclipse the Exxon Valdez payout," said Zygmunt Plater.',
)  # bpoil_reuters, 2-24 May 2010


def test_claims_of_what_may_come_do_not_make_a_doubt_too_vague_to_pair(pipeline: Pipeline) -> None:
    """Six reports that the spill may eclipse the Valdez do not claim that it has: McNutt's doubt
    still disputes the one that does (bpoil_reuters; a doubt carried by more than five claims is
    left out as too vague)."""
    hedged = [
        (date(2010, 5, 2 + 3 * index), f"{sentence}\n") for index, sentence in enumerate(HEDGED_ECLIPSES)
    ]
    found = _conflicts(
        pipeline,
        *hedged,
        (
            date(2010, 5, 23),
            "Nearly 40 days into the disaster, the BP oil leak has now eclipsed the worst previous spill, "
            "the Exxon Valdez disaster on the Alaska coast in 1989, according to new U.S. government "
            "estimates.\n",
        ),
        (
            date(2010, 5, 27),
            "McNutt declined to confirm that the BP spill has eclipsed the Exxon Valdez.\n",
        ),
    )
    (stance,) = [c for c in found if c.kind == "stance"]
    assert stance.second.date == "2010-05-23" and "government estimates" in (stance.second.source or "")


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


def test_a_doubt_within_an_entry_disputes_only_reports_that_carry_what_it_doubts() -> None:
    """An entry that also holds reports of other things (haiti_bbc): the White House dismissing
    Robertson's comments is not disputed by a report that the quake struck, nor the UN's doubt by a
    report of the relief operation; a report of Annabi's death does carry what the UN doubted."""
    dismissed = _report(
        "wh",
        'The White House has dismissed as "stupid" comments by evangelist broadcaster Pat Robertson '
        "suggesting that quake-struck Haiti was cursed.",
        date(2010, 1, 15),
        "White House",
        Stance.DENIED,
    )
    struck = _report(
        "quake",
        "The 7.0-magnitude quake, Haiti's worst in two centuries, struck south of the capital, "
        "Port-au-Prince, on Tuesday.",
        date(2010, 1, 14),
        "US Geological Survey",
        Stance.STATED,
    )
    unconfirmed = _report(
        "un",
        "The UN has not confirmed reports that their head of operations in Haiti, Hedi Annabi, was killed.",
        date(2010, 1, 13),
        "United Nations",
        Stance.COULD_NOT_CONFIRM,
    )
    unconfirmed = replace(
        unconfirmed, attribution=Attribution("United Nations", Stance.COULD_NOT_CONFIRM, "has not confirmed")
    )
    operation = _report(
        "ops",
        "He outlines the scale of the relief operation ahead.",
        date(2010, 1, 13),
        "John Holmes",
        Stance.STATED,
    )
    killed = _report(
        "killed",
        "The head of the UN mission in Haiti, Hedi Annabi, was killed when the headquarters collapsed.",
        date(2010, 1, 13),
        "Haitian officials",
        Stance.STATED,
    )
    entry = replace(
        plain("struck", "The quake struck south of the capital.", day="2010-01-12"),
        mentions=[dismissed, struck, unconfirmed, operation, killed],
    )
    found = find_conflicts([entry], [])
    assert [(c.first.document, c.second.document) for c in found] == [("un", "killed")]


def test_a_doubt_lent_to_an_entry_by_another_report_disputes_nothing() -> None:
    """bpoil_reuters: an entry led by a sentence on the Endicott field carries "Exxon denied" from another
    report merged into it; the field's own report in another article does not dispute Exxon."""
    field = (
        "The field's production has declined but at 69,000 barrels per day (bpd) in 2009, it still "
        "contributed over a third of BP's total output from Alaska's North Slope."
    )
    denial = (
        "Exxon denied this and said it believed that BP's choice of well design, the type of cement used "
        "and BP's failure to conduct a common safety check contributed to the blast."
    )
    lent = replace(
        plain("lent", field, day="2010-07-27", source="Exxon", stance=Stance.DENIED),
        mentions=[
            Mention("doc-field", "285.txt", 0, len(field), field, date(2010, 7, 27)),
            _report("doc-exxon", denial, date(2010, 7, 27), "Exxon", Stance.DENIED),
        ],
    )
    copy = replace(plain("copy", field, day="2010-07-27"), id="copy")
    copy = replace(copy, mentions=[replace(copy.mentions[0], document="doc-other")])
    assert not [c for c in find_conflicts([lent, copy], []) if c.kind in ("stance", "revision")]
    own = replace(lent, summary=denial, mentions=lent.mentions[::-1])
    assert [c.kind for c in find_conflicts([own, copy], [])] == []  # nor does the field report dispute it


PUBLISHED = date(2010, 5, 30)


def _birds(entry_id: str, sentence: str, figure_text: str, counted: str, source: str | None) -> Entry:
    start = sentence.index(figure_text)
    figure = Figure(
        value=float(figure_text.split()[0]),
        text=figure_text,
        start=start,
        end=start + len(figure_text),
        counted=counted,
        kind="birds",
        predicate="collected",
    )
    return replace(
        plain(entry_id, sentence, day="2010-05-30", source=source),
        figures=[figure],
        mentions=[Mention(f"doc-{entry_id}", f"{entry_id}.txt", 0, len(sentence), sentence, PUBLISHED)],
    )


def test_counts_of_differently_described_things_or_from_one_sentence_do_not_conflict() -> None:
    """bpoil_reuters: surviving birds are not the birds collected dead; two figures of one sentence
    (copied in two articles) do not dispute each other; dead birds and birds collected dead may."""
    survey = (
        "The 316 dead birds collected along the shores of Louisiana, Mississippi, Alabama and Florida -- "
        "plus 10 others that died or were euthanized at wildlife rehabilitation centers after they were "
        "captured alive -- far outnumber the 31 surviving birds found oiled over that period."
    )
    officials = (
        "Over the 40 days since the spill started, wildlife officials report that 491 birds, 227 turtles and "
        "27 mammals, including dolphins, have been collected dead along the U.S. Gulf Coast."
    )
    surviving = _birds("surviving", survey, "31 surviving birds", "surviving birds", "Michael Ziccardi")
    copied = _birds("copied", survey, "316 dead birds", "dead birds", None)
    dead = _birds("officials", officials, "491 birds", "birds", "wildlife officials")
    found = find_conflicts([surviving, copied, dead], build_series([surviving, copied, dead]))
    assert [(c.first.text, c.second.text) for c in found if c.kind == "figure"] == [
        ("316 dead birds", "491 birds")
    ]


def test_a_figure_is_claimed_by_its_own_report_not_by_another_merged_into_the_entry() -> None:
    """bpoil_reuters: an entry merges a sentence on BP's cash with a quote of Moody's; the $7.7billion is
    the article's own figure, not Moody's."""
    cash = "The company generated cash of $7.7billion from operating activities in the first quarter."
    moody = (
        "\"Moody's expects these costs to weigh significantly on BP's free cash flow generating capacity,\" "
        "the agency said."
    )
    at = cash.index("$7.7billion")
    figure = Figure(7.7e9, "$7.7billion", at, at + len("$7.7billion"), "cash", "USD", predicate="generated")
    entry = replace(
        plain("cash", cash, day="2010-05-10", source="Moody", stance=Stance.STATED),
        figures=[figure],
        mentions=[
            Mention("doc-cash", "cash.txt", 0, len(cash), cash, date(2010, 5, 10)),
            _report("doc-moody", moody, date(2010, 5, 10), "Moody", Stance.STATED),
        ],
    )
    (series,) = build_series([entry])
    assert [point.claimant for point in series.points] == [None]


def test_one_doubt_told_by_two_entries_is_one_dispute() -> None:
    doubt = _report(
        "doc-mcnutt",
        "McNutt declined to confirm that the BP spill has eclipsed the Exxon Valdez.",
        date(2010, 5, 27),
        "Marcia McNutt",
        Stance.COULD_NOT_CONFIRM,
    )
    doubt = replace(
        doubt, attribution=Attribution("Marcia McNutt", Stance.COULD_NOT_CONFIRM, "declined to confirm")
    )
    claim = _report(
        "doc-lawmakers",
        "U.S. lawmakers and scientists have accused BP of trying to conceal what many believe is already the "
        "worst U.S. oil spill, eclipsing the 1989 Exxon Valdez accident in Alaska.",
        date(2010, 5, 21),
        "U.S. lawmakers",
        Stance.STATED,
    )
    one = replace(plain("one", claim.text, day="2010-05-21"), mentions=[doubt, claim])
    other = replace(plain("other", claim.text, day="2010-05-21"), id="other", mentions=[claim, doubt])
    assert len([c for c in find_conflicts([one, other], []) if c.kind == "stance"]) == 1


def test_a_confirmation_the_next_day_answers_a_doubt_and_is_a_revision(pipeline: Pipeline) -> None:
    """haiti_bbc: the UN had not confirmed Hedi Annabi's death on 13 January; on 14 January he "has been
    confirmed dead". The second report settles the doubt: a revision, not a dispute."""
    doubt = (
        "The UN has not confirmed reports that their head of operations in Haiti, Hedi Annabi, was killed.\n"
    )
    answer = "Hedi Annabi, the head of MINUSTAH, the UN mission in Haiti, has been confirmed dead.\n"
    found = _conflicts(pipeline, (date(2010, 1, 13), doubt), (date(2010, 1, 14), answer))
    assert not [c for c in found if c.kind == "stance"]
    same_day = _conflicts(pipeline, (date(2010, 1, 13), doubt), (date(2010, 1, 13), answer))
    assert [c.kind for c in same_day if c.kind in ("stance", "revision")] == ["stance"]


def test_a_later_remark_that_only_mentions_the_valdez_revises_nothing() -> None:
    """bpoil_reuters: McNutt declined to confirm on 27 May that the spill had eclipsed the Exxon Valdez;
    BP's report of the government figures that day disputes her. A professor's remark on claimants and
    another's on costs, a month later, mention BP, its spill and the Valdez, but not what she doubted."""
    mcnutt = plain(
        "mcnutt",
        "McNutt declined to confirm that the BP spill has eclipsed the Exxon Valdez.",
        day="2010-05-27",
        source="Marcia McNutt",
        stance=Stance.COULD_NOT_CONFIRM,
    )
    bp = plain(
        "bp",
        "On Thursday BP said it was making progress on plugging the ruptured well as U.S. government figures "
        "showed the disaster has eclipsed the previous worst U.S. oil spill caused when the Exxon Valdez ran "
        "aground in 1989 and spilled 11 million gallons of oil into Prince William Sound.",
        day="2010-05-27",
        source="BP",
    )
    fisher = plain(
        "fisher",
        "Jeffrey Fisher, a Stanford Law School professor who represented fishermen and other Valdez spill "
        "victims before the U.S. Supreme Court in the Exxon case, said BP may try to limit the field of "
        "potential claimants.",
        day="2010-06-30",
        source="Jeffrey Fisher",
    )
    plater = plain(
        "plater",
        "He also noted that the size and location of the spill expose BP to far more costs than the "
        "Valdez did for Exxon.",
        day="2010-06-30",
        source="Zygmunt Plater",
    )
    found = [c for c in find_conflicts([mcnutt, bp, fisher, plater], []) if c.kind in ("stance", "revision")]
    assert [(c.kind, c.second.entry_id) for c in found] == [("stance", "bp")]


def test_a_report_merged_with_a_doubt_must_carry_its_telling_word() -> None:
    """bpoil_reuters: McNutt's doubt that the spill had eclipsed the Exxon Valdez shared an entry with a
    month-later remark on costs that mentions BP, the spill and the Valdez but not the eclipse; the
    government estimates that the leak "has now eclipsed" the Valdez, the same day, do dispute her."""
    mcnutt = replace(
        _report(
            "mcnutt",
            "McNutt declined to confirm that the BP spill has eclipsed the Exxon Valdez.",
            date(2010, 5, 27),
            "Marcia McNutt",
            Stance.COULD_NOT_CONFIRM,
        ),
        attribution=Attribution("Marcia McNutt", Stance.COULD_NOT_CONFIRM, "declined to confirm"),
    )
    estimates = _report(
        "estimates",
        "Nearly 40 days into the disaster, the BP oil leak has now eclipsed the worst previous spill, the "
        "Exxon Valdez disaster on the Alaska coast in 1989, according to new U.S. government estimates.",
        date(2010, 5, 27),
        "new U.S. government estimates",
        Stance.REPORTED,
    )
    costs = _report(
        "costs",
        "He also noted that the size and location of the spill expose BP to far more costs than the Valdez "
        "did for Exxon.",
        date(2010, 6, 30),
        "Zygmunt Plater",
        Stance.STATED,
    )
    entry = replace(
        plain("valdez", "the BP spill has eclipsed the Exxon Valdez", day="2010-05-27"),
        mentions=[mcnutt, costs, estimates],
    )
    others = [
        plain("other", estimates.text, day="2010-05-27"),
        plain(  # the collection speaks of BP, its spill, Exxon and the Valdez far more than of eclipses
            "fisher",
            "Jeffrey Fisher, a Stanford Law School professor who represented fishermen and other Valdez "
            "spill victims before the U.S. Supreme Court in the Exxon case, said BP may try to limit the "
            "field of potential claimants.",
            day="2010-06-30",
        ),
        plain(
            "glimpse",
            "But the Valdez disaster, which caused roughly 257,000 barrels, or 10.8 million gallons, to "
            "spill off the Alaska coast, does offer a glimpse into what analysts widely expect to be a "
            "grueling and extremely costly legal marathon for BP.",
            day="2010-06-30",
        ),
    ]
    found = [c for c in find_conflicts([entry, *others], []) if c.kind in ("stance", "revision")]
    assert [(c.kind, c.second.document) for c in found] == [("stance", "estimates")]


def test_a_belief_the_writer_narrates_is_no_claim_a_doubt_disputes(pipeline: Pipeline) -> None:
    """ "What many believe" and "Many scientists believe" assert nothing McNutt's "could not confirm"
    can dispute (bpoil_reuters, 21-27 May 2010); the government figures that show it do."""
    found = _conflicts(
        pipeline,
        (
            date(2010, 5, 21),
            "U.S. lawmakers and scientists have accused BP of trying to conceal what many believe is already "
            "the worst U.S. oil spill, eclipsing the 1989 Exxon Valdez accident in Alaska.\n",
        ),
        (
            date(2010, 5, 23),
            "Many scientists believe the Gulf spill has already eclipsed the 11 million gallons (41 million "
            "liters) spilled by the 1989 Exxon Valdez tanker accident in Alaska.\n",
        ),
        (
            date(2010, 5, 27),
            "On Thursday BP said it was making progress on plugging the ruptured well as U.S. government "
            "figures showed the disaster has eclipsed the previous worst U.S. oil spill caused when the "
            "Exxon Valdez ran aground in 1989 and spilled 11 million gallons of oil into Prince William "
            "Sound.\n",
        ),
        (
            date(2010, 5, 27),
            "McNutt declined to confirm that the BP spill has eclipsed the Exxon Valdez.\n",
        ),
    )
    stances = [c for c in found if c.kind == "stance"]
    assert stances and all("believe" not in c.second.text for c in stances)
    assert all(c.second.source and "government figures" in c.second.source for c in stances)


RED_CROSS_TOLL = (
    "The Red Cross estimates that up to 50,000 people were killed and three million people affected by the "
    "earthquake, which hit 7.0 on the Richter Scale.\n"
)  # haiti_bbc, 22 January 2010
SEXTON_TOLL = (
    "Sandra Sexton, director of the National Centre for Prosthetics and Orthotics at the University of "
    "Strathclyde, said there were some rehabilitation services in Haiti, but like everything else they "
    "have been destroyed by the quake which killed 200,000 people, according to some estimates.\n"
)  # haiti_bbc, 22 January 2010


def test_tolls_of_different_scope_or_time_of_estimate_are_not_paired(pipeline: Pipeline) -> None:
    """haiti_bbc: the local police's toll for one town against the whole quake's (16 January), and the
    Red Cross's early estimate retold beside a later one (22 January), judged blind as no disputes: a
    count whose kind alone says the fate is not compared."""
    byrs = (
        '"According to the local police, between 5,000 to 10,000 people have been killed and most bodies '
        'are still in the collapsed buildings," Elisabeth Byrs said.\n'
    )
    airlines = (
        "Airlines have converted passenger planes so they can carry more cargo to the Caribbean nation, "
        "where the 7.0-magnitude earthquake has killed tens of thousands of people.\n"
    )
    town = _conflicts(pipeline, (date(2010, 1, 16), byrs), (date(2010, 1, 16), airlines))
    day = date(2010, 1, 22)
    retold = _conflicts(pipeline, (day, RED_CROSS_TOLL), (day, SEXTON_TOLL))
    assert not [c for c in town + retold if c.kind == "figure"]


def test_flow_estimates_that_name_what_they_are_conflict_but_one_sources_two_do_not(
    pipeline: Pipeline,
) -> None:
    """bpoil_reuters, 27 May 2010: a rate with no predicate is compared where each figure names what it
    is ("BP's estimate", "the team's best estimate"); McNutt's best estimate and her team's high-end rate,
    in one sentence, are two things of one source, not a breakdown and not a dispute."""
    day = date(2010, 5, 27)
    found = _conflicts(
        pipeline,
        (
            day,
            "The Flow Rate Technical Group's estimate is a range from 12,000 barrels per day (504,000 "
            "gallons\\/1.9 million liters) to 19,000 bpd (798,000 gallons\\/3.02 million liters), well above "
            "BP's estimate of 5,000 bpd.\n",
        ),
        (
            day,
            "The team's best estimate is 12,000-19,000 barrels per day, though one of three measurement "
            "methods the team used returned a high-end rate of 25,000 barrels per day, said McNutt.\n",
        ),
    )
    (flow,) = [c for c in found if c.kind == "figure"]
    assert {flow.first.text, flow.second.text} == {"5,000 bpd", "12,000-19,000 barrels per day"}
    assert "BP's estimate" in flow.description and "do not overlap" in flow.description

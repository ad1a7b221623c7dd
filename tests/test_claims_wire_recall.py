"""Who said what on wire copy: reports the seed-211 blind readings of bpoil_reuters and haiti_bbc found with
no source (claims58).

Each test quotes the Timeline17 sentences it runs on (restored from their tokenized form); the whole
pipeline reads them as one short article, so pronouns are resolved against the sentences before.
"""

from __future__ import annotations

from datetime import date

from conftest import events_of
from storyline.model import Attribution, Stance
from storyline.pipeline import Pipeline


def _source_of(pipeline: Pipeline, text: str, sentence: str, predicate: str) -> Attribution | None:
    """The attribution of the event told by `predicate` in `sentence` of the article `text`."""
    told = [e for e in events_of(pipeline, text, date(2010, 5, 7)) if sentence in e.text]
    found = [e for e in told if e.predicate == predicate]
    assert found, f"no {predicate!r} event in {sentence!r}: {[e.predicate for e in told]}"
    return found[0].attribution


ROBINSON = (
    "Conflicts over dispersants were one of the first between the main players in the cleanup -- state "
    "authorities like Kelso, Exxon leaders like Maki, and the federal government, including John Robinson, "
    "the chief scientist at the spill for the National Oceanic and Atmospheric Administration.\n"
    "The main problem was that by this time the oil was tar, stuck to rock, and wasn't going to move that "
    "easily.\n"
    '"This stuff became much more difficult to deal with plastered on the rocks than it was the first few '
    "days.\n"
    "and that is what led us to deal with it with the hot water,\" NOAA's Robinson remembers, describing the "
    "decision to rely heavily on high pressure hot water to wash the rocky beaches.\n"
    '"The cleanup in Alaska didn\'t get started for a couple of months, started in a serious way," he said.\n'
    '"We eventually had to have about 10,000 people and several ships and support facilities and all the '
    "wherewithal to make hot water and deliver it to the coast.\n"
    'And that was a couple of months before that arrived, at least," he said.\n'
)


def test_he_said_after_a_quote_is_the_speaker_whose_verb_the_parse_read_as_a_noun(pipeline: Pipeline) -> None:
    """ "NOAA's Robinson remembers" after a quote, "remembers" read as a noun with the name its modifier:
    Robinson is still the one introduced as speaking, so the "he said" after the next quotes is his, and
    the source of his own sentence is his name, not the words run together."""
    remembered = _source_of(pipeline, ROBINSON, "NOAA's Robinson remembers", "describe")
    assert remembered is not None and remembered.source == "John Robinson"
    first = _source_of(pipeline, ROBINSON, "The cleanup in Alaska didn't get started", "say")
    assert first is not None and first.source == "John Robinson"
    second = _source_of(pipeline, ROBINSON, "And that was a couple of months before", "say")
    assert second is not None and second.source == "John Robinson"


JANKA = (
    "Dave Janka has been searching beaches like this for oil since the cleanup was declared officially "
    "complete in 1992.\n"
    "His oldest daughter, who was 3 years old at the time of the spill, wound up riding along while Janka "
    "took scientists and others around the sound.\n"
    "He remembers her playing with a toy rod and toy fish.\n"
    "\"She'd bring it up onto the boat and say, ` Oh, it's dead, it got oil on it, '\" he said.\n"
)


def test_he_said_hung_below_a_verb_deep_in_the_quote_is_the_report(pipeline: Pipeline) -> None:
    """The parse made "said" a clause of the quoted "say", not of the quote's root: the reporting clause
    after the quote is still the sentence's report, Janka's."""
    found = _source_of(pipeline, JANKA, "She'd bring it up onto the boat", "say")
    assert found is not None and found.source == "Dave Janka"


BREIT = (
    "At a hearing in September, lawyers representing injured workers and families bringing wrongful death "
    "claims pushed for a much quicker schedule for starting the trial.\n"
    "Those lawsuits can not go to a jury trial to assess damages until a court has determined the level of "
    "Transocean's liability, said Jeffrey Breit, a Virginia lawyer who has brought numerous lawsuits has a "
    "result of the spill.\n"
)


def test_a_name_right_after_said_speaks_where_a_slip_makes_it_a_later_subject(pipeline: Pipeline) -> None:
    """The article's slip "has a result" made "Jeffrey Breit" the subject of "has", leaving "said" none:
    the name right after "said", which follows the comma closing what he said, is the speaker."""
    found = _source_of(pipeline, BREIT, "Those lawsuits can not go to a jury trial", "say")
    assert found is not None and found.source == "Jeffrey Breit"


MAKI = (
    "Al Maki, Exxon's chief scientist at the time, flew in early and knew what to do: break up the oil with "
    "chemical dispersants.\n"
    "Nine strips of beach were left untouched as an experiment, and those nine beaches look better today "
    "than the swept ones, where whatever was alive was cooked to death in superhot water.\n"
    "Maki, the Exxon scientist, disagrees.\n"
)


def test_disagreeing_with_no_clause_is_a_stance_with_its_holder(pipeline: Pipeline) -> None:
    found = _source_of(pipeline, MAKI, "Maki, the Exxon scientist, disagrees.", "disagree")
    assert found is not None and found.source == "Al Maki" and found.stance == Stance.DOUBTED


JUDGE = (
    "The start date for the non-jury trial, which is likely to be a centerpiece of the litigation, is a "
    "delay of four months from what the judge last month indicated was acceptable start date.\n"
)


def test_a_report_in_a_clause_of_what_is_the_reporters_for_that_clause_only(pipeline: Pipeline) -> None:
    """ "what the judge last month indicated was acceptable": "what" is what is indicated, the judge
    indicates it; the sentence's own claim (the delay) stays the writer's."""
    found = _source_of(pipeline, JUDGE, "what the judge last month indicated", "indicate")
    assert found is not None and found.source == "judge"
    assert _source_of(pipeline, JUDGE, "what the judge last month indicated", "delay") is None


CHINA = (
    "There is still no official word on casualties and the extent of the devastation is only now becoming "
    "clearer with dawn breaking.\n"
    "China has already indicated in reports in state media that eight of its peacekeepers are buried and "
    "feared dead, with another 10 unaccounted for.\n"
)


def test_indicated_with_its_that_clause_after_where_it_was_said_is_a_report(pipeline: Pipeline) -> None:
    """The parse hung the "that" clause on "reports" of "in reports in state media": it is still what
    China indicated."""
    found = _source_of(pipeline, CHINA, "China has already indicated", "indicate")
    assert found is not None and found.source == "China"


UN_MISSING = (
    "Haiti's worst quake in two centuries hit south of the capital Port-au-Prince on Tuesday, wrecking the "
    "presidential palace, UN HQ and other buildings.\n"
    'A "large number" of UN personnel were reported missing by the organization.\n'
)


def test_a_passive_report_names_its_agent_hung_on_the_state_reported(pipeline: Pipeline) -> None:
    """ "by the organization" hangs on "missing", which takes no agent: the organization reports it."""
    found = _source_of(pipeline, UN_MISSING, "were reported missing by the organization", "report")
    assert found is not None and found.source.endswith("organization")


MACONDO = (
    "BP said in a statement that it supports the commission's efforts to determine the causes of the "
    "accident.\n"
    '"BP is working with regulators and the industry to ensure that the lessons learned from Macondo lead to '
    'improvements in operations... in deepwater drilling," the company said.\n'
)


def test_of_two_subjects_the_one_after_the_quote_speaks(pipeline: Pipeline) -> None:
    """The parse gave "said" two subjects, "lessons" inside the quote and "the company" after it."""
    found = _source_of(pipeline, MACONDO, "the lessons learned from Macondo", "say")
    assert found is not None and found.source in ("BP", "company")


LIVESAY = (
    "Stories of survival are emerging from the rubble in Haiti.\n"
    "Troy Livesay, of the Christian charity World Wide Village, lives with his family in Port au Prince and "
    "has written a moving account in the Guardian about his family's survival.\n"
    "He begs people to prey for Haitians.\n"
)
OVERTON = (
    "Keith Overton, chairman of the Florida Restaurant and Lodging Association, said tourism operators "
    "across his state were already suffering even though tar balls had been found only on the Florida "
    "Panhandle in the north.\n"
    '"These losses have occurred in our area without a single drop of oil reaching our shore," said '
    "Overton.\n"
    "He implored the panel not to overlook legitimate claims from businesses hit by a public misperception "
    "that all Gulf Coast areas should be avoided.\n"
)


def test_a_plea_with_what_is_pleaded_for_is_a_report(pipeline: Pipeline) -> None:
    """Begging and imploring someone to do a thing say what is wanted, as urging does."""
    begged = _source_of(pipeline, LIVESAY, "He begs people to prey", "beg")
    assert begged is not None and begged.source == "Troy Livesay"
    implored = _source_of(pipeline, OVERTON, "He implored the panel", "implore")
    assert implored is not None and implored.source == "Keith Overton"


SLAMMED = (
    "U.S. President Barack Obama on Friday slammed the companies involved in a massive Gulf of Mexico oil "
    "spill as BP Plc readied a siphoning system to contain a growing environmental disaster.\n"
)


def test_slamming_someone_is_a_criticism_voiced_and_the_time_clause_stays_the_writers(
    pipeline: Pipeline,
) -> None:
    """Obama's criticism is his; "as BP Plc readied a siphoning system", with a subject of its own, tells
    when he made it and is nobody's report."""
    slammed = _source_of(pipeline, SLAMMED, "on Friday slammed the companies", "slam")
    assert slammed is not None and slammed.source == "Barack Obama"
    assert (
        _source_of(pipeline, SLAMMED, "on Friday slammed the companies", "readie") is None
    )  # the lemma as read


BLAMED = (
    'President Barack Obama on Saturday blamed the massive Gulf of Mexico oil spill on "a breakdown of '
    'responsibility" at energy giant BP Plc as he unveiled a commission to investigate the disaster.\n'
)


def test_a_clause_telling_when_a_blame_was_laid_is_the_writers(pipeline: Pipeline) -> None:
    blamed = _source_of(pipeline, BLAMED, "on Saturday blamed the massive", "blame")
    assert blamed is not None and blamed.source == "Barack Obama"
    assert _source_of(pipeline, BLAMED, "on Saturday blamed the massive", "unveil") is None

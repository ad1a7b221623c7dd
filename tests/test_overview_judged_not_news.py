"""Lines that blind judges of seed 220 read as no news in the default views of bpoil_bbc and H1N1_bbc
give their place to the next entry: a superlative that ranks the story, the second half of a page's
sentence opened by a conjunction and a pronoun, a state summed up in the perfect, what was going on
when another event happened (sentences as their articles print them)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from conftest import told_twice
from storyline.merge.main_events import main_events
from storyline.merge.view_lines import (
    background_of_a_when,
    continues_a_sentence,
    ranks_the_story,
    summed_up_state,
)
from storyline.model import Attribution, Entry, Stance, Tense

WORST = "The spill is the worst environmental disaster in US history"
DESCRIBED = "The Gulf of Mexico spill has been described as the worst environmental disaster the US has seen."
BELIEVED = "The spill is believed to be America's worst environmental disaster"
LED_TO = "The Deepwater Horizon rig explosion led to the worst environmental catastrophe in US history"
GREATEST = (
    'Speaking in Washington on Tuesday, President Barack Obama described the leak as "the greatest '
    'environmental disaster of its kind in our history" and pledged to bring those responsible to justice.'
)
FALLER = (
    "Oil major BP was the biggest faller on Britain's blue-chip board on Thursday, as investors fretted that "
    "a U.S. government lawsuit might mean the cost of its oil spill will be far higher than predicted."
)
EPITHET = (
    "The worst oil spill in U.S. history has caused an economic and environmental disaster in five states "
    "along the Gulf Coast, hurt President Barack Obama's approval ratings and complicated traditionally "
    "close ties with Britain."
)
FLED = (
    "Thousands of people grabbed what possessions they could and moved to the largest open space in the "
    "town, the school football field."
)
CAUTION = (
    "But, striking a note of caution, he stressed that success was not guaranteed and urged people to "
    '"remember this is being done in 5,000 feet of water, and very small issues take a long time to fix".'
)
HEMISPHERE = (
    "And he said that we don't know what will happen in the southern hemisphere in the coming months, or "
    "in the northern hemisphere later in the year."
)
CRITICISED = "Mr Hayward has been widely criticised over the Gulf of Mexico oil spill."
DRILLING = (
    "It was carrying out exploratory drilling 84km (52 miles) south-east of Venice, Louisiana when the "
    "blast occurred."
)
TODDLER = (
    "The child - one of 91 cases of swine flu in the US - had been visiting relatives in Texas when he "
    "fell ill."
)
PROGRESS = (
    "On Thursday BP said it was making progress on plugging the ruptured well as U.S. government figures "
    "showed the disaster has eclipsed the previous worst U.S. oil spill caused when the Exxon Valdez ran "
    "aground in 1989 and spilled 11 million gallons of oil into Prince William Sound."
)
RAISED = (
    "The World Health Organization (WHO) raised its alert level late on Tuesday from three to four - two "
    "steps short of declaring a full pandemic."
)


def _told(
    entry_id: str, day: date, sentence: str, word: str, *places: str, tense: Tense = Tense.PAST
) -> Entry:
    return told_twice(entry_id, day, sentence, word, places=places, tense=tense)


def _overview(line: Entry) -> list[str]:
    """The overview of the line, more salient than two entries of news of other days: room for two."""
    news = replace(_told("news", date(2009, 4, 28), RAISED, "raised", "Geneva"), salience=2.0)
    other = _told("other", date(2009, 5, 1), "Egypt has begun a cull of all its pigs.", "begun", "Egypt")
    return [entry.id for entry in main_events([line, news, other], 2)]


def test_a_superlative_that_ranks_the_story_gives_way() -> None:
    """bpoil_bbc's "The spill is the worst environmental disaster in US history" (10 articles, an
    aside of most) held a place of the overview; its retellings ranked against the past or as a
    country's worst are no news either. A day named or a source that says so is news of a day."""
    day = date(2010, 6, 16)
    for sentence, word in (
        (WORST, "disaster"),
        (DESCRIBED, "described"),
        (BELIEVED, "believed"),
        (LED_TO, "led"),
    ):
        line = _told("line", day, sentence, word, "Gulf of Mexico", tense=Tense.ONGOING)
        assert ranks_the_story(line)
        assert _overview(line) == ["news", "other"]
    assert not ranks_the_story(_told("line", day, GREATEST, "described", "Washington"))
    assert not ranks_the_story(_told("line", date(2010, 12, 16), FALLER, "faller", "London"))
    said = Attribution("US government", Stance.STATED, "says")
    official = "The US government says the oil spill is officially the biggest leak ever."
    assert not ranks_the_story(replace(_told("line", day, official, "says"), attribution=said))


def test_a_superlative_that_names_what_it_tells_of_is_no_ranking() -> None:
    """A superlative in the epithet of the sentence's subject (bpoil_reuters) or of a preposition's
    object (haiti_bbc's crowd fleeing to an open space) names a thing; the sentence tells what
    happened to it or by it, and stays news."""
    assert not ranks_the_story(_told("line", date(2010, 7, 20), EPITHET, "caused", "Gulf Coast"))
    assert not ranks_the_story(_told("line", date(2010, 1, 25), FLED, "moved", "Haiti"))


def test_a_conjunctions_continuation_gives_way() -> None:
    """bpoil_bbc's "But, striking a note of caution, he stressed ..." and H1N1_bbc's "And he said that
    we don't know ..." tell what their page's sentence before began; who "he" is only that one says.
    A sentence that opens with a pronoun alone is kept ("He is thought to have picked up swine flu
    while in Texas"), and so is one whose conjunction a named subject follows."""
    line = _told("line", date(2010, 5, 29), CAUTION, "stressed", "Gulf")
    assert _overview(line) == ["news", "other"]
    assert continues_a_sentence(HEMISPHERE)
    assert not continues_a_sentence(
        "He is thought to have picked up swine flu while in Texas and was diagnosed with the virus on Sunday."
    )
    assert not continues_a_sentence(
        "But Dr Keiji Fukuda, acting assistant director general of the World Health Organization, said "
        "fluctuations were to be expected."
    )


def test_a_state_summed_up_in_the_perfect_gives_way() -> None:
    """bpoil_bbc's "Mr Hayward has been widely criticised over the Gulf of Mexico oil spill." (four
    articles, dated by their pages) is a state of the story; what is told with its day is news
    (bpoil_guardian's "BP has repeatedly stressed ... in today's hearing")."""
    line = _told("line", date(2010, 7, 25), CRITICISED, "criticised", "Gulf of Mexico")
    assert summed_up_state(line)
    assert _overview(line) == ["news", "other"]
    hearing = (
        "BP has repeatedly stressed the crucial role of the failed blowout preventer in today's hearing."
    )
    assert not summed_up_state(_told("line", date(2010, 6, 17), hearing, "stressed", "Gulf"))


def test_what_was_going_on_when_another_event_happened_gives_way() -> None:
    """bpoil_bbc's "It was carrying out exploratory drilling ... when the blast occurred" is the
    background of the blast. A pluperfect progressive that the stored entry marks on its news is not
    caught ("had been visiting relatives in Texas when he fell ill", the Texan toddler), nor a "when"
    that another clause opened first takes ("... making progress ... as U.S. government figures showed
    the disaster has eclipsed the previous worst U.S. oil spill caused when ...")."""
    line = _told("line", date(2010, 4, 23), DRILLING, "carrying", "Louisiana", "Venice")
    assert background_of_a_when(line)
    assert _overview(line) == ["news", "other"]
    assert not background_of_a_when(_told("line", date(2009, 4, 29), TODDLER, "visiting", "Texas"))
    costs = "BP was cutting costs faster and more aggressively and reaping the rewards."  # no "when"
    assert not background_of_a_when(_told("line", date(2010, 4, 23), costs, "cutting", "Louisiana"))
    # the "when" of another clause (after "as"), bpoil_reuters: the progress is news of Thursday
    assert not background_of_a_when(
        _told("line", date(2010, 5, 27), PROGRESS, "making", "Prince William Sound")
    )

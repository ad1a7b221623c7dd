"""Lines that tell no news give their place in the overview to the next entry: the writer's own
remark, a command with no subject, a general truth of every year, a person that only the page names
(sentences from H1N1_bbc, bpoil_bbc, haiti_bbc and bpoil_guardian as their articles print them)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from conftest import told_twice
from storyline.merge.main_events import main_events
from storyline.merge.view_lines import (
    frames_a_quote,
    habitual,
    imperative,
    no_one_nowhere_undated,
    opens_in_lower_case,
    recalls_history,
    unnamed_person,
    writers_remark,
)
from storyline.model import Entry, Tense

INVESTIGATING = (
    "I've been investigating news emerging from Denmark of a case of resistance to the antiviral "
    "Tamiflu - the main weapon against H1N1 swine flu."
)
WORTH = "It's worth remembering that seasonal flu kills several thousand people in the UK each winter"
FOREBEARS = (
    "` We and our families and forebears have always turned to the Church in times of serious "
    "difficulty, but during this desperate situation we are reduced to confronting the Church leaders."
)
SLOGAN = "Catch it, bag it, bin it, kill it."
DOSES = "Around 300 million doses of seasonal flu vaccine are produced globally each year."
PATIENTS = "The patients have all recently returned from Mexico."
BOY = (
    "The boy was admitted to a private hospital on Monday morning and discharged after treatment, said "
    "health ministry spokesman Fidel Hadebe."
)
RAISED = (
    "The World Health Organization (WHO) raised its alert level late on Tuesday from three to four - two "
    "steps short of declaring a full pandemic."
)


def _told(
    entry_id: str, day: date, sentence: str, word: str, *actors: str, tense: Tense = Tense.PAST
) -> Entry:
    return told_twice(entry_id, day, sentence, word, actors=actors, tense=tense)


def _overview(line: Entry) -> list[str]:
    """The overview of the line, more salient than two entries of news of other days: room for two."""
    news = replace(
        _told("news", date(2009, 4, 28), RAISED, "raised", "World Health Organization"), salience=2.0
    )
    other = _told("other", date(2009, 5, 1), "Egypt has begun a cull of all its pigs.", "begun", "Egypt")
    return [entry.id for entry in main_events([line, news, other], 2)]


def test_the_writers_own_remark_gives_way() -> None:
    """H1N1_bbc's correspondent's blog: "I've been investigating ...", "It's worth remembering that
    ..." and a letter quoted from "`" on, its writer named in another sentence, held places in the
    overview. A quote told in the first person with its frame is a report ("I'd like my life back,"
    he said.)."""
    lines = (
        (INVESTIGATING, "investigating", "Denmark"),
        (WORTH, "remembering", "UK"),
        (FOREBEARS, "turned", "Church"),
    )
    for sentence, word, actor in lines:
        assert _overview(_told("line", date(2009, 6, 30), sentence, word, actor)) == ["news", "other"]
    assert not writers_remark("I'd like my life back,\" he said.")
    assert not writers_remark(
        "In Spain, a young man who had recently returned from Mexico was found to have the virus."
    )


def test_a_command_with_no_subject_gives_way() -> None:
    """H1N1_bbc: the government's slogan "Catch it, bag it, bin it, kill it." held 2 May's place;
    bpoil_guardian's "Find out more and buy the ebook ..." a place of 30 April. A name that opens a
    sentence ("Hope for Haiti Now ... featured Madonna") and a participle are no command."""
    slogan = _told("line", date(2009, 5, 2), SLOGAN, "Catch", "Bin", tense=Tense.ONGOING)
    assert _overview(slogan) == ["news", "other"]
    hope = (
        "Hope for Haiti Now, broadcast from New York, London, Los Angeles and Haiti, featured Madonna, Bruce "
        "Springsteen, Beyonce and other major artists."
    )
    assert not imperative(_told("x", date(2010, 1, 22), hope, "Hope"))
    speaking = "Speaking in Geneva, an expert from the WHO said the virus could mutate."
    assert not imperative(_told("x", date(2009, 4, 27), speaking, "Speaking"))
    assert imperative(_told("x", date(2010, 4, 30), "Find out more and buy the ebook on Kindle.", "Find"))


def test_a_general_truth_of_every_year_gives_way() -> None:
    """H1N1_bbc: "Around 300 million doses of seasonal flu vaccine are produced globally each year"
    (five articles) tells what recurs, not news of its day; what happened each year is news."""
    doses = _told(
        "line", date(2009, 7, 13), DOSES, "produced", "World Health Organisation", tense=Tense.ONGOING
    )
    assert _overview(doses) == ["news", "other"]
    assert not habitual(
        _told("x", date(2010, 5, 1), "Flu killed more people this year than each year before.", "killed")
    )


def test_a_count_placed_world_wide_is_news() -> None:
    """H1N1_bbc (11 June, two articles): "Official reports say there have been nearly 30,000 cases
    globally and 141 deaths" names no one and no place by name, yet places its count: the world's
    tally of its day, not a general truth (`no_one_nowhere_undated`) like an explainer's "There is
    currently no vaccine for the new strain". It held back the June tallies of H1N1_bbc's view."""
    tally = (
        "Official reports say there have been nearly 30,000 cases globally and 141 deaths, with figures "
        "rising daily."
    )
    june = date(2009, 6, 11)
    assert _overview(_told("line", june, tally, "deaths")) == ["news", "line"]
    vaccine = "There is currently no vaccine for the new strain."
    assert no_one_nowhere_undated(_told("x", june, vaccine, "is", tense=Tense.ONGOING))
    # the same count placed nowhere: whose cases, only its page says
    assert no_one_nowhere_undated(_told("x", june, tally.replace(" globally", ""), "deaths"))
    # "worldwide" after a count places it (H1N1_guardian, 30 April); before a noun it is a kind of
    # thing, not where: three H1N1_guardian articles (25 and 26 April) tell this fear as background
    killed = "So far the Mexican flu has killed a grand total of just 160 people worldwide."
    assert not no_one_nowhere_undated(_told("x", date(2009, 4, 30), killed, "killed"))
    feared = "Scientists have long feared that a new flu virus could launch a worldwide pandemic."
    assert no_one_nowhere_undated(_told("x", date(2009, 4, 26), feared, "feared", tense=Tense.ONGOING))


def test_a_person_that_only_the_page_names_gives_way() -> None:
    """H1N1_bbc: "The patients have all recently returned from Mexico." (three articles) and "The boy
    was admitted to a private hospital ..." held places of 27 April and 15 June: which patients, which
    boy, only an earlier sentence of the page says. A description that names its person ("The man
    expected to replace Mr Hayward, BP managing director Mr Dudley, took over ...") or sets an aside
    after it ("The child - one of 91 cases of swine flu in the US - had been visiting ...") is kept."""
    for sentence, word, actor in ((PATIENTS, "returned", "Mexico"), (BOY, "admitted", "Fidel Hadebe")):
        assert _overview(_told("line", date(2009, 4, 27), sentence, word, actor)) == ["news", "other"]
    dudley = (
        "The man expected to replace Mr Hayward, BP managing director Mr Dudley, took over the day-to-day "
        "operations in the Gulf last month."
    )
    child = (
        "The child - one of 91 cases of swine flu in the US - had been visiting relatives in Texas when he "
        "fell ill."
    )
    for sentence, word in ((dudley, "took"), (child, "visiting")):
        assert not unnamed_person(_told("x", date(2010, 6, 25), sentence, word))


def test_a_person_that_an_aside_leaves_unnamed_gives_way() -> None:
    """H1N1_guardian: "The man, who has not been named, was taken to hospital ..." and "The girl, a pupil
    at Downend School, was on the same flight ..." tell a person whom only an earlier sentence of the
    page names. (An aside that opens with a capital, a name, is not read as one: none met on Timeline17.)"""
    man = (
        'The man, who has not been named, was taken to hospital yesterday with "flu-like symptoms" after '
        "landing at Heathrow."
    )
    girl = "The girl, a pupil at Downend School, was on the same flight as Askham and his wife, Dawn."
    for sentence, word in ((man, "taken"), (girl, "was")):
        assert unnamed_person(_told("x", date(2009, 4, 28), sentence, word))


def test_a_sentence_that_opens_in_lower_case_gives_way() -> None:
    """haiti_bbc: "the Associated Press quotes her as saying on Sunday." (two articles, 24 January) is
    the tail of a sentence that segmenting cut; H1N1_bbc's reader comments ("i hope she'll change her
    mind.") open the same way. A name with an inner capital ("eBay") or a quote that opens with a
    capital is a sentence of its own."""
    tail = _told("line", date(2010, 1, 24), "the Associated Press quotes her as saying on Sunday.", "quotes",
                 "Associated Press")  # fmt: skip
    assert _overview(tail) == ["news", "other"]
    assert opens_in_lower_case("i hope she'll change her mind.")
    assert not opens_in_lower_case("eBay said it had removed the listings.")
    assert not opens_in_lower_case('"The rig exploded," he said.')


def test_a_sentence_that_names_its_day_is_news_whatever_history_it_recalls() -> None:
    """bpoil_guardian, 13 May 2010: Hayward's promise, told by its day ("yesterday"), was left out
    of the overview as history because the only year it gives is the spill it is measured against;
    a sentence whose every year is history and that names no day still is."""
    first = date(2010, 4, 21)
    promise = (
        'Hayward promised yesterday that BP would "fix" the disaster, which is on course to eclipse '
        "the 1989 Exxon Valdez incident as the biggest US oil spill in history."
    )
    assert not recalls_history(promise, first)
    exxon = "The 1989 Exxon Valdez spill released 11m gallons of oil into Prince William Sound."
    assert recalls_history(exxon, first)


def test_a_quoted_phrase_inside_the_writers_clause_is_news_not_a_quotes_frame() -> None:
    """bpoil_bbc: "President Barack Obama has pledged "every single available resource" to help" (two
    articles of 30 April) and a chronology's "4 August: BP says "static kill" of well successful" were
    left out as the frames of quotes (seven words outside the marks): the quoted words are a phrase of
    the writer's own clause, which goes on after them. A frame that opens or closes the speaker's
    words still gives way, with or without a comma inside the marks."""
    pledge = 'President Barack Obama has pledged "every single available resource" to help.'
    line = _told("line", date(2010, 4, 30), pledge, "pledged", "Barack Obama")
    assert _overview(line) == ["news", "line"]
    assert not frames_a_quote('4 August: BP says "static kill" of well successful.')
    for frame, word in (
        ('"It is inevitable," he said, "that we will take the U.S.\'s place as the world leader."', "said"),
        ('"You can\'t be too careful," he says.', "says"),
        ('BP will be paying the bill," he said.', "said"),
        ('But he said: "Long-term issues of restoring environments and habitats will be years."', "said"),
    ):
        assert frames_a_quote(frame), frame
        assert _overview(_told("line", date(2010, 5, 3), frame, word, "BP")) == ["news", "other"]

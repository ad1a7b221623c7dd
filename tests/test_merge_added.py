"""A report that tells its participants as more of their kind ("Two other people", "A third school",
"eight more people": `similarity.told_added`) counts from what its own article told before, so
another article's report joins it only in alike words or with a figure in common
(`pair_rules._added_apart`). H1N1_bbc's default view held "Two more people in London have been
diagnosed" (30 April) in one entry with the Alleyn's pupils diagnosed on 4 May, and "Two other people
are being tested" (2 May) with the East Midlands' testing of 28 April."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from conftest import T17, documents_in, events_of, needs, topic_words
from storyline.merge.entries import Merger
from storyline.merge.pair_rules import parted
from storyline.merge.similarity import Signature, signature
from storyline.model import Entry
from storyline.pipeline import Pipeline, build_entries

# H1N1_bbc 2009-05-02/572 and 2009-04-28/447
TWO_OTHER = "Two other people are being tested for the virus, the agency said.\n"
SOME = (
    'The Health Protection Agency (HPA) has said "some" people are being tested for the H1N1 virus in the '
    "East Midlands, including two in Derbyshire.\n"
)
# H1N1_bbc 2009-04-30/352 and 2009-05-04/123
TWO_MORE = (
    "Two more people in London have been diagnosed with the swine flu virus, the Department of Health "
    "(DH) confirmed.\n"
)
NINE = (
    "Five of the nine diagnosed with the H1N1 virus were year seven pupils from Alleyn's School in "
    "Dulwich, south London.\n"
)
# H1N1_bbc 2009-05-01/664 and 2009-05-05/1130: one purchase, retold with "more"
BUY = (
    "The US has announced that it will buy 13 million new courses of antiviral treatment and send 400,000 "
    "of them to Mexico.\n"
)
BUY_MORE = "It will spend $251m to buy 13 million more courses of flu medicine.\n"


def _told(pipeline: Pipeline, text: str, word: str, day: date) -> Signature:
    """The signature of the sentence's mention of `word`, as the merge reads it, one article a day."""
    (event,) = [
        e
        for e in events_of(pipeline, text, day)
        if e.text[e.event_start - e.start : e.event_end - e.start] == word
    ]
    return replace(signature(event, frozenset({"London"}), day), document=str(day))


def _parted(first: Signature, second: Signature) -> bool:
    """Whether the merge's pair rules part the two, with H1N1_bbc's word weights (`Merger.words`)."""
    merger = Merger(words=topic_words("H1N1_bbc"))
    return parted(first, second, merger, merger.sentence_similarity(first, second))


def test_more_of_a_kind_is_read_from_the_words_before_the_noun(pipeline: Pipeline) -> None:
    """ "other", "third", "more" before the role's noun add to it; "some" people, and "more than"
    (a bound, not an addition) do not."""
    assert _told(pipeline, TWO_OTHER, "tested", date(2009, 5, 2)).added
    assert _told(pipeline, TWO_MORE, "diagnosed", date(2009, 4, 30)).added
    assert _told(pipeline, BUY_MORE, "buy", date(2009, 5, 5)).added
    assert not _told(pipeline, SOME, "tested", date(2009, 4, 28)).added
    more_than = (
        "More than 1,300 people have been admitted to hospital with suspected symptoms since 13 April.\n"
    )
    assert not _told(pipeline, more_than, "admitted", date(2009, 4, 27)).added


@needs(T17 / "H1N1_bbc")
def test_other_people_tested_are_not_another_articles_people(pipeline: Pipeline) -> None:
    other = _told(pipeline, TWO_OTHER, "tested", date(2009, 5, 2))
    some = _told(pipeline, SOME, "tested", date(2009, 4, 28))
    assert _parted(other, some)
    assert _parted(
        _told(pipeline, NINE, "diagnosed", date(2009, 5, 4)),
        _told(pipeline, TWO_MORE, "diagnosed", date(2009, 4, 30)),
    )


@needs(T17 / "H1N1_bbc")
def test_an_addition_retold_with_its_figure_is_not_parted(pipeline: Pipeline) -> None:
    """ "13 million more courses" is the US's purchase of "13 million new courses": the figure ties them."""
    assert not _parted(
        _told(pipeline, BUY_MORE, "buy", date(2009, 5, 5)), _told(pipeline, BUY, "buy", date(2009, 5, 1))
    )


@needs(T17 / "H1N1_bbc")
def test_the_merge_keeps_two_more_diagnosed_from_the_alleyns_pupils(isolated_pipeline: Pipeline) -> None:
    """H1N1_bbc's articles of 30 April and 4 May merged as a collection: the Alleyn's pupils
    diagnosed (4 May) and the two people diagnosed in London (30 April) are two entries."""
    days = T17 / "H1N1_bbc" / "InputDocs"
    documents = documents_in(days / "2009-04-30", days / "2009-05-04")
    entries = build_entries(documents, isolated_pipeline, secondary=True)
    pupils = [e for e in entries if _holds(e, "Five of the nine diagnosed")]
    assert pupils
    assert not any(_holds(entry, "Two more people in London") for entry in pupils)


def _holds(entry: Entry, opening: str) -> bool:
    """Whether a report of the entry is the sentence that opens so."""
    return any(m.text.startswith(opening) for m in entry.mentions)


def test_a_role_without_words_is_no_noun_to_count() -> None:
    """A role whose words are only white space (hostile text) names no noun: nothing to read, no error."""
    from storyline.merge.similarity import told_added

    roles = (("patient", frozenset(), "   "), ("agent", frozenset({"people"}), "people"))
    assert told_added("Two other people are being tested", roles) == "two other people"
    assert told_added("Two other people are being tested", (("patient", frozenset(), " "),)) == ""

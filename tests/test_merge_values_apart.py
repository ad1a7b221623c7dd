"""A mention that would join an entry is compared by its values with every report of the entry of
its own kind, not only with the one it met (`entries._values_apart`): entries grow by chains. In
H1N1_bbc "eight more people were diagnosed" (5 May) met "Five of those diagnosed", which counts
nothing it tells, and joined the entry of "Two more people in London have been diagnosed" (30
April): two days' diagnoses in one entry."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from conftest import T17, documents_in, events_of, needs
from storyline.merge.entries import Cluster, Merger, _values_apart
from storyline.merge.pair_rules import parted
from storyline.merge.similarity import Signature, signature
from storyline.model import Entry
from storyline.pipeline import Pipeline, build_entries

TWO = (
    "Two more people in London have been diagnosed with the swine flu virus, the Department of Health "
    "(DH) confirmed.\n"
)  # H1N1_bbc 2009-04-30/44693484aafca02f
NINE = (
    "Five of the nine diagnosed with the H1N1 virus were year seven pupils from Alleyn's School in "
    "Dulwich, south London.\n"
)  # H1N1_bbc, 4 May 2009
THOSE = (
    "Five of those diagnosed with the H1N1 virus are year seven pupils at Alleyn's School in Dulwich, "
    "London, which has announced it will close.\n"
)  # H1N1_bbc, 4 May 2009
# H1N1_bbc, 5 May 2009
EIGHT = (
    "A third school in London has closed after eight more people were diagnosed with swine flu in the city.\n"
)


def _diagnosed(pipeline: Pipeline, text: str, day: date) -> Signature:
    """The signature of the sentence's "diagnosed" mention, as the merge reads it."""
    return _told(pipeline, text, "diagnosed", day, frozenset({"London"}))


def _told(pipeline: Pipeline, text: str, word: str, day: date, names: frozenset[str]) -> Signature:
    """The signature of the sentence's mention of `word`, as the merge reads it."""
    (event,) = [
        e
        for e in events_of(pipeline, text, day)
        if e.text[e.event_start - e.start : e.event_end - e.start] == word
    ]
    return replace(signature(event, names, day), document=str(day))  # one article a day


def _entry(*sigs: Signature) -> Cluster:
    cluster = Cluster(id="entry", date=None)
    for sig in sigs:
        cluster.take(None, sig)  # type: ignore[arg-type]
    return cluster


def test_a_chain_does_not_carry_another_days_tally(pipeline: Pipeline) -> None:
    """ "eight more people" is not told apart from the report it met ("Five of those diagnosed"
    counts no people), but from the entry's "Two more people" of 30 April."""
    merger = Merger()
    two = _diagnosed(pipeline, TWO, date(2009, 4, 30))
    nine = _diagnosed(pipeline, NINE, date(2009, 5, 4))
    those = _diagnosed(pipeline, THOSE, date(2009, 5, 4))
    eight = _diagnosed(pipeline, EIGHT, date(2009, 5, 5))
    assert parted(
        eight, those, merger, merger.sentence_similarity(eight, those)
    )  # "eight more": `_added_apart`
    told = replace(eight, added="")  # told without its "more", the link holds: the chain's values part it
    assert not parted(told, those, merger, merger.sentence_similarity(told, those))
    assert _values_apart(told, _entry(two, nine, those))
    assert _values_apart(eight, _entry(two, nine, those))
    assert not _values_apart(eight, _entry(nine, those))  # no other tally in the entry


def test_the_same_tally_retold_is_not_apart(pipeline: Pipeline) -> None:
    """A report whose count is the entry's own ("Two more people", told again a day later) may join."""
    retold = TWO.replace("the Department of Health (DH) confirmed", "health officials said")
    two = _diagnosed(pipeline, TWO, date(2009, 4, 30))
    again = _diagnosed(pipeline, retold, date(2009, 5, 1))
    nine = _diagnosed(pipeline, NINE, date(2009, 5, 4))
    assert not _values_apart(again, _entry(two, nine))


def test_another_days_amount_in_the_entry_is_apart(pipeline: Pipeline) -> None:
    """Amounts as counts: BP's costs "at over $3.95bn" (19 July) are not the entry's "at over
    $3.5bn" (17 July), two updates. A report of the mention's own page is not compared by its
    values (one page's tallies, tried by merge121, parted wrongly)."""
    # bpoil_bbc 2010-07-17/2127
    costs = "BP has put the costs of dealing with the disaster at over $3.5bn (£2.3bn).\n"
    later = "BP has put the costs of dealing with the disaster at over $3.95bn (£2.6bn).\n"  # 2010-07-19/1596
    seventeenth = _told(pipeline, costs, "put", date(2010, 7, 17), frozenset({"BP"}))
    nineteenth = _told(pipeline, later, "put", date(2010, 7, 19), frozenset({"BP"}))
    assert seventeenth.amounts and nineteenth.amounts
    assert _values_apart(nineteenth, _entry(seventeenth))
    assert not _values_apart(nineteenth, _entry(replace(seventeenth, document=nineteenth.document)))


@needs(T17 / "H1N1_bbc")
def test_the_merge_keeps_a_report_from_an_entry_holding_another_days_tally(
    isolated_pipeline: Pipeline,
) -> None:
    """Five of H1N1_bbc's articles merged as a collection: "Five schools have been closed" (5 May)
    matches a report of the closures' entry that counts no schools, but the entry holds 4 May's
    "Swine flu has closed three other schools": the merge (`Merger._best_match`) keeps it out."""
    days = T17 / "H1N1_bbc" / "InputDocs"
    articles = ["2009-04-30/352", "2009-05-04/123", "2009-05-04/583", "2009-05-05/485", "2009-05-05/885"]
    documents = documents_in(*(days / f"{article}.htm.txt" for article in articles))
    entries = build_entries(documents, isolated_pipeline, secondary=True)
    (three,) = [e for e in entries if _holds(e, "Swine flu has closed three")]
    assert not _holds(three, "Five schools have been closed")


def _holds(entry: Entry, opening: str) -> bool:
    """Whether a report of the entry is the sentence that opens so."""
    return any(m.text.startswith(opening) for m in entry.mentions)

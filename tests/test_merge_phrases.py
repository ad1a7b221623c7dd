"""Merging across articles on real collections: a stock phrase in two people's words, a judgement
word said of different things, and two days' amounts of money are not one event, however alike
their words. Sentences are from the Timeline17 articles of bpoil_bbc and H1N1_bbc, each quoted where
it is used (the entries judged wrong in `evaluation/judged/entries.md`, seed 80), with the words of
the collection's articles counted as ingest counts them; their mentions are built by hand, so that
only the merging rules are tested. Copies of one quotation and one day's amount stay one."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from conftest import T17, needs
from storyline.merge.entries import Merger
from storyline.merge.pair_rules import (
    QUOTE_CONTEXT,
    _judged,
    _other_amounts,
    _quoted_apart,
    parted,
)
from storyline.merge.similarity import DocumentFrequency, signature, words_apart
from storyline.model import Event, Figure, Tense
from test_event_merging import _article_words

pytestmark = [needs(T17 / "bpoil_bbc"), needs(T17 / "H1N1_bbc")]

HOLDER = '"We will not rest until justice is done.'  # 2010-06-01/1474, announcing the inquiries
SALAZAR = "` This is a BP mess and we will not rest until the job is done."  # 2010-05-24/1036
OBAMA = (
    '"We will not rest until this well is shut, the environment is repaired and the clean-up is '
    'complete," he added.'
)  # 2010-05-26 and 2010-05-27: one statement
SANDELL = "I've never seen nothing like that."  # 2010-05-08/1119, a rescued rig worker
JOYE = "\"We've never seen anything like this before."  # 2010-05-17/797 and /499, on the plumes
COSTS_17 = "BP has put the costs of dealing with the disaster at over $3.5bn (£2.3bn)."  # 2010-07-17/2127
COSTS_19 = "BP has put the costs of dealing with the disaster at over $3.95bn (£2.6bn)."  # 2010-07-19/1596
KARAOKE = "In fact, a few karaoke club owners in Japan have reported record numbers of customers."
# 2009-05-20/1172
JAPAN = (
    "So far, about 250 infections have been recorded in Japan, as a handful of new cases have been "
    "reported around Asia."
)  # 2009-05-21/400
CANADA = (
    "The Canadian cases were recorded at opposite ends of the country: two in British Columbia in the "
    "west, and four in the Atlantic province of Nova Scotia."
)  # 2009-04-27/488
CHINA = (
    "While the British were obsessing over their finances, China also reported a record month for car "
    "sales in March."
)
# 2009-04-29/635
# the articles' named actors and places: each pair of articles tells other stories
CONTEXTS = {
    "2010-06-01/1474": frozenset({"BP", "Eric Holder", "Justice Department"}),
    "2010-05-24/1036": frozenset({"BP", "Ken Salazar", "Interior Department"}),
    "2010-05-08/1119": frozenset({"BP", "Micah Sandell", "Transocean"}),
    "2010-05-17/797": frozenset({"BP", "Samantha Joye", "University of Georgia"}),
}


def _event(
    document: str,
    text: str,
    predicate: str,
    *figures: Figure,
    names: tuple[str, ...] = (),
    past: bool = False,
) -> Event:
    """A main mention dated by its article only: of the week before that day, or, told as
    background (`past`, as extraction read the later report of each pair), on or before it."""
    day = date.fromisoformat(document.split("/")[0])
    return Event(
        document, 0, len(text), text, text, day.isoformat(), False, Tense.PAST, predicate=predicate,
        event_start=0, event_end=3, participants=list(names), figures=list(figures), is_background=past,
    )  # fmt: skip


def _merged(topic: str, *events: Event) -> list[str]:
    """The entry of each mention, merged in order, all foreseen as a batch of the collection."""
    words = _article_words(topic)
    merger = Merger(words=DocumentFrequency(dict(words.counts), words.documents))
    mentions = [(event, date.fromisoformat(event.document_id.split("/")[0])) for event in events]
    merger.foresee(mentions)
    return [
        merger.add(event, CONTEXTS.get(event.document_id, frozenset({"BP"})), day).id
        for event, day in mentions
    ]


def _dollars(text: str, value: float) -> Figure:
    return Figure(value, text, 0, len(text), "costs", kind="USD")


def test_a_stock_phrase_in_two_peoples_words_is_two_events() -> None:
    """Salazar's "we will not rest until the job is done" (the leak, 24 May) and Holder's "We will not
    rest until justice is done" (the inquiries, 1 June); a rescued worker's "I've never seen nothing
    like that" and a scientist's "We've never seen anything like this before" (the plumes)."""
    salazar, holder = _merged(
        "bpoil_bbc",
        _event("2010-05-24/1036", SALAZAR, "rest"),
        _event("2010-06-01/1474", HOLDER, "rest", past=True),
    )
    assert salazar != holder
    sandell, joye = _merged(
        "bpoil_bbc",
        _event("2010-05-08/1119", SANDELL, "see"),
        _event("2010-05-17/797", JOYE, "see", past=True),
    )
    assert sandell != joye


def test_copies_of_one_quotation_stay_one_event() -> None:
    first, second = _merged(
        "bpoil_bbc", _event("2010-05-26/1", OBAMA, "rest"), _event("2010-05-27/2", OBAMA, "rest")
    )
    assert first == second
    first, second = _merged(
        "bpoil_bbc", _event("2010-05-17/797", JOYE, "see", past=True), _event("2010-05-17/499", JOYE, "see")
    )
    assert first == second


def test_a_stock_phrase_needs_two_quotations() -> None:
    merger = Merger(words=_article_words("bpoil_bbc"))
    for context in CONTEXTS.values():
        merger.names.see(context)
    holder = signature(_event("2010-06-01/1474", HOLDER, "rest", past=True), CONTEXTS["2010-06-01/1474"])
    salazar = signature(_event("2010-05-24/1036", SALAZAR, "rest"), CONTEXTS["2010-05-24/1036"])
    assert holder.quoted and salazar.quoted
    assert _quoted_apart(holder, salazar, merger, 0.27)
    told = signature(_event("2010-05-24/1036", COSTS_17, "rest"), CONTEXTS["2010-05-24/1036"])
    # of one story (the articles' context shared) a quotation may be retold in the writer's words
    same_story = signature(_event("2010-06-02/1", COSTS_17, "rest"), CONTEXTS["2010-06-01/1474"])
    assert merger.context_similarity(holder, same_story) >= QUOTE_CONTEXT
    assert not same_story.quoted and not _quoted_apart(holder, same_story, merger, 0.27)
    # of other stories one sentence quoting is enough
    assert merger.context_similarity(holder, told) < QUOTE_CONTEXT
    assert not told.quoted and _quoted_apart(holder, told, merger, 0.27)


def test_two_days_amounts_of_money_are_two_events() -> None:
    """BP's costs "at over $3.5bn" (17 July) and "at over $3.95bn" (19 July): two updates. Copies of
    one day's amount stay one, and so does one amount told on two days."""
    seventeenth, nineteenth = _merged(
        "bpoil_bbc",
        _event("2010-07-17/2127", COSTS_17, "put", _dollars("$3.5bn", 3.5e9)),
        _event("2010-07-19/1596", COSTS_19, "put", _dollars("$3.95bn", 3.95e9)),
    )
    assert seventeenth != nineteenth
    first, second = _merged(
        "bpoil_bbc",
        _event("2010-07-19/1596", COSTS_19, "put", _dollars("$3.95bn", 3.95e9)),
        _event("2010-07-20/1070", COSTS_19, "put", _dollars("$3.95bn", 3.95e9)),
    )
    assert first == second


def test_amounts_are_compared_only_on_different_days() -> None:
    a = signature(
        _event("2010-07-17/2127", COSTS_17, "put", _dollars("$3.5bn", 3.5e9)), published=date(2010, 7, 17)
    )
    b = signature(
        _event("2010-07-19/1596", COSTS_19, "put", _dollars("$3.95bn", 3.95e9)), published=date(2010, 7, 19)
    )
    assert _other_amounts(a, b)
    assert not _other_amounts(
        a,
        signature(
            _event("2010-07-17/564", COSTS_19, "put", _dollars("$3.95bn", 3.95e9)),
            published=date(2010, 7, 17),
        ),
    )


def test_a_judgement_word_needs_a_shared_participant() -> None:
    """ "record numbers of customers" at Japan's karaoke clubs (20 May) and 250 infections "recorded"
    in Japan (21 May): the word says how something was found; only who it is said of tells. The
    collection tells the word on other days too (Canada's cases, China's car sales)."""
    told = [_event("2009-04-27/488", CANADA, "record"), _event("2009-04-29/635", CHINA, "record")]
    *_, karaoke, japan = _merged(
        "H1N1_bbc",
        *told,
        _event("2009-05-20/1172", KARAOKE, "record"),
        _event("2009-05-21/400", JAPAN, "record", names=("Japan",)),
    )
    assert karaoke != japan
    merger = Merger(words=_article_words("H1N1_bbc"))
    reports = [*told, _event("2009-05-20/1172", KARAOKE, "record"), _event("2009-05-21/400", JAPAN, "record")]
    merger.foresee([(event, date.fromisoformat(event.document_id[:10])) for event in reports])
    for rare in ({"Japan"}, {"Mexico"}, {"Mexico"}):
        merger.names.see(frozenset(rare))
    a = signature(_event("2009-05-20/1172", KARAOKE, "record", names=("Japan",)))
    b = signature(_event("2009-05-21/400", JAPAN, "record", names=("Japan",)))
    assert _judged(a, signature(_event("2009-05-21/400", JAPAN, "record")), merger, 0.1)
    assert not _judged(a, b, merger, 0.1)  # said of one telling participant
    # the chain of vetoes a study of pairs asks (`parted`) holds it, as `_margin` does
    assert parted(a, signature(_event("2009-05-21/400", JAPAN, "record")), merger, 0.1)
    assert not parted(a, b, merger, 0.1)
    alone = Merger(words=_article_words("H1N1_bbc"))  # a word no other day tells stays telling
    assert not _judged(a, signature(_event("2009-05-21/400", JAPAN, "record")), alone, 0.1)


NUNGESSER = '"We need to have something out there," he said.'  # 2010-05-01/2197, a parish president
CROWDSOURCING = 'You need the unexpected."'  # 2010-06-03/3341, an expert on the public's ideas


def test_two_articles_sharing_only_the_word_are_two_events() -> None:
    """Two short quotations whose only content word in common is "need" score alike on it alone
    (judged wrong in `evaluation/judged/entries.md`, seed 210, S29: the expert's a secondary mention
    on a page of 3 June); one of them copied stays one."""
    nungesser, expert = _merged(
        "bpoil_bbc",
        _event("2010-05-01/2197", NUNGESSER, "need"),
        replace(_event("2010-06-03/3341", CROWDSOURCING, "need", past=True), main=False),
    )
    assert nungesser != expert
    first, second = _merged(
        "bpoil_bbc", _event("2010-05-01/2197", NUNGESSER, "need"), _event("2010-05-02/5", NUNGESSER, "need")
    )
    assert first == second


FOULKES = (
    "The BBC's Imogen Foulkes, in Geneva, says that while the number of cases has made the declaration "
    "inevitable, the problem is that the pandemic phase system is designed for a very different type of "
    "virus."
)  # 2009-06-11/1687
DESIGNATION = 'Designation of this phase will indicate that a global pandemic is under way."'
# 2009-06-30/49379, the WHO's definition of phase six quoted


def test_one_stem_of_two_words_is_two_events() -> None:
    """ "designed" and "Designation" share the stem "design" (seed 210, H1N1 S17: a correspondent's
    comment and the WHO's definition of phase six); a verb and its own noun, gerund or spelling stay
    one kind."""
    designed, designation = _merged(
        "H1N1_bbc",
        _event("2009-06-11/1687", FOULKES, "design"),
        replace(_event("2009-06-30/49379", DESIGNATION, "designation", past=True), main=False),
    )
    assert designed != designation
    assert signature(_event("2009-06-30/49379", DESIGNATION, "designation")).lemma == "designation"
    assert words_apart("design", "designation") and words_apart("direction", "direct")
    # a gerund and a spelling are the verb's own act ("refrain from cutting-and-pasting", "Installing
    # fewer than one third of the recommended number of centralizers": bpoil_guardian)
    own_nouns = (
        ("infect", "infection"), ("collect", "collection"), ("pollute", "pollution"), ("paste", "pasting"),
        ("instal", "install"),
    )  # fmt: skip
    assert not any(words_apart(verb, noun) for verb, noun in own_nouns)


WIPED_MAY = (
    "Apart from the environmental catastrophe, £10bn ($15bn) was wiped off the value of Britain's "
    "third-largest company this week."
)  # 2010-05-01/940
WIPED_JUNE = "At its worst BP saw 34% wiped off the company's value"  # 2010-06-03/1926, a caption
WIPED_JUNE_4 = "At its worst, BP saw 34% wiped off its value"  # 2010-06-05/1352, the caption again


def _pounds(text: str, value: float) -> Figure:
    return Figure(value, text, 0, len(text), "value", kind="GBP")


def _wiped(document: str, text: str, *figures: Figure, agent: str = "") -> Event:
    """A "wiped off" mention, its agent as extraction reads it ("34%" of "BP saw 34% wiped off")."""
    return replace(
        _event(document, text, "wipe off", *figures), arguments=[f"agent|{agent}"] if agent else []
    )


def test_a_share_and_an_amount_lost_on_other_days_are_two_losses() -> None:
    """£10bn "wiped off" BP's value in the spill's first week (1 May) and the caption's "34% wiped
    off" at its worst (3 June): two losses, as two days' amounts are. The caption told again two
    days on gives the same share: one loss. A share the sentence counts of something else is not
    the report's ("BP's shares rose more than 6% after it agreed to put $20bn in a fund")."""
    events = (
        _wiped("2010-05-01/940", WIPED_MAY, _pounds("£10bn", 1e10)),
        _wiped("2010-06-03/1926", WIPED_JUNE, agent="%"),
        _wiped("2010-06-05/1352", WIPED_JUNE_4, agent="%"),
    )
    may, june, again = _merged("bpoil_bbc", *events)
    assert may != june == again
    signed = [signature(event, published=date.fromisoformat(event.document_id[:10])) for event in events]
    assert _other_amounts(signed[0], signed[1]) and not _other_amounts(signed[1], signed[2])
    assert not _other_amounts(
        signed[0], signature(replace(events[1], arguments=[]), published=date(2010, 6, 3))
    )

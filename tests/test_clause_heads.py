"""The words telling the events of a sentence's clauses other than a mention's own
(`extract.clause_heads`): a clause of its own tells a second event; a light verb's object, a verb
coordinated under one subject, the next verb of a list and what a verb of seeing saw done tell the
mention's own. Sentences quoted from the Timeline17 articles."""

from __future__ import annotations

import pytest

from conftest import T17, needs
from storyline.analyse.token_table import token_table
from storyline.extract.clause_heads import _walk_order, clause_heads
from storyline.extract.sentence_trees import sentence_bounds


def heads_of(nlp, text: str, word: str) -> list[str]:  # type: ignore[no-untyped-def]
    return clause_heads(next(token for token in nlp(text) if token.text == word))


CAMPAIGN = (  # H1N1_bbc, 5 May 2009
    "The nationwide campaign begins after the number of confirmed cases of the H1N1 virus in the UK has "
    "risen to 28."
)
PRONOUNCED = (  # MJ_bbc, 28 June 2009
    "The singer was pronounced dead at the UCLA medical center two hours after the call was made."
)
DIED = (  # H1N1_bbc, 5 May 2009
    "Some 26 people have died of the virus in Mexico and more than 1,000 cases have been reported in 20 "
    "countries."
)
REMINDED = "His parents always reminded him to study more."  # H1N1_bbc, 6 May 2009 (a reader)
RESPONSE = (  # bpoil_bbc, 6 January 2011 (PTB-tokenised, as the store reads it)
    "The MPs ' report is a response to the Deepwater Horizon drilling rig explosion in the Gulf of Mexico "
    "in April last year - that blast killed 11 workers and spilled millions of barrels of oil over several "
    "months."
)


@pytest.mark.parametrize(
    ("text", "word", "heads"),
    [
        (CAMPAIGN, "begins", ["risen"]),  # an adverbial clause
        (CAMPAIGN, "risen", ["begins"]),  # the clause's mention: the main clause is another event
        (PRONOUNCED, "made", ["pronounced"]),
        (DIED, "died", ["reported"]),  # a coordinated clause with its own subject
        (REMINDED, "reminded", ["study"]),  # the act its object is told to do
        (RESPONSE, "response", ["killed", "spilled"]),  # a clause with its own subject, as the noun's
    ],
)
def test_a_clause_of_its_own_tells_another_event(nlp, text: str, word: str, heads: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert heads_of(nlp, text, word) == heads


@pytest.mark.parametrize(
    ("text", "word", "own"),
    [
        (  # MJ_bbc, 29 June 2009: a light verb's object
            "On Saturday police carried out what they said was an extensive interview with Jackson's "
            "personal doctor, Conrad Murray, who was with the singer when he died.",
            "carried",
            "interview",
        ),
        (  # bpoil_bbc: what a day saw done
            "Wednesday saw a US Coast Guard crew set fire to part of the oil slick in an attempt to save "
            "environmentally-sensitive wetlands.",
            "saw",
            "set",
        ),
        (  # MJ_bbc: the next verb of a list
            "All headline shows will be filmed in high definition, broadcast on BBC Two and simulcast on the "
            "BBC HD channel.",
            "filmed",
            "broadcast",
        ),
        (  # MJ_bbc, 27 September 2011: a verb coordinated under one subject
            'Prosecutors said he acted with "gross negligence" and gave Jackson a lethal dose of the '
            "sedative propofol that caused his death in June 2009.",
            "acted",
            "gave",
        ),
    ],
)
def test_the_mentions_own_event_told_in_other_words_is_no_clause(nlp, text: str, word: str, own: str) -> None:  # type: ignore[no-untyped-def]
    assert own not in heads_of(nlp, text, word)


def test_the_report_of_the_mentions_clause_is_no_other_event(nlp) -> None:  # type: ignore[no-untyped-def]
    wells = (  # bpoil_bbc, 16 July 2010
        'BP scientists have detected "no negative evidence of any breaching" of the sea floor, Mr Wells said.'
    )
    assert heads_of(nlp, wells, "detected") == []


@pytest.mark.parametrize(
    ("text", "word", "other"),
    [
        (  # MJ_bbc, 29 August 2009: a copula's clause tells its event in its complement
            "The affidavit said Dr Murray had been giving Jackson propofol daily for six weeks but he was "
            "concerned that the singer was becoming addicted to the drug and had been trying to wean him "
            "off, using alternative drugs.",
            "giving",
            "concerned",
        ),
        (  # MJ_bbc, 29 September 2011: a verb of saying of another clause is another's report
            'His personal assistant described a "frantic" call from Dr Conrad Murray, and security guard '
            "Faheem Muhammad said he saw Dr Murray try to revive Jackson.",
            "said",
            "described",
        ),
    ],
)
def test_another_clauses_event_is_told_in_its_words(nlp, text: str, word: str, other: str) -> None:  # type: ignore[no-untyped-def]
    assert other in heads_of(nlp, text, word)


@needs(T17 / "bpoil_guardian" / "InputDocs")
def test_the_sentence_is_walked_in_the_order_of_spacys_subtree(pipeline) -> None:  # type: ignore[no-untyped-def]
    """Clause heads come in the order of the walk below each sentence's root, read from the token
    table: the words of a word's sentence that lie below it, sorted by `_walk_order`, are the words of
    `Token.subtree` in its order, also where the parse is not projective (a subtree that is no run of
    consecutive words)."""
    articles = sorted((T17 / "bpoil_guardian" / "InputDocs").glob("*/*"))[:4]
    doc = pipeline.nlp("\n".join(path.read_text(encoding="utf-8") for path in articles))
    table = token_table(doc)
    walks = []
    for token in doc:
        start, end = sentence_bounds(doc, token.i) or (0, len(doc))
        below = [
            (order, i) for i in range(start, end) if (order := _walk_order(table, i, token.i)) is not None
        ]
        walks.append(([i for _, i in sorted(below)], [word.i for word in token.subtree]))
    assert all(walk == expected for walk, expected in walks)
    assert any(expected != sorted(expected) for _, expected in walks)  # some subtree is not a range

"""A period inside a stock ticker in brackets does not end a sentence (`analyse.segment`).

Reuters names a company with its ticker ("BP Plc (BP.L)"); Timeline17's tokenizer cut the line at
the ticker's period ("BP Plc (BP." / "L) failed to ..."), and the line break made the company a
sentence of its own, leaving "said" without its subject. The texts are real lines of bpoil_reuters,
as the reader hands them to the parser.
"""

from __future__ import annotations

from conftest import sentences_of

DIAMOND = (
    "Companies and other critics of the administration's ban have warned that it is too broad and could "
    "push oil drillers to abandon U.S. waters, spurring job losses at a time of economic hardship, "
    "particularly in Gulf states.\n"
    "U.S.-based Diamond Offshore Drilling (DO.\n"
    "N) said on Friday it was moving its Ocean Endeavor rig to Egypt from the Gulf of Mexico, becoming the "
    "first U.S. company to do so because of uncertainty surrounding the ban.\n"
)
BP_PROFITS = (
    "LONDON (Reuters) - BP Plc (BP.\n"
    "L) failed to reassure investors with a more than doubling of first-quarter net profits on Tuesday, as "
    "the oil major's shares fell on growing fears about the impact of a worsening oil spill in the Gulf of "
    "Mexico.\n"
)
BANK = (
    "NEW YORK (Reuters) - Bank of America Merrill Lynch (BAC.\n"
    "N) has ordered its traders not to enter into oil trades with BP Plc (BP.\n"
    "L) that extend beyond June 2011, a market source familiar with the directive told Reuters.\n"
)


def test_company_with_a_ticker_stays_the_subject_of_said(pipeline) -> None:  # type: ignore[no-untyped-def]
    sentences = sentences_of(pipeline, DIAMOND)
    assert len(sentences) == 2
    assert sentences[1].startswith("U.S.-based Diamond Offshore Drilling (DO. N) said on Friday")


def test_ticker_after_a_dateline_does_not_end_the_sentence(pipeline) -> None:  # type: ignore[no-untyped-def]
    """The wire's dateline is a line of its own (`analyse.segment.WIRE_DATELINE`); the ticker cuts nothing."""
    sentences = sentences_of(pipeline, BP_PROFITS)
    lead = " ".join(BP_PROFITS.split()).removeprefix("LONDON (Reuters) - ")
    assert sentences == ["LONDON (Reuters) -", lead]


def test_two_tickers_in_one_sentence(pipeline) -> None:  # type: ignore[no-untyped-def]
    sentences = sentences_of(pipeline, BANK)
    lead = " ".join(BANK.split()).removeprefix("NEW YORK (Reuters) - ")
    assert sentences == ["NEW YORK (Reuters) -", lead]


RECORDS = (
    "The Justice Department has already demanded that the companies involved in the spill, including BP, "
    "Transocean Ltd RIGN.\n"
    "N) and Halliburton Co (HAL.\n"
    "N), preserve records related to the accident.\n"
)


def test_ticker_that_lost_its_opening_bracket(pipeline) -> None:  # type: ignore[no-untyped-def]
    sentences = sentences_of(pipeline, RECORDS)
    assert sentences == [" ".join(RECORDS.split())]

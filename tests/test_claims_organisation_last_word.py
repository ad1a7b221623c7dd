"""A one-word name after a people's adjective is not the surname of a fuller name (`analyse.entities`).

Seed 221's judge found "according to Swiss Re" given to Munich Re: the recogniser read "Swiss" as a
people's adjective and "Re" alone as a person, whom the page's fuller name ending in "Re" then named. The
test quotes the bpoil_reuters lines it runs on (restored from their tokenized form).
"""

from __future__ import annotations

from datetime import date

from conftest import attribution_in
from storyline.pipeline import Pipeline

REINSURERS = (
    "Munich Re (MUVGn.\n"
    "DE), the world's biggest reinsurer, has said it could pay up to $100million for the accident, but "
    "warned that it is too early to calculate the toll.\n"
    "Bermuda's PartnerRe (PRE.\n"
    "N) expects to pay claims of up to $70million.\n"
    "Even if losses exceed $1billion, it does not appear to be an insurance industry-threatening event.\n"
    "The closest comparison is the explosion of the Piper Alpha rig off the British coast in 1988, killing "
    "167, which ended up costing insurers $3.6billion in today's dollars, according to Swiss Re.\n"
)


def test_a_company_named_after_a_peoples_adjective_is_not_the_one_sharing_its_last_word(
    pipeline: Pipeline,
) -> None:
    attribution = attribution_in(pipeline, REINSURERS, "The closest comparison", date(2010, 4, 27))
    assert attribution is not None
    assert attribution.source == "Swiss Re"


# A person the recogniser names apart from the party word before her, on a page that gave her full name
# (a realistic sentence in the manner of bpoil_reuters' political reports; no topic has one)
PALIN = (
    "Sarah Palin, the former Alaska governor, criticised the administration's response to the spill on "
    "Monday.\n"
    "Republican Palin said the drilling ban would cost thousands of jobs in the Gulf.\n"
)


def test_a_person_named_after_a_party_word_is_the_one_the_page_named_in_full(pipeline: Pipeline) -> None:
    """ "Republican Palin": the recogniser named "Palin" itself (unlike "Re" of "Swiss Re", a word it left
    out and found only as a fuller name's repeat), so the party word describes Sarah Palin."""
    attribution = attribution_in(pipeline, PALIN, "drilling ban", date(2010, 6, 1))
    assert attribution is not None
    assert attribution.source == "Sarah Palin"

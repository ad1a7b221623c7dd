"""A name inside the description set beside a person is not that person (`analyse.entities`).

Seed 221's judge found Graeme Pacitti's words ('From then my throat began to get sore," he said.') given
to "Mallard": the recogniser took "Pacitti" for an organisation, so "he" went to the football team's name
inside his description, "the goalkeeper for their six-a-side team FC Mallard and a clerical worker at
Falkirk Royal Infirmary". The texts are H1N1_guardian's lines (restored from their tokenized form).
"""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from conftest import attribution_in, quote_speaker
from storyline.analyse.entities import _in_description
from storyline.pipeline import Pipeline

PACITTI = (
    "Eight days ago, Graeme Pacitti and friends from his amateur football team gathered to welcome the newly "
    "married man back from his honeymoon in Mexico.\n"
    "As Pacitti and the others sat around Iain Askham, they noticed he seemed tired.\n"
    "That was put down to jetlag but 48 hours later, Askham and his wife, Dawn, were swept into an isolation "
    "ward at Monklands hospital, 20 miles away in Airdrie, the first two British cases of swine flu.\n"
    "Today, Pacitti, the goalkeeper for their six-a-side team FC Mallard and a clerical worker at Falkirk "
    "Royal Infirmary, was confirmed as the first person to catch swine flu within the UK.\n"
    'The result left him feeling "really disappointed", he said.\n'
    '"Today I started to feel better than I have done all week.\n'
    "I'm quite gutted.\"\n"
    "Confined at home with his mother Lesley, her boyfriend, and his younger brother Alan, he has been "
    "taking the anti-viral drug Tamiflu and nursing an aching head and throat.\n"
    '"It started last Saturday when I started to feel like I had an upset stomach.\n'
    'From then my throat began to get sore," he said.\n'
)
_PUBLISHED = date(2009, 5, 1)


def test_a_person_described_by_a_second_role_speaks_not_the_team_named_in_the_description(
    pipeline: Pipeline,
) -> None:
    attribution = attribution_in(pipeline, PACITTI, "From then my throat", _PUBLISHED)
    assert attribution is not None
    assert attribution.source == "Graeme Pacitti"
    assert quote_speaker(pipeline, PACITTI, "It started last Saturday", _PUBLISHED) == "Graeme Pacitti"


def test_a_name_after_a_preposition_of_an_aside_is_inside_the_description(nlp: Language) -> None:
    doc = nlp(PACITTI.splitlines()[3])
    mallard = next(ent for ent in doc.ents if ent.text.endswith("Mallard"))
    pacitti = next(ent for ent in doc.ents if ent.text == "Pacitti")
    assert _in_description(doc[mallard.end - 1 : mallard.end])
    assert not _in_description(pacitti)

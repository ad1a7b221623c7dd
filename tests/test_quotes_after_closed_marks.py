"""Quote speakers and pronouns once a closing quotation mark stays in its sentence.

A lone closing mark used to stand as a sentence between a quote and what follows, and the
rules that look a few sentences back counted it: with it gone they reach one sentence further,
to a speaker that is not the quote's. The texts are real lines of bpoil_reuters and haiti_bbc.
"""

from __future__ import annotations

from conftest import quote_speaker
from storyline.analyse.entities import find_actors

REPORT_TITLE = (
    "Even that dispersed oil can leave tiny particles in the water column between the sea floor and the "
    "surface, which pose a potential hazard to wildlife, Lubchenco said.\n"
    '"Oil that is in microscopic droplets that is still there may be toxic to any of the small creatures '
    'under the water that are encountered," she said.\n'
    '"And even in very small droplets, it... can be toxic."\n'
    '"WHAT HAPPENED TO THE OIL?"\n'
    'The U.S. report, titled "BP Deepwater Horizon Oil Budget: What Happened to the Oil?"\n'
    "found 33 percent of the oil was dealt with by government and private cleanup efforts.\n"
)
NORWAY = (
    '"After this no one can seriously claim that this could not happen in Norway or anywhere else," he '
    "told Reuters.\n"
    '"If you are not completely blind it will affect everyone on the entire globe."\n'
    "The Nordic kingdom is the world's fifth largest oil exporter and third largest gas exporter, producing "
    "petroleum exclusively from offshore fields in the North Sea.\n"
    "It says it has one of the strictest safety regimes for oil activity anywhere in the world.\n"
)
RESCUE = (
    "Mr Howells, from Mid and West Wales Fire and Rescue Service, was one of about 60 UK firefighters who "
    "arrived at Gatwick airport early on Saturday morning along with other rescuers.\n"
    'He told the BBC: "A two-year-old girl was crying for her mother in the rubble, and we tried several '
    "different entry points to gain access to her.\n"
    'Volunteer Andy Read had been on his first rescue mission "In the end we managed to pinpoint where she '
    "was and eventually freed her.\n"
    "She came out with little tassels still in her hair and she was still fully clothed.\n"
    '"It was quite an emotional moment.\n'
    "It was difficult to keep the tears from coming down the face, you were sort of biting your lip.\n"
    'We could have worked all night after that."\n'
)


def test_titled_report_is_said_by_nobody(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert quote_speaker(pipeline, REPORT_TITLE, "BP Deepwater Horizon") is None


def test_it_is_not_the_agency_told(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = pipeline.nlp(NORWAY)
    at = NORWAY.index("It says")
    assert not [m for m in find_actors(doc) if m.start == at]


def test_caption_run_into_a_quote_does_not_speak_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert quote_speaker(pipeline, RESCUE, "In the end we managed") == "Howells"  # not "Volunteer Andy Read"

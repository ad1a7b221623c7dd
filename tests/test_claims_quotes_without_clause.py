"""Quote speakers, thirty-fifth round: a quote with no reporting clause of its own after narration about
the speaker just quoted, a message someone reads out from its author, and a caption run into a report.

Each test quotes the Timeline17 sentences it runs on (restored from their tokenized form); the whole
pipeline reads them as one short article.
"""

from __future__ import annotations

from datetime import date

from conftest import extraction_of, quote_speaker
from storyline.model import Attribution
from storyline.pipeline import Pipeline


def _speaker(pipeline: Pipeline, text: str, opening: str) -> str | None:
    return quote_speaker(pipeline, text, opening, date(2010, 1, 30))


def test_a_quote_goes_on_from_her_quote_over_narration_about_her(pipeline: Pipeline) -> None:
    text = (
        "Further on I find a young mother and her seven children squatting in a tiny shack they have "
        "fashioned out of sticks and old blankets.\n"
        "One of her children has a huge bandage around his hand.\n"
        '"He had two fingers amputated after the quake," the mother says.\n'
        "Nearby Salnar Devoisie is lying on a makeshift bed.\n"
        "Her daughter is platting her mass of gray hair.\n"
        "There is a white bandage around the stump of her left leg.\n"
        '"I was trapped in the rubble of my home for three days.\n'
        'When the Israeli doctors got me out they said we will have to chop it off or you will die," '
        "she says.\n"
        "As we talk she rubs her hand against her chest as if in pain.\n"
        '"It is gas.\n'
        "I haven't eaten for four days.\"\n"
        "Despite the massive response from the outside world these people are still waiting for help to "
        "arrive.\n"
    )
    assert _speaker(pipeline, text, "I was trapped") == "Salnar Devoisie"
    assert _speaker(pipeline, text, "It is gas") == "Salnar Devoisie"


def test_a_she_goes_back_to_a_mother_who_speaks_not_past_her(pipeline: Pipeline) -> None:
    text = (
        "MENDJI BAHINA SANON, 11-YEAR-OLD GIRL Mendji Bahina Sanon was pulled out after spending eight days "
        "buried under Haiti's rubble.\n"
        "One of five children - four of whom survived the earthquake - she was rescued after being trapped "
        "beneath the remains of her home in the capital, Port-au-Prince.\n"
        'Mendji asked for cornflakes after being pulled out after eight days "I had left my five children at '
        "home.\n"
        "The two-storey building had collapsed.\n"
        'I thought they were all dead," said her mother, a cleaner for the UN, describing the hours after '
        "the earthquake struck.\n"
        "Helped by her neighbors, she continued to search for her missing daughter even after finding the "
        "body of the young girl's five-year-old brother.\n"
        'On Wednesday, she described hearing a neighbor cry out: "I heard your daughter, she called out."\n'
        '"I didn\'t believe it, but I rushed, the neighbors dug, she was alive and they dug her out."\n'
    )
    assert _speaker(pipeline, text, "I didn't believe it") != "Mendji Bahina Sanon"  # her unnamed mother's


def test_a_message_read_out_is_its_authors(pipeline: Pipeline) -> None:
    text = (
        "Edmond Mulet told the BBC the logistics of the relief effort were a nightmare, with Haiti's "
        "inadequate infrastructure destroyed and a shortage of vehicles.\n"
        "On Thursday, the UN held a memorial service in the Haitian capital, Port-au-Prince, to remember "
        "dozens of its staff who were killed.\n"
        "At the service, a visibly emotional Mr Mulet read a message from UN Secretary General Ban Ki-moon: "
        '"To you I say: we are with you in spirit.\n'
        'To those no longer with us I say: we will never forget you."\n'
        "Later, Mr Mulet told the BBC that all of Haiti's recent development had been undone.\n"
    )
    speaker = _speaker(pipeline, text, "To you I say")
    assert speaker is not None and speaker.replace(" ", "") == "BanKi-moon"  # canonical "Ban Ki - moon"


def _of(pipeline: Pipeline, text: str, predicate: str) -> Attribution | None:
    (event,) = [
        e for e in extraction_of(pipeline, text, date(2010, 1, 13)).events if e.predicate == predicate
    ]
    return event.attribution


def test_a_caption_run_into_a_report_is_the_writers(pipeline: Pipeline) -> None:
    text = (
        "The earthquake caused buildings to topple, trapping people Mr Brown expressed his sympathy for the "
        "victims of the earthquake.\n"
    )
    assert _of(pipeline, text, "cause") is None
    expressed = _of(pipeline, text, "express")
    assert expressed is not None and expressed.source == "Brown"


def test_a_relative_clause_on_the_event_after_which_something_is_done_is_the_writers(
    pipeline: Pipeline,
) -> None:
    text = (
        "Haitian-born rap star Wyclef Jean has urged fans to donate to relief efforts in the wake of the "
        "huge earthquake that struck the Caribbean state on Tuesday.\n"
        "BP said it was capturing more of the torrent of oil that has spewed relentlessly from the sea "
        "bottom since the April 20 rig explosion that killed 11 workers and set the disaster in motion.\n"
    )
    assert _of(pipeline, text, "strike") is None
    assert _of(pipeline, text, "kill") is None
    urged = _of(pipeline, text, "urge")
    assert urged is not None and urged.source == "Wyclef Jean"
    captured = _of(pipeline, text, "capture")
    assert captured is not None and captured.source == "BP"


def test_what_he_is_set_against_what_he_said_with_one_subject_is_the_writers(pipeline: Pipeline) -> None:
    text = (
        "Jean-Marc Flambert wants to help the relief effort.\n"
        "He is aware of other family members trapped in their homes but said he feels they are in a worse "
        "position as they are waiting to die.\n"
    )
    assert _of(pipeline, text, "trap") is None
    feels = _of(pipeline, text, "feel")
    assert feels is not None and feels.source.replace(" ", "") == "Jean-MarcFlambert"

"""Quote speakers, thirty-fifth round: a quote with no reporting clause of its own after narration about
the speaker just quoted, and a message someone reads out from its author.

Each test quotes the Timeline17 sentences it runs on (restored from their tokenized form); the whole
pipeline reads them as one short article.
"""

from __future__ import annotations

from datetime import date

from conftest import quote_speaker
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

"""Who says what and how: each reported-speech construction on real sentences.

The sample sentences are quoted from the two reference articles under
examples/articles; the others are typical wire-style sentences.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span

from conftest import SEEDS, T17, documents_in, needs
from storyline.analyse.entities import find_actors
from storyline.analyse.reporting import cue_lemma, stance_of_form
from storyline.extract.attribution import attribute, continued, reported_content
from storyline.model import Attribution, Stance
from storyline.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp(pipeline: Pipeline) -> Language:
    return pipeline.nlp


@pytest.fixture(scope="module")
def samples(nlp: Language) -> dict[str, Doc]:
    documents = documents_in(SEEDS)
    return {Path(d.path).name: nlp(d.text) for d in documents}


def _sentence(doc: Doc, containing: str) -> Span:
    return next(s for s in doc.sents if containing in s.text)


def _attribute(doc: Doc, sentence: Span, speaker: str | None = None) -> Attribution | None:
    actors = [a for a in find_actors(doc) if sentence.start_char <= a.start and a.end <= sentence.end_char]
    return attribute(sentence, actors, speaker)


def _of(nlp: Language, text: str, speaker: str | None = None) -> Attribution | None:
    """The attribution of the text's last sentence (earlier ones give context)."""
    doc = nlp(text)
    return _attribute(doc, list(doc.sents)[-1], speaker)


def _in_sample(samples: dict[str, Doc], name: str, containing: str) -> Attribution | None:
    doc = samples[name]
    return _attribute(doc, _sentence(doc, containing))


FIRST = "000_9f6b8ccadd51ec38.txt"
SECOND = "001_d3ea85ac583b5e03.txt"


def test_x_said_that_with_likely_in_the_content(nlp: Language) -> None:
    attribution = _of(
        nlp,
        "On 8 October, the South Korean Ministry of Defence said that North Korea was likely "
        "to send some of its regular armed forces to Ukraine to support Russia.",
    )
    assert attribution is not None
    assert attribution.source == "South Korean Ministry of Defence"
    assert attribution.stance == Stance.LIKELY
    assert attribution.cue == "likely"


def test_quote_then_the_president_said(samples: dict[str, Doc]) -> None:
    # '"We are preparing [to announce] important signals of support [for Ukraine]," the president said.'
    attribution = _in_sample(samples, FIRST, "the president said")
    assert attribution is not None
    assert attribution.source == "Volodymyr Zelenskyy"
    assert (attribution.stance, attribution.cue) == (Stance.STATED, "said")
    assert samples[FIRST].text[attribution.start : attribution.end] == "the president"


def test_x_stated_that_with_a_title(nlp: Language) -> None:
    attribution = _of(
        nlp,
        "On 13 October, President Zelenskyy stated that North Korea was supplying Russia not only "
        "with weapons but also with military personnel, and called on partners to increase aid for Ukraine.",
    )
    assert attribution is not None
    assert (attribution.source, attribution.stance, attribution.cue) == ("Zelenskyy", Stance.STATED, "stated")
    assert attribution.source_title == "President"


def test_x_confirmed_that_with_an_appositive_title(nlp: Language) -> None:
    attribution = _of(
        nlp,
        "On 18 October, Kyrylo Budanov, Head of Defence Intelligence of Ukraine, confirmed that about "
        "11,000 North Korean infantrymen were currently undergoing training in Russia’s east.",
    )
    assert attribution is not None
    assert attribution.source == "Kyrylo Budanov"
    assert attribution.stance == Stance.CONFIRMED
    assert attribution.source_title == "Head of Defence Intelligence of Ukraine"


def test_x_stated_on_a_date_that_he_could_not_confirm_reports(nlp: Language) -> None:
    text = (
        "Lloyd Austin, US Defence Secretary, stated on 19 October that he could not confirm reports "
        "that North Korea had sent troops to Russia for participation in the war against Ukraine."
    )
    attribution = _of(nlp, text)
    assert attribution is not None
    assert attribution.source == "Lloyd Austin"
    assert attribution.stance == Stance.COULD_NOT_CONFIRM
    assert attribution.cue == "could not confirm"
    assert attribution.source_title == "US Defence Secretary"
    start, end = reported_content(next(nlp(text).sents)) or (0, 0)
    assert (
        text[start:end]
        == "North Korea had sent troops to Russia for participation in the war against Ukraine"
    )


def test_unnamed_intelligence_reported_that(nlp: Language) -> None:
    attribution = _of(
        nlp,
        "On Wednesday, South Korean intelligence reported that Pyongyang had sent 3,000 troops to Russia "
        "to support Russian forces in their war against Ukraine.",
    )
    assert attribution is not None
    assert (attribution.source, attribution.stance) == ("South Korean intelligence", Stance.REPORTED)


def test_organisation_reported_that(nlp: Language) -> None:
    attribution = _of(
        nlp,
        "South Korea’s National Intelligence Service reported that North Korea had already sent 1,500 "
        "special forces troops to Russia to assist in the war, and they have arrived in Russian territory.",
    )
    assert attribution is not None
    assert "National Intelligence Service" in attribution.source
    assert attribution.stance == Stance.REPORTED


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("On 17 October, Zelenskyy specified that Russia intended to involve about 10,000 soldiers "
         "from North Korea in the war against Ukraine.", "specified"),
        ("On 13 October, Zelenskyy announced that North Korea was supplying not only weapons but also "
         "personnel to Russia's military forces, urging partners to increase support for Ukraine.",
         "announced"),
        ("On 14 October, Zelenskyy declared North Korea’s direct involvement in the war.", "declared"),
        ("Details: Zelenskyy also noted that Russians and Iranians are refining the Shaheds, which have "
         "become one of the main tools of Russian terror against Ukraine.", "noted"),
    ],
)  # fmt: skip
def test_statement_verbs(nlp: Language, text: str, cue: str) -> None:
    attribution = _of(nlp, text)
    assert attribution is not None
    assert (attribution.source, attribution.stance, attribution.cue) == ("Zelenskyy", Stance.STATED, cue)


def test_pronoun_subject_resolves_to_the_person_in_context(samples: dict[str, Doc]) -> None:
    # "He emphasised that instability and threats could increase significantly as North Korea
    # learns modern warfare techniques."
    attribution = _in_sample(samples, SECOND, "He emphasised")
    assert attribution is not None
    assert (attribution.source, attribution.stance, attribution.cue) == (
        "Volodymyr Zelenskyy",
        Stance.STATED,
        "emphasised",
    )


def test_we_expect_needs_the_speaker(nlp: Language) -> None:
    text = "We expect greater pressure on Russia."
    assert _of(nlp, text) is None
    attribution = _of(nlp, text, speaker="Volodymyr Zelenskyy")
    assert attribution is not None
    assert (attribution.source, attribution.stance) == ("Volodymyr Zelenskyy", Stance.EXPECTED)


def test_narration_has_no_attribution(nlp: Language) -> None:
    assert _of(nlp, "They were spotted in Kursk Oblast of Russia on 23 October.") is None
    assert (
        _of(nlp, "Zelenskyy called for increased pressure on Russia’s ability to produce such weapons.")
        is None
    )


@pytest.mark.parametrize(
    ("text", "source", "stance", "cue"),
    [
        ("The convoy was hit near the border, according to a senior official.",
         "senior official", Stance.REPORTED, "according to"),
        ("The rebels have withdrawn from the town, witnesses said.", "witnesses", Stance.STATED, "said"),
        ("The Kremlin denied that its troops had crossed the border.", "Kremlin", Stance.DENIED, "denied"),
        ("The ministry could not confirm reports of casualties.",
         "ministry", Stance.COULD_NOT_CONFIRM, "could not confirm"),
        ("The UN estimated that 2,000 people had fled.", "UN", Stance.ESTIMATED, "estimated"),
        ("Analysts believe the offensive will stall.", "Analysts", Stance.BELIEVED, "believe"),
        ("The government intends to raise taxes next year.", "government", Stance.INTENDS, "intends"),
        ("Economists expect inflation to slow.", "Economists", Stance.EXPECTED, "expect"),
        ("Police said that the suspect had fled.", "Police", Stance.STATED, "said"),
        ("At least 40 people died, according to figures from the World Health Organization.",
         "World Health Organization", Stance.REPORTED, "according to"),
        ("The company admitted that the data had been lost.", "company", Stance.CONFIRMED, "admitted"),
        ("The ministry declined to confirm the figures.",
         "ministry", Stance.COULD_NOT_CONFIRM, "declined to confirm"),
        ("The ministry was unable to confirm the figures.",
         "ministry", Stance.COULD_NOT_CONFIRM, "unable to confirm"),
        ("The Defence Ministry released new figures. It said 40 drones had been shot down.",
         "Defence Ministry", Stance.STATED, "said"),
    ],
)  # fmt: skip
def test_typical_news_sentences(nlp: Language, text: str, source: str, stance: Stance, cue: str) -> None:
    attribution = _of(nlp, text)
    assert attribution is not None
    assert (attribution.source, attribution.stance, attribution.cue) == (source, stance, cue)


def test_cue_lemmas() -> None:
    class Word:
        def __init__(self, text: str) -> None:
            self.lower_ = text

    for form, lemma in [
        ("said", "say"),
        ("confirmed", "confirm"),
        ("estimates", "estimate"),
        ("denies", "deny"),
    ]:
        assert cue_lemma(Word(form)) == lemma  # type: ignore[arg-type]
    assert cue_lemma(Word("sent")) is None  # type: ignore[arg-type]


def test_the_stance_a_word_form_carries_without_its_parse() -> None:
    """Denials and doubts by any form; a verb that reports only with its particle ("ruled out") has
    none by its form ("ruled the country"), nor has a word that reports nothing."""
    forms = ("denies", "rejected", "disputing", "questioned", "disagrees")
    assert [stance_of_form(form) for form in forms] == [Stance.DENIED] * 2 + [Stance.DOUBTED] * 3
    assert stance_of_form("confirmed") == Stance.CONFIRMED
    assert stance_of_form("ruled") is None
    assert stance_of_form("sent") is None


def test_following_sentence_continues_the_report(samples: dict[str, Doc]) -> None:
    # "On 18 October, Kyrylo Budanov, ... confirmed that about 11,000 North Korean infantrymen were
    # currently undergoing training in Russia’s east. They will be ready to take part in combat
    # actions against Ukraine as early as 1 November."
    doc = samples[FIRST]
    previous = _sentence(doc, "Budanov, Head of Defence Intelligence")
    following = _sentence(doc, "They will be ready")
    budanov = _attribute(doc, previous)
    assert continued(following, previous, budanov) == budanov
    # "They were spotted in Kursk Oblast" follows a sentence that reports nothing.
    narration = _sentence(doc, "have arrived in the war zone")
    spotted = _sentence(doc, "They were spotted")
    assert continued(spotted, narration, _attribute(doc, narration)) is None
    # A new paragraph starts a new report.
    on_wednesday = _sentence(doc, "On Wednesday, South Korean intelligence")
    assert continued(on_wednesday, following, budanov) is None


@pytest.mark.parametrize(
    ("text", "source", "stance", "cue"),
    [
        ("This could present a problem, according to Jack Coleman, who served for more than a decade as "
         "the Interior Department's senior attorney for royalties and offshore minerals.",
         "Jack Coleman", Stance.REPORTED, "according to"),
        ("According to transcripts of interviews obtained by Robert Bea, a University of California Berkeley "
         "engineering professor, a giant methane bubble rushed up the well.",
         "Robert Bea", Stance.REPORTED, "according to"),
        ("Nine workers on the drill deck were killed, along with two others working in the nearby mud "
         "storage room, Bea said.", "Bea", Stance.STATED, "said"),
    ],
)  # fmt: skip
def test_timeline17_sentences(nlp: Language, text: str, source: str, stance: Stance, cue: str) -> None:
    # Reuters sentences of the Timeline17 BP oil spill collection, in ingest's restored text.
    attribution = _of(nlp, text)
    assert attribution is not None
    assert (attribution.source, attribution.stance, attribution.cue) == (source, stance, cue)


_BP_ASSETS = T17 / "bpoil_reuters" / "InputDocs" / "2010-07-27" / "285.htm.txt"


@needs(_BP_ASSETS)
def test_a_dateline_before_a_ticker_is_not_the_source(nlp: Language) -> None:
    """'LONDON, July 27 (Reuters) - BP plc (BP.L) plans to sell $30billion of assets ...', read from the raw
    file: with the ticker in brackets the parse hangs the dash on "plc", beside the dateline's "LONDON";
    BP plans, not the United Kingdom (bpoil_reuters, 27 July 2010)."""
    (document,) = documents_in(_BP_ASSETS)
    doc = nlp(document.text)
    attribution = _attribute(doc, _sentence(doc, "plans to sell"))
    assert attribution is None or attribution.source != "United Kingdom"
    assert attribution is not None and attribution.source.startswith("BP")


def test_two_roles_joined_before_one_name_give_the_name(nlp: Language) -> None:
    """'X Factor judge and Girls Aloud star Cheryl Cole': the parse splits the subject into "judge" and
    "Cole"; the named one speaks (haiti_bbc, 21 January 2010)."""
    attribution = _of(
        nlp,
        "X Factor judge and Girls Aloud star Cheryl Cole gave the plan her backing, saying she would love to "
        "be involved.",
    )
    assert attribution is not None
    assert attribution.source == "Cheryl Cole"


def test_a_dateline_in_capitals_is_not_the_source(nlp: Language) -> None:
    """'GRAND ISLE, Louisiana (Reuters) - President Barack Obama warned ...': the parse makes the dateline's
    "ISLE" the subject and Obama a name beside it; he warns (bpoil_reuters, 4 June 2010)."""
    attribution = _of(
        nlp,
        "GRAND ISLE, Louisiana | Fri Jun 4, 2010 7:36 pm EDT GRAND ISLE, Louisiana (Reuters) - President "
        'Barack Obama warned energy giant BP on Friday not to "nickel and dime" Gulf coast residents over '
        "oil spill damage claims while paying out billions of dollars in dividends to shareholders.",
    )
    assert attribution is not None
    assert attribution.source == "Barack Obama"

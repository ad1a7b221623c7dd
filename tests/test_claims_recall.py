"""Who said what, third round: speakers the recogniser mislabels and reporting words it missed.

Each test quotes the Timeline17 sentences it runs on (restored from their tokenized form); the whole
pipeline reads them as one short article, so pronouns are resolved against the sentences before.
"""

from __future__ import annotations

from datetime import date

import pytest

from conftest import attribution_in, extraction_of
from storyline.analyse.entities import find_actors
from storyline.model import Attribution, Event, Quote
from storyline.pipeline import Pipeline


def _read(pipeline: Pipeline, text: str) -> tuple[list[Event], list[Quote]]:
    extraction = extraction_of(pipeline, text, date(2009, 6, 9))
    return extraction.events, extraction.quotes


def _said(pipeline: Pipeline, text: str, sentence: str) -> Attribution | None:
    return attribution_in(pipeline, text, sentence, date(2009, 6, 9))


FUKUDA = (
    "Keiji Fukuda, acting WHO assistant director-general, voiced concern at the sustained spread of the new "
    "H1N1 strain -- including more than 1,000 cases in Australia.\n"
    "Fukuda said a move to phase 6 would reflect the geographic spread of the new disease.\n"
    '"It does not mean that the severity of the situation has increased," Fukuda said.\n'
    "A decision to declare a pandemic involved more than simply making an announcement, he said.\n"
    "He voiced concern that Canadian Inuits had suffered disproportionately in the current outbreak, often "
    "needing hospitalization.\n"
    '"Inuit populations were very severely hit in some of the earlier pandemics.\n'
    'This is why these reports raise such concerns to us," he said.\n'
)


def test_a_name_tagged_as_an_organisation_is_a_person_when_a_role_is_set_beside_it(
    pipeline: Pipeline,
) -> None:
    """The recogniser tags "Keiji Fukuda" an organisation throughout; his role says he is a person,
    so "he said" finds him."""
    for sentence in ("he said.", "He voiced concern", "This is why"):
        attribution = _said(pipeline, FUKUDA, sentence)
        assert attribution is not None and attribution.source == "Keiji Fukuda", sentence
    _, quotes = _read(pipeline, FUKUDA)
    assert {q.speaker for q in quotes} == {"Keiji Fukuda"}


def test_said_he_tells_a_name_tagged_as_an_organisation_is_a_person(pipeline: Pipeline) -> None:
    text = (
        'After taking a tour of the oil spill, Holder said he saw "oil for miles and miles, oil that we '
        'know has already affected plant and animal life among the coast."\n'
    )
    actors = find_actors(pipeline.nlp(text))
    assert [(m.text, m.label) for m in actors if m.text == "Holder"] == [("Holder", "PERSON")]


# --- reporting words the lexicon lacked ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sentence", "source", "cue"),
    [
        (
            "Jeffrey Fisher, a Stanford Law School professor who represented fishermen and other Valdez "
            "spill victims before the U.S. Supreme Court in the Exxon case, said BP may try to limit the "
            "field of potential claimants.\n"
            '"BP can argue it is only liable for hard economic losses, such as wages," Fisher went on.\n',
            '"BP can argue',
            "Jeffrey Fisher",
            "went",
        ),
        (
            '"We have examples in tobacco, asbestos and pharmaceuticals where funds are set up by '
            'third-party trustees," said Marzulla, the former Justice Department official.\n'
            '"But those address one set of injuries," he went on.\n',
            '"But those address',
            "Marzulla",
            "went",
        ),
        (
            "In west Florida's Panhandle, an area with many tourist businesses, officials in Escambia County "
            "worry that property prices already hit by the prolonged U.S. housing market slump will fall "
            "further.\n",
            "In west Florida",
            "officials in Escambia County",
            "worry",
        ),
        (
            "Though a link to swine flu was originally suspected, the Mexican government has now ruled out "
            "any risk of infection from eating pork.\n",
            "Though a link",
            "Mexican government",
            "ruled",
        ),
        (
            "Canadian authorities have also indicated that priority consideration in granting immigration "
            "visas would be given to pending adoption cases.\n",
            "Canadian authorities",
            "Canadian authorities",
            "indicated",
        ),
    ],
)
def test_went_on_worry_that_ruled_out_and_indicated_report(
    pipeline: Pipeline, text: str, sentence: str, source: str, cue: str
) -> None:
    attribution = _said(pipeline, text, sentence)
    assert attribution is not None and attribution.source.endswith(source) and attribution.cue == cue


@pytest.mark.parametrize(
    "sentence",
    [
        "Some of them then went on to spread the disease in Hong Kong, Singapore, Canada and Vietnam.",
        "The shooting began late on Saturday and went on until after midnight.",
        "Department of Justice officials are part of an ongoing federal investigation into the April 20 rig "
        "explosion that triggered the spill, and the Obama administration has not ruled out the possibility "
        "of a criminal prosecution.",
    ],
)
def test_going_on_with_a_deed_and_not_ruling_out_report_nothing(pipeline: Pipeline, sentence: str) -> None:
    assert _said(pipeline, sentence + "\n", sentence[:20]) is None


def test_a_speaker_with_his_affiliation_before_a_quote_the_parse_made_the_root(pipeline: Pipeline) -> None:
    """The parse gives "told" no subject and makes a verb inside the quotation the sentence's root."""
    text = (
        "But Information Minister Lambert Mende told the BBC that DR Congo would contribute within its "
        "means.\n"
        "But political scientist Ntanda Nkere from the University of Kinshasa told the BBC: \"It's a "
        "contradiction to see a country which is facing serious financial problems giving away $2.5m but at "
        "the same time, it's a purely diplomatic reaction, the Congolese government wants to appear like any "
        'other government."\n'
    )
    attribution = _said(pipeline, text, "But political scientist")
    assert attribution is not None and attribution.source == "Ntanda Nkere"
    _, quotes = _read(pipeline, text)
    assert [q.speaker for q in quotes] == ["Ntanda Nkere"]


SINGAPORE = (
    "A Health Ministry statement said on Tuesday those who violated the order would be fined S$10,000 "
    "($6,789) and/or six months in jail.\n"
    "The penalty would be doubled for those who breach the order for a second time.\n"
    '"The Home Quarantine Order is issued under the Infectious Diseases Act to contacts and suspected '
    "contacts of the Influenza A (H1N1-2009) virus, with the aim of limiting the spread of Influenza A "
    '(H1N1) in the community," it said.\n'
    "The eight, two foreigners and six Singaporeans, have to monitor their temperature twice a day and "
    "check for flu-like symptoms.\n"
    "They must report to a designated public hospital immediately if they develop such symptoms, the "
    "ministry said.\n"
)


def test_it_said_is_never_a_name_inside_the_quote_and_report_to_a_hospital_is_no_report(
    pipeline: Pipeline,
) -> None:
    quoted = _said(pipeline, SINGAPORE, '"The Home Quarantine Order')
    assert quoted is not None and quoted.source == "Health Ministry"
    told = _said(pipeline, SINGAPORE, "They must report")
    assert told is not None and (told.source, told.cue) == ("Health Ministry", "said")


def test_an_aside_before_some_say_is_not_part_of_the_source(pipeline: Pipeline) -> None:
    text = "Here and there, the odd chair.\nBut all have little, or worse - some say - nothing.\n"
    attribution = _said(pipeline, text, "But all have little")
    assert attribution is not None and attribution.source == "some"


def test_it_said_after_a_country_as_subject_is_that_country(pipeline: Pipeline) -> None:
    text = (
        "China still claims sovereignty over democratic, self-ruled Taiwan and has threatened to take it by "
        "force if necessary.\n"
        "It has said the two sides must ultimately be united.\n"
        "China has asked Taiwan, which is 98 percent ethnic Chinese, to help combat the world financial "
        "crisis, implying that both were victims of the U.S. economy.\n"
        "More recently it suggested uniting to fight influenza A, which also started overseas.\n"
    )
    for sentence in ("It has said", "More recently it suggested"):
        attribution = _said(pipeline, text, sentence)
        assert attribution is not None and attribution.source == "China", sentence


@pytest.mark.parametrize(
    ("sentence", "source", "cue"),
    [
        (
            '"We are scared right now many people a (re) standing outside because we have receive messages '
            'across the country that there is going to be an earthquake some said is from BBC," Opoku Ware '
            "Cyprian texted from Kumasi at 0349 GMT.",
            "Opoku Ware Cyprian",
            "texted",
        ),
        (
            "Authorities appealed for 142 passengers and crew on the same flight as the Mexican to report to "
            "health officials.",
            "Authorities",
            "appealed",
        ),
        (
            "Some of those rescued in Haiti have spoken of being encouraged by hearing voices around them.",
            "Some of those rescued in Haiti",
            "spoken",
        ),
    ],
)
def test_texted_appealed_for_and_spoken_of_report(
    pipeline: Pipeline, sentence: str, source: str, cue: str
) -> None:
    attribution = _said(pipeline, sentence + "\n", sentence[:20])
    assert attribution is not None and (attribution.source, attribution.cue) == (source, cue)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Obama administration appealed the decision, defending the suspension as needed to provide time "
        "to probe the BP oil spill's cause and ensure other drilling rigs operate safely.",
        "Obama spoke to reporters after meeting local officials, state governors and administration "
        "officials involved in overseeing the response to the spill.",
    ],
)
def test_appealing_a_ruling_and_speaking_to_reporters_say_nothing(pipeline: Pipeline, sentence: str) -> None:
    assert _said(pipeline, sentence + "\n", sentence[:20]) is None


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "Already, the Interior Department has instituted a six-month moratorium on deepwater exploratory "
            "drilling and called for potentially costly new safety measures.",
            "Interior Department",
        ),
        (
            "But some lawmakers have called for the department to open an investigation into whether BP made "
            "false and misleading statements to the federal government regarding its ability to respond to "
            "oil spills in the Gulf of Mexico.",
            "some lawmakers",
        ),
        ('Pope Benedict XVI has called for a generous response to the "tragic situation" in Haiti.', "XVI"),
        (
            "It was calculated with a protocol known as the Bonn convention that calls for measuring the "
            "extent of an oil spill, using its color to judge the thickness of oil.",
            None,
        ),
    ],
)
def test_called_for_is_a_demand_by_someone_who_can_make_one(
    pipeline: Pipeline, sentence: str, source: str | None
) -> None:
    attribution = _said(pipeline, sentence + "\n", sentence[:20])
    if source is None:
        assert attribution is None
    else:
        assert attribution is not None and attribution.source.endswith(source) and attribution.cue == "called"


# --- captions run into the next sentence ------------------------------------------------------------

MULLEN = (
    "The US has already sent an aircraft carrier, the USS Carl Vinson, to Haiti and the USS Bataan, "
    "carrying a marine expeditionary unit, is on its way.\n"
    'President Obama: "The scale of devastation is extraordinary... the losses heartbreaking" The chairman '
    "of the US Joint Chiefs of Staff, Adm Mike Mullen, said a hospital ship and more helicopters would be "
    "sent in the coming days, carrying more troops and marines.\n"
    "He said the total number of US troops would rise to between 9,000 and 10,000.\n"
)


def test_a_caption_run_into_a_sentence_does_not_give_its_name_to_he_said(pipeline: Pipeline) -> None:
    """The caption "President Obama: ..." ends at its closing quotation mark; "The chairman ..." opens
    the next sentence, whose speaker "He said" goes on with."""
    said = _said(pipeline, MULLEN, "He said the total number")
    assert said is not None and said.source == "Mike Mullen"
    chairman = _said(pipeline, MULLEN, "The chairman of the US Joint Chiefs")
    assert chairman is not None and chairman.source == "Mike Mullen"


def test_a_name_of_a_newspaper_after_told_is_no_sentence_start(pipeline: Pipeline) -> None:
    text = (
        "Joe Morton, Alabama's education superintendent, told The Wall Street Journal that he plans to "
        "deliver a sizable bill to BP in the coming weeks to cover lost income and sales-tax receipts.\n"
    )
    doc = pipeline.nlp(text)
    assert len(list(doc.sents)) == 1
    attribution = _said(pipeline, text, "Joe Morton")
    assert attribution is not None and attribution.source == "Joe Morton"


@pytest.mark.parametrize(
    ("text", "sentence", "source"),
    [
        (
            "Ms Lassegue said that the authorities were still far from knowing the total number of those "
            "killed.\n"
            '"Nobody knows how many bodies are buried in the rubble - 200,000, 300,000?\n'
            'Who knows the overall death toll?"\n'
            "the Associated Press quotes her as saying on Sunday.\n",
            "the Associated Press quotes",
            "Ms Lassegue",
        ),
        (
            "The Prime Minister of the Bahamas, Hubert Ingraham, says some islands have been hit by high "
            "tides.\n"
            "His country's emergency services are ready to help Haiti, the Caribbean Media Corporation "
            "quotes him as saying.\n",
            "His country's emergency",
            "Hubert Ingraham",
        ),
    ],
)
def test_an_agency_that_quotes_her_as_saying_is_not_the_speaker(
    pipeline: Pipeline, text: str, sentence: str, source: str
) -> None:
    attribution = _said(pipeline, text, sentence)
    assert attribution is not None and attribution.source == source


@pytest.mark.parametrize(
    ("sentence", "sources"),
    [
        (
            "However, some analysts said the result was not necessarily a harbinger of better things as the "
            "tax rate would likely revert toward normal levels and BP itself said it would be hard to repeat "
            "the strong profits from the refining unit.",
            {"say": {"some analysts", "BP"}, "repeat": {"BP"}, "revert": {"some analysts"}},
        ),
        (
            "Some lawmakers have called for a $10billion cap, while others have said there should be no cap "
            "on damages companies face.",
            {"call": {"Some lawmakers"}, "face": {"others"}},
        ),
        (
            "Haiti's ambassador to the UN, Leo Merores, tells the BBC World Service the government is still "
            "functioning - President Rene Preval and Prime Minister Jean-Max Bellerive are assessing the "
            "situation in Port-au-Prince.",
            {"tell": {"Haiti's ambassador to the UN"}, "assess": {"Haiti's ambassador to the UN"}},
        ),
        (
            'A House Democratic leadership aide added, "It\'s my understanding" that Waxman is writing '
            'legislation addressing the "design, maintenance and testing of drilling equipment."',
            {"add": {"House Democratic leadership aide"}, "write": {"House Democratic leadership aide"}},
        ),
    ],
)
def test_a_second_reporting_clause_keeps_its_own_source(
    pipeline: Pipeline, sentence: str, sources: dict[str, set[str]]
) -> None:
    events, _ = _read(pipeline, sentence + "\n")
    found: dict[str, set[str]] = {}
    for event in events:
        source = event.attribution.source.replace(" 's", "'s") if event.attribution else ""
        found.setdefault(event.predicate, set()).add(source)
    assert {predicate: found.get(predicate) for predicate in sources} == sources


@pytest.mark.parametrize(
    ("sentence", "sources"),
    [
        (  # haiti_bbc, 24 January 2010: the toll is the organisation's estimate, not the prime minister's
            "The Pan American Health Organization put the death toll at 50,000-100,000, while Prime Minister "
            'Jean-Max Bellerive said 100,000 "would seem a minimum".',
            {"put": {"Pan American Health Organization"}, "say": {"Jean - Max Bellerive"}},
        ),
        (  # H1N1_reuters, 25 April 2009: "reassured ... that" is a report of its own
            'Calderon reassured Mexicans that the flu was "curable", while Mexico City Mayor Marcelo Ebrard '
            "said his goal was to slow the spread of the virus in the capital.",
            {"reassure": {"Calderon"}, "slow": {"Marcelo Ebrard"}},
        ),
    ],
)
def test_a_report_set_against_the_main_clause_speaks_for_its_own_clause(
    pipeline: Pipeline, sentence: str, sources: dict[str, set[str]]
) -> None:
    events, quotes = _read(pipeline, sentence + "\n")
    found: dict[str, set[str]] = {}
    for event in events:
        found.setdefault(event.predicate, set()).add(event.attribution.source if event.attribution else "")
    assert {predicate: found.get(predicate) for predicate in sources} == sources
    assert {q.speaker for q in quotes} <= {"Jean - Max Bellerive", None}


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (  # H1N1_reuters
            "The World Health Organisation (WHO) declared on Thursday that the outbreak of swine flu was "
            "a pandemic, meaning it would spread all over the world and could not be contained. It "
            "repeated that it did not recommend any travel or trade restrictions as a result.",
            "World Health Organisation",
        ),
        (  # bpoil_reuters
            "The government, through state-run press, quickly denounced the rumors as false and the beaches "
            "were reopened, but the incident reflected fears that the massive spill will reach Cuba.",
            "government",
        ),
    ],
)
def test_repeated_that_and_denounced_a_claim_report(pipeline: Pipeline, sentence: str, source: str) -> None:
    reported = sentence.split(". ")[-1]
    attribution = _said(pipeline, sentence + "\n", reported[:20])
    assert attribution is not None and attribution.source.endswith(source)


@pytest.mark.parametrize(
    "sentence",
    ["Engineers repeated the test on Tuesday.", "Protesters denounced the company outside its offices."],
)
def test_repeating_a_deed_and_denouncing_a_party_report_nothing(pipeline: Pipeline, sentence: str) -> None:
    assert _said(pipeline, sentence + "\n", sentence[:20]) is None


def test_a_subhead_in_capitals_does_not_name_the_actor(pipeline: Pipeline) -> None:
    """H1N1_reuters: a Q&A subhead in capitals ("WHAT MEASURES IS THE MEXICAN GOVERNMENT TAKING?") gave
    "MEXICAN GOVERNMENT TAKING" as the name of the government that later "ruled out" a risk."""
    text = (
        "Worldwide, seasonal flu kills between 250,000 and 500,000 people in an average year.\n"
        "WHAT MEASURES IS THE MEXICAN GOVERNMENT TAKING?\n"
        "Mexico City has closed universities and schools until further notice.\n"
        "This one likely originated in pigs, but the Mexican government and the World Health Organization "
        "have ruled out any risk of infection from eating pork.\n"
    )
    events = [e for e in _read(pipeline, text)[0] if e.text.startswith("This one likely")]
    (ruled,) = [e for e in events if e.predicate == "rule out"]  # what the government rules out, not the pigs
    assert ruled.attribution is not None and ruled.attribution.source == "Mexican government"

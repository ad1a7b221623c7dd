"""Who said what, on sentences from the Timeline17 articles (restored from their tokenized form).

Each test quotes the article sentences it runs on; the whole pipeline (parse, actors, extraction)
reads them as one short article, so pronouns are resolved against the sentences before them.
"""

from __future__ import annotations

from datetime import date

import pytest

from conftest import extraction_of
from storyline.merge.figure_series import build_series
from storyline.model import Attribution, Entry, Event, Figure, Quote
from storyline.pipeline import Pipeline


def _read(pipeline: Pipeline, text: str) -> tuple[list[Event], list[Quote]]:
    extraction = extraction_of(pipeline, text, date(2010, 6, 1))
    return extraction.events, extraction.quotes


def _said(pipeline: Pipeline, text: str, sentence: str) -> Attribution | None:
    events, _ = _read(pipeline, text)
    told = [e for e in events if e.text.startswith(sentence)]  # the sentence's event mentions
    if not told:  # not news at all (a question): nobody is cited
        return None
    return told[0].attribution  # the main event's; a second reporting clause keeps its own source


def _figures(pipeline: Pipeline, text: str) -> list[Figure]:
    events, _ = _read(pipeline, text)
    return [figure for event in events for figure in event.figures]


# --- pronoun speakers ----------------------------------------------------------------------------

AFREN = (
    '"They have imposed some regulations and they are sensible," Osman Shahenshah, chief executive of '
    "Afren (AFRE.L), told the Reuters energy summit.\n"
    "He predicted deepwater exploration, which is extensive off western Africa, would be slowed "
    '"a little bit," but the industry was more than ready to regulate.\n'
    '"I think the industry will do it voluntarily, even it is not imposed," he said.\n'
)


def test_he_said_is_the_speaker_introduced_before_not_his_company(pipeline: Pipeline) -> None:
    attribution = _said(pipeline, AFREN, '"I think the industry')
    assert attribution is not None and attribution.source == "Osman Shahenshah"
    _, quotes = _read(pipeline, AFREN)
    assert [q.speaker for q in quotes if q.text.startswith("I think")] == ["Osman Shahenshah"]


def test_he_is_never_a_name_inside_the_quoted_words(pipeline: Pipeline) -> None:
    text = (
        "Haitian President Rene Preval said 3,500 US troops would help UN and Haitian forces restore "
        "order in Port-au-Prince.\n"
        '"Barack Obama called me and we have 2,000 police in Port-au-Prince," he said.\n'
    )
    attribution = _said(pipeline, text, '"Barack Obama called me')
    assert attribution is not None and attribution.source == "Rene Preval"


def test_he_added_after_a_speaker_named_with_his_organisation(pipeline: Pipeline) -> None:
    text = (
        'David Bull, from Unicef, said: "Nearly half of the population in Haiti are children and the '
        "money that Charlie has raised will help Unicef to make sure that the children affected by the "
        'earthquake have enough food and water to survive."\n'
        "He added: \"We're so grateful to everyone who has supported Charlie or has been fundraising "
        'themselves."\n'
    )
    attribution = _said(pipeline, text, "He added")
    assert attribution is not None and attribution.source == "David Bull"


def test_he_after_an_unnamed_person_is_that_person_not_one_named_earlier(pipeline: Pipeline) -> None:
    text = (
        "Pat Robertson the American televangelist is reported to have put it all to the wrath of God.\n"
        "The Haitian consul to Sao Paulo, who happens to be white, was a touch more graphic.\n"
        "He told a Brazilian TV crew that people of African origin were cursed.\n"
    )
    attribution = _said(pipeline, text, "He told a Brazilian TV crew")
    assert attribution is not None and attribution.source == "Haitian consul to Sao Paulo"


def test_they_say_at_the_end_is_the_group_just_introduced(pipeline: Pipeline) -> None:
    text = (
        "Beyond the academic debate, locals are adamant that the most obvious evidence of Ixtoc's legacy "
        "are the black, rock-like formations of solidified oil that can be found in parts of the Campeche "
        "coast.\n"
        "Those were not here before the Ixtoc spill, they say.\n"
    )
    attribution = _said(pipeline, text, "Those were not here")
    assert attribution is not None and attribution.source == "locals"


# --- reported-speech patterns -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "BP, which said on Monday it had spent about $3.95billion so far on the oil spill, agreed under "
            "intense pressure from U.S. authorities last month to set up an independently administered "
            "$20billion escrow fund for damage claims.",
            "BP",
        ),
        (
            "Obama accused McCain of getting his facts wrong and said it was McCain whose rhetoric was "
            "belligerent.",
            "Obama",
        ),
        (
            "Lula called on the group to come up with proposals for \"substantial change of the world's "
            "financial architecture,\" saying the global credit crunch is hurting the world's poor.",
            "Lula",
        ),
        (
            "Lawmakers on both sides of the aisle expressed concern yesterday that they have had no control "
            "over when and how federal money has been used to curb the panic on Wall Street.",
            "Lawmakers on both sides of the aisle",
        ),
        (
            "He urged coordination with bank regulators abroad but stopped short of endorsing an "
            "international financial regulatory regime.",
            None,
        ),
    ],
)
def test_reporting_clauses_the_issue_lists(pipeline: Pipeline, sentence: str, source: str | None) -> None:
    last = sentence.split("\n")[-1]
    attribution = _said(pipeline, sentence, last[:20])
    if source is None:  # "He" with no one before it: a cue, but nobody to name
        assert attribution is None
    else:
        assert attribution is not None and attribution.source.endswith(source)


def test_responded_with_a_plan_is_not_speech(pipeline: Pipeline) -> None:
    sentence = (
        "The year was 1991, and the Swedish government responded with a dramatic plan: unpaid loans and "
        "other troubled assets would be dumped into new state-owned banks."
    )
    assert _said(pipeline, sentence, "The year was 1991") is None


def test_reader_comments_are_not_sources(pipeline: Pipeline) -> None:
    text = (
        "BP said on Monday it would pay all legitimate claims.\n"
        "Views expressed in the comments do not represent those of Reuters.\n"
        "Obama said he would do whatever it takes and BP should pay $10 billion now.\n"
    )
    events, quotes = _read(pipeline, text)
    assert not [e for e in events if "Obama" in e.text]  # a reader's post is no report
    assert not quotes
    assert _said(pipeline, text, "BP said on Monday") is not None


# --- quotes -----------------------------------------------------------------------------------------


def test_a_term_quoted_inside_a_sentence_has_no_speaker(pipeline: Pipeline) -> None:
    text = (
        "Ruch said the plan contains no information about tracking sub-surface oil plumes from deepwater "
        "blowouts.\n"
        'The section on "worst case discharge" estimates a maximum spill of 177,400 barrels in the Gulf of '
        "Mexico.\n"
    )
    _, quotes = _read(pipeline, text)
    assert [(q.text, q.speaker) for q in quotes] == [("worst case discharge", None)]


# --- figures ----------------------------------------------------------------------------------------


def test_a_sum_names_what_it_is_of(pipeline: Pipeline) -> None:
    text = (
        "BP's market capitalization has shrunk by $100billion since its Deepwater Horizon drilling rig "
        "sank in 5,000 feet of water on April 22.\n"
        "All the defendants are accused of negligence in the lawsuit, which seeks economic and "
        "compensatory damages of at least $5million.\n"
        "BP has paid out close to $50million in damages claims so far along the Gulf Coast.\n"
    )
    counted = {f.text: f.counted for f in _figures(pipeline, text)}
    assert counted["$100billion"] == "BP's market capitalization"
    assert counted["at least $5million"].endswith("damages")
    assert counted["close to $50million"] == "damages claims"


def test_a_rate_names_what_flows(pipeline: Pipeline) -> None:
    text = (
        "That is a significant jump from the last estimate issued by the Flow Rate Technical Group on "
        "June 10 and pegging the well's flow at 20,000 to 40,000 barrels per day.\n"
    )
    (figure,) = _figures(pipeline, text)
    assert figure.counted == "well's flow in barrels per day" and figure.thing == "well's flow"


def test_questions_sources_and_names_are_not_figures(pipeline: Pipeline) -> None:
    text = (
        "The pipe to carry the oil to the surface is only 6?\n"
        "A top 10 shareholder said any move to issue shares would be viewed extremely negatively.\n"
        "BP shares traded down at 431.5 pence, against a drop in the STOXX Europe 600 Oil and Gas index.\n"
        "Two officials said the cap was holding.\n"
    )
    assert not [f.text for f in _figures(pipeline, text) if f.value in (6, 10, 600, 2)]


def test_words_carried_by_a_sentence_about_a_person_are_hers(pipeline: Pipeline) -> None:
    text = (
        'President Bush urged Americans to send "cash", and President Clinton said Haitians "can escape '
        'their history and built a better future if we do our part".\n'
        "US Secretary of State Hillary Clinton is traveling to Haiti on Saturday to assess the damage and "
        'convey to the Haitian people "our long term, unwavering support, solidarity and sympathies".\n'
    )
    _, quotes = _read(pipeline, text)
    (support,) = [q for q in quotes if q.text.startswith("our long term")]
    assert support.speaker == "Hillary Clinton"


def test_a_quote_after_an_unnamed_she_says_is_not_given_to_the_next_speaker(pipeline: Pipeline) -> None:
    text = (
        "Those who have lost parents will usually be cared for by older siblings, other family members and "
        "the wider community, she says.\n"
        '"The thing is these are kids who are already sick and you want to be able to continue their care."\n'
        "Professor Richard Williams, lead officer for disaster management, said the psychological scars "
        "would last.\n"
    )
    _, quotes = _read(pipeline, text)
    assert [q.speaker for q in quotes if q.text.startswith("The thing is")] == [None]


def test_a_sum_named_by_what_is_done_with_it_and_live_page_clock_stamps(pipeline: Pipeline) -> None:
    text = (
        "The UN's Chief Humanitarian Aid Co-ordinator, John Holmes, says $360m (£221m) has been pledged to "
        "help Haiti and that aid agencies are working hard to distribute supplies.\n"
        "1124 Reports say the capital, Port-au-Prince, was covered in a blanket of dust for about 20 "
        "minutes after the quake.\n"
        "The Inter-American Development Bank (IADB) is providing $200,000 (£122,000) in immediate emergency "
        "aid which can be used to provide food, potable water, medicines and temporary shelter.\n"
    )
    counted = {f.text: f.counted for f in _figures(pipeline, text)}
    assert counted["$360m"] == "amount pledged"
    assert counted["$200,000"] == "immediate emergency aid"
    assert "1124 Reports" not in counted


def test_they_said_after_according_to_is_that_source(pipeline: Pipeline) -> None:
    text = (
        "BP contractors have passed over local fishermen to hire out-of-state boat crews to lay booms off "
        "the coast of Bayou La Batre, Alabama, the heart of that state's seafood industry, according to "
        "local officials.\n"
        "Hundreds of local fishermen in both states went through more than four hours of "
        "hazardous-materials training this week to prepare for temporary work with BP, only to be left "
        "waiting for a call that never came, they said.\n"
    )
    attribution = _said(pipeline, text, "Hundreds of local fishermen")
    assert attribution is not None and attribution.source == "local officials"


def test_a_participle_describing_a_noun_reports_nothing(pipeline: Pipeline) -> None:
    sentence = (
        "On top of the technical challenges of stopping a gushing oil well, BP must contend with a public "
        "that is growing angrier by the day as well as an increasingly frustrated, and criticized, Obama "
        "administration."
    )
    assert _said(pipeline, sentence, "On top of") is None


def test_series_labels_read_as_english_and_sums_of_different_things_stay_apart(pipeline: Pipeline) -> None:
    text = (
        "BP has paid out close to $50million in damages claims so far along the Gulf Coast.\n"
        "All the defendants are accused of negligence in the lawsuit, which seeks economic and "
        "compensatory damages of at least $5million.\n"
        "Waxman's committee alone has held seven hearings on the oil spill since May 12.\n"
    )
    events, _ = _read(pipeline, text)
    entries = [
        Entry(str(i), e.date, False, e.tense, e.summary, e.actors, e.attribution, e.figures, [], [])
        for i, e in enumerate(events)
    ]
    labels = {s.label for s in build_series(entries)}
    assert any(label.startswith("damages claims in USD") for label in labels)
    assert any(label.endswith("damages in USD") for label in labels)
    assert "hearings" in labels


def test_a_headline_run_into_the_sentence_is_no_source(pipeline: Pipeline) -> None:
    sentence = (
        "WEATHER HAMPERING FIGHT AGAINST SLICK Hayward on Monday acknowledged his company's responsibility "
        "in appearances on American TV and radio shows."
    )
    attribution = _said(pipeline, sentence, "WEATHER")
    assert attribution is None or not attribution.source.isupper()


def test_a_hedge_in_a_clause_inside_the_report_does_not_hedge_the_report(pipeline: Pipeline) -> None:
    sentence = (
        "However, some analysts said the result was not necessarily a harbinger of better things as the tax "
        "rate would likely revert toward normal levels and BP itself said it would be hard to repeat the "
        "strong profits from the refining unit."
    )
    attribution = _said(pipeline, sentence, "However")
    assert attribution is not None and (attribution.source, attribution.stance) == ("some analysts", "stated")


def test_he_after_a_speaker_the_recogniser_missed_is_not_an_earlier_person(pipeline: Pipeline) -> None:
    text = (
        "Jeff Angers, president of the Center for Coastal Conservation, said the spill was bad.\n"
        "Containment and cleanup have taken too long, said Sunseri of P&J Oyster, expressing a common "
        "complaint in the area.\n"
        '"Our livelihoods have been drastically jeopardized," he said.\n'
        '"I don\'t see a future in the oyster business as it once was."\n'
    )
    attribution = _said(pipeline, text, '"Our livelihoods')
    assert attribution is not None and attribution.source == "Sunseri"
    _, quotes = _read(pipeline, text)
    assert {q.speaker for q in quotes} == {"Sunseri"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The U.S. Justice Department will neither confirm nor deny that it is looking into pressing "
            "criminal charges against BP.",
            ("U.S. Justice Department", "could not confirm"),
        ),
        (
            "After striking down the moratorium on Tuesday, a federal judge in New Orleans rejected a "
            "request to allow the six-month ban to stand while the government appeals his decision.",
            None,
        ),
        (
            "Singapore state investor Temasek Holdings on Thursday dismissed talk it had held discussions "
            "with BP for a strategic stake.",
            ("Temasek Holdings", "denied"),
        ),
    ],
)
def test_what_is_denied_or_not_confirmed(
    pipeline: Pipeline, sentence: str, expected: tuple[str, str] | None
) -> None:
    attribution = _said(pipeline, sentence, sentence[:15])
    assert ((attribution.source, str(attribution.stance)) if attribution else None) == expected


def test_a_figure_in_other_units_is_not_a_second_claim(pipeline: Pipeline) -> None:
    text = (
        "Estimates had put the spill rate at between 35,000 barrels (1.47 million gallons/5.56 million "
        "liters) and 60,000 barrels (2.5 million gallons/9.5 million liters) a day.\n"
        "The Gulf Coast leads U.S. commercial oyster production, accounting for nearly 70 percent of a total "
        "national catch valued at $131.6million in 2008.\n"
    )
    figures = _figures(pipeline, text)
    assert not [f for f in figures if f.value in (1.47e6, 5.56e6, 2.5e6, 9.5e6)]
    assert {f.counted for f in figures if f.value == 131.6e6} == {"total national catch"}


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            'The commission also concluded the Gulf spill was not an isolated incident caused by "rogue '
            'industry or government officials".',
            "commission",
        ),
        (
            "The commission's report ultimately blamed management failures for the April 20 explosion that "
            "ruptured the Macondo well.",
            "report",
        ),
        (
            'BP officials have likened efforts to fix the failed preventer to performing "open-heart surgery '
            'at 5,000 feet in the dark."',
            "BP officials",
        ),
    ],
)
def test_concluded_blamed_likened(pipeline: Pipeline, sentence: str, source: str) -> None:
    attribution = _said(pipeline, sentence, sentence[:15])
    assert attribution is not None and attribution.source.endswith(source)


def test_the_speaker_of_a_reporting_verb_comes_before_according_to(pipeline: Pipeline) -> None:
    text = (
        "The Department for International Development said the UK contribution would be divided between a "
        "number of international agencies and appeals, according to an ongoing assessment of need on the "
        "ground.\n"
    )
    attribution = _said(pipeline, text, "The Department")
    assert attribution is not None and attribution.source == "Department for International Development"


def test_he_said_reaches_back_to_the_speaker_past_a_person_named_in_passing(pipeline: Pipeline) -> None:
    text = (
        'Simon Cowell said he wanted to release the single quickly. "We will record on Monday," Cowell '
        "said.\n"
        "The track will be a cover of REM's Everybody Hurts.\n"
        "Several artists are recording their parts on Tuesday at a studio in West London.\n"
        "All are working for free.\n"
        "Asked if the single would include artists like 2009 Britain's Got Talent runner-up Susan Boyle, "
        'he said: "As many people as possible, whoever we\'ve got available is going to be on the record."\n'
    )
    attribution = _said(pipeline, text, "Asked if the single")
    assert attribution is not None and attribution.source == "Simon Cowell"


def test_quoted_by_an_agency_as_saying_is_the_speakers_not_the_agencys(pipeline: Pipeline) -> None:
    text = (
        "Mr Correa, the temporary head of the Union of South American Nations (Unasur), is reported by AFP "
        "news agency as saying the regional bloc would lend its support as Haiti rebuilds.\n"
        '"This is a tragedy, a humanitarian tragedy," he was quoted by AFP as saying.\n'
        '"In this phase of reconstruction we are going to need a lot of resources - human, material, '
        'financial."\n'
    )
    attribution = _said(pipeline, text, "Mr Correa")
    assert attribution is not None and attribution.source == "Correa"
    _, quotes = _read(pipeline, text)
    assert all("AFP" not in (q.speaker or "") for q in quotes)


def test_magnitudes_conversions_and_vague_sums(pipeline: Pipeline) -> None:
    text = (
        "The UN launched an appeal for $562m (£346m) intended to help three million people for six months.\n"
        "A magnitude-8.8 earthquake struck Chile, and a 7.0 magnitude earthquake hit Haiti.\n"
        "The reconstruction will cost billions of pounds, the minister said.\n"
    )
    counted = {f.text: f.counted for f in _figures(pipeline, text)}
    assert counted["$562m"] == "appeal" and "£346m" not in counted
    assert not [text for text in counted if "earthquake" in text or text.startswith(("8.8", "7.0"))]
    assert counted["billions of pounds"] == "cost of reconstruction"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "That's certainly what many along the Gulf coast believe.",
            ("many along the Gulf coast", "believed"),
        ),
        ("It is difficult for financial reporters to write this well, let alone speak this clearly.", None),
        (
            "Why didn't Boy George's administration insist all offshore wells have actual working blowout "
            "preventers like Norway requires?",
            None,
        ),
        ('"What will happen to us?" asked Mary Smith, a resident of Grand Isle.', ("Mary Smith", "stated")),
    ],
)
def test_questions_infinitives_and_wh_words(
    pipeline: Pipeline, sentence: str, expected: tuple[str, str] | None
) -> None:
    attribution = _said(pipeline, sentence, sentence[:15])
    assert ((attribution.source, str(attribution.stance)) if attribution else None) == expected


def test_they_is_not_a_number_of_things_counted_before(pipeline: Pipeline) -> None:
    text = (
        "The deployment of skimmers at BP's spill has expanded more than fivefold since early June, and 550 "
        "skimmers were at work as of Friday, according to a release from spill responders.\n"
        "They expected 750 skimmers in action by August.\n"
    )
    attribution = _said(pipeline, text, "They expected")
    assert attribution is None or "skimmers" not in attribution.source


def test_a_quoted_name_before_what_it_names_has_no_speaker(pipeline: Pipeline) -> None:
    text = (
        'Organisers of the "Hope for Haiti Now" telethon, led by George Clooney and Haiti-born rapper Wyclef '
        "Jean, said it raised more than $57m (£35m) for the aid effort.\n"
        'President Barack Obama said Haiti would "not be forgotten" in its hour of need.\n'
    )
    _, quotes = _read(pipeline, text)
    assert {q.text: q.speaker for q in quotes} == {
        "Hope for Haiti Now": None,
        "not be forgotten": "Barack Obama",
    }


def test_sizes_and_distances_say_what_they_measure(pipeline: Pipeline) -> None:
    text = (
        'The chamber, 40 feet tall, 24 feet wide and 14 feet deep has steel shelf-like "mud flaps" on the '
        "side to ensure it doesn't sink more than 15 feet into the mud.\n"
        "The rig was drilling in BP's Macondo project 42 miles (68 km) southeast of Venice, Louisiana.\n"
    )
    counted = {f.text: f.counted for f in _figures(pipeline, text)}
    assert (counted["40 feet"], counted["24 feet"], counted["14 feet"]) == (
        "height in feet",
        "width in feet",
        "depth in feet",
    )
    assert counted["42 miles"] == "distance in miles"


def test_what_a_sum_or_a_rate_is_of_when_the_parse_hides_it(pipeline: Pipeline) -> None:
    text = (
        "Halliburton's shares tumbled as much as 16 percent after the National Oil Spill Commission "
        "released a letter detailing the panel's findings, before recovering to close down nearly 8 percent "
        "at $31.68 per share on the New York Stock Exchange.\n"
        "The Deepwater Horizon rig exploded on April 20, killing 11 workers and unleashing an underwater "
        "torrent of oil that the government estimated at 12,000 to 19,000 barrels a day.\n"
        "The government estimated last week that 5,000 barrels a day are leaking from the well.\n"
        "BP has said it will pay all legitimate costs, a bill that is likely to run into the billions of "
        "dollars.\n"
        "Of those claims, 11,650 had been paid for a total of $35million.\n"
        "The vast majority of the roughly 2 million barrels per day that state oil company Petrobras "
        "produces in Brazil come from offshore fields.\n"
    )
    counted = {f.text: f.counted for f in _figures(pipeline, text)}
    assert counted["$31.68 per share"] == "price per share"  # not the "8 percent" beside it
    assert counted["12,000 to 19,000 barrels a day"].startswith("underwater torrent")  # not "government"
    assert counted["5,000 barrels a day"].startswith("amount leaking from well")
    assert counted["billions of dollars"] == "bill"
    assert counted["$35million"] == "amount paid"  # not "total"
    assert "Petrobras produces" in counted["roughly 2 million barrels per day"]  # not "vast majority"


def test_worth_weight_distance_and_a_noun_phrase_built_past_names(pipeline: Pipeline) -> None:
    text = (
        "But the rise does not mend the damage done -- the company is worth 70 billion pounds ($102 "
        "billion) against more than 120 billion pounds in April.\n"
        '"We will continue to closely monitor progress as the BOP, which along with the latching device '
        'weighs approximately 1 million pounds, is lifted to the surface in the next 24-36 hours," Allen '
        "said in a statement.\n"
        "Charlie rode his bike five miles (8km) around his local park in Fulham on Sunday to raise the "
        "money.\n"
        "The Minerals Management Service said two U.S. offshore Gulf of Mexico production platforms had "
        "been shut down and a third was evacuated as a safety precaution.\n"
        "People and businesses that have sustained losses can claim against a $20billion BP compensation "
        "fund administered by Kenneth Feinberg.\n"
        "More than 100 of the world's biggest stars took part in a charity event to raise money.\n"
        "The daily program is broadcast on six FM relays on the island: Port-au-Prince 89.3 FM; Gonaives "
        "90.5 FM.\n"
    )
    counted = {f.text: f.counted for f in _figures(pipeline, text)}
    assert counted["70 billion pounds"] == counted["more than 120 billion pounds"] == "value of company"
    assert counted["approximately 1 million pounds"] == "weight of BOP in pounds"  # weight, not sterling
    assert counted["five miles"] == "distance in miles"  # not "his bike"
    assert counted["two U.S. offshore Gulf of Mexico production platforms"].endswith("production platforms")
    assert counted["$20billion BP compensation fund"] == "BP compensation fund"  # not "People"
    assert counted["More than 100 of the world's biggest stars"] == "world's biggest stars"
    assert not [t for t in counted if "FM" in t or t.startswith(("89.3", "90.5"))]  # frequencies


def test_a_caption_set_inside_a_quote_does_not_swallow_the_next_speaker(pipeline: Pipeline) -> None:
    text = (
        'He said: "We have to ensure that the medicines we send to Haiti are exactly what are needed by '
        "doctors on the spot so that patients gain maximum benefit.\n"
        "The Disasters Emergency Committee is co-ordinating an appeal to help the people of Haiti There are "
        "13 charities involved including the British Red Cross, Islamic Relief and World Vision Donate via "
        'the DEC website "Arrangements are in place to ensure that these supplies reach patients with the '
        'minimum of delay once the aircraft has landed."\n'
        "Among the children at the camp - in the grounds of a church - is eight-year-old Angelo Sideron "
        "Maillard, whose mother and seven siblings all survived but who lost their home and all their "
        "possessions.\n"
        'Describing the moment the earthquake hit, he said: "I was looking for my mum and I was really '
        'scared."\n'
    )
    _, quotes = _read(pipeline, text)
    assert not [q for q in quotes if "Among the children" in q.text]
    assert [q.speaker for q in quotes if q.text.startswith("I was looking")] == ["Angelo Sideron Maillard"]
    attribution = _said(pipeline, text, "Describing the moment")
    assert attribution is not None and attribution.source == "Angelo Sideron Maillard"


def test_a_name_after_a_word_for_a_person_is_a_person_that_he_refers_to(pipeline: Pipeline) -> None:
    text = (
        '"It would have been a good summer; the marsh was in good shape, there was lots of clean water," '
        "said Alec Griffin.\n"
        "In the New Orleans suburb of Belle Chasse, oysterman Kuzma Tesvich said he had had high hopes for "
        "2010.\n"
        '"Our crop was good.\n'
        "We expected a good season and a good year but after all this we don't know what's going to happen "
        'to our oysters out there in the water," he said.\n'
        "He said he had received his $5,000 from BP but said he was making $2,000 a day before the spill "
        "closed down his 1,500-acre (600-hectare) oyster operation.\n"
    )
    attribution = _said(pipeline, text, "He said he had received")
    assert attribution is not None and attribution.source == "Kuzma Tesvich"
    _, quotes = _read(pipeline, text)
    assert [q.speaker for q in quotes if q.text.startswith("Our crop")] == ["Kuzma Tesvich"]


def test_quoted_as_saying_after_a_headline_and_a_title_capitalised(pipeline: Pipeline) -> None:
    text = (
        "Ecuador's President Rafael Correa has arrived in Haiti Mr Correa, the temporary head of the Union "
        "of South American Nations (Unasur), is reported by AFP news agency as saying the regional bloc "
        "would lend its support as Haiti rebuilds.\n"
        '"This is a tragedy, a humanitarian tragedy," he was quoted by AFP as saying.\n'
        '"In this phase of reconstruction we are going to need a lot of resources - human, material, '
        'financial."\n'
    )
    first = _said(pipeline, text, "Ecuador's President")
    second = _said(pipeline, text, '"This is a tragedy')
    assert first is not None and second is not None
    assert first.source == second.source == "Rafael Correa"
    _, quotes = _read(pipeline, text)
    assert [q.speaker for q in quotes] == ["Rafael Correa", "Rafael Correa"]


def test_a_speaker_the_parse_left_without_subject_and_she_telling_a_gender(pipeline: Pipeline) -> None:
    text = (
        "Barbara Stocking, the chief executive of Oxfam, said the situation on the ground for aid workers "
        "was difficult.\n"
        "She said the charity had had a base in Haiti for many years.\n"
        "Save the Children's emergencies director Gareth Owen said the biggest challenge for aid workers was "
        "going to be logistics, adding that only half of the charity's staff in the country had been "
        "accounted for.\n"
        "He said up to two million children could be scarred for life by what had happened and that many "
        "could be having to deal with the aftermath on their own.\n"
    )
    owen = _said(pipeline, text, "Save the Children's")  # the parse reads "Save" as a verb
    he = _said(pipeline, text, "He said up to two million")
    assert owen is not None and he is not None and owen.source == he.source == "Gareth Owen"


def test_he_says_after_a_name_beside_the_subjects_ship(pipeline: Pipeline) -> None:
    text = (
        "2202 The commander of the USS Carl Vinson, Adm Ted Branch, tells the BBC that more food supplies "
        "are expected in Haiti on Saturday as they arrive from the US military base at Guantanamo Bay.\n"
        "A shorter flying time has been made possible by an agreement with Cuba allowing US relief flights "
        "to use Cuban air space.\n"
        "\"When the supplies do start to rolling in, we'll have our procedures in order, and we'll be able "
        'to more efficiently deliver the relief," he says.\n'
    )
    commander = _said(pipeline, text, "The commander")  # the live page's clock stamp is not the sentence
    he = _said(pipeline, text, '"When the supplies')
    assert commander is not None and he is not None and commander.source == he.source == "Ted Branch"
    _, quotes = _read(pipeline, text)
    assert [q.speaker for q in quotes] == ["Ted Branch"]


def test_they_tell_me_after_a_group_of_people(pipeline: Pipeline) -> None:
    text = (
        "In a bar across the street a group of Belgian men are drinking beer.\n"
        "Outside their large white lorry has a banner draped across it with the name of their own tiny "
        "environmental NGO.\n"
        '"We want to help, but the World Food Programme says they already have enough water trucks," they '
        "tell me.\n"
    )
    _, quotes = _read(pipeline, text)
    assert [q.speaker for q in quotes] == ["group of Belgian men"]


def test_every_conversion_in_brackets_is_skipped_and_sizes_distances_and_aims_are_named(
    pipeline: Pipeline,
) -> None:
    text = (
        "U.S. scientists said on Thursday that between 20,000 and 40,000 barrels (840,000 and 1.7 million "
        "gallons/3.2 million and 6.4 million liters) of oil flowed from the well before June 3.\n"
        "Here are some facts about the impact of the spill: Louisiana, the nearest state to BP's gushing "
        "undersea well 42 miles out in the Gulf of Mexico, has been the most affected by the spill so far.\n"
        "The London-based oil firm has been selling numerous assets to raise as much as $30billion to cover "
        "those costs.\n"
        "That said, the pipe into the well is 9 inches.\n"
    )
    counted = {f.text: f.counted for f in _figures(pipeline, text)}
    (flow,) = [t for t in counted if t.startswith("between 20,000")]  # the liters and gallons are not claims
    assert len(counted) == 4 and counted[flow] == "barrels of oil"
    assert counted["42 miles"] == "distance in miles"
    assert counted["as much as $30billion"] == "amount to raise"
    assert counted["9 inches"] == "pipe in inches"


def test_it_below_the_main_clause_is_its_subject_and_should_have_is_no_report(pipeline: Pipeline) -> None:
    text = (
        "The government of Nova Scotia on Thursday extended a moratorium on oil and gas exploration on the "
        "Georges Bank, an important fishing region, by three years to the end of 2015.\n"
        "The government of Newfoundland is also launching a review of offshore safety practices, though it "
        "said it is satisfied with the current level of environmental protection practiced by the "
        "industry.\n"
        "(BP should have demanded this!)\n"
    )
    attribution = _said(pipeline, text, "The government of Newfoundland")
    assert attribution is not None and attribution.source == "government of Newfoundland"
    assert _said(pipeline, text, "(BP should have") is None


def test_he_said_is_not_a_name_describing_a_thing_and_a_surname_stays_a_person(pipeline: Pipeline) -> None:
    text = (
        "Last Wednesday, five weeks into the worst oil spill in U.S. history, BP Chief Executive Tony "
        "Hayward locked himself in a room on the third floor of the British oil giant's U.S. headquarters in "
        "Houston.\n"
        "On his first trip out to the Discoverer Enterprise, a drill ship from which a failed early attempt "
        "to tackle the spill had been conducted, Hayward was accompanied by a Reuters reporter and "
        "photographer and by a three-person ABC camera crew.\n"
        "At the heliport in Houma waiting to board a large yellow Sikorsky chopper, Reuters asked him how "
        "he was coping with the blanket news coverage and round-the clock interview demands.\n"
        '"We live in the world we live in," he said with a sigh.\n'
        '"UNPRECEDENTED STRING OF BAD NEWS"\n'
    )
    _, quotes = _read(pipeline, text)
    assert {q.text: q.speaker for q in quotes} == {
        "We live in the world we live in": "Tony Hayward",
        "UNPRECEDENTED STRING OF BAD NEWS": None,  # a heading, not anyone's words
    }


def test_what_is_done_with_a_sum_in_any_tense_and_barrels_are_no_distance(pipeline: Pipeline) -> None:
    text = (
        "The annual economic loss of tourism and fishing revenues in the states of Alabama, Louisiana and "
        "Mississippi could result in claims as high as $10.3billion, while a reduction of one third in "
        "Florida's tourism industry could add another $12billion to the bill, analysts at Citigroup said.\n"
        "Hayward's careful replies may have been a reflection of the fact that company still faces a "
        "criminal investigation and lawsuits that could lead to it paying out billions of dollars.\n"
        "The tourism industry pumps more than $60billion a year into the state economy.\n"
        "A panel of U.S. experts estimated that as of May 17, there were at least 130,000 barrels of oil on "
        "the surface of the Gulf of Mexico and a similar amount had been skimmed off the surface or "
        "evaporated, making a total of at least 260,000 barrels from the Deepwater Horizon spill.\n"
    )
    counted = {f.text: f.counted for f in _figures(pipeline, text)}
    assert counted["$12billion"] == "amount added to bill"
    assert counted["billions of dollars"] == "amount paid out"
    assert counted["more than $60billion a year"] == "amount pumped into state economy"
    assert "distance" not in counted["at least 260,000 barrels"]  # "from the spill" is no direction
    assert "made" not in counted["at least 260,000 barrels"]  # nor is "making a total of" done with it


def test_an_abbreviation_is_not_a_name_with_its_initials_given_only_later(pipeline: Pipeline) -> None:
    text = (
        "BP said its latest effort had captured 10,500 barrels of oil (439,950 gallons/1.67 million liters) "
        "in 24 hours and a second containment system should enable it to soon control the vast majority of "
        "oil spewing from the leak.\n"
        "In Louisiana's Four Bayou Pass, which separates Barataria Pass from the Gulf of Mexico, wildlife "
        "rescue workers hired by BP were dressed in white protective suits as they searched by boat from "
        "island to island for oiled birds.\n"
        "BP said it has spent $1billion on the spill and vowed to pay all legitimate claims of those harmed "
        "by the disaster.\n"
    )
    first = _said(pipeline, text, "BP said its latest effort")
    second = _said(pipeline, text, "BP said it has spent")
    assert first is not None and second is not None and first.source == second.source == "BP"


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "The WHO said flu surveillance should be increased in both humans and animals now that the "
            "latest H1N1 strain was found to have infected pigs in Canada.",
            "WHO",  # the World Health Organization, not the wh-word
        ),
        (
            "WHO recommended drugmakers stay on track to complete production of seasonal influenza vaccine "
            "for the Northern Hemisphere's next winter in the next two weeks.",
            "WHO",
        ),
        ("The leak continued to spread across the Gulf.", None),  # "continued" reports only beside a quote
        (
            "Governments are pledging billions for the vaccine -- the United States has set aside $1billion, "
            "the Netherlands ordered 34 million doses and Australia has ordered 10 million doses as the "
            "World Health Organization declared a pandemic.",
            None,  # an act in an "as" clause lends the sentence no source
        ),
        (
            "May 3, 2009 7:36 pm EDT MEXICO CITY (Reuters) - Mexico announced on Sunday that its swine flu "
            "epidemic had passed the worst.",
            "Mexico",  # or nobody; never the dateline ("May", "7:36 pm")
        ),
        ("July 5 - BP says the cost of the spill had reached $3.12billion.", "BP"),  # a chronology's line
    ],
)
def test_wh_acronyms_new_cues_and_no_source_in_acts_or_datelines(
    pipeline: Pipeline, sentence: str, source: str | None
) -> None:
    attribution = _said(pipeline, sentence + "\n", sentence[:30])
    assert (attribution.source if attribution else None) in (source, None if source == "Mexico" else source)


def test_he_continued_after_a_quote_is_the_speaker(pipeline: Pipeline) -> None:
    text = (
        "Andrew Cates, chief executive of SOS CV in Cambridge, explained why staff from the charity - which "
        "already has a base in Haiti - are well-placed to help the children affected by the earthquake.\n"
        '"Our children\'s village (in Santo, 16km from Port-au-Prince) is largely intact," he said.\n'
        '"But our national office in Haiti has been destroyed," he continued.\n'
    )
    attribution = _said(pipeline, text, '"But our national office')
    assert attribution is not None and attribution.source == "Andrew Cates"


def test_a_temperature_once_and_a_phase_is_no_figure(pipeline: Pipeline) -> None:
    text = (
        "Cooking pork to an internal temperature of 160 degrees Fahrenheit (71 degrees Celsius) kills the "
        "swine flu virus along with other bacteria and viruses.\n"
        "Phase 6 = Condition Pandemic.\n"
    )
    counted = {f.text: f.counted for f in _figures(pipeline, text)}
    assert counted == {"160 degrees": "internal temperature in degrees"}

"""Who said what, sixth round: quotes a clause below the main one carries, readers' credit lines, quotes
several sentences long, narrated clauses beside a report, and reports made as findings, views, likenings
and descriptions.

Each test quotes the Timeline17 sentences it runs on (restored from their tokenized form); the whole
pipeline reads them as one short article, so pronouns are resolved against the sentences before.
"""

from __future__ import annotations

from datetime import date

import pytest

from conftest import extraction_of
from storyline.model import Attribution, Event, Quote, Stance
from storyline.pipeline import Pipeline


def _read(pipeline: Pipeline, text: str) -> tuple[list[Event], list[Quote]]:
    extraction = extraction_of(pipeline, text, date(2010, 1, 20))
    return extraction.events, extraction.quotes


def _speaker(pipeline: Pipeline, text: str, opening: str) -> str | None:
    _, quotes = _read(pipeline, text)
    (quote,) = [q for q in quotes if q.text.startswith(opening)]
    return quote.speaker


def _of_event(pipeline: Pipeline, text: str, predicate: str, sentence: str = "") -> Attribution | None:
    events, _ = _read(pipeline, text)
    (event,) = [e for e in events if e.predicate == predicate and e.text.startswith(sentence)]
    return event.attribution


# --- quote speakers ---


def test_a_caption_run_into_a_quote_is_not_who_he_is(pipeline: Pipeline) -> None:
    text = (
        "Lincolnshire's chief fire officer, Mike Thomas, will act as team leader for the whole of the UK "
        "response.\n"
        "He said many of the team members had helped out in similar situations before and knew what to "
        "expect in the rescue operation.\n"
        'Douglas Alexander promises UK aid to Haiti "We know the devastation, risks and shock this can have '
        "on a community and we'll be there to help as best we can,\" he said."
    )
    assert _speaker(pipeline, text, "We know the devastation") == "Mike Thomas"


def test_she_says_after_a_quote_of_many_sentences_reaches_the_speaker_before_it(pipeline: Pipeline) -> None:
    text = (
        "The UN headquarters in Port-au-Prince was destroyed by the earthquake 1817 Meinie Nicolai, "
        "director of operations at Medecins Sans Frontieres in Brussels, tells the BBC World Service that "
        "three of its health centres in Haiti have been partially destroyed.\n"
        '"Up till now we have received just fewer than 1,000 people.\n'
        "Some even came to our office building to be cared for.\n"
        "We are seeing patients with fractures and trauma.\n"
        "The situation is dramatic and chaotic.\n"
        "We don't know how many are wounded and dead but the situation is serious?\n"
        "We are flying in 80 tonnes of extra material with an inflatable hospital... There are plenty of "
        'problems," she says.'
    )
    assert _speaker(pipeline, text, "Up till now") == "Meinie Nicolai"


def test_words_shouted_in_a_clause_below_the_main_one_are_not_the_main_subjects(pipeline: Pipeline) -> None:
    text = (
        "Mr Ban also went to an improvised settlement for survivors opposite the destroyed presidential "
        'palace, where people were shouting: "Where is the food?\n'
        'Where is the help?"\n'
    )
    speaker = _speaker(pipeline, text, "Where is the food?")
    assert speaker is not None and "Ban" not in speaker
    assert speaker == "people"


def test_a_readers_credit_line_names_the_speaker_of_the_message(pipeline: Pipeline) -> None:
    text = (
        "1124 The UN says 100 of its staff are still unaccounted for after the quake, the AFP news agency "
        "reports.\n"
        '1121 Subash Neupane, Kathmandu, Nepal, e-mails: "I was shocked to learn the news about the '
        'devastating earthquake and broken communication channels."\n'
    )
    assert _speaker(pipeline, text, "I was shocked") == "Subash Neupane"


def test_an_unnamed_he_goes_on_speaking_over_his_own_sentences_and_quotes(pipeline: Pipeline) -> None:
    text = (
        "One survivor said he had come to Haiti from America for his mother's funeral, only for his wife to "
        "be killed in the earthquake.\n"
        "He said that so far people in the area had received no help of any kind.\n"
        '"We don\'t have any aid, nothing at all," he said.\n'
        '"No food, no water, no medical, no doctors."\n'
    )
    assert _speaker(pipeline, text, "We don't have any aid") == "One survivor"
    assert _speaker(pipeline, text, "No food, no water") == "One survivor"


def test_a_he_named_beside_the_subject_where_he_speaks_is_not_the_person_before(pipeline: Pipeline) -> None:
    # haiti_bbc 1728: "he said" went to "Her son", the subject two sentences back.
    text = (
        "Her son told the agency he had heard her cries on Thursday morning and, almost a day later, he dug "
        "her out with the help of friends.\n"
        "The Israeli team which rescued the young man, Emmannuel Buso, told the Associated Press news agency "
        "that they had called out to him near the debris of his home and to their surprise, he responded.\n"
        '"I felt the house dancing around me" In an interview with AP from his hospital bed, he describes '
        "coming out of the shower when the earthquake hit.\n"
        '"I felt the house dancing around me," he said.\n'
        '"I didn\'t know if I was up or down".\n'
    )
    assert _speaker(pipeline, text, "I didn't know") == "Emmannuel Buso"


def test_she_said_after_a_quote_of_two_sentences_is_the_woman_described_before_it(
    pipeline: Pipeline,
) -> None:
    text = (
        "The expectant mother has even opened an account on the social networking site Twitter specifically "
        "to help her try to contact her family and friends but it has not yet helped.\n"
        '"My seven-year-old daughter Genevive is scared about what has happened to her gran.\n'
        "She said she wished she was a magician so she could make the bad thing that happened to Haiti go "
        'away," she said.\n'
    )
    assert _speaker(pipeline, text, "My seven-year-old") == "expectant mother"


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            'Concerned about the damage to tourism, Mississippi Governor Haley Barbour said on "Fox News '
            "Sunday\" that his state's beaches have only a few tar balls.",
            "Fox News Sunday",
        ),
        (
            "Earlier this week, the UK s Metro unleashed this doozie: a rare, early 1970s board game called "
            '"Offshore Oil Strike" produced by BP and partner Printabox where tycoons compete at exploring '
            "for oil and avoid hazard cards which threaten rig blowouts and oil spill costs.",
            "Offshore Oil Strike",
        ),
    ],
)
def test_a_title_quoted_in_a_sentence_is_said_by_nobody(
    pipeline: Pipeline, sentence: str, title: str
) -> None:
    assert _speaker(pipeline, sentence, title) is None


# --- narrated clauses beside a report ---


def test_a_narrated_clause_before_a_semicolon_is_not_the_next_clauses_speakers(pipeline: Pipeline) -> None:
    text = (
        "Preparations for a nuclear explosion could take up to half-a-year; BP has said it will have a "
        "relief well in place to stop the leak by August."
    )
    assert _of_event(pipeline, text, "take") is None
    stop = _of_event(pipeline, text, "stop")
    assert stop is not None and stop.source == "BP"


def test_a_report_in_a_relative_clause_keeps_its_own_source(pipeline: Pipeline) -> None:
    text = (
        "Feinberg expressed doubt on Monday that compensation could stretch as far as a New Orleans strip "
        "club that says it has lost business because the fishermen who are its customers are out of work due "
        "to the spill."
    )
    stretch = _of_event(pipeline, text, "stretch")
    assert stretch is not None and stretch.source == "Feinberg"
    lost = _of_event(pipeline, text, "lose")
    assert lost is not None and lost.source == "New Orleans strip club"


def test_a_while_clause_opening_the_sentence_speaks_for_itself_only(pipeline: Pipeline) -> None:
    text = (
        "While the committee said it would question Hayward about the implications of the Gulf of Mexico oil "
        "spill for deepwater drilling in the UK, the agenda did not specifically include plans to discuss "
        "the causes of the spill itself."
    )
    assert _of_event(pipeline, text, "include") is None
    question = _of_event(pipeline, text, "question")
    assert question is not None and question.source == "committee"


def test_a_company_in_a_while_clause_keeps_its_own_word(pipeline: Pipeline) -> None:
    text = (
        "While the company has said it will pay for the clean-up and direct damages to those affected by the "
        "spill, the moratorium was a government decision and costs related to it were a different matter, "
        "the source said."
    )
    pay = _of_event(pipeline, text, "pay")
    assert pay is not None and pay.source == "company"
    decision = _of_event(pipeline, text, "decision")
    assert decision is not None and decision.source == "source"


def test_a_group_the_parse_joined_to_a_count_before_it_is_the_source(pipeline: Pipeline) -> None:
    text = (
        "Under-18s make up almost half of Haiti's 10-million population and aid agencies are warning they "
        "are at great risk from ongoing physical and psychological trauma."
    )
    warn = _of_event(pipeline, text, "warn")
    assert warn is not None and warn.source == "aid agencies"


# --- findings, views, likenings and descriptions report ---


@pytest.mark.parametrize(
    ("sentence", "predicate", "source", "stance"),
    [
        (
            "The high-end estimate of oil on the water that day was 270,000 barrels, with a similar amount "
            "contained or evaporated, the panel found.",
            "find",
            "panel",
            Stance.STATED,
        ),
        (
            "But even if that happens soon, Cuban officials are concerned that the oil already in the water "
            "could be swept south by gulf currents.",
            "sweep",
            "Cuban officials",
            Stance.BELIEVED,
        ),
        (
            "The U.S. Coast Guard has described the containment cap as at best a temporary fix to the leak "
            "while BP finishes two relief wells that it is drilling that are intended to intersect the "
            "blown-out well and permanently seal it next month.",
            "describe",
            "U.S. Coast Guard",
            Stance.STATED,
        ),
        (
            "Allen, the government's point man on the spill, compared the test to placing one's thumb over "
            "the end of a garden hose -- if the pressure does not increase that means there is a leak "
            "somewhere.",
            "compare",
            "Allen",
            Stance.STATED,
        ),
        (
            "BP's latest figures show the lower estimates to be wildly optimistic but so far there is no "
            "indication the higher estimates will be exceeded.",
            "show",
            "BP",
            Stance.REPORTED,
        ),
    ],
)
def test_findings_views_likenings_and_descriptions_report(
    pipeline: Pipeline, sentence: str, predicate: str, source: str, stance: Stance
) -> None:
    attribution = _of_event(pipeline, sentence, predicate)
    assert attribution is not None and (attribution.source, attribution.stance) == (source, stance)


@pytest.mark.parametrize(
    "sentence",
    [
        "After hours of searching, a broken propeller, and an unexpected lunch aboard a work barge, we had "
        "found the spot.",
        "A friend in New Orleans is concerned about the oil fumes now engulfing the southern part of town.",
        "Some isolated scenes of looting and the sound of occasional gunfire reinforced the view of "
        "security advisers that the streets of Port-au-Prince were a war zone, and it found itself "
        "re-categorised into the same bracket of cities that included Baghdad and Kabul.",
    ],
)
def test_finding_a_place_or_oneself_and_being_concerned_about_a_thing_report_nothing(
    pipeline: Pipeline, sentence: str
) -> None:
    events, _ = _read(pipeline, sentence)
    assert all(e.attribution is None for e in events), [(e.predicate, e.attribution) for e in events]


def test_a_semicolon_inside_the_quoted_words_leaves_the_quote_to_its_speaker(pipeline: Pipeline) -> None:
    text = (
        "Survivors dig with their bare hands, looking for food and water 1828 US Agency for International "
        'Development (USAID) administrator Rajiv Shah says there is still an important "rescue element" to '
        "the relief operation in Haiti.\n"
        '"Our belief is now that there is a significant urban search and rescue effort underway and it is '
        "still attempting to save lives.\n"
        "There is still an important open window of time today, tonight and perhaps even parts of tomorrow "
        "when we have ability to save lives; Haitian lives, American lives and the lives of partner "
        'governments and people that are there on the ground," he says.'
    )
    assert _speaker(pipeline, text, "Our belief") == "Rajiv Shah"
    save = _of_event(pipeline, text, "save", "There is still")
    assert save is not None and save.source == "Rajiv Shah"


# --- after the seed-79 judgement ---


def test_a_question_mark_inside_an_open_quote_does_not_make_the_report_a_question(
    pipeline: Pipeline,
) -> None:
    text = (
        "1351 Renzo Fricke, emergency co-ordinator for Medecins Sans Frontieres, tells the BBC World "
        'Service: "We have treated hundreds of patients that were wounded? these patients that have '
        "arrived have mostly trauma, fractures and burns.\n"
        "None of them (the hospitals) are functional.\n"
        'They are either collapsed, or without staff or without medicine."\n'
    )
    assert _speaker(pipeline, text, "We have treated") == "Renzo Fricke"


def test_a_report_inside_the_speakers_own_quote_is_still_the_speakers(pipeline: Pipeline) -> None:
    text = (
        'Ms Hyslop said: "Scottish NGOs told me that at this time their over-riding requirement is for '
        "funding that will enable them to support the huge logistical effort of transporting personnel and "
        "essential supplies of food, water, medicines into this devastated area.\n"
        '"The Scottish government has moved quickly to respond to this request."\n'
    )
    requirement = _of_event(pipeline, text, "requirement")
    assert requirement is not None and "Hyslop" in requirement.source


def test_a_headline_criticising_someone_is_not_his_report(pipeline: Pipeline) -> None:
    text = (
        "BNP leader Nick Griffin criticised for Haiti remarks Mr Griffin thinks the Haiti death toll will "
        "be matched in Britain Claims by BNP leader Nick Griffin that the UK winter will cause as many "
        "deaths as the Haiti earthquake have been condemned by the leader of Labor MEPs."
    )
    events, _ = _read(pipeline, text)
    assert not any(e.attribution is not None and e.attribution.cue == "criticised" for e in events)


def test_the_source_after_a_datelines_dash_speaks_not_the_dateline(pipeline: Pipeline) -> None:
    text = (
        "BP says test shuts off oil leak from Gulf well HOUSTON | Thu Jul 15, 2010 7:36 pm EDT HOUSTON "
        "(Reuters) - BP Plc said on Thursday no oil was leaking into the Gulf of Mexico for the first time "
        "since its huge spill began in April as it conducted pressure tests on its blown-out deep-sea well."
    )
    leaking = _of_event(pipeline, text, "leak", "BP says test")
    assert leaking is not None and leaking.source.startswith("BP")


def test_a_programmes_title_with_a_small_word_is_said_by_nobody(pipeline: Pipeline) -> None:
    text = (
        "\"That's a little surprising to me,\" Republican Governor Haley Barbour of Mississippi told CBS's "
        '"Face the Nation" program about the timing of Obama\'s speech.'
    )
    assert _speaker(pipeline, text, "Face the Nation") is None
    assert _speaker(pipeline, text, "That's a little surprising") == "Haley Barbour"


def test_recalls_and_remembers_beside_a_quote_report(pipeline: Pipeline) -> None:
    text = (
        "The final blast in 1979 was conducted near the Ukrainian city of Kharkov.\n"
        '"The closest houses were just about 400 meters away," Vasilyev recalls.\n'
        "The main problem was that by this time the oil was tar, stuck to rock, and wasn't going to move "
        "that easily.\n"
        '"This stuff became much more difficult to deal with plastered on the rocks than it was the first '
        "few days.\n"
        "and that is what led us to deal with it with the hot water,\" NOAA's Robinson remembers, describing "
        "the decision to rely heavily on high pressure hot water to wash the rocky beaches.\n"
    )
    assert _speaker(pipeline, text, "The closest houses") == "Vasilyev"
    robinson = _speaker(pipeline, text, "This stuff became")
    assert robinson is not None and "Robinson" in robinson


def test_remembering_someone_doing_something_reports_nothing(pipeline: Pipeline) -> None:
    events, _ = _read(pipeline, "He remembers her playing with a toy rod and toy fish.")
    assert all(e.attribution is None for e in events)


def test_it_after_a_repeated_one_word_company_is_the_company_not_a_market_named_aside(
    pipeline: Pipeline,
) -> None:
    text = (
        "Several previous attempts to plug the leak did not work, and investors remained cautious on BP's "
        "latest effort.\n"
        "The British energy giant's shares, which fell about 50 percent in the first two months of the "
        "crisis but have gained 40 percent since late June, fell nearly 5 percent as part of a broader "
        "sell-off on the New York Stock Exchange.\n"
        "They inched higher in London.\n"
        "BP began pressure tests on the well Thursday afternoon and expected them to last up to 48 hours.\n"
        "It then aims to siphon up to 80,000 barrels of oil a day using a seal installed earlier this week "
        "and send it a mile up to waiting ships.\n"
    )
    aims = _of_event(pipeline, text, "aim")
    assert aims is not None and aims.source == "BP"


@pytest.mark.parametrize(
    ("sentence", "predicate", "source", "relay"),
    [
        (
            "France has asked members of the Paris Club to write off Haiti's international debts, French "
            "Economy Minister Christine Lagarde says.",
            "ask",
            "France",
            "Christine Lagarde",
        ),
        (
            "U.S. Geological Survey Director Marcia McNutt said various government teams examining the oil "
            "spill estimated the flow ranges from 12,000 barrels (504,000 gallons/1.9 million liters) to "
            "25,000 barrels (1.05 million gallons/3.97 million liters) per day.",
            "estimate",
            "various government teams",
            "Marcia McNutt",
        ),
        (  # a body named by its initials, which the entity tagger missed at the sentence's start
            "BP believes it may be heading for a showdown with the White House over widening liability "
            "demands, a BP source said.",
            "head",
            "BP",
            "BP source",
        ),
        (  # a time of the clause before, which the parse joined to the role with "and"
            'A BP spokesman said "nothing has changed" since Friday and restructuring experts agreed that by '
            "running the numbers alone, BP looked able to handle the financial damage.",
            "agree",
            "restructuring experts",
            "BP spokesman",
        ),
    ],
)
def test_a_report_inside_anothers_is_its_own_subjects_relayed_by_the_reporter(
    pipeline: Pipeline, sentence: str, predicate: str, source: str, relay: str
) -> None:
    attribution = _of_event(pipeline, sentence, predicate)
    assert attribution is not None and (attribution.source, attribution.relay) == (source, relay)


@pytest.mark.parametrize(
    ("sentence", "predicate", "source", "relay"),
    [
        (
            "But Obama, according to a U.S. official, said he will insist that BP pays clean-up costs and "
            "meets economic claims from the oil spill.",
            "insist",
            "Obama",
            "U.S. official",
        ),
        (
            "BP believes it may be heading for a showdown with the U.S. government over ever-increasing "
            "demands to cover the costs of the spill, according to a company source.",
            "head",
            "BP",
            "company source",
        ),
        (  # what the Coast Guard says is where the spill was, not what Obama pledged
            'President Barack Obama pledged to "use every single available resource" -- including the U.S. '
            "military -- to help the London-based energy giant BP Plc fight the crude oil spill, which was "
            "about 3 miles from the marshes of the Mississippi Delta and spreading faster than expected "
            "toward the shoreline, according to the Coast Guard.",
            "pledge",
            "Barack Obama",
            None,
        ),
    ],
)
def test_a_report_according_to_someone_else_is_relayed_by_them(
    pipeline: Pipeline, sentence: str, predicate: str, source: str, relay: str | None
) -> None:
    attribution = _of_event(pipeline, sentence, predicate)
    assert attribution is not None and (attribution.source, attribution.relay) == (source, relay)


def test_words_quoted_from_a_report_inside_anothers_stay_the_reports(pipeline: Pipeline) -> None:
    text = (
        "1426 US journalist Andres Oppenheimer, writing in the Miami Herald, says a monitoring commission "
        'should formed right away to prevent aid "being squandered in a country with a history of massive '
        'corruption".\n'
        'A report last year by FRIDE, a Spain-based think tank, stated that "foreign co-operation has '
        'contributed over $2.6bn to Haiti since 1984, with little to show for it", he adds.'
    )
    assert _speaker(pipeline, text, "foreign co-operation") == "FRIDE"


def test_a_ship_is_nobody_he_stands_for_and_a_name_before_an_aside_and_says_speaks(
    pipeline: Pipeline,
) -> None:
    text = (
        "1437 Lt Cmdr Ron Flanders, a spokesman for the US 4th Fleet in Florida, tells the BBC that the USS "
        "Carl Vinson has arrived off Haiti and begun ferrying emergency aid ashore.\n"
        '"We have sent two helicopters ashore into Port-au-Prince that were loaded with pallets of food and '
        "medical supplies.\n"
        'Those helicopters also contained the maritime commanders," he says.\n'
        "A young French citizen evacuated from Haiti arrives at an airport in Paris 1426 US journalist "
        "Andres Oppenheimer, writing in the Miami Herald, says a monitoring commission should formed right "
        "away to "
        'prevent aid "being squandered in a country with a history of massive corruption".\n'
        "\"In a country where the state is so weak that it can't run virtually any public services and "
        "corruption is rampant, many fear that once the story fades from the headlines, the flow of "
        'international aid will diminish, and that much of what gets to Haiti will be stolen," he writes.\n'
    )
    assert _speaker(pipeline, text, "We have sent two helicopters") == "Lt Cmdr Ron Flanders"
    assert _speaker(pipeline, text, "In a country where") == "Andres Oppenheimer"


# --- after the seed-83 judgement ---


@pytest.mark.parametrize(
    "sentence",
    [
        "Mr Wooldridge was a keen skier and mountaineer A British man has been confirmed dead after the "
        "devastating Haiti earthquake.",
    ],
)
def test_a_passive_report_names_no_speaker(pipeline: Pipeline, sentence: str) -> None:
    events, _ = _read(pipeline, sentence)
    assert all(e.attribution is None for e in events), [(e.predicate, e.attribution) for e in events]


def test_a_user_of_a_website_is_the_speaker_not_the_website(pipeline: Pipeline) -> None:
    text = (
        "A user of the social networking website Twitter, identifying himself as RAMhaiti, said the singing "
        'had become "louder and more emotional" before subsiding.'
    )
    said = _of_event(pipeline, text, "say")
    assert said is not None and said.source != "Twitter" and said.source.startswith("user")


def test_he_who_answers_is_the_one_asked_not_the_woman_rescued_before(pipeline: Pipeline) -> None:
    text = (
        "Her daughter was lying dead beside her, but Sonia was pulled out alive and in one piece, crying out "
        "thanks to Jesus as she blinked in the open air after almost 100 hours confined with little hope of "
        "rescue.\n"
        "There is enormous emotion among all those at the scene of a successful rescue.\n"
        "When I asked Martin Fisher, from the Greater Manchester Service, why he does this work, hazardous "
        'and uncomfortable as it is, he said: "Because it makes me feel better".\n'
    )
    assert _speaker(pipeline, text, "Because it makes me") == "Martin Fisher"


def test_advised_with_a_clause_reports_and_without_one_or_in_the_passive_does_not(pipeline: Pipeline) -> None:
    text = (
        "Instead, Contogouris spoke to one of Costner's friends, who advised him that the actor's stock in "
        "the company had already been sold."
    )
    sold = _of_event(pipeline, text, "sell")
    assert sold is not None and sold.cue == "advised" and "Costner" in sold.source
    for sentence in (
        "My friends advised me against it, but I went ahead anyway.",
        "UN troops are providing military escort for UN agencies delivering aid and international NGOs have "
        "been advised to travel with escorts.",
    ):
        events, _ = _read(pipeline, sentence)
        assert all(e.attribution is None for e in events), sentence


def test_he_after_a_websites_user_is_the_user_and_a_schedule_followed_is_no_source(
    pipeline: Pipeline,
) -> None:
    text = (
        'Mr Livesay said it was "a beautiful sound in the middle of a horrible tragedy".\n'
        "A user of the social networking website Twitter, identifying himself as RAMhaiti, said the singing "
        'had become "louder and more emotional" before subsiding.\n'
        "He said he could hear no ambulances or helicopters and that aftershocks were still causing panic.\n"
    )
    heard = _of_event(pipeline, text, "hear")
    assert heard is not None and heard.source.startswith("user of")
    events, _ = _read(
        pipeline,
        "These filters are checked and changed according to a regular maintenance schedule to ensure optimal "
        "performance.",
    )
    assert all(e.attribution is None for e in events)


def test_the_noun_before_a_participle_parsed_as_subject_speaks(pipeline: Pipeline) -> None:
    # haiti_bbc 433: "returning", a participle, was the source.
    text = (
        "There are very few refugees coming from Port-au-Prince.\n"
        "Aid workers returning say there is no fuel in the capital and very few have the means to travel.\n"
    )
    events, _ = _read(pipeline, text)
    sources = {e.attribution.source for e in events if e.attribution is not None and "no fuel" in e.text}
    assert sources == {"Aid workers"}

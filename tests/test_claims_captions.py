"""Who said what, fourth round: captions and clock stamps beside speakers, more reporting words, and
what a figure counts where the parse puts it out of reach.

Each test quotes the Timeline17 sentences it runs on (restored from their tokenized form); the whole
pipeline reads them as one short article, so pronouns are resolved against the sentences before.
"""

from __future__ import annotations

from datetime import date

import pytest

from conftest import attribution_in, extraction_of
from storyline.model import Attribution, Event, Quote
from storyline.pipeline import Pipeline


def _read(pipeline: Pipeline, text: str) -> tuple[list[Event], list[Quote]]:
    extraction = extraction_of(pipeline, text, date(2010, 1, 20))
    return extraction.events, extraction.quotes


def _said(pipeline: Pipeline, text: str, sentence: str) -> Attribution | None:
    return attribution_in(pipeline, text, sentence, date(2010, 1, 20))


# --- captions are nobody "he" or "she" stands for ---

SHAH = (
    "Dr Tejsrhi Shah of Medecins Sans Frontieres says many of those injured in earthquakes are so badly "
    "hurt they would not reach medical care.\n"
    "Being unable to move or having injuries to limbs can lead to crush syndrome, she says, where blood "
    "flow to the limbs is disrupted.\n"
    "When the crush is removed, a build-up of toxins floods the body and it is unable to cope.\n"
    'Mazandarani spent nine days in the rubble of her home "It causes renal damage and shock, people are '
    "in agony with the pain and have a high risk of developing renal failure if don't get urgent medical "
    'care," she said.\n'
)


def test_a_quote_after_a_photo_caption_is_the_speaker_before_not_the_woman_in_the_caption(
    pipeline: Pipeline,
) -> None:
    """The caption runs into the quotation without a full stop; the caption is a sentence of its own, and
    "she said" is Dr Shah's, not the earthquake survivor's it describes."""
    events, quotes = _read(pipeline, SHAH)
    (quote,) = [q for q in quotes if q.text.startswith("It causes renal damage")]
    assert quote.speaker == "Tejsrhi Shah"
    assert not any(e.text.startswith("Mazandarani") and '"' in e.text for e in events)


CONGREGATION = (
    "A day after the funeral of the capital's Roman Catholic archbishop, Father Glanda Toussaint celebrated "
    "Mass at an altar improvised on a wooden table by the wrecked cathedral.\n"
    "Emmannuel Buso, 21 - rescued after 10 days Marie Carida, 84 - saved after 10 days Mendji Bahina Sanon, "
    "11 - trapped for eight days Lozama Hotteline, 25 - pulled out after seven days Elisabeth Joassaint, 15 "
    "days - buried for seven days, half her life Ena Zizi, 69 - rescued after seven days He told his "
    'congregation: "What we are going through is not finished, we must reconstruct the country and '
    'reconstruct our lives."\n'
)


def test_he_after_a_caption_listing_survivors_is_the_subject_before_the_list(pipeline: Pipeline) -> None:
    attribution = _said(pipeline, CONGREGATION, "He told his congregation")
    assert attribution is not None and attribution.source == "Glanda Toussaint"
    _, quotes = _read(pipeline, CONGREGATION)
    assert [q.speaker for q in quotes] == ["Glanda Toussaint"]


def test_a_quoted_word_after_a_noun_does_not_open_a_sentence(pipeline: Pipeline) -> None:
    doc = pipeline.nlp('The agency calls the leak a "very serious spill" that threatens ecosystems.\n')
    assert len([s for s in doc.sents if s.text.strip()]) == 1


# --- clock stamps and a name beside its description ---

LIVE_PAGE = (
    "2228 UK International Development Secretary Douglas Alexander tells the BBC those involved in the aid "
    "operation are working against the clock.\n"
    "2224 US pop star Madonna announces she will donate $250,000 to to assist Haiti's earthquake victims "
    "through the charity, Partners in Health.\n"
    "0957 Building experts tell the BBC sub-standard housing and a lack of building regulations have "
    "contributed to the devastation.\n"
    "1535 UK-based aid agency Save the Children says it is sending staff to the region.\n"
)


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Madonna announces", "Madonna"),
        ("Building experts tell", "Building experts"),
        ("Save the Children says", "Save the Children"),
        ("Douglas Alexander tells", "Douglas Alexander"),
    ],
)
def test_a_live_pages_clock_stamp_is_no_part_of_the_source(
    pipeline: Pipeline, sentence: str, source: str
) -> None:
    """A live page opens each entry with a time ("2224") and no colon; the parse puts it in the subject, and
    the name beside a description ("US pop star Madonna", "aid agency Save the Children") is the source."""
    attribution = _said(pipeline, LIVE_PAGE, sentence)
    assert attribution is not None and attribution.source == source


def test_the_day_a_speaker_spoke_is_no_part_of_the_source(pipeline: Pipeline) -> None:
    text = (
        'BP Plc\'s newly named chief executive on Tuesday called the Gulf oil spill a "wake-up call" for the '
        "entire industry as the company tallied up its losses and disclosed two U.S. investigations.\n"
    )
    attribution = _said(pipeline, text, "called the Gulf oil spill")
    assert attribution is not None and attribution.source.endswith("chief executive")


def test_they_after_people_named_as_a_passive_subject_are_those_people(pipeline: Pipeline) -> None:
    text = (
        "The Americans are being held at a police station next to the airport in Haiti's capital "
        "Port-au-Prince.\n"
        "They told the BBC that their arrest was a mistake and that they were going to take a group of "
        "earthquake orphans to an orphanage set up across the border.\n"
        "They said they thought they had had a permission to travel to the Dominican Republic.\n"
    )
    for sentence in ("They told the BBC", "They said they thought"):
        attribution = _said(pipeline, text, sentence)
        assert attribution is not None and attribution.source == "Americans", sentence


# --- the parse's subject is not the speaker ---


def test_the_subject_right_before_a_closing_said_speaks(pipeline: Pipeline) -> None:
    """The parse makes both "The rest" and "analysts" subjects of "said"."""
    text = "The rest of BP trades at an implied $7/barrel, analysts at Morgan Stanley said.\n"
    attribution = _said(pipeline, text, "The rest of BP")
    assert attribution is not None and attribution.source == "analysts at Morgan Stanley"


def test_told_by_is_the_tellers_and_the_quotes_after_it_are_not(pipeline: Pipeline) -> None:
    text = (
        "Brice Chevallereau, a French tourist, checked into the hotel on Friday afternoon but did not stay "
        "the night.\n"
        "When he returned to the hotel on Saturday, he was told by authorities he would have to be "
        "quarantined.\n"
        '"Why do I have to go inside?"\n'
        '"I just stayed two minutes in the lobby.\n'
        "It's not fair.\"\n"
    )
    events, quotes = _read(pipeline, text)
    (quarantined,) = [e.attribution for e in events if e.predicate == "quarantine"]
    assert quarantined is not None and quarantined.source == "authorities"  # "When he returned" is the
    # writer's (claims59)
    assert quotes and not any(q.speaker == "authorities" for q in quotes)


def test_reports_from_a_place_are_not_the_places(pipeline: Pipeline) -> None:
    text = (
        "1410 Reports from another city in Haiti, Jacmel, say the earthquake has also caused great "
        "destruction there.\n"
    )
    attribution = _said(pipeline, text, "Reports from another city")
    assert attribution is not None and attribution.source != "Haiti"


def test_a_described_speaker_the_parse_hung_on_the_clause_before_speaks(pipeline: Pipeline) -> None:
    """The parse makes "a partner" an apposition of "disaster" and gives "said" no subject."""
    text = (
        "As BP Plc rushed to raise cash to pay for the Gulf of Mexico disaster, a partner in the "
        'out-of-control well said the British company was likely guilty of "willful misconduct" and should '
        "shoulder the financial burden for the worst U.S. oil spill.\n"
    )
    attribution = _said(pipeline, text, "As BP Plc rushed")
    assert attribution is not None and attribution.source.startswith("partner in the out")


# --- quote speakers ---


def test_a_quote_in_a_second_reporting_clause_is_that_clauses_speakers(pipeline: Pipeline) -> None:
    text = (
        'Cheryl Cole said she hoped money raised would "help the people of Haiti rebuild their lives" while '
        'Rod Stewart said he could not think of "a more fitting song than Everybody Hurts to convey the '
        'unimaginable tragedy that is Haiti".\n'
    )
    _, quotes = _read(pipeline, text)
    assert [q.speaker for q in quotes] == ["Cheryl Cole", "Rod Stewart"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Pierre Paul Guerrier used to run the local brewery.\n"
            "Although the place has been flattened, along with two of his other houses, he has sold what "
            "furniture he has been able to salvage and has begun to rebuild the place.\n"
            "\"I'm not going to wait for the government to help me.\n"
            "As you can see I'm rebuilding the foundations here, to stop any rainwater from coming in.\"\n",
            "Pierre Paul Guerrier",
        ),
        (
            "During Thursday's hearing, Republican congressman Joe Barton of Texas, the biggest recipient of "
            "oil and gas industry campaign contributions, stunned fellow lawmakers when he apologized to "
            "Hayward for the $20 billion escrow account the White House pressured the company to agree to.\n"
            '"I think it is a tragedy of the first proportion, that a private corporation can be subjected '
            'to what I would characterize as a shakedown, a $20 billion shakedown."\n',
            "Joe Barton",
        ),
    ],
)
def test_a_quote_in_the_first_person_after_a_sentence_about_someone_is_theirs(
    pipeline: Pipeline, text: str, speaker: str
) -> None:
    _, quotes = _read(pipeline, text)
    assert [q.speaker for q in quotes] == [speaker]


def test_a_report_closing_a_sentence_of_two_clauses_governs_both(pipeline: Pipeline) -> None:
    text = (
        'Patients with "severe traumas, head wounds, crushed limbs" have been streaming into MSF\'s '
        "temporary structures but the agency is only able to offer them basic medical care, spokesman Paul "
        "McPhun told reporters in Toronto.\n"
    )
    events, _ = _read(pipeline, text)
    assert events and all(e.attribution is not None and e.attribution.source == "Paul McPhun" for e in events)


def test_they_believed_inside_a_report_is_the_same_speakers_and_a_proposal_calls_for_nothing(
    pipeline: Pipeline,
) -> None:
    text = (
        "The comments came as the commission weighed proposals that would call for requirements for more "
        "accurate flow rate estimates from the start of a major oil spill.\n"
        "Some commissioners said they believed the government should be responsible for independently "
        "measuring flow rates, and not be reliant on the companies responsible for spills.\n"
    )
    events, _ = _read(pipeline, text)
    assert {e.attribution.source if e.attribution else None for e in events if e.text.startswith("Some")} == {
        "Some commissioners"
    }
    assert all(e.attribution is None for e in events if e.text.startswith("The comments"))


def test_a_resident_named_after_the_place_the_parse_made_the_subject_speaks(pipeline: Pipeline) -> None:
    text = (
        "\"You've got to think about all the fish that are dying out there, all the birds that are dying... "
        "and that's going to never come back,\" said Venice, Louisiana resident, Wilma Buras.\n"
        '"So Hayward going out wasn\'t the best way... absolutely not."\n'
    )
    _, quotes = _read(pipeline, text)
    assert [q.speaker for q in quotes] == ["Wilma Buras", "Wilma Buras"]


# --- reporting words the lexicon lacked ---


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        (
            "Restructuring experts agreed that by running the numbers alone, BP looked like it could handle "
            "the financial damage.\n",
            "Restructuring experts",
            "agreed",
        ),
        (
            'Foreign Minister Patricia Espinosa called the isolation measures "unacceptable" and "without '
            'foundation" and accused some countries of acting out of ignorance.\n',
            "Patricia Espinosa",
            "called",
        ),
        (
            "Foreign Minister Patricia Espinosa called the isolation measures unacceptable.\n",
            "Patricia Espinosa",
            "called",
        ),
    ],
)
def test_agreed_that_and_called_x_a_y_report(pipeline: Pipeline, text: str, source: str, cue: str) -> None:
    attribution = _said(pipeline, text, text[:30])
    assert attribution is not None and attribution.source == source and attribution.cue == cue


@pytest.mark.parametrize(
    "sentence",
    [
        "The two leaders agreed to meet again next month.",
        "BP has called the police.",
        "The Coast Guard called a halt to the burning of oil on the surface.",
        "It is run by a group called Oceana.",
        "Around 100 were still thought to be missing, many feared to be under the rubble.",
        "The 59-year-old, who was originally from Leigh-on-Sea, was the second Briton confirmed to have been "
        "killed in the quake.",
        "Substantial foreign aid for the three million people said to be in need is due to begin arriving "
        "within hours.",
        "But, there appeared to be some signs of disagreement among U.S. officials about just how "
        "aggressively the administration should be pressing BP over what President Barack Obama has called "
        "an unprecedented environmental catastrophe for the United States.",
        "During a court hearing last month, BP's lawyers did not commit to waiving the OPA cap, which they "
        'called "not relevant."',
        "2246 Presidents Obama and Sarkozy agree to work together to prepare a conference on reconstruction "
        'and development in Haiti, "with Brazil, Canada and other countries directly concerned" - AFP.',
        "Written by Mervyn Peake, the books describe the vast crumbling castle to which Titus Groan is lord "
        "and heir, and his battle with the Machiavellian character Steerpike.",
    ],
)
def test_agreeing_to_act_and_calling_someone_report_nothing(pipeline: Pipeline, sentence: str) -> None:
    assert _said(pipeline, sentence + "\n", sentence[:12]) is None


def test_a_name_given_is_no_judgement_said(pipeline: Pipeline) -> None:
    text = (
        "About 60,000 birds were killed off Alaska in 1989 by the accident usually known as the Exxon Valdez "
        "spill (... Exxon's website calls it The Valdez Oil Spill), previously the biggest spill off the "
        "United States at 37,000 tonnes.\n"
    )
    assert _said(pipeline, text, "About 60,000 birds") is None


def test_a_quoted_name_after_a_caption_without_a_verb_stays_in_its_sentence(pipeline: Pipeline) -> None:
    """Only a caption that says something (a verb of its own) ends before a quotation."""
    for text, quoted in (
        ('One site "Make BP responsible for the Gulf Coast oil spill," has 867 followers.\n', "Make BP"),
        (
            'A sign at the entrance to the beach read "Have fun, be safe and help keep our beach clean."\n',
            "Have fun",
        ),
    ):
        first = next(iter(pipeline.nlp(text).sents))
        assert quoted in first.text, text


# --- what a figure counts ---


def _counted(pipeline: Pipeline, text: str) -> dict[str, str]:
    events, _ = _read(pipeline, text)
    return {f.text: f.counted for event in events for f in event.figures}


def test_a_rate_set_off_after_its_noun_and_a_price_the_shares_end_at_name_the_thing(
    pipeline: Pipeline,
) -> None:
    text = (
        "Norway is still Europe's No. 2 energy supplier but its oil exports, at 2.13 million barrels per day "
        "in 2009, are 31 percent below its 2001 peak.\n"
        "BP shares fell 2.7 percent in London trading to end at 493 pence.\n"
    )
    counted = _counted(pipeline, text)
    assert counted["2.13 million barrels per day"].endswith("oil exports in barrels per day")
    assert counted["493 pence"] == "BP shares in pence"
    assert not [figure for figure in counted if figure.startswith("2 ")]  # "No. 2": a rank, not a count


def test_what_could_hit_a_sum_is_what_it_counts(pipeline: Pipeline) -> None:
    text = (
        'Siphoning capacity will hit 28,000 barrels per day "early next week," versus the 18,600 barrels '
        "that BP trapped on Wednesday, Allen said.\n"
        "In 2005, when an explosion at BP s Texas City refinery killed 15 workers, BP initially scoffed at "
        "analyst estimates the cost of repairs, lost profits and damages could hit $1 billion.\n"
    )
    counted = _counted(pipeline, text)
    assert counted["28,000 barrels per day"] == "Siphoning capacity in barrels per day"
    assert counted["$1 billion"] != "amount hited"  # the parse takes "profits" as its subject


def test_a_headlines_cost_a_fine_below_a_sum_and_a_conversion_after_of_oil(pipeline: Pipeline) -> None:
    text = (
        "BP oil spill to cost U.S. taxpayer almost $10billion LONDON | Tue Jul 27, 2010 7:37 am EDT LONDON "
        "(Reuters) -\n"
        "A close study of company statements suggests BP has factored in a fine below $4billion.\n"
        "If this attempt fails, it is possible that up to 19,000 barrels of oil (800,000 gallons/3 million "
        "liters) a day will leak into the Gulf until relief wells, due in August, are completed.\n"
    )
    counted = _counted(pipeline, text)
    assert counted["almost $10billion"] == "cost of BP oil spill"
    assert counted["$4billion"] == "fine"
    assert not [figure for figure in counted if figure.startswith("800,000")]  # the same oil in gallons

"""What a figure counts where the words around the sum mislead the parse: a participle clause beside
the sum, a purpose phrase that says when, a compound cut before its head, a size read as a count, a
list item's own "to" clause, a fragment run in before the subject, a sentence run on without its full
stop. Sentences quoted from haiti_bbc and bpoil_reuters (seed 211's F8, F9, F24, F27 and their kin)."""

from __future__ import annotations

from spacy.language import Language

from conftest import counted, figures_in


def test_a_participle_clause_beside_the_sum_is_not_what_it_counts(nlp: Language) -> None:
    figure = counted(
        nlp,
        "People can make a donation to the Red Cross by sending a simple text message Millions of dollars "
        "have now reached the Red Cross, breaking records for a mobile giving campaign.",
        "Millions of dollars",
    )
    assert figure.counted == "amount reached Red Cross"


def test_a_purpose_phrase_that_says_when_is_not_the_thing(nlp: Language) -> None:
    text = (
        "The European Commission - the EU's executive arm - will provide 137m euros for short-term needs "
        "and at least 200m euros for the medium and longer term."
    )
    assert counted(nlp, text, "at least 200m euros").counted == "amount provided"
    assert counted(nlp, text, "137m euros").counted == "short-term needs"


def test_a_plural_read_as_a_verb_ends_the_counted_compound(nlp: Language) -> None:
    figure = counted(
        nlp,
        "Every minute, people have been posting more than 1,500 status updates on Facebook that contained "
        "the word 'Haiti'.",
        "more than 1,500 status updates",
    )
    assert figure.counted == "status updates"


def test_nouns_joined_before_a_plural_head_are_its_modifiers(nlp: Language) -> None:
    figure = counted(
        nlp,
        "A benefit concert featuring more than 100 music and Hollywood stars has been broadcast around the "
        "world to raise money for the victims of the earthquake.",
        "more than 100 music and Hollywood stars",
    )
    assert figure.counted == "music and Hollywood stars"


def test_a_length_before_a_noun_is_its_size_not_a_count(nlp: Language) -> None:
    wharf = "The whole length of the wharf is littered with 40ft steel containers leaning at angles."
    assert not figures_in(nlp, wharf)
    assert not figures_in(nlp, "(A 3 inch pipe did seem a little small)")


def test_a_length_before_a_noun_of_size_measures_it(nlp: Language) -> None:
    figure = counted(nlp, "alexhiggens: The riser pipe has a 20 inch interior diameter.", "20 inch")
    assert (figure.kind, figure.counted) == ("inches", "interior diameter in inch")
    depth = counted(
        nlp,
        "This operation will take an estimated two to three months as the drilling is taking place at 1500 "
        "metres water depth and a further 5 kilometres into the hard rock.",
        "1500 metres",
    )
    assert (depth.kind, depth.counted) == ("metres", "water depth in metres")


def test_a_length_before_the_size_it_gives_is_that_size(nlp: Language) -> None:
    figure = counted(
        nlp, "HOW THE OIL FUNNEL WORKS The funnel is a 40ft tall iron box, weighing 98 tonnes", "40ft"
    )  # bpoil_bbc
    assert (figure.kind, figure.counted) == ("feet", "height in ft")


def test_a_list_item_with_its_own_to_clause_is_for_what_that_says(nlp: Language) -> None:
    figure = counted(
        nlp,
        "The company predicted it would take a year and $250million to repair the damaged platform.",
        "$250million",
    )
    assert figure.counted == "amount to repair"


def test_a_restated_price_keeps_the_thing_of_what_it_restates(nlp: Language) -> None:
    figure = counted(
        nlp,
        "Credit default swaps protecting BP's debt jumped 87 basis points to a record 255 basis points, or "
        "$255,000 per year to insure $10million for five years, according to Markit Intraday.",
        "$255,000 per year",
    )
    assert figure.counted == "Credit default swaps"


def test_of_two_subjects_the_one_next_to_the_verb_is_what_the_sum_is_of(nlp: Language) -> None:
    figure = counted(
        nlp,
        "If the amount of oil spilled in the Gulf matches that of the 1979 blowout of the Ixtoc offshore "
        "well operated by Mexico's Pemex -- previously North America's worst offshore spill -- liability "
        "under this act could reach $15billion.",
        "$15billion",
    )
    assert figure.counted == "liability"


def test_a_sentence_run_on_after_a_count_does_not_join_its_words(nlp: Language) -> None:
    figure = counted(
        nlp,
        "The BA Haiti relief flight is staffed by 30 volunteers UK airlines have begun flying aid to "
        "earthquake-stricken Haiti.",
        "30 volunteers",
    )
    assert figure.counted == "volunteers"


def test_a_headline_run_into_a_caption_takes_nothing_from_the_caption(nlp: Language) -> None:
    text = (
        "DEC's Haiti earthquake appeal nets £12m A British Airways Boeing 747 was altered to allow more "
        "space for aid The scenes of devastation which have followed Tuesday's earthquake in Haiti have led "
        "to people in the UK giving £12m to the official relief fund."
    )
    things = [figure.counted for figure in figures_in(nlp, text)]
    assert "amount altered" not in things
    assert "amount given to official relief fund" in things


def test_an_open_bound_after_the_amount_is_not_counted(nlp: Language) -> None:
    figure = counted(
        nlp,
        "Haiti lies right on the boundary (boundary: The region where two or more tectonic plates meet.",
        "two or more tectonic plates",
    )
    assert figure.counted == "tectonic plates"


def test_nouns_joined_inside_the_counted_compound_end_at_its_plural(nlp: Language) -> None:
    figure = counted(
        nlp,
        "The UN says dozens of search and rescue teams are now on the ground.",
        "dozens of search and rescue teams",
    )
    assert figure.counted == "search and rescue teams"


def test_a_phrase_set_off_before_the_verb_is_not_what_the_sum_is_for(nlp: Language) -> None:
    raised = counted(
        nlp,
        "The Haitian musician Wyclef Jean, for example, has raised $1m for earthquake victims through his "
        "Yele Haiti foundation, after appealing for help through Twitter.",
        "$1m",
    )
    assert raised.counted == "amount raised"
    put = counted(
        nlp,
        '"In the past, people put £24,000 on their Visa cards to fund a trip and came back with no idea how '
        "to pay it back - but no-one's that gung-ho any more,\" said Mr Jolly.",
        "£24,000",
    )
    assert put.counted == "their Visa cards"


def test_the_space_of_a_time_is_that_time(nlp: Language) -> None:
    figure = counted(nlp, "Britons donated more than £2m in the space of 36 hours.", "more than £2m")
    assert figure.counted == "amount donated"


def test_a_preposition_in_two_words_is_not_counted(nlp: Language) -> None:
    figure = counted(
        nlp,
        "He has raised more than £168,000 in donations from the public, but the total amount generated is "
        "more than £200,000 thanks to the government's Gift Aid scheme which is a tax relief on donations to "
        "charities.",
        "more than £200,000",
    )
    assert figure.counted == "amount generated"


def test_the_bound_in_excess_of_is_not_the_thing(nlp: Language) -> None:
    figure = counted(
        nlp,
        "The 193-page BP report offered a preview of how the British oil giant plans to vigorously defend "
        "itself against lawsuits arising from the disaster and any charges of gross negligence, which carry "
        "fines potentially in excess of $20billion.",
        "in excess of $20billion",
    )
    assert figure.counted == "fines"


def test_an_item_joined_after_the_amount_is_not_counted_by_it(nlp: Language) -> None:
    figure = counted(
        nlp,
        "Exxon was eventually found liable for actual damages of about $287million and compensatory damages "
        "of about $500million after a series of appeals spanning nearly 20 years, Fitch said.",
        "about $287million",
    )
    assert figure.counted == "actual damages"


def test_adjectives_before_joined_modifiers_of_a_plural_head(nlp: Language) -> None:
    figure = counted(
        nlp,
        "Obama, who made his second visit to the Gulf disaster zone on Friday, is sending three of his top "
        "energy and environmental officials back there this week.",
        "three of his top energy and environmental officials",
    )
    assert figure.counted == "top energy and environmental officials"


def test_a_noun_modifier_keeps_its_own_modifiers(nlp: Language) -> None:
    figure = counted(
        nlp,
        "BP said replacement cost net profit, which strips out unrealized gains related to rises in the "
        "value of inventories, was $5.60billion in the quarter, up from $2.39billion in the same period of "
        "2009, thanks to higher oil and gas prices.",
        "$5.60billion",
    )
    assert figure.counted == "replacement cost net profit"


def test_a_plural_joined_to_the_counted_one_is_counted_with_it(nlp: Language) -> None:
    figure = counted(
        nlp,
        '"This does a great disservice to the thousands of men and women who work in the industry and '
        'have the highest personal and professional commitment to safety," said API Upstream Director '
        "Erik Milito.",
        "thousands of men and women",
    )
    assert figure.counted == "men and women"
    apart = counted(
        nlp,
        "US Secretary of State Hillary Clinton is attending the conference along with delegates from 20 "
        "countries and representatives from the UN and the World Bank.",
        "20 countries",
    )
    assert apart.counted == "countries"


def test_a_length_within_reach_of_a_place_is_a_distance_from_it(nlp: Language) -> None:
    figure = counted(
        nlp,
        "Government forecasters said part of the far-flung oil sheen had crept to within 6 miles of "
        "Florida's Gulf coast panhandle and was expected to reach the white, sandy shore there in days.",
        "6 miles",
    )
    assert figure.counted == "distance from Florida's Gulf coast panhandle in miles"

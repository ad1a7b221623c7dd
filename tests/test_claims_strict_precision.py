"""Who said what, read strictly: a clause is the speaker's only when it is inside what the reporting verb
reports (or in the speaker's quote). The writer's clauses around a report keep no source: a clause of time
before the reporting verb, a participle set off between the speaker and the verb, a clause joined after
what is reported that cannot be reported words, a relative clause in the speaker's phrase, the main clause
around a report told in a relative clause with no relative word. Seeds 211 and 213 (evaluation/judged/
fresh_seeds.md) counted each of these sentences wrong on the strict reading, or on both readings.

Each test quotes the Timeline17 sentences it runs on (restored from their tokenized form); the whole
pipeline reads them as one short article.
"""

from __future__ import annotations

from datetime import date

from conftest import attributions_by_predicate, quote_speaker, source_of
from storyline.pipeline import Pipeline

_PUBLISHED = date(2009, 5, 2)


def test_a_clause_of_time_before_the_report_is_the_writers(pipeline: Pipeline) -> None:
    text = (  # H1N1_reuters 131
        "When he returned to the hotel on Saturday, he was told by authorities he would have to be "
        "quarantined."
    )
    sources = attributions_by_predicate(pipeline, text, _PUBLISHED)
    assert sources["return"] is None
    assert source_of(sources["quarantine"]) == "authorities"


def test_a_relative_clause_in_the_speakers_phrase_is_the_writers(pipeline: Pipeline) -> None:
    text = (  # H1N1_reuters 561
        "Densely populated cities in developing countries such as China or India would encounter major "
        "problems, said Guan Yi, a Chinese virologist at the University of Hong Kong who helped fight SARS "
        "and bird flu and trace their sources in the past."
    )
    sources = attributions_by_predicate(pipeline, text, _PUBLISHED)
    assert sources["trace"] is None
    assert source_of(sources["encounter"]) == "Guan Yi"


def test_the_speakers_again_after_but_are_the_writers_telling(pipeline: Pipeline) -> None:
    text = (  # H1N1_reuters 757
        "Sherin and Orange County Mayor Rich Crotty said they had full confidence in Disney's contingency "
        "plans in the event of a health emergency, but they gave no details."
    )
    sources = attributions_by_predicate(pipeline, text, _PUBLISHED)
    assert sources["give"] is None
    assert sources["say"] is not None


def test_a_clause_in_the_present_after_a_past_report_is_the_writers(pipeline: Pipeline) -> None:
    text = (  # bpoil_reuters 1254
        "The government claimed the companies violated the U.S. Clean Water Act and the Oil Pollution Act, "
        "but the lawsuit does not request a specific dollar amount for damages."
    )
    sources = attributions_by_predicate(pipeline, text, _PUBLISHED)
    assert sources["request"] is None
    assert source_of(sources["violate"]) == "government"


def test_a_participle_between_the_speaker_and_the_verb_is_the_writers(pipeline: Pipeline) -> None:
    text = (  # bpoil_reuters 774
        'Senior Obama adviser David Axelrod, asked on the "Fox News Sunday" program about hopes the spill '
        'will be contained by the end of July, said he was "reasonably confident but obviously this thing '
        'is uncharted waters."'
    )
    sources = attributions_by_predicate(pipeline, text, _PUBLISHED)
    assert sources["ask"] is None
    assert sources["contain"] is None
    assert source_of(sources["say"]) == "David Axelrod"


def test_a_report_in_a_relative_clause_without_a_relative_word_is_not_the_sentences(
    pipeline: Pipeline,
) -> None:
    text = (  # H1N1_reuters 310
        "The Egyptian government released opposition politician Ayman Nour in February, a move seen as "
        "trying to win goodwill from the new Obama administration. Nour spent three years in jail on "
        "forgery charges he says were fabricated to punish him for challenging Mubarak."
    )
    sources = attributions_by_predicate(pipeline, text, _PUBLISHED)
    assert sources["spend"] is None
    assert source_of(sources["fabricate"]) == "Ayman Nour"


def test_a_verb_phrase_read_as_the_subject_is_nosource_of(pipeline: Pipeline) -> None:
    text = (  # H1N1_reuters 290
        "Governments around the world are reacting to the outbreak with different levels of severity. "
        "Many suspended flights or warned their citizens against travel to Mexico."
    )
    assert attributions_by_predicate(pipeline, text, _PUBLISHED)["warn"] is None


def test_a_finding_asked_about_under_whether_is_no_report(pipeline: Pipeline) -> None:
    text = (  # bpoil_reuters 38
        'Much hinges on whether U.S. courts find the company was "grossly negligent" in the run-up to the '
        "disaster, but there are other risks."
    )
    sources = attributions_by_predicate(pipeline, text, _PUBLISHED)
    assert sources["find"] is None
    assert sources["are"] is None


def test_a_belief_the_speaker_tells_of_is_relayed_by_him(pipeline: Pipeline) -> None:
    text = (  # H1N1_reuters 439
        "Her 72-year-old husband, speaking to reporters during a trip to Warsaw, said he was sorry his wife "
        'had apparently believed "what she read in the papers" and added that it was all "a campaign '
        '(against him) hyped by the leftist press."'
    )
    believed = attributions_by_predicate(pipeline, text, _PUBLISHED)["believe"]
    assert believed is not None and believed.relay == "Her 72-year-old husband"


def test_the_name_after_a_joined_title_speaks(pipeline: Pipeline) -> None:
    text = (  # bpoil_reuters 888
        '"We are trying to have a process that is workable that addresses genuine need," said BP\'s '
        "government and public affairs director, Ron Rybarczyk."
    )
    assert quote_speaker(pipeline, text, "We are trying") == "Ron Rybarczyk"


def test_a_credit_line_with_a_long_description_names_the_writer(pipeline: Pipeline) -> None:
    text = (  # haiti_bbc 640, a live page
        "US President Barack Obama will make a statement on the Haiti disaster at 1500 GMT (1000 EST), says "
        "the White House.\n1355 Susan Westwood, a paediatric nurse from Scotland working at an orphanage "
        'outside Port-au-Prince, e-mails: "I was in the intensive care room looking after a nine-month-old '
        'baby girl when the earthquake hit."'
    )
    assert quote_speaker(pipeline, text, "I was in the intensive") == "Susan Westwood"


def test_he_is_the_man_named_after_the_verb_he_is_the_subject_of(pipeline: Pipeline) -> None:
    text = (  # haiti_bbc 745
        "One young woman wobbles out through the main gate, trying to adapt to this new world.\n"
        "Back inside the hospital, dazed and depressed, is 29-year-old Pierre Michelle, a bus driver.\n"
        "Stricken with grief over the death of his wife and two young children, he is also trying to come "
        "to terms with the loss of his right leg, amputated four days after the earthquake.\n"
        "The doctors never explained why the surgery was needed.\n"
        '"I was supposed to die," he says.\n'
    )
    assert quote_speaker(pipeline, text, "I was supposed") == "Pierre Michelle"


def test_he_is_the_person_a_who_clause_follows_when_no_subject_is_named(
    pipeline: Pipeline,
) -> None:
    text = (  # H1N1_reuters 344
        '"Companies can and should make profits of the low-income market.\n'
        'This is the only way we will get commercial insurers in the market," said McCord, who adds that '
        "non-profit organizations working alone rarely have the technical expertise to calculate the risks "
        "and then design an effective insurance program.\n"
        "\"A commercial approach is what's needed here, across the board.\n"
        'But what helps a lot is using institutions that people trust to deliver the product."\n'
        "However, some critics, such as Wardah Hafidz, from the Indonesian non-government organization Urban "
        "Poor Consortium, suggest that governments are evading their responsibilities by expecting poor "
        "people to take out private insurance policies.\n"
        '"The government should be giving protection from disasters to these people instead of assisting '
        'private business to target poor people to sell them their products," she said.\n'
        "The argument is less philosophical for flood victims such as Bin Juri who knows what it's like to "
        "see his precious possessions washed away and is well aware that the 250,000 rupiah insurance policy "
        "he holds would be inadequate to cover his losses if another flood struck his home.\n"
        '"That alone cost 90,000 rupiah," he said, pointing to a large cooking pot at his feet.\n'
    )
    assert quote_speaker(pipeline, text, "That alone") == "Bin Juri"


def test_the_words_after_he_was_told_are_the_answer_of_the_man_told(pipeline: Pipeline) -> None:
    text = (  # H1N1_reuters 131
        "Brice Chevallereau, a French tourist, checked into the hotel on Friday afternoon but did not stay "
        "the night.\n"
        "When he returned to the hotel on Saturday, he was told by authorities he would have to be "
        "quarantined.\n"
        '"Why do I have to go inside?"\n'
    )
    assert quote_speaker(pipeline, text, "Why do I") == "Brice Chevallereau"

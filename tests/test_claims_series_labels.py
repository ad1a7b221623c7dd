"""Series labels that read as English and things that are the thing counted: sentences quoted from
bpoil_reuters and haiti_bbc (the patterns seeds 191 and 193 found: "cas", "staffs", "pences",
"hindus (Hindus)", "first deal" for "$10billion of non-core divestments", "average")."""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from conftest import counted, figures_in
from storyline.extract.figure_kinds import plural_of
from storyline.extract.figure_things import _participle
from storyline.merge.figure_series import build_series
from storyline.model import Entry, Mention, Tense


def labels_of(nlp: Language, text: str) -> list[str]:
    """The label of each series the figures of `text` make, read as one report."""
    mention = Mention("doc", "doc.txt", 0, len(text), text, date(2010, 6, 1))
    entry = Entry(
        id="e",
        date=None,
        date_inferred=False,
        tense=Tense.PAST,
        summary=text,
        actors=[],
        attribution=None,
        figures=figures_in(nlp, text),
        mentions=[mention],
    )
    return [series.label for series in build_series([entry])]


def test_a_plural_in_ses_keeps_its_e(nlp: Language) -> None:
    text = (
        "Today in Mariani we are distributing 17 cases of reinforced protein peanut butter giving a meal to "
        "at least 2,550 people together with vital medicines."
    )
    assert counted(nlp, text, "17 cases of reinforced protein peanut butter").kind == "case"
    assert "cases" in labels_of(nlp, text)
    text = (
        "Although the place has been flattened, along with two of his other houses, he has sold what "
        "furniture he has been able to salvage and has begun to rebuild the place."
    )
    assert "houses" in labels_of(nlp, text)


def test_nouns_without_an_s_plural_keep_their_form(nlp: Language) -> None:
    staff = (
        "He says a total of 15 UN staff are now confirmed as dead - 11 Brazilian peacekeepers, as well as "
        "three Jordanians, one Argentine and one Chadian who were police officers."
    )
    assert "staff" in labels_of(nlp, staff)
    pence = 'Shell\'s London-listed "A" shares traded up 0.8 percent at 2,005 pence.'
    assert "pence" in labels_of(nlp, pence)
    fishermen = (
        "The suit was filed on behalf of two commercial shrimp fishermen named in the suit, and all other "
        "coastal Louisiana residents whose livelihoods are threatened by the spill."
    )
    assert "fishermen" in labels_of(nlp, fishermen)


def test_a_people_counted_by_its_name_are_people(nlp: Language) -> None:
    text = (
        "On the ground with US marines in Haiti US marines are among the thousands of Americans helping "
        "with aid and security in earthquake-hit Haiti."
    )
    assert counted(nlp, text, "thousands of Americans").kind == "people"


def test_what_is_done_with_a_sum_reads_as_a_participle(nlp: Language) -> None:
    text = (
        "He added that Madonna gave $250,000 (£155,000), Brad Pitt and Angelina Jolie gave $1m (£620,000) "
        "and supermodel Giselle Bundchen gave $1.5m (£0.93m)."
    )
    assert counted(nlp, text, "$250,000").counted == "amount given"
    text = "The IRC, based in Grangemouth, has just £30,000 left in the bank."
    assert counted(nlp, text, "just £30,000").counted == "amount had"


def test_a_sum_of_a_hyphenated_thing_is_of_that_thing(nlp: Language) -> None:
    text = (
        "Investors welcomed reports that BP was moving closer to sealing the first deal in its planned "
        "$10billion of non-core divestments to help pay cleanup costs."
    )
    assert counted(nlp, text, "$10billion of non-core divestments").counted == "non-core divestments"


def test_an_average_is_of_the_amount_it_averages(nlp: Language) -> None:
    text = (
        "Since September 3, the amount of money being paid out has risen to an average of over $12.5million."
    )
    assert counted(nlp, text, "over $12.5million").counted == "amount paid out"


def test_a_people_the_parse_does_not_name_is_labelled_as_people(nlp: Language) -> None:
    text = (
        "He says a total of 15 UN staff are now confirmed as dead - 11 Brazilian peacekeepers, as well as "
        "three Jordanians, one Argentine and one Chadian who were police officers."
    )
    assert "people (Jordanians)" in labels_of(nlp, text)


def test_the_counted_words_begin_after_an_amount_joined_by_and(nlp: Language) -> None:
    """H1N1_reuters, seed 193's F3 (read for its cause only)."""
    text = (
        "All the fatalities have been in Mexico, where the government is reporting at least 20 and up to 81 "
        "deaths from the flu virus."
    )
    assert counted(nlp, text, "at least 20 and up to 81 deaths").counted == "deaths"


def test_a_substance_after_of_runs_to_the_noun_it_is(nlp: Language) -> None:
    """H1N1_reuters, seed 193's F20 (read for its cause only): "fructose" is tagged as a verb."""
    text = (
        "Estimates indicate twenty percent of Americans consume over 75 grams of high fructose corn syrup "
        "daily."
    )
    figure = counted(nlp, text, "over 75 grams of high fructose corn syrup daily")
    assert figure.counted.startswith("grams of high fructose corn syrup")


def test_species_of_a_hyphenated_kind_are_whole(nlp: Language) -> None:
    text = (
        "Researchers have discovered two previously unknown species of bottom-dwelling fish in the Gulf of "
        "Mexico, living right in the area affected by the BP oil spill."
    )
    figure = counted(nlp, text, "two previously unknown species of bottom-dwelling fish")
    assert figure.kind == "species"
    assert figure.counted == "previously unknown species of bottom-dwelling fish"


def test_plurals_of_men_and_of_nationalities_in_man():
    """ "-man" compounds take "-men"; a nationality ending in "man" is not one ("German", not "Germen")."""
    assert [plural_of(w) for w in ("fisherman", "congressman", "chairman", "german", "human")] == [
        "fishermen",
        "congressmen",
        "chairmen",
        "germans",
        "humans",
    ]


def test_a_bare_verb_form_is_not_guessed_into_another_verb(nlp: Language) -> None:
    """The endings a guess restores ("riding" -> "ride", "running" -> "run") are only guessed where an
    ending was cut: a bare "rid" is not "ride" ("ridden"), nor "dog" "do" ("done")."""
    doc = Doc(nlp.vocab, words=["rid", "dog", "riding", "running"], tags=["VB", "VBP", "VBG", "VBG"])
    rid, dog, riding, running = (_participle(token) for token in doc)
    assert (riding, running) == ("ridden", "run")
    assert (rid, dog) == ("rided", "doged")  # a regular ending on the bare stem, not "ridden" or "done"

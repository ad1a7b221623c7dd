"""Who "they" are when they speak: the group the discourse brought in before, not a thing.

"..., they said" names the plural subject of a clause before it in its sentence or of a sentence just
before: people named together ("Gordon Gray and James Evan of Collins Stewart"), a group ("the research
team"), plural people ("experts"); not a thing named nearer ("His comments", "PAHs"). Sentences of a
quote, and sentences where the same "they" goes on ("They propose that ..."), are passed over on the
way back. The texts are real sentences of the development topics (bpoil_guardian, bpoil_reuters,
haiti_bbc), restored from their tokenized form and read by the whole pipeline as one article.
"""

from __future__ import annotations

from datetime import date

from conftest import extraction_of, quote_speaker
from storyline.model import Attribution
from storyline.pipeline import Pipeline

_DAY = date(2010, 6, 20)


def _source(pipeline: Pipeline, text: str, sentence: str) -> str | None:
    told = [e for e in extraction_of(pipeline, text, _DAY).events if sentence in e.text]
    assert told, f"no event read in {sentence!r}"
    attribution: Attribution | None = told[0].attribution
    return attribution.source if attribution is not None else None


def test_they_are_the_people_named_together_before_not_a_group_named_further_back(pipeline: Pipeline) -> None:
    text = (
        "Some City analysts argue that traders have over-reacted by driving BP's share price so low.\n"
        "Gordon Gray and James Evan of Collins Stewart said today that BP now looks undervalued versus its "
        "peers in the oil sector, unless the final cost of the liability reaches $40bn.\n"
        '"We cannot say with any confidence that an ultimate liability of this order of magnitude is not '
        'within the realms of possibility," they said, in a research note.\n'
    )
    assert quote_speaker(pipeline, text, "We cannot say", _DAY) == "Gordon Gray"


def test_they_are_not_a_thing_that_was_the_subject_just_before(pipeline: Pipeline) -> None:
    text = (
        "His comments came as US politicians demanded that BP should suspend dividend payments to "
        "shareholders while it battles the oil spill in the Gulf of Mexico.\n"
        "In an open letter to Hayward who recently told the Guardian his job was on the line Democratic "
        "senators Charles Schumer and Ron Wyden said it would be wrong for BP to pay investors a dividend "
        "until it knows the full cost of the disaster.\n"
        '"We find it unfathomable that BP would pay out a dividend to shareholders before the total cost of '
        "BP's oil spill clean-up is estimated,\" they wrote.\n"
    )
    assert quote_speaker(pipeline, text, "We find it unfathomable", _DAY) == "Charles Schumer"


def test_they_go_on_as_the_research_team_past_a_sentence_they_already_said(pipeline: Pipeline) -> None:
    text = (
        "The initial tests showed they were at high levels very deep under the water, the report shows.\n"
        '"Based on our findings, subsurface exposure to PAH resulting from the Deepwater Horizon oil release '
        'was likely to be associated with acute toxicity effects in discrete depth layers," the research '
        "team wrote.\n"
        "PAHs include a group of compounds, and different types were at different depths, they said.\n"
        "It is possible they dissipate quickly, but no one has yet showed this, they added.\n"
    )
    assert _source(pipeline, text, "PAHs include a group") == "research team"
    assert _source(pipeline, text, "It is possible they dissipate") == "research team"


def test_they_are_the_people_of_a_clause_before_them_in_their_sentence(pipeline: Pipeline) -> None:
    text = (
        "A spokeswoman said more examinations were being done on tissue samples to see if there were "
        "hydrocarbons at a microscopic level.\n"
        'Though experts have been struck by the large number of turtles, "at least 31 in latest counts", '
        "they point out that now is the season when the animals come close to shore and can get caught in "
        "fishing nets and suffocate.\n"
    )
    assert _source(pipeline, text, "they point out") == "experts"


def test_they_who_wrote_a_quote_reach_past_its_sentences_to_who_proposed(pipeline: Pipeline) -> None:
    text = (
        "Economists Paul Collier and Jean-Louis Warnholz, both of whom have experience in Haiti, say there "
        "is a need to relocate economic activity away from Port-au-Prince.\n"
        "They propose that the construction of new homes be linked to the generation of new economic "
        "opportunities, in areas less prone to natural disasters.\n"
        "This would require the expansion of secondary cities and agricultural modernisation.\n"
        '"Done right, international intervention can deliver immediate jobs through construction, and '
        "longer-term jobs through new enterprises.\n"
        "Done wrong, it will only pour relief into Port-au-Prince, luring in rural migrants from the "
        "impoverished central plateau, and further diminishing local food production at a time when it is "
        'most needed," they wrote in the Financial Times.\n'
    )
    assert _source(pipeline, text, "Done wrong, it will only pour") == "Paul Collier"


def test_a_surname_that_ends_in_s_is_a_man_with_a_role_not_a_plural_name(pipeline: Pipeline) -> None:
    """bpoil_guardian: "Suttles" read as a plural ("the Shaheds", a kind of thing) made Doug Suttles no
    person, and "he said" after him went to Thad Allen, named two sentences before."""
    text = (
        "Allen said it was possible the new cap could be used to shut down the wellhead again temporarily "
        '"for a period of time, such as during a hurricane or bad weather".\n'
        "Doug Suttles, BP's chief operating officer of exploration and production, suggested the cap might "
        "be used to keep the well closed for a longer stretch.\n"
        "\"Depending on the results, we'll either continue to contain the flow while we wait on the relief "
        'well or potentially be able to close the flow in," he said.\n'
    )
    assert quote_speaker(pipeline, text, "Depending on the results", _DAY) == "Doug Suttles"


def test_she_is_the_woman_described_as_the_subject_before_not_a_man_named_further_back(
    pipeline: Pipeline,
) -> None:
    """bpoil_guardian: "widow" is a word for a person; the sentence before "She said" is about her, so
    "she" is not Admiral Thad Allen, named two sentences before; and "A widow ..., Natalie Roshto" tells
    that she is a woman, whatever the "he" of her sentence (her husband) seemed to tell."""
    text = (
        "Admiral Thad Allen, the Obama administration's point man on the disaster response, said that should "
        "the evacuation go ahead the disruption to the work at the well could last as long as two weeks.\n"
        "A federal investigation panel in New Orleans continues its exploration of the causes of the "
        "disaster which began on 20 April when the Deepwater Horizon oil rig exploded.\n"
        "A widow of one of the 11 workers who died, Natalie Roshto, told the hearing on Thursday that he had "
        "been anxious about conditions on the rig before it went up.\n"
        'She said that her husband Shane had called it the oil well "from hell" and told her: "Mother Nature '
        "just doesn't want us to drill here.\"\n"
    )
    assert quote_speaker(pipeline, text, "Mother Nature", _DAY) == "Natalie Roshto"

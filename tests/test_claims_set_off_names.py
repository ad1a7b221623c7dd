"""Speakers, fiftieth round: a person's name set off by commas between their role and the verb ("the
leader of Sinn Fein, Gerry Adams, has warned"), which the parse hangs on the role's last noun or leaves
the verb without; words quoted as what a named subject calls a thing ('Obama has called the situation
"..."'), which went to the speaker of another clause; and words a poll is said to show, which had none.

Each test quotes the Timeline17 sentences it runs on (haiti_bbc and bpoil_reuters); the whole pipeline
reads them as one short article.
"""

from __future__ import annotations

from datetime import date

from conftest import attribution_in, events_of, quote_speaker
from storyline.pipeline import Pipeline

_QUAKE = date(2010, 1, 20)
_SPILL = date(2010, 5, 2)


def test_a_name_set_off_after_its_role_with_no_subject_left_speaks(pipeline: Pipeline) -> None:
    text = (
        "Talks over the devolution of policing and justice powers in Northern Ireland are at a "
        '"sensitive and serious stage", the leader of Sinn Fein, Gerry Adams, has warned.\n'
    )
    attribution = attribution_in(pipeline, text, "Talks over the devolution", _QUAKE)
    assert attribution is not None and attribution.source == "Gerry Adams"
    assert quote_speaker(pipeline, text, "sensitive and serious stage", _QUAKE) == "Gerry Adams"


def test_a_name_set_off_after_a_participle_read_as_subject_speaks(pipeline: Pipeline) -> None:
    text = (
        "Speaking after a two-day evaluation mission to Port-au-Prince, the executive director of WFP, "
        "Josette Sheeran, said that on Friday the agency had delivered about 2 million meals.\n"
    )
    attribution = attribution_in(pipeline, text, "delivered", _QUAKE)
    assert attribution is not None and attribution.source == "Josette Sheeran"


def test_a_name_set_off_after_a_long_role_is_the_speaker_not_the_role(pipeline: Pipeline) -> None:
    text = (
        "Earlier, the acting head of the UN mission in Haiti, Edmond Mulet, told the BBC that reconstruction "
        "would take several decades and that all of Haiti's recent development had been undone.\n"
    )
    attribution = attribution_in(pipeline, text, "reconstruction", _QUAKE)
    assert attribution is not None and attribution.source == "Edmond Mulet"


def test_names_joined_by_and_or_set_in_a_what_phrase_keep_their_reading(pipeline: Pipeline) -> None:
    """Two sources joined by "and" keep the first; "what X thinks" set against the writer's view is no report
    of X's (haiti_bbc, a reader's comment and an essay)."""
    joined = (
        "The second century saint, Irenaeus, and the 20th Century philosopher, John Hick, appeal instead to "
        "what is sometimes called soul-making.\n"
    )
    attribution = attribution_in(pipeline, joined, "appeal", _QUAKE)
    assert attribution is not None and attribution.source == "Irenaeus"
    against = "Contrary to what prophet of doom, Pat Robertson, thinks, neither Africa nor Haiti is cursed.\n"
    assert all(e.attribution is None for e in events_of(pipeline, against, _QUAKE))


def test_words_quoted_as_what_a_named_subject_calls_a_thing_are_theirs(pipeline: Pipeline) -> None:
    text = (
        "The government estimates that 210,000 gallons (795,000 liters) of oil a day are pouring into the "
        'Gulf, and Obama has called the situation "a massive and potentially unprecedented environmental '
        'disaster."\n'
    )
    assert quote_speaker(pipeline, text, "a massive and potentially", _SPILL) == "Obama"


def test_words_a_poll_is_said_to_show_are_its_issuers(pipeline: Pipeline) -> None:
    """Seed 191's one wrong quote speaker (bpoil_reuters 1532): the poll's finding, not the voters' whom the
    rest of the sentence reports."""
    text = (
        "In the kind of harmonic convergence that sometimes happens inside the Capital Beltway, a new poll "
        'released on Monday by the Clean Energy Works campaign showed "overwhelming public support for '
        'comprehensive clean energy legislation," with 61 percent of 2010 voters saying they want to limit '
        "pollution, invest in clean energy and make energy companies pay for emitting the carbon that "
        "contributes to climate change.\n"
    )
    speaker = quote_speaker(pipeline, text, "overwhelming public support", date(2010, 6, 14))
    assert speaker is not None and "Clean Energy Works" in speaker


def test_it_that_reports_goes_to_the_company_that_just_reported(pipeline: Pipeline) -> None:
    """ "Transocean", which the recogniser calls a nationality, reported just before; the "it" that says
    the next words is Transocean, not BP, named inside both reports (bpoil_reuters)."""
    text = (
        '"Over a 40-minute period, the Transocean rig crew failed to recognize and act on the influx of '
        'hydrocarbons into the well," BP said.\n'
        "But Transocean said BP was seeking to conceal the key factor that led to the rig explosion -- the "
        "well design.\n"
        '"In both its design and construction, BP made a series of cost-saving decisions that increased '
        'risk," it said.\n'
    )
    assert quote_speaker(pipeline, text, "In both its design", _SPILL) == "Transocean"


def test_it_that_reports_after_a_suit_is_the_suit_not_the_company_it_accuses(pipeline: Pipeline) -> None:
    """The suit reported just before, with no one named as filing it; BP is only whom it accuses
    (bpoil_reuters)."""
    text = (
        "The suit accuses BP and the other defendants of "
        '"negligent or wanton failure to adhere to recognized industry standards of care."\n'
        "\"The defendants ' conduct in operating the Deepwater Horizon and oil well illustrates their scheme "
        'to maximize profits and ignore dangerous risks posed to human health and property," it said.\n'
    )
    assert quote_speaker(pipeline, text, "The defendants", _SPILL) == "suit"

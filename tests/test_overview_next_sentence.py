"""The overview shows an event once when another entry tells it in the sentence next to the shown
one's report in the same articles (sentences, offsets and article counts from H1N1_bbc, as its 28
April and 5 May articles print them)."""

from __future__ import annotations

from datetime import date

from conftest import marked_report
from storyline.merge.main_events import main_events
from storyline.merge.similarity import DocumentFrequency
from storyline.model import Entry, Mention, Tense

RAISED = (
    "The World Health Organization (WHO) raised its alert level late on Tuesday from three to four - two "
    "steps short of declaring a full pandemic."
)
RAISED_TOO = (
    "The World Health Organisation has raised its alert level to four - two steps short of declaring a "
    "pandemic."
)
SUSTAINED = (
    'WHO says the virus, which has killed an estimated 150 people in Mexico, is showing a "sustained '
    'ability" to pass from human to human and is able to cause community-level outbreaks.'
)
MEANS = (
    "Level four means the virus is showing a sustained ability to pass from human to human, and is able "
    "to cause community-level outbreaks."
)
LEAFLETS = (
    "Leaflets giving information about swine flu and advice on how to prevent its spread are being "
    "delivered to all households in the UK."
)
CAMPAIGN = (
    "The nationwide campaign begins after the number of confirmed cases of the H1N1 virus in the UK has "
    "risen to 28."
)
RISEN = "In Britain, the number of confirmed cases of the H1N1 virus has risen to 27."
SLAUGHTER = (
    "Egypt has begun a mass slaughter of thousands of pigs in an effort to prevent swine flu spreading."
)

# how many of H1N1_bbc's 120 articles use each word of these sentences (the counts `storyline ingest` keeps)
H1N1 = DocumentFrequency(
    {
        "abil": 17, "abl": 22, "advic": 40, "alert": 27, "begin": 25, "begun": 10, "britain": 24,
        "campaign": 10, "case": 95, "caus": 65, "communiti": 36, "confirm": 74, "declar": 23, "deliv": 8,
        "effort": 17, "egypt": 8, "estim": 24, "flu": 107, "give": 28, "h1n1": 113, "health": 103,
        "household": 8, "human": 51, "inform": 44, "kill": 41, "late": 13, "leaflet": 17, "level": 43,
        "mass": 23, "mean": 40, "mexico": 69, "nationwid": 5, "number": 78, "organis": 23, "organiz": 55,
        "outbreak": 71, "pandem": 68, "pass": 30, "peopl": 94, "pig": 33, "prevent": 44, "rais": 34,
        "risen": 11, "short": 22, "show": 26, "slaughter": 6, "spread": 76, "step": 20, "sustain": 11,
        "swine": 104, "thousand": 20, "uk": 71, "virus": 104, "world": 82,
    },
    120,
)  # fmt: skip


def _report(document: str, start: int, text: str, word: str, day: str) -> Mention:
    """A report of `text` at `start` in `document`, its event told by `word`, published on `day`."""
    return marked_report(document, start, text, word, date.fromisoformat(day), day)


def _entry(entry_id: str, day: str, salience: float, summary: str, reports: list[Mention]) -> Entry:
    return Entry(
        entry_id,
        day,
        False,
        Tense.PAST,
        summary,
        [],
        None,
        [],
        reports,
        ["UK"],
        salience=salience,
        sources=len({m.document for m in reports}),
    )


def _slaughter() -> Entry:
    """Another day's news, for the overview's last place."""
    day = "2009-04-29"
    return _entry(
        "slaughter", day, 2.0, SLAUGHTER, [_report(f"egypt{n}", 50, SLAUGHTER, "begun", day) for n in (0, 1)]
    )


def _alert_level(next_sentence: bool) -> list[Entry]:
    """The raise to four (two articles) and the WHO's "sustained ability" (two others); with
    `next_sentence`, one article tells what level four means right after the raise."""
    day = "2009-04-28"
    raised = _entry(
        "raised",
        day,
        3.0,
        RAISED,
        [_report("raise0", 550, RAISED, "raised", day), _report("page", 1581, RAISED_TOO, "raised", day)],
    )
    after = raised.mentions[1].end + 1 if next_sentence else 3000
    sustained = _entry(
        "sustained",
        day,
        2.9,
        SUSTAINED,
        [_report("says0", 283, SUSTAINED, "showing", day), _report("page", after, MEANS, "showing", day)],
    )
    return [raised, sustained, _slaughter()]


def _campaign(next_sentence: bool) -> list[Entry]:
    """The leaflets, the opening sentence of two 5 May articles, and the campaign with the UK's
    tally, told by those two (in their next sentence, with `next_sentence`) and by a 4 May article."""
    day = "2009-05-05"
    leaflets = _entry(
        "leaflets", day, 3.0, LEAFLETS, [_report(f"advert{n}", 0, LEAFLETS, "delivered", day) for n in (0, 1)]
    )
    at = len(LEAFLETS) + 1 if next_sentence else 900
    campaign = _entry(
        "campaign",
        "2009-05-04",
        2.9,
        CAMPAIGN,
        [
            _report("advert0", at, CAMPAIGN, "begins", day),
            _report("advert1", at, CAMPAIGN, "begins", day),
            _report("tally", 668, RISEN, "risen", "2009-05-04"),
        ],
    )
    return [leaflets, campaign, _slaughter()]


def test_the_sentence_that_says_what_a_shown_figure_means_is_not_shown_again() -> None:
    """ "Level four means ..." follows the raise to four in its article and gives its four: the WHO's
    "sustained ability" is why the level was raised, not news of its own (the view showed both)."""
    assert [e.id for e in main_events(_alert_level(next_sentence=True), 2, H1N1)] == ["raised", "slaughter"]


def test_the_same_sentences_apart_in_their_article_are_both_shown() -> None:
    assert [e.id for e in main_events(_alert_level(next_sentence=False), 2, H1N1)] == ["raised", "sustained"]


def test_the_sentence_after_two_articles_openings_is_their_news_detail() -> None:
    """Two articles open with the leaflets and tell the campaign in their next sentence: one piece
    of news (the view showed both, the campaign dated by the 4 May tally merged into it)."""
    assert [e.id for e in main_events(_campaign(next_sentence=True), 2, H1N1)] == ["slaughter", "leaflets"]


def test_the_campaign_told_further_down_is_shown() -> None:
    assert [e.id for e in main_events(_campaign(next_sentence=False), 2, H1N1)] == ["campaign", "leaflets"]

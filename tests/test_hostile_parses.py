"""The rules that read a parse, on parses of hostile text: a running tally's figure
(`figure_tallies.tally_of`), a noun told as an event by where it stands
(`event_noun_places.told_as_event`), what opens a word's phrase or clause and whether its clause
is told aside (`events._opening_words`, `events._told_aside`). spaCy parses anything into some
tree (runs of brackets, one word of 5,000 characters, numbers glued to dots, scripts side by side):
each rule answers for every word of it, never raises, and reads the tree once."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyline.analyse.token_table import token_table
from storyline.extract.event_noun_places import told_as_event
from storyline.extract.events import _opening_words, _told_aside
from storyline.extract.figure_tallies import Tally, tally_of
from storyline.extract.figures import extract_figures
from storyline.pipeline import Pipeline

_PIECES = st.sampled_from(
    [
        "(", ")", "[", ".", "...", ",", ";", "-", "—", "/", "@", "a@b.co", "1", "20", "1,562", "5.5", "%",
        "$", "£", " ", "\n", "\n\n", "\t", "\x00", "\x1b[0m", "\u200b", "\u202e", "é", "Мексика", "墨西哥",
        "مكسيك", "😷", "the death toll", "has risen to", "brought the total to", "the number of cases",
        "reached", "stands at", "after", "during the", "following", "amid", "since", "because", "when",
        "it exploded", "the chase", "on Monday", "20 April", "officials said", "BP", "Mexico City",
    ]
)  # fmt: skip


def _answers(pipeline: Pipeline, text: str) -> list[tuple[Tally | None, bool, frozenset[str], bool]]:
    doc = pipeline.nlp(text)
    table = token_table(doc)
    return [
        (
            tally_of(token),
            told_as_event(table, doc, token.i),
            _opening_words(table, token.i),
            _told_aside(table, token.i),
        )
        for token in doc
    ]


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(st.lists(st.tuples(_PIECES, st.integers(1, 40)), min_size=1, max_size=10))
def test_the_parse_rules_answer_for_every_word_of_hostile_text(
    pipeline: Pipeline, pieces: list[tuple[str, int]]
) -> None:
    text = "".join(piece * times if len(piece) == 1 else (piece + " ") * times for piece, times in pieces)
    answers = _answers(pipeline, text)
    assert len(answers) == len(pipeline.nlp(text))
    assert all(tally is None or tally.kind for tally, _, _, _ in answers)


def test_a_long_clause_is_read_once_per_word(pipeline: Pipeline) -> None:
    """A sentence of 2,000 clauses opened by "since", each dated, and one of numbers bumped into a
    tally: the rules' time follows the words, not their square."""
    small, large = ("since it rose to 5 on Monday because the toll reached 20 " * n for n in (50, 400))
    costs = []
    for text in (small, large):
        doc = pipeline.nlp(text)
        table = token_table(doc)
        started = time.process_time()
        for token in doc:
            tally_of(token), told_as_event(table, doc, token.i), _told_aside(table, token.i)
        costs.append((time.process_time() - started) / len(doc))
    assert costs[1] < 4 * costs[0] + 1e-5  # per word: about the same, eight times the words


def test_a_sentence_of_many_figures_and_periods_is_read_once(pipeline: Pipeline) -> None:
    """Each figure's period ("since 2009") was looked for by reading its whole sentence again: a
    sentence 25 times as long took 230 times as long."""
    costs = []
    for count in (40, 1000):
        doc = pipeline.nlp("since 2009 the toll rose by 5 deaths and " * count)
        started = time.process_time()
        figures = extract_figures(doc[:])
        costs.append((time.process_time() - started) / len(doc))
        assert len(figures) == count
        assert all((figure.period or "").startswith("since 2009") for figure in figures)
    assert costs[1] < 3 * costs[0]

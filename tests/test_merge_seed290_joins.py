"""Joins of different events that the judges of seed 290 (main 95295de) found, by their general causes:
one person and a group in one role (H1N1_bbc 54e6f19a02: Spain's young man "returned" from Mexico,
then "The patients have all recently returned", then a pupil's return). Sentences are quoted from
the Timeline17 articles, each with its article and day."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import events_of, foreseen_mentions
from storyline.merge import pair_rules
from storyline.merge.person_and_group import person_and_group
from storyline.merge.similarity import signature

# 488, 27 April
YOUNG_MAN = "In Spain, a young man who had recently returned from Mexico was found to have the virus.\n"
PATIENTS = "The patients have all recently returned from Mexico.\n"  # 133, 28 April
PUPIL = (
    '"The pupil concerned has recently returned from Mexico and her symptoms so far are mild," the '
    "head teacher said.\n"
)  # 16, 1 May


def _returned(pipeline, text: str, day: date):  # type: ignore[no-untyped-def]
    (event,) = [e for e in events_of(pipeline, text, day) if e.predicate == "return"]
    return signature(event, published=day)


def test_one_person_is_not_a_group(pipeline) -> None:  # type: ignore[no-untyped-def]
    """A young man's and a pupil's return are one person's; the patients' is many people's, and no
    count is written: the plural says it."""
    man = _returned(pipeline, YOUNG_MAN, date(2009, 4, 27))
    patients = _returned(pipeline, PATIENTS, date(2009, 4, 28))
    pupil = _returned(pipeline, PUPIL, date(2009, 5, 1))
    assert person_and_group(man, patients) and person_and_group(patients, pupil)
    assert not person_and_group(man, pupil)  # two people, told apart (or not) by other rules


@pytest.mark.parametrize("rule", [True, False])
def test_a_groups_return_is_not_one_mans(pipeline, monkeypatch, rule: bool) -> None:  # type: ignore[no-untyped-def]
    """The two reports share the verb and "recently returned from Mexico": alike enough
    (`CROWD_EXEMPT`) that the rule of other people (`_other_arguments`) leaves them be, and no other
    rule parts them; the man is not the patients."""
    if not rule:
        monkeypatch.setattr(pair_rules, "person_and_group", lambda *_: False)
    articles = [(date(2009, 4, 27), YOUNG_MAN), (date(2009, 4, 28), PATIENTS), (date(2009, 5, 1), PUPIL)]
    merger, (man, patients, _) = foreseen_mentions(pipeline, articles, "return")
    sentence = merger.sentence_similarity(man, patients)
    assert sentence >= pair_rules.CROWD_EXEMPT
    assert pair_rules.parted(man, patients, merger, sentence) == rule


CAREFUL = '"You can\'t be too careful," he says.\n'  # 90, 2 May: a Mexican in Mexico City
THEY_SAY = 'They say "you can\'t be too careful".\n'  # 113, 5 May: other people, another story


def test_a_stock_saying_of_other_stories_is_two_statements(pipeline) -> None:  # type: ignore[no-untyped-def]
    """The two sentences are little else than the saying, so they score alike (above `CROWD_EXEMPT`),
    but the articles share no name: two people's words. The second's quotation does not open its
    sentence, so it is not `quoted`; one quoting sentence is enough when the stories differ."""
    articles = [(date(2009, 5, 2), CAREFUL), (date(2009, 5, 5), THEY_SAY)]
    merger, (careful, they_say) = foreseen_mentions(pipeline, articles, "say")
    assert careful.quoted and not they_say.quoted
    sentence = merger.sentence_similarity(careful, they_say)
    assert pair_rules.CROWD_EXEMPT <= sentence < pair_rules.QUOTE_COPY
    assert merger.context_similarity(careful, they_say) < pair_rules.QUOTE_CONTEXT
    assert pair_rules.parted(careful, they_say, merger, sentence)
    assert not pair_rules.parted(careful, careful, merger, merger.sentence_similarity(careful, careful))


# 350, 29 May (Guardian): the speaker is read as his title
TOLD = (
    "BP's chief operating officer Doug Suttles told a press conference on Saturday that he could not "
    'guarantee the attempt would work, and even if it did it would only capture "the majority" of the oil.\n'
)
# 1775, 30 May
SAID = "\"We're confident the job will work but obviously we can't guarantee success,\" Suttles said.\n"


def test_a_speaker_written_in_the_other_sentence_is_one_speaker(pipeline) -> None:  # type: ignore[no-untyped-def]
    """Suttles's words, then the same statement told in the writer's words: the speakers read differ
    (his name, his title), but the second sentence writes his name, so `_quoted_apart` leaves them to
    the other rules."""
    articles = [(date(2010, 5, 29), TOLD), (date(2010, 5, 30), SAID)]
    merger, (told, said) = foreseen_mentions(pipeline, articles, "guarantee")
    assert said.quoted and not told.quoted
    assert pair_rules._one_speaker(told, said)
    assert not pair_rules._quoted_apart(told, said, merger, merger.sentence_similarity(told, said))

"""The act a verb of forcing, trying, tending or planning is followed by: what its mention tells.

"The Federal Reserve was forced to ask the Treasury to borrow" and "central banks are forced to
inject $300billion" share their word, "forced", and a name, yet tell two deeds: asking the Treasury
and injecting money. So do "attempts to link Obama to Franklin Raines" and "an obvious attempt by
McCain ... to paint the Arizona senator as above politics", or a debate "slated to be the first of
three" and committees "slated to sit down this morning". Such a word (a control verb, or a noun of
one) names no happening of its own; the infinitive after it does. Two articles' mentions that both
take one are one event only when the infinitives are of one kind (`pair_rules._other_complements`).
"""

from __future__ import annotations

import re

from storyline.model import Event

# the infinitive after the word, past its object or its doer ("forced the United States to confront",
# "attempt by McCain and his campaign to paint"), within the clause: no punctuation between
_INFINITIVE = re.compile(r"(?:\s+[\w'.-]+){0,6}?\s+to\s+(?:[a-z]+ly\s+)?([a-z]+)\b")
# a verb between the word and "to" makes the word its subject ("The debate is slated to be"): the
# infinitive is that verb's, not the word's
_BETWEEN = (
    "is are was were be been being am has have had will would shall should can could may might must "
    "does do did"
)
_VERBS_BETWEEN = frozenset(_BETWEEN.split())
# what follows "to" when it is a preposition ("lent to the banks", "spoke to them", "spread to several
# countries", "spoke to who"); an adverb before the infinitive is passed over ("to permanently stop")
_PREPOSITIONS_OBJECTS = (
    "a an the this that these those its their his her our your my me him them us it whom which what "
    "some any all each every no more most less about around nearly almost at least several many few both "
    "who where when how"
)
_NOT_VERBS = frozenset(_PREPOSITIONS_OBJECTS.split())


def complement_word(event: Event) -> str:
    """The verb of the infinitive the mention's word takes ("ask" in "was forced to ask"), lower
    case; "" when it takes none or its "to" is a preposition ("lent to the banks")."""
    if event.event_start is None or event.event_end is None:
        return ""
    match = _INFINITIVE.match(event.text, event.event_end - event.start)
    if match is None or match.group(1) in _NOT_VERBS:
        return ""
    if not _VERBS_BETWEEN.isdisjoint(match.group(0).lower().split()[:-2]):
        return ""
    return match.group(1)

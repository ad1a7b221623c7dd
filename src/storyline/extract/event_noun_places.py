"""Common nouns that the sentence tells as events by where they stand, though no list names them.

`event_nouns` knows the words news uses for happenings; other nouns tell one only in some places:
after "after", "during", "following" or "amid" the noun is what happened before or around the deed
("was arrested a few hours later after a high-speed chase", "stabbed his ex-girlfriend and his own
mother to death during a bloodbath"). spaCy gives no word sense, so the place decides; a time
("after three days") is no event.

Tried on ECB+ (topics 1-35) and left out: the object of a light verb ("took the rare step"), what
a phase or causing verb begins or brings about ("the injury woes continued", "sparked outrage"),
a noun dated by a possessive ("last season's Super Bowl run"): each covered a few more gold
mentions but lowered the CoNLL F1.
"""

from __future__ import annotations

from spacy.tokens import Doc

from storyline.analyse.token_table import TokenTable

_TIME_PREPOSITIONS = frozenset({"after", "during", "following", "amid"})
_TIME_ENTITIES = frozenset({"DATE", "TIME"})


def told_as_event(table: TokenTable, doc: Doc, index: int) -> bool:
    """Whether a common noun that names no event by itself tells one where it stands."""
    if table.dep[index] != "pobj" or table.lower[table.head[index]] not in _TIME_PREPOSITIONS:
        return False
    return doc[index].ent_type_ not in _TIME_ENTITIES  # "after three days", "during the weekend"

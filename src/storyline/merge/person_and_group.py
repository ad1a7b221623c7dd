"""One person and a group in one role: "In Spain, a young man who had recently ⟦returned⟧ from Mexico
was found to have the virus" is not "The patients have all recently ⟦returned⟧ from Mexico" (another
article, a day later), nor "The pupil concerned has recently ⟦returned⟧ from Mexico".

A role filled by one person told by what they are ("a young man", "the pupil": `ONE_PERSON`) and, in
the other report, by a plural noun ("the patients", "people") tells the word of one person and of
many: he may be one of them, but his return is not theirs. No count need be written: the noun's
number says it (`pair_rules._one_and_many` asks the same of a count, "717 people"). A plural is read from
the head noun's ending, as the stemmer keys it ("patients" and "patient" are one key, "virus" and
"viru" are not), or from a few plurals of people without one. A count heading the role is many too:
"All three recently ⟦returned⟧ from Mexico" (Germany's three patients) is not "a 51-year-old woman who
had recently ⟦returned⟧ from Mexico" (South Korea's first case).
"""

from __future__ import annotations

from storyline.extract.numbers import parse_number
from storyline.merge.similarity import ONE_PERSON, Signature, predicate_key

_PLURAL_PEOPLE = frozenset({"people", "children", "men", "women"})
_SINGULAR_ENDS = ("ss", "is", "us")  # "boss", "crisis", "virus": one of them, though they end in "s"


def person_and_group(sig: Signature, other: Signature) -> bool:
    """Whether a role one report fills with one described person the other fills with a plural noun."""
    theirs = {role: (keys, text) for role, keys, text in other.arguments}
    for role, keys, text in sig.arguments:
        their_keys, their_text = theirs.get(role, (frozenset(), ""))
        if (keys == ONE_PERSON and _plural(their_keys, their_text)) or (
            their_keys == ONE_PERSON and _plural(keys, text)
        ):
            return True
    return False


def _plural(keys: frozenset[str], text: str) -> bool:
    """Whether a role of common nouns (`keys`; a name has none) is headed by a plural noun."""
    if not keys or keys == ONE_PERSON:
        return False
    words = text.split()
    if not words:
        return False
    head = words[0]
    count = parse_number(head)  # a count of more than one heading the role ("All three", "the two", "12")
    if head in _PLURAL_PEOPLE or (count is not None and count > 1):
        return True
    return (
        len(head) > 3
        and head.endswith("s")
        and not head.endswith(_SINGULAR_ENDS)
        and predicate_key(head) == predicate_key(head[:-1])
    )

"""Described persons: the people an event happens to when the news gives no name.

"The girl tested positive", "a 25-year-old man ... tested positive", "rescuers pulled a
69-year-old woman from the ruins": many of the people an event happens to are told only by what
they are. The named participants of a mention (`event_mentions.participants`) miss them, so two
reports of one broad predicate ("tested positive", "was found alive") about different people
share nothing a rule could compare. A described person is an argument of the mention (subject,
object, agent, or the noun that a participle or a relative clause describes: "a 51-year-old
woman who had recently returned") whose head is a word for a person (`PERSON_NOUNS`,
`PERSON_SEX`, `UNSEXED_PERSONS`, or the age alone: "The 59-year-old") and whose phrase names
nobody beside it ("one UK woman - Ann Barnes"), or a name that such a word describes ("UK
firefighters pulled two-year-old Haitian girl Mia from the rubble"). It keeps what tells such
people apart: the sex its word tells and the age its phrase writes ("a six-year-old
boy", "a woman aged 84"); a person with neither is not kept, as nothing could tell it apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from storyline.analyse.actor_lexicon import PERSON_SEX, PERSON_WORDS
from storyline.analyse.token_table import TokenTable, token_table
from storyline.extract.event_nouns import eventive_noun_object_indices

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_ARGUMENTS = _SUBJECTS | {"dobj", "dative"}
_DESCRIBED_BY = frozenset({"acl", "relcl"})  # "a woman pulled from ...", "a man who had flown ..."
_NAMED = frozenset({"PERSON"})
_ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen"
    " seventeen eighteen nineteen twenty"
)
_TENS = {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_NUMBER_WORDS = {word: value for value, word in enumerate(_ONES.split(" "))} | _TENS
_NUMBER = r"\d{1,3}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
_AGE = re.compile(rf"\b({_NUMBER})[\s-]+(year|month|week|day)s?[\s-]+old\b", re.IGNORECASE)
_AGED = re.compile(rf"\baged\s+({_NUMBER})\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Person:
    """A person told by what they are: the word ("girl"), its sex ("male", "female" or "") and
    the age its phrase writes ("14", "8 months"; "" when none)."""

    noun: str
    sex: str
    age: str

    def dump(self) -> str:
        return f"{self.noun}|{self.sex}|{self.age}"

    @staticmethod
    def load(text: str) -> Person:
        noun, sex, age = [*text.split("|"), "", ""][:3]
        return Person(noun, sex, age)

    def differs(self, other: Person) -> bool:
        """Clearly another person: another sex, or another age, both written."""
        sexes = bool(self.sex and other.sex and self.sex != other.sex)
        return sexes or bool(self.age and other.age and self.age != other.age)


def persons_differ(ours: list[Person], theirs: list[Person]) -> bool:
    """Whether two mentions' described persons are all different people: each of one side's
    differs from each of the other's ("a 10-year-old girl and her eight-year-old brother" and "a
    two-year-old girl"); "a Mexican man" and "the 25-year-old man" may be one."""
    return bool(ours and theirs) and all(a.differs(b) for a in ours for b in theirs)


def described_persons(trigger: Token) -> list[str]:
    """The described persons among the mention's arguments, `Person.dump`ed, in text order. The
    arguments are found in the parse's table (`token_table`): every mention of an event asks, and
    few arguments are a word for a person, so a `Token` is made only for those."""
    doc = trigger.doc
    table = token_table(doc)
    dep, index = table.dep, trigger.i
    heads: list[int] = []
    for child in table.children(index):
        if dep[child] in _ARGUMENTS:
            heads.append(child)
        elif dep[child] == "agent":
            heads.extend(c for c in table.children(child) if dep[c] == "pobj")
    head = table.head[index]
    if dep[index] == "conj" and not any(dep[c] in _SUBJECTS for c in table.children(index)):
        heads.extend(c for c in table.children(head) if dep[c] in _SUBJECTS)  # "was rescued and taken"
    if dep[index] in _DESCRIBED_BY and table.pos[head] in ("NOUN", "PROPN"):
        heads.append(head)
    heads.extend(eventive_noun_object_indices(table, index))  # "the death of a two-year-old boy"
    # "a girl and her son"
    heads.extend(c for head in list(heads) for c in table.children(head) if dep[c] == "conj")
    found: list[str] = []
    for head in sorted(set(heads)):
        person = _person(doc[head]) if _may_be_person(table, head) else None
        if person is not None and (person.sex or person.age) and person.dump() not in found:
            found.append(person.dump())
    return found


def _may_be_person(table: TokenTable, head: int) -> bool:
    """Whether an argument's head is a word for a person, or a name such a word stands before: what
    `_person` reads the phrase of (most arguments are neither)."""
    word, pos = _singular(table.lower[head]), table.pos[head]
    if word == "old" or (pos == "NOUN" and _is_person(word)):
        return True
    children = table.children(head)
    return pos == "PROPN" and any(
        table.dep[c] == "compound" and _is_person(_singular(table.lower[c])) for c in children
    )


def _person(head: Token) -> Person | None:
    word = _singular(head.lower_)
    pos = head.pos_
    titled = (  # a person's word before a name: "girl Mia"
        [c for c in head.children if c.dep_ == "compound" and _is_person(_singular(c.lower_))]
        if pos == "PROPN"
        else []
    )
    if word != "old" and not (pos == "PROPN" and titled) and not (pos == "NOUN" and _is_person(word)):
        return None  # no word for a person (most arguments): the phrase is not read
    phrase = [t for t in head.subtree if not _in_clause(t, head)]
    text = " ".join(t.text for t in phrase)
    for child in head.children:  # "a woman aged 84"
        if child.lower_ == "aged":
            text += " " + " ".join(t.text for t in child.subtree)
    age_match = _AGE.search(text) or _AGED.search(text)
    if pos == "PROPN" and titled:
        word = _singular(titled[-1].lower_)  # a name its description stands before: "two-year-old girl Mia"
    elif pos != "NOUN" and not (word == "old" and age_match):
        return None  # a name, a pronoun, or a word that is no person
    elif any(t.ent_type_ in _NAMED for t in phrase) or any(c.dep_ == "appos" for c in head.children):
        return None  # a name beside the word may be another's: "one man, Jean-Baptiste Lafontin Wilfried"
    age = ""
    if age_match:
        number = age_match.group(1).lower()
        value = _NUMBER_WORDS.get(number, number)
        unit = age_match.group(2).lower() if age_match.re is _AGE else "year"
        age = f"{int(value)}" if unit == "year" else f"{int(value)} {unit}s"
    return Person(word, PERSON_SEX.get(word, ""), age)


def person_word(word: str) -> bool:
    """Whether a word, for one or for several ("victim", "victims", "children"), is a word for people."""
    return _is_person(_singular(word))


def _is_person(word: str) -> bool:
    return word in PERSON_WORDS


_IRREGULAR = {"men": "man", "women": "woman", "children": "child", "people": "person"}


def _singular(word: str) -> str:
    """The word for one person (the parse's lemmas are not read: the pipeline runs without them)."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith("s") and _is_person(word[:-1]):
        return word[:-1]
    return word


def _in_clause(token: Token, head: Token) -> bool:
    """Whether a word of the head's subtree is inside a clause or a prepositional phrase of its own
    ("a man who had flown from Mexico", "the mother of a five-year-old boy"): those describe
    others."""
    while token != head:
        if token.dep_ in _DESCRIBED_BY or token.dep_ in ("prep", "conj", "cc", "appos", "punct"):
            return True
        token = token.head
    return False

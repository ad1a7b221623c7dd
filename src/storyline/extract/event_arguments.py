"""Event arguments: who does the act and what it is done to, in the mention's own words.

A broad predicate ("wearing", "placed under quarantine", "returned from Mexico", "ordered") is told
of many different people and things in one collection, and most of them are not named: "police
wearing masks", "Medical staff wearing protective clothing", "About 250 recruits ... were placed
under quarantine", "up to 70 Mexicans". The named participants (`event_mentions.participants`) and
the described persons (`described_persons`, sex and age) miss them, so two such reports share
nothing a rule could compare. The arguments keep, for each role, the nouns that head it: the agent
(the active subject, the passive's "by" phrase, the noun an active participle or a relative clause
describes: "police wearing masks", "a woman who had returned") and the patient (the object, the
passive subject, the noun a past participle describes: "a stockpile ..., ordered as a
precaution", the common noun compounded with an eventive noun: "travel bans"). The nouns of the
head's prepositional phrases come too, so that a head that only counts or groups ("A group of
Louisiana shrimpers", "supplies of masks") or a place ("Classrooms at South Hampstead") is not all a
role says; a pronoun names nothing and is left out. A name's words keep their capitals: a name and a
description ("BP", "the company") may be one participant.
"""

from __future__ import annotations

from spacy.tokens import Token

from storyline.extract.described_persons import person_word
from storyline.extract.event_nouns import eventive_noun_objects

AGENT = "agent"
PATIENT = "patient"
_ROLES = {"nsubj": AGENT, "nsubjpass": PATIENT, "dobj": PATIENT, "poss": AGENT}
_DESCRIBED_BY = frozenset({"acl", "relcl"})
_RELATIVES = frozenset({"who", "which", "that", "whom"})
_NOUNS = frozenset({"NOUN", "PROPN", "NUM"})
_RANKS = frozenset({"only", "last", "next"})  # as "first" and "latest" rank a noun ("the only country")


def event_arguments(trigger: Token) -> list[str]:
    """The mention's arguments as "role|head word word", agent first, each role once."""
    found: dict[str, list[str]] = {}
    for role, head in _argument_heads(trigger):
        words = _head_words(head)
        if words:
            found.setdefault(role, [])
            found[role].extend(word for word in words if word not in found[role])
    return [f"{role}|{' '.join(found[role])}" for role in (AGENT, PATIENT) if role in found]


def _argument_heads(trigger: Token) -> list[tuple[str, Token]]:
    heads: list[tuple[str, Token]] = []
    relative = ""
    children = list(trigger.children)  # walked once: spaCy makes a token per child on each walk
    for child in children:
        role = _ROLES.get(child.dep_)
        if role is None and child.dep_ == "agent":
            heads.extend((AGENT, c) for c in child.children if c.dep_ == "pobj")
        elif role is not None and child.lower_ in _RELATIVES:
            relative = role  # "a woman who had returned": the woman
        elif role is not None and (child.dep_ != "poss" or trigger.pos_ == "NOUN"):
            heads.append((role, child))
    heads.extend((PATIENT, kind) for kind in _kinds(trigger, children))
    heads.extend((AGENT, person) for person in _persons_told_of(trigger, children))
    subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in children)
    if trigger.dep_ == "conj" and not subject:  # "was rescued and taken": the subject of the first
        heads.extend((_ROLES[c.dep_], c) for c in trigger.head.children if c.dep_ in ("nsubj", "nsubjpass"))
    elif trigger.dep_ == "xcomp" and not subject:  # "Most people also seem to be wearing"
        heads.extend((AGENT, c) for c in trigger.head.children if c.dep_ in ("nsubj", "nsubjpass"))
    if trigger.dep_ in _DESCRIBED_BY and trigger.head.pos_ in ("NOUN", "PROPN"):
        if trigger.dep_ == "relcl":
            role = relative
        else:  # "police wearing masks", "a stockpile ..., ordered as a precaution"
            role = PATIENT if trigger.tag_ == "VBN" else AGENT if trigger.tag_ == "VBG" else ""
        if role:
            heads.append((role, trigger.head))
        heads.extend(_first_to_act(trigger, children))
    elif not subject:
        heads.extend((PATIENT, noun) for noun in _set_off_noun(trigger, children))
    heads.extend((role, c) for role, head in list(heads) for c in head.children if c.dep_ == "conj")
    return heads


def _set_off_noun(trigger: Token, children: list[Token]) -> list[Token]:
    """The noun a past participle set off by a comma right after it describes, read as a clause of
    the sentence's verb: "The UK Government already has a stockpile of Tamiflu, ⟦ordered⟧ as a
    precaution" (the parse's "ordered" hangs on "has"): what is ordered is the stockpile, as when
    the participle hangs on the noun itself (`_DESCRIBED_BY`). A participle with an object or an
    auxiliary of its own is a verb of its own clause ("..., ordered them to leave")."""
    if trigger.dep_ != "advcl" or trigger.tag_ not in ("VBN", "VBD") or trigger.i < 2:
        return []
    if any(c.dep_ in ("dobj", "aux", "auxpass", "mark") for c in children):
        return []
    comma = trigger.doc[trigger.i - 1]
    if comma.text != "," or trigger.head.i > comma.i:
        return []
    return [
        c
        for c in trigger.head.children
        if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and c.right_edge.i == comma.i - 1
    ]


def _first_to_act(trigger: Token, children: list[Token]) -> list[tuple[str, Token]]:
    """The one a copula says is the first, latest or only to do the act: "Ghana is the latest
    country to ban pork imports" tells Ghana banning, as "Ghana has banned" does ("the first person
    to be infected": the one infected). The clause is an infinitive ("to ban") of a noun ranked by a
    superlative or an ordinal (`_ranked`), which the copula's subject is ("is", "became": `attr`);
    the noun itself only ranks the subject among others of its kind, so only the subject is kept."""
    noun = trigger.head
    if not (
        trigger.dep_ == "relcl"
        and noun.dep_ == "attr"
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in children)
        and _ranked(noun)
    ):
        return []
    role = PATIENT if any(c.dep_ == "auxpass" for c in children) else AGENT
    return [(role, c) for c in noun.head.children if c.dep_ == "nsubj"]


def _ranked(noun: Token) -> bool:
    """Whether a noun is ranked among others of its kind: "the latest country", "the first
    person", "the only company", "the last man"."""
    return any(
        c.dep_ == "amod" and (c.tag_ == "JJS" or c.ent_type_ == "ORDINAL" or c.lower_ in _RANKS)
        for c in noun.children
    )


def _persons_told_of(trigger: Token, children: list[Token]) -> list[Token]:
    """The person an eventive noun is told of by "of" when it has no possessive: the one who died,
    resigned or arrived, an agent as the verb's subject is ("the death of a boy", "that of
    38-year-old Jacqueline Fleming": "the boy died"). A thing told of ("the evacuation of the site",
    "the closure of schools") may be what is acted on as well as what acts, so it takes no role."""
    if any(c.dep_ == "poss" for c in children):
        return []
    return [c for c in eventive_noun_objects(trigger) if c.ent_type_ == "PERSON" or person_word(c.lower_)]


def _kinds(trigger: Token, children: list[Token]) -> list[Token]:
    """The common nouns compounded with an eventive noun, which name what it is done to: "travel
    bans" ban travel as "has banned restaurants" bans restaurants, "border closures" close borders. A
    name compounded ("the Mexico City ban") is kept as a name (`_word`), told apart elsewhere."""
    if trigger.pos_ != "NOUN":
        return []
    return [c for c in children if c.dep_ == "compound" and c.pos_ == "NOUN"]


def _head_words(head: Token) -> list[str]:
    """The nouns that name an argument: its head (first) and the nouns compounded with it, and those
    of its prepositions' objects ("A group of Louisiana shrimpers", "supplies of masks", "Classrooms
    at South Hampstead"); none for a pronoun."""
    if head.pos_ not in _NOUNS:
        return []
    words = _compound(head)
    words.insert(0, words.pop())
    for child in head.children:
        if child.dep_ == "prep":
            objects = [c for c in child.children if c.dep_ == "pobj" and c.pos_ in _NOUNS]
            words += [word for c in objects for word in _compound(c)]
    return words


def _compound(head: Token) -> list[str]:
    """The head and its compounded nouns; a name's words keep their capitals ("Mr Obama"), so that
    a name is known from a description ("the company") when roles are compared."""
    return [_word(c) for c in head.children if c.dep_ == "compound" and c.pos_ in _NOUNS] + [_word(head)]


def _word(token: Token) -> str:
    return token.text if token.pos_ == "PROPN" else token.lower_

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

from spacy.tokens import Doc, Token

from storyline.analyse.doc_text import doc_text
from storyline.analyse.token_table import TokenTable, token_table
from storyline.extract.described_persons import person_word
from storyline.extract.event_nouns import eventive_noun_object_indices

AGENT = "agent"
PATIENT = "patient"
_ROLES = {"nsubj": AGENT, "nsubjpass": PATIENT, "dobj": PATIENT, "poss": AGENT}
_DESCRIBED_BY = frozenset({"acl", "relcl"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_RELATIVES = frozenset({"who", "which", "that", "whom"})
_NOUNS = frozenset({"NOUN", "PROPN", "NUM"})
_RANKS = frozenset({"only", "last", "next"})  # as "first" and "latest" rank a noun ("the only country")


def event_arguments(trigger: Token) -> list[str]:
    """The mention's arguments as "role|head word word", agent first, each role once. The words are
    walked in the parse's table (`token_table`), which every mention of an event asks about: a
    `Token` is made only for the rare checks the table does not hold (entity types, right edges)."""
    doc = trigger.doc
    table = token_table(doc)
    found: dict[str, list[str]] = {}
    for role, head in _argument_heads(doc, table, trigger.i):
        words = _head_words(doc, table, head)
        if words:
            found.setdefault(role, [])
            found[role].extend(word for word in words if word not in found[role])
    return [f"{role}|{' '.join(found[role])}" for role in (AGENT, PATIENT) if role in found]


def _argument_heads(doc: Doc, table: TokenTable, trigger: int) -> list[tuple[str, int]]:
    dep, pos, tag, lower = table.dep, table.pos, table.tag, table.lower
    heads: list[tuple[str, int]] = []
    relative = ""
    children = table.children(trigger)
    for child in children:
        role = _ROLES.get(dep[child])
        if role is None and dep[child] == "agent":
            heads.extend((AGENT, c) for c in table.children(child) if dep[c] == "pobj")
        elif role is not None and lower[child] in _RELATIVES:
            relative = role  # "a woman who had returned": the woman
        elif role is not None and (dep[child] != "poss" or pos[trigger] == "NOUN"):
            heads.append((role, child))
    heads.extend((PATIENT, kind) for kind in _kinds(table, trigger, children))
    heads.extend((AGENT, person) for person in _persons_told_of(doc, table, trigger, children))
    subject = any(dep[c] in _SUBJECTS for c in children)
    head = table.head[trigger]
    if dep[trigger] == "conj" and not subject:  # "was rescued and taken": the subject of the first
        heads.extend((_ROLES[dep[c]], c) for c in table.children(head) if dep[c] in _SUBJECTS)
    elif dep[trigger] == "xcomp" and not subject:  # "Most people also seem to be wearing"
        heads.extend((AGENT, c) for c in table.children(head) if dep[c] in _SUBJECTS)
    if dep[trigger] in _DESCRIBED_BY and pos[head] in ("NOUN", "PROPN"):
        if dep[trigger] == "relcl":
            role = relative
        else:  # "police wearing masks", "a stockpile ..., ordered as a precaution"
            role = PATIENT if tag[trigger] == "VBN" else AGENT if tag[trigger] == "VBG" else ""
        if role:
            heads.append((role, head))
        heads.extend(_first_to_act(doc, table, trigger, children))
    elif not subject:
        heads.extend((PATIENT, noun) for noun in _set_off_noun(doc, table, trigger, children))
    heads.extend((role, c) for role, head in list(heads) for c in table.children(head) if dep[c] == "conj")
    return heads


def _set_off_noun(doc: Doc, table: TokenTable, trigger: int, children: list[int]) -> list[int]:
    """The noun a past participle set off by a comma right after it describes, read as a clause of
    the sentence's verb: "The UK Government already has a stockpile of Tamiflu, ⟦ordered⟧ as a
    precaution" (the parse's "ordered" hangs on "has"): what is ordered is the stockpile, as when
    the participle hangs on the noun itself (`_DESCRIBED_BY`). A participle with an object or an
    auxiliary of its own is a verb of its own clause ("..., ordered them to leave")."""
    dep = table.dep
    if dep[trigger] != "advcl" or table.tag[trigger] not in ("VBN", "VBD") or trigger < 2:
        return []
    if any(dep[c] in ("dobj", "aux", "auxpass", "mark") for c in children):
        return []
    comma = trigger - 1
    if table.lower[comma] != "," or table.head[trigger] > comma:
        return []
    return [
        c
        for c in table.children(table.head[trigger])
        if dep[c] == "dobj" and table.pos[c] in ("NOUN", "PROPN") and doc[c].right_edge.i == comma - 1
    ]


def _first_to_act(doc: Doc, table: TokenTable, trigger: int, children: list[int]) -> list[tuple[str, int]]:
    """The one a copula says is the first, latest or only to do the act: "Ghana is the latest
    country to ban pork imports" tells Ghana banning, as "Ghana has banned" does ("the first person
    to be infected": the one infected). The clause is an infinitive ("to ban") of a noun ranked by a
    superlative or an ordinal (`_ranked`), which the copula's subject is ("is", "became": `attr`);
    the noun itself only ranks the subject among others of its kind, so only the subject is kept."""
    dep = table.dep
    noun = table.head[trigger]
    if not (
        dep[trigger] == "relcl"
        and dep[noun] == "attr"
        and any(dep[c] == "aux" and table.tag[c] == "TO" for c in children)
        and _ranked(doc, table, noun)
    ):
        return []
    role = PATIENT if any(dep[c] == "auxpass" for c in children) else AGENT
    return [(role, c) for c in table.children(table.head[noun]) if dep[c] == "nsubj"]


def _ranked(doc: Doc, table: TokenTable, noun: int) -> bool:
    """Whether a noun is ranked among others of its kind: "the latest country", "the first
    person", "the only company", "the last man"."""
    return any(
        table.dep[c] == "amod"
        and (table.tag[c] == "JJS" or table.lower[c] in _RANKS or doc[c].ent_type_ == "ORDINAL")
        for c in table.children(noun)
    )


def _persons_told_of(doc: Doc, table: TokenTable, trigger: int, children: list[int]) -> list[int]:
    """The person an eventive noun is told of by "of" when it has no possessive: the one who died,
    resigned or arrived, an agent as the verb's subject is ("the death of a boy", "that of
    38-year-old Jacqueline Fleming": "the boy died"). A thing told of ("the evacuation of the site",
    "the closure of schools") may be what is acted on as well as what acts, so it takes no role."""
    if any(table.dep[c] == "poss" for c in children):
        return []
    return [
        c
        for c in eventive_noun_object_indices(table, trigger)
        if person_word(table.lower[c]) or doc[c].ent_type_ == "PERSON"
    ]


def _kinds(table: TokenTable, trigger: int, children: list[int]) -> list[int]:
    """The common nouns compounded with an eventive noun, which name what it is done to: "travel
    bans" ban travel as "has banned restaurants" bans restaurants, "border closures" close borders. A
    name compounded ("the Mexico City ban") is kept as a name (`_word`), told apart elsewhere."""
    if table.pos[trigger] != "NOUN":
        return []
    return [c for c in children if table.dep[c] == "compound" and table.pos[c] == "NOUN"]


def _head_words(doc: Doc, table: TokenTable, head: int) -> list[str]:
    """The nouns that name an argument: its head (first) and the nouns compounded with it, and those
    of its prepositions' objects ("A group of Louisiana shrimpers", "supplies of masks", "Classrooms
    at South Hampstead"); none for a pronoun."""
    dep, pos = table.dep, table.pos
    if pos[head] not in _NOUNS:
        return []
    words = _compound(doc, table, head)
    words.insert(0, words.pop())
    for child in table.children(head):
        if dep[child] == "prep":
            objects = [c for c in table.children(child) if dep[c] == "pobj" and pos[c] in _NOUNS]
            words += [word for c in objects for word in _compound(doc, table, c)]
    return words


def _compound(doc: Doc, table: TokenTable, head: int) -> list[str]:
    """The head and its compounded nouns; a name's words keep their capitals ("Mr Obama"), so that
    a name is known from a description ("the company") when roles are compared."""
    compounded = [c for c in table.children(head) if table.dep[c] == "compound" and table.pos[c] in _NOUNS]
    return [_word(doc, table, c) for c in compounded] + [_word(doc, table, head)]


def _word(doc: Doc, table: TokenTable, index: int) -> str:
    if table.pos[index] == "PROPN":
        return doc_text(doc)[table.start[index] : table.end[index]]
    return table.lower[index]

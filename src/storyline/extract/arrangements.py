"""Arrangements told in the present: "BP is set to announce a record loss", "is due to visit", "is poised
to", "is scheduled to", "is slated to", "is expected to", "is about to", and a headline's "BP set to
announce record loss" (a headline drops the "is"). What is arranged is still to come, whatever the
participle's form says: "set" is a past participle, but nothing has been announced yet. Read off the
parse's table (`analyse.token_table`), so the tense and the modality of a mention ask the same thing.
"""

from __future__ import annotations

from storyline.analyse.token_table import TokenTable
from storyline.analyse.verb_forms import FINITE_TAGS

# participles that arrange what their infinitive tells; the tagger reads a headline's bare "set" as VBD
PARTICIPLES = frozenset({"set", "scheduled", "slated", "poised"})
_PARTICIPLE_TAGS = frozenset({"VBN", "VBD"})
# "expected" arranges only after "is" ("BP is expected to announce"): "He expected to win" is a past hope
_AFTER_IS_ONLY = frozenset({"expected"})
# words the tagger reads as adjectives after "is" ("is due to visit", "is about to start")
_ADJECTIVES = frozenset({"due", "about", "set", "poised"})
_PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re", "'m"})
# a participle that takes an object or a particle is a deed: "set aside $32bn", "scheduled a meeting"
_DEED_DEPS = frozenset({"dobj", "prt", "dative"})
# verbs whose object is an event they bring about or make known ("announce a record loss", "hold a
# meeting", "launch legal action", "declare a pandemic"): that event is still to come with them; not
# one acted on that is already so ("discuss the crisis", "stop the leak", "inhibit the cleanup
# operation"), nor the arrangement's subject ("The spill is poised to become the worst disaster")
_MAKING = frozenset(
    {
        "announce", "declare", "reveal", "unveil", "report", "publish", "release", "issue", "give", "hold",
        "host", "stage", "attend", "launch", "begin", "start", "open", "order", "impose", "introduce",
        "extend", "do", "make", "sign", "file", "include", "recommend", "deliver", "conduct", "drill",
    }
)  # fmt: skip


def arranged(table: TokenTable, word: int) -> bool:
    """Whether the word tells, or is part of, an act arranged in the present and still to come: the
    arrangement itself ("set", or the "is" of "is due to"), its infinitive ("announce", and one joined to
    it by "and"), or the event that infinitive brings about or makes known ("a record loss")."""
    if table.dep[word] == "compound":
        word = table.head[word]  # "record" in "a record loss": the noun it is part of
    if table.pos[word] in ("NOUN", "PROPN"):
        verb = table.head[word]  # the infinitive is in its base form: its word is its lemma
        made = table.dep[word] == "dobj" and table.lower[verb] in _MAKING
        return made and _arranged_infinitive(table, verb)
    return arrangement(table, word) or _arranged_infinitive(table, word)


def _arranged_infinitive(table: TokenTable, verb: int) -> bool:
    """The infinitive an arrangement in the present takes ("to announce" after "is set"), or one joined
    to it ("to meet and sign")."""
    if table.dep[verb] == "conj" and table.dep[table.head[verb]] == "xcomp":
        verb = table.head[verb]
    return table.dep[verb] == "xcomp" and infinitive(table, verb) and arrangement(table, table.head[verb])


def arrangement(table: TokenTable, word: int) -> bool:
    """An arranging participle or adjective in the present with its infinitive, or the "is" of one that
    the tagger read as an adjective ("is due to visit": "is" heads the sentence)."""
    if table.lower[word] in _PRESENT_BE:
        return _present(table, word) and any(
            table.dep[c] == "acomp" and _arranging(table, c) for c in table.children(word)
        )
    return _arranging(table, word)


def _arranging(table: TokenTable, word: int) -> bool:
    lower, children = table.lower[word], table.children(word)
    if not any(table.dep[c] == "xcomp" and infinitive(table, c) for c in children):
        return False
    if table.dep[word] == "acomp" and lower in _ADJECTIVES:
        return table.lower[table.head[word]] in _PRESENT_BE and _present(table, table.head[word])
    if table.tag[word] not in _PARTICIPLE_TAGS or any(table.dep[c] in _DEED_DEPS for c in children):
        return False
    if not any(table.dep[c] == "auxpass" and table.lower[c] in _PRESENT_BE for c in children):
        # with no "is", only a headline's bare participle ("BP set to announce record loss"), not one
        # that describes a noun ("Rescuers poised to treat affected wildlife had their first patient",
        # which the parser may read as the sentence's head, "had" joined to it) nor "He expected to
        # win", a past hope
        return (
            lower in PARTICIPLES
            and table.head[word] == word
            and _present(table, word)
            and not any(table.dep[c] == "conj" and table.tag[c] in FINITE_TAGS for c in children)
        )
    return lower in PARTICIPLES | _AFTER_IS_ONLY and _present(table, word)


def _present(table: TokenTable, word: int) -> bool:
    """No auxiliary but a present "is": not "was set to", "had been due to", "will be set to"."""
    return all(
        table.lower[c] in _PRESENT_BE for c in table.children(word) if table.dep[c] in ("aux", "auxpass")
    )


def infinitive(table: TokenTable, verb: int) -> bool:
    """ "to" and a verb, not a perfect one ("is expected to have died": told as done already); what
    "is set to", "is about to" and "is to" take (`event_mentions` asks it too)."""
    to = any(table.dep[c] == "aux" and table.lower[c] == "to" for c in table.children(verb))
    return to and not perfect(table, verb)


def perfect(table: TokenTable, verb: int) -> bool:
    """ "to have made", "to have died": told as done already ("is among those to have made a donation")."""
    return any(table.dep[c] == "aux" and table.lower[c] == "have" for c in table.children(verb))

"""What a figure is about: the predicate it is counted under and whose it is.

"3,000 troops" sent, "about 10,000 soldiers" Russia intends to involve and
"about 11,000 infantrymen" undergoing training are three different things; so
are barrels a day leaking and barrels a day collected. `predicate_of` reads
the parse above the counted noun, up to the reporting verb, and names a
general predicate class ("sent", "training", "leaking", "collected"...);
intention verbs make it "intended" and modal verbs "possible". `subject_of`
names the state or group the counted things belong to or come from ("North
Korean infantrymen", "soldiers from North Korea", "North Korea had sent").

The classes are a small general lexicon: nothing here is tied to one story.
It does not judge whether two subjects are the same (merge does).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from storyline.analyse.doc_text import doc_text
from storyline.analyse.entities import CAPITALS
from storyline.analyse.token_table import token_table
from storyline.model import EntityMention

_CLASSES: dict[str, tuple[str, ...]] = {
    "sent": ("send", "sent", "deploy", "dispatch", "transfer", "station", "arrive", "supply", "relocate",
             "mobilise", "mobilize", "deployment"),
    "training": ("train", "training", "drill"),
    "fighting": ("fight", "battle", "combat"),
    "leaking": ("leak", "gush", "gusher", "spew", "flow", "spill", "escape", "pour", "discharge", "seep",
                "release", "emit", "ooze", "leakage", "outflow", "flowing"),
    "collected": ("collect", "capture", "siphon", "funnel", "funnell", "recover", "pipe", "skim", "contain",
                  "containment", "collection", "suck"),
    "burned": ("burn", "flare"),
    "launched": ("launch", "fire", "shoot", "use", "attack"),
    "intercepted": ("intercept", "destroy", "down"),
    "paid": ("pay", "paid", "spend", "spent", "payout", "compensation", "cost"),
    "lost": ("lose", "lost", "wipe", "fall", "fell", "drop", "plunge", "slump", "loss"),
    "rose": ("rise", "rose", "gain", "jump", "climb"),
    "claimed": ("claim", "demand", "sue"),
    "fined": ("fine", "penalty"),
    "produced": ("produce", "pump", "output", "production"),
    "employed": ("employ", "hire"),
}  # fmt: skip
_BY_STEM = {word: name for name, words in _CLASSES.items() for word in words}
_INTENTION = frozenset(
    {"intend", "plan", "propose", "aim", "want", "expect", "prepare", "threaten", "pledge", "promise", "hope"}
)
_MODALS = frozenset({"will", "would", "could", "may", "might", "can", "should", "'ll"})
_REPORTING = frozenset(
    {"say", "said", "tell", "told", "report", "state", "confirm", "announce", "specify", "specified", "add",
     "stress", "note", "declare", "warn", "believe", "insist", "argue", "suggest", "show", "estimate",
     "write", "wrote", "acknowledge", "admit", "deny", "reveal", "explain"}
)  # fmt: skip
_LOOKED_AT = ("xcomp", "dobj", "nsubj", "nsubjpass", "attr", "compound", "amod", "prt", "acomp")
_CLAUSES = ("acl", "relcl")
_DOWN_ONE = ("compound", "xcomp")
_OWNER_LABELS = ("GPE", "NORP")
_AGENT_LABELS = ("GPE", "NORP", "ORG")
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_CHAIN_LENGTH = 5


def stems(word: str) -> list[str]:
    """A word and the word less a short inflection ending ("gushing" -> "gush", "died" -> "die")."""
    lowered = word.lower()
    endings = ("d", "s", "ed", "es", "ing", "ling", "ment")
    cut = [lowered[: -len(end)] for end in endings if lowered.endswith(end) and len(lowered) > 4]
    restored = [lowered[:-3] + "e" for end in ("ing",) if lowered.endswith(end) and len(lowered) > 5]
    return [lowered, *cut, *restored]


def predicate_of(counted: Token) -> str:
    """The predicate class the counted noun stands under; "" when none is recognised. The words above
    it and those they govern are read from the parse's table (`token_table`): every figure asks,
    and a `Token` for each cost more than the look-ups."""
    words = _Words(counted.doc)
    chain = _chain_of(words, counted.i)
    if any(_is_in(words.text(index), _INTENTION) for index in chain[1:]):
        return "intended"
    found = next((name for index in chain for name in [_class_near(words, index)] if name), "")
    table = words.table
    if any(
        table.lower[c] in _MODALS and table.dep[c] == "aux" for index in chain for c in table.children(index)
    ):
        return "possible"
    return found


class _Words:
    """A parse's table and text, for the text of word `index` without a `Token`."""

    def __init__(self, doc: Doc) -> None:
        self.table = token_table(doc)
        self._text = doc_text(doc)

    def text(self, index: int) -> str:
        return self._text[self.table.start[index] : self.table.end[index]]


def _chain(token: Token) -> list[Token]:
    """The token and its heads up to (not including) the reporting verb or the root."""
    doc = token.doc
    return [doc[index] for index in _chain_of(_Words(doc), token.i)]


def _chain_of(words: _Words, index: int) -> list[int]:
    """`_chain` as indices."""
    head, pos = words.table.head, words.table.pos
    chain = [index]
    while len(chain) < _CHAIN_LENGTH and head[index] != index:
        index = head[index]
        if pos[index] in ("VERB", "AUX") and _is_in(words.text(index), _REPORTING):
            break
        chain.append(index)
    return chain


def clause_verb(token: Token) -> Token:
    """The verb of the clause a word stands in: the word itself or the nearest verb above it (the root
    when there is none), so that words of one clause can be told from those of another."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


@lru_cache(maxsize=65_536)
def class_of_word(word: str) -> str:
    """The predicate class of one word ("gushing" -> "leaking"), "" when it has none; kept per word:
    each figure asks it of the words above and below its noun, the same few words again and again."""
    return next((_BY_STEM[stem] for stem in stems(word) if stem in _BY_STEM), "")


def _class_near(words: _Words, index: int) -> str:
    """The class of the word itself or of the words it governs that say what happens."""
    return next((name for near in _near(words, index) if (name := class_of_word(words.text(near)))), "")


def _near(words: _Words, index: int) -> list[int]:
    """The word, its telling dependents, and theirs one level down ("rate" -> "flow rate")."""
    dep, children = words.table.dep, words.table.children
    near = [index]
    for child in children(index):
        if dep[child] in _LOOKED_AT or dep[child] in _CLAUSES:
            near.append(child)
            near.extend(grandchild for grandchild in children(child) if dep[grandchild] in _DOWN_ONE)
    return near


@lru_cache(maxsize=65_536)
def _is_in(word: str, words: frozenset[str]) -> bool:
    return any(stem in words for stem in stems(word))


def subject_of(counted: Span, head: Token, actors: Sequence[EntityMention]) -> str:
    """Whose the counted things are: a state or group in the counted phrase or the verb's subject."""
    for token in counted:
        if token.ent_type_ in _OWNER_LABELS:
            return _named(token, actors)
    verb = next((token for token in _chain(head) if token.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return ""
    for child in verb.children:
        if child.dep_ in _SUBJECT_DEPS and child.ent_type_ in _AGENT_LABELS and child.i != head.i:
            return _named(child, actors)
    return ""


def _named(token: Token, actors: Sequence[EntityMention]) -> str:
    """The canonical actor name at the token, else the entity as written (a capital: its state)."""
    for actor in actors:
        if actor.start <= token.idx < actor.end:
            return actor.canonical
    name = _entity_text(token) if token.ent_iob_ in ("B", "I") else token.text
    return CAPITALS.get(name.lower(), name)


def _entity_text(token: Token) -> str:
    """The named entity the token belongs to, found from its IOB tags (not by scanning `doc.ents`)."""
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end].text

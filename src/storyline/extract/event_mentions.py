"""Event mentions: the words of a sentence that tell something happening.

A sentence can tell several events ("BP, which agreed the fund on Wednesday,
said on Friday it would suspend its dividend" tells the agreement and the
suspension), and one event is told by many sentences. spaCy parses but has no
event layer, so this module reads one off the dependency tree:

- every predicate is a mention: a verb (auxiliaries and "have/be/get" as main
  verbs left out) or an eventive noun (`event_nouns`);
- the *main* mentions are the timeline events: the predicate of the main
  clause, or, after a reporting verb, of what was reported ("said that North
  Korea was likely to send troops" → "send"); and the predicate of every other
  clause that stands on its own — a coordinated clause with its own subject,
  or a clause carrying its own date ("which agreed the fund on Wednesday");
- the other mentions are secondary: they take part in coreference (an
  "explosion" in one article is the "blast" that "killed" in another) but
  make no timeline entry of their own.

Each mention knows the participants named in its arguments (subject, object,
agent, possessor), which the merge stage compares across articles.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from storyline.analyse.reporting import cue_lemma
from storyline.extract.event_dates import expression_head
from storyline.extract.event_nouns import is_event_noun, is_event_word
from storyline.model import EntityMention, TimeExpression

Lemmatizer = Callable[[Token], str]

_NOT_PREDICATES = frozenset({"be", "have", "get", "do", "seem", "appear", "become", "let", "according"})
_EVENT_WORD_POS = ("NOUN", "ADJ", "PROPN")  # the parts of speech `is_event_word` accepts
_OWN_CLAUSES = frozenset({"conj", "parataxis"})
_DATED_CLAUSES = frozenset({"relcl", "advcl", "conj", "parataxis", "ccomp", "acl"})
_CONTENT_DEPS = ("ccomp", "xcomp", "acomp", "attr", "oprd")
_MODALS = frozenset({"will", "would", "could", "may", "might", "should", "shall", "can", "'ll", "must"})
_IRREALIS_HEADS = frozenset(
    {
        "likely", "unlikely", "expect", "plan", "intend", "want", "try", "aim", "seek", "hope", "threaten",
        "prepare", "ready", "set", "due", "poised", "able", "going", "propose", "consider", "attempt",
    }
)  # fmt: skip
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "agent", "poss", "compound", "pobj", "dative"})


@dataclass(frozen=True, slots=True)
class Trigger:
    """One event mention: its head word, lemma ("" for a sentence's root standing in for a
    missing predicate: it names no kind of event), and whether it is a timeline event."""

    token: Token
    lemma: str
    main: bool

    @property
    def start(self) -> int:
        return self.token.idx

    @property
    def end(self) -> int:
        return self.token.idx + len(self.token.text)


def lower_lemma(token: Token) -> str:
    return token.lower_


def find_triggers(
    sentence: Span, expressions: list[TimeExpression], lemma: Lemmatizer = lower_lemma
) -> list[Trigger]:
    """The sentence's event mentions in text order; at least one main mention."""
    title_case = _title_case(sentence)
    candidates = {token.i: token for token in sentence if _is_predicate(token, lemma, title_case)}
    main = _main_predicate(sentence.root, candidates)
    mains = {main.i} if main is not None else set()
    dated = _clauses_with_own_date(sentence, expressions, candidates)
    for token in candidates.values():
        if token.i in mains or token.pos_ != "VERB":
            continue
        if (token.dep_ in _OWN_CLAUSES and _has_subject(token)) or token.i in dated:
            mains.add(token.i)
    stand_in = None
    if not mains:  # no predicate found: the sentence still states something; its root speaks for it
        stand_in = sentence.root
        candidates[stand_in.i] = stand_in
        mains.add(stand_in.i)
    return [
        Trigger(token, "" if token is stand_in else lemma(token).lower(), token.i in mains)
        for token in sorted(candidates.values(), key=lambda t: t.i)
        if not _inside_expression(token, expressions) or token.i in mains
    ]


def _is_predicate(token: Token, lemma: Lemmatizer, title_case: bool) -> bool:
    part_of_speech = token.pos_
    if part_of_speech == "VERB":
        return token.dep_ not in ("aux", "auxpass") and lemma(token).lower() not in _NOT_PREDICATES
    # only these parts of speech can be event words: the other words need no lemma
    return part_of_speech in _EVENT_WORD_POS and is_event_word(lemma(token), part_of_speech, title_case)


def _title_case(sentence: Span) -> bool:
    """A headline in title case: most of its words are capitalised."""
    words = [token for token in sentence if token.is_alpha and len(token) > 3]
    return len(words) >= 3 and sum(token.is_title for token in words) >= 0.8 * len(words)


def _main_predicate(root: Token, candidates: dict[int, Token]) -> Token | None:
    """The main clause's predicate; past a reporting verb, the predicate of what was reported."""
    content = _content_predicate(root, candidates, depth=0)
    if content is not None and (cue_lemma(root) is not None or root.i not in candidates):
        return content
    return root if root.i in candidates else content


def _content_predicate(token: Token, candidates: dict[int, Token], depth: int) -> Token | None:
    if depth > 4:
        return None
    for child in token.children:
        if child.dep_ in _CONTENT_DEPS:
            if child.i in candidates:
                return child
            found = _content_predicate(child, candidates, depth + 1)
            if found is not None:
                return found
    return None


def _has_subject(token: Token) -> bool:
    return any(child.dep_ in ("nsubj", "nsubjpass", "expl") for child in token.children)


def _clauses_with_own_date(
    sentence: Span, expressions: list[TimeExpression], candidates: dict[int, Token]
) -> set[int]:
    """Predicates of subordinate clauses that a time expression of their own dates."""
    owners: set[int] = set()
    for expression in expressions:
        verb = attached_verb(sentence, expression)
        if verb is not None and verb.i in candidates and verb.dep_ in _DATED_CLAUSES:
            owners.add(verb.i)
    return owners


def attached_verb(sentence: Span, expression: TimeExpression) -> Token | None:
    """The predicate a time expression dates: the verb of its clause, or an eventive noun
    ("the explosion on 20 April", "the explosion on the rig on 20 April", where the parse gives
    the date to the rig set beside it); None when a noun that names a thing owns it."""
    token = expression_head(sentence, expression)
    while token is not None and token.head.i != token.i:
        token = token.head
        if token.pos_ in ("VERB", "AUX") or _eventive(token):
            return token
        if token.pos_ in ("NOUN", "PROPN", "PRON"):
            return token.head if token.dep_ == "appos" and _eventive(token.head) else None
    return token


_NOBODY = frozenset({"no-one", "nobody", "none", "nothing"})


def _eventive(token: Token) -> bool:
    return token.pos_ == "NOUN" and is_event_noun(token.lower_)


def _inside_expression(token: Token, expressions: list[TimeExpression]) -> bool:
    return any(e.start <= token.idx < e.end for e in expressions)


def modality(trigger: Token, lemma: Lemmatizer = lower_lemma) -> str:
    """Whether the mention tells what happened ("actual"), what may or is meant to happen
    ("expected": "was likely to send", "will visit", "plans to sell") or what did
    not ("negated": "did not sink", "did not agree to pay", "no deaths", "no-one has died", "has not
    caused any deaths")."""
    if _negated(trigger):
        return "negated"
    token = trigger
    for _ in range(4):
        if any(child.dep_ == "aux" and child.lower_ in _MODALS for child in token.children):
            return "expected"
        if token.dep_ not in ("xcomp", "conj") or token.head.i == token.i:
            return "actual"
        token = token.head
        if any(child.dep_ == "neg" for child in token.children):
            return "negated"  # "did not agree to pay", "has not recommended ... raising the alert"
        if lemma(token).lower() in _IRREALIS_HEADS:
            return "expected"
    return "actual"


def _negated(trigger: Token) -> bool:
    for child in trigger.children:
        if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
            return True
        if child.dep_ in ("nsubj", "nsubjpass") and _nobody(child):
            return True
    head = trigger.head  # a thing that did not happen: "has not caused any deaths" (not a report that
    # was not confirmed: "could not confirm reports that ...")
    return (
        trigger.dep_ in ("dobj", "nsubjpass")
        and head.i != trigger.i
        and any(c.dep_ == "neg" for c in head.children)
        and cue_lemma(head) is None
    )


def _nobody(subject: Token) -> bool:
    """ "nobody", "none", "no one", "no-one" """
    if subject.lower_ in _NOBODY:
        return True
    return subject.lower_ == "one" and any(c.lower_ == "no" for c in subject.children)


def participants(trigger: Token, actors: list[EntityMention]) -> list[str]:
    """Canonical names of the actors and places among the mention's arguments."""
    spans: list[tuple[int, int]] = []
    for child in trigger.children:
        if child.dep_ in _ARGUMENT_DEPS or child.dep_ == "prep":
            for token in child.subtree if child.dep_ != "prep" else _objects(child):
                spans.append((token.idx, token.idx + len(token.text)))
    names: list[str] = []
    for actor in actors:
        if actor.canonical not in names and any(actor.start <= s < actor.end for s, _ in spans):
            names.append(actor.canonical)
    return names


def _objects(preposition: Token) -> list[Token]:
    return [token for child in preposition.children if child.dep_ == "pobj" for token in child.subtree]

"""Titles and roles in front of or beside a name: "President", "US Defence Secretary",
"Kyrylo Budanov, Head of Defence Intelligence of Ukraine".

Entity repair uses titles as evidence that a name is a person and to resolve
"the president" to the president named in context; attribution reports the
title of whoever makes a claim. Only the parse and a general list of title
words are used; this module does not decide who a name refers to.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

TITLE_WORDS = frozenset(
    {
        "president",
        "vice-president",
        "premier",
        "minister",
        "secretary",
        "chancellor",
        "king",
        "queen",
        "prince",
        "princess",
        "emperor",
        "pope",
        "governor",
        "mayor",
        "senator",
        "congressman",
        "congresswoman",
        "representative",
        "general",
        "admiral",
        "colonel",
        "lieutenant",
        "commander",
        "marshal",
        "chief",
        "head",
        "director",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "ambassador",
        "envoy",
        "chairman",
        "chairwoman",
        "chair",
        "ceo",
        "leader",
        "speaker",
        "judge",
        "prosecutor",
        "sheikh",
        "emir",
        "sultan",
        "commissioner",
        "adviser",
        "advisor",
        "officer",
        "official",
        "founder",
        "dictator",
        "cardinal",
        "archbishop",
        "bishop",
        "rabbi",
        "imam",
        "ayatollah",
        "monarch",
        "deputy",
        "mp",
        "lawmaker",
    }
)
_ENTITY_TYPES_NOT_IN_TITLES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"})
_TITLE_GLUE = frozenset({"of", "for", "'s", "’s", "-", "and"})
_HYPHENS = frozenset({"-", "‐", "–"})
_TITLE_OF = frozenset({"of", "for"})  # "Chief Executive of Cobalt International": the body the title is of


def is_title_word(token: Token) -> bool:
    return token.lower_ in TITLE_WORDS


def title_before(name: Span) -> Span | None:
    """The capitalised title run right before a name: "US Defence Secretary" Lloyd Austin. Not a title
    joined to the name by "of" or "for" ("Jim Farnsworth, Chief Executive of Cobalt International"): the
    name is the body the title is held at, not its holder."""
    doc = name.doc
    start = name.start
    while start > 0 and _in_title(doc[start - 1]):
        start -= 1
    while start < name.start and not _title_opening(doc[start]):
        start += 1
    if start == name.start or not any(is_title_word(t) for t in doc[start : name.start]):
        return None
    end = name.start
    while end > start and doc[end - 1].lower_ in _TITLE_GLUE:
        end -= 1
    if any(t.lower_ in _TITLE_OF for t in doc[end : name.start]):
        return None
    return doc[start:end]


def appositive_title(head: Token) -> Span | None:
    """A title or role set beside the name: "Kyrylo Budanov, Head of Defence Intelligence of
    Ukraine," or "Ian MacDonald, a biological oceanographer at Florida State University,"."""
    for child in head.children:
        if child.dep_ != "appos":
            continue
        subtree = child.doc[child.left_edge.i : child.right_edge.i + 1]
        if child.pos_ == "NOUN" or any(is_title_word(t) for t in subtree):
            return _trim_article(_trim_punct(subtree))
    return None


def hyphenated_start(token: Token) -> int:
    """Where the hyphenated word that ends at the token begins: "director-general", "Editor-in-Chief"
    (the parse splits them at each hyphen, and a title cut there reads "general" or "Chief")."""
    doc = token.doc
    start = token.i
    while start > 1 and doc[start - 1].text in _HYPHENS and _closed_up(doc[start - 2], doc[start - 1]):
        start -= 2
    return start


def _closed_up(before: Token, hyphen: Token) -> bool:
    return before.is_alpha and not before.whitespace_ and not hyphen.whitespace_


def _in_title(token: Token) -> bool:
    if token.ent_type_ in _ENTITY_TYPES_NOT_IN_TITLES or "\n" in token.text_with_ws:
        return False
    if token.lower_ in _TITLE_GLUE:
        return True
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if (
        token.is_alpha
        and following is not None
        and following.text in _HYPHENS
        and _closed_up(token, following)
    ):
        return True  # "in" of "Editor-in-Chief"
    return token.text[:1].isupper() and token.pos_ in ("PROPN", "NOUN", "ADJ")


def _title_opening(token: Token) -> bool:
    return token.lower_ not in _TITLE_GLUE


def _trim_article(span: Span) -> Span:
    if len(span) > 1 and span[0].lower_ in ("the", "a", "an"):
        return span[1:]
    return span


def _trim_punct(span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and span.doc[start].is_punct:
        start += 1
    while end > start and span.doc[end - 1].is_punct:
        end -= 1
    return span.doc[start:end]

"""Actors: named entities repaired and grouped under one canonical name.

`find_actors` takes spaCy's entities for one document and repairs them with the
parse, titles and consistency across the document: section labels read as
names are dropped, "Ukraine Volodymyr Zelenskyy" is split, "Kursk" +
"Oblast" is one place, a name the recogniser calls an organisation is a person
where the text shows one (an honorific, a person's role set beside it, "said he"),
a surname takes the label and full name of the person it abbreviates, "the
president" and subject pronouns point to the person named in context ("he"/"she"
to the nearest person of that gender who was the subject or speaker of a sentence
before, never to a name inside quotation marks, and to nobody when the sentence
before is about someone not named; a "he" or "she" that reported before goes on
as the same person, not as a name inside what was reported, and tells that
person's gender to the pronouns after it; "it" as the subject of "said" to the
organisation acting as subject (or a one-word name read as a nationality that reports,
"Transocean said"), never one named inside a quote; "her" in "AFP
quotes her as saying" as "she" would be), an acronym
points to the organisation it abbreviates, and a capital acting as a subject
stands for its state. `ActorRegistry` then maps each document's canonical
names onto collection-wide ones, incrementally (see `actor_registry`).

It does not resolve coreference beyond these patterns, and it does not decide
who asserts a claim (attribution does).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from operator import itemgetter

import numpy
from spacy.attrs import ORTH
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from storyline.analyse.actor_lexicon import (
    ADMIN_DIVISIONS,
    CAPITALS,
    COLLECTIVE_NOUNS,
    FEMININE,
    HONORIFICS,
    MASCULINE,
    ORG_ROLES,
    ORG_WORDS,
    PERSON_NOUNS,
    PERSON_SEX,
    PERSON_WORDS,
    PLACE_NOUNS,
)
from storyline.analyse.actor_registry import ActorRegistry
from storyline.analyse.doc_text import doc_text, span_text
from storyline.analyse.reporting import cue_lemma
from storyline.analyse.titles import TITLE_WORDS, appositive_title, title_before
from storyline.analyse.token_table import TokenTable, token_table
from storyline.analyse.verb_forms import BE_FORMS, FINITE_TAGS
from storyline.extract.quote_marks import quote_spans
from storyline.model import EntityMention

__all__ = ["ACTOR_LABELS", "CAPITALS", "PLACE_LABELS", "ActorRegistry", "find_actors", "places"]

ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_KEPT_LABELS = ACTOR_LABELS | PLACE_LABELS
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "PRODUCT", "WORK_OF_ART", "LOC", "FAC", "NORP"})
_SUBJECT_PRONOUNS = frozenset({"he", "she"})
_LISTED = 3  # people named in a caption list
_PRONOUN_REACH = 3  # sentences back a pronoun may reach for its person
_SPEAKER_REACH = 6  # ... and for a person introduced as the subject or speaker
_ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "agent", "conj"})
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
_SHOUTED_WORD = 5  # an all-capital word longer than this is shouted, not an acronym ("MEXICAN")
_SHIP_PREFIXES = frozenset({"USS", "USNS", "HMS", "RMS", "MV", "SS"})
_PREPOSITIONS = frozenset(
    {"via", "from", "with", "by", "after", "before", "during", "through", "amid", "despite"}
)
_OPENING_PREPOSITIONS = frozenset(
    {"besides", "behind", "beyond", "after", "before", "despite", "unlike", "like", "among", "amid",
     "against", "under", "over", "since", "although", "while", "because", "though", "during", "without",
     "within", "across", "along", "around", "near", "outside", "inside", "until", "unless", "with", "for",
     "from", "in", "on", "at", "by", "of", "as", "if", "through", "toward", "towards", "upon", "into",
     "following", "except", "beside", "throughout", "whereas"}
)  # fmt: skip
_ASIDE_WORDS = 14  # tokens an aside between a name and its verb may run to
_MEDIA_NOUNS = frozenset(
    {
        "website",
        "site",
        "network",
        "newspaper",
        "paper",
        "magazine",
        "channel",
        "broadcaster",
        "company",
        "firm",
    }
)
_BODY_NOUNS = frozenset(
    {"charity", "agency", "group", "organisation", "organization", "company", "firm", "ngo"}
)
_NO_END = 1 << 62
_QUOTES_KEY = "storyline.quote_spans"
_MARKS_AND_SPACE = " \t\n\"“”«»'‘’"
# a verb that makes a clause of the words around it: a finite one, or a base form (", to head for Haiti")
_CLAUSE_VERB_TAGS = FINITE_TAGS | {"VB"}


@dataclass(slots=True)
class _Candidate:
    start: int  # token indices, never changed
    end: int
    label: str
    canonical: str = ""
    _span: Span | None = field(default=None, repr=False, compare=False)  # `span(doc)`, made once

    def span(self, doc: Doc) -> Span:
        """`doc[start:end]`, made once (the repairs ask a candidate's span seven times on average), as
        a `Span` at once where the bounds need no clipping: spaCy's slice reads its bounds in Python
        first, which doubled the time of the most asked span of the actors."""
        span = self._span
        if span is None or span.doc is not doc:
            if 0 <= self.start <= self.end <= len(doc):
                span = Span(doc, self.start, self.end)
            else:
                span = doc[self.start : self.end]
            self._span = span
        return span

    def text(self, doc: Doc) -> str:
        """`span(doc).text`, cut from the text joined once (`span_text`; spaCy joins a span's text
        word by word, a `Token` made for each)."""
        return span_text(self.span(doc))


def find_actors(doc: Doc) -> list[EntityMention]:
    """Repaired entity mentions with in-document canonical names, in text order."""
    candidates = _initial_candidates(doc)
    candidates = _relabel(doc, candidates)
    candidates = _add_unlabelled_repeats(doc, candidates)
    joined = _full_names_after_given_name(doc, candidates)
    candidates.extend(_joined_given_names(candidates, joined))
    _assign_canonicals(doc, candidates, joined)
    candidates.extend(_aliases(doc, candidates))
    candidates.sort(key=lambda c: c.start)
    return [_mention(doc, c) for c in candidates]


def document_quotes(doc: Doc) -> list[tuple[int, int]]:
    """The character spans of the document's quotes, sorted; found once per parse (kept in its
    `user_data`), as naming actors and reading attributions both ask for them."""
    spans = doc.user_data.get(_QUOTES_KEY)
    if spans is None:
        spans = doc.user_data[_QUOTES_KEY] = sorted(quote_spans(doc_text(doc)))
    return spans


def places(mentions: list[EntityMention]) -> list[str]:
    """Canonical names of the places among `mentions` (GPE, LOC, FAC), once each."""
    return labelled_names(mentions, PLACE_LABELS)


def labelled_names(mentions: list[EntityMention], labels: Collection[str]) -> list[str]:
    """Canonical names of the mentions with one of `labels`, once each, in the order they come."""
    names: list[str] = []
    for mention in mentions:
        if mention.label in labels and mention.canonical not in names:
            names.append(mention.canonical)
    return names


# --- candidates from the NER, repaired span by span -------------------------


def _initial_candidates(doc: Doc) -> list[_Candidate]:
    candidates: list[_Candidate] = []
    alpha = token_table(doc).is_alpha  # a word of letters is `_lettered`: most names ask no `Token`
    for ent in doc.ents:
        label = ent.label_
        if label not in _NAME_LABELS or _is_section_label(ent):
            continue
        start, end = _trim(doc, ent.start, ent.end, label)
        lettered = any(alpha[start:end]) or any(_lettered(t) for t in doc[start:end])
        if not lettered or _shouted(doc, start, end):
            continue
        end, label = _extend_admin_division(doc, end, label)
        candidates.append(_Candidate(start, end, label))
    candidates.extend(_collective_claimants(doc, candidates))
    return _absorb_possessors(doc, _split_place_prefixes(doc, candidates))


def _lettered(token: Token) -> bool:
    """A word of letters, or letters joined by "&": "S&P" and "AT&T" are names, "$" and "--" are not
    (and "U.S." alone stays part of the name after it)."""
    return token.is_alpha or ("&" in token.text and token.text.replace("&", "").isalpha())


def _shouted(doc: Doc, start: int, end: int) -> bool:
    """A name in a headline or subhead set in capitals ("WHAT MEASURES IS THE MEXICAN GOVERNMENT
    TAKING?" gives "MEXICAN GOVERNMENT TAKING"): the words run into each other, and the shouted form
    must not name the actor. Short all-capital words alone are acronyms ("WHO", "BP"). The words from
    `start` to `end` are read from the token table and the text (`is_upper` is the text's `isupper`)."""
    table, text = token_table(doc), doc_text(doc)
    words = [i for i in range(start, end) if table.is_alpha[i]]
    return (
        len(words) > 1
        and all(text[table.start[i] : table.end[i]].isupper() for i in words)
        and any(table.length[i] > _SHOUTED_WORD for i in words)
    )


def _is_section_label(ent: Span) -> bool:
    """ "Background:" at the start of a line is a label, not a name."""
    doc = ent.doc
    if len(ent) != 1 or ent.end >= len(doc) or doc[ent.end].text != ":":
        return False  # asked first: most names have no colon after them
    return ent.start == 0 or "\n" in doc[ent.start - 1].text_with_ws or doc[ent.start - 1].is_space


def _trim(doc: Doc, start: int, end: int, label: str) -> tuple[int, int]:
    """Drop what the recogniser glued to a name: articles, a previous line, a shouted
    headline ("WEATHER HAMPERING FIGHT Hayward"), an unclosed bracket, a person's title or a verb."""
    for token in doc[start : end - 1]:
        if "\n" in token.whitespace_ or token.is_space or "/" in token.text or "\\" in token.text:
            start = token.i + 1
    while start < end and (doc[start].lower_ == "the" or doc[start].is_punct):
        start += 1
    opened = [i for i in range(start, end) if doc[i].text in ("(", "[")]
    if opened and not any(doc[i].text in (")", "]") for i in range(opened[0], end)):
        end = opened[0]  # "World Health Organisation (WHO": the bracket's abbreviation is no part of it
    while end > start and _trailing_mark(doc[end - 1]):
        end -= 1
    start = _after_headline_words(doc, start, end)
    if label == "PERSON" and doc[start].lower_ in _PREPOSITIONS:
        return start, start  # "Via Skype, the BBC spoke to ...": an adverbial taken for a person
    while label == "PERSON" and end - start > 1 and _not_part_of_a_name(doc[start]):
        start += 1
    if end - start > 1 and _opening_preposition(doc[start]):
        start += 1
    return start, end


def _trailing_mark(token: Token) -> bool:
    """A possessive's "'s", a mark or white space the recogniser left at a name's end."""
    return token.tag_ == "POS" or token.is_punct or token.is_space


def _opening_preposition(token: Token) -> bool:
    """ "Besides Mexico, the UK and Spain, there have also been confirmed cases", "Behind Hayward, five
    large flat-screen televisions ...": a preposition opening the sentence, which the recogniser took into
    the name after it (and the registry then gave every later "Mexico" the longer name). Only a word
    that is a preposition in any case (not "Barack" tagged as one), and only at a sentence's start (not
    "BP's Beyond Petroleum campaign")."""
    opening = token.is_sent_start or (token.i > 0 and token.doc[token.i - 1].is_space)
    return opening and token.tag_ == "IN" and token.lower_ in _OPENING_PREPOSITIONS


def _after_headline_words(doc: Doc, start: int, end: int) -> int:
    shouted = start
    while shouted < end and doc[shouted].is_upper and len(doc[shouted]) > 1:
        shouted += 1
    return shouted if shouted - start >= 2 and shouted < end else start


def _not_part_of_a_name(token: Token) -> bool:
    """Honorifics, titles and words that are no proper nouns ("Globally", "Blaming")."""
    if token.lower_.rstrip(".") in HONORIFICS or token.lower_ in TITLE_WORDS:
        return True
    return token.tag_.startswith(("VB", "RB", "DT", "CC")) or not token.text[:1].isupper()


def _extend_admin_division(doc: Doc, end: int, label: str) -> tuple[int, str]:
    """ "Kursk" + "Oblast": the division word belongs to the place name."""
    if end < len(doc) and doc[end].lower_ in ADMIN_DIVISIONS and doc[end].text[:1].isupper():
        return end + 1, "LOC" if label != "GPE" else label
    return end, label


def _collective_claimants(doc: Doc, candidates: list[_Candidate]) -> list[_Candidate]:
    """ "South Korean intelligence": a nationality and an institution act as one claimant."""
    found = []
    for candidate in candidates:
        if candidate.label != "NORP" or candidate.end >= len(doc):
            continue
        noun = doc[candidate.end]
        if noun.lower_ in COLLECTIVE_NOUNS:
            found.append(_Candidate(candidate.start, candidate.end + 1, "ORG"))
    return found


def _absorb_possessors(doc: Doc, candidates: list[_Candidate]) -> list[_Candidate]:
    """ "South Korea's Ministry of Defence": the state owning an organisation is part of its name."""
    result: list[_Candidate] = []
    for candidate in candidates:
        owner = result[-1] if result else None
        if (
            owner is not None
            and candidate.label == "ORG"
            and owner.label in ("GPE", "NORP")
            and owner.end + 1 == candidate.start
            and doc[owner.end].tag_ == "POS"
        ):
            result[-1] = _Candidate(owner.start, candidate.end, "ORG")
        else:
            result.append(candidate)
    return result


def _split_place_prefixes(doc: Doc, candidates: list[_Candidate]) -> list[_Candidate]:
    """ "Ukraine Volodymyr Zelenskyy" as one entity: a place glued to a name, known as a place
    elsewhere in the document or closing a title ("President of Ukraine Volodymyr Zelenskyy")."""
    place_names = {c.text(doc) for c in candidates if c.label == "GPE"}
    result = []
    for candidate in candidates:
        if candidate.label == "GPE" or candidate.end - candidate.start <= 2:  # most: asked nothing further
            result.append(candidate)
            continue
        first = doc[candidate.start]
        rest_is_name = all(t.pos_ == "PROPN" for t in doc[candidate.start + 1 : candidate.end])
        place = first.text in place_names or _closes_title(doc, candidate.start)
        if place and rest_is_name:
            result.append(_Candidate(candidate.start, candidate.start + 1, "GPE"))
            result.append(_Candidate(candidate.start + 1, candidate.end, candidate.label))
        else:
            result.append(candidate)
    return _without_nested(result)


def _closes_title(doc: Doc, start: int) -> bool:
    """The word after "<Title> of": "President of" Ukraine."""
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in TITLE_WORDS


def _without_nested(candidates: list[_Candidate]) -> list[_Candidate]:
    """Drop a candidate inside a longer one ("South Korean" inside "South Korean intelligence")."""
    ordered = sorted(candidates, key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[_Candidate] = []
    for candidate in ordered:
        if kept and candidate.start < kept[-1].end:
            continue
        kept.append(candidate)
    return kept


# --- labels made consistent across the document ------------------------------


def _relabel(doc: Doc, candidates: list[_Candidate]) -> list[_Candidate]:
    person_surnames = _person_surnames(doc, candidates)
    people = {c.text(doc) for c in candidates if c.label == "PERSON"}
    given = _given_names(doc, candidates)
    result = []
    for candidate in candidates:
        label = _repaired_label(doc, candidate, person_surnames)
        if label in ("LOC", "FAC") and _named_as_person(candidate.span(doc), people):
            label = "PERSON"
        if label in ("ORG", "LOC", "FAC") and _given_name_alone(candidate, doc, given):
            label = "PERSON"
        if label in _KEPT_LABELS:
            candidate.label = label
            result.append(candidate)
    return result


def _given_names(doc: Doc, candidates: list[_Candidate]) -> dict[str, int]:
    """The first word of each person's full name ("Brine" of "Brine Cedernier"), with where it is first
    named in full."""
    first: dict[str, int] = {}
    for candidate in candidates:
        span = candidate.span(doc)
        if candidate.label != "PERSON" or len(span) < 2 or not _name_shaped(span) or _looks_like_org(span):
            continue
        if span[0].pos_ == "PROPN" and span[0].lower_ not in TITLE_WORDS and not _honorific(span[0]):
            first.setdefault(span[0].text, candidate.start)
    return first


def _given_name_alone(candidate: _Candidate, doc: Doc, given: dict[str, int]) -> bool:
    """ "Lying in his bed ..., Brine Cedernier knows ... . Until two days ago, Brine supported them both":
    a given name alone, after the person was named in full, is that person, however the recogniser
    labelled it (an organisation here, which left the "he" after it to the nephew named between)."""
    span = candidate.span(doc)
    if len(span) != 1 or not span[0].is_title or _looks_like_org(span):
        return False
    return given.get(span[0].text, candidate.start) < candidate.start


def _named_as_person(span: Span, people: set[str]) -> bool:
    """ "... can mean the most needy go without Adrien Tomarchio, of French agency Acted, told the BBC":
    a full name the document gives a person elsewhere is that person, not a place it was read as."""
    return len(span) > 1 and span_text(span) in people


def _person_surnames(doc: Doc, candidates: list[_Candidate]) -> set[str]:
    """Last names of whatever reads as a person somewhere in the document."""
    votes: Counter[str] = Counter()
    named: set[str] = set()
    for candidate in candidates:
        span = candidate.span(doc)
        if _looks_like_org(span) or candidate.label in ("GPE", "LOC", "NORP") or not _name_shaped(span):
            continue
        surname = span[-1].text
        if candidate.label == "PERSON" and len(span) > 1:
            votes[surname] += 2
            if span[0].lower_ not in TITLE_WORDS and span[0].pos_ == "PROPN":
                named.add(surname)  # "Tony Hayward" names him: "Hayward" alone is he, however tagged
        if _has_person_title(span):
            votes[surname] += 2
        if candidate.label != "PERSON" and _shown_as_person(span):
            named.add(surname)  # "Keiji Fukuda, acting WHO assistant director-general," however tagged
        if candidate.label == "PERSON":
            votes[surname] += 1
        elif candidate.label == "ORG":
            votes[surname] -= 1
    return named | {name for name, score in votes.items() if score > 0}


def _shown_as_person(span: Span) -> bool:
    """What the text says of a name only a person can be, read off the words (the parse of such a
    sentence is often broken): an honorific before it ("Dr. Keiji Fukuda"), a person's role set
    beside it ("Keiji Fukuda, acting WHO assistant director-general,") or "he"/"she" as the subject
    of what it says ("Fukuda said he expected ...")."""
    doc = span.doc
    if not all(t.pos_ == "PROPN" for t in span) or _looks_like_org(span):
        return False  # "Across China, a Mexican man ...", "the Navy, a former governor of Mississippi"
    honorific = [doc[span.start - 1]] if span.start > 0 else []
    if any(_honorific(t) for t in [*honorific, span[0]]):
        return True
    if _role_beside(span):
        return True
    verb = span.root.head
    if span.root.dep_ != "nsubj" or cue_lemma(verb) != "say":
        return False  # not "Reuters asked him how he was coping"
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    return any(c.dep_ == "nsubj" and c.lower_ in _SUBJECT_PRONOUNS for s in clauses for c in s.children)


def _honorific(token: Token) -> bool:
    return token.text[:1].isupper() and token.lower_.rstrip(".") in HONORIFICS


_ASIDE_REACH = 20  # the most words of an aside after a name read for a second role


def _role_beside(span: Span) -> bool:
    """ ", chief executive of Afren,", ", Professor of Law at Boston College": the words set off after the
    name end, before any preposition, in a title or a word for a person."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return False
    words: list[Token] = []
    for token in doc[span.end + 1 : span.end + 10]:
        if token.text in (",", ".", ";", ":", "--", "(", ")") or token.pos_ == "ADP":
            break
        if (token.tag_.startswith("W") and not token.is_upper) or token.tag_ in _CLAUSE_VERB_TAGS:
            return False  # ", who said ...", ", to head for Haiti": a clause, not a role
        words.append(token)
    last = words[-1] if words else None  # ", Professor of Law at Boston College Law School,": capitalised
    roles = TITLE_WORDS | PERSON_NOUNS
    return (last is not None and (last.is_lower or last.is_title) and last.lower_ in roles) or _second_role(
        doc[span.end + 1 : span.end + _ASIDE_REACH]
    )


def _second_role(aside: Span) -> bool:
    """A word for a person joined to the first role of an aside ("Pacitti, the goalkeeper for their
    six-a-side team FC Mallard and a clerical worker at Falkirk Royal Infirmary,")."""
    joined = False
    for token in aside:
        if token.text in (",", ".", ";", ":", "--", "(", ")") or token.tag_ in _CLAUSE_VERB_TAGS:
            return False
        if token.lower_ == "and":
            joined = True
        elif joined and token.pos_ == "NOUN":
            return token.is_lower and token.lower_ in PERSON_NOUNS
        elif joined and token.pos_ not in ("DET", "ADJ"):
            joined = False
    return False


def _name_shaped(span: Span) -> bool:
    """One to four capitalised words, none shouted ("NHS Greater Glasgow" is no person)."""
    return len(span) <= 4 and all(t.text[:1].isupper() and not (t.is_upper and len(t) > 1) for t in span)


def _repaired_label(doc: Doc, candidate: _Candidate, person_surnames: set[str]) -> str:
    span = candidate.span(doc)
    if span[0].text in _SHIP_PREFIXES or (span.start > 0 and doc[span.start - 1].text in _SHIP_PREFIXES):
        return "PRODUCT"  # "the USS Carl Vinson": a ship, no one "he" can stand for
    if candidate.label == "PERSON" and span.start > 0 and doc[span.start - 1].lower_ in _MEDIA_NOUNS:
        return "ORG"  # "the social networking website Twitter", "the newspaper Le Monde": not a person
    if candidate.label == "LOC" and len(span) == 1 and span[0].text in person_surnames:
        return "PERSON"  # "Hayward was accompanied by ..." where Tony Hayward is named: not the town
    if candidate.label in ("LOC", "FAC") and span.start > 0 and doc[span.start - 1].lower_ in _BODY_NOUNS:
        return "ORG"  # "UK-based charity Oxfam has urged ...": a body the word before it names, not a place
    if candidate.label in ("LOC", "FAC", "NORP"):
        return candidate.label
    if candidate.label == "PERSON" and _common_word_opening(doc, span):
        return "PRODUCT"  # "Seeps might also explain why ..., he said": a thing, no one "he" can stand for
    if _looks_like_org(span):
        return "ORG"
    capital = span_text(span).lower() in CAPITALS
    if capital or (candidate.label == "GPE" and span[-1].text not in person_surnames):
        return "GPE"
    if _plural_common_name(doc, span, candidate.label) and not (
        candidate.label == "PERSON" and _has_person_title(span)
    ):
        return "PRODUCT"  # not "Doug Suttles, BP's chief operating officer ...", a man with a role
    if all(t.pos_ == "PROPN" or t.text[:1].isupper() for t in span) and span[-1].text in person_surnames:
        return "PERSON"
    if candidate.label == "ORG" and len(span) > 1 and _name_shaped(span) and _after_person_noun(doc, span):
        return "PERSON"
    return candidate.label


def _common_word_opening(doc: Doc, span: Span) -> bool:
    """ "Seeps might also explain why ...", where the story speaks of "seeps" throughout: one word
    capitalised only because it opens a sentence, written in lower case elsewhere in the story and
    nowhere capitalised within a sentence, is a common noun the recogniser took for a name."""
    if len(span) != 1 or not span[0].is_sent_start or not span[0].is_title:
        return False
    word = span[0].lower_
    lower = token_table(doc).lower  # a token only for the same word: not one per word of the story
    same = [doc[i] for i in _positions(lower, word) if i != span.start]
    return any(t.is_lower for t in same) and all(t.is_lower or t.is_sent_start for t in same)


def _positions(words: list[str], word: str) -> Iterator[int]:
    """Where `word` stands in `words`, in order: found by `list.index`, which compares in C (a
    sentence's first word is asked of every word of its story)."""
    at = -1
    while True:
        try:
            at = words.index(word, at + 1)
        except ValueError:
            return
        yield at


def _after_person_noun(doc: Doc, span: Span) -> bool:
    """ "oysterman Kuzma Tesvich", "fisherman Acy Cooper": a name after a word for a person is one."""
    if span.start == 0:
        return False
    before = doc[span.start - 1]
    word = before.lower_
    person = word in PERSON_NOUNS or (word.endswith("man") and len(word) > len("woman"))
    return before.is_lower and before.pos_ == "NOUN" and person


def _looks_like_org(span: Span) -> bool:
    """An organisation word in the name, or one beside it ("Cameron International, the company")."""
    if any(t.lower_ in ORG_WORDS for t in span):
        return True
    role = appositive_title(span.root)
    if role is None or any(t.lower_ in TITLE_WORDS for t in role):
        return False
    return role.root.lower_ in ORG_ROLES


def _plural_common_name(doc: Doc, span: Span, label: str) -> bool:
    """ "the Shaheds": a plural name is a kind of thing, not a person. Not a firm's name of several
    words that ends in a plural, which the recogniser calls an organisation and no article opens
    ("Lehman Brothers filed for bankruptcy", "General Motors said"): read as a thing, the firm was
    no participant of its own events, and reports of its bankruptcy shared no name."""
    last = span[-1]
    if not (last.tag_ in ("NNS", "NNPS") and last.text.endswith("s")):
        return False
    firm = (
        label == "ORG"
        and len(span) > 1
        and all(token.tag_ == "NNP" for token in span[:-1])
        and (span.start == 0 or doc[span.start - 1].lower_ not in _ARTICLES)
    )
    return not firm


def _has_person_title(span: Span) -> bool:
    return title_before(span) is not None or appositive_title(span.root) is not None


def _add_unlabelled_repeats(doc: Doc, candidates: list[_Candidate]) -> list[_Candidate]:
    """A known person's surname, a one-word organisation ("BP began pressure tests ...", after "BP's
    latest effort") or a one-word capital the NER missed elsewhere in the document. A surname keeps
    the given name the NER missed before it: "Frank Thorp" is not "Jillian Thorp" named elsewhere."""
    names = {doc[c.end - 1].text for c in candidates if c.label == "PERSON"}
    bodies = {doc[c.start].text for c in candidates if c.label == "ORG" and c.end - c.start == 1}
    covered = {i for c in candidates for i in range(c.start, c.end)}
    extra = []
    # the words read from the token table and the text, a `Token` made only for a word to test further:
    # a loop over `doc` made one for each word of the article
    table, text = token_table(doc), doc_text(doc)
    for i, (start, end) in enumerate(zip(table.start, table.end, strict=True)):
        if not text[start : start + 1].isupper() or i in covered:
            continue
        word = text[start:end]
        if word in names:
            given = _given_name_left_out(doc, i) is not None and i - 1 not in covered
            extra.append(_Candidate(i - 1 if given else i, i + 1, "PERSON"))
        elif word in bodies and len(word) > 1 and table.dep[i] != "compound" and _read_as_name(doc[i]):
            extra.append(_Candidate(i, i + 1, "ORG"))
        elif table.pos[i] == "PROPN" and table.lower[i] in CAPITALS:
            extra.append(_Candidate(i, i + 1, "GPE"))
    return sorted(candidates + extra, key=lambda c: c.start)


def _read_as_name(token: Token) -> bool:
    """A proper noun, or an organisation's acronym the parse read as a word ("In the past, WHO defined an
    influenza pandemic as ...": "WHO" as the pronoun), in a sentence not shouted."""
    if token.pos_ == "PROPN":
        return True
    shouted = sum(t.is_upper for t in token.sent if t.is_alpha) > 1
    return token.is_upper and token.pos_ == "PRON" and not shouted


# --- canonical names within the document -------------------------------------


def _assign_canonicals(doc: Doc, candidates: list[_Candidate], joined: frozenset[int]) -> None:
    _person_canonicals(doc, [c for c in candidates if c.label == "PERSON"], joined)
    acronyms = _acronym_expansions(doc, candidates)
    for candidate in candidates:
        text = candidate.text(doc)
        if candidate.label == "PERSON":
            continue
        if candidate.label == "ORG" and text in acronyms:
            candidate.canonical = acronyms[text]
        elif candidate.label == "GPE" and text.lower() in CAPITALS and _acts(candidate.span(doc)):
            candidate.canonical = CAPITALS[text.lower()]
        else:
            candidate.canonical = _normal_name(text)


def _person_canonicals(doc: Doc, people: list[_Candidate], joined_names: frozenset[int]) -> None:
    """Each person mention named by the fullest name it abbreviates: "Budanov" and "Mr Budanov"
    by "Kyrylo Budanov", a given name used alone ("Charlie") by the one full name it begins.
    With two such names ("Barack Obama", "Michelle Obama") the nearest one before wins.
    `joined_names`: the starts of the full names a given name is joined to ("Dawn Askham" of "Iain
    and Dawn Askham", `_full_names_after_given_name`)."""
    full = [
        (p.start, _words(p.span(doc)))
        for p in people
        if p.end - p.start > 1 and _name_shaped(p.span(doc)) and not _headline_word(doc[p.start])
    ]
    by_surname: dict[str, list[tuple[int, list[str]]]] = {}
    by_given: dict[str, list[tuple[int, list[str]]]] = {}
    joined: dict[int, str] = {}  # "Iain" of "Iain and Dawn Askham": the surname he shares
    for start, words in full:
        if start in joined_names:
            joined[start - 2] = words[-1]
        else:
            by_surname.setdefault(words[-1], []).append((start, words))
        by_given.setdefault(words[0], []).append((start, words))
    genders = _subject_genders(doc, [p for p in people if p.end - p.start > 1])
    for person in people:
        words = _words(person.span(doc))
        if person.start in joined and len(words) == 1:
            person.canonical = f"{words[0]} {joined[person.start]}"
            continue
        fuller = [(s, w) for s, w in by_surname.get(words[-1], []) if w[-len(words) :] == words]
        people_word = _people_word_left_out(doc, person, fuller)
        fuller = [] if people_word else _of_honorific_gender(doc, person.start, fuller, genders)
        given = _given_name_left_out(doc, person.start) or people_word
        if not fuller and len(words) == 1 and given is None:
            fuller = by_given.get(words[0], [])
        person.canonical = " ".join(_nearest_name(person.start, fuller) or ([given] if given else []) + words)


def _full_names_after_given_name(doc: Doc, candidates: list[_Candidate]) -> frozenset[int]:
    """The starts of the full names with another given name joined before them (`_given_name_joined`):
    read once, for the given names' own mentions and for the surname's canonical name."""
    return frozenset(
        c.start
        for c in candidates
        if c.label == "PERSON" and c.end - c.start > 1 and _given_name_joined(doc, c.start)
    )


def _joined_given_names(candidates: list[_Candidate], joined: frozenset[int]) -> list[_Candidate]:
    """The given name the recogniser left out before "and" and a full name ("Iain" of "Iain and Dawn
    Askham"): a person of his own."""
    covered = {i for c in candidates for i in range(c.start, c.end)}
    return [
        _Candidate(start - 2, start - 1, "PERSON") for start in sorted(joined) if start - 2 not in covered
    ]


def _given_name_joined(doc: Doc, start: int) -> bool:
    """A full name with another given name joined before it ("Iain and Dawn Askham") names two people of
    one surname: the surname alone ("Askham told the Daily Record") is either, so it names neither. Not
    the last two of a list of names ("Beastie Boys, Klaxons and Pearl Jam") nor a band's ("U2 and Jay-Z")."""
    if start < 2 or doc[start - 1].lower_ != "and":
        return False
    given = doc[start - 2]
    alone = start < 3 or (doc[start - 3].pos_ != "PROPN" and not _listed_after_name(doc, start - 2))
    named = (
        given.pos_ == "PROPN"
        and given.is_title
        and given.is_alpha
        and not given.ent_type_
        and given.lower_ not in TITLE_WORDS
    )
    return named and alone and not _headline_word(given) and not _surname_elsewhere_in(doc, given)


def _listed_after_name(doc: Doc, index: int) -> bool:
    """Whether the word follows a name and a comma, as an item of a list ("Boys, Klaxons"); not a word set
    beside a noun ("the couple, Iain and Dawn Askham")."""
    return index >= 2 and doc[index - 1].text == "," and doc[index - 2].pos_ == "PROPN"


def _surname_elsewhere_in(doc: Doc, word: Token) -> bool:
    """Whether the word ends a name the recogniser found elsewhere ("Smith and John Brown": Smith's)."""
    return any(ent.label_ == "PERSON" and ent[-1].text == word.text for ent in doc.ents)


def _subject_genders(doc: Doc, full: list[_Candidate]) -> dict[str, str]:
    """ "Frank Thorp, a US citizen in Haiti, says he drove ...": a full name as the subject of its sentence
    takes the gender of the first "he"/"she"/"his"/"her" after it there, outside quotation marks."""
    quotes = document_quotes(doc)
    genders: dict[str, str] = {}
    for person in full:
        span = person.span(doc)
        if span.root.dep_ not in ("nsubj", "nsubjpass"):
            continue
        after = doc[person.end : span.root.sent.end]
        pronoun = next(
            (t for t in after if t.lower_ in _PRONOUN_GENDER and not _in_quotes(quotes, t.idx)), None
        )
        if pronoun is not None:
            genders.setdefault(" ".join(_words(span)), _PRONOUN_GENDER[pronoun.lower_])
    return genders


_PRONOUN_GENDER = {"he": "m", "his": "m", "him": "m", "she": "f", "her": "f"}


def _of_honorific_gender(
    doc: Doc, start: int, fuller: list[tuple[int, list[str]]], genders: dict[str, str]
) -> list[tuple[int, list[str]]]:
    """ "Mr Thorp" after "Frank Thorp" (a he) and "Jillian Thorp" (not known to be one) is Frank Thorp:
    of two full names, the one person known to have the honorific's gender."""
    if start == 0 or len({" ".join(w) for _, w in fuller}) < 2 or not _honorific(doc[start - 1]):
        return fuller
    honorific = doc[start - 1].lower_.rstrip(".")
    gender = "m" if honorific in MASCULINE else "f" if honorific in FEMININE else None
    matching = [(s, w) for s, w in fuller if genders.get(" ".join(w)) == gender]
    return matching if gender and len({" ".join(w) for _, w in matching}) == 1 else fuller


def _given_name_left_out(doc: Doc, start: int) -> str | None:
    """The given name right before a name the recogniser cut it from ("1136 Prospery Raymond, a Christian
    Aid staff member": "Raymond" alone is his surname, not the given name of Raymond Joseph named
    elsewhere on the page)."""
    if start == 0 or doc[start].is_sent_start:
        return None
    before = doc[start - 1]
    named = before.pos_ == "PROPN" and before.is_title and not before.ent_type_ and not _honorific(before)
    return before.text if named and before.lower_ not in TITLE_WORDS and not _headline_word(before) else None


def _people_word_left_out(doc: Doc, person: _Candidate, fuller: list[tuple[int, list[str]]]) -> str | None:
    """The first word of a one-word name that the recogniser read as a people's adjective, when the
    fuller names ending in that word have another word before it: "according to Swiss Re" names Swiss
    Re, not Munich Re named earlier on the page. Only a word the recogniser left out of every name (found
    as the fuller name's repeat): one it named apart from the adjective ("Republican Palin" after "Sarah
    Palin") is the fuller name's bearer described."""
    if person.end - person.start > 1 or person.start == 0 or doc[person.start].is_sent_start or not fuller:
        return None
    before = doc[person.start - 1]
    if any(len(words) > 1 and words[-2] == before.text for _, words in fuller):
        return None
    one_word = before.ent_type_ == "NORP" and before.ent_iob_ == "B" and doc[person.start].ent_iob_ == "O"
    return before.text if one_word and before.is_title and before.whitespace_ else None


def _headline_word(token: Token) -> bool:
    """ "Behind Hayward": a headline's word run into a name, not a given name."""
    return token.lower_ in STOP_WORDS and token.lower_ not in TITLE_WORDS


def _words(span: Span) -> list[str]:
    return [t.text for t in span if not t.is_space]


def _nearest_name(index: int, names: list[tuple[int, list[str]]]) -> list[str] | None:
    """The name mentioned nearest before `index` (else the first), in its longest form: "Ms Jean" after
    "Michaelle Jean" is she, though "Rapper Wyclef Jean", a longer name, came earlier on the page."""
    if not names:
        return None
    before = [words for start, words in names if start <= index]
    nearest = before[-1] if before else names[0][1]
    forms = [
        words for _, words in names if words[-len(nearest) :] == nearest or nearest[-len(words) :] == words
    ]
    return max(forms, key=len)


def _acronym_expansions(doc: Doc, candidates: list[_Candidate]) -> dict[str, str]:
    """ "NIS" → "National Intelligence Service" when the initials of an organisation named before the
    abbreviation's first use match ("BP" is not "Barataria Pass", named only later in a BP story)."""
    organisations = [c.span(doc) for c in candidates if c.label == "ORG"]
    by_initials: dict[str, tuple[int, str]] = {}
    for span in organisations:
        if len(span) > 1:
            by_initials.setdefault(_initials(span), (span.start, _normal_name(span_text(span))))
    texts = [span_text(span) for span in organisations]
    acronyms = {text for text in texts if _ACRONYM.match(text) and text in by_initials}
    first_use = _first_uses(doc, acronyms)  # however the recogniser labelled its first use
    return {short: by_initials[short][1] for short, used in first_use.items() if by_initials[short][0] < used}


def _first_uses(doc: Doc, texts: set[str]) -> dict[str, int]:
    """The index of the first word written as each of `texts` (those the parse has), in the order
    of those words: found in the parse's word ids (`ORTH`), with no `Token` made per word."""
    if not texts:
        return {}
    words = doc.to_array(ORTH)
    found = {}
    for text in texts:
        at = numpy.flatnonzero(words == doc.vocab.strings[text])
        if len(at):
            found[text] = int(at[0])
    return dict(sorted(found.items(), key=itemgetter(1)))


def _initials(span: Span) -> str:
    return "".join(t.text[0] for t in span if t.text[:1].isupper())


def _acts(span: Span) -> bool:
    """A capital as subject or possessor stands for its state ("Pyongyang had sent")."""
    return span.root.dep_ in _ACTING_DEPS and not (span.root.dep_ == "conj" and span.root.head.dep_ == "pobj")


def _normal_name(text: str) -> str:
    return " ".join(text.replace("’", "'").split())


# --- "the president", "the ministry", "he": aliases resolved in context ------


@dataclass(slots=True)
class _Context:
    """What aliases are resolved against: named people and organisations, with clues."""

    people: list[_Candidate]
    organisations: list[_Candidate]
    roles: dict[str, dict[str, set[str]]]  # person's canonical name → role head → role words
    genders: dict[str, str]  # canonical → "m" or "f" where the text tells
    sentence_starts: list[int]
    quotes: list[tuple[int, int]] = field(default_factory=list)  # character spans of direct quotes
    states: list[_Candidate] = field(default_factory=list)  # named countries and cities
    open_starts: list[int] = field(default_factory=list)  # starts of sentences not inside a quote
    resolved: dict[int, _Candidate | None] = field(default_factory=dict)  # "he"/"she" outside quotes → whom
    titled: dict[int, _Candidate] = field(default_factory=dict)  # "the president" → the person it names
    # `_named_aside` of each person mention asked, by its start and end
    aside: dict[tuple[int, int], bool] = field(default_factory=dict)

    def quoted(self, offset: int) -> bool:
        return _in_quotes(self.quotes, offset)

    def sentence_start(self, index: int) -> int:
        """`doc[index].sent.start`, found among the sentences' starts (`Token.sent` walks back to it)."""
        return self.sentence_starts[bisect_right(self.sentence_starts, index) - 1]

    def holders(self, role_head: str, words: set[str]) -> list[_Candidate]:
        """Mentions of people who hold the role "the <words>" (in text order)."""
        return (
            [p for p in self.people if words <= self.roles.get(p.canonical, {}).get(role_head, set())]
            if any(role_head in roles for roles in self.roles.values())
            else []
        )


def _person_roles(doc: Doc, people: list[_Candidate]) -> dict[str, dict[str, set[str]]]:
    """Each person's titles and roles as head noun → words: "Prime Minister Gordon Brown" gives
    minister → {prime, minister}; "George Clooney, the actor," gives actor → {actor}."""
    roles: dict[str, dict[str, set[str]]] = {}
    for person in people:
        span = person.span(doc)
        heads = roles.setdefault(person.canonical, {})
        before = title_before(span)
        if before is not None:
            head = ([t for t in before if t.lower_ in TITLE_WORDS] or [before[-1]])[-1]
            heads.setdefault(head.lower_, set()).update(t.lower_ for t in before if t.is_alpha)
        beside = appositive_title(span.root)
        if beside is not None and beside.root.lower_ not in PLACE_NOUNS:  # a place tagged as a person
            head = beside.root
            words = {t.lower_ for t in head.lefts if t.is_alpha and t.dep_ != "det"}
            heads.setdefault(head.lower_, set()).update(words | {head.lower_})
    return roles


def _in_quotes(quotes: list[tuple[int, int]], offset: int) -> bool:
    """Whether a character offset lies inside one of the sorted quote spans."""
    index = bisect_right(quotes, (offset, _NO_END)) - 1
    return index >= 0 and offset < quotes[index][1]


def _genders(
    doc: Doc, people: list[_Candidate], quotes: list[tuple[int, int]], sentences: list[Span]
) -> dict[str, str]:
    """ "he"/"his" or "she"/"her" in a sentence naming only one person tells that person's gender;
    not in the words the sentence quotes ('"She was all pumped," James said': she is someone else)."""
    votes: dict[str, Counter[str]] = {}
    by_sentence: dict[int, set[str]] = {}
    starts = [sentence.start for sentence in sentences]
    for person in people:  # in the sentence that starts last at or before the name (`Token.sent`)
        by_sentence.setdefault(starts[bisect_right(starts, person.start) - 1], set()).add(person.canonical)
    before: set[str] = set()
    table = token_table(doc)  # each word of a sentence read as its values, no `Token` made for it
    lower, dep, offset = table.lower, table.dep, table.start
    for sentence in sentences:
        named = by_sentence.get(sentence.start, set())
        if len(named) == 1:
            counter = votes.setdefault(next(iter(named)), Counter())
            counter.update(
                "m" if lower[i] in MASCULINE else "f"
                for i in range(sentence.start, sentence.end)
                if lower[i].rstrip(".") in _GENDERED
                and not _in_quotes(quotes, offset[i])
                and not _object(lower[i], dep[i])
            )
        elif not named and len(before) == 1:  # "Barbara Stocking ... said ... . She said the charity ..."
            first = next((t for t in sentence if not t.is_space), None)
            opening = next((t for t in sentence if not t.is_punct and not t.is_space), None)
            quoted = first is not None and first.is_quote  # '"She was cool," he says': someone else's she
            if (
                opening is not None
                and not quoted
                and opening.lower_ in ("he", "she")
                and opening.dep_ == "nsubj"
            ):
                votes.setdefault(next(iter(before)), Counter()).update("m" if opening.lower_ == "he" else "f")
        before = named
    genders = {name: counter.most_common(1)[0][0] for name, counter in votes.items() if counter}
    for person in people:  # "A widow of one of the 11 workers who died, Natalie Roshto, told the hearing
        sex = _described_sex(person.span(doc))  # that he had been anxious": the "he" is someone else
        if sex:
            genders[person.canonical] = sex
    return genders


_ARTICLES = frozenset({"a", "an", "the"})


def _described_sex(name: Span) -> str:
    """The sex a word for a person set beside a name in apposition tells ("A widow ..., Natalie Roshto",
    "Natalie Roshto, a widow"): "m", "f" or "". Only a description with an article: "his daughter Malia"
    or "Her son Jack" tells of someone else's family, and "UN spokesman Elisabeth Byrs" may be a title
    used for anyone."""
    root = name.root
    words = [root.head] if root.dep_ == "appos" else []
    words += [c for c in root.children if c.dep_ == "appos"]
    described = [w for w in words if w.pos_ == "NOUN" and any(c.lower_ in _ARTICLES for c in w.children)]
    sexes = {PERSON_SEX.get(w.lower_, "") for w in described} - {""}
    return ("m" if sexes == {"male"} else "f") if len(sexes) == 1 else ""


_GENDERED = MASCULINE | FEMININE  # joined once: asked of every word of a sentence naming one person


def _object(lower: str, dep: str) -> bool:
    """ "him" or "her" as an object (a word's `lower_` and `dep_`) is someone the sentence's person acts on
    ('"She just said ...," said Samuel Bernes, head of the rescue team that discovered her'), not that
    person."""
    return lower in ("him", "her") and dep in ("dobj", "pobj", "dative", "iobj")


def _aliases(doc: Doc, candidates: list[_Candidate]) -> list[_Candidate]:
    people = [c for c in candidates if c.label == "PERSON"]
    organisations = [
        c for c in candidates if c.label == "ORG" or (c.label == "NORP" and _reporting_body(c.span(doc)))
    ]
    sentences = list(doc.sents)
    starts = [sentence.start for sentence in sentences]
    quotes = document_quotes(doc)
    states = [c for c in candidates if c.label == "GPE"]
    context = _Context(
        people,
        organisations,
        _person_roles(doc, people),
        _genders(doc, people, quotes, sentences),
        starts,
        quotes,
        states,
    )
    context.open_starts = [start for start in starts if not _opens_inside_quote(doc, start, context)]
    covered = {i for c in candidates for i in range(c.start, c.end)}
    aliases = []
    for token in map(doc.__getitem__, _may_alias(doc, covered)):
        target = _alias_target(doc, token, context)
        if target is not None:
            if target.label == "PERSON" and _definite_words(token):
                context.titled[token.i] = target
            start = token.left_edge.i if _definite_words(token) else token.i
            aliases.append(_Candidate(start, token.i + 1, target.label, target.canonical))
    return aliases


def _may_alias(doc: Doc, covered: set[int]) -> list[int]:
    """The words outside candidates that `_alias_target` may resolve: a noun with a "the" among the
    words under it ("the president": `_definite_words` asks its left edge), "it", or a pronoun of a
    person. Read from the token table: making a `Token` of every word and asking each was a third of
    finding an article's actors, and a `Token` and its left edge for every noun a twentieth."""
    table = token_table(doc)
    definite = _above_the(table)
    return [
        i
        for i, (pos, lower) in enumerate(zip(table.pos, table.lower, strict=True))
        if ((pos == "NOUN" and i in definite) or lower in _ALIAS_PRONOUNS) and i not in covered
    ]


def _above_the(table: TokenTable) -> set[int]:
    """The words with a "the" among the words under them: each "the"'s head, its head's, up to the
    root of the sentence."""
    above: set[int] = set()
    for word in _positions(table.lower, "the"):
        while (head := table.head[word]) != word and head not in above:
            above.add(head)
            word = head
    return above


# the pronouns `_alias_target` resolves: "it" (an organisation), "he" and "she", "him" and "her"
_ALIAS_PRONOUNS = frozenset({"it", "him", "her"}) | _SUBJECT_PRONOUNS


def _alias_target(doc: Doc, token: Token, context: _Context) -> _Candidate | None:
    words = _definite_words(token)
    titled = context.holders(token.lower_, words) if words else []
    if titled:
        return _nearest_before(token.i, titled) or titled[0]
    if words and token.lower_ in ORG_WORDS:
        named = [o for o in context.organisations if words <= set(o.canonical.lower().split())]
        return _nearest_before(token.i, named)
    if token.lower_ == "it" and token.dep_ == "nsubj" and cue_lemma(token.head) is not None:
        reach = _sentence_reach(context.sentence_starts, token)
        recent = [
            o
            for o in context.organisations
            if reach <= o.start < token.i
            and not context.quoted(doc[o.start].idx)
            and not _told(o.span(doc))
            and not _reported_of(o.span(doc))
        ]  # '"... the spread of Influenza A (H1N1) in the community," it said': not a name inside the quote
        subjects = [o for o in recent if _salient(o.span(doc))]  # the company that acts, not one named aside
        nearer_state = _state_subject_after(doc, token, context, subjects)
        if nearer_state is not None:
            return nearer_state
        if subjects:
            return _main_clause_subject(doc, subjects)
        if recent and _document_reported_before(doc, token, context):
            return None  # 'The suit accuses BP ... . "...," it said': the suit, not BP
        if recent:
            return recent[-1]
        return None  # with no subject in reach, a state subject before it was taken by `_state_subject_after`
    if token.lower_ in _SUBJECT_PRONOUNS and token.dep_ in ("nsubj", "nsubjpass"):
        found = _pronoun_antecedent(doc, token, context)
        if not context.quoted(token.idx):
            context.resolved[token.i] = found
            described = token.head.dep_ in ("relcl", "acl")  # "... induce the sleep he needed": a guess
            if found is not None and not described:  # "Tuesday began with Mika arriving ... He also gets to
                # ...": Mika is no "she"
                context.genders.setdefault(found.canonical, "m" if token.lower_ in MASCULINE else "f")
        return found
    if token.lower_ in ("him", "her") and token.dep_ == "dobj" and cue_lemma(token.head) == "quote":
        return _pronoun_antecedent(doc, token, context)  # "AFP quotes her as saying": the speaker, as "she"
    return None


_DOCUMENTS = frozenset(
    {"suit", "lawsuit", "complaint", "report", "study", "letter", "statement", "filing", "memo", "ruling"}
)


def _main_clause_subject(doc: Doc, subjects: list[_Candidate]) -> _Candidate:
    """The last subject named, unless its sentence has the subject of the main clause first and the last
    is a subordinate clause's ("BP suffered another blow on Friday when ratings agency Standard & Poor's
    lowered its outlook on the British oil giant ... . It has said it will pay all legitimate costs":
    BP, whom the sentence is about, not the agency of the clause of "when")."""
    last = subjects[-1]
    subject = _subject_of(last.span(doc))
    if subject is None or _heads_main_clause(subject):
        return last  # "..., according to the Moody's report. It said ...": the source cited, not a subject
    sentence = doc[last.start].sent
    main = [o for o in subjects if sentence.start <= o.start and _in_main_clause(o.span(doc))]
    return main[-1] if main else last


def _subject_of(span: Span) -> Token | None:
    """The subject a name is, or stands beside ("ratings agency Standard & Poor's")."""
    root = span.root.head if span.root.dep_ == "appos" else span.root
    return root if root.dep_ in ("nsubj", "nsubjpass") else None


def _in_main_clause(span: Span) -> bool:
    """Whether a name, or the noun it stands beside, is the subject of its sentence's main verb (or of a
    verb joined to it by "and")."""
    subject = _subject_of(span)
    return subject is not None and _heads_main_clause(subject)


def _heads_main_clause(subject: Token) -> bool:
    """Whether a subject's verb is its sentence's main verb, or one joined to it by "and"."""
    verb = subject.head
    while verb.dep_ == "conj":
        verb = verb.head
    return verb.dep_ == "ROOT"


def _document_reported_before(doc: Doc, token: Token, context: _Context) -> bool:
    """Whether the sentence right before the reporting "it" reports through a document its subject names
    with no one issuing it ("The suit accuses BP and the other defendants of ..."): "it" is that document,
    not an organisation named in what it says."""
    reach = _sentence_reach(context.sentence_starts, token, 1)
    return any(
        t.dep_ == "nsubj"
        and t.lower_ in _DOCUMENTS
        and cue_lemma(t.head) is not None
        and not any(w.ent_type_ for w in t.subtree)
        for t in doc[reach : token.sent.start]
    )


def _reporting_body(span: Span) -> bool:
    """A one-word name the recogniser calls a nationality that reports as a body does ("But Transocean
    said BP was seeking to conceal ..."): a company to the "it" that reports after it."""
    root = span.root
    return len(span) == 1 and root.tag_ == "NNP" and root.dep_ == "nsubj" and cue_lemma(root.head) is not None


def _told(span: Span) -> bool:
    """The organisation someone speaks to ('"...," he told Reuters'): the listener, not an "it" that
    reports in the sentences after."""
    root = span.root
    return root.dep_ in ("dobj", "dative") and root.head.lower_ in _TELLING


_TELLING = frozenset({"tell", "tells", "told", "telling"})


def _reported_of(span: Span) -> bool:
    """An organisation named inside what someone else reports ("BP's ill-fated Macondo well spilled a total
    of up to 4.9 million barrels ..., the report said. But it also suggested ..."): spoken of, not the
    "it" that reports next. Not when the one who reports is the organisation itself ("... two Newcastle
    University students ..., the university said today. It said ...")."""
    named = set(span_text(span).lower().split())
    child = span.root
    for head in child.ancestors:
        if child.dep_ == "ccomp" and cue_lemma(head) is not None:
            subjects = [c for c in head.children if c.dep_ == "nsubj"]
            return not any(s.lower_ in named for s in subjects)
        child = head
    return False


def _state_subject_before(doc: Doc, token: Token, context: _Context) -> _Candidate | None:
    """ "China still claims sovereignty over ... Taiwan ... . It has said the two sides must ultimately be
    united.": with no organisation in reach, "it" is a country that was the subject just before."""
    reach = _sentence_reach(context.sentence_starts, token, 1)
    states = [
        c
        for c in context.states
        if reach <= c.start < token.i
        and _acting_subject(c.span(doc).root)
        and not context.quoted(doc[c.start].idx)
    ]
    return states[-1] if states else None


def _acting_subject(root: Token) -> bool:
    """The subject of a verb of doing or saying, which an "it" may carry on; not a subject hung on a form
    of "be" ("Hardest hit are Mexico with 2,059 cases ...", where the country is what is described)."""
    return root.dep_ == "nsubj" and root.head.lower_ not in BE_FORMS


def _state_subject_after(
    doc: Doc, token: Token, context: _Context, organisations: list[_Candidate]
) -> _Candidate | None:
    """ "The UN has set up a logistics center ... . France, which has historic links with Haiti, is sending
    two planes ... from Marseille. It also plans to evacuate about 60 injured people.": a country that is
    the subject of the sentence right before, named after every organisation in reach that is a subject
    (not one named aside, "Marseille"), is the "it" (not the UN)."""
    state = _state_subject_before(doc, token, context)
    if state is None or any(o.start > state.start for o in organisations):
        return None
    return state


def _pronoun_antecedent(doc: Doc, token: Token, context: _Context) -> _Candidate | None:
    """The person "he"/"she" most likely refers to: the nearest subject or speaker before it.

    Sentences are read backwards from the pronoun's own; the first that has a person of the
    right gender as subject (or agent, or named beside the subject) gives the last such person.
    People named inside quotation marks are never taken: in '"Obama must act," he said' the
    speaker is someone introduced before, not the man the quote is about. With no subject in
    reach, the last person named outside quotes is taken.
    """
    gender = "m" if token.lower_ in MASCULINE else "f"
    inside = context.quoted(token.idx)  # "he" inside a quote counts the quote's sentences as they come
    starts = context.sentence_starts if inside else context.open_starts
    reach = _sentence_reach(starts, token, _SPEAKER_REACH)
    recent = [
        p
        for p in context.people
        if reach <= p.start < token.i
        and context.genders.get(p.canonical, gender) == gender
        and not _named_aside(doc, p, context)
        and not _before_quote_closed_by(doc, p, token, context)
        and not _after_caption(doc, p, token, context)
    ]
    near = _sentence_reach(starts, token)
    current = bisect_right(context.sentence_starts, token.i) - 1
    opens = _opens_sentence(token)
    for index in range(current, -1, -1):
        sentence_start = context.sentence_starts[index]
        if sentence_start < reach:
            break
        sentence_end = (
            context.sentence_starts[index + 1] if index + 1 < len(context.sentence_starts) else len(doc)
        )
        speaker = _reporting_subject(doc, sentence_start, min(sentence_end, token.i), gender, recent, context)
        if speaker is not None:
            return speaker or None
        mentioned = [p for p in recent if sentence_start <= p.start < sentence_end]
        subjects = [p for p in mentioned if _salient(p.span(doc))]
        if subjects:
            return subjects[-1]
        described = [p for p in mentioned if _who_follows(p.span(doc))]
        if described:  # "flood victims such as Bin Juri who knows what it's like to see his precious
            return described[-1]  # possessions washed away": with no subject named, the subject of the
            # clause right after the name
        if index == current and _own_relation_before(doc[sentence_start : token.i], gender):
            return None
        if index < current and not inside and _all_quoted(doc[sentence_start:sentence_end], context):
            continue  # a sentence of a quote several sentences long tells nothing of who "he" is
        unnamed = unnamed_person_subject(doc[sentence_start:sentence_end]) if index < current else None
        if unnamed is not None and kin_of(unnamed, gender):
            continue  # "Nearby Salnar Devoisie is lying ... . Her daughter is platting her mass of gray hair.
            # ... she says": the daughter is told of by her relation to "her", the one "she" goes on about
        if unnamed is not None:  # "The Haitian consul to Sao Paulo ... . He told ...": someone not named,
            known = context.titled.get(unnamed.i)  # but "The president rejected criticism ..." is Obama,
            named = known is not None and any(p.canonical == known.canonical for p in recent)  # named near
            beside = [p for p in recent if _named_beside(unnamed, p)]  # "A widow of one of the 11 workers
            return known if named else (beside[0] if beside else None)  # who died, Natalie Roshto, told"
        if index == current - 1 and opens and _only_one_of(mentioned, gender, context):
            return mentioned[-1]  # "This is something Judith Craig of ... can verify. She said ...": she
    nearby = [p for p in recent if p.start >= near]
    return nearby[-1] if nearby else None


def _named_aside(doc: Doc, person: _Candidate, context: _Context) -> bool:
    """A person mention no pronoun stands for, wherever the pronoun is: inside quotation marks, a name
    describing a thing, one inside a description or in a caption. Asked once a mention (`_Context.aside`):
    each "he" and "she" reads back over the same people."""
    key = (person.start, person.end)
    aside = context.aside.get(key)
    if aside is None:
        aside = context.aside[key] = (
            context.quoted(doc[person.start].idx)
            or _modifier(person.span(doc))
            or _in_description(person.span(doc))
            or _caption(doc[person.start].sent, context.people)
        )
    return aside


def _own_relation_before(words: Span, gender: str) -> bool:
    """ "I got a call from my sister asking me to call her back straight away, she mentioned something
    about an earthquake": a person the writer names by a relation of his own ("my sister", "our
    interpreter"), of the pronoun's sex where the word tells it, earlier in the pronoun's sentence with no
    name after it, is who "she" is; no one named further back."""
    sex = {"m": "male", "f": "female"}[gender]
    relations = [
        t.i
        for t in words
        if t.lower_ in PERSON_NOUNS
        and PERSON_SEX.get(t.lower_, sex) == sex
        and any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in t.children)
    ]
    return bool(relations) and not any(t.ent_type_ == "PERSON" for t in words if t.i > relations[-1])


def kin_of(described: Token, gender: str) -> bool:
    """Whether a person described by no name is described through a "his" or "her" of the pronoun's
    gender ("Her daughter", "his wife") and says nothing: someone known by her relation to the person
    the narration is about, who is the one a "she" further on most likely stands for. Not a kin who
    speaks ('"I thought they were all dead," said her mother, ... . On Wednesday, she described ...')."""
    return cue_lemma(described.head) is None and any(
        c.dep_ == "poss" and c.lower_ in _PRONOUN_GENDER and _PRONOUN_GENDER[c.lower_] == gender
        for c in described.children
    )


def _only_one_of(named: list[_Candidate], gender: str, context: _Context) -> bool:
    """Whether the sentence before names one person only, known to be of the pronoun's gender (not "The
    prime minister, who was accompanied by his wife Sarah, thanked ... . He said: ...")."""
    return len({p.canonical for p in named}) == 1 and context.genders.get(named[0].canonical) == gender


def _opens_sentence(token: Token) -> bool:
    """Whether the pronoun is the first word of its sentence ("She said the charity ...")."""
    words = [t for t in token.sent if not t.is_space and not t.is_punct]
    return bool(words) and words[0].i == token.i


def _all_quoted(sentence: Span, context: _Context) -> bool:
    """Whether a sentence lies inside a quote, its first and its last word ('Asked if BP would sell ...,
    Suttles replied: "We just haven't thought about that."' ends in a quote but is no sentence of one)."""
    words = [t for t in sentence if not t.is_space and not t.is_quote]
    return not words or (context.quoted(words[0].idx) and context.quoted(words[-1].idx))


def _reporting_subject(
    doc: Doc, start: int, end: int, gender: str, recent: list[_Candidate], context: _Context
) -> _Candidate | bool | None:
    """The speaker of a sentence's first reporting verb, when a person of the pronoun's gender or a "he"
    or "she" of that gender: 'He said David Holmes, the local DJ ..., would play ... "...," he said' is
    the man "He" stood for (False where he is no one known), not the DJ named in what he said."""
    for verb in (t for t in doc[start:end] if t.pos_ == "VERB" and cue_lemma(t) is not None):
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < end and not context.quoted(c.idx)]
        if not subjects:
            continue
        pronoun = subjects[0]
        if pronoun.lower_ in _SUBJECT_PRONOUNS:
            if ("m" if pronoun.lower_ in MASCULINE else "f") != gender or pronoun.i not in context.resolved:
                return None
            found = context.resolved[pronoun.i]
            return False if found is None else found
        beside = [c for s in subjects for c in s.children if c.dep_ == "appos"]  # "Co-ordinator, John Holmes"
        named = [p for word in (*beside, *subjects) for p in recent if p.start <= word.i < p.end]
        return named[0] if named else None
    return None


def _opens_inside_quote(doc: Doc, start: int, context: _Context) -> bool:
    """Whether a sentence is one of a quote's later sentences: it starts inside the quote. A quote
    several sentences long counts as one sentence when "she says" after it looks back for its speaker
    ("1817 Meinie Nicolai ... tells the BBC World Service that ... . "Up till now ... . There are plenty of
    problems," she says.")."""
    words = [t for t in doc[start : start + 3] if not t.is_quote and not t.is_space]
    return bool(words) and context.quoted(words[0].idx) and context.quoted(max(0, doc[start].idx - 2))


def _before_quote_closed_by(doc: Doc, person: _Candidate, token: Token, context: _Context) -> bool:
    """A name in the pronoun's own sentence, before a quote that the pronoun's clause closes, is not the
    speaker: 'Douglas Alexander promises UK aid to Haiti "We know the devastation ...," he said.' is a
    caption run into the fire officer's words (someone who named the speaker there would not say "he").
    Not the subject of a sentence that leads into the quote with a colon: 'Paul Mumford, fund manager at
    Cavendish Asset Management, went further, saying the provision is likely to be overly conservative:
    "You might well find that you get provision write-backs," he said' is his (but not "Mr Obama" in
    "President Preval asked Mr Obama to pass on a message to the American people: "...," he said")."""
    if context.sentence_start(person.start) != context.sentence_start(token.i):
        return False
    index = bisect_right(context.quotes, (doc[person.start].idx, _NO_END))
    if index >= len(context.quotes) or context.quotes[index][1] > token.idx:
        return False
    closed = [q for q in context.quotes[index:] if q[1] <= token.idx]
    if doc_text(doc)[closed[-1][1] : token.idx].strip(_MARKS_AND_SPACE + ",.;:!?-"):
        return False  # 'Obama vowed "unwavering support" for Haiti after what he called': he closes no quote
    opening = context.quotes[index][0]
    led_in = doc_text(doc)[doc[person.end - 1].idx : opening].rstrip(_MARKS_AND_SPACE).endswith(":")
    return not led_in or person.span(doc).root.dep_ != "nsubj"


_RESTARTING = frozenset({"DET", "ADP", "SCONJ", "CCONJ", "PRON", "NUM", "AUX", "VERB", "ADV", "PART"})


def restarts_sentence(token: Token) -> bool:
    """A capitalised word that is no name, inside a sentence and after no stop: where a caption ran into
    the next sentence ("... with Italian model Elisabetta Canalis Asked whether ...", "... Alexandra Burke
    As for SuBo, she admitted ...", '... says the woman is "critically ill" Two people have been rescued').
    """
    if not token.is_title or token.lower_ == "i" or token.i == token.sent.start:  # `sent`, a walk over the
        return False  # sentence, last
    named = token.ent_type_ not in ("", "CARDINAL") and token.pos_ not in ("VERB", "AUX")  # "Canalis Asked"
    if token.pos_ not in _RESTARTING or named:
        return False  # not a name, nor "Cuban airspace", "the American charity"
    previous = token.doc[token.i - 1]
    if previous.is_quote:  # a closing mark, glued to the word before it: '"critically ill" Two'
        return bool(previous.whitespace_) and previous.i > 0 and not previous.doc[previous.i - 1].whitespace_
    return not (previous.is_punct or previous.is_space)


def _after_caption(doc: Doc, person: _Candidate, token: Token, context: _Context) -> bool:
    """A name in the pronoun's own sentence before a caption's end is not who the pronoun is ("James
    Morrison was joined by the likes of Rod Stewart and Alexandra Burke As for SuBo, she admitted ...")."""
    if context.sentence_start(person.start) != context.sentence_start(token.i):
        return False
    return any(restarts_sentence(t) for t in doc[person.end : token.i])


def _caption(sentence: Span, people: list[_Candidate]) -> bool:
    """A photo caption is nobody a later "he" or "she" stands for: a sentence that runs into the next one
    on its line without a full stop ('Mazandarani spent nine days in the rubble of her home "It causes
    ...," she said.'), or a list of people with no verb that tells of them ("Emmannuel Buso, 21 - rescued
    after 10 days Marie Carida, 84 - saved after 10 days ...")."""
    doc = sentence.doc
    last = _last_word(sentence)
    after = doc[sentence.end] if sentence.end < len(doc) else None
    if last is not None and not last.is_punct and after is not None and "\n" not in last.text_with_ws:
        return True
    named = {p.canonical for p in people if sentence.start <= p.start < sentence.end}
    return len(named) >= _LISTED and not any(t.tag_ in _CLAUSE_VERB_TAGS for t in sentence)


def _last_word(span: Span) -> Token | None:
    """The span's last word that is no white space, read from its end (not a `Token` made for each
    of its words)."""
    backwards = (span.doc[i] for i in range(span.end - 1, span.start - 1, -1))
    return next((token for token in backwards if not token.is_space), None)


def _modifier(span: Span) -> bool:
    """A name used to describe a thing ("a large yellow Sikorsky chopper") is nobody "he" can be."""
    root = span.root
    described = root.dep_ in ("compound", "amod") and root.head.pos_ == "NOUN" and root.head.is_lower
    return described and not _before_verb_read_as_noun(span)


def _in_description(span: Span) -> bool:
    """A name inside the description set beside another one ("Pacitti, the goalkeeper for their six-a-side
    team FC Mallard and a clerical worker ...") names something the described one belongs to, not him.
    The described one is a name set off by a comma, unlike "pm" of "6.39 pm: Insightful commentary from
    Geoffrey Maitland"."""
    token = span.root
    while token.dep_ in ("pobj", "prep", "conj", "compound") and token.head.i != token.i:
        token = token.head
    if token.dep_ != "appos" or token.i >= span.start or token.pos_ != "NOUN":
        return False
    described = token.head
    return described.pos_ == "PROPN" and described.i + 1 < token.i and described.nbor().text == ","


def _before_verb_read_as_noun(span: Span) -> bool:
    """A name before a reporting verb that the parse read as a noun heading the sentence ("1656 Pope
    Benedict XVI appeals for support ... and says ...") or closing a quote ('... with the hot water,"
    NOAA's Robinson remembers, describing ...'): the name is its subject."""
    root = span.root
    if root.dep_ != "compound" or cue_lemma(root.head) is None:
        return False
    return root.head.dep_ == "ROOT" or _right_after_quote(root.head)


def _right_after_quote(noun: Token) -> bool:
    """The noun's phrase opens right after a quote's closing mark, itself after the quote's last
    punctuation ('..., it's not," NOAA's Robinson remembers'); the parse may hang the mark on the noun."""
    doc = noun.doc
    token = next(t for t in noun.subtree if not t.is_punct)
    if token.i - 2 < token.sent.start or not doc[token.i - 1].is_quote:
        return False
    return doc[token.i - 2].text in (",", "?", "!")


def unnamed_person_subject(sentence: Span) -> Token | None:
    """The subject of a sentence when it is a person the recogniser did not name: "One survivor in
    the town said ...", "The Haitian consul to Sao Paulo ... was a touch more graphic", a person an
    apposition describes ("But another, a tall young woman, just shook her head"), or a speaker
    whose name it missed ("..., said Sunseri of P&J Oyster")."""
    for token in sentence:
        if token.dep_ != "nsubj":
            continue
        if _named_alongside(token):
            continue
        main = token.head.dep_ == "ROOT"
        if main and _person_word(token):
            return token
        described = [c for c in token.children if c.dep_ == "appos" and _person_word(c)]
        if main and described and not token.ent_type_ and token.pos_ != "PROPN":  # "But another, a tall
            return described[0]  # young woman, just shook her head": the woman the apposition describes
        if token.tag_ == "NNP" and token.ent_type_ in ("", "NORP") and _speaks(token.head):
            return token
        missed = token.tag_ == "NNS" and token.ent_type_ in ("", "ORG")
        if missed and _speaks(token.head) and _surname_elsewhere(token):
            return token  # "Suttles, who had led ..., nevertheless acknowledged": read as a plural
    return None


def _named_beside(described: Token, person: _Candidate) -> bool:
    """The person named in apposition to a described one: "A widow of ..., Natalie Roshto"."""
    return any(c.dep_ == "appos" and person.start <= c.i < person.end for c in described.children)


_DESCRIBED_PEOPLE = TITLE_WORDS | PERSON_WORDS | {"colleague"}


def _person_word(token: Token) -> bool:
    """A singular common noun for a person, no name: "colleague", "spokeswoman", "doctor", "woman"."""
    return token.tag_ == "NN" and not token.ent_type_ and token.lower_ in _DESCRIBED_PEOPLE


def _named_alongside(subject: Token) -> bool:
    """A role the parse split off as a second subject of the verb a named person is subject of: "X Factor
    judge and Girls Aloud star Cheryl Cole gave the plan her backing" names who the judge is."""
    return any(
        other.dep_ == "nsubj" and other.i != subject.i and other.ent_type_ == "PERSON"
        for other in subject.head.children
    )


def _surname_elsewhere(token: Token) -> bool:
    """A capitalised word that the text capitalises inside a sentence and never writes in lower
    case ("Asked if BP would sell ..., Suttles replied"): a name the recogniser missed."""
    if not token.is_title or any(other.lower_ == token.lower_ and other.is_lower for other in token.doc):
        return False  # "Officials said ...", as "officials" elsewhere
    return any(
        other.text == token.text and other.i != other.sent.start and other.tag_ in ("NNP", "NNS")
        for other in token.doc
    )


def _speaks(verb: Token) -> bool:
    return cue_lemma(verb) is not None and verb.dep_ in ("ROOT", "parataxis", "ccomp", "conj")


def _salient(span: Span) -> bool:
    """A person the sentence is about: its subject, an agent, or the name beside a subject."""
    root = span.root
    if root.dep_ in ("nsubj", "nsubjpass"):
        return True
    following = _after_aside(span)
    if following is not None and following.pos_ == "VERB" and cue_lemma(following) is not None:
        return True  # "... food and water 1828 USAID administrator Rajiv Shah says ...", "... in Paris 1426
        # US journalist Andres Oppenheimer, writing in the Miami Herald, says ...": the parse took a
        # caption's subject for the sentence's, but the name before "says" speaks
    if root.dep_ == "pobj" and root.head.dep_ == "agent":
        return True
    if root.dep_ == "attr" and not any(c.dep_ in ("nsubj", "expl") for c in root.head.children):
        return True  # "Back inside the hospital, dazed and depressed, is 29-year-old Pierre Michelle": the
        # subject set after its verb
    if _before_verb_read_as_noun(span):
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according":
        return True
    if _according_to(span):
        return True
    if root.dep_ == "dobj" and cue_lemma(root.head) == "ask":
        return True  # "When I asked Martin Fisher ... why he does this work, ..., he said:": he answers
    if _topic(span):
        return True
    if root.dep_ != "appos":
        return False
    head = root.head
    if head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lower_ == "according":
        return True  # "according to the dapper local prosecutor, Evens Leveque"
    while head.dep_ in ("pobj", "prep") and head.head.i != head.i:  # "The commander of the USS Carl
        head = head.head  # Vinson, Adm Ted Branch, tells ...": the name stands beside the subject
    return head.dep_ in ("nsubj", "nsubjpass")


def _according_to(span: Span) -> bool:
    """A name set beside the one "according to" cites, however the parse attaches it ("..., according to
    the dapper local prosecutor, Evens Leveque - a man who ..."): the source the sentence gives."""
    before = [t for t in span.sent if t.i < span.start]
    cited = [
        t for t in before if t.lower_ == "according" and t.i + 1 < span.start and t.nbor().lower_ == "to"
    ]
    if not cited:
        return False
    between = span.doc[cited[-1].i + 2 : span.start]
    return len(between) <= _ASIDE_WORDS and not any(
        t.pos_ in ("VERB", "AUX") or t.text in ".;:" for t in between
    )


def _topic(span: Span) -> bool:
    """A person set at the head of a sentence as its topic ("For Billy Nungesser, president of Plaquemines
    Parish ..., the top priority is more boats") is who it is about. Not "As for Siesta Beach, he said":
    the topic a speaker turns to."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ != "for":
        return False
    return not any(not t.is_space and not t.is_punct for t in root.sent if t.i < root.head.i)


def _who_follows(span: Span) -> bool:
    """A "who" right after the name, the subject of a relative clause (wherever the parse hung it)."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return (
        after is not None and after.lower_ == "who" and after.dep_ == "nsubj" and after.head.dep_ == "relcl"
    )


def _after_aside(span: Span) -> Token | None:
    """The word after a name, past an aside set off by commas ("Andres Oppenheimer, writing in the Miami
    Herald, says")."""
    doc = span.doc
    if span.end >= len(doc):
        return None
    following = doc[span.end]
    if following.text != ",":
        return following
    for token in doc[span.end + 1 : min(len(doc), span.end + _ASIDE_WORDS)]:
        if token.text == "," and token.i + 1 < len(doc):
            return doc[token.i + 1]
        if token.is_sent_start or token.text in (".", ";", '"'):
            return None
    return None


def _definite_words(token: Token) -> set[str]:
    """The words of "the president", "the prime minister", "the agency"; empty when the
    phrase is not one or names another one ("the president of France", "the French president")."""
    if token.pos_ != "NOUN":
        return set()
    edge = token.left_edge
    if edge.i == token.i or edge.lower_ != "the":
        return set()
    words = {token.lower_}
    for child in token.children:
        if child.dep_ in ("det", "punct", "relcl", "appos"):
            continue
        if child.dep_ not in ("amod", "compound") or not child.is_lower or child.i > token.i:
            return set()
        words.add(child.lower_)
    return words


def _nearest_before(index: int, candidates: list[_Candidate]) -> _Candidate | None:
    before = [c for c in candidates if c.start < index]
    return before[-1] if before else None


def _sentence_reach(starts: list[int], token: Token, sentences: int = _PRONOUN_REACH) -> int:
    """The first token of the sentence `sentences` sentences before the token's."""
    current = bisect_right(starts, token.i) - 1
    return starts[max(0, current - sentences)]


def _mention(doc: Doc, candidate: _Candidate) -> EntityMention:
    span = candidate.span(doc)
    text = span_text(span)
    return EntityMention(span.start_char, span.end_char, text, candidate.label, candidate.canonical)

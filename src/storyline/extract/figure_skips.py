"""Numbers in a sentence that no source claims as a figure.

A question ("The pipe ... is only 6?"), a count of the sources themselves ("two officials
said", "according to three people familiar with ..."), a number inside a name ("a top 10
shareholder", "the STOXX Europe 600 Oil and Gas index"), a radio frequency ("90.5 FM"),
a live page's clock stamp ("1124
Reports say ..."), a magnitude ("a 7.0 magnitude earthquake") and the same figure again in
other units ("35,000 barrels (1.47 million gallons)") are read by `figures` and dropped here.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from storyline.analyse.doc_text import span_text
from storyline.analyse.reporting import cue_lemma
from storyline.extract.figure_kinds import CURRENCY_SYMBOLS, known_kind
from storyline.extract.figure_things import unit_word
from storyline.extract.numbers import is_scale_abbreviation, is_scale_word, parse_number

_SOURCE_NOUNS = frozenset(
    {"source", "sources", "official", "officials", "people", "person", "diplomat", "diplomats"}
)

_NOT_NAMES = frozenset({"GPE", "LOC", "PERSON", "DATE", "TIME", "CARDINAL", "MONEY", "QUANTITY", "PERCENT"})
_BRACKET_REACH = 12  # tokens back to the bracket a converted figure opens
_FREQUENCY_UNITS = frozenset({"FM", "MHz", "kHz", "AM"})
_MEASURE_WORDS = frozenset(
    {"pct", "square", "cubic", "ft", "kg", "kgs", "lb", "lbs", "cm", "mm", "sq", "times"}
)  # "25kg", "32 times more energy": a measure or a multiple, whatever it is of
COLLECTIVES = frozenset(
    {"staff", "crew", "personnel", "police", "clergy", "cattle", "livestock", "faculty", "aircraft", "fish"}
)  # "188 UN staff": counted in the singular
_COMPARED_MEASURES = frozenset({"length", "height", "size", "width", "depth", "weight", "area", "distance"})


def asks(sentence: Span) -> bool:
    """A question ("The pipe to carry the oil to the surface is only 6?") claims no figure."""
    return span_text(sentence).rstrip().rstrip("\"'”’)").endswith("?")


def not_a_claim(doc: Doc, start: int, end: int, head: Token | None) -> bool:
    """Counts of sources ("two officials said", "according to three people familiar with ...") and
    numbers inside names ("a top 10 shareholder", "the STOXX Europe 600 Oil and Gas index")."""
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.lower_ in ("top", "no", "no.", "number", "phase", "category", "stage"):
        return True  # "a top 10 shareholder", "Phase 6 = Condition Pandemic": a name, not a count
    if before is not None and before.text == "." and start > 1 and doc[start - 2].lower_ == "no":
        return True  # "Europe's No. 2 energy supplier" (the tokenizer split "No."): a rank
    if _clock_stamp(doc, start, end) or _conversion(doc, start) or _magnitude(doc, start, end):
        return True
    if (
        _one_in(doc, start)
        or _suspended_hyphen(doc, end)
        or (_comparison(head) and not _measured(doc, end, head))
    ):
        return True
    if head is not None and _singular_after(doc, start, end, head):
        return True
    if end < len(doc) and doc[end].text in _FREQUENCY_UNITS:
        return True  # a radio station's frequency: "Gonaives 90.5 FM"
    if before is not None and before.pos_ == "PROPN" and end < len(doc) and doc[end].pos_ == "PROPN":
        return True
    if _model_of(doc, start, end):
        return True
    if _capitalised_in_name(doc, start, end):
        return True
    if head is None:
        return False
    if head.dep_ == "nsubj" and cue_lemma(head.head) is not None and not unit_word(head):
        return True  # "two officials said", "three analysts estimate"
    if head.lower_ in _SOURCE_NOUNS and head.dep_ == "pobj" and head.head.lower_ == "to":
        return head.head.i > 0 and doc[head.head.i - 1].lower_ == "according"
    return False


def _model_of(doc: Doc, start: int, end: int) -> bool:
    """ "FTSE 100 companies", "Chapter 11 bankruptcy", "Apollo 13 astronauts": a number in digits written
    right after a capitalised name (not a place, a person or a date) that modifies the noun after it is the
    name's model or issue; a name a verb governs is no such name ("had granted BP 74 requests")."""
    if end != start + 1 or not after_a_name(doc, start):
        return False
    name = doc[start - 1]
    named = not name.is_sent_start and name.head.pos_ not in ("VERB", "AUX")
    following = doc[end] if end < len(doc) else None
    noun = following is not None and following.pos_ == "NOUN" and not unit_word(following)
    return named and noun and name.ent_type_ not in _NOT_NAMES and name.whitespace_ != ""


def after_a_name(doc: Doc, index: int) -> bool:
    """ "Boeing 787", "Apollo 13", "FTSE 100": a number in digits right after a capitalised proper noun,
    which may be the name's model or issue rather than a count."""
    if index == 0 or not doc[index].text.isdigit():
        return False
    name = doc[index - 1]
    return name.pos_ == "PROPN" and name.text[:1].isupper()


def _capitalised_in_name(doc: Doc, start: int, end: int) -> bool:
    """ "the Three Mile Island accident": a number word written with a capital inside a sentence, before
    a proper noun, begins a name."""
    word = doc[start]
    capital = word.like_num and word.text[:1].isupper() and not word.is_upper and not word.is_sent_start
    if not capital or end >= len(doc) or doc[end].tag_ != "NNP" or not doc[end].text[:1].isupper():
        return False
    after = end
    while after < len(doc) and doc[after].tag_ == "NNP":
        after += 1
    return after >= len(doc) or doc[after].tag_ != "NNS"  # not "Two U.S. lawmakers"


def _one_in(doc: Doc, start: int) -> bool:
    """ "One in three buildings", "seven in 10 Americans": a share, not a count of three buildings or of
    10 Americans (the part is smaller than the whole it is taken from)."""
    if start < 2 or doc[start - 1].lower_ != "in" or not doc[start].like_num:
        return False  # "the smallest of at least three in some 1,500 metres of crumpled pipe" is no share
    part, whole = parse_number(doc[start - 2].text), parse_number(doc[start].text)
    dated = doc[start].ent_type_ in ("DATE", "TIME")  # "11 in 2010": a count and a year
    return part is not None and whole is not None and 0 < part < whole <= 1000 and not dated


def _suspended_hyphen(doc: Doc, end: int) -> bool:
    """ "a 48- or 96-hour study" (written "48 - or 96-hour"): the first half of a compound, no count."""
    words = [doc[i].lower_ for i in range(end, min(end + 2, len(doc)))]
    return len(words) == 2 and words[0] in ("-", "–") and words[1] in ("or", "and", "to")


def _comparison(head: Token | None) -> bool:
    """ "the length of four Empire State Buildings", "the size of two football fields": a measure
    given by comparison, not a count of buildings or fields."""
    if head is None or head.dep_ != "pobj" or head.head.lower_ != "of" or unit_word(head):
        return False
    return head.head.head.lower_ in _COMPARED_MEASURES


def _singular_after(doc: Doc, start: int, end: int, head: Token) -> bool:
    """ "the Indian Ocean 2004 tsunami", "the STOXX Europe 600 oil and gas index": a number above one
    before a singular noun is a year or part of a name, not a count (counts take the plural: "2,000
    tsunamis")."""
    number = doc[start]
    if end != start + 1 or not number.text.isdigit() or number.text in ("0", "1") or head.tag_ != "NN":
        return False
    if head.i < end or known_kind(head.text) is not None or head.lower_ in COLLECTIVES:
        return False
    if any(c.dep_ == "conj" for c in head.children) or (head.head.tag_ == "NNS" and head.head.i > head.i):
        return False  # "200 government, fishing and environmental organizations": the plural is further on
    if _measured(doc, end, head):
        return False  # "50 pct", "a 3 inch pipe", "an 8 cent per barrel fee": a measure, whatever it is of
    return doc[start - 1].text not in CURRENCY_SYMBOLS if start > 0 else True


def _measured(doc: Doc, end: int, head: Token | None) -> bool:
    """A unit, a measure or a multiple between the amount and its head noun: "25kg", "32 times"."""
    return head is not None and any(unit_word(t) or t.lower_ in _MEASURE_WORDS for t in doc[end : head.i + 1])


def _magnitude(doc: Doc, start: int, end: int) -> bool:
    """ "a magnitude-7.0 earthquake", "a 7.0 magnitude quake": a reading on a scale, not a count."""
    near = [doc[i].lower_ for i in (start - 2, start - 1, end) if 0 <= i < len(doc)]
    return "magnitude" in near or any(word.startswith("magnitude-") for word in near)


def _conversion(doc: Doc, start: int) -> bool:
    """ "35,000 barrels (1.47 million gallons/5.56 million liters)": the same figure in other units, the
    second and later ones too ("(840,000 and 1.7 million gallons/3.2 million and 6.4 million liters)")."""
    opening = start - 1
    while opening > max(0, start - _BRACKET_REACH) and doc[opening].text not in ("(", ")"):
        opening -= 1
    if opening < 1 or doc[opening].text != "(":
        return False
    before = doc[opening - 1]
    if opening > 2 and doc[opening - 2].lower_ == "of" and unit_word(doc[opening - 3]):
        before = doc[opening - 3]  # "19,000 barrels of oil (800,000 gallons/3 million liters)"
    scaled = is_scale_word(before.text) or is_scale_abbreviation(before.text) or before.text[:1].isdigit()
    scale_name = before.lower_ in ("fahrenheit", "celsius", "centigrade", "barrels", "barrel")
    return unit_word(before) or before.like_num or scaled or scale_name  # "160 degrees Fahrenheit (71 ...)"


def _clock_stamp(doc: Doc, start: int, end: int) -> bool:
    """ "1124 Reports say the capital ...": a live page's time stamp opening an entry."""
    token = doc[start]
    if end != start + 1 or not re.fullmatch(r"(?:[01]\d|2[0-3])[0-5]\d", token.text):
        return False
    if token.text.startswith("0"):
        return True  # "0907 fredodupoux tweets": no count is written with a leading zero
    opens = token.i == token.sent.start or "\n" in doc[token.i - 1].text_with_ws
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return opens and following is not None and following.text[:1].isupper()

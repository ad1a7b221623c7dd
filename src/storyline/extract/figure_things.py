"""What a figure is of, when the words it counts are only a unit or nothing.

"200,000 bpd", "$100 billion" and "24 feet" do not say what they count; the parse usually
does: "loadings of 200,000 bpd", "BP's market capitalization has shrunk by $100 billion",
"$50 million in damages claims", "a catch valued at $131.6 million", "24 feet wide" (a
width), "42 miles southeast of Venice" (a distance); failing that, what is done with the
sum ("$360m has been pledged": the amount pledged). Money keeps its currency in the figure
and names only the thing; a measure reads "well's flow in barrels per day".
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from storyline.analyse.reporting import cue_lemma
from storyline.analyse.verb_forms import BE_FORMS
from storyline.extract import figure_kinds
from storyline.extract.described_persons import person_word
from storyline.extract.figure_context import stems
from storyline.extract.numbers import is_scale_abbreviation, is_scale_word, parse_number, vague_amount

_UP_TO_THE_AMOUNT = frozenset({"nummod", "quantmod", "compound", "nmod", "conj", "appos"})
_COST_VERBS = frozenset({"cost", "costs", "costing"})
_MONEY_UNITS = frozenset({"pence", "penny", "cents", "cent", "p", "kph", "mph", "km", "mb"})
_DIMENSIONS = {
    "tall": "height", "high": "height", "wide": "width", "long": "length", "deep": "depth",
    "thick": "thickness", "across": "width", "below": "depth", "underground": "depth", "under": "depth",
    "beneath": "depth", "underwater": "depth", "undersea": "depth",
}  # fmt: skip
_COMPARATIVES = {
    "taller": "height", "higher": "height", "wider": "width", "longer": "length", "deeper": "depth",
    "thicker": "thickness", "shallower": "depth", "further": "distance", "farther": "distance",
}  # fmt: skip
_DIRECTIONS = frozenset(
    {"off", "from", "away", "offshore", "out", "far", "north", "south", "east", "west", "northeast",
     "northwest", "southeast", "southwest", "inland", "outside"}
)  # fmt: skip
_DISTANCES = frozenset({"miles", "kilometres"})
_LINKING = frozenset(
    {"make", "makes", "making", "made", "become", "becomes", "became", "represent", "represents"}
)
LENGTHS = _DISTANCES | {"metres", "feet", "inches", "yard"}
DIMENSION_NOUNS = frozenset(
    {"diameter", "radius", "length", "height", "width", "depth", "thickness", "circumference"}
)
_LENGTH_MODIFIERS = frozenset(
    {"foot", "ft", "inch", "metre", "meter", "mile", "kilometre", "kilometer", "km", "yard", "cm", "mm"}
)  # "a 40 foot container": the singular, or an abbreviation, before the noun it measures
_IRREGULAR = {
    "pay": "paid", "spend": "spent", "get": "received", "give": "given", "make": "made", "put": "put",
    "bring": "brought", "lose": "lost", "cost": "cost", "send": "sent", "take": "taken", "win": "won",
    "set": "set", "sell": "sold", "buy": "bought", "hold": "held", "owe": "owed", "find": "found",
    "hit": "hit", "cut": "cut", "run": "run", "shed": "shed", "bid": "bid", "seek": "sought", "lend": "lent",
    "raise": "raised", "rise": "risen", "fall": "fallen", "grow": "grown", "keep": "kept", "leave": "left",
    "defer": "deferred", "transfer": "transferred", "commit": "committed", "allot": "allotted",
    "plan": "planned", "stop": "stopped", "drop": "dropped", "ship": "shipped", "admit": "admitted",
    "refer": "referred", "submit": "submitted", "control": "controlled", "spill": "spilled",
    "have": "had", "do": "done", "drive": "driven", "ride": "ridden", "say": "said", "sink": "sunk",
    "show": "shown", "tell": "told",
}  # fmt: skip
_PAST_PARTICIPLES = {
    "gave": "given", "took": "taken", "grew": "grown", "drove": "driven", "rode": "ridden", "did": "done",
    "showed": "shown", "sank": "sunk", "began": "begun", "wrote": "written", "ran": "run", "saw": "seen",
}  # fmt: skip  # "Madonna gave $250,000": the amount given, not "gave"
_OF_WORDS = frozenset(
    {"of", "at", "between", "to", "by", "for", "below", "above", "under"}
)  # "a fine below $4bn"
_BARREL_RATES = frozenset({"bpd", "b/d", "bopd", "boe/d", "bcf", "mcf"})
_SHARES = frozenset(
    {"majority", "minority", "most", "half", "bulk", "share", "part", "portion", "fraction", "proportion",
     "third", "quarter", "fifth", "tenth", "percent", "range", "total", "sum", "amount", "level", "figure",
     "average"}
)  # fmt: skip  # "the vast majority of 2 million barrels", "a total of $35million": a share, not the thing
_COMPARED_WITH = frozenset({"against", "from", "versus", "than", "compared"})  # "70 billion against 120"
_SUBJECT_MEASURED = frozenset(
    {"cost", "costs", "costing", "total", "totals", "totalled", "totaled", "totalling", "reach", "reached",
     "reaches", "exceed", "exceeded", "exceeds", "top", "topped", "tops", "lost", "lose", "loses", "losing",
     "gained", "gain", "gains", "amount", "amounted", "amounts", "measure", "measures", "measured", "hit",
     "hits", "hitting", "approach", "approaches", "approached", "approaching", "totaling", "range", "ranges",
     "ranged", "ranging", "span", "spans", "spanning", "widen", "widens", "widened", "widening", "narrow",
     "narrows", "narrowed", "narrowing"}
)  # fmt: skip  # "the reconstruction will cost billions": the subject is what the amount is of
_SAID = frozenset({"said", "told"})
_COMPARING = frozenset(
    {"equal", "equals", "equaled", "equalled", "equaling", "equalling", "eclipse", "eclipses", "eclipsed",
     "eclipsing", "surpass", "surpasses", "surpassed", "surpassing", "exceed", "exceeds", "exceeded",
     "exceeding", "dwarf", "dwarfs", "dwarfed", "dwarfing", "outstrip", "outstrips", "outstripped",
     "outstripping", "rival", "rivals", "rivaled", "rivalled"}
)  # fmt: skip  # "would equal $3.6billion": the verb compares, it names nothing the amount is of
_RELATIVES = frozenset({"that", "which", "who", "whom"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_COVERS = frozenset(
    {"cover", "covers", "covered", "covering"}
)  # "the spill grew to cover 1,900 square miles": an area, but "cover up to $75million for damages" pays
_CHANGES = frozenset(
    {"fall", "fell", "fallen", "rise", "rose", "risen", "drop", "gain", "lose", "lost", "climb", "jump",
     "slump", "plunge", "tumble", "sink", "sank", "slide", "slid", "slip", "dip", "soar", "surge", "shrink",
     "shrank", "grow", "grew", "increase", "decrease", "decline", "trade", "close", "end", "open", "finish",
     "stand", "stood", "rally", "ease", "edge", "shed", "add", "fetch", "worth", "value", "price"}
)  # fmt: skip  # what changes by the amount, or stands at it, is its subject
_ESTIMATES = frozenset(
    {"estimate", "estimates", "calculation", "calculations", "forecast", "forecasts", "projection",
     "projections", "assessment", "guess", "tally", "count", "reckoning"}
)  # fmt: skip
_SET_VERBS = frozenset(
    {"increase", "raise", "cut", "reduce", "lower", "boost", "hike", "lift", "double", "triple", "trim",
     "slash", "set", "change", "bring", "limit"}
)  # fmt: skip  # "increase the fee to 34 cents", "limiting BP's liability to $75million": the object
_CAPS = frozenset({"cap", "caps", "capped", "capping"})  # not "capture"
_CAPACITIES = frozenset({"capacity", "capacities", "ability", "room", "space"})  # "capacity to hold 104,500"
_CLAUSE_HEADS = frozenset({"ROOT", "ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "parataxis"})
_BEFORE_AMOUNT = frozenset(
    {"at", "least", "about", "around", "some", "nearly", "almost", "up", "to", "over", "more", "than", "an",
     "estimated", "roughly", "$", "£", "€", "us$"}
)  # fmt: skip
_BOUNDS = frozenset({"high", "much", "many", "low", "little", "far", "long"})  # "as high as"
_RATES = frozenset({"rate", "pace"})
_LOSE = frozenset({"lose", "loses", "lost", "losing"})
_VALUED = frozenset(
    {"value", "shares", "share", "stock", "stocks", "price", "prices", "capitalization", "capitalisation",
     "worth", "valuation", "index", "market"}
)  # fmt: skip  # what loses part of its own amount
_CHANGE_DIRECTIONS = frozenset(
    {"up", "down", "higher", "lower", "off", "tighter", "wider", "narrower"}
)  # "shares ... were off 54 cents", "swaps ... were about 30 basis points tighter"
_BARE_WORDS = frozenset({"figure", "figures", "sum", "sums"})  # "the $350million figure"
_FORMS = frozenset({"form", "forms", "shape"})
_FLOWS = frozenset(
    {"leak", "leaks", "leaked", "leaking", "gush", "gushes", "gushed", "gushing", "pour", "pours", "poured",
     "pouring", "flow", "flows", "flowed", "flowing", "spill", "spills", "spilled", "spilling", "spew",
     "spews", "spewed", "spewing", "escape", "escapes", "escaped", "escaping"}
)  # fmt: skip  # "about 5,000 barrels have been leaking every day": what flows is the amount leaking
_REACHING = frozenset({"reach", "reaches", "reached", "reaching"})
_BOUND_NOUNS = frozenset({"excess", "upwards"})  # "in excess of", "upwards of": the amount's bound
_SPANS = frozenset({"space", "course", "period", "span"})  # "in the space of 36 hours"
_TERMS = frozenset({"term", "run", "haul"})
_HORIZONS = frozenset(
    {"long", "longer", "short", "shorter", "medium", "near", "nearer", "longest", "immediate"}
)  # "the medium and longer term"
_DIMENSION_NOUNS = DIMENSION_NOUNS | {"size", "area", "volume", "weight"}
_MEASURE_NOUNS = frozenset(
    {"pressure", "temperature", "depth", "height", "length", "width", "speed", "velocity", "weight",
     "diameter", "thickness", "flow", "rate"}
)  # fmt: skip  # what an amount in a unit measures, when it hangs on the noun the measure is taken on
_NEAR = frozenset({"close", "closer", "near", "nearer", "equal", "similar", "comparable", "equivalent"})
_SCALE_UNITS = frozenset(
    {"point", "points", "acre", "acres", "hectare", "hectares", "micrometers", "micrometres", "microns",
     "millimetres", "millimeters", "mm", "centimetres", "centimeters", "cm", "kg", "kilograms", "kilos",
     "grams", "yards", "knots", "lbs"}
)  # fmt: skip  # "to 983.9 points": a unit of a measure or a scale, not what the clause says it is of
_UNIT_LINKS = frozenset(
    {"per", "a", "an", "each", "square", "cubic", "percent", "pct", "%", "share", "basis"}
)
_VERB_MEASURES = {"weigh": "weight"}  # "the BOP ... weighs approximately 1 million pounds"
_PARTS = frozenset(
    {"end", "ends", "top", "bottom", "bulk"}
)  # "the upper end of analysts' forecasts of total costs is around $30 - $35billion": of the costs; not a
# share, whose amount is the share's own ("BP's share of production is 63 million cubic feet per day")
_EARNING = frozenset({"make", "makes", "making", "made", "earn", "earns", "earned", "earning"})
_TRADING = frozenset(
    {
        "sell",
        "sells",
        "sold",
        "selling",
        "buy",
        "buys",
        "bought",
        "buying",
        "purchase",
        "purchased",
        "purchasing",
    }
)
_TOWARDS = frozenset({"to", "toward", "towards"})
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
_ROUNDING_NOUNS = frozenset({"region", "order", "vicinity", "neighbourhood", "neighborhood"})


def thing_of(
    counted: Span,
    head: Token | None,
    last: Token,
    end: int,
    money: bool,
    kind: str,
    first: Token | None = None,
) -> str:
    """What a sum, a share or a measure is of, when the counted words do not say it: "loadings" in
    "loadings of 200,000 bpd", "market capitalization" in "has shrunk by $100 billion". `first` is the
    amount's first word, before which a list item may name it ("- Cleanup costs of $6billion")."""
    if head is not None and not _only_units(counted):
        return ""
    return _of_dimension_named(_unit_thing(head, last, end, money, kind, first), last.doc, end)


def multiple_of(head: Token | None, money: bool, kind: str) -> str:
    """ "pegged methane hydrate resources ... at 21,000 trillion cubic feet of natural gas -- 100 times
    the country's current proven supply": a multiple set beside an amount restates it, so it counts
    what that amount counts (the resources), not its base (the supply); "" for any other figure."""
    if head is None or head.dep_ != "appos" or not _times_before(head):
        return ""
    restated = head.head
    if restated.pos_ != "NOUN" or not any(c.dep_ == "nummod" for c in restated.children):
        return ""
    return _thing_above(restated, money, kind) or _noun_phrase(restated)


def put_on_demonstrative(token: Token) -> bool:
    """Whether the amount is what a verb puts a demonstrative alone at ("Credit Suisse estimates this at
    $23billion"): "this" stands for something the sentence before named, not for anything here."""
    if token.dep_ != "pobj" or token.head.lower_ != "at" or token.head.head.pos_ != "VERB":
        return False
    return any(
        c.dep_ == "dobj" and c.lower_ in _DEMONSTRATIVES and not list(c.children)
        for c in token.head.head.children
    )


def _times_before(head: Token) -> bool:
    """Whether the words before the noun `head` open with "N times" ("100 times the country's ...")."""
    doc = head.doc
    start = head.left_edge.i
    return start + 1 < head.i and _a_number(doc[start]) and doc[start + 1].lower_ == "times"


def _unit_thing(
    head: Token | None, last: Token, end: int, money: bool, kind: str, first: Token | None
) -> str:
    """What the amount of a unit-only figure is of, read from the words around it."""
    dimension = (
        _dimension(last.doc, end, kind)
        or _compared_dimension(last, kind)
        or _bound_dimension(head, kind)
        or _distance_within(first, end, kind)
    )
    if dimension:
        return dimension
    modified = _modified_by_measure(head)
    if modified:
        return modified
    worth = _worth_before(last)
    if worth:
        return worth
    restated = _restated_by_or(head)
    if restated is not None:
        return _noun_phrase(restated)
    token = _range_start(head if head is not None else _number_before_scale(last))
    if _named_right_before(token) and not _run_in_between(last, _word_governing(token.head)):
        return _noun_phrase(_estimated(token.head, token))  # "well ahead of an average forecast $4.60billion"
    while token.dep_ in _UP_TO_THE_AMOUNT and token.head.i != token.i:
        if _dash_between(token, token.head):
            return _named_before(first)  # the parse ran the amount into the next item of a list
        if token.dep_ == "conj" and money and (_purpose(token) is not None or _for_a_time(token)):
            break  # "$5billion for cleanup, $4billion for natural resources damages": each item its own
        purpose = _listed_purpose(token) if token.dep_ == "conj" and money else ""
        if purpose:
            return purpose
        token = token.head
    if _run_in_between(last, _word_governing(token)):
        return ""  # what the words after a run-in caption do is not what the amount before it is of
    return _thing_above(token, money, kind)


def _range_start(token: Token) -> Token:
    """ "might add $2-3 to the price": the parse may hang a range's second number on its first as a
    phrase of its own ("$100 - $200million" as a noun phrase on "$100"); the first number holds the
    range's place in the clause."""
    head = token.head
    if token.dep_ not in ("prep", "npadvmod") or not head.like_num or head.i >= token.i:
        return token
    between = token.doc[head.i + 1 : token.i]
    return head if between and all(t.text in ("-", "–") or t.is_currency for t in between) else token


def _word_governing(token: Token) -> Token:
    """The word the amount's phrase hangs on: through a preposition, the word that takes it."""
    head = token.head
    return head.head if token.dep_ == "pobj" and head.dep_ in ("prep", "agent", "dative") else head


def _run_in_between(first: Token, second: Token) -> bool:
    """Whether a caption or headline run into the next sentence without a stop parts the two words
    ("DEC's Haiti earthquake appeal nets £12m A British Airways Boeing 747 was altered ...")."""
    low, high = sorted((first.i, second.i))
    return any(_run_in_start(t) for t in first.doc[low + 1 : high + 1])


def _run_in_start(token: Token) -> bool:
    """A capitalised article right after a noun or a number, with no stop between: the first word of a
    sentence run on from a caption or a headline (not an article inside a name, "The Times")."""
    if token.text not in ("A", "An", "The") or token.i == token.sent.start or token.ent_type_:
        return False
    before = token.doc[token.i - 1]
    return before.pos_ in ("NOUN", "NUM", "PROPN") and not before.is_punct


def size_of_thing(number: Token) -> bool:
    """ "littered with 40ft steel containers", "a 3 inch pipe": a number before a length written in the
    singular or abbreviated that modifies the noun after it gives the thing's size, as "a 40-foot
    container" does, not a count of the things (not "40ft high": a height; "20 km north": a distance)."""
    doc = number.doc
    if number.i + 2 >= len(doc) or doc[number.i + 1].lower_ not in _LENGTH_MODIFIERS:
        return False
    unit, following = doc[number.i + 1], doc[number.i + 2]
    if following.lower_ in _DIMENSIONS or following.lower_ in _DIRECTIONS or not following.is_alpha:
        return False
    noun = unit.head
    return (
        unit.dep_ in ("compound", "nmod", "amod")
        and noun.i > unit.i
        and noun.pos_ == "NOUN"
        and not (unit_word(noun) or noun.lower_ in _DIMENSIONS or noun.lower_ in DIMENSION_NOUNS)
    )


def length_before_dimension(unit: Token) -> bool:
    """ "The waves were 40ft high": a length right before the size it gives ("high", "deep"), which the
    parse may take for the noun the amount counts."""
    following = unit.doc[unit.i + 1] if unit.i + 1 < len(unit.doc) else None
    length = figure_kinds.kind_of(unit.text) in LENGTHS
    return length and following is not None and following.lower_ in _DIMENSIONS


def length_of_dimension(unit: Token) -> bool:
    """ "a 20 inch interior diameter": a length before a noun that is itself a size measures that size."""
    noun = unit.head
    length = figure_kinds.kind_of(unit.text) in LENGTHS
    return length and noun.i > unit.i and noun.lower_ in DIMENSION_NOUNS


def set_off_dash(token: Token) -> bool:
    """A dash with a space either side: it parts list items or clauses ("$6billion to 9 billion -
    Compensation to victims"), not the words of one compound as "a four-vessel system" joins them."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    before = token.doc[token.i - 1] if token.i > 0 else None
    return (
        token.text in ("-", "–", "—")
        and bool(token.whitespace_)
        and following is not None
        and before is not None
        and bool(before.whitespace_)
    )


def _dash_between(word: Token, head: Token) -> bool:
    """A spaced dash between the amount and a noun after it that the parse made its head."""
    return head.i > word.i and any(set_off_dash(t) for t in word.doc[word.i + 1 : head.i])


def _named_before(first: Token | None) -> str:
    """ "Cleanup costs of $6billion": the noun whose "of" the amount directly follows."""
    if first is None or first.i < 2:
        return ""
    of, noun = first.doc[first.i - 1], first.doc[first.i - 2]
    if of.lower_ != "of" or noun.pos_ != "NOUN" or unit_word(noun) or noun.lower_ in _SHARES:
        return ""
    return _noun_phrase(noun)


def _modified_by_measure(unit: Token | None) -> str:
    """ "a 78 ton metal box", "a 3 inch pipe", "1500 metres water depth": a measure written before the
    noun it measures, which is what the figure is of (the words after the unit)."""
    if unit is None or unit.dep_ not in ("compound", "nmod", "amod") or unit.head.i <= unit.i:
        return ""
    noun = unit.head
    while noun.dep_ == "compound" and noun.head.i > noun.i and noun.head.pos_ == "NOUN":
        noun = noun.head  # "a 100 tonne containment dome"
    doc = unit.doc
    if noun.pos_ != "NOUN" or unit_word(noun):
        return ""
    closing = _past_dashes(doc, unit.i + 1, 1)
    if doc[closing].text == ")" and noun.i > closing:
        return _restated_dimension(unit, noun, closing)
    if any(t.is_punct for t in doc[unit.i + 1 : noun.i]):
        return _measured_past_restatement(unit, noun)
    return doc[unit.i + 1 : noun.i + 1].text


def _measured_past_restatement(unit: Token, noun: Token) -> str:
    """ "has only one 2,900 m (9,600 ft) runway": a measure restated in other units in brackets right
    after it still measures the noun after the bracket (the runway, not "amount had")."""
    doc = unit.doc
    if doc[unit.i + 1].text != "(":
        return ""
    closing = next((t.i for t in doc[unit.i + 2 : noun.i] if t.text == ")"), None)
    if closing is None or any(t.is_punct for t in doc[closing + 1 : noun.i]):
        return ""
    if not any(t.like_num for t in doc[unit.i + 2 : closing]):
        return ""  # a bracket that restates no measure
    return doc[closing + 1 : noun.i + 1].text


def _restated_dimension(unit: Token, noun: Token, closing: int) -> str:
    """ "a mile-long (1.6 km) tube", "the two-foot long - (0.6 meter -) rupture": the bracket (closing at
    `closing`) gives the size the words before it name again, of the noun after it (the tube's length)."""
    doc = unit.doc
    opening = next((t for t in reversed(doc[unit.sent.start : unit.i]) if t.text == "("), None)
    if opening is None or opening.i < 2 or any(t.is_punct for t in doc[closing + 1 : noun.i]):
        return ""
    named = _past_dashes(doc, opening.i - 1, -1)
    dimension = _DIMENSIONS.get(doc[named].lower_)
    if dimension is None or named < 1 or not _measure_before(doc[named - 1]):
        return ""
    return f"{dimension} of {doc[closing + 1 : noun.i + 1].text}"


def _past_dashes(doc: Doc, index: int, step: int) -> int:
    """The first token from `index` on (going by `step`) that is not a stray dash the copy left around a
    bracket ("long - (0.6 meter -)")."""
    while 0 < index < len(doc) - 1 and doc[index].text in ("-", "–"):
        index += step
    return index


def _measure_before(token: Token) -> bool:
    """The word before a size ("long"): the hyphen of "mile-long" or the unit of "two-foot long"."""
    return token.text in ("-", "–") or token.lower_ in _LENGTH_MODIFIERS


def _thing_above(token: Token, money: bool, kind: str) -> str:
    """What the amount whose top word is `token` is of, read from the words around it."""
    amount = token
    if kind.split(" per ")[0] in _DISTANCES and token.dep_ == "npadvmod" and token.head.pos_ == "VERB":
        return "distance"  # "Charlie rode his bike five miles (8km)"
    if token.dep_ == "pobj" and token.head.lower_ == "of" and _scale(token.head.head):
        token = token.head.head  # "paying out billions of dollars": what is done with the billions
        while token.dep_ in _UP_TO_THE_AMOUNT and token.head.i != token.i:
            token = token.head
    around = _in_the_region_of(token)
    described = _subject_of_be(around.head) if around is not None else None
    if described is not None:  # "The going cost ... was widely agreed to be in the region of $100 - ..."
        return _noun_phrase(_estimated(_whole_of(described), token))
    gerund = _of_gerund_modifier(token) if money else ""
    if gerund:  # "generated more than $27billion of operating cash flow"
        return gerund
    compared = _compared_with(token)
    if compared is not None:  # "worth 70 billion pounds against more than 120 billion pounds"
        return _thing_above(compared, money, kind)
    changed = _changed_object(token)
    if changed is not None:  # "increase the fee ... to 34 cents a barrel from 8 cents": the fee
        # "increases its estimate of the likely cost to"; "raise the amount of money ... to": the money
        return _amount_of(changed) or _noun_phrase(_estimated(changed, token))
    share = _share_above(token)
    if share is not None:
        relative = _relative_clause(token)
        if relative:  # "the vast majority of the 2 million barrels per day that Petrobras produces"
            return f"amount {relative}"
        token = share
    noun = _purpose(token) if money and not _level_of_change(token) else None
    compared = _compared_amount(token) if noun is None else None
    if compared is not None:
        return compared
    earned = (_earnings(token) or _price_traded(token)) if money and noun is None else ""
    if earned:
        return earned
    noun = noun or _noun_above(token)
    noun = _form_of(noun) if noun is not None else None
    cost = _cost_of(token, noun) if money else None
    if cost is not None:
        return cost
    if noun is not None:
        noun = _whole_of(noun)
        return (
            _rate_of(noun)
            or _measure_over(noun, token)
            or _loss_of(noun, token, money)
            or _amount_described(noun)
            or _noun_phrase(_estimated(noun, token))
        )
    measured = _measured(token)
    if measured:
        return measured
    described = _copula_subject(token)
    if described is not None:  # "BP expects the total bill ... will be $3 - $6billion"
        return _noun_phrase(_estimated(_whole_of(described), token))
    relative = _relative_clause(token)
    if relative:
        return f"amount {relative}"  # "the 5,000 barrels BP estimated to be leaking per day"
    estimated = _estimate_it_is(token)
    if estimated:
        return estimated
    price = _price(money, kind)
    if price:
        return price
    done = _amount_done(token) or _participle_after(token) or _unit_participle(token)
    return done or ("" if money else _where_from(amount))


def _in_the_region_of(token: Token) -> Token | None:
    """The "in" of "in the region of $100million", "on the order of 5,000 barrels": an idiom that only
    rounds the amount, so what the amount is of is read above the preposition, not from "region"."""
    of = token.head
    if token.dep_ != "pobj" or of.lower_ != "of" or of.head.lower_ not in _ROUNDING_NOUNS:
        return None
    preposition = of.head.head
    if of.head.dep_ != "pobj" or preposition.lower_ not in ("in", "on"):
        return None
    return preposition


def _subject_of_be(verb: Token) -> Token | None:
    """The noun "be" says something of: its own subject, or the subject raised to the verb it completes
    ("the going cost ... was widely agreed to be ...", "the bill is expected to be ...")."""
    if verb.lower_ not in BE_FORMS:
        return None
    while True:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return _described_noun(subject)
        if verb.dep_ != "xcomp" or verb.head.i == verb.i:
            return None
        verb = verb.head


def _of_gerund_modifier(token: Token) -> str:
    """ "$27billion of operating cash flow": the parse reads "operating" as a verb whose object is "cash
    flow"; the words right after "of" are still what the sum is of ("operating cash flow")."""
    of = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == token.i + 1]
    doing = [c for c in of[0].children if c.dep_ == "pcomp" and c.tag_ == "VBG"] if of else []
    if not doing or doing[0].i != of[0].i + 1:
        return ""
    objects = [c for c in doing[0].children if c.dep_ == "dobj" and c.left_edge.i == doing[0].i + 1]
    if not objects or objects[0].pos_ != "NOUN" or unit_word(objects[0]):
        return ""
    return f"{doing[0].lower_} {_noun_phrase(objects[0])}"


def _where_from(unit: Token) -> str:
    """ "making a total of at least 260,000 barrels from the Deepwater Horizon spill": a unit that
    nothing else names is told by where the amount comes from ("amount from Deepwater Horizon spill")."""
    if not unit_word(unit):
        return ""
    for prep in unit.children:
        if prep.dep_ == "prep" and prep.lower_ == "from" and prep.i == unit.i + 1:
            objects = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
            if objects and not unit_word(objects[0]) and not _a_time(objects[0]):
                return f"amount from {_noun_phrase(objects[0])}"
    return ""


def _whole_of(noun: Token) -> Token:
    """ "The upper end of analysts' forecasts of total costs is around $30 - $35billion": the end or
    the top of a range, or its bulk, is not the thing; what the range is of is."""
    if noun.lower_ not in _PARTS:
        return noun
    of = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
    objects = [o for p in of[:1] for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
    if not objects or unit_word(objects[0]) or _a_time(objects[0]):
        return noun
    return objects[0]


def _earnings(amount: Token) -> str:
    """ "rigs that ordinarily employ as many as 10,000 crew making about $100,000 each annually": a sum
    that someone makes or earns is their earnings, not them (not "make $20billion available": what
    the verb makes of the sum)."""
    verb = amount.head
    if amount.dep_ != "dobj" or verb.lower_ not in _EARNING or verb.pos_ != "VERB":
        return ""
    if any(c.dep_ in ("oprd", "xcomp", "ccomp", "acomp", "dative", "prt") for c in verb.children):
        return ""
    described = verb.dep_ == "acl" and verb.head.pos_ == "NOUN"
    earner = verb.head if described else _subject_noun(verb)
    if earner is None and _pronoun_subject(verb):
        return "earnings"  # "he said he was making $2,000 a day": his earnings, not the day
    if earner is None or earner.pos_ != "NOUN" or unit_word(earner) or earner.lower_ in _SHARES:
        return ""
    return f"earnings of {_noun_phrase(earner)}"


def _price_traded(amount: Token) -> str:
    """ "BP agreed to sell four fields ... to Japan's Marubeni Corp for $650million": a sum something is
    sold or bought for is its price, not the seller nor a word beside the verb."""
    verb = amount.head.head
    if amount.dep_ != "pobj" or amount.head.lower_ != "for" or verb.lower_ not in _TRADING:
        return ""
    sold = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and not unit_word(c)]
    return f"price of {_noun_phrase(sold[0])}" if sold else "price"


def _pronoun_subject(verb: Token) -> bool:
    """Whether the verb's subject is a personal pronoun ("he", "they"), who stands for an earner."""
    return any(c.dep_ == "nsubj" and c.tag_ == "PRP" for c in verb.children)


def _compared_amount(token: Token) -> str | None:
    """What an amount a verb of comparison takes as its object is of: told by the amount's own participle
    ("has already eclipsed the 11 million gallons ... spilled by the 1989 Exxon Valdez": the amount
    spilled) or relative clause, else the verb's subject ("the fines would equal $3.6billion"); "" where
    neither names it ("that would equal $3.6billion"), never the verb beside; None for any other amount."""
    verb = token.head
    if token.dep_ != "dobj" or verb.lower_ not in _COMPARING:
        return None
    done = [c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if done:
        return f"amount {done[0].lower_}"
    relative = _relative_clause(token)
    if relative:  # "surpassing the 260,000 barrels the Exxon Valdez discharged"
        return f"amount {relative}"
    subject = _subject_noun(verb)
    return _noun_phrase(subject) if subject is not None and not unit_word(subject) else ""


def _amount_described(noun: Token) -> str:
    """ "the amount of money being paid out has risen to an average of over $12.5million": an amount
    is told by what is done with it (the amount paid out); "" for any other noun."""
    if noun.lower_ not in ("amount", "sum"):
        return ""
    done = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if not done:
        return ""
    particles = [c.lower_ for c in done[0].children if c.dep_ == "prt"]
    return " ".join([noun.lower_, done[0].lower_, *particles])


def _cost_of(token: Token, noun: Token | None) -> str | None:
    """ "analysts predicted the disaster would cost BP $300 million to $400 million": the sum is the
    disaster's cost, not the disaster; "the well would ... cost $100 million": the well's. `noun`, the
    noun the parse finds the sum is of, stands in for a subject read as a place ("The Gulf of Mexico oil
    disaster could cost BP $40bn": the oil disaster, where the subject read is "Gulf")."""
    verb = token.head
    if token.dep_ not in ("dobj", "npadvmod", "attr") or verb.lower_ not in _COST_VERBS:
        return None
    subject = _subject_noun(verb)
    if subject is not None and subject.ent_type_ in ("GPE", "LOC"):
        subject = noun or subject  # the parse read the place that opens "The Gulf of Mexico oil disaster"
    if subject is None and verb.dep_ == "conj":
        subject = _subject_noun(verb.head)  # "would take three months to complete and cost $100 million"
    if subject is None or unit_word(subject):  # "the dividend (about 9.5 pence per share) which would cost"
        return "cost"
    return f"cost of {_noun_phrase(_estimated(subject, token))}"


def _amount_done(token: Token) -> str:
    """What is done with an amount nothing names: "$360m has been pledged" (the amount pledged),
    "siphoning off 1,000 barrels", "11,650 had been paid for a total of $35million", "12,000 to 19,000
    barrels a day are leaking from the well"."""
    token = _first_item(token)
    verb = token.head
    role = token.dep_
    if token.dep_ == "pobj" and verb.lower_ == "for" and verb.head.pos_ == "VERB":
        verb = verb.head  # "paid for a total of ..."
    elif (
        token.dep_ == "pobj"
        and verb.lower_ == "to"
        and _up(verb)
        and (bound := _verb_of_bound(verb)) is not None
    ):
        verb, role = bound, "dobj"  # "the well was gushing up to 70,000 barrels per day"
    elif _object_read_as_modifier(token, verb):
        role = "dobj"  # "The British public has so far donated £25m"
    elif token.dep_ == "pobj" and verb.lower_ == "on" and verb.head.pos_ == "VERB":
        return f"amount {_participle(verb.head)} on"  # "most Haitians living on $2 or less per day"
    elif token.dep_ not in ("nsubjpass", "dobj", "nsubj"):
        return ""
    told = [c for c in verb.children if c.dep_ == "ccomp" and c.i > token.i]
    if token.dep_ == "dobj" and cue_lemma(verb) is not None and told:
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in told[0].children):
            return _amount_done_by(told[0], "nsubj")  # "Allen said 35,000 barrels ... are pouring from"
        if _participle(verb) in _SAID:
            return ""  # who says how much does nothing with it
    if token.dep_ == "dobj" and _participle(verb) in _SAID:
        return ""  # "she tells me five Haitian gourdes": a sum said is not one told
    return _amount_done_by(verb, role)


def _first_item(token: Token) -> Token:
    """ "will provide 137m euros for short-term needs and at least 200m euros for ...": an amount joined
    to an amount before it takes that one's place in the clause (both are provided)."""
    first = token.head
    if token.dep_ == "conj" and first.dep_ in ("dobj", "nsubjpass", "nsubj") and unit_word(first):
        return first
    return token


def _verb_of_bound(to: Token) -> Token | None:
    """The verb whose amount the bound "up to" opens, which the parse may hang on the verb itself or on
    its "up" ("With BP's blow-out still gushing up to 60,000 barrels per day")."""
    head = to.head
    if head.dep_ == "prt" and head.lower_ == "up":
        head = head.head
    return head if head.pos_ == "VERB" else None


def _participle_after(token: Token) -> str:
    """ "the $350million figure announced on Monday": what is done with the amount, told by a participle
    on the word that carries it."""
    if token.lower_ not in _BARE_WORDS:
        return ""
    done = [c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i == token.i + 1]
    return f"amount {done[0].lower_}" if done else ""


def _unit_participle(unit: Token) -> str:
    """ "the 258,000 barrels leaked by the Exxon Valdez", "120,000 to 480,000 barrels lost": a unit that
    nothing names the substance of is told by the participle right after it (or after its bracket), and
    an estimate's participle by what is estimated done ("800,000 barrels estimated to have leaked out"; not
    a present participle: "the 5,000 bpd leaking into the US Gulf" is the flow the series compare by its
    unit, as `conflicts` reads a rate that names nothing)."""
    if not unit_word(unit):
        return ""
    doc = unit.doc
    after = unit.i + 1
    if after < len(doc) and doc[after].text == "(":
        after = next((t.i + 1 for t in doc[after : unit.sent.end] if t.text == ")"), after)
    done = [c for c in unit.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i == after]
    if not done:
        return ""
    verb = done[0]
    estimated = [c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBN"]
    if cue_lemma(verb) is not None and estimated:
        verb = estimated[0]  # "estimated to have leaked": what was estimated is the leaking
    elif cue_lemma(verb) is not None:
        return ""
    if any(c.dep_ == "dobj" for c in verb.children):
        return ""  # "estimated to have polluted the shores": what the amount did, not what was done to it
    particles = [c.lower_ for c in verb.children if _particle(c, verb)]
    return " ".join(["amount", verb.lower_, *particles])


def _number_before_scale(last: Token) -> Token:
    """ "pledged £20m": the tokenizer may split off the "m" and the parse hang it apart from the number,
    whose place in the sentence (the object of "pledged") is the amount's."""
    doc = last.doc
    if last.i > 0 and is_scale_abbreviation(last.text.rstrip(".")) and doc[last.i - 1].like_num:
        number = doc[last.i - 1]
        return number if number.head.i != last.i else last
    return last


def _worth_before(last: Token) -> str:
    """ "equipment worth at least £150,000": the value of what is worth the amount, whatever the parse
    hung the amount on (the word before "worth" is what it is said of)."""
    doc, at = last.doc, last.i
    while at > 0 and (_a_number(doc[at]) or _scale(doc[at]) or doc[at].lower_ in _BEFORE_AMOUNT):
        at -= 1  # over a range too: "worth $850million to $1billion"
    if doc[at].lower_ != "worth" or at < 1:
        return ""
    noun = doc[at - 1]
    if noun.pos_ in ("AUX", "VERB") and doc[at].dep_ == "acomp":
        subject = _subject_noun(noun)  # "The Venezuelan assets are estimated to be worth ..."
        return f"value of {_noun_phrase(subject)}" if subject is not None and not unit_word(subject) else ""
    if noun.pos_ not in ("NOUN", "PROPN") or unit_word(noun) or _a_time(noun):
        return ""
    return f"value of {_noun_phrase(noun)}"


def _a_number(token: Token) -> bool:
    """ "60,000", "850million": a number, its scale written on it or not."""
    return token.like_num or parse_number(token.text) is not None


def _changed_object(token: Token) -> Token | None:
    """What a verb of change sets to or from the amount: "would increase the fee the industry pays to
    support the ... Fund to 34 cents a barrel from 8 cents" (the parse may hang "to" on a verb inside
    the object's relative clause, so the clauses are climbed back to the verb of change)."""
    if token.dep_ != "pobj" or token.head.lower_ not in ("to", "from"):
        return None
    node = token.head.head
    for _ in range(6):
        if node.pos_ == "VERB" and _sets(node):
            objects = [c for c in node.children if c.dep_ == "dobj" and not unit_word(c)]
            if objects and objects[0].lower_ == "it":
                return _set_before(objects[0])  # "limiting BP's liability to $75million and raise it to"
            return objects[0] if objects and objects[0].pos_ == "NOUN" else None
        if node.dep_ not in ("xcomp", "relcl", "dobj", "acl") or node.head.i == node.i:
            return _set_earlier(token.head)
        node = node.head
    return None


def _amount_of(noun: Token) -> str:
    """ "raise the amount of money BP would be required to dole out": an amount or sum counts what it is
    of, the noun right after "of" (the parse may take that noun for a modifier of the next word)."""
    doc = noun.doc
    if noun.lower_ not in ("amount", "sum") or noun.i + 2 >= noun.sent.end or doc[noun.i + 1].lower_ != "of":
        return ""
    after = doc[noun.i + 2]
    return f"{noun.lower_} of {after.lower_}" if after.pos_ == "NOUN" and not unit_word(after) else ""


def _set_earlier(to: Token) -> Token | None:
    """The object of the last verb of change before a "to"/"from" the parse hung on a verb of no change
    ("raise the amount of money BP would be required to dole out for economic losses caused by the
    spill to $10billion": "to" hangs on "caused"); the words are read back to that verb, past no other
    amount. Not when that verb has an object of its own ("increase the oil spill clean up fund tax to 41
    cents", "clean" with the object "tax"): the parse may have split the verb of change's object there."""
    if to.head.pos_ != "VERB" or _sets(to.head) or any(c.dep_ == "dobj" for c in to.head.children):
        return None
    for word in reversed(to.doc[to.sent.start : to.i]):
        if _a_number(word):
            return None
        if word.pos_ == "VERB" and _sets(word):
            objects = [c for c in word.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and not unit_word(c)]
            return objects[0] if objects else None
    return None


def _set_before(pronoun: Token) -> Token | None:
    """What "it" stands for after a verb of change: the last thing set earlier in the sentence ("a law
    limiting BP's liability ... to $75million and raise it to $10billion": the liability)."""
    for token in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]):
        verb = token.head
        if token.dep_ == "dobj" and token.pos_ == "NOUN" and verb.pos_ == "VERB" and _sets(verb):
            return None if unit_word(token) else token
    return None


def _sets(verb: Token) -> bool:
    """Whether the verb is one of changing or setting an amount, in any form (no lemmatizer is run)."""
    form = verb.lower_
    bases = (form, form[:-1], form[:-2], form[:-3], form[:-3] + "e", form[:-4])
    return form in _CAPS or any(base in _SET_VERBS for base in bases if base)


def _copula_subject(token: Token) -> Token | None:
    """What an amount is said to be: the subject of "be" ("the cost is $5bn"), or the object of the
    verb the clause depends on when the parse lost the subject ("BP expects the total bill ... will be
    $3 - $6billion")."""
    verb = token.head
    if token.dep_ != "attr" or verb.lower_ not in BE_FORMS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None:
        return _described_noun(subject)
    if verb.dep_ not in ("ccomp", "xcomp"):
        return None
    objects = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i and c.pos_ == "NOUN"]
    return _described_noun(objects[0]) if objects else None


def _described_noun(noun: Token) -> Token | None:
    """The noun "be" says an amount of, unless it is a unit ("the cost", not "the barrels")."""
    return noun if noun.pos_ == "NOUN" and not unit_word(noun) else None


def _estimate_it_is(token: Token) -> str:
    """ "the 100,000 barrels per day is BP's estimate of the actual amount gushing from the ... well": an
    amount said to be an estimate of something is of that thing ("amount gushing"); "" for an amount said
    to be anything else ("the $20billion is a cap")."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.lower_ not in BE_FORMS:
        return ""
    estimates = [c for c in verb.children if c.dep_ == "attr" and c.lower_ in _ESTIMATES]
    if not estimates or not _phrase_opens_with_determiner(estimates[0]):
        return ""  # "is triple its initial estimates of the leak's flow rate": a multiple, not the estimate
    noun = _estimated(estimates[0], token)
    if noun.i == estimates[0].i or unit_word(noun):
        return ""
    doing = [c for c in noun.children if c.dep_ == "acl" and c.tag_ in ("VBG", "VBN") and c.i == noun.i + 1]
    if noun.lower_ in ("amount", "sum") and doing:
        return f"{noun.lower_} {doing[0].lower_}"
    return _noun_phrase(noun)


def _phrase_opens_with_determiner(noun: Token) -> bool:
    """ "BP's estimate", "the estimate", "estimates": nothing before the determiner or possessor (not
    "triple its initial estimates")."""
    return noun.left_edge.i == noun.i or noun.left_edge.dep_ in ("det", "poss")


def _up(to: Token) -> bool:
    """The "up" of the bound "up to", which the parse may take for a particle of the verb."""
    return to.lower_ == "to" and to.i > 0 and to.doc[to.i - 1].lower_ == "up"


def _up_to(particle: Token) -> bool:
    """A particle "up" that is the first word of a bound "up to" (and no word at all at the end of the text:
    "... siphoning 15,000 barrels off")."""
    following = particle.doc[particle.i + 1] if particle.i + 1 < len(particle.doc) else None
    return following is not None and _up(following)


def _amount_done_by(verb: Token, role: str) -> str:
    """What `verb` does with the amount that is its `role` (subject or object)."""
    if verb.pos_ != "VERB" or not verb.tag_.startswith("VB") or verb.lower_ in _LINKING:
        return ""  # "making a total of 260,000 barrels" says nothing of what is done
    infinitive = verb.tag_ == "VB" and any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children)
    if role == "nsubj" and _reduced_relative(verb):
        role = "nsubjpass"  # "about $900m (£557m) owed to donor countries ... should be written off"
    if infinitive:
        words = ["amount", "to", verb.lower_]  # "selling assets to raise as much as $30billion"
    elif role == "nsubj":
        words = ["amount", verb.lower_]  # what the amount itself does: "leaking from the well"
    else:
        words = ["amount", _participle(verb)]  # "$360m has been pledged", "pumps $60billion a year into"
    words += [c.lower_ for c in verb.children if _particle(c, verb) and not _up_to(c)]  # "siphoning off"
    ways = ("from", "into", "out") if role == "nsubj" else ("into", "to")
    places = [c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ in ways and not _up(c)]
    objects = [o for o in places[:1] for o in o.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
    reached = _reached(verb) if role == "nsubj" else None
    if objects:  # where it goes: "into the state economy", "to the bill", "from the well"
        words += [places[0].lower_, _noun_phrase(objects[0])]
    elif reached is not None:  # "Millions of dollars have now reached the Red Cross"
        words.append(_noun_phrase(reached))
    elif role == "nsubj" and (_said_of_amount(verb) or verb.lower_ in _FLOWS):
        return " ".join(words)  # "a trillion dollars wasted": a participle said of the amount
    elif role == "nsubj":
        return ""  # "$20billion may not be enough" says nothing of what it is
    return " ".join(words)


def _reached(verb: Token) -> Token | None:
    """ "Millions of dollars have now reached the Red Cross": whom or where a sum that is the subject
    of a verb of reaching gets to, the verb's object."""
    if verb.lower_ not in _REACHING:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
    return objects[0] if objects and not unit_word(objects[0]) and not _a_time(objects[0]) else None


def _particle(word: Token, verb: Token) -> bool:
    """The particle of a phrasal verb ("siphoning off"), also where the parse took it for an adverb right
    after the verb ("has set aside £20m": "set aside", not "set")."""
    return word.dep_ == "prt" or (word.tag_ == "RP" and word.i == verb.i + 1)


def _reduced_relative(verb: Token) -> bool:
    """ "$900m owed to donor countries should be written off": a past participle with no auxiliary right
    after the amount the parse made its subject tells what was done to the amount, while the clause goes
    on to a verb of its own."""
    doc = verb.doc
    if verb.tag_ != "VBN" or verb.dep_ not in ("ccomp", "conj") or not verb.is_alpha or len(verb.text) < 3:
        return False
    if any(c.dep_.startswith("aux") for c in verb.children):
        return False
    if verb.i + 1 < len(doc) and doc[verb.i + 1].text == "-":
        return False  # "re-named"
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    before = doc[verb.i - 1]
    if not subjects or verb.i != subjects[0].right_edge.i + 1 or not (before.is_alpha or before.text == ")"):
        return False  # right after the amount or its bracket, not after a dash: "billions ... -- re-named"
    following = [c for c in verb.head.children if c.i > verb.i and c.dep_ in ("ccomp", "conj")]
    return bool(following)


def _said_of_amount(verb: Token) -> bool:
    """ "Its already a trillion dollars wasted": a participle heading the sentence, said of the amount
    (not a hyphenated word the parse split, "re-named")."""
    doc = verb.doc
    hyphenated = verb.i + 1 < len(doc) and doc[verb.i + 1].text == "-"
    plain = verb.tag_ == "VBN" and verb.dep_ in ("ROOT", "acl") and len(verb.text) > 2 and not hyphenated
    return plain and not any(c.dep_.startswith("aux") for c in verb.children)


def _participle(verb: Token) -> str:
    """ "pumps" → "pumped", "paying" → "paid", "add" → "added": what is done, read without a lemmatizer."""
    form = verb.lower_
    if verb.tag_ in ("VBN", "VBD"):
        return _PAST_PARTICIPLES.get(form, form)
    if verb.tag_ == "VBZ" and form in ("has", "does"):
        base = "have" if form == "has" else "do"
    elif verb.tag_ == "VBZ":
        base = form[:-2] if form.endswith(("ches", "shes", "sses", "xes")) else form[:-1]
    elif verb.tag_ == "VBG":
        base = form[: -len("ing")]
    else:
        base = form
    # an ending cut off may have taken an "e" ("riding", "rides") or doubled a letter ("running"); a
    # bare form is whole ("rid" is not "ride", "dog" not "do")
    guesses = (base, base + "e", base[:-1]) if verb.tag_ in ("VBG", "VBZ") else (base,)
    for candidate in guesses:
        if candidate in _IRREGULAR:
            return _IRREGULAR[candidate]
    if base.endswith("y") and len(base) > 1 and base[-2] not in "aeiou":
        return base[:-1] + "ied"  # "carrying" -> "carried"
    if verb.tag_ == "VBG" or base.endswith("e"):
        return base + ("ed" if verb.tag_ == "VBG" else "d")
    return base + "ed"


def _scale(token: Token) -> bool:
    return is_scale_word(token.text) or vague_amount([token.text]) is not None


def _compared_with(token: Token) -> Token | None:
    """The amount another one is set against: "70 billion pounds against more than 120 billion"."""
    head = token.head
    if token.dep_ != "pobj" or head.lower_ not in _COMPARED_WITH:
        return None
    other = head.head
    return other if other.pos_ == "NOUN" and unit_word(other) and other.i != token.i else None


def _share_above(token: Token) -> Token | None:
    """The share an amount is taken as ("the vast majority of", "a total of", "one fifth of", "8 percent
    at"): it does not say what is counted; the words around the share or the amount may."""
    head = token.head
    if token.dep_ != "pobj" or head.lower_ != "of" or head.head.lower_ not in _SHARES:
        return None
    share = head.head
    while share.dep_ in ("nummod", "quantmod", "compound") and share.head.i != share.i:
        share = share.head
    return share


def _measured(token: Token) -> str:
    """ "The BOP, which ... weighs approximately 1 million pounds": the weight of the BOP; "the
    company is worth 70 billion pounds": the value of the company."""
    verb = token.head
    if token.dep_ in ("npadvmod", "amod", "pobj") and verb.lower_ == "worth" and verb.dep_ == "acomp":
        subject = _subject_noun(verb.head)
        return f"value of {_noun_phrase(subject)}" if subject is not None else "value"
    if token.dep_ not in ("dobj", "npadvmod", "attr") or verb.pos_ != "VERB":
        return ""
    measure = next((m for form, m in _VERB_MEASURES.items() if verb.lower_.startswith(form)), None)
    if measure is None:
        return ""
    subject = _subject_noun(verb)
    return f"{measure} of {_noun_phrase(subject)}" if subject is not None else measure


def _subject_noun(verb: Token) -> Token | None:
    """The noun subject of a verb, through "is likely to", "to be" and a relative pronoun (the noun
    the relative clause describes)."""
    while (verb.dep_ in ("xcomp", "acomp") or _to_go_on(verb)) and verb.head.i != verb.i:
        verb = verb.head
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            if child.lower_ in _RELATIVES and verb.dep_ == "relcl":
                return verb.head if verb.head.pos_ in ("NOUN", "PROPN") else None
            return child if child.pos_ in ("NOUN", "PROPN") else None
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ == "NOUN":
        return verb.head  # a headline: "BP oil spill to cost U.S. taxpayer almost $10billion"
    return _absolute_subject(verb)


def _absolute_subject(verb: Token) -> Token | None:
    """ "with BP's five-year CDS widening ... by 100 basis points": the subject of a participle after
    "with", which the parse may hang on the participle as a compound."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.lower_ != "with":
        return None
    before = [c for c in verb.lefts if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")]
    return before[-1] if before else None


def _to_go_on(verb: Token) -> bool:
    """ "BP shares fell 2.7 percent ... to end at 493 pence": an infinitive that goes on with what the
    subject of the verb before does."""
    infinitive = verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return infinitive and verb.dep_ == "advcl" and not any(c.dep_ == "nsubj" for c in verb.children)


def _set_off_after(token: Token) -> Token | None:
    """ "its oil exports, at 2.13 million barrels per day in 2009, are 31 percent below": a rate set off
    by commas right after the noun it is of (whatever the parse attached the "at" to)."""
    at = token.head
    if token.dep_ != "pobj" or at.lower_ != "at" or at.i < 2 or at.doc[at.i - 1].text != ",":
        return None
    noun = at.doc[at.i - 2]
    return noun if noun.pos_ == "NOUN" and not unit_word(noun) and not _a_time(noun) else None


def _relative_clause(token: Token) -> str:
    """What a relative clause on the counted noun says is done with it: "(the 2 million barrels per day)
    that state oil company Petrobras produces in Brazil" gives "state oil company Petrobras produces in
    Brazil" (up to a comma or a bracket)."""
    clauses = [c for c in token.children if c.dep_ == "relcl" and c.i > token.i]
    if token.lower_ in _BARE_WORDS:
        return ""  # "the $30billion figure that a lot of analysts are converging on"
    if not clauses or any(c.dep_ in _SUBJECTS and c.lower_ in _RELATIVES for c in clauses[0].children):
        return ""  # "16,000 square miles ... that had been closed to fishing": what was done, not what it is
    words = []
    for word in clauses[0].subtree:
        if word.text in (",", "(", ";", "--", ":"):
            break
        if not words and (word.lower_ in _RELATIVES or word.is_space):
            continue
        words.append(word.text_with_ws)
    return "".join(words).strip()


def _price(money: bool, kind: str) -> str:
    """ "$80 a barrel", "$31.68 per share": the price of one unit (not a sum paid per day)."""
    if not money or " per " not in kind:
        return ""
    unit = kind.split(" per ", 1)[1]
    return "" if figure_kinds.rate_period(unit) is not None else f"price per {unit}"


def _dimension(doc: Doc, end: int, kind: str) -> str:
    """ "40 feet tall", "a mile (1.6 km) deep", "42 miles southeast of Venice": a size or a distance."""
    if kind.split(" per ")[0] not in LENGTHS:
        return ""  # "260,000 barrels from the spill" is no distance
    at = end
    if at < len(doc) and doc[at].text == "(":  # "a mile (1.6 km) deep"
        closing = [t.i for t in doc[at : min(at + 8, len(doc))] if t.text == ")"]
        at = closing[0] + 1 if closing else at
    following = doc[at].lower_ if at < len(doc) else ""
    compass = at + 2 < len(doc) and doc[at + 1].lower_ == "the" and doc[at + 2].lower_ in _DIRECTIONS
    if following == "to" and compass:
        return "distance"  # "a town about 19km (18 miles) to the west"
    if following in _DIMENSIONS:
        return _DIMENSIONS[following]
    towards = _distance_to(doc, at)
    if towards:
        return towards
    if following != "from" or at + 1 >= len(doc) or doc[at + 1].pos_ != "PROPN":
        return "distance" if following in _DIRECTIONS else ""
    limit = doc[at].sent.end
    end = name_end(doc, at + 1, limit)
    if end + 1 < limit and doc[end].tag_ == "POS":  # "10 miles from Florida's northwest Panhandle coast"
        end += 1
        while end < limit and doc[end].pos_ in ("ADJ", "NOUN", "PROPN"):
            end += 1
    return f"distance from {doc[at + 1 : end]}"  # "16km from Port-au-Prince"


def _distance_to(doc: Doc, at: int) -> str:
    """ "drove the 100 yards back to the heliport": a length right before "to" a place (or "back to")
    is the distance to it (not "rose 3 feet to 10 feet": a number is no place)."""
    if at < len(doc) and doc[at].lower_ == "back":
        at += 1
    if at >= len(doc) or doc[at].lower_ not in _TOWARDS or doc[at].dep_ != "prep":
        return ""
    places = [c for c in doc[at].children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")]
    if not places or unit_word(places[0]) or _a_time(places[0]) or places[0].like_num:
        return ""
    return f"distance to {_noun_phrase(places[0])}"


def name_end(doc: Doc, start: int, limit: int) -> int:
    """Where the proper name at `start` ends, a name written with hyphens kept whole ("Port-au-Prince",
    which the tokenizer cuts into five words)."""
    end = start
    while end < limit and doc[end].pos_ == "PROPN":
        end += 1
        while end + 1 < limit and doc[end].text in ("-", "–") and _glued(doc[end - 1], doc[end]):
            if not doc[end + 1].is_alpha:
                break
            end += 2
    return end


def _distance_within(first: Token | None, end: int, kind: str) -> str:
    """ "crept to within 6 miles of Florida's Gulf coast panhandle": a length after "within" and before
    "of" is a distance from what follows."""
    if first is None or first.i == 0 or kind.split(" per ")[0] not in LENGTHS:
        return ""
    doc = first.doc
    if doc[first.i - 1].lower_ != "within" or end >= len(doc) or doc[end].lower_ != "of":
        return ""
    objects = [c for c in doc[end].children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")]
    return f"distance from {_noun_phrase(objects[0])}" if objects else "distance"


def _of_dimension_named(thing: str, doc: Doc, end: int) -> str:
    """ "the pipe is 3 inches in diameter", "droplet measures between 1 to 5 micrometers in diameter":
    the dimension named right after the unit is what it measures, of the thing the clause names
    ("diameter of pipe"), or alone where the clause names none."""
    if end + 1 >= len(doc) or doc[end].lower_ != "in" or doc[end + 1].lower_ not in _DIMENSION_NOUNS:
        return thing
    dimension = doc[end + 1].lower_
    if not thing or thing.startswith("amount ") or thing in _DIMENSIONS.values():
        return dimension
    return thing if dimension in thing.split() else f"{dimension} of {thing}"


def _bound_dimension(unit: Token | None, kind: str) -> str:
    """ "waves as high as 12 feet", "as deep as 3,300 feet", "as far away as 8 miles": the size the
    bound "as ... as" names, of the noun it is said of ("height of waves")."""
    if (
        unit is None
        or kind.split(" per ")[0] not in LENGTHS
        or unit.dep_ != "pobj"
        or unit.head.lower_ != "as"
    ):
        return ""
    bound = unit.head.head
    if bound.lower_ == "away" and any(c.lower_ == "far" for c in bound.children):
        return "distance"
    dimension = _DIMENSIONS.get(bound.lower_) if bound.lower_ not in ("below", "under", "across") else None
    if dimension is None:
        return ""
    described = bound.head if bound.dep_ == "amod" and bound.head.pos_ == "NOUN" else None
    return f"{dimension} of {_noun_phrase(described)}" if described is not None else dimension


def _restated_by_or(unit: Token | None) -> Token | None:
    """ "fully one-third of Gulf federal waters, or 78,603 square miles": an amount joined by ", or" to
    what it restates is of that (of what the share is of)."""
    if unit is None or unit.dep_ != "conj" or unit.head.i > unit.i:
        return None
    doc, head = unit.doc, unit.head
    links = [c for c in head.children if c.dep_ == "cc" and c.lower_ == "or" and head.i < c.i < unit.i]
    if not links or doc[links[0].i - 1].text != ",":
        return None
    if head.lower_ in _SHARES:
        of = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"]
        objects = [o for p in of[:1] for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
        return objects[0] if objects and not unit_word(objects[0]) else None
    return head if head.pos_ == "NOUN" and not unit_word(head) and not _a_time(head) else None


def _compared_dimension(last: Token, kind: str) -> str:
    """ "waters deeper than 500 feet", "a slick wider than 10 miles": a size the comparative names."""
    if kind.split(" per ")[0] not in LENGTHS:
        return ""
    doc, at = last.doc, last.i
    while at > 0 and (doc[at].like_num or is_scale_word(doc[at].text)):
        at -= 1
    if at < 1 or doc[at].lower_ != "than":
        return ""
    return _COMPARATIVES.get(doc[at - 1].lower_, "")


def _purpose(token: Token) -> Token | None:
    """What a sum is paid for: "$50 million in damages claims", "$10 billion in assets"."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "for", "on"):
            objects = [c for c in child.children if c.dep_ == "pobj" and c.pos_ == "NOUN" and not _a_time(c)]
            if objects and not (child.lower_ == "for" and _people(objects[0])):
                return _form_of(objects[0])
    return None


def _listed_purpose(token: Token) -> str:
    """ "$4billion extra to combat H1N1 swine flu and $5billion to back credit lines to the ...": an item
    of a list followed by its own "to" and a verb is for what that verb says, whatever the parse joined
    the item to (here the object of the item before's "to combat")."""
    doc = token.doc
    at = token.right_edge.i + 1
    if at + 1 >= len(doc) or doc[at].lower_ != "to" or doc[at].dep_ != "aux":
        return ""
    if any(t.lower_ == "or" for t in doc[token.head.i : token.i]):
        return ""  # "to a record 255 basis points, or $255,000 per year to insure $10million": the same
    verb = doc[at + 1]
    return f"amount to {verb.lower_}" if verb.tag_ == "VB" and doc[at].head.i == verb.i else ""


def _for_a_time(token: Token) -> bool:
    """ "137m euros for short-term needs and at least 200m euros for the medium and longer term": an item
    of a list with a phrase of its own that says when, which the item before does not share."""
    return any(
        child.dep_ == "prep"
        and child.lower_ in ("in", "for")
        and any(c.dep_ == "pobj" and _a_time(c) for c in child.children)
        for child in token.children
    )


def _people(noun: Token) -> bool:
    """ "raised more than £200,000 for earthquake victims": a sum "for" people is given to them; they
    are who it helps, not what it is."""
    return person_word(noun.lower_)


def _form_of(noun: Token) -> Token:
    """ "$100m ... in the form of extended loans": what a form or a shape is of is the thing (the loans)."""
    if noun.lower_ not in _FORMS:
        return noun
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            objects = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")]
            if objects:
                return objects[0]
    return noun


def _a_time(token: Token) -> bool:
    """ "in the past 24 hours", "for six months": when, not what."""
    dated = token.ent_type_ in ("DATE", "TIME") or _a_term(token) or _span_of_time(token)
    return dated or figure_kinds.kind_of(token.text) in figure_kinds.NOT_COUNTS


def _span_of_time(token: Token) -> bool:
    """ "donated more than £2m in the space of 36 hours": a noun whose "of" names a time is that time."""
    if token.lower_ not in _SPANS:
        return False
    of = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"]
    times = [o for p in of for o in p.children if o.dep_ == "pobj"]
    return bool(times) and (
        times[0].ent_type_ in ("DATE", "TIME")
        or figure_kinds.kind_of(times[0].text) in figure_kinds.NOT_COUNTS
    )


def _a_term(token: Token) -> bool:
    """ "at least 200m euros for the medium and longer term", "in the long run": a span of time told by
    how far off it is, not a thing a sum is for."""
    if token.lower_ not in _TERMS:
        return False
    return any(c.dep_ == "amod" and c.lower_ in _HORIZONS for c in token.children)


def _only_units(counted: Span) -> bool:
    """ "barrels a day", "bpd", "km": the counted words name a unit and nothing else."""
    words, depth = [], 0
    for token in counted:  # the units again in brackets: "barrels (3.4 million gallons) of oil"
        depth += (token.text == "(") - (token.text == ")")
        if depth == 0 and token.pos_ in ("NOUN", "PROPN") and not _equivalent(token):
            words.append(token)
    return all(unit_word(t) or t.lower_ in _BARE_WORDS or t.lower_ in _SCALE_UNITS for t in words)


def _equivalent(token: Token) -> bool:
    """ "barrels of oil equivalent": "oil equivalent" is part of the unit (boe), not what is counted."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.lower_ == "equivalent" or (following is not None and following.lower_ == "equivalent")


def _basis_points(token: Token) -> bool:
    """ "widening ... to a record 270 basis points": a unit of a rate or spread, both of its words."""
    doc, i = token.doc, token.i
    if token.lower_ == "basis":
        return i + 1 < len(doc) and doc[i + 1].lower_ in ("point", "points")
    return token.lower_ in ("point", "points") and i > 0 and doc[i - 1].lower_ == "basis"


def unit_word(token: Token) -> bool:
    lowered = token.lower_
    return (
        _basis_points(token)
        or figure_kinds.is_measure(figure_kinds.kind_of(lowered))
        or lowered in _BARREL_RATES
        or lowered in _MONEY_UNITS
        or lowered in figure_kinds.CURRENCY_WORDS
        or figure_kinds.rate_period(lowered) is not None
        or figure_kinds.slashed_rate(lowered) is not None
        or any(_unit_part(part) for part in lowered.replace("\\/", "/").split("/"))
    )


def unit_only_label(counted: str) -> bool:
    """ "barrels a day", "cents\\/share", "percent", "": a figure's `counted` that names no thing, only its
    unit (or nothing at all)."""
    words = [w for w in counted.lower().replace("\\/", " ").replace("/", " ").split() if w]
    return all(
        _unit_part(w)
        or w in _SCALE_UNITS
        or w in _BARREL_RATES
        or w in _UNIT_LINKS
        or figure_kinds.rate_period(w)
        for w in words
    )


def _unit_part(part: str) -> bool:
    """One side of a slashed unit: "barrels" in "barrels/day", "cents" in "cents\\/share" (tokenized)."""
    measure = figure_kinds.is_measure(figure_kinds.kind_of(part))
    return measure or part in _MONEY_UNITS or part in figure_kinds.CURRENCY_WORDS


def _noun_above(token: Token) -> Token | None:
    """The noun a figure is of: the head of "of"/"at"/"worth"/"between", else the object or subject
    of the verb the figure measures ("pegging the well's flow at ...", "has shrunk by ...")."""
    set_off = _set_off_after(token) or _absolute_mover(token)
    if set_off is not None:
        return set_off
    token = _past_bound(_past_direction(token))
    head = token.head
    share = head.head.lower_ in _SHARES  # "8 percent at $31.68 per share": not what the price is of
    if token.dep_ == "pobj" and head.lower_ in _OF_WORDS and head.head.pos_ == "NOUN" and not share:
        if is_scale_word(head.head.text) or vague_amount([head.head.text]):  # "billions of pounds"
            return _noun_above(head.head)
        if head.head.lower_ in _BOUND_NOUNS:  # "fines potentially in excess of $20billion": the bound's
            return _noun_above(head.head)
        return head.head
    if token.dep_ in ("npadvmod", "amod") and head.lower_ == "worth" and head.head.pos_ == "NOUN":
        return head.head
    verb = _past_from(head.head, token) if token.dep_ == "pobj" else head
    if verb.pos_ == "ADJ" and token.dep_ == "pobj" and head.lower_ == "to":
        return _near_subject(verb)
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    done_by_noun = (  # "a country ... giving away $2.5m", not "a clean-up operation approaching $1bn"
        verb.tag_ == "VBG"
        and token.dep_ == "dobj"
        and not _measures(verb, token)
        and verb.lower_ not in _LINKING
    )
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    described = (  # not "that demand is up", nor "BP's efforts to collect billions of dollars" (an aim's)
        verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and not own_subject and not _aim_of_noun(verb)
    )
    if described and not unit_word(verb.head) and not done_by_noun:
        return verb.head  # "a total national catch valued at $131.6million"
    opening = _opening_participle_subject(verb)
    if opening is not None:
        return opening
    named = _named_mover(token, verb) or _mover_before_participle(token, verb)
    if named is not None:
        return named
    # the subject of a verb whose object is the amount does it ("the tube was siphoning off 1,000
    # barrels"), and one who reports or estimates it is its source, not what it counts
    agents = (
        (token.dep_ == "dobj" and not _measures(verb, token))
        or cue_lemma(verb) is not None
        or _object_read_as_modifier(token, verb)
    )
    for dep in ("dobj", "nsubjpass") if agents else ("dobj", "nsubjpass", "nsubj"):
        for child in verb.children:
            if child.dep_ != dep or child.i == token.i or _set_off_before(child, verb):
                continue
            if child.lower_ in _RELATIVES and verb.dep_ == "relcl":
                child = verb.head  # "a torrent of oil that the government estimated at ..."
            child = _noun_after_name(child)
            if (
                child.pos_ == "NOUN"
                and not unit_word(child)
                and (not _an_amount(child) or _amount_described(child))
                and not _a_source(child, verb)
                and not _set_off_participle(child)
            ):
                return child
    if not agents and not own_subject:
        subject = _subject_noun(verb)  # "a bill that is likely to run into the billions of dollars"
        shared = verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not _subordinate(verb.head)
        if subject is None and shared and _measure_of_verb(token):
            subject = _subject_noun(verb.head)  # "The shares then rose ... and ended up 7.6 percent"
            subject = subject if subject is not None and subject.pos_ == "NOUN" else None
        if subject is not None and not unit_word(subject) and not _name_doing(subject, verb, token):
            return subject
    if verb.lower_ in BE_FORMS and token.lower_ in _CHANGE_DIRECTIONS:
        return None  # "the ... sector index was up 1 percent, on higher oil prices": why, not what
    for child in verb.children:
        taken = _value_taken_from(child)
        if taken is not None:  # "wiping about $30billion from its market value": the value lost
            return taken
        if child.dep_ == "prep" and child.lower_ in ("in", "on", "for") and not _opening_aside(child, verb):
            objects = [c for c in child.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
            if objects and not unit_word(objects[0]) and objects[0].i != token.i and not _a_time(objects[0]):
                if child.lower_ == "for" and _people(objects[0]):
                    return None  # "raised more than £200,000 for earthquake victims": whom it helps, and
                    # what follows is how ("for Haiti quake victims in a sponsored bike ride")
                return objects[0]  # not "in fourth quarter of 2010": when, not what
    return None


def _name_doing(subject: Token, verb: Token, amount: Token) -> bool:
    """ "BP agreed to sell four fields ... for $650million", "BP planned to raise $10billion from a bond
    sale, $20billion from banks": a name that does something with an amount (sells for it, raises it)
    is who does it, not what the amount counts; a name whose value changes by it ("BP ... ended up 7.6
    percent") is what it measures."""
    return subject.pos_ == "PROPN" and not _a_change(verb) and not _measures(verb, amount)


def _named_right_before(amount: Token) -> bool:
    """An amount in apposition right after the noun it gives, with nothing between ("an average forecast
    $4.60billion"); not one set off by a comma or a dash, which may be a list's next item, nor a "noun"
    heading a clause, a verb the tagger misread ("each coughed airborne droplet measures between 1 to 5
    micrometers")."""
    noun = amount.head
    return (
        amount.dep_ == "appos"
        and noun.pos_ == "NOUN"
        and noun.dep_ not in _CLAUSE_HEADS
        and noun.i == amount.left_edge.i - 1
        and not unit_word(noun)
    )


def _aim_of_noun(verb: Token) -> bool:
    """A verb with "to" on a noun ("efforts to collect", "plans to sell"): what the noun aims at, not a
    thing described; a capacity's verb measures the capacity ("capacity to hold 104,500 barrels")."""
    infinitive = verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return infinitive and verb.head.lower_ not in _CAPACITIES


def _opening_aside(phrase: Token, verb: Token) -> bool:
    """ "In the past, people put £24,000 on their Visa cards", "Wyclef Jean, for example, has raised
    $1m": a phrase before the verb set off by a comma says when or how the clause holds, not what the
    sum is for."""
    after = phrase.right_edge.i + 1
    return phrase.i < verb.i and after < len(phrase.doc) and phrase.doc[after].text == ","


def _set_off_before(child: Token, verb: Token) -> bool:
    """ "Japan auction site, one box of 100 surgical face masks was auctioned at around $280": of two
    words the parse gives one verb in the same role, the far one set off by a comma or a dash before
    the near one is a fragment run in before the clause (a place or a heading), not what it is about."""
    doc = verb.doc
    for other in verb.children:
        if other.dep_ != child.dep_ or not child.i < other.i < verb.i:
            continue
        if any(t.text in (",", "--", "-", "–", "—") for t in doc[child.i + 1 : other.left_edge.i]):
            return True
    return False


def _set_off_participle(noun: Token) -> bool:
    """ "Millions of dollars have now reached the Red Cross, breaking records for a mobile giving
    campaign": a noun whose words open with a participle after a comma is the object of a clause set
    off beside the sum, which the parse hung on the sum's verb; it is not what the sum is of."""
    first = noun.left_edge
    return first.tag_ == "VBG" and first.i > 0 and noun.doc[first.i - 1].text == "," and first.i < noun.i


def _named_mover(token: Token, verb: Token) -> Token | None:
    """ "KLSE fell 0.9 percent to 983.9 points", "Transocean is down nearly 14 percent": what a verb of
    change moves by the amount, or to it, is its subject, a name too (an index, a company's stock); not
    a person or a ticker's stray letter, and not for a sum the verb takes as its object."""
    directed = any(c.dep_ in ("advmod", "acomp") and c.lower_ in _CHANGE_DIRECTIONS for c in verb.children)
    moved = verb.lower_ in BE_FORMS and (token.lower_ in _CHANGE_DIRECTIONS or directed)
    if not (_a_change(verb) or moved) or not _measure_of_verb(token) or _per_unit(token):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or subjects[0].pos_ != "PROPN" or len(subjects[0].text) < 2:
        return None
    name = subjects[0]
    return None if name.ent_type_ in ("PERSON", "NORP") else name  # a company may be read as a place


def _level_of_change(amount: Token) -> bool:
    """ "closed down 3.13 percent at $28.74 in New York trading", "jumped ... to 5.95 ringgit on the
    ... stock exchange": the level a verb of change ends at is of its subject; a phrase on the amount
    says where or when, not what the sum is for."""
    if amount.dep_ != "pobj" or amount.head.lower_ not in ("at", "to") or _up(amount.head):
        return False  # "add up to millions of pounds for the relief effort": a bound, not a level
    moved = _past_direction(amount)  # "were up 5.6 percent to 491.7 pence": through the direction
    verb = amount.head.head if moved.i == amount.i else moved.head
    return verb.pos_ == "VERB" and _a_change(verb)


def _past_from(word: Token, amount: Token) -> Token:
    """ "ranges from 35,000 to 60,000 barrels": the parse may hang the "to" of a range on its "from";
    the verb whose subject the range measures is above the "from" (not a verb done to an object:
    "has nearly tripled the amount ..., from about $5.7million in 1999 to $15.9million")."""
    verb = word.head
    if word.lower_ != "from" or word.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX"):
        return word
    return verb if _measures(verb, amount) or _a_change(verb) else word


def _absolute_mover(token: Token) -> Token | None:
    """ "with BP down 1.3 percent at $43.86 and Anadarko Petroleum down 2.3 percent at $67.41": in a
    phrase opened by "with", the name right before the direction is what moved by the amount, or to it."""
    direction = token.head
    if token.dep_ == "pobj" and direction.lower_ in ("at", "to"):
        direction = direction.head
    elif token.dep_ != "npadvmod":
        return None
    if (
        direction.lower_ not in _CHANGE_DIRECTIONS
        or not direction.sent.start < direction.i < token.left_edge.i
    ):
        return None  # not "up to 50 percent higher", where the word before the direction is the amount
    name = direction.doc[direction.i - 1]
    if name.pos_ not in ("NOUN", "PROPN") or unit_word(name) or name.ent_type_ == "PERSON":
        return None
    opened = any(t.lower_ == "with" for t in direction.doc[direction.sent.start : name.i])
    return name if opened else None


def _mover_before_participle(token: Token, verb: Token) -> Token | None:
    """ "BP's shares traded at $30.66, after closing at $31.40", "BP shares have gained over 60 percent
    since falling below 300 pence": a participle of change with no subject of its own, after "after",
    "since" or "before", is said of the subject of the clause it hangs on."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or not _a_change(verb):
        return None
    if verb.head.lower_ not in ("after", "since", "before", "while") or any(
        c.dep_ in _SUBJECTS for c in verb.children
    ):
        return None
    if token.dep_ not in ("npadvmod", "pobj"):
        return None
    subject = _subject_noun(verb.head.head) if verb.head.head.pos_ in ("VERB", "AUX") else None
    return subject if subject is not None and not unit_word(subject) else None


def _near_subject(adjective: Token) -> Token | None:
    """ "The real flow rate from the undersea well ... is probably closer to 25,000 barrels per day": what
    is said to be close or equal to the amount is the subject of the verb the adjective completes."""
    if adjective.lower_ not in _NEAR or adjective.dep_ != "acomp":
        return None
    subject = _subject_noun(adjective.head)
    return subject if subject is not None and not unit_word(subject) else None


def _per_unit(token: Token) -> bool:
    """ "to $34.83 a share": an amount for each unit of something is a price, which the unit tells."""
    doc = token.doc
    following = doc[token.i + 1 : token.i + 3]
    return len(following) == 2 and following[0].lower_ in ("a", "an", "per") and following[1].is_alpha


def _opening_participle_subject(verb: Token) -> Token | None:
    """ "Valued at $3.1billion, the assets include ...": a participle with no subject of its own that
    opens the sentence is said of the main clause's subject, which is what its amount is of."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBN" or verb.i > verb.head.i or verb.i != verb.sent.start:
        return None
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    subjects = [c for c in verb.head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    return subjects[0] if subjects and not unit_word(subjects[0]) else None


def _value_taken_from(word: Token) -> Token | None:
    """ "wiping about $30billion from its market value", "knocking $20 billion off its market
    capitalization": the value the verb takes the amount off is what the amount is of."""
    if word.dep_ not in ("prep", "prt") or word.lower_ not in ("from", "off"):
        return None
    objects = [c for c in word.children if c.dep_ == "pobj" and c.pos_ == "NOUN" and c.lower_ in _VALUED]
    return objects[0] if objects else None


def _subordinate(verb: Token) -> bool:
    """ "since the crisis started": a verb of a clause set under another, whose subject a verb the parse
    joined to it ("... and fell another 6 percent") need not share."""
    return any(c.dep_ == "mark" for c in verb.children)


def _measure_of_verb(token: Token) -> bool:
    """ "ended up 7.6 percent at $38.92": an amount the verb itself measures, or the level it ends at."""
    at_level = token.dep_ == "pobj" and token.head.lower_ in ("at", "to")
    changed = token.lower_ in _CHANGE_DIRECTIONS and token.dep_ in ("advmod", "acomp")  # "were off 54 cents"
    return token.dep_ == "npadvmod" or at_level or changed or _a_bound(token)


def _a_bound(token: Token) -> bool:
    """ "Estimates of the leak's severity vary widely and run as high as 100,000 barrels per day": the
    bound "as high as" that stands for the amount measures what the verb's subject is."""
    distance = token.lower_ in ("far", "long")  # "extending at least as far as 13 km": how far, not what
    as_ = any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children)
    return token.lower_ in _BOUNDS and not distance and as_


def _past_direction(token: Token) -> Token:
    """ "The ... share price closed down 5 percent": the amount the parse hangs on "down" or "higher"
    measures the change the verb tells, as if it hung on the verb; the level it ends at ("BP shares were
    up 5.6 percent to 491.7 pence") is of what changes too."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ in ("to", "at", "from") and head.dep_ == "prep":
        head = head.head
    elif token.dep_ != "npadvmod":
        return token
    if head.lower_ not in _CHANGE_DIRECTIONS:
        return token
    verb = head.head  # "Halliburton's shares were up 4.7 pct": "be" tells the change too
    if head.dep_ not in ("advmod", "acomp") or not (verb.pos_ == "VERB" or verb.lower_ in BE_FORMS):
        return token
    low, high = sorted((verb.i, head.i))
    if any(t.text in (",", ";", "--") for t in token.doc[low:high]):
        return token  # set off from the verb's clause: "closed near session lows, down 3.1 percent"
    return head


def _past_bound(token: Token) -> Token:
    """ "a rate now estimated as high as 60,000 barrels a day": the bound "as high as" stands where the
    amount would (its "as ... as" hangs on the word the amount is said of)."""
    head = token.head
    if token.dep_ != "pobj" or head.lower_ != "as" or head.head.lower_ not in _BOUNDS:
        return token
    bound = head.head
    return bound if bound.dep_ == "advmod" and bound.head.i != bound.i else token


def _measure_over(noun: Token, amount: Token) -> str:
    """ "heavy pressure on the drill line of 1,400 pounds per square inch": the parse may hang the
    amount's "of" on the noun a measure is taken on; the measure that noun is governed by is what the
    amount measures ("heavy pressure on drill line")."""
    if amount.dep_ != "pobj" or amount.head.lower_ != "of" or amount.head.head.i != noun.i:
        return ""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.lower_ not in _MEASURE_NOUNS:
        return ""
    return f"{_noun_phrase(prep.head)} {prep.lower_} {_noun_phrase(noun)}"


def _loss_of(noun: Token, amount: Token, money: bool) -> str:
    """ "the region would lose ... $1.1billion": a sum its subject loses is its losses, not the subject
    (but what has a value loses some of it: "BP's market value lost $100billion" is of the value)."""
    verb = amount.head
    if not money or amount.dep_ != "dobj" or verb.lower_ not in _LOSE or noun.dep_ not in _SUBJECTS:
        return ""
    if noun.head.i != verb.i and not (verb.dep_ == "xcomp" and noun.head.i == verb.head.i):
        return ""
    if noun.lower_ in _VALUED or noun.pos_ != "NOUN":
        return ""
    return f"losses of {_noun_phrase(noun)}"


def _rate_of(noun: Token) -> str:
    """ "the oil keeps gushing ... at a rate ...": a rate says what it measures only through what goes
    at it, the subject of the verb ("rate of oil")."""
    if noun.lower_ not in _RATES or noun.dep_ != "pobj" or noun.head.lower_ != "at":
        return ""
    verb = noun.head.head
    if verb.pos_ != "VERB":
        return ""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]  # "leaking crude at"
    what = objects[0] if objects else _subject_noun(verb)
    if what is None or unit_word(what) or what.pos_ != "NOUN":
        return ""
    return f"{noun.lower_} of {_noun_phrase(what)}"


def _noun_after_name(noun: Token) -> Token:
    """ "U.S. Gulf of Mexico oil production fell by ...": the parse may make the name the subject and
    the common noun after it the object of its "of"; the common noun that ends the phrase is the thing."""
    if noun.pos_ != "PROPN":
        return noun
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            ends = [o for o in prep.children if o.dep_ == "pobj" and o.i == noun.right_edge.i]
            if ends and ends[0].pos_ == "NOUN" and any(c.dep_ == "compound" for c in ends[0].children):
                return ends[0]
    return noun


def _measures(verb: Token, amount: Token) -> bool:
    """Whether the verb's subject is what the amount measures: "the reconstruction will cost billions",
    "the slick covering 600 square miles" (a sum covered is paid: "cover up to $75million for damages")."""
    if verb.lower_ in _SUBJECT_MEASURED:
        return True
    money = any(
        t.lower_ in figure_kinds.CURRENCY_SYMBOLS or t.lower_ in figure_kinds.CURRENCY_WORDS
        for t in amount.subtree
    )
    return verb.lower_ in _COVERS and not money


def _object_read_as_modifier(token: Token, verb: Token) -> bool:
    """ "The British public has so far donated £25m": a sum right after a verb that has no object,
    which the parse took for a modifier ("npadvmod"), is what the verb's subject gives, not the subject;
    not after a verb of change, whose subject is what the sum measures ("shares fell 5p")."""
    if token.dep_ != "npadvmod" or token.head.i != verb.i or verb.pos_ != "VERB" or verb.i > token.i:
        return False
    if not any(t.lower_ in figure_kinds.CURRENCY_SYMBOLS for t in token.subtree):
        return False
    between = token.doc[verb.i + 1 : token.left_edge.i]
    if any(t.pos_ not in ("ADV", "PART") for t in between):
        return False  # "it can start to make some calculations of the fines it may face: $5bn"
    if any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children) or verb.lower_ in _SUBJECT_MEASURED:
        return False
    return not _a_change(verb)


def _a_change(verb: Token) -> bool:
    """ "fell", "dropped", "slipped": a verb whose subject is what changes by the amount."""
    found = stems(verb.text)
    undoubled = [stem[:-1] for stem in found if len(stem) > 3 and stem[-1] == stem[-2]]  # "dropp"
    return any(stem in _CHANGES for stem in found + undoubled)


def _estimated(noun: Token, amount: Token) -> Token:
    """ "their high-end estimate of the amount of crude oil flowing from the well (... to 60,000
    barrels)": an estimate is not the thing, what it is of is ("crude oil"), through a share
    ("the amount of")."""
    if noun.lower_ not in _ESTIMATES:
        return noun
    for _ in range(2):
        of = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
        objects = [o for p in of[:1] for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
        if not objects or objects[0].i == amount.i or unit_word(objects[0]) or _a_time(objects[0]):
            return noun
        noun = objects[0]
        if noun.lower_ not in _SHARES:
            return noun
    return noun


def _a_source(noun: Token, verb: Token) -> bool:
    """ "scientists who argued the well was gushing up to 70,000 barrels per day": those who say how
    much are the figure's source, not what it counts (whatever subject the parse gives the verb)."""
    return any(c.dep_ == "relcl" and c.i != verb.i and cue_lemma(c) is not None for c in noun.children)


def _an_amount(noun: Token) -> bool:
    """ "close down nearly 8 percent at $31.68": another amount is not what this one is of."""
    dated = noun.dep_ == "nsubj"  # "the projected fiscal 2011 budget gaps ... total": when, not how many
    counts = [c for c in noun.children if c.dep_ == "nummod" and not (dated and a_year(c)) and not _one(c)]
    return noun.lower_ in _SHARES or bool(counts)


def _one(number: Token) -> bool:
    """ "one box of 100 surgical face masks was auctioned at around $280": one thing is not a count
    (no figure is made of it), it is what is priced."""
    return number.lower_ in ("one", "1")


def a_year(token: Token) -> bool:
    """ "2011": a number written as a year. On the noun a verb's subject names it says when, not how many
    (not on an object, which a misread date may give: "victims of the September 11, 2001 attacks")."""
    return len(token.text) == 4 and token.text.isdigit() and 1800 <= int(token.text) <= 2100


def _noun_phrase(noun: Token) -> str:
    """The noun with the words that make it specific: "the well's flow" gives "well's flow"."""
    start = noun.i
    for child in reversed(list(noun.lefts)):
        if child.dep_ not in ("compound", "amod", "poss", "nmod") or child.i != start - 1 - _case_gap(
            noun, start
        ):
            break
        start = child.left_edge.i if child.dep_ == "poss" else _compound_start(child)
    doc = noun.doc
    while start > 1 and doc[start - 1].text in ("-", "–") and _glued(doc[start - 2], doc[start - 1]):
        start -= 2  # "high-end estimate", not "end estimate"
    end = _shared_head(noun) or noun
    words = [t.text_with_ws for t in noun.doc[start : end.i + 1] if t.pos_ != "DET"]
    return "".join(words).strip()


def _compound_start(modifier: Token) -> int:
    """ "replacement cost net profit": a noun modifier keeps the nouns right before it that modify it in
    turn ("replacement cost"), not only itself."""
    start = modifier.i
    for child in reversed(list(modifier.lefts)):
        if child.dep_ != "compound" or child.i != start - 1 or child.pos_ not in ("NOUN", "PROPN"):
            break
        start = child.i
    return start


def _shared_head(noun: Token) -> Token | None:
    """ "positive television and newspaper advertising": a singular noun joined by "and"/"or" to a noun
    built on a modifier noun modifies that noun too, which is what the phrase names."""
    if noun.tag_ != "NN":
        return None
    for conj in noun.children:
        if conj.dep_ != "conj" or conj.pos_ != "NOUN" or conj.i != noun.i + 3:
            continue
        link, modifier = noun.doc[noun.i + 1], noun.doc[noun.i + 2]
        if link.lower_ in ("and", "or") and modifier.dep_ == "compound" and modifier.head.i == conj.i:
            return conj
    return None


def _glued(word: Token, hyphen: Token) -> bool:
    """A word joined to the next by a hyphen with no space either side ("high-end", not "- Cleanup")."""
    return word.is_alpha and not word.whitespace_ and not hyphen.whitespace_


def _case_gap(noun: Token, start: int) -> int:
    """One for a possessive marker between a modifier and what follows it ("well 's flow")."""
    return 1 if start > 0 and noun.doc[start - 1].dep_ == "case" else 0


def named_counted(thing: str, written: str, money: bool) -> str:
    """What `Figure.counted` says: the thing, and the unit as written when there is one."""
    if not thing:
        return written
    if money or not written:
        return thing
    return f"{thing} in {written}"


def noun_stood_for(head: Token | None) -> Token | None:
    """ "a number of strike-slip faults, the two main ones in Haiti": "ones" counts the plural noun it
    stands for, the nearest one before it in the sentence (the faults)."""
    if head is None or head.lower_ != "ones":
        return None
    for token in reversed(head.doc[head.sent.start : head.i]):
        if token.tag_ == "NNS" and token.lower_ != "ones" and not unit_word(token) and not _a_time(token):
            return token
    return None


def counted_modifier(first: Token, after_amount: Token, head: Token | None, value: float) -> Token | None:
    """ "a 100 bed hospital", "a 12-storey building": a singular noun between an amount above one and
    a head in the singular after "a" is what is counted (the hospital's beds), not the head (a hundred
    hospitals would take the plural; "400,000 earthquake survivors" count the survivors; "one million
    require shelter" is a verb read as a noun). Units are measures of the head ("a 100 tonne dome") and
    times are ages or spans ("a 10-year plan"), not counts."""
    doc = after_amount.doc
    modifier = after_amount
    if modifier.text in ("-", "–") and not modifier.whitespace_ and modifier.i + 1 < len(doc):
        modifier = doc[modifier.i + 1]
    if value <= 1 or head is None or head.pos_ != "NOUN" or head.tag_ != "NN" or modifier.i + 1 != head.i:
        return None
    if first.i == 0 or doc[first.i - 1].lower_ not in ("a", "an"):
        return None
    if modifier.tag_ != "NN" or modifier.pos_ != "NOUN" or not modifier.is_alpha or unit_word(modifier):
        return None
    if _a_time(modifier) or modifier.lower_ in _SHARES or modifier.lower_ in _BARE_WORDS:
        return None
    return modifier

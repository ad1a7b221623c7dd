"""Which way an expression points: back from the document date or forward.

"On Wednesday" in a report of what happened means the Wednesday before the
publication date; "on Wednesday" after "will" means the one after. The
nearest tense cue in the same sentence decides (a modal or "expected to"
looks forward, as does "agreed to" for what follows it; a past-tense form
looks back). A parse was tried as the first judge and measured worse: the
verb a dependency parse hangs a date on is often the reporting verb ("said
... the scheduled start on Monday"), and where no cue is found the parse
found none either. Nothing here resolves dates.
"""

from __future__ import annotations

import re

from storyline.analyse.timex.calendar import FUTURE, PAST, UNKNOWN


def _cue(pattern: str) -> re.Pattern[str]:
    """A case-blind pattern tried only where a word starts (the lookahead makes the scan far cheaper)."""
    return re.compile(r"(?=[a-zA-Z'])" + pattern, re.IGNORECASE)


# A full stop ends a sentence unless it ends an initial or a short title ("U.S. Court", "Roe vs. Wade").
_SENTENCE_END = re.compile(
    r"(?=[.!?\n])(?:(?<!\b[A-Z])(?<!\bvs)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bGen)(?<!\bGov)"
    r"(?<!\bSen)(?<!\bRep)(?<!\bNo)(?<![ap]\.m)[.!?][\"'”’)]*\s+(?=[A-Z\"'`(“‘])|\n\s*\n)"
)  # the lookahead first lets the scan skip every other character cheaply
_FUTURE_CUE = _cue(
    r"\b(?:will|won't|shall|'ll|going\s+to|(?:is|are)\s+to|expected|scheduled|set\s+to|likely\s+to|"
    r"plans?\s+to|planning|intends?\s+to|due\s+to|would|upcoming|as\s+soon\s+as|as\s+early\s+as)\b",
)
# A predicate that looks ahead puts the time of its infinitive later, whatever its own tense ("agreed
# to buy the unit in February", "a program to repay the loan by March"); it says nothing of a time
# mentioned before it ("On Friday, the government planned to pay"). A plural noun after "to" is the
# object of a preposition, no infinitive ("agreed to concessions on Wednesday", "agreed to talks"):
# a base verb ends in "s" only after "s" or "u" ("discuss", "focus").
_AHEAD_CUE = _cue(
    r"\b(?:(?:agree|decide|promise|pledge|vow|seek|sought|aim|hope|want|offer|propose|prepare|threaten|plan|"
    r"intend)(?:s|d|ed|ned)?|(?:agreement|plan|bid|deal|offer|proposal|program|programme|effort|decision|"
    r"attempt)s?)\s+to(?=\s+(?!the\b|an?\b|his\b|her\b|its\b|their\b)(?![a-z]+[^\Wsu]s\b)[a-z])",
)
_PAST_CUE = _cue(
    r"\b(?:was|were|had|did|said|ago|told|(?-i:[a-z]{2,}(?<!e)(?<!hundr)ed)|agreed|freed|rose|fell|took|"
    r"made|came|went|began|saw|gave|got|won|lost|met|left|held|led|sent|found|thought|became|brought|"
    r"bought|built|paid|sold|struck|grew|threw|broke|spoke|wrote|drove|flew|ran|kept|felt|meant|knew|"
    r"stood|fought|chose|arose|wore|fled|shot|spent|swore|stole|sank|seized|withdrew|overthrew|forgave|"
    r"underwent|undertook)\b",
)  # "-ed" but not "succeed", "hundred"
# A participle after "be" or an article is passive or an adjective, its tense carried elsewhere:
# "will be held", "the reduced dividend", "a still unspecified date".
_NOT_PAST_BEFORE = re.compile(
    r"\b(?:be|is|are|am|been|being|the|an?|its|their|his|her|our|this|these|those)\s+(?:(?:still|[a-z]+ly)\s+)?$",
    re.IGNORECASE,
)
# A preposition that bounds an interval points the expression one way whatever the verb's tense:
# "due by May", "until Tuesday", "effective Feb. 1" look ahead (unless told in the pluperfect or, for
# "until" and "by", in a clause told in the past: `_bound_direction`),
# "since March" (or "since shortly after the Oct. 23 slaying") looks back.
_SIGNAL_BEFORE = re.compile(
    r"\b(?P<word>since|by|until|till|effective)(?:\s+at\s+(?:the\s+)?(?:least|latest|earliest))?"
    r"(?:(?<=since)\s+(?:(?:shortly|just|soon|right)\s+)?after(?:\s+the)?)?\s+$",
    re.IGNORECASE,
)
# A cue after the expression counts only within its clause: "removed the cap on Saturday but it will
# be days before ..." is told in the past.
_CLAUSE_BREAK = re.compile(r";|\s--?\s|,?\s+(?:but|while|whereas|although|though)\s", re.IGNORECASE)
# A modal or a past verb of the expression's own clause (not a reporting verb, not "planned to"): with
# one, cues past the next comma belong to another clause ("Ban, who is due to visit Haiti on Sunday,
# said ..." looks ahead).
_CLAUSE_CUE = _cue(
    r"\b(?:will|won't|shall|'ll|would|(?:is|are)\s+(?:due|set)\s+to|was|were|(?!(?:said|told)\b)"
    r"(?-i:[a-z]{2,}(?<!e)(?<!hundr)ed)(?!\s+to\b)|brought|gave|took|met|made)\b"
)
_HAVE_GOT = re.compile(r"(?:'ve|'s|\bhave|\bhas)\s+$", re.IGNORECASE)  # "I've got": present "have"
_DELIVERY_AFTER = re.compile(r"\s+(?:delivery|contracts?|futures)\b", re.IGNORECASE)
_HAD = re.compile(r"\bhad\b", re.IGNORECASE)  # "had filed reports by Wednesday": a bound already past
_PLUPERFECT = re.compile(r"\bhad\s+(?:been\s+)?$", re.IGNORECASE)
_WINDOW = 400
_AFTER_WEIGHT = 3  # a cue after the expression counts as three times farther: the verb usually comes first


def direction(text: str, start: int, end: int) -> int:
    """PAST, FUTURE or UNKNOWN for the expression at text[start:end]."""
    signal = _SIGNAL_BEFORE.search(text, max(0, start - 36), start)
    if signal and signal.group("word").lower() == "since":
        return PAST
    if signal and not _HAD.search(text, *_sentence_bounds(text, start, end)):
        return FUTURE if signal.group("word").lower() == "effective" else _bound_direction(text, start, end)
    if _DELIVERY_AFTER.match(text, end):
        return FUTURE  # "crude for December delivery": a futures contract names a month ahead
    return _cue_direction(text, start, end)


# What splits a sentence into the clauses whose verbs tell a bound's tense.
_BOUND_CLAUSE_BREAK = re.compile(
    r"[,;:]|\s--?\s|\b(?:which|who|that|because|if|when|while|whereas|although|though|but)\b", re.IGNORECASE
)
# What looks ahead besides `_FUTURE_CUE`: "should be down to a trickle by Monday", "can't get troops there
# until April", "was to be sealed by Sunday", "was predicted to reach the area by the weekend".
_BOUND_AHEAD_CUE = _cue(
    r"\b(?:should|could|may|might|must|can|cannot|can't|expects?|(?:was|were)\s+(?:[a-z]+ed\s+)?to\s+"
    r"(?!the\b|an?\b)[a-z])"
)
# A past verb that moves something to a later bound ("postponed until Tuesday", "extended it by a month").
_DEFERRING = re.compile(r"(?:postpon|delay|defer|adjourn|extend|suspend|recess)", re.IGNORECASE)


def _bound_direction(text: str, start: int, end: int) -> int:
    """ "will stay closed until July 15" looks ahead; "the spill ran until July 15" or "by Monday, tar balls
    were washing up" may end either side of the document date ("imposed a ban until November 30"), so
    when the bound's own clause is told in the past the nearest date is taken. A fronted bound's clause
    goes on past its comma ("By Monday, ...")."""
    left, right = _sentence_bounds(text, start, end)
    for match in _BOUND_CLAUSE_BREAK.finditer(text, left, start):
        left = match.end()
    after = end + 1 if text.startswith(",", end) else end
    stop = _BOUND_CLAUSE_BREAK.search(text, after, right)
    right = stop.start() if stop else right
    if any(pattern.search(text, left, right) for pattern in (_FUTURE_CUE, _AHEAD_CUE, _BOUND_AHEAD_CUE)):
        return FUTURE
    for match in _PAST_CUE.finditer(text, left, right):
        word = match.group(0).lower()
        if start <= match.start() < end or word in ("said", "told") or _DEFERRING.match(word):
            continue
        if _past_form(text, left, match):
            return UNKNOWN
    return FUTURE


# A habit, not an occasion: "the season typically peaks in August", "talks usually resume in spring".
_HABITUAL_CUE = _cue(
    r"\b(?:typically|usually|normally|generally|traditionally|customarily|routinely|tends?\s+to|"
    r"each\s+year|every\s+year)\b"
)


def habitual(text: str, start: int, end: int) -> bool:
    """Whether the expression's clause states a habit: a habitual adverb and no past-tense cue."""
    left, right = _sentence_bounds(text, start, end)
    left = max(left, text.rfind(",", left, start) + 1)
    comma = text.find(",", end, right)
    right = comma if comma >= 0 else right
    if not _HABITUAL_CUE.search(text, left, right):
        return False
    return not any(_past_form(text, left, match) for match in _PAST_CUE.finditer(text, left, right))


def _past_form(text: str, left: int, match: re.Match[str]) -> bool:
    """Whether a past-tense cue is one: not "I've got", not a participle after "be" or an article."""
    if match.group(0).lower() == "got" and _HAVE_GOT.search(text, left, match.start()):
        return False
    return not _NOT_PAST_BEFORE.search(text, max(left, match.start() - 24), match.start())


def _cue_direction(text: str, start: int, end: int) -> int:
    left, right = _sentence_bounds(text, start, end)
    clause_end = _CLAUSE_BREAK.search(text, end, right)
    right = clause_end.start() if clause_end else right
    clause_left = max(left, text.rfind(",", left, start) + 1)
    if _CLAUSE_CUE.search(text, clause_left, start):
        comma = text.find(",", end, right)
        right = comma if comma >= 0 else right
    best: tuple[int, int] | None = None
    cues = ((_FUTURE_CUE, FUTURE, right), (_AHEAD_CUE, FUTURE, start), (_PAST_CUE, PAST, right))
    for pattern, value, stop in cues:
        for match in pattern.finditer(text, left, stop):
            if start <= match.start() < end:
                continue
            if value == PAST and not _past_form(text, left, match):
                continue
            found = value
            if value == FUTURE and _PLUPERFECT.search(text, max(left, match.start() - 12), match.start()):
                found = PAST  # "had been scheduled to expire Friday": a plan already overtaken
            distance = start - match.end() if match.end() <= start else _AFTER_WEIGHT * (match.start() - end)
            if best is None or distance < best[0]:
                best = (distance, found)
    return best[1] if best else UNKNOWN


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(0, start - _WINDOW)
    for match in _SENTENCE_END.finditer(text, left, start):
        left = match.end()
    after = _SENTENCE_END.search(text, end, min(len(text), end + _WINDOW))
    return left, after.start() if after else min(len(text), end + _WINDOW)

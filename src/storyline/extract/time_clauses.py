"""Time clauses: the clause that "once", "when", "after", "before", "until" or "as soon as" opens, and
the main clause it times. What such a clause tells takes its time from the main clause: "When the rig
exploded, 11 workers died" reports the explosion, but in "Once the relief well intercepts the well, mud
will be pumped in" and "it would be only weeks before it reached Florida" the interception and the
reaching are still to come (`event_mentions.modality` asks whether the main clause is). Read off the
parse's table (`analyse.token_table`), as the other readings of modality are.
"""

from __future__ import annotations

from storyline.analyse.token_table import TokenTable

_TIME_MARKS = frozenset({"once", "after", "before", "until", "till"})
_TIME_ADVERBS = frozenset({"when", "whenever"})  # the parser hangs these on the clause as adverbs
# the predicate's own words, up to the clause's head: "before they are shipped out, lowered, installed
# and then tested", "once the new cap is in place", "there is an outbreak" (a condition's too)
SAME_CLAUSE = frozenset({"conj", "xcomp", "attr", "acomp", "oprd"})
_PAST_AUXILIARIES = frozenset({"was", "were", "had", "did"})
# the modals a report in the past moves "will", "can", "may" to ("said it would be weeks before it
# reached Florida"): with them a clause in the past tense is still to come
_PAST_MODALS = frozenset({"would", "could", "might", "should", "'d"})
_CHAIN = frozenset({"xcomp", "conj"})


def time_clause(table: TokenTable, token: int) -> tuple[int, int] | None:
    """The predicate of the time clause the word tells, and the main clause's predicate it times; None
    when the word is in no time clause. The predicate only, as for a condition: a clause nested in it
    ("after officials who visited the site said ...") and a thing it names are what they are."""
    dep, head = table.dep, table.head
    for _ in range(6):
        if dep[token] == "advcl":
            words = table.children(token)
            if any(_time_word(table, word) for word in words):
                return token, head[token]
            if table.lower[head[token]] == "soon" and any(
                dep[w] == "mark" and table.lower[w] == "as" for w in words
            ):  # "as soon as the cap is fitted": the clause hangs on "soon", which hangs on the main verb
                return token, head[head[token]]
        if head[token] == token or dep[token] not in SAME_CLAUSE:
            return None
        token = head[token]
    return None


def _time_word(table: TokenTable, word: int) -> bool:
    lower = table.lower[word]
    if table.dep[word] == "mark":
        return lower in _TIME_MARKS
    return lower in _TIME_ADVERBS and table.tag[word] == "WRB"


def told_in_past(table: TokenTable, clause: int) -> bool:
    """A clause in the past tense ("after two pupils tested positive", "when it was auctioned"): what it
    tells happened, unless a report in the past moved a modal back (`backshifted`)."""
    if table.tag[clause] == "VBD":
        return True
    return any(
        table.dep[c] in ("aux", "auxpass") and table.lower[c] in _PAST_AUXILIARIES
        for c in table.children(clause)
    )


def backshifted(table: TokenTable, main: int) -> bool:
    """Whether the main clause has a modal in its past form ("would", "could", "might"), on its own verb
    or one it depends on ("could take weeks", "would be able to see"), and no perfect after it ("would
    have been brought in": what did not happen then). With one, a clause in the past tense is still to
    come: "said once oil entered the Loop Current, it would be only weeks before it reached Florida"."""
    dep, lower = table.dep, table.lower
    token = main
    for _ in range(4):
        auxiliaries = [c for c in table.children(token) if dep[c] in ("aux", "auxpass")]
        if any(lower[c] == "have" for c in auxiliaries):
            return False
        if any(lower[c] in _PAST_MODALS and table.tag[c] == "MD" for c in auxiliaries):
            return True
        if dep[token] not in _CHAIN or table.head[token] == token:
            return False
        token = table.head[token]
    return False

"""Sentences that tell how things are, not what happened: a timeline has no day for them.

News pages carry explainers and standing facts in the simple present ("The H1N1 virus is the
same strain that causes seasonal flu outbreaks", "The move does not necessarily mean the virus
is causing more severe illness", "Swine flu does not normally infect humans"). An outlet repeats
them, a little edited, on page after page, so that merged they look like the best-told event of
the story, dated by whichever page printed them first. Their events stay in the store and take
part in coreference; they are not timeline events.

A state is told by a verb of being, having or seeming ("is", "have", "means", "includes"), or by
any verb with a word of habit ("normally", "usually"). Other verbs in the simple present tell
happenings: a chronology's "22 April: The oil rig sinks", a headline's "Swine flu hits UK", a
caption's "Eric Holder outlines the government's plans". The simple present also tells news with
a verb of being, and those sentences keep their events: a count or a sum ("now stands at
1,562"), a time ("today", "this week"), a word that places the state in the story's time
("still", "currently", "again"), a source ("officials say the spread is slowing": a claim is news
of its day), and an article's first sentence. spaCy's tags and parse give the tense; no library
tells a standing fact from an event, so the test is written here.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from storyline.analyse.token_table import TokenTable, token_table
from storyline.analyse.verb_forms import PRESENT_TAGS
from storyline.model import TimeExpression

_NOT_PRESENT = frozenset({"VBD", "VBN", "MD"})
_STATIVE = frozenset(  # verbs that tell how things are, whatever the time
    {"be", "have", "seem", "appear", "mean", "know", "include", "contain", "remain", "matter", "need",
     "depend", "consist", "involve", "belong", "represent", "exist", "lack", "require", "resemble",
     "deserve", "own", "possess", "differ"}
)  # fmt: skip
_BE_HAVE = frozenset({"is", "are", "am", "'s", "'re", "'m", "has", "have"})  # left by the lemmatizer
_HABIT = frozenset(
    {"normally", "usually", "often", "generally", "always", "never", "sometimes", "typically", "rarely",
     "seldom", "commonly"}
)  # fmt: skip
_TIMELY = frozenset(
    {"still", "now", "currently", "already", "again", "yet", "today", "tonight", "so", "far", "latest"}
)  # words that place a present state in the story's time ("are still under quarantine")


def is_state(
    span: Span,
    expressions: list[TimeExpression],
    attributed: bool,
    figured: bool,
    lemma: Callable[[Token], str],
) -> bool:
    """Whether the sentence `span` tells a standing state or a general truth in the simple present.

    `expressions`: its time expressions; `attributed`: a source says it; `figured`: it gives a
    figure; `lemma`: the lemmatizer."""
    if attributed or figured or expressions or span.start == 0:
        return False
    root = span.root
    table = token_table(span.doc)
    children, lower = table.children(root.i), table.lower
    if not _simple_present(table, root.i):
        return False
    if any(table.dep[child] == "xcomp" for child in children):
        return False  # "is to be announced", "are likely to lose out": what is expected
    habit = any(lower[child] in _HABIT for child in children)
    if not habit and lower[root.i] not in _BE_HAVE and lemma(root).lower() not in _STATIVE:
        return False  # a happening told in the present: a chronology's, a headline's, a caption's
    doc, pos = span.doc, table.pos
    return not any(
        lower[i] in _TIMELY or (pos[i] == "NUM" and doc[i].like_num) for i in range(span.start, span.end)
    )


def _simple_present(table: TokenTable, root: int) -> bool:
    """The main verb is in the simple present: "is", "has", "does not mean" (not "is shut", "has
    risen", "is slowing" or "will")."""
    tag, lower = table.tag, table.lower
    helpers = [child for child in table.children(root) if table.dep[child] in ("aux", "auxpass")]
    if any(tag[h] in _NOT_PRESENT for h in helpers):
        return False
    if tag[root] in PRESENT_TAGS:
        return not helpers
    return tag[root] == "VB" and any(lower[h] in ("do", "does") for h in helpers)  # "does not mean"

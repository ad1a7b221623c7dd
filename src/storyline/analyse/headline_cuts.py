"""Where a page's headline (or a caption after it) ends, run into its lead on the page's first line.

Scraped pages often lose the line break between a headline, a photo caption and the lead: "Looting in
Port-au-Prince after Haiti quake Violence and looting has broken out in parts of Port-au-Prince",
"First swine flu fatality in Spain More than 700 people have been infected with swine flu in Spain".
Read as one sentence, the headline's words become the lead's subject, the entry's text carries the
headline, and a headline with no verb hides nothing from the parser that could cut it. What tells a
headline is that the lead retells it: at least two of the headline's content words, and half of them,
come back in the lead's first sentence ("looting", "Port-au-Prince", "Haiti"). The cut stands before
a capitalised word after a noun, a number or an adjective that may end a headline, never inside a
name ("Travolta pilots supplies to Haiti Hollywood actor John Travolta has flown", "The oil company BP
says"). Only the first line of the parsed text is read: a headline heads its page (a page over
`analyse.chunks`' length is parsed in pieces, and each piece's first line is read as a page's). Written
here: spaCy's parser sees no line break to respect and no library knows headlines.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

_FIRST_CUT = 3  # words a headline has at least
_LAST_CUT = 22  # words of the line a headline (or a caption) may reach from its start
_CUTS = 3  # a headline, a caption and a second caption at most
_LEAD_WORDS = 60  # words of the lead's first sentence read for the headline's words
_ENDS = frozenset({"NN", "NNS", "NNP", "NNPS", "CD", "JJ"})  # tags of a headline's last word
_NAMES = frozenset({"NNP", "NNPS"})
_SENTENCE_ENDS = frozenset({".", "!", "?"})
_KEY = 4  # letters of a word compared ("raising" and "raise", "launches" and "launched")
_OPENERS = frozenset(
    {"The", "A", "An", "More", "Between", "Up", "Some", "Many", "Most", "Several", "Nearly", "Almost"}
    | {"Hundreds", "Thousands", "Dozens", "Millions", "Scores", "Two", "Three", "Four", "Five"}
)  # a lead's first word after a name ("... for Haiti More than 100 of the world's biggest stars")


def headline_ends(doc: Doc, start: int = 0) -> list[int]:
    """The words that open a lead (or a caption) after a headline on the line that starts at word
    `start` (the page's first line, after any update stamp), left to right."""
    reach = min(len(doc), start + _CUTS * _LAST_CUT + _LEAD_WORDS)  # no cut reads further
    end = next((token.i for token in doc[start:reach] if "\n" in token.text), reach)
    cuts: list[int] = []
    while len(cuts) < _CUTS and (cut := _next_cut(doc, start, end)) is not None:
        cuts.append(cut)
        start = cut
    return cuts


def _next_cut(doc: Doc, start: int, end: int) -> int | None:
    for index in range(start + _FIRST_CUT, min(end, start + _LAST_CUT)):
        previous = doc[index - 1]
        if previous.text in _SENTENCE_ENDS:
            return None  # the line's first sentence ends: no headline runs on
        if _may_open(doc, start, index) and _retold(doc, start, index, end):
            return index
    return None


def _may_open(doc: Doc, start: int, index: int) -> bool:
    """Whether a lead may open at word `index`: a capitalised word after a headline's last word,
    a name only after a common noun or a lead's opening word ("More than 700")."""
    word, previous = doc[index], doc[index - 1]
    if not word.text[:1].isupper() or not previous.is_alpha or previous.is_stop or previous.tag_ not in _ENDS:
        return False
    if previous.text[:1].isupper() and word.text not in _OPENERS:
        return False  # "Hollywood", "Emergency Committee": one name goes on
    if word.tag_ in _NAMES and previous.tag_ == "NN" and previous.text.islower():
        following = doc[index + 1] if index + 1 < len(doc) else None
        described = any(token.tag_ == "DT" for token in doc[max(start, index - 4) : index - 1])
        if described or (following is not None and following.text[:1].isupper()):
            return False  # "actor John Travolta", "The oil company BP": a noun that describes the name
    return True


def _retold(doc: Doc, start: int, index: int, end: int) -> bool:
    """Whether the lead's first sentence after word `index` retells the words before it."""
    told = _content(doc[start:index])
    stop = next((t.i for t in doc[index : min(end, index + _LEAD_WORDS)] if t.text in _SENTENCE_ENDS), None)
    lead = _content(doc[index : stop if stop is not None else min(end, index + _LEAD_WORDS)])
    shared = len(told & lead)
    return shared >= 2 and 2 * shared >= len(told)


def _content(words: Span) -> set[str]:
    return {token.lower_[:_KEY] for token in words if token.is_alpha and not token.is_stop and len(token) > 2}

"""Where the lead sentence begins in an article's opening line.

Articles taken from web pages often run the headline, a picture caption or a
wire dateline into the first sentence with no full stop between them ("Haiti
survivors sleep on streets Thousands of people in Haiti have spent ..."), so
the sentence splitter sees one long sentence. A summary should show the lead
alone: it says what happened, in fewer words. Two cues of the text itself
mark where the lead begins:

- a wire dateline: everything up to the dash after the agency's name in
  parentheses ("WASHINGTON (Reuters) - A new type of swine flu ...");
- a capitalised word that opens sentences ("The", "There", "Thousands", ...)
  right after a word in lower case, where no sentence runs on. A headline in
  title case ("Scrambling to Clean Up After A Category 4 ...") shows no such
  point and is left whole.

The last such point that still leaves a sentence of `SHORTEST_LEAD` words is
taken. This module only finds an offset: it never rewrites text, so what is
shown stays one contiguous span of the article. It knows nothing of mentions
or entries (`sentence_selection` applies it to an article's first sentence).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

SHORTEST_LEAD = 8  # words; a shorter rest is a caption's tail, not the lead

# Capitalised words that open a news sentence but do not sit capitalised inside
# a headline written in sentence case. "A" is left out: "influenza A", "Plan A".
_OPENERS = (
    "The",
    "An",
    "This",
    "These",
    "Those",
    "It",
    "He",
    "She",
    "They",
    "We",
    "There",
    "In",
    "On",
    "At",
    "As",
    "But",
    "After",
    "When",
    "While",
    "Some",
    "Many",
    "More",
    "Most",
    "Thousands",
    "Hundreds",
    "Dozens",
)
_SENTENCE_OPENS = re.compile(r"(?:^|\s)[a-z0-9£$€][^\s]*[a-z0-9%)'’] (" + "|".join(_OPENERS) + r")\s")
_DATELINE = re.compile(r"\([A-Z][A-Za-z.&' ]{1,30}\)\s*(?:--?|–|—)\s+(?=\S)")


def lead_start(line: str) -> int:
    """The offset in `line` (an article's opening sentence) at which its lead begins; 0 for all of it."""
    start = _last_leaving_a_lead(line, (match.end() for match in _DATELINE.finditer(line)), 0)
    return _last_leaving_a_lead(
        line, (match.start(1) for match in _SENTENCE_OPENS.finditer(line, start)), start
    )


def _last_leaving_a_lead(line: str, offsets: Iterable[int], default: int) -> int:
    found = default
    for offset in offsets:
        if len(line[offset:].split()) >= SHORTEST_LEAD:
            found = offset
    return found

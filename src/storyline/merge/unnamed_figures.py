"""What a collection tells of figures that do not say whose they are.

A figure with no subject joins a series only when the collection says what it
is about; otherwise it stands alone, since a series of such figures gathers
unrelated numbers as if they were one quantity over time.

A sum of money is always someone's: a loss, a loan, a stake, a price. A report
often leaves the owner to its context ("the bank posted a third-quarter loss of
$729million"). In a collection about one company most sums that name an owner
name the same one (BP in 21 of the 24 sums of bpoil_bbc that name one), so an
unnamed sum is most likely that owner's. In a collection about a whole market
the named owners are many (51 in Finan_washingtonpost's 76, none in more than
6): an unnamed sum there cannot be told whose it is. `owner_settled` says which
case a collection is in.

A count of a noun that names neither whose it is nor what happens to it ("44
nations", "37 million homeowners") says which set it counts only through its
story. When the collection counts that noun over and over (swine flu cases in
49 of H1N1_bbc's 122 articles, countries in 18), it is the story's own count and
its figures make a series; a noun a few articles count in passing (nations in
5 of Finan_washingtonpost's 298) is a different set each time. `story_counts`
names the nouns a collection counts often enough. People are never one: the
kind gathers patients, workers, students and passengers alike (H1N1_bbc's 106
unnamed counts of people are those admitted to hospital in Mexico, tested in
Spain and infected in Kansas), so a count of people says which set only with
what happened to them or whose they are.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable

from storyline.extract import figure_kinds
from storyline.model import Entry, Figure

_SETTLED_SHARE = 0.5  # one owner named by at least half of the sums that name an owner
_STORY_SHARE = 0.1  # a noun counted in at least one article in ten is the story's own count
_EVERYONE = frozenset({"people", "personnel"})  # kinds that gather every role of person


def owner_settled(entries: Iterable[Entry], key_of: Callable[[str], str]) -> bool:
    """Whether the collection's sums that name an owner mostly name one (or none names any): then an
    unnamed sum is taken to be that owner's; else it is nobody's in particular and stands alone."""
    owners = Counter(
        key_of(figure.subject)
        for entry in entries
        for figure in entry.figures
        if figure.subject and figure_kinds.is_currency(figure.kind)
    )
    if not owners:
        return True
    return owners.most_common(1)[0][1] >= _SETTLED_SHARE * sum(owners.values())


def story_counts(entries: list[Entry], document_of: Callable[[Entry, Figure], str | None]) -> frozenset[str]:
    """The kinds of figure that at least one article in ten of the collection states."""
    documents: dict[str, set[str]] = defaultdict(set)
    every_document: set[str] = set()
    for entry in entries:
        every_document.update(mention.document for mention in entry.mentions)
        for figure in entry.figures:
            document = document_of(entry, figure)
            if document is not None:
                documents[figure.kind].add(document)
    floor = _STORY_SHARE * len(every_document)
    return frozenset(kind for kind, where in documents.items() if len(where) >= floor) - _EVERYONE

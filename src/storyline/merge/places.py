"""Which of a collection's places lie within which others, learned from the collection itself.

The merger tells one broad word ("investigated", "tested", "checked") told of two different places
apart (`entries._placed_apart`); a town and its country are no different places. No gazetteer is
at hand, but news writes where a small place lies: "Galveston, Texas", "La Gloria, in the state of
Veracruz", "Ethiopia's capital Addis Ababa"; and a town is named in sentences that name its country
far more often than the collection names that country. What is learnt only ever joins places: a
wrong containment leaves two reports to the other rules, as before the veto.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from storyline.model import Event

WITHIN_SHARE = 0.5  # of a place's sentences that name the other too, for it to lie in the other
WITHIN_LIFT = 2.0  # how many times more often than the collection's sentences name the other
WITHIN_SEEN = 2  # sentences a place needs before its company says where it lies
ARTICLE_LIFT = 3.0  # articles name a place's country with it far more often than chance
ARTICLE_WIDER = 2.0  # and name the country in twice as many articles at least
MAX_COMPANY = 3  # places a sentence names beyond which it is a list ("in Brazil, Israel, Australia")
MAX_STEPS = 3  # "Airdrie, Lanarkshire", Lanarkshire in Scotland, Scotland in the UK


class PlaceIndex:
    """The places of the mentioned sentences, each place's company and the "X, Y" pairs written."""

    def __init__(self) -> None:
        self._seen: set[tuple[str, int]] = set()  # sentences counted (document, start)
        self._articles_seen: set[str] = set()
        self._in_sentences = _Company(1.0)  # the names of the sentences that locate something
        self._in_articles = _Company(ARTICLE_WIDER)  # the names of the articles' mentioned sentences
        self._placed: set[str] = set()  # names some sentence locates something in
        self._written: dict[str, set[str]] = {}  # place -> places it is written to lie in

    def see(self, events: Iterable[Event]) -> None:
        """Count the places of the mentions' sentences (each sentence once, with the names of all
        its mentions) and of their articles."""
        sentences: dict[tuple[str, int], tuple[str, set[str], set[str]]] = {}
        for event in events:
            key = (event.document_id, event.start)
            if key in self._seen:
                continue
            _, places, names = sentences.setdefault(key, (event.summary, set(), set()))
            places.update(event.places)
            names.update(event.places, event.participants)
        articles: dict[str, set[str]] = {}
        for (document, start), (summary, places, names) in sentences.items():
            self._seen.add((document, start))
            self._placed.update(places)
            articles.setdefault(document, set()).update(names)
            if places:
                self._count(self._in_sentences, sorted(names), MAX_COMPANY)
                for inner, outer in written_within(summary, sorted(names)):
                    self._written.setdefault(inner, set()).add(outer)
        for document, names in articles.items():
            if document not in self._articles_seen:
                self._articles_seen.add(document)
                self._count(self._in_articles, sorted(names), None)

    @staticmethod
    def _count(company: _Company, names: list[str], most: int | None) -> None:
        company.total += 1
        company.named.update(names)
        if most is None or len(names) <= most:
            company.together.update((a, b) for a in names for b in names if a != b)

    def within(self, inner: str, outer: str) -> bool:
        """Whether `inner` lies in `outer` as far as the collection tells (a few steps up)."""
        reached, frontier = {inner}, {inner}
        for _ in range(MAX_STEPS):
            frontier = {up for place in frontier for up in self._containers(place)} - reached
            if outer in frontier:
                return True
            if not frontier:
                return False
            reached |= frontier
        return False

    def _containers(self, place: str) -> set[str]:
        """The places `place` is written to lie in, or named with far more often than chance in
        sentences (seen in a few) or articles."""
        found = set(self._written.get(place, ()))
        found |= self._in_sentences.above(place, WITHIN_SEEN, WITHIN_LIFT)
        found |= self._in_articles.above(place, 1, ARTICLE_LIFT)
        return found & self._placed


class _Company:
    """How many sentences (or articles) name each name, and each two names."""

    def __init__(self, wider: float) -> None:
        self.wider = wider  # how many times more often the wider place is named
        self.total = 0
        self.named: Counter[str] = Counter()
        self.together: Counter[tuple[str, str]] = Counter()

    def above(self, place: str, seen: int, lift: float) -> set[str]:
        """The names more often named than `place` that come with it in `WITHIN_SHARE` of its
        sightings and `lift` times more often than with the rest: a country and its towns."""
        named = self.named[place]
        if named < seen:
            return set()
        return {
            other
            for (first, other), together in self.together.items()
            if first == place
            and together >= WITHIN_SHARE * named
            and self.named[other] > named
            and self.named[other] >= self.wider * named
            and together / named >= lift * self.named[other] / self.total
        }


def written_within(sentence: str, places: list[str]) -> list[tuple[str, str]]:
    """The pairs (inner, outer) of the sentence's places written as one within the other: "X, Y"
    (not a list: "in Brazil, Israel, Australia and New Zealand"), "X, in (the state of) Y",
    "X in Y", "Y's (capital) X"."""
    return [
        (inner, outer)
        for inner in places
        for outer in places
        if inner != outer and _pattern(inner, outer).search(sentence)
    ]


@lru_cache(maxsize=4096)
def _pattern(inner: str, outer: str) -> re.Pattern[str]:
    x, y = re.escape(inner), re.escape(outer)
    listed = r"(?!,? (?:and|or) [A-Z]|, (?:the )?[A-Z])"  # the pair goes on as a list
    unlisted = r"(?<!, )(?<!and )(?<!or )"  # nor is the first of the pair a list's later item
    return re.compile(
        rf"{unlisted}\b{x},? (?:in (?:the [a-z]+ of )?)?{y}\b{listed}|\b{y}'s (?:[a-z]+ )?{x}\b"
    )

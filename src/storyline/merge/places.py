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
from collections import Counter, defaultdict
from collections.abc import Iterable

from storyline.model import Event

WITHIN_SHARE = 0.5  # of a place's sentences that name the other too, for it to lie in the other
WITHIN_LIFT = 2.0  # how many times more often than the collection's sentences name the other
WITHIN_SEEN = 2  # sentences a place needs before its company says where it lies
ARTICLE_LIFT = 3.0  # articles name a place's country with it far more often than chance
ARTICLE_WIDER = 2.0  # and name the country in twice as many articles at least
MAX_COMPANY = 3  # places a sentence names beyond which it is a list ("in Brazil, Israel, Australia")
SETTING_SHARE = 0.5  # a place named in this share of the articles is the story's setting (`within`)
SETTING_COMPANY = 0.9  # the share of a place's articles that name the setting, for it to lie there
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
        self._up: dict[str, set[str]] = {}  # `_containers` worked out since the last sentences seen

    def see(self, events: Iterable[Event]) -> None:
        """Count the places of the mentions' sentences (each sentence once, with the names of all
        its mentions) and of their articles."""
        self.see_sentences(
            (event.document_id, event.start, event.summary, event.places, event.participants)
            for event in events
        )

    def see_sentences(self, mentions: Iterable[tuple[str, int, str, list[str], list[str]]]) -> None:
        """`see` for mentions given as (document, start, sentence, places, participants): the
        stored ones, when a later run adds articles to a collection."""
        self._up.clear()
        sentences: dict[tuple[str, int], tuple[str, set[str], set[str]]] = {}
        for document, start, summary, located, participants in mentions:
            if (document, start) in self._seen:
                continue
            _, places, names = sentences.setdefault((document, start), (summary, set(), set()))
            places.update(located)
            names.update(located, participants)
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
            for name in names:
                company.together[name].update(other for other in names if other != name)

    def within(self, inner: str, outer: str) -> bool:
        """Whether `inner` lies in `outer` as far as the collection tells (a few steps up). The
        story's setting, named in most of its articles ("Gulf of Mexico" in a spill's), holds every
        place named less often that comes with it in nearly every article ("Deepwater Horizon"):
        most places come with the setting more often than not, so no chance beaten tells it.
        """
        if self._in_articles.setting(outer, inner):
            return True
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
        if place in self._up:
            return self._up[place]
        found = set(self._written.get(place, ()))
        found |= self._in_sentences.above(place, WITHIN_SEEN, WITHIN_LIFT)
        found |= self._in_articles.above(place, 1, ARTICLE_LIFT)
        self._up[place] = found & self._placed
        return self._up[place]


class _Company:
    """How many sentences (or articles) name each name, and each two names."""

    def __init__(self, wider: float) -> None:
        self.wider = wider  # how many times more often the wider place is named
        self.total = 0
        self.named: Counter[str] = Counter()
        self.together: dict[str, Counter[str]] = defaultdict(Counter)  # name -> names with it

    def setting(self, place: str, other: str) -> bool:
        """Whether `place` is named in `SETTING_SHARE` of the articles at least, more often than
        `other`, and in `SETTING_COMPANY` of the articles naming `other`."""
        named, others = self.named[place], self.named[other]
        if named < SETTING_SHARE * self.total or named <= others:
            return False
        return self.together.get(other, Counter())[place] >= SETTING_COMPANY * others

    def above(self, place: str, seen: int, lift: float) -> set[str]:
        """The names more often named than `place` that come with it in `WITHIN_SHARE` of its
        sightings and `lift` times more often than with the rest: a country and its towns."""
        named = self.named[place]
        if named < seen:
            return set()
        return {
            other
            for other, together in self.together.get(place, Counter()).items()
            if together >= WITHIN_SHARE * named
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
        if inner != outer and _next_to(sentence, inner, outer)
    ]


_BETWEEN = re.compile(r",? (?:in (?:the [a-z]+ of )?)?")  # "X, Y", "X, in the state of Y", "X in Y"
_OWNS = re.compile(r"'s (?:[a-z]+ )?")  # "Y's X", "Y's capital X"
_LISTED_AFTER = re.compile(r",? (?:and|or) [A-Z]|, (?:the )?[A-Z]")  # the pair goes on as a list
_LISTED_BEFORE = (", ", "and ", "or ")  # the first of the pair is a list's later item


def _next_to(sentence: str, inner: str, outer: str) -> bool:
    for start in _occurrences(sentence, inner):
        end = start + len(inner)
        gap = _BETWEEN.match(sentence, end)
        if (
            gap
            and _written_at(sentence, outer, gap.end())
            and not _LISTED_AFTER.match(sentence, gap.end() + len(outer))
            and not sentence[:start].endswith(_LISTED_BEFORE)
        ):
            return True
    for start in _occurrences(sentence, outer):
        owns = _OWNS.match(sentence, start + len(outer))
        if owns and _written_at(sentence, inner, owns.end()):
            return True
    return False


def _occurrences(sentence: str, name: str) -> list[int]:
    """Where the name is written as whole words."""
    found, at = [], sentence.find(name)
    while at >= 0:
        if (at == 0 or not sentence[at - 1].isalnum()) and _written_at(sentence, name, at):
            found.append(at)
        at = sentence.find(name, at + 1)
    return found


def _written_at(sentence: str, name: str, at: int) -> bool:
    """Whether the name is written at `at`, ending a word."""
    end = at + len(name)
    return sentence.startswith(name, at) and (end == len(sentence) or not sentence[end].isalnum())

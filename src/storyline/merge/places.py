"""Which of a collection's places lie within which others, learned from the collection itself.

The merger tells one broad word ("investigated", "tested", "checked") told of two different places
apart (`pair_rules._placed_apart`); a town and its country are no different places. No gazetteer is
at hand, but news writes where a small place lies: "Galveston, Texas", "La Gloria, in the state of
Veracruz", "Ethiopia's capital Addis Ababa"; and a town is named in sentences that name its country
far more often than the collection names that country. What is learnt only ever joins places: a
wrong containment leaves two reports to the other rules, as before the veto.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

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


@dataclass(slots=True)
class PlaceCounts:
    """What the index learns, as counts that only ever add up: the store keeps them beside the
    mentions (`store.place_counts`), so a later run loads them in the size of the collection's
    places and pairs, not of its mentions."""

    sentences: int = 0  # the mentioned sentences that locate something
    articles: int = 0  # the articles with mentions
    in_sentences: Counter[str] = field(default_factory=Counter)  # name -> such sentences naming it
    in_articles: Counter[str] = field(default_factory=Counter)  # name -> articles naming it
    placed: Counter[str] = field(default_factory=Counter)  # name -> sentences locating something in it
    # (name, other), name < other -> sentences naming both (not lists: `MAX_COMPANY`)
    sentence_pairs: Counter[tuple[str, str]] = field(default_factory=Counter)
    # article -> its names: as pairs, a list page naming 1,866 names (MJ_bbc) was 1.7 million of them.
    # The store keeps them and answers for them when asked (`StoredArticles`), loading none
    article_names: dict[str, frozenset[str]] = field(default_factory=dict)
    written: Counter[tuple[str, str]] = field(default_factory=Counter)  # (inner, outer) -> sentences

    def add(self, other: PlaceCounts) -> None:
        self.sentences += other.sentences
        self.articles += other.articles
        self.article_names.update(other.article_names)
        for mine, theirs in zip(self._counters(), other._counters(), strict=True):
            mine.update(theirs)

    def _counters(self) -> list[Counter[str] | Counter[tuple[str, str]]]:
        return [
            self.in_sentences,
            self.in_articles,
            self.placed,
            self.sentence_pairs,
            self.written,
        ]

    def see_article(self, article: str, mentions: Iterable[tuple[int, str, list[str], list[str]]]) -> None:
        """Count one article's mentions, given as (start, sentence, places, participants): each
        sentence once, with the names of all its mentions, and the article with all of them."""
        sentences: dict[int, tuple[str, set[str], set[str]]] = {}
        for start, summary, located, participants in mentions:
            _, places, names = sentences.setdefault(start, (summary, set(), set()))
            places.update(located)
            names.update(located, participants)
        named: set[str] = set()
        for summary, places, names in sentences.values():
            named |= names
            if places:
                self.placed.update(places)
                self.sentences += 1
                self.in_sentences.update(names)
                if len(names) <= MAX_COMPANY:
                    self.sentence_pairs.update(_pairs(names))
                self.written.update(written_within(summary, sorted(names)))
        self.articles += 1
        self.in_articles.update(named)
        if named:  # as the store keeps them: a row a name
            self.article_names[article] = frozenset(named)


def count_places(events: Iterable[Event]) -> PlaceCounts:
    """The counts of the mentions' articles (each article's mentions all given at once)."""
    articles: dict[str, list[tuple[int, str, list[str], list[str]]]] = {}
    for event in events:
        articles.setdefault(event.document_id, []).append(
            (event.start, event.summary, event.places, event.participants)
        )
    counts = PlaceCounts()
    for article, mentions in articles.items():
        counts.see_article(article, mentions)
    return counts


def _pairs(names: set[str]) -> list[tuple[str, str]]:
    ordered = sorted(names)
    return [(name, other) for i, name in enumerate(ordered) for other in ordered[i + 1 :]]


class StoredArticles(Protocol):
    """The names of the stored articles, asked for a name at a time (`store.place_counts`): held
    whole, one row an article and name, they grew with the collection (a run read them all)."""

    def company(self, name: str) -> Counter[str]:
        """The other names of the stored articles naming `name`, each with how many of them."""
        ...

    def together(self, name: str, other: str) -> int:
        """How many stored articles name both."""
        ...


class PlaceIndex:
    """The places of the mentioned sentences, each place's company and the "X, Y" pairs written:
    the counts stored (`counts`) and those of the articles seen since (`unsaved`). The articles'
    names of the stored ones are asked of `stored` (with it, `counts` holds none)."""

    def __init__(self, counts: PlaceCounts | None = None, stored: StoredArticles | None = None) -> None:
        self._in_sentences = _SentenceCompany(1.0)  # the names of the sentences that locate something
        # the names of the articles' mentioned sentences
        self._in_articles = _ArticleCompany(ARTICLE_WIDER, stored)
        self._placed: set[str] = set()  # names some sentence locates something in
        self._written: dict[str, set[str]] = {}  # place -> places it is written to lie in
        self._up: dict[str, set[str]] = {}  # `_containers` worked out since the last sentences seen
        self.unsaved = PlaceCounts()  # what `see` counted since the store last took it (`saved`)
        if counts is not None:
            self._learn(counts)

    def see(self, events: Iterable[Event]) -> None:
        """Count the places of the mentions' sentences (each sentence once, with the names of all
        its mentions) and of their articles, each article's mentions all given at once: an article
        is seen once (a run skips the stored ones)."""
        counts = count_places(events)
        self._learn(counts)
        self.unsaved.add(counts)

    def saved(self) -> None:
        """The store holds what was seen so far (`Store.save_batch`)."""
        self.unsaved = PlaceCounts()
        self._in_articles.saved()

    def _learn(self, counts: PlaceCounts) -> None:
        self._up.clear()
        self._in_sentences.learn(counts.sentences, counts.in_sentences, counts.sentence_pairs)
        self._in_articles.learn_articles(counts.articles, counts.in_articles, counts.article_names)
        self._placed.update(counts.placed)
        for inner, outer in counts.written:
            self._written.setdefault(inner, set()).add(outer)

    def placed(self, name: str) -> bool:
        """Whether some sentence of the collection locates something in `name`: it names a place."""
        return name in self._placed

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


class _Company(ABC):
    """How many sentences (or articles) name each name, and each two names (`_company`, `_together`:
    counted as pairs over sentences, `_SentenceCompany`, or asked of the articles, `_ArticleCompany`)."""

    def __init__(self, wider: float) -> None:
        self.wider = wider  # how many times more often the wider place is named
        self.total = 0
        self.named: Counter[str] = Counter()

    def _learn_names(self, total: int, named: Counter[str]) -> None:
        self.total += total
        self.named.update(named)

    def setting(self, place: str, other: str) -> bool:
        """Whether `place` is named in `SETTING_SHARE` of the articles at least, more often than
        `other`, and in `SETTING_COMPANY` of the articles naming `other`."""
        named, others = self.named[place], self.named[other]
        if named < SETTING_SHARE * self.total or named <= others:
            return False
        return self._together(other, place) >= SETTING_COMPANY * others

    def above(self, place: str, seen: int, lift: float) -> set[str]:
        """The names more often named than `place` that come with it in `WITHIN_SHARE` of its
        sightings and `lift` times more often than with the rest: a country and its towns."""
        named = self.named[place]
        if named < seen:
            return set()
        return {
            other
            for other, together in self._company(place).items()
            if together >= WITHIN_SHARE * named
            and self.named[other] > named
            and self.named[other] >= self.wider * named
            and together / named >= lift * self.named[other] / self.total
        }

    @abstractmethod
    def _company(self, name: str) -> Mapping[str, int]:
        """The names with `name`, each with how often."""

    @abstractmethod
    def _together(self, name: str, other: str) -> int:
        """How often `name` and `other` are named together."""


class _SentenceCompany(_Company):
    """The sentences' names, each two counted as pairs: a sentence names few places."""

    def __init__(self, wider: float) -> None:
        super().__init__(wider)
        self.together: dict[str, Counter[str]] = defaultdict(Counter)  # name -> names with it

    def learn(self, total: int, named: Counter[str], pairs: Counter[tuple[str, str]]) -> None:
        self._learn_names(total, named)
        for (name, other), together in pairs.items():
            self.together[name][other] += together
            self.together[other][name] += together

    def _company(self, name: str) -> Mapping[str, int]:
        return self.together.get(name, {})

    def _together(self, name: str, other: str) -> int:
        return self._company(name).get(other, 0)


class _ArticleCompany(_Company):
    """The articles' names, each two counted when asked from the articles naming one: as pairs, an
    article's names grow as their square (a list page of 1,866 names, 1.7 million pairs). The stored
    articles are asked of the store (`stored`), each name's once until the next batch is stored;
    those seen since are held (all of them without a store)."""

    def __init__(self, wider: float, stored: StoredArticles | None = None) -> None:
        super().__init__(wider)
        self.stored = stored
        self.articles_of: dict[str, list[frozenset[str]]] = defaultdict(list)  # name -> its articles' names
        self._stored_company: dict[str, Counter[str]] = {}  # what the store answered since it last changed
        self._stored_together: dict[tuple[str, str], int] = {}

    def learn_articles(self, total: int, named: Counter[str], articles: dict[str, frozenset[str]]) -> None:
        self._learn_names(total, named)
        for names in articles.values():
            for name in names:
                self.articles_of[name].append(names)

    def saved(self) -> None:
        """The store holds the articles seen so far: they are asked of it from now on."""
        if self.stored is not None:
            self.articles_of.clear()
            self._stored_company.clear()
            self._stored_together.clear()

    def _company(self, name: str) -> Mapping[str, int]:
        company = Counter(self._company_stored(name))
        for names in self.articles_of.get(name, ()):
            company.update(names)
        del company[name]
        return company

    def _company_stored(self, name: str) -> Counter[str]:
        if self.stored is None:
            return Counter()
        if name not in self._stored_company:
            self._stored_company[name] = self.stored.company(name)
        return self._stored_company[name]

    def _together(self, name: str, other: str) -> int:
        held = sum(other in names for names in self.articles_of.get(name, ()))
        if self.stored is None:
            return held
        for one, two in ((name, other), (other, name)):  # either's company, when the store gave it
            if one in self._stored_company:
                return held + self._stored_company[one][two]
        if (name, other) not in self._stored_together:
            self._stored_together[name, other] = self.stored.together(name, other)
        return held + self._stored_together[name, other]


def written_within(sentence: str, places: list[str]) -> list[tuple[str, str]]:
    """The pairs (inner, outer) of the sentence's places written as one within the other: "X, Y"
    (not a list: "in Brazil, Israel, Australia and New Zealand"), "X, in (the state of) Y",
    "X in Y", "Y's (capital) X". Each place's occurrences are found once and the other place
    looked up where the words after it end: a sentence's places in pairs grew as their square,
    each pair searching the sentence again (300 places, 8,000 characters: 2.9 s)."""
    found = {place: _occurrences(sentence, place) for place in places}
    starting: dict[int, list[str]] = defaultdict(list)  # where a place is written -> the places
    for place, starts in found.items():
        for start in starts:
            starting[start].append(place)
    pairs: set[tuple[str, str]] = set()
    for place, starts in found.items():
        for start in starts:
            end = start + len(place)
            pairs.update(
                (place, outer) for outer in _written_after(sentence, start, end, starting) if outer != place
            )
            owns = _OWNS.match(sentence, end)  # "Y's (capital) X"
            if owns:
                pairs.update((inner, place) for inner in starting.get(owns.end(), ()) if inner != place)
    order = {place: at for at, place in enumerate(places)}
    return sorted(pairs, key=lambda pair: (order[pair[0]], order[pair[1]]))


_BETWEEN = re.compile(r",? (?:in (?:the [a-z]+ of )?)?")  # "X, Y", "X, in the state of Y", "X in Y"
_OWNS = re.compile(r"'s (?:[a-z]+ )?")  # "Y's X", "Y's capital X"
_LISTED_AFTER = re.compile(r",? (?:and|or) [A-Z]|, (?:the )?[A-Z]")  # the pair goes on as a list
_LISTED_BEFORE = (", ", "and ", "or ")  # the first of the pair is a list's later item


def _written_after(sentence: str, start: int, end: int, starting: dict[int, list[str]]) -> list[str]:
    """The places written after the place at `start`-`end` as where it lies ("X, Y", "X in Y"),
    neither place an item of a list."""
    gap = _BETWEEN.match(sentence, end)
    if not gap or sentence.endswith(_LISTED_BEFORE, 0, start):
        return []
    return [
        outer
        for outer in starting.get(gap.end(), ())
        if not _LISTED_AFTER.match(sentence, gap.end() + len(outer))
    ]


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

"""Lemmas on demand.

The parse runs without spaCy's lemmatizer (it would lemmatize every word of
every article); only the predicates of event mentions need a lemma. This asks
the pipeline's own rule lemmatizer for one word at a time and remembers the
answer per word form, part of speech and morphology: all the lemma depends on
(spaCy's own cache keys them so). Remembered per form and part of speech only,
the first reading met stood for every later one ("found" read as a base form
made every later "found" its own lemma), and a collection's lemmas, hence its
timeline, hung on what the process had read before it.

spaCy's rule lemmatizer looks each candidate form up in its index of known words, which the
English tables hold as lists (57,000 nouns): one noun took most of a millisecond. The index is
turned into sets once, here; the lemmas are the same.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Token


class OnDemandLemmatizer:
    def __init__(self, nlp: Language) -> None:
        self._rules = None
        self._verbs: _KnownForms | None = None
        if "lemmatizer" in nlp.component_names:
            lemmatizer = nlp.get_pipe("lemmatizer")
            self._rules = getattr(lemmatizer, "rule_lemmatize", None)
            _index_as_sets(lemmatizer)
            self._verbs = _KnownForms.of(lemmatizer, "verb")
        self._known: dict[tuple[str, str, int], str] = {}

    def __call__(self, token: Token) -> str:
        key = (token.lower_, token.pos_, token.morph.key)
        lemma = self._known.get(key)
        if lemma is None:
            lemma = token.lower_
            if self._rules is not None:
                found = self._rules(token)
                lemma = found[0].lower() if found else lemma
            if len(self._known) < 200_000:
                self._known[key] = lemma
        return lemma

    def known(self, lower: str, part_of_speech: str, morphology: int) -> str | None:
        """The lemma already found for a word form, part of speech and morphology (`morph.key`), if
        any (no token needed)."""
        return self._known.get((lower, part_of_speech, morphology))

    def verb_of(self, lower: str) -> str | None:
        """The verb a word form is a form of, if the lemmatizer's tables know one, whatever the tagger
        called the word: a title-case headline's "Fired", "Caught" or "Nominates" is tagged a proper
        noun."""
        return self._verbs.lemma_of(lower) if self._verbs is not None else None


@dataclass(frozen=True, slots=True)
class _KnownForms:
    """The English rule lemmatizer's tables for one part of speech: its known words (WordNet's),
    irregular forms and suffix rules."""

    index: frozenset[str]
    exceptions: dict[str, list[str]]
    rules: list[tuple[str, str]]

    @classmethod
    def of(cls, lemmatizer: object, part_of_speech: str) -> _KnownForms | None:
        lookups = getattr(lemmatizer, "lookups", None)
        if lookups is None or not all(
            lookups.has_table(t) for t in ("lemma_index", "lemma_exc", "lemma_rules")
        ):
            return None
        index = lookups.get_table("lemma_index").get(part_of_speech, ())
        exceptions = dict(lookups.get_table("lemma_exc").get(part_of_speech, {}))
        rules = [(old, new) for old, new in lookups.get_table("lemma_rules").get(part_of_speech, [])]
        return cls(frozenset(index), exceptions, rules)

    def lemma_of(self, lower: str) -> str | None:
        """As `rule_lemmatize` finds a lemma, but only a known word: an irregular form ("caught"), a
        known word itself, or a suffix rule's result that is one ("nominates" → "nominate")."""
        irregular = self.exceptions.get(lower)
        if irregular:
            return irregular[0]
        if lower in self.index:
            return lower
        for old, new in self.rules:
            if lower.endswith(old) and (form := lower[: len(lower) - len(old)] + new) in self.index:
                return form
        return None


def _index_as_sets(lemmatizer: object) -> None:
    """Known words by part of speech as sets: `rule_lemmatize` only asks whether a form is in them.

    The pipeline runs with its lemmatizer disabled, so only this class calls it."""
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    index = lookups.get_table("lemma_index")
    for key, words in list(index.items()):
        if isinstance(words, list):
            index[key] = frozenset(words)

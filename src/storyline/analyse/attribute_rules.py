"""spaCy's attribute ruler, its matching done by table look-up.

The English pipeline's `attribute_ruler` maps each word's tag (and a few word forms) to its
part of speech and morphology with 179 token patterns, run by spaCy's general `Matcher`: about
15 µs a word, a tenth of the whole parse of a Timeline17 article, as much as the tagger, parser
and line-boundary component together. Its patterns are plain: each word of a pattern asks for
values of a few attributes (equal, in a set, not in a set). `CompiledRules` finds the same
matches by looking each word's values up once (words repeat, so most look-ups hit a memo) and
hands them to the ruler's `set_annotations`: the parse is the one spaCy's matcher gives.
A ruler with any other kind of pattern keeps spaCy's matcher (`use_compiled_rules`).

spaCy's `set_annotations` makes a `Span` and two `Token`s for each match (about three a word: its
tag's rule, its word form's, its morphology's) and sets the rule's values on the word. `MergedAnnotations`
sets each word's values once, the last rule's value for each attribute, as spaCy's loop leaves them:
the attributes the English rules set (part of speech, tag, morphology, lemma, dependency) are fields
of the word alone, so the order in which words are written does not matter.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from spacy.attrs import DEP, IDS, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs  # spaCy's own writer, not public API (see RULER)

RULER = "attribute_ruler"
# `set_token_attrs` is what `AttributeRuler.set_annotations` itself calls, not public API: safe while spaCy is
# pinned below 3.9 (pyproject.toml), and a test compares this ruler with spaCy's own loop
# attributes whose `Doc.to_array` value is the one spaCy's matcher compares (`get_token_attr_for_matcher`)
_STRING_ATTRIBUTES = frozenset({"ORTH", "LOWER", "NORM", "SHAPE", "PREFIX", "SUFFIX", "TAG", "DEP", "LEMMA"})
_FLAG_ATTRIBUTES = frozenset(
    {"IS_ALPHA", "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE", "IS_PUNCT", "IS_SPACE"}
)
_MOST_MEMO = 50_000  # word rows remembered (about 500 bytes each: 25 MiB at most)
# attributes `set_token_attrs` writes to the word only (`Token.set_struct_attr`; `Lexeme.set_struct_attr`
# ignores them): a word's last value is the same whichever word is written first
_WORD_FIELDS = frozenset({POS, TAG, MORPH, LEMMA, DEP})


class Unsupported(ValueError):
    """A pattern this module does not compile: the ruler keeps spaCy's matcher."""


# one test on a word: (column of the attribute, operator "==", "IN" or "NOT_IN", the value or values)
_Test = tuple[int, str, object]


@dataclass(frozen=True, slots=True)
class _Pattern:
    """A pattern of two words or more: its rule's number and the spec of each of its words."""

    rule: int
    words: tuple[int, ...]  # indices into `CompiledRules._specs`


# what a word's values meet: the specs (bit i: spec i), the rules of the one-word patterns it
# matches, the longer patterns whose first word it matches
_Met = tuple[int, tuple[int, ...], tuple[_Pattern, ...]]


class CompiledRules:
    """The matches of an `AttributeRuler`'s patterns, as `AttributeRuler.match` returns them."""

    def __init__(self, ruler: AttributeRuler) -> None:
        strings = self._strings = ruler.vocab.strings
        self._columns: list[int] = []  # attribute ids read with `Doc.to_array`, in column order
        self._specs: list[tuple[_Test, ...]] = []  # the tests of a pattern's word, all to pass
        spec_ids: dict[tuple[_Test, ...], int] = {}
        self._match_ids: list[int] = []  # by rule number: the matcher's key, a rule's number as a string
        self._single: list[list[int]] = []  # by spec: the rules with a one-word pattern of that spec
        self._starts: list[list[_Pattern]] = []  # by spec: the longer patterns that open with it
        for rule, patterns in enumerate(_patterns(ruler)):
            self._match_ids.append(strings.add(str(rule)))
            for pattern in patterns:
                words = []
                for word in pattern:
                    spec = tuple(self._tests(word, strings))
                    if spec not in spec_ids:
                        spec_ids[spec] = len(self._specs)
                        self._specs.append(spec)
                        self._single.append([])
                        self._starts.append([])
                    words.append(spec_ids[spec])
                if not words:
                    raise Unsupported("an empty pattern")
                if len(words) == 1:
                    self._single[words[0]].append(rule)
                else:
                    self._starts[words[0]].append(_Pattern(rule, tuple(words)))
        # each spec filed under the values of one equality or set test, on the attribute the
        # patterns ask most values of (a word form before a tag): a word is tested only against
        # the specs its own values file it under (and those with no such test)
        self._anyway: list[int] = []
        self._filed: list[dict[int, list[int]]] = [{} for _ in self._columns]
        asked: list[set[object]] = [set() for _ in self._columns]
        for column, operator, value in (test for spec in self._specs for test in spec):
            asked[column].update(value if operator == "IN" else (value,) if operator == "==" else ())
        for spec_id, spec in enumerate(self._specs):
            keyed = [(c, o, v) for c, o, v in spec if o in ("==", "IN")]
            anchor = max(keyed, key=lambda test: len(asked[test[0]]), default=None)
            if anchor is None:
                self._anyway.append(spec_id)
                continue
            column, operator, value = anchor
            for key in value if operator == "IN" else (value,):
                self._filed[column].setdefault(key, []).append(spec_id)
        self._memo: dict[tuple[int, ...], _Met] = {}

    def _tests(self, word: dict[str, object], strings: StringStore) -> Iterable[_Test]:
        for name, value in word.items():
            attribute = name.upper() if isinstance(name, str) else ""
            attribute = "ORTH" if attribute == "TEXT" else attribute
            if attribute not in _STRING_ATTRIBUTES and attribute not in _FLAG_ATTRIBUTES:
                raise Unsupported(f"attribute {name!r}")
            column = self._column(IDS[attribute])
            if isinstance(value, dict):
                yield from (self._predicate(column, attribute, *item) for item in value.items())
            elif isinstance(value, bool):
                yield column, "==", int(value)
            elif isinstance(value, str):
                yield column, "==", strings.add(value)  # as the matcher's `_get_attr_values`
            elif isinstance(value, int):
                yield column, "==", value
            else:
                raise Unsupported(f"value {value!r}")

    @staticmethod
    def _predicate(column: int, attribute: str, operator: str, values: object) -> _Test:
        """A test of the matcher's `_SetPredicate` (IN, NOT_IN) or `_RegexPredicate` kind."""
        if operator == "REGEX" and isinstance(values, str) and attribute in _STRING_ATTRIBUTES:
            return column, operator, re.compile(values)  # searched in the attribute's string
        if operator not in ("IN", "NOT_IN") or not isinstance(values, list):
            raise Unsupported(f"predicate {operator!r}")
        if not all(isinstance(v, (str, int)) and not isinstance(v, bool) for v in values):
            raise Unsupported(f"values {values!r}")
        return column, operator, frozenset(get_string_id(v) for v in values)

    def _column(self, attribute: int) -> int:
        if attribute not in self._columns:
            self._columns.append(attribute)
        return self._columns.index(attribute)

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """`AttributeRuler.match(doc)`: (rule number, match id, start, end) of every match, in
        that order (the ruler applies them so: a later rule's value overrides an earlier one's)."""
        if not len(doc):
            return []
        memo = self._memo
        if len(memo) > _MOST_MEMO:
            memo.clear()
        rows: Iterable[tuple[int, ...]] = [()] * len(doc)  # no rules, or rules that read nothing
        if self._columns:
            values = doc.to_array(self._columns).reshape(len(doc), len(self._columns))  # one column: 1-D
            rows = map(tuple, values.tolist())
        words = [memo.get(row) or self._look_up(row) for row in rows]
        starts: list[list[int]] = [[] for _ in self._match_ids]  # by rule: where its one-word matches are
        longer: set[tuple[int, int, int]] = set()
        for index, (_, rules, patterns) in enumerate(words):
            for rule in rules:
                starts[rule].append(index)
            for pattern in patterns:
                end = index + len(pattern.words)
                if end <= len(words) and all(
                    words[index + offset][0] >> spec & 1
                    for offset, spec in enumerate(pattern.words)
                    if offset
                ):
                    longer.add((pattern.rule, index, end))
        spans = [[(start, start + 1) for start in found] for found in starts]
        for rule, start, end in longer:
            spans[rule].append((start, end))
        for rule in {rule for rule, _, _ in longer}:
            spans[rule].sort()
        match_ids = self._match_ids
        return [
            (rule, match_ids[rule], start, end) for rule, found in enumerate(spans) for start, end in found
        ]

    def _look_up(self, row: tuple[int, ...]) -> _Met:
        """What a word with the values `row` meets, remembered."""
        met = 0
        rules: list[int] = []
        patterns: list[_Pattern] = []
        candidates = set(self._anyway)
        for column, filed in enumerate(self._filed):
            candidates.update(filed.get(row[column], ()))
        for spec_id in candidates:
            if all(
                self._passes(row[column], operator, value) for column, operator, value in self._specs[spec_id]
            ):
                met |= 1 << spec_id
                rules.extend(self._single[spec_id])
                patterns.extend(self._starts[spec_id])
        self._memo[row] = result = (met, tuple(sorted(set(rules))), tuple(patterns))
        return result

    def _passes(self, actual: int, operator: str, value: Any) -> bool:
        if operator == "==":
            return bool(actual == value)
        if operator == "IN":
            return actual in value
        if operator == "NOT_IN":
            return actual not in value
        return bool(value.search(self._strings[actual]))  # REGEX


def _patterns(ruler: AttributeRuler) -> list[list[list[dict[str, object]]]]:
    """Each rule's patterns, in the ruler's order (its matcher's key for rule i is the string i)."""
    return [rule["patterns"] for rule in ruler.patterns]


def use_compiled_rules(nlp: Language) -> bool:
    """Give the pipeline's attribute ruler `CompiledRules`' matching; False where it has no ruler
    or one with a pattern the compiled rules do not read (it keeps spaCy's matcher)."""
    if RULER not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe(RULER)
    if isinstance(getattr(ruler, "match", None), _CompiledMatch):
        return True
    if not isinstance(ruler, AttributeRuler):
        return False
    ruler.set_annotations = MergedAnnotations(ruler)  # type: ignore[method-assign]
    try:
        ruler.match = _CompiledMatch(ruler)  # type: ignore[method-assign]
    except Unsupported:
        return False
    return True


class _CompiledMatch:
    """The ruler's `match` by its compiled rules, compiled again when rules are added or cleared
    (spaCy's own matcher if they no longer compile, or for a text they fail on: the look-up runs
    inside spaCy's pipe, where an error would end the whole batch). A class, so that the pipeline
    pickles."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        self.rules: CompiledRules | None = CompiledRules(ruler)
        self.compiled_for = self._rules_now()

    def _rules_now(self) -> tuple[int, int]:
        return id(self.ruler.matcher), len(self.ruler.attrs)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        if self._rules_now() != self.compiled_for:
            self.compiled_for = self._rules_now()
            try:
                self.rules = CompiledRules(self.ruler)
            except Unsupported:
                self.rules = None
        if self.rules is not None:
            try:
                return self.rules.match(doc)
            except Exception:  # a text the look-up mishandles must not end the batch
                pass  # spaCy's matcher gives the same matches
        return AttributeRuler.match(self.ruler, doc)  # type: ignore[no-any-return]


class MergedAnnotations:
    """The ruler's `set_annotations`, each matched word written once with the last value of each
    attribute its matches set (spaCy's loop writes it once per match). Matches that set anything
    but a word's own fields (a word form, a flag, an extension), or point outside their span (spaCy
    raises), go to spaCy's loop. A class, so that the pipeline pickles."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler

    def __call__(self, doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
        """Each rule asked once whether it sets only a word's own fields (not once a match: about
        three a word), and a word's values merged anew only where a second match sets any (most
        words take only their tag's rule's, written as the rule holds them)."""
        attrs, indices = self.ruler.attrs, self.ruler.indices
        own_fields = [values.keys() <= _WORD_FIELDS for values in attrs]
        words: dict[int, dict[int, int]] = {}
        for rule, _, start, end in matches:
            index = indices[rule]
            word = (start if index >= 0 else end) + index
            if not start <= word < end or not own_fields[rule]:
                AttributeRuler.set_annotations(self.ruler, doc, matches)
                return
            before = words.get(word)
            words[word] = attrs[rule] if before is None else {**before, **attrs[rule]}
        for word, values in words.items():
            set_token_attrs(doc[word], values)

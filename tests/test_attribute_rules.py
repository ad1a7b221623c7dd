"""The attribute ruler's matches found by look-up (`analyse.attribute_rules`) must be spaCy's own,
match for match, so that the parse storyline reads is the one spaCy's matcher would give."""

from __future__ import annotations

import spacy
from spacy.pipeline import AttributeRuler

from conftest import SEEDS, T17, needs
from storyline.analyse.attribute_rules import CompiledRules, MergedAnnotations, use_compiled_rules

ARTICLES = T17 / "H1N1_bbc" / "InputDocs"
# the ruler's rarer patterns: two-word ones ("gon na", "let 's", "There are"), a regular
# expression ("ai n't", "nothin'"), white space between words
RARE = (
    "There are two ways.  We ain't gonna stop, let's say, and y' all know nothin' of it.\n\n"
    "It was, c'mon, a gotta-have.  Here's what got done; there's more.\n"
)


def _unruled(nlp, texts: list[str]):  # type: ignore[no-untyped-def]
    """The texts parsed up to the ruler: its matches are read from the tagger's and parser's values."""
    with nlp.select_pipes(disable=["attribute_ruler", "ner"]):
        return list(nlp.pipe(texts))


def test_the_compiled_rules_give_spacys_matches(pipeline) -> None:  # type: ignore[no-untyped-def]
    nlp = pipeline.nlp
    ruler = nlp.get_pipe("attribute_ruler")
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))] + [RARE]
    if ARTICLES.exists():
        texts += [path.read_text(encoding="utf-8") for path in sorted(ARTICLES.glob("*/*"))[:6]]
    rules = CompiledRules(ruler)
    matched_rules: set[int] = set()
    for doc in _unruled(nlp, texts):
        expected = AttributeRuler.match(ruler, doc)  # spaCy's own matcher, whatever the pipeline uses
        assert rules.match(doc) == expected
        matched_rules.update(rule for rule, _, start, end in expected)
    assert len(matched_rules) > 60  # most of the tag map, not a few rules
    two_word = {rule for rule, pattern in enumerate(ruler.patterns) if len(pattern["patterns"][0]) > 1}
    assert matched_rules & two_word  # "gon na", "let 's", "There are" were matched as spaCy matches them


@needs(ARTICLES)
def test_the_pipeline_parses_as_spacys_ruler_does(pipeline) -> None:  # type: ignore[no-untyped-def]
    nlp = pipeline.nlp
    assert use_compiled_rules(nlp)  # the pipeline's ruler matches by look-up
    texts = [path.read_text(encoding="utf-8") for path in sorted(ARTICLES.glob("*/*"))[6:10]] + [RARE]
    ruler = nlp.get_pipe("attribute_ruler")
    for compiled in nlp.pipe(texts):
        with nlp.select_pipes(disable=["attribute_ruler", "ner"]):
            doc = nlp(compiled.text)
        AttributeRuler.set_annotations(ruler, doc, AttributeRuler.match(ruler, doc))  # spaCy's own loop
        assert [(t.pos_, t.tag_, t.dep_, t.lemma_, str(t.morph)) for t in compiled] == [
            (t.pos_, t.tag_, t.dep_, t.lemma_, str(t.morph)) for t in doc
        ]


def test_a_ruler_with_other_patterns_keeps_spacys_matcher() -> None:
    unread = (
        [[{"LOWER": "the"}, {"IS_ALPHA": True, "OP": "+"}]],  # an operator
        [[{"LENGTH": {">=": 3}}]],  # a comparison
        [[{"_": {"flagged": True}}]],  # an extension attribute
    )
    for patterns in unread:
        nlp = spacy.blank("en")
        ruler = nlp.add_pipe("attribute_ruler")
        ruler.add(patterns, {"TAG": "NN"})
        assert not use_compiled_rules(nlp)
        assert "match" not in vars(ruler)  # spaCy's own matcher


def test_later_rules_and_overlapping_patterns_come_in_spacys_order() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": {"IN": ["oil", "gas"]}}], [{"ORTH": "Oil"}]], {"TAG": "NN"})  # both match "Oil"
    ruler.add([[{"LOWER": "oil"}, {"LOWER": {"NOT_IN": ["spill", "leak"]}}]], {"TAG": "JJ"})
    ruler.add([[{"TEXT": {"REGEX": "^[A-Z]"}}, {"IS_PUNCT": True}]], {"TAG": "NNP"}, index=-1)
    ruler.add([[{"IS_SPACE": False, "LOWER": "gas"}]], {"TAG": "VB"})
    ruler.add([[{}, {"LOWER": "leak"}]], {"TAG": "JJ"})  # any word before "leak"
    text = "Oil prices rose, oil spill and gas leak: Oil. Gas gas  oil"
    doc = nlp.make_doc(text)
    expected = AttributeRuler.match(ruler, doc)
    assert CompiledRules(ruler).match(doc) == expected
    assert {rule for rule, *_ in expected} == {0, 1, 2, 3, 4}
    ruler.set_annotations(doc, expected)
    assert use_compiled_rules(nlp)
    assert [t.tag_ for t in nlp(text)] == [t.tag_ for t in doc]


def test_rules_added_later_are_matched_too() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "oil"}]], {"TAG": "NN"})
    assert use_compiled_rules(nlp)
    ruler.add([[{"LOWER": "spill"}]], {"TAG": "NN"})
    assert [t.tag_ for t in nlp("oil spill")] == ["NN", "NN"]
    ruler.add([[{"LOWER": "leak", "OP": "?"}]], {"TAG": "VB"})  # no longer compiled: spaCy's matcher
    assert [t.tag_ for t in nlp("oil spill leak")] == ["NN", "NN", "VB"]
    ruler.clear()
    assert [t.tag_ for t in nlp("oil spill leak")] == ["", "", ""]


def test_a_text_the_look_up_fails_on_gets_spacys_matches() -> None:
    """The look-up runs inside spaCy's pipe: an error there would stop every article of the batch, so
    spaCy's own matcher answers for that text instead."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "oil"}]], {"TAG": "NN"})
    assert use_compiled_rules(nlp)

    def broken(doc):  # type: ignore[no-untyped-def]
        raise IndexError("a row the look-up did not expect")

    ruler.match.rules.match = broken  # type: ignore[attr-defined]
    assert [t.tag_ for t in nlp("oil spill")] == ["NN", ""]


def test_each_word_gets_the_values_spacys_loop_leaves() -> None:
    """Later rules override earlier ones attribute by attribute, a negative index counts from the
    span's end, and a rule that sets a word form (a lexeme's value) goes to spaCy's loop."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "oil"}]], {"TAG": "NN", "POS": "NOUN", "MORPH": "Number=Sing"})
    ruler.add([[{"LOWER": "oil"}, {"LOWER": "spill"}]], {"TAG": "JJ"})  # overrides the tag only
    ruler.add([[{"LOWER": "the"}, {"LOWER": "oil"}]], {"LEMMA": "petroleum"}, index=-1)
    ruler.add([[{"LOWER": "spill"}]], {"POS": "NOUN", "DEP": "dobj"})
    text = "The oil spill, oil and the oil."
    merged, looped = nlp.make_doc(text), nlp.make_doc(text)
    matches = ruler.match(merged)
    assert {rule for rule, *_ in matches} == {0, 1, 2, 3}
    MergedAnnotations(ruler)(merged, matches)
    AttributeRuler.set_annotations(ruler, looped, matches)
    words = [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in looped]
    assert [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in merged] == words
    assert words[1] == ("JJ", "NOUN", "Number=Sing", "petroleum", "")
    ruler.add([[{"LOWER": "and"}]], {"NORM": "&"})  # a lexeme's value: spaCy's loop sets it
    doc = nlp.make_doc(text)
    MergedAnnotations(ruler)(doc, ruler.match(doc))
    assert [t.norm_ for t in doc][5] == "&"
    assert [t.tag_ for t in doc] == [t.tag_ for t in looped]

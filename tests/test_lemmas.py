"""The on-demand lemmatizer asks spaCy's rule lemmatizer with its index of known words turned into
sets (for speed): every lemma must stay what spaCy gives with its own tables."""

from __future__ import annotations

from conftest import T17, needs
from storyline.analyse.document import AnalysedDocument
from storyline.analyse.lemmas import OnDemandLemmatizer
from storyline.analyse.nlp import load_pipeline
from storyline.model import DateSource, Document

ARTICLES = T17 / "bpoil_guardian" / "InputDocs"


@needs(ARTICLES)
def test_lemmas_are_spacys_own_with_the_index_as_sets(pipeline) -> None:  # type: ignore[no-untyped-def]
    reference = load_pipeline(disable=())  # spaCy's lemmatizer as shipped, with list tables
    own = reference.get_pipe("lemmatizer")
    assert any(isinstance(words, list) for words in own.lookups.get_table("lemma_index").values())
    ours = OnDemandLemmatizer(pipeline.nlp)
    index = pipeline.nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(isinstance(words, frozenset) for words in index.values())
    text = "\n".join(path.read_text(encoding="utf-8") for path in sorted(ARTICLES.glob("*/*"))[:3])
    words = [t for t in reference(text) if t.pos_ in ("NOUN", "VERB", "ADJ") and t.is_alpha]
    assert len(words) > 300
    inflected = 0
    for token in words:
        expected = own.rule_lemmatize(token)
        assert ours._rules is not None and ours._rules(token) == expected, token.text
        inflected += expected[0] != token.lower_
    assert inflected > 50  # plurals and past tenses, not only words that are their own lemma


def test_a_word_read_two_ways_keeps_each_reading_s_own_lemma(pipeline) -> None:  # type: ignore[no-untyped-def]
    """ "lay" in "Never lay blame" (a base form) and in "Jackson lay on the bed" (past of "lie"): one
    form and part of speech, two lemmas. The first one met must not stand for the other, in either
    order, by token or by its place in the parse (`lemma_at`). Sentences from Timeline17."""
    spacys = load_pipeline(disable=()).get_pipe("lemmatizer")
    base = next(t for t in pipeline.nlp("Never lay blame on ranch farmers.") if t.lower_ == "lay")
    past = next(t for t in pipeline.nlp("Mr Alvarez said Jackson lay on the bed.") if t.lower_ == "lay")
    assert base.pos_ == past.pos_ == "VERB" and base.morph != past.morph
    assert [spacys.rule_lemmatize(token)[0] for token in (base, past)] == ["lay", "lie"]
    for first, second in ((base, past), (past, base)):
        lemmatize = OnDemandLemmatizer(pipeline.nlp)
        for token in (first, second):
            analysed = AnalysedDocument(
                Document("d", token.doc.text, "d.txt", None, DateSource.UNKNOWN), token.doc, [], [], lemmatize
            )
            assert analysed.lemma_at(token.i) == analysed.lemma(token) == spacys.rule_lemmatize(token)[0]


def test_a_document_keeps_each_words_own_lemma(pipeline) -> None:  # type: ignore[no-untyped-def]
    """The lemmas a document keeps by word (`AnalysedDocument`) are each word's own: the two readings of
    "lay" in one page keep their two lemmas, asked in any order and again. Sentences from Timeline17."""
    spacys = load_pipeline(disable=()).get_pipe("lemmatizer")
    doc = pipeline.nlp("Never lay blame on ranch farmers. Mr Alvarez said Jackson lay on the bed.")
    lays = [t for t in doc if t.lower_ == "lay"]
    assert [spacys.rule_lemmatize(token)[0] for token in lays] == ["lay", "lie"]
    for order in (lays, lays[::-1]):
        document = Document("d", doc.text, "d.txt", None, DateSource.UNKNOWN)
        analysed = AnalysedDocument(document, doc, [], [], OnDemandLemmatizer(pipeline.nlp))
        for token in order + order:
            assert analysed.lemma(token) == analysed.lemma_at(token.i) == spacys.rule_lemmatize(token)[0]


def test_the_verb_or_noun_a_form_is_of(pipeline) -> None:  # type: ignore[no-untyped-def]
    """Asked of the form alone, whatever the tagger called the word (a title-case headline's verbs are
    tagged names)."""
    forms = OnDemandLemmatizer(pipeline.nlp)
    assert [forms.verb_of(w) for w in ("fired", "caught", "nominates", "host")] == [
        "fire",
        "catch",
        "nominate",
        "host",
    ]
    assert forms.verb_of("williams") is None and forms.verb_of("oscars") is None

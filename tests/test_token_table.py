"""The token table (`analyse.token_table`) stands in for spaCy's token objects in the hot loops of
extraction: every value must be the one the token itself gives, on real articles."""

from __future__ import annotations

from conftest import T17, needs
from storyline.analyse.token_table import token_table

ARTICLES = T17 / "bpoil_guardian" / "InputDocs"


@needs(ARTICLES)
def test_the_table_gives_each_tokens_own_values(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "\n".join(path.read_text(encoding="utf-8") for path in sorted(ARTICLES.glob("*/*"))[:3])
    doc = pipeline.nlp(text)
    table = token_table(doc)
    assert token_table(doc) is table  # built once per parse
    assert len(doc) > 1000 and len(table.pos) == len(doc)
    for token in doc:
        i = token.i
        assert (table.pos[i], table.dep[i], table.tag[i], table.lower[i]) == (
            token.pos_,
            token.dep_,
            token.tag_,
            token.lower_,
        )
        assert (table.start[i], table.end[i], table.length[i]) == (
            token.idx,
            token.idx + len(token.text),
            len(token),
        )
        assert table.head[i] == token.head.i
        assert table.children(i) == [child.i for child in token.children]
        assert table.is_alpha[i] == token.is_alpha
        assert (table.like_num[i], table.is_stop[i]) == (token.like_num, token.is_stop)
        assert table.morph[i] == token.morph.key
    assert any(table.is_stop) and not all(table.is_stop)
    assert any(table.head[i] < i for i in range(len(doc)))  # heads before and after their words
    assert any(table.head[i] > i for i in range(len(doc)))


def test_an_empty_parse_has_an_empty_table(pipeline) -> None:  # type: ignore[no-untyped-def]
    table = token_table(pipeline.nlp(""))
    assert table.pos == [] and table.head == [] and table.by_head == []

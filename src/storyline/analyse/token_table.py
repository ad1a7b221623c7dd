"""The parse of a document as plain lists, read once: parts of speech, dependencies, heads, offsets.

Every `doc[i]`, `token.head`, `token.children` or `span` iteration makes a new Python object
(spaCy keeps its tokens in C), and the extractors walk the same sentences many times: about 40
token objects were made per word of an article. The hot loops of extraction (`event_mentions`,
`event_dates`, `events`, `states`) read these lists instead and make a `Token` only for the
few words they hand on. The values are spaCy's own (`Doc.to_array`); the table is kept in
the parse's `user_data`, like its text (`doc_text`): a parse is never changed after analysis.
"""

from __future__ import annotations

import operator
from dataclasses import dataclass

import numpy
from spacy.attrs import DEP, HEAD, IDX, IS_ALPHA, IS_STOP, LENGTH, LIKE_NUM, LOWER, MORPH, POS, TAG
from spacy.strings import StringStore
from spacy.tokens import Doc

_KEY = "storyline.token_table"
_COLUMNS = [POS, DEP, TAG, LOWER, IDX, LENGTH, IS_ALPHA, LIKE_NUM, IS_STOP, MORPH, HEAD]  # the heads last


@dataclass(frozen=True, slots=True)
class TokenTable:
    """Per token `i` of a parse: `token.pos_`, `.dep_`, `.tag_`, `.lower_`, `.idx`, the end of its
    text (`idx + len(text)`), `.head.i`, `len(token)`, `.is_alpha`, `.like_num` and
    `.is_stop` (1 or 0), `.morph.key`; `children(i)`: the indices of `.children`, in order."""

    pos: list[str]
    dep: list[str]
    tag: list[str]
    lower: list[str]
    start: list[int]
    end: list[int]
    head: list[int]
    length: list[int]
    is_alpha: list[int]
    like_num: list[int]
    is_stop: list[int]
    morph: list[int]  # `token.morph.key`: the number of its features, which the lemma depends on
    by_head: list[int]  # the indices of the words, grouped by their head, in order within a group
    first_child: list[int]  # where the children of word i start in `by_head` (and those of i + 1)

    def children(self, index: int) -> list[int]:
        return self.by_head[self.first_child[index] : self.first_child[index + 1]]


def token_table(doc: Doc) -> TokenTable:
    """The table of `doc`, built on the first call only."""
    table = doc.user_data.get(_KEY)
    if table is None:
        table = doc.user_data[_KEY] = _build(doc)
    return table  # type: ignore[no-any-return]


def _build(doc: Doc) -> TokenTable:
    """The table from `Doc.to_array`, with no Python object made per word beyond the values: the
    children are one list grouped by head, not a list per word, and each string is decoded once
    for all parses (`_NAMES`). That halved the time to build the tables of 80 articles (104 to
    47 ms), about 2% of their extraction."""
    count = len(doc)
    array = doc.to_array(_COLUMNS) if count else numpy.zeros((0, len(_COLUMNS)), dtype="uint64")
    pos, dep, tag, lower, start, length, alpha, like_num, stop, morph = array[:, :-1].T.tolist()
    positions = numpy.arange(count)
    # HEAD is the offset to the head, kept unsigned: reinterpreted as signed, it counts back
    heads = positions + array[:, -1].astype(numpy.int64)
    owners = numpy.where(heads == positions, count, heads)  # a root is no word's child
    by_head = numpy.argsort(owners, kind="stable")
    first_child = numpy.zeros(count + 2, dtype=numpy.int64)
    numpy.cumsum(numpy.bincount(owners, minlength=count + 1), out=first_child[1:])
    strings = doc.vocab.strings
    return TokenTable(
        pos=names(pos, strings),
        dep=names(dep, strings),
        tag=names(tag, strings),
        lower=names(lower, strings),
        start=start,
        end=list(map(operator.add, start, length)),
        head=heads.tolist(),
        length=length,
        is_alpha=alpha,
        like_num=like_num,
        is_stop=stop,
        morph=morph,
        by_head=by_head.tolist(),
        first_child=first_child.tolist(),
    )


_NAMES: dict[int, str] = {}  # spaCy's strings by their number, decoded once for all parses
_MOST_NAMES = 200_000  # about 15 MiB at most


def names(keys: list[int], strings: StringStore) -> list[str]:
    """The strings spaCy numbers `keys` (`Doc.to_array` of ORTH, LOWER, TAG, ...)."""
    try:
        return list(map(_NAMES.__getitem__, keys))
    except KeyError:
        if len(_NAMES) > _MOST_NAMES:
            _NAMES.clear()
        _NAMES.update((key, strings[key]) for key in set(keys).difference(_NAMES))
        return list(map(_NAMES.__getitem__, keys))

"""spaCy's layers on numpy's products only inside `numpy_products`, with the same parse
(`analyse.parse_ops`): a sentence of t17/bpoil_bbc."""

from __future__ import annotations

from storyline.analyse.parse_ops import numpy_products

SENTENCE = (
    "BP has agreed to put aside $20bn (£13.5bn) to compensate victims of the oil spill, "
    "the White House said on Wednesday."
)


def _parse(nlp):  # type: ignore[no-untyped-def]
    return [(t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in nlp(SENTENCE)]


def _ops(nlp):  # type: ignore[no-untyped-def]
    return [
        layer.ops
        for _, component in nlp.pipeline
        if hasattr(component, "model")
        for layer in component.model.walk()
    ]


def test_the_parse_is_the_same_and_the_layers_are_given_back(nlp) -> None:  # type: ignore[no-untyped-def]
    own, parsed = _ops(nlp), _parse(nlp)
    with numpy_products(nlp):
        assert all(not getattr(ops, "use_blis", True) for ops in _ops(nlp))
        assert _parse(nlp) == parsed
    assert all(a is b for a, b in zip(_ops(nlp), own, strict=True))

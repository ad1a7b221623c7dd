"""One scale set to one level, told with other verbs: "has raised its pandemic alert to five", "increased
its pandemic alert to five", "has set its pandemic alert level at five" are one occasion. Different
predicates join only as paraphrases (`pair_rules.PARAPHRASE_THRESHOLD`), and such sentences share too
little for that; the level (`similarity.levels`) tells the occasion instead, when the mention's own word
acts on the scale (one of its roles is the scale's noun): "The hotel ... has been cordoned off and the
alert level raised to emergency" is a cordon beside a raised level, and a speaker's "added that moving
the pandemic alert to five" or "said" is a statement, not the raising."""

from __future__ import annotations

from storyline.merge.similarity import SCALES, Signature, predicate_key

SCALE_KEYS = frozenset(map(predicate_key, SCALES))  # the nouns `similarity.levels` reads a level after
LEVEL_BAR = 0.2  # the sentence similarity two reports of one level set still need (as a statement's)


def level_set(sig: Signature) -> str:
    """The level the mention's word sets a scale to, or "" (its sentence gives no one level, or none of
    its roles is the scale)."""
    if len(sig.levels) != 1 or not any(keys & SCALE_KEYS for _, keys, _ in sig.arguments):
        return ""
    return next(iter(sig.levels))


def one_level_set(sig: Signature, other: Signature) -> bool:
    """Whether two mentions set a scale to the same level (`level_set`)."""
    level = level_set(sig)
    return bool(level) and level == level_set(other)

"""The verb tags, the forms of "be" (and "have") and the words that open a clause that the analysis,
extraction and view rules ask of a parse or a sentence.

Defined once, so that "a finite verb" means the same verb in segmentation, in naming actors and in
reading who claims a figure, and "another clause" the same clause in segmentation and in the view.
"""

from __future__ import annotations

# a verb in the simple present ("faces", "are")
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
# a verb that carries its tense in its own form ("faces", "said", "are"); what `tense` comparisons read
TENSED_TAGS = PRESENT_TAGS | {"VBD"}
# a finite verb: a tensed one or a modal ("could", "will"), which gives the clause its tense
FINITE_TAGS = TENSED_TAGS | {"MD"}
BE_FORMS = frozenset({"be", "is", "are", "was", "were", "been", "being"})
# a verb of being or having, not of doing ("as BP is the biggest", "BP has:")
BE_OR_HAVE_FORMS = BE_FORMS | {"has", "have", "had"}
# a word that opens a subordinate clause ("as U.S. government figures showed", "when the blast occurred")
SUBORDINATORS = frozenset(
    {"that", "when", "if", "because", "although", "though", "while", "whether", "unless", "as", "where"}
)

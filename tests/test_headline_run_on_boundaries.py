"""A news page's headline, photo caption and standfirst do not run into its lead (`analyse.segment`).

Timeline17 keeps a page's first lines (BBC, Guardian) as one line with no full stop between them:
"headline caption lead." A lead run into its caption took the caption's words into its timeline entry
and its summary line. The texts are real first lines of bpoil_bbc and bpoil_guardian pages, as the
reader hands them to the parser.
"""

from __future__ import annotations

from conftest import sentences_of

STATIC_KILL = (
    "BP starts ` static kill ' to plug Gulf of Mexico oil well The Macondo well has been temporarily sealed "
    'with a cap for just over two weeks BP has started the "static kill" of its leaking Gulf of Mexico oil '
    "well, a step towards permanently sealing it.\n"
)
MILESTONE = (
    "BP reaches key ` milestone ' in halting Gulf oil leak BP CEO Tony Hayward says cutting away the riser "
    "was a ` very important step ' Oil company BP says it has cut a ruptured pipe from the leaking Gulf of "
    "Mexico oil well, a key step in the latest effort to cap the well.\n"
)
WILDLIFE = (
    "Wildlife in the Gulf of Mexico is already suffering The slick has so far covered about 2,000 sq miles "
    "(5,200 sq km).\n"
)
FUNNEL = (
    "Oceanographer Simon Boxall explains how the funnel will work A ship carrying a giant metal containment "
    "box has arrived at the site where a sunken oil rig has been leaking oil into the Gulf of Mexico.\n"
)


def test_name_after_a_caption_that_ends_in_a_counted_stretch_of_time(pipeline) -> None:  # type: ignore[no-untyped-def]
    sentences = sentences_of(pipeline, STATIC_KILL)
    assert sentences[-2].endswith("has been temporarily sealed with a cap for just over two weeks")
    assert sentences[-1].startswith('BP has started the "static kill"')


def test_headline_standfirst_and_lead_are_three_sentences(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert sentences_of(pipeline, MILESTONE) == [
        "BP reaches key ` milestone ' in halting Gulf oil leak",
        "BP CEO Tony Hayward says cutting away the riser was a ` very important step '",
        "Oil company BP says it has cut a ruptured pipe from the leaking Gulf of Mexico oil well, a key step "
        "in the latest effort to cap the well.",
    ]


def test_article_after_a_caption_that_ends_in_a_verb(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert sentences_of(pipeline, WILDLIFE) == [
        "Wildlife in the Gulf of Mexico is already suffering",
        "The slick has so far covered about 2,000 sq miles (5,200 sq km).",
    ]
    sentences = sentences_of(pipeline, FUNNEL)
    assert sentences[0] == "Oceanographer Simon Boxall explains how the funnel will work"
    assert sentences[1].startswith("A ship carrying a giant metal containment box has arrived")


# inside a sentence: an object in capitals after a verb (a reader's comment on H1N1_bbc), a
# plural's possessive before a name; and, made up as no topic has one, a stretch of time that a
# relative clause follows and a quote before a relative clause whose reported clause leaves its gap
NOT_CUT = [
    "Yet from that, we get A surprising result if chaos means we can't predict things.\n",
    "The workers' Union says it will strike.\n",
    "In the two weeks BP has spent on the cap, the oil has stopped.\n",
    "He called it a ` very important step ' BP says it will take.\n",
]


def test_words_inside_a_sentence_stay(pipeline) -> None:  # type: ignore[no-untyped-def]
    for text in NOT_CUT:
        assert sentences_of(pipeline, text) == [" ".join(text.split())]


STUDY_FINDS = (
    "BP spill released 4.4 m barrels of oil into the ocean, study finds Scientists use underwater video of "
    'the gushing well to tackle one of the "known unknowns" of the BP oil spill.\n'
)


def test_common_subject_after_a_headline_that_ends_in_its_verb(pipeline) -> None:  # type: ignore[no-untyped-def]
    sentences = sentences_of(pipeline, STUDY_FINDS)
    assert sentences[0] == "BP spill released 4.4 m barrels of oil into the ocean, study finds"
    assert sentences[1].startswith("Scientists use underwater video of the gushing well")

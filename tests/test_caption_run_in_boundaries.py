"""A photo caption or a heading that ends without a full stop does not run into the next sentence
(`analyse.segment`).

News pages hold captions with no final full stop; in the extracted text the next sentence follows on
the same line, and the run-in sentence took the caption's words (and their events, dates and
sources). The texts are real lines of Timeline17 (bpoil_bbc, haiti_bbc, bpoil_reuters), as the reader
hands them to the parser.
"""

from __future__ import annotations

from conftest import sentences_of

SKIMMERS = (
    'Skimmers, including the giant "A Whale", are cleaning oil from the surface Adm Thad Allen, the '
    "commander of the US response, says clean-up of the oil-stricken Gulf could take years.\n"
)
MSF = (
    "The US has tens of thousands of troops in the country Medecins Sans Frontieres (MSF) has complained "
    "that the rush to get troops into the country has been at the expense of the delivery of humanitarian "
    "supplies.\n"
)
JERRYCAN = (
    "Michael says his jerrycan can provide over 15,000 litres of drinking water Haiti, the poorest nation in "
    "the Americas, and its 10 million residents were devastated by the earthquake.\n"
)
APACHE = (
    "U.S. OIL COMPANY APACHE (APA.\n"
    "N) TO BUY: BP said the deals with Apache were together worth about $7billion.\n"
)


def test_title_and_name_after_a_caption_open_a_sentence(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert sentences_of(pipeline, SKIMMERS) == [
        'Skimmers, including the giant "A Whale", are cleaning oil from the surface',
        "Adm Thad Allen, the commander of the US response, says clean-up of the oil-stricken Gulf could take "
        "years.",
    ]


def test_name_with_its_bracket_after_a_caption_opens_a_sentence(pipeline) -> None:  # type: ignore[no-untyped-def]
    sentences = sentences_of(pipeline, MSF)
    assert sentences[0] == "The US has tens of thousands of troops in the country"
    assert sentences[1].startswith("Medecins Sans Frontieres (MSF) has complained")


def test_name_with_an_appositive_after_a_caption_opens_a_sentence(pipeline) -> None:  # type: ignore[no-untyped-def]
    sentences = sentences_of(pipeline, JERRYCAN)
    assert sentences[0] == "Michael says his jerrycan can provide over 15,000 litres of drinking water"
    assert sentences[1].startswith("Haiti, the poorest nation in the Americas, and its 10 million residents")


def test_heading_in_capitals_ending_in_a_colon(pipeline) -> None:  # type: ignore[no-untyped-def]
    sentences = sentences_of(pipeline, APACHE)
    assert sentences[-1] == "BP said the deals with Apache were together worth about $7billion."


# Names inside a sentence after a noun, read on whole topics: a name after a word for someone or for a
# place, a clause after a noun with no "that" or "when", a caption that is a subordinate clause.
NOT_CUT = [
    "Harrison was met with scepticism and never received the full prize, while the French winner Nicholas "
    "Leblanc was denied his cash because of the revolution.\n",
    "In case you are wondering, the purple bracelet Mr Gibbs is wearing is for the nine-year-old daughter of "
    "friends of his who is battling cancer.\n",
    '"She was under that rubble when we left England in the snow," he said, emotional as he remembered the '
    "moment Mia was pulled out unhurt and reunited with her mother Cormelle.\n",
    'When Job complains about the injuries God has allowed him to suffer, and claims "they are tricked that '
    'trusted", God says nothing to rebut the charges.\n',
    "Mr Martinez told the hearing Dr Murray said that Jackson told him on the day he died he would have to "
    "cancel his comeback concerts in London unless he had a dose of the anesthetic, propofol.\n",
    "Four foreigners were recently kidnapped from areas close to the Somali border in Kenya and the capital "
    "Nairobi suffered two grenade attacks.\n",
]


def test_names_inside_a_sentence_stay(pipeline) -> None:  # type: ignore[no-untyped-def]
    for text in NOT_CUT:
        assert sentences_of(pipeline, text) == [" ".join(text.split())]


def test_a_well_read_as_an_interjection_ends_a_caption_as_a_noun(pipeline) -> None:  # type: ignore[no-untyped-def]
    """The tagger reads "well" after "oil" as the interjection; it ends the headline as the noun it is
    (bpoil_bbc, 24 May and 3 August 2010)."""
    static_kill = (
        "BP starts ` static kill ' to plug Gulf of Mexico oil well The Macondo well has been temporarily "
        "sealed with a cap for just over two weeks.\n"
    )
    assert sentences_of(pipeline, static_kill) == [
        "BP starts ` static kill ' to plug Gulf of Mexico oil well",
        "The Macondo well has been temporarily sealed with a cap for just over two weeks.",
    ]
    frustration = (
        "BP says it shares public frustration at its inability to plug the leaking well The US government "
        "has toughened its rhetoric towards BP.\n"
    )
    assert sentences_of(pipeline, frustration) == [
        "BP says it shares public frustration at its inability to plug the leaking well",
        "The US government has toughened its rhetoric towards BP.",
    ]


def test_a_report_after_a_caption_that_ends_in_the_well(pipeline) -> None:  # type: ignore[no-untyped-def]
    """bpoil_bbc, 2010-05-20: "the well", read as an adjective before "BP", ends the caption; the
    reported clause's subject runs over twelve words before its verb."""
    sentences = sentences_of(
        pipeline,
        "Video from BP appears to show vast quantities of oil still leaking from the well BP has said the "
        "amount of oil recovered from a leaking Gulf of Mexico oil well on Thursday was less than half an "
        "earlier estimate.\n",
    )
    assert sentences[:2] == [
        "Video from BP appears to show vast quantities of oil still leaking from the well",
        "BP has said the amount of oil recovered from a leaking Gulf of Mexico oil well on Thursday was less "
        "than half an earlier estimate.",
    ]

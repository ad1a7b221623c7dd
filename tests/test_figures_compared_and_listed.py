"""What a figure counts where the verb beside it only compares, where a list gives each sum its own
"for", and where a participle opening the sentence carries the sum: sentences quoted from bpoil_reuters
(the figures judged wrong on seed 201, F8, F18, F24, F25)."""

from __future__ import annotations

from spacy.language import Language

from conftest import counted


def test_a_sum_compared_with_is_told_by_its_own_participle_not_by_the_comparing_verb(nlp: Language) -> None:
    text = (
        "Many scientists believe the Gulf spill has already eclipsed the 11 million gallons (41 million "
        "liters) spilled by the 1989 Exxon Valdez tanker accident in Alaska."
    )
    assert counted(nlp, text, "11 million gallons").counted == "amount spilled in gallons"


def test_a_verb_that_only_compares_gives_no_label_of_its_own(nlp: Language) -> None:
    text = "With 44 days of oil spewing from the well, that would equal $3.6billion as of Wednesday."
    assert counted(nlp, text, "$3.6billion").counted == ""  # not "amount equaled"


def test_each_sum_of_a_list_is_for_its_own_purpose(nlp: Language) -> None:
    text = (
        "O'Neill estimated that BP's costs could reach $5billion for cleanup, $4billion for natural "
        "resources damages, and $10billion in private lawsuits."
    )
    assert counted(nlp, text, "$5billion").counted == "cleanup"
    assert counted(nlp, text, "$4billion").counted.endswith("resources damages")
    assert counted(nlp, text, "$10billion").counted == "private lawsuits"


def test_a_sum_in_a_participle_opening_the_sentence_is_of_the_main_subject(nlp: Language) -> None:
    text = (
        "Valued at $3.1billion, the assets include 10 fields, two BP-operated gas processing plants and "
        "non-operated interests in the Terrell gas processing facility."
    )
    assert counted(nlp, text, "$3.1billion").counted == "assets"

"""A Reuters web dateline with a short weekday ("VENICE, Louisiana | Sun May 30, 2010 7:23 pm EDT ...")
stays in one piece (`analyse.segment`): the parser cut it after "Sun", read as a name, so the date and the
story's first sentence lost the place before them. The line is a real one of bpoil_reuters (811), as the
reader hands it to the parser.
"""

from __future__ import annotations

VENICE = (
    "VENICE, Louisiana | Sun May 30, 2010 7:23 pm EDT VENICE, Louisiana (Reuters) - Lawmakers and local "
    "residents clamored on Sunday for BP and the Obama administration to do more to save the Gulf Coast from "
    "an out-of-control oil spill that has become the biggest environmental catastrophe in U.S. history.\n"
)


def test_a_web_dateline_is_not_cut_after_its_weekday(pipeline) -> None:  # type: ignore[no-untyped-def]
    sentences = [sentence.text.strip() for sentence in pipeline.nlp(VENICE).sents]
    assert not any(s.endswith("| Sun") for s in sentences)
    assert any("Sun May 30, 2010" in s for s in sentences)

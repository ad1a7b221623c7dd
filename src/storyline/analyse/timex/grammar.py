"""The whole grammar: every rule, in the order that settles ties between equally long matches.

Each rule pairs a compiled pattern with a builder that turns a match into a
`Reading`. Choosing among overlapping matches and widening a match with
modifiers ("early", "the end of", "about") is the tagger's job.
"""

from __future__ import annotations

from storyline.analyse.timex.explicit import EXPLICIT_RULES
from storyline.analyse.timex.fiscal import FISCAL_RULES
from storyline.analyse.timex.holidays import HOLIDAY_RULES
from storyline.analyse.timex.readings import Context, Reading, Rule
from storyline.analyse.timex.relative import RELATIVE_RULES
from storyline.analyse.timex.spans import SPANS_RULES

__all__ = ["RULES", "Context", "Reading", "Rule"]

RULES: list[Rule] = [*EXPLICIT_RULES, *HOLIDAY_RULES, *RELATIVE_RULES, *FISCAL_RULES, *SPANS_RULES]

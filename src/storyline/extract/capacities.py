"""What a thing can do is no happening: "When any new strain of flu emerges that acquires the ability
to ⟦pass⟧ from person to person, it is monitored very closely in case it has the potential to ⟦spark⟧
a pandemic."

A verb in the infinitive of a noun of capacity ("the ability to pass", "the potential to spark", "the
capacity to produce") tells what a thing can do, a property of it, not one happening: its modality is
"generic", as a habit's is (`event_mentions.generic`). Read as "actual", the explainer's general rule
joined the outbreak's own "the disease is being ⟦passed⟧ from person to person" in the same article,
and a reader's "No one had expected that the new strain of virus could acquire the ability to pass
from person to person" with them. Not "expected" (as "is able to pass" is read): one article's
"there is no suggestion that H5N1 has gained the ability to ⟦pass⟧ easily from person to person" and
"infected people will ⟦pass⟧ the virus on to others" would then be one event of one modality.
"""

from __future__ import annotations

from storyline.analyse.token_table import TokenTable
from storyline.extract.arrangements import infinitive

# nouns of what someone or something can do; not "chance" or "risk" ("the first chance to see"): a
# happening may follow them
CAPACITY_NOUNS = frozenset({"ability", "abilities", "capacity", "capability", "capabilities", "potential"})


def capacity_of(table: TokenTable, verb: int) -> bool:
    """Whether the verb at `verb` is the infinitive a noun of capacity takes ("the ability to pass"),
    as the parse reads it after a quoted noun too ("a "sustained ability" to pass")."""
    head = table.head[verb]
    return (
        head != verb
        and table.dep[verb] in ("acl", "relcl")  # "a "sustained ability" to pass": a relative clause
        and table.lower[head] in CAPACITY_NOUNS
        and infinitive(table, verb)
    )

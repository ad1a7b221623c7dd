"""storyline: a sourced timeline of what happened, built offline from dated news articles."""

__version__ = "0.1.0"

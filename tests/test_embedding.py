"""The shipped static embedding: loads offline from the package; paraphrases score above other sentences."""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from conftest import SEEDS, T17, needs
from storyline.analyse.embedding import EMBEDDING_DATA, SentenceEncoder, cosine, default_encoder, encode

BPOIL = T17 / "bpoil_bbc" / "InputDocs"


def _sentences_with(folder: Path, fragment: str) -> Iterator[str]:
    for path in sorted(folder.rglob("*.txt")):
        for sentence in re.split(r"(?<=[.!?])\s+", path.read_text(encoding="utf-8", errors="replace")):
            if fragment in sentence:
                yield sentence.strip()


def _first_with(folder: Path, fragment: str) -> str:
    return next(_sentences_with(folder, fragment))


@pytest.fixture()
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the encoder tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_loads_from_the_package_without_network_and_gives_unit_rows_of_the_recorded_width(
    no_network: None,
) -> None:
    encoder = SentenceEncoder.from_folder(EMBEDDING_DATA)
    recorded = json.loads((EMBEDDING_DATA / "metadata.json").read_text(encoding="utf-8"))
    rows = encoder.encode(["BP agreed to put $20bn into a compensation fund.", "The rig sank."])
    assert rows.shape == (2, recorded["dims"]) == (2, encoder.width)
    assert rows.dtype == np.float32
    assert np.allclose(np.linalg.norm(rows, axis=1), 1.0, atol=1e-5)


def test_shipped_files_stay_small_and_carry_the_source_licence() -> None:
    sizes = {path.name: path.stat().st_size for path in EMBEDDING_DATA.iterdir()}
    assert max(sizes.values()) < 5_000_000
    assert "Apache License" in (EMBEDDING_DATA / "LICENSE").read_text(encoding="utf-8")
    assert "all-MiniLM-L6-v2" in (EMBEDDING_DATA / "README.md").read_text(encoding="utf-8")


def test_encoding_is_deterministic_and_independent_of_the_batch() -> None:
    sentences = [_first_with(SEEDS, "On 13 October"), _first_with(SEEDS, "17 October")]
    alone = np.vstack([encode([sentence]) for sentence in sentences])
    together = encode(sentences)
    assert np.allclose(alone, together, atol=1e-6)
    assert np.array_equal(encode(sentences), together)
    assert default_encoder() is default_encoder()


def test_text_without_known_words_is_a_zero_row_and_cosine_zero() -> None:
    rows = encode(["", "   ", "BP"])
    assert not rows[0].any() and not rows[1].any()
    assert cosine(rows[0], rows[2]) == 0.0
    assert encode([]).shape == (0, default_encoder().width)


def test_sample_articles_13_october_reports_are_closer_to_each_other_than_to_14_october() -> None:
    first, second = list(_sentences_with(SEEDS, "On 13 October"))[:2]
    other_day = _first_with(SEEDS, "On 14 October")
    rows = encode([first, second, other_day.split("On 14 October")[1]])
    assert first != second
    assert cosine(rows[0], rows[1]) > cosine(rows[0], rows[2]) + 0.1


@needs(BPOIL)
def test_reports_of_the_rig_sinking_score_above_another_bp_event() -> None:
    burning = _first_with(BPOIL, "had been burning for 36 hours when it sank")
    later = _first_with(BPOIL, "Just over 36 hours later the rig sank")
    dividend = _first_with(BPOIL, "withhold dividends until the end of the year")
    rows = encode([burning, later, dividend])
    assert cosine(rows[0], rows[1]) > cosine(rows[0], rows[2]) + 0.1


@needs(BPOIL)
def test_a_different_event_sharing_the_words_is_not_told_apart_by_the_embedding_alone() -> None:
    """Why dates, places and participants must decide: a bag of token vectors follows the shared words."""
    burning = _first_with(BPOIL, "had been burning for 36 hours when it sank")
    sinks = _first_with(BPOIL, "sinks to the bottom of the Gulf after burning for 36 hours")
    attempt = _first_with(BPOIL, "attempt would take 24 to 36 hours")
    rows = encode([burning, sinks, attempt])
    assert cosine(rows[0], rows[2]) > cosine(rows[0], rows[1])


def test_encoding_imports_no_model_hub_client_nor_torch() -> None:
    heavy = ("torch", "transformers", "huggingface_hub", "model2vec", "httpx", "requests")
    program = (
        "import sys\nfrom storyline.analyse.embedding import encode\nencode(['BP agreed to the fund.'])\n"
        f"print(sorted(name for name in {heavy!r} if name in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"

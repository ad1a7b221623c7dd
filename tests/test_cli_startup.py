"""`storyline --help` stays quick: the CLI module loads no heavy library until a command needs it."""

from __future__ import annotations

import subprocess
import sys

HEAVY = (
    "spacy",
    "rich.progress",
    "fastapi",
    "uvicorn",
    "jinja2",
    "storyline.store",
    "storyline.pipeline",
    "sqlite3",
)


def test_help_imports_nothing_heavy() -> None:
    script = (
        "import sys\n"
        "from storyline.present.cli import app\n"
        "try:\n"
        "    app(['--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        f"print('\\nloaded:', ','.join(name for name in {HEAVY!r} if name in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "ingest" in result.stdout and "serve" in result.stdout
    assert result.stdout.strip().splitlines()[-1] == "loaded:"  # none of the heavy modules was loaded

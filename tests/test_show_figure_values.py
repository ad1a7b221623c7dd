"""`storyline show` writes a figure's value with every digit: it wrote "$115billion → 1.15e+11 USD"
(Finan_washingtonpost, 18 September 2008), and six significant digits at most."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from storyline.present.cli import app
from storyline.present.terminal import _digits

runner = CliRunner()
ARTICLE = (
    "date 2008-09-18\n"
    "Having pumped $100billion into the banking system and lent $115billion more to rescue Bear Stearns"
    " and AIG, the Federal Reserve was forced to ask the Treasury yesterday to borrow some extra money to"
    " replenish its coffers.\n"
    "The insurer said it had paid $1,234,567 in fees to the advisers.\n"
)


def test_show_writes_the_whole_number(tmp_path: Path) -> None:
    (tmp_path / "fed.txt").write_text(ARTICLE, encoding="utf-8")
    db = str(tmp_path / "store.db")
    assert runner.invoke(app, ["ingest", str(tmp_path / "fed.txt"), "--db", db]).exit_code == 0
    listed = runner.invoke(app, ["timeline", "--all", "--db", db, "--format", "json"])
    entries = json.loads(listed.stdout)["entries"]
    shown = ""
    for entry in entries:
        if entry["figures"]:
            shown += runner.invoke(app, ["show", entry["id"], "--db", db], env={"COLUMNS": "200"}).output
    assert "$115billion → 115,000,000,000 USD" in shown
    assert "$1,234,567 → 1,234,567 USD" in shown
    assert "e+" not in shown


def test_a_small_or_fractional_value_is_written_without_an_exponent() -> None:
    """The shortest decimal that reads back as the value: no "1e-07", no float's tail of digits."""
    assert [_digits(v) for v in (1e-7, 1234567.891, 0.1, 2.5e9)] == [
        "0.0000001",
        "1,234,567.891",
        "0.1",
        "2,500,000,000",
    ]

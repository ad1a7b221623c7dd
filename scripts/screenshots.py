"""Screenshots of the main pages of `storyline serve` for the README (`make screenshots`).

Usage: python scripts/screenshots.py --db STORE --output docs
Drives Debian's chromium through Playwright; each PNG is one viewport, kept small.
"""

from __future__ import annotations

import argparse
import json
import shutil
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

from storyline.present.webapp import create_app
from storyline.present.webapp.background import serving

VIEWPORT = {"width": 1200, "height": 760}


def _first_entry_on(base: str, day: str) -> str:
    with urllib.request.urlopen(f"{base}/api/entries?from={day}&to={day}&all=true", timeout=10) as response:
        return json.loads(response.read())["entries"][0]["id"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--output", type=Path, default=Path("docs"))
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    args = parser.parse_args()
    args.output.mkdir(parents=True, exist_ok=True)
    with serving(create_app(args.db)) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=args.chromium, args=["--no-sandbox"])
        page = browser.new_page(viewport=VIEWPORT)
        entry = _first_entry_on(base, "2024-10-08")
        with urllib.request.urlopen(f"{base}/api/entries/{entry}", timeout=10) as response:
            document = json.loads(response.read())["mentions"][0]["document"]
        shots = {
            "timeline": "/",
            "entry": f"/entries/{entry}",
            "article": f"/documents/{document}",
            "visual": "/visual",
            "figures": "/figures",
            "conflicts": "/conflicts",
        }
        for name, path in shots.items():
            page.goto(base + path)
            page.wait_for_load_state("load")
            target = args.output / f"screenshot-{name}.png"
            page.screenshot(path=str(target))
            print(f"{target} ({target.stat().st_size // 1024} KB)")
        browser.close()


if __name__ == "__main__":
    main()

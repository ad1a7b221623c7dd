"""Every chronology heading of a corpus, with the date `extract.chronology` gives it, one line each.

Run it with two trees' code and compare the outputs to see which heading dates a change moves (dates13:
the first year-less heading told in the past); `--after` keeps only the headings dated after their page.
The articles are read as ingest reads them (`read_documents`: Timeline17's tokenized text restored).
Not imported by storyline.

    PYTHONPATH=src python evaluation/chronology_headings.py ../shared/corpus/t17 > new.txt
"""

from __future__ import annotations

import argparse
from pathlib import Path

from storyline.extract.chronology import chronology
from storyline.extract.sections import is_live_blog
from storyline.ingest import read_documents
from storyline.model import Document
from storyline.present.safe_text import one_line
from storyline.timevalue import bounds


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus", type=Path, help="a folder of topics, or one topic")
    parser.add_argument("--after", action="store_true", help="only headings dated after their page")
    args = parser.parse_args()
    one_topic = (args.corpus / "InputDocs").is_dir()  # else a folder of topics, each with its InputDocs
    topics = (
        [args.corpus] if one_topic else sorted(p for p in args.corpus.iterdir() if (p / "InputDocs").is_dir())
    )
    count = 0
    for topic in topics:
        for document in read_documents([topic]):
            if not isinstance(document, Document):
                continue
            text, published = document.text, document.publication_date
            for item in chronology(text, published, is_live_blog(text)).items:
                span = bounds(item.value)
                if args.after and not (span and published and span[0] > published):
                    continue
                count += 1
                heading = one_line(text[item.start : item.start + 80])
                where = document.path.split("InputDocs/")[-1]
                print(f"{topic.name}/{where} {published} {item.value} | {heading}")
    print(f"headings {count}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

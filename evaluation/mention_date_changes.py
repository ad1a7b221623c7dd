"""Event mentions whose date or tense differs between two stores of one collection.

Entry dates are rebuilt at read time (`evaluation/entry_date_changes.py`), but a mention's date is
chosen at extraction: to measure a change in mention dating, ingest the collection with each tree
and compare the two stores here. Mentions are matched by document path (from `InputDocs/` on), the
offset of the event word and its predicate; every changed one is listed with its sentence, to be
read (dates11: chronology headings), and so is every mention one store has and the other lacks ("+" new,
"-" gone: a sentence no longer taken for a photo's caption, dates13). Not imported by storyline.

    python evaluation/mention_date_changes.py /tmp/base31/bpoil_bbc.db /tmp/new/bpoil_bbc.db
"""

from __future__ import annotations

import argparse
from contextlib import closing
from pathlib import Path

from storyline.present.safe_text import one_line
from storyline.store.read_only import connect_read_only

_Key = tuple[str, int, str]  # document path, event word's offset, predicate
_Told = tuple[str | None, str, bool, str]  # date, tense, main, sentence


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("base", type=Path, help="the store built before the change")
    parser.add_argument("new", type=Path, help="the same collection built after it")
    args = parser.parse_args()
    base, new = _mentions(args.base), _mentions(args.new)
    common = base.keys() & new.keys()
    changed = sorted(key for key in common if base[key][:2] != new[key][:2])
    dated = [key for key in changed if base[key][0] != new[key][0]]
    main_changed, main_dated = sum(new[k][2] for k in changed), sum(new[k][2] for k in dated)
    print(
        f"mentions {len(base)} -> {len(new)}, {len(common)} matched; date or tense changed {len(changed)}"
        f" (main {main_changed}); date changed {len(dated)} (main {main_dated})"
    )
    for key in changed:
        (was, was_tense, _, _), (now, tense, main_event, sentence) = base[key], new[key]
        kind = "M" if main_event else "s"
        print(f"{key[0]} {kind} {key[2] or '-'}: {was}/{was_tense} -> {now}/{tense} | {sentence}")
    for sign, store, keys in (("+", new, new.keys() - base.keys()), ("-", base, base.keys() - new.keys())):
        for key in sorted(keys):
            date, tense, main_event, sentence = store[key]
            kind = "M" if main_event else "s"
            print(f"{sign} {key[0]} {kind} {key[2] or '-'}: {date}/{tense} | {sentence}")
    return 0


def _mentions(path: Path) -> dict[_Key, _Told]:
    with closing(connect_read_only(path)) as connection:
        texts = {
            row[0]: (row[1], row[2]) for row in connection.execute("SELECT id, path, text FROM documents")
        }
        found: dict[_Key, _Told] = {}
        query = 'SELECT document_id, start, "end", event_start, predicate, date, tense, main FROM events'
        for document, start, end, word, predicate, date, tense, main_event in connection.execute(query):
            where, text = texts[document]
            sentence = one_line(text[start:end])
            found[(where.split("InputDocs/")[-1], word, predicate)] = (
                date,
                tense,
                bool(main_event),
                sentence,
            )
        return found


if __name__ == "__main__":
    raise SystemExit(main())

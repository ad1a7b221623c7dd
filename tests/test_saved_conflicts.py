"""Disputes are found once per change of the store and kept in it: what `timeline`, `show` and
`conflicts` read is what a fresh search over every entry finds, and a new batch makes it stale."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import SEEDS
from storyline import __version__
from storyline.pipeline import ingest
from storyline.present.views import conflicts_among, current_names, store_conflicts
from storyline.store import Store


def _found_afresh(store: Store) -> list[dict[str, object]]:
    return [c.as_dict() for c in conflicts_among(current_names(store.actor_registry(), store.entries()))]


def test_saved_disputes_are_those_found_afresh_until_the_store_changes(
    isolated_pipeline, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    first, second = sorted(SEEDS.glob("*.txt"))
    with Store(tmp_path / "store.db") as store:
        ingest([first], store, isolated_pipeline)
        before = store.revision()
        assert store.saved_conflicts(before) is None  # nothing worked out yet
        found = [c.as_dict() for c in store_conflicts(store)]
        assert found == _found_afresh(store)
        saved = store.saved_conflicts(before)
        assert saved is not None and [c.as_dict() for c in saved] == found
        assert store.revision() == before  # keeping them is no change of the store

        ingest([second], store, isolated_pipeline)  # Lloyd Austin's "could not confirm" comes in
        after = store.revision()
        assert after != before and store.saved_conflicts(after) is None
        both = [c.as_dict() for c in store_conflicts(store)]
        assert both == _found_afresh(store)
        assert any(c["kind"] == "stance" for c in both) and both != found


def test_disputes_kept_in_another_shape_are_found_again(isolated_pipeline, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from storyline.store.database import CONFLICTS_KEY

    with Store(tmp_path / "store.db") as store:
        ingest(sorted(SEEDS.glob("*.txt")), store, isolated_pipeline)
        found = [c.as_dict() for c in store_conflicts(store)]
        revision = store.revision()
        for kept in (
            "not json",
            json.dumps({"revision": revision, "version": __version__, "conflicts": [{"id": 1}]}),
            "[]",
        ):
            store._db.execute("UPDATE state SET value = ? WHERE key = ?", (kept, CONFLICTS_KEY))
            store._db.commit()
            assert store.saved_conflicts(revision) is None
            assert [c.as_dict() for c in store_conflicts(store)] == found


def test_the_web_application_keeps_and_reads_the_same_disputes(isolated_pipeline, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from storyline.present.webapp.story import _views

    with Store(tmp_path / "store.db") as store:
        ingest(sorted(SEEDS.glob("*.txt")), store, isolated_pipeline)
        snapshot = _views(store, (0, 0))
        saved = store.saved_conflicts(store.revision())
        assert saved is not None and saved == snapshot.conflicts
        assert [c.as_dict() for c in saved] == _found_afresh(store)

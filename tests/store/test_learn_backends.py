"""Learning the synthetic organization on SQLite and PostgreSQL: idempotent, incremental, time split."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from mailwarden.profile.learn import learn
from mailwarden.profile.snapshot import ProfileSnapshot
from mailwarden.sources import iter_raw

ORG = Path(__file__).parent.parent / "fixtures" / "org"
BOXES = [ORG / "inbox.mbox", ORG / "sent.mbox"]
FACT_TABLES = ("addresses", "domains", "pairs", "domain_pairs", "sender_hours", "sender_link_domains",
               "subjects", "thread_ids", "seen_messages", "address_names")


def _dump(store) -> dict[str, list[tuple]]:
    return {table: sorted(tuple(map(str, row)) for row in store.rows(table)) for table in FACT_TABLES}


def test_learning_builds_the_profile(store, backend_settings):
    report = learn(store, backend_settings, iter_raw(BOXES))
    assert report.learned == report.read == 74
    snap = ProfileSnapshot.load(store)
    assert snap.internal_domains == {"northwind-metals.com"}
    billing = snap.contact("billing@acmesteel.com")
    assert billing is not None and billing.messages_from == 6 and billing.messages_to == 6
    assert snap.domain("acmesteel.com").is_vendor
    assert snap.pair_count("tom.becker@northwind-metals.com", "rita.chen@acmesteel.com") == 6


def test_learning_twice_changes_nothing(store, backend_settings):
    learn(store, backend_settings, iter_raw(BOXES))
    before = _dump(store)
    again = learn(store, backend_settings, iter_raw(BOXES))
    assert again.learned == 0 and again.duplicates == 74
    assert _dump(store) == before


def test_incremental_learning_equals_learning_at_once(store, backend_settings, tmp_path):
    learn(store, backend_settings, iter_raw([BOXES[0]]))
    assert store.get_meta("messages_learned") == 18
    learn(store, backend_settings, iter_raw([BOXES[1]]))
    incremental = _dump(store)

    from mailwarden.settings import Settings
    from mailwarden.store import Store

    fresh_settings = Settings.load(home=tmp_path / "fresh")
    with Store.open(fresh_settings) as fresh:
        learn(fresh, fresh_settings, iter_raw(BOXES))
        assert _dump(fresh) == incremental


def test_before_and_after_split_the_history(store, backend_settings):
    cut = datetime(2024, 2, 10)
    early = learn(store, backend_settings, iter_raw(BOXES), before=cut)
    late = learn(store, backend_settings, iter_raw(BOXES), after=cut)
    assert early.learned + late.learned == 74
    assert early.learned > 0 and late.learned > 0
    snap = ProfileSnapshot.load(store)
    assert snap.messages_learned == 74

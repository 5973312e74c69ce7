"""The store itself: migrations on open, merging counters, labels, model versions (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import inspect

from mailwarden.errors import StoreError
from mailwarden.settings import Settings
from mailwarden.store import Store, migrate


def test_open_creates_home_and_migrates_to_head(tmp_path):
    settings = Settings.load(home=tmp_path / "new-home")
    with Store.open(settings) as store:
        assert (tmp_path / "new-home" / "mailwarden.db").exists()
        tables = set(inspect(store.engine).get_table_names())
        with store.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
    assert {"addresses", "pairs", "labels", "seen_messages", "people", "model_versions"} <= tables


def test_reopening_applies_nothing(store):
    with store.engine.begin() as conn:
        assert migrate.upgrade(conn) is False


def test_bad_url_is_a_store_error(tmp_path):
    with pytest.raises(StoreError):
        Store.open(Settings.load(home=tmp_path), url="nosuchdb://x")


def test_facts_add_up_and_widen_first_last_seen(store):
    jan, feb, mar = datetime(2024, 1, 5), datetime(2024, 2, 5), datetime(2024, 3, 5)
    row = {"address": "a@x.com", "domain": "x.com", "first_seen": feb, "last_seen": feb, "sent": 2,
           "received": 1}
    store.write_facts({"addresses": [row]})
    store.write_facts({"addresses": [{**row, "first_seen": jan, "last_seen": jan, "sent": 3,
                                      "received": 0}]})
    store.write_facts({"addresses": [{**row, "first_seen": None, "last_seen": mar, "sent": 0,
                                      "received": 4}]})
    [(sent, received, first, last)] = list(
        store.rows("addresses", "sent", "received", "first_seen", "last_seen"))
    assert (sent, received) == (5, 5)
    assert (first, last) == (jan, mar)


def test_insert_only_tables_keep_one_row(store):
    store.write_facts({"thread_ids": [{"message_id": "<a@b>"}]})
    store.write_facts({"thread_ids": [{"message_id": "<a@b>"}, {"message_id": "<c@d>"}]})
    assert sorted(m for (m,) in store.rows("thread_ids", "message_id")) == ["<a@b>", "<c@d>"]


def test_unseen_reports_only_new_digests(store):
    store.write_facts({"seen_messages": [{"sha256": "a" * 64, "message_id": "", "date": None}]})
    assert store.unseen(["a" * 64, "b" * 64]) == {"b" * 64}


def test_labels_round_trip(store):
    first = store.add_label("attack", sha256="f" * 64, message_id="<m1@x>", source="inbox.mbox#3",
                            attack_type="invoice_fraud", note="vendor bank change")
    second = store.add_label("false_alarm", message_id="<m2@x>")
    assert second > first
    labels = store.labels()
    assert [(lb.label, lb.attack_type, lb.message_id) for lb in labels] == [
        ("attack", "invoice_fraud", "<m1@x>"), ("false_alarm", "", "<m2@x>")]
    assert [lb.id for lb in store.labels("attack")] == [first]
    assert isinstance(labels[0].created_at, datetime)


@pytest.mark.parametrize("bad", [{"label": "evil", "sha256": "a"}, {"label": "attack"}])
def test_label_validation(store, bad):
    with pytest.raises(StoreError):
        kwargs = dict(bad)
        store.add_label(kwargs.pop("label"), **kwargs)


def test_model_versions(store):
    store.add_model_version("org-1", path="models/org-1.lgb", metrics={"auc": 0.9})
    store.add_model_version("org-1", path="models/org-1.lgb", metrics={"auc": 0.95}, promoted=True)
    [version] = store.model_versions()
    assert version["metrics"] == {"auc": 0.95} and version["promoted"] is True


def test_meta_round_trip(store):
    store.set_meta({"internal_domains": ["a.com"], "learned_until": None})
    assert store.get_meta("internal_domains") == ["a.com"]
    assert store.get_meta("missing", "default") == "default"

"""Scanning keeps the profile current: mail judged safe teaches it, attacks never do."""

from __future__ import annotations

from types import SimpleNamespace

from mailwarden.message.parse import parse_message
from mailwarden.profile.snapshot import ProfileSnapshot
from mailwarden.store import Store, open_learner

NEWCOMER = (b"From: \"New Supplier\" <sales@newcomer.biz>\nTo: priya@northwind-metals.com\n"
            b"Subject: Introduction\nDate: Mon, 04 Mar 2024 10:00:00 +0000\n"
            b"Message-ID: <intro@newcomer.biz>\n\nHello, we make steel pipes.\n")
ATTACKER = NEWCOMER.replace(b"newcomer.biz", b"attacker.biz")


def test_safe_mail_teaches_the_profile_and_attacks_do_not(store):
    store.set_meta({"internal_domains": ["northwind-metals.com"], "messages_learned": 0})
    assert store.observe(parse_message(NEWCOMER, "a.eml"), SimpleNamespace(verdict="safe", error=""))
    assert not store.observe(parse_message(ATTACKER, "b.eml"), SimpleNamespace(verdict="attack", error=""))
    suspicious = SimpleNamespace(verdict="suspicious", error="")
    assert not store.observe(parse_message(ATTACKER, "c.eml"), suspicious)
    assert store.flush() == 1
    profile = ProfileSnapshot.load(store)
    assert profile.contact("sales@newcomer.biz").messages_from == 1
    assert profile.contact("sales@attacker.biz") is None
    assert profile.thread_known(["<intro@newcomer.biz>"], "")
    assert store.get_meta("messages_learned") == 1


def test_observing_the_same_message_twice_counts_once(store):
    message = parse_message(NEWCOMER, "a.eml")
    store.observe(message)
    store.observe(message)
    store.flush()
    store.observe(message)
    store.flush()
    assert ProfileSnapshot.load(store).contact("sales@newcomer.biz").messages_from == 1


def test_learning_from_scans_can_be_switched_off(tmp_path):
    from mailwarden.settings import Settings

    settings = Settings.load(home=tmp_path, learn_from_scans=False)
    with Store.open(settings) as store:
        assert not store.observe(parse_message(NEWCOMER, "a.eml"))
    assert not open_learner(settings).observe(parse_message(NEWCOMER, "a.eml"))


def test_scanning_never_creates_a_store(tmp_path):
    from mailwarden.settings import Settings

    settings = Settings.load(home=tmp_path / "none")
    assert not open_learner(settings).observe(parse_message(NEWCOMER, "a.eml"))
    assert not (tmp_path / "none" / "mailwarden.db").exists()

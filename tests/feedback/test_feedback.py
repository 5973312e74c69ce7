"""Feedback: labels in the store, a copy of the message kept for retraining, by file or Message-ID."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from mailwarden.cli.app import app
from mailwarden.feedback import labelled_messages, record_feedback
from mailwarden.feedback.labels import FeedbackError
from mailwarden.store import Store


@pytest.fixture
def store(settings):
    with Store.open(settings) as s:
        yield s


def test_missed_attack_by_file_is_labelled_and_kept(settings, store, fixtures):
    raw = (fixtures / "feedback" / "missed_gift_card.eml").read_bytes()
    result = record_feedback(settings, store, "missed", raw=raw, source="x.eml", attack_type="gift_card")
    assert result.label == "attack" and result.message_id == "<missed-1@freemail.test>"
    labels = store.labels()
    got = [(lb.label, lb.attack_type, lb.sha256) for lb in labels]
    assert got == [("attack", "gift_card", result.sha256)]
    held, unresolved = labelled_messages(settings, store)
    assert unresolved == 0 and len(held) == 1 and held[0].raw == raw


def test_false_alarm_by_message_id_found_in_a_search_path(settings, store, fixtures):
    result = record_feedback(settings, store, "false_alarm", message_id="statement-10@supplier.test",
                             search=[fixtures / "feedback"])
    assert result.label == "false_alarm" and result.stored_copy
    held, _ = labelled_messages(settings, store)
    assert [h.label for h in held] == ["false_alarm"]


def test_message_id_without_the_message_is_recorded_but_not_yet_usable(settings, store):
    result = record_feedback(settings, store, "missed", message_id="<gone@x.test>", attack_type="ceo_fraud")
    assert result.stored_copy == ""
    held, unresolved = labelled_messages(settings, store)
    assert held == [] and unresolved == 1


def test_unknown_attack_type_is_refused(settings, store, fixtures):
    raw = (fixtures / "feedback" / "missed_gift_card.eml").read_bytes()
    with pytest.raises(FeedbackError):
        record_feedback(settings, store, "missed", raw=raw, attack_type="not_a_type")


def test_cli_records_a_missed_attack(settings, fixtures):
    path = fixtures / "feedback" / "missed_gift_card.eml"
    result = CliRunner().invoke(app, ["feedback", str(path), "--missed", "--type", "gift_card",
                                      "--home", settings.home])
    assert result.exit_code == 0, result.output
    with Store.open(settings) as s:
        assert [lb.attack_type for lb in s.labels("attack")] == ["gift_card"]


def test_cli_needs_exactly_one_kind(settings, fixtures):
    path = fixtures / "feedback" / "missed_gift_card.eml"
    result = CliRunner().invoke(app, ["feedback", str(path), "--home", settings.home])
    assert result.exit_code != 0

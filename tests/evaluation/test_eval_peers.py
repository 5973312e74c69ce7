"""SpamAssassin and Rspamd run for real, offline, on the fixture set (CI installs both)."""

from __future__ import annotations

import os
import shutil

import pytest

from mailwarden.evaluation.labels import iter_labelled
from mailwarden.evaluation.peers import make_peer
from mailwarden.evaluation.peers.base import PeerUnavailable
from mailwarden.evaluation.peers.rspamd import parse_rspamd_reply
from mailwarden.evaluation.peers.spamassassin import parse_spamd_reply
from mailwarden.evaluation.report import build_report
from mailwarden.evaluation.runner import evaluate

HAVE_SPAMD = bool(shutil.which("spamd") or os.path.exists("/usr/sbin/spamd"))
HAVE_RSPAMD = bool(shutil.which("rspamd"))


def test_spamd_reply_parsing():
    reply = (b"SPAMD/1.1 0 EX_OK\r\nContent-length: 20\r\nSpam: True ; 7.5 / 5.0\r\n\r\n"
             b"DRUGS_ERECTILE,MISSING_MID")
    result = parse_spamd_reply(reply)
    assert (result.flagged, result.score, result.rules) == (True, 7.5, ("DRUGS_ERECTILE", "MISSING_MID"))
    assert parse_spamd_reply(b"SPAMD/1.0 76 Bad header line").error
    assert parse_spamd_reply(b"").error


def test_rspamd_reply_parsing():
    reply = (b'{"score": 7.2, "required_score": 15, "action": "add header", "symbols": '
             b'{"A": {"score": 1.0}, "B": {"score": 5.0}, "C": {"score": -1.0}}}')
    result = parse_rspamd_reply(reply)
    assert (result.flagged, result.score, result.rules) == (True, 7.2, ("B", "A"))
    assert not parse_rspamd_reply(b'{"score": 4.1, "action": "greylist"}').flagged
    assert parse_rspamd_reply(b"<html>").error


class _MissingPeer:
    name = "ghost"

    def start(self):
        raise PeerUnavailable("not installed here")

    def check(self, data):  # pragma: no cover - never reached
        raise AssertionError

    def cpu_seconds(self):
        return 0.0

    def stop(self):
        pass


def test_a_missing_peer_is_reported_not_fatal(settings, scripted_engine, eval_fixtures):
    items = iter_labelled([str(eval_fixtures / "labelled")], settings)
    run = evaluate(items, scripted_engine, peers=[_MissingPeer()])
    report = build_report(run, settings)
    assert report["peers"]["ghost"]["available"] is False
    assert "not installed here" in report["peers"]["ghost"]["reason"]
    assert report["systems"] == ["mailwarden"]
    assert any("ghost unavailable" in n for n in report["notes"])


@pytest.mark.peers
@pytest.mark.skipif(not (HAVE_SPAMD and HAVE_RSPAMD), reason="spamassassin (spamd) and rspamd not installed")
def test_both_peers_judge_every_fixture_offline(settings, scripted_engine, eval_fixtures):
    items = iter_labelled([str(eval_fixtures / "labelled")], settings)
    peers = [make_peer("spamassassin"), make_peer("rspamd")]  # rspamd's compiled rules are cached per user
    run = evaluate(items, scripted_engine, peers=peers)
    report = build_report(run, settings)
    for name in ("spamassassin", "rspamd"):
        peer = report["peers"][name]
        assert peer["available"], peer["reason"]
        assert peer["checked"] == 8 and peer["errors"] == 0
        assert peer["messages_per_cpu_second"] and peer["messages_per_cpu_second"] > 0
        assert name in report["tasks"]["unwanted"]["systems"]
        results = [j.peers[name] for j in run.judged]
        # The obvious pill spam scores above the lunch invitation for both peers.
        score = {j.source.rsplit("/", 1)[-1]: j.peers[name].score for j in run.judged}
        assert score["pills.eml"] > score["lunch.eml"]
        assert all(not r.error for r in results)
    # stopped: nothing left listening
    assert all(p.proc is None for p in peers)

"""The shared conformance suite every registered detector must pass (found automatically).

Each detector runs on a corpus of hostile and degenerate messages, with and without an organization
profile: it never raises, never changes the message, and when it fires it returns a signal with
evidence and a strength in [-1, 1]. Metadata is checked too: ids are `<leg>.<name>`, descriptions exist.
"""

from __future__ import annotations

import copy
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from mailwarden.message import Address, Attachment, AuthResults, Link, Message, ReceivedHop
from mailwarden.message.parse import parse_message
from mailwarden.settings import Settings
from mailwarden.signals.base import Context, Detector
from mailwarden.signals.registry import all_detectors

FIXTURES = Path(__file__).parent.parent / "fixtures"
DETECTORS = all_detectors()
SETTINGS = Settings(org_domains=("example.com",), protected_domains=("partner.example.net",),
                    vips=("Jane Boss <jane.boss@example.com>", "Kenneth Lay", "x@y"))


def _hostile_messages() -> list[Message]:
    weird = "\u202e\u200b\ufeff\x00\ud7ff𝔭𝔞𝔶𝔭𝔞𝔩 раураl " * 50
    odd_links = tuple(
        Link(href=href, text=text, domain=domain, in_html=bool(i % 2))
        for i, (href, text, domain) in enumerate([
            ("", "", ""), ("http://", "http://", ""), ("http://[::1]:99999/x", "[::1]", "::1"),
            ("javascript:alert(1)", "click", ""), ("data:text/html;base64,PGgxPg==", "open", ""),
            ("mailto:a@b.c", "a@b.c", ""), ("http://xn--80ak6aa92e.com/login", "apple.com", "аррӏе.com"),
            ("http://3232235777/", "bank", "3232235777"), ("http://%%%%/", "%%", ""),
            ("https://a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.example.com/" + "x" * 5000, "y" * 5000, ""),
            ("http://user:pass@evil.com:8080/wp-admin/?email=bob@example.com", "www.paypal.com", "evil.com"),
            ("ht!tp://bad host/", weird, "bad host"), ("http://.../", "...", "..."),
        ])
    )
    odd_attachments = (
        Attachment("", "", "", 0, ""),
        Attachment("\u202egpj.exe", "image/jpeg", "application/x-dosexec", 10, "x", has_script=True),
        Attachment("a" * 5000 + ".pdf.exe", "application/pdf", "", -1, "", is_encrypted=True),
        Attachment("arch.zip", "application/zip", "application/zip", 10**12, "", is_archive=True,
                   members=("", "..", "a/b/c.js", "x" * 3000, "nested.zip/run.hta"), defects=("bomb",)),
        Attachment("invite.ics", "text/calendar", "text/calendar", 5, ""),
        Attachment("qr.png", "image/png", "image/png", 50_000, ""),
        Attachment("weird.", "application/octet-stream", "application/x-iso9660-image", 3, ""),
    )
    sender = Address(name="PayPal <ceo@example.com> Jane Boss", address="jane.boss@gmail.com")
    return [
        Message(source="empty"),
        Message(source="no sender, only text", text="verify your account " * 10),
        Message(source="empty address", sender=Address("", ""), reply_to=(Address("", ""),),
                return_path="<>"),
        Message(source="address without @", sender=Address("x", "no-at-sign"), return_path="garbage"),
        Message(source="weird unicode", subject=weird, text=weird,
                sender=Address(weird, weird + "@" + weird)),
        Message(source="huge text", subject="x" * 100_000,
                text=("wire transfer gift card bitcoin " * 20_000)),
        Message(
            source="everything odd",
            subject="URGENT 9klVLp4MeNmjOMWBow verify your account",
            sender=sender,
            reply_to=tuple(Address(f"r{i}", f"r{i}@yahoo.com") for i in range(50)),
            return_path="bounce@" + "a." * 200 + "com",
            to=tuple(Address("", f"user{i}@example.com") for i in range(5000)),
            headers=(("list-id", ""), ("x-weird", weird)),
            auth=AuthResults(spf="fail", spf_domain="", dkim="fail", dkim_domains=("", "..", "gmail.com"),
                             dmarc="fail", dmarc_policy="reject", present=True),
            received=(ReceivedHop(from_ip="not an ip", date=datetime(1970, 1, 1, tzinfo=UTC)),),
            text="I am in a meeting. Keep this between us. " * 3,
            links=odd_links * 40,
            attachments=odd_attachments * 10,
            date=datetime(2033, 2, 25),
        ),
    ]


def _bad_fixture_messages() -> list[Message]:
    bad = FIXTURES / "bad"
    if not bad.is_dir():
        return []
    return [parse_message(path.read_bytes(), path.name, SETTINGS) for path in sorted(bad.iterdir())
            if path.is_file()]


CORPUS = _hostile_messages() + _bad_fixture_messages()


def _profile_context(tmp_path_factory) -> Context | None:
    """A real profile learned from the synthetic organization fixture, when that fixture exists."""
    org = FIXTURES / "org"
    if not org.is_dir():
        return None
    from mailwarden.profile.learn import learn
    from mailwarden.profile.snapshot import ProfileSnapshot
    from mailwarden.sources import iter_raw
    from mailwarden.store import Store

    settings = Settings.load(home=tmp_path_factory.mktemp("conformance"), org_domains=SETTINGS.org_domains,
                             vips=SETTINGS.vips)
    with Store.open(settings) as store:
        learn(store, settings, iter_raw(sorted(org.glob("*.mbox"))))
        return Context(settings=settings, profile=ProfileSnapshot.load(store))


@pytest.fixture(scope="module")
def contexts(tmp_path_factory) -> list[Context]:
    found = [Context(settings=SETTINGS)]
    with_profile = _profile_context(tmp_path_factory)
    if with_profile is not None:
        found.append(with_profile)
    return found


def _ids(detector: Detector) -> str:
    return detector.id


def test_the_registry_finds_detectors_of_every_leg():
    assert {str(d.leg) for d in DETECTORS} >= {"impersonation", "authentication", "goal", "delivery"}


@pytest.mark.parametrize("det", DETECTORS, ids=_ids)
def test_metadata(det: Detector):
    assert det.id.startswith(f"{det.leg}.") and det.id == det.id.strip().lower()
    assert det.description.strip() and callable(det.fn)
    assert all(isinstance(t, str) and t for t in det.attack_types)


@pytest.mark.parametrize("det", DETECTORS, ids=_ids)
def test_never_raises_never_mutates_and_explains_itself(det: Detector, contexts: list[Context]):
    for context in contexts:
        for message in CORPUS:
            before = copy.deepcopy(message)
            signal = det.run(message, context)  # any exception fails the test
            assert message == before, f"{det.id} changed {message.source}"
            if signal is None:
                continue
            assert signal.id == det.id and signal.leg == det.leg
            assert -1.0 <= signal.strength <= 1.0 and signal.strength != 0
            assert isinstance(signal.evidence, str) and signal.evidence.strip()
            assert len(signal.evidence) < 2_000, f"{det.id} evidence is not bounded on {message.source}"


@pytest.mark.parametrize("det", DETECTORS, ids=_ids)
def test_bounded_time_on_a_big_message(det: Detector, contexts: list[Context]):
    big = next(m for m in CORPUS if m.source == "everything odd")
    huge = next(m for m in CORPUS if m.source == "huge text")
    for context in contexts:
        for message in (big, huge):
            det.run(message, context)  # warm caches (phrase tables, lookalike indexes)
            start = time.process_time()
            det.run(message, context)
            assert time.process_time() - start < 0.25, f"{det.id} is slow on {message.source}"


def test_the_corpus_exercises_the_detectors():
    """Guards against a vacuous suite: the hostile corpus must make many detectors fire."""
    context = Context(settings=SETTINGS)
    fired = {d.id for d in DETECTORS for m in CORPUS if d.run(m, context) is not None}
    history_free = [d for d in DETECTORS if not d.needs_profile]
    assert len(fired) >= len(history_free) // 3

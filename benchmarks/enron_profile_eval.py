"""Time-split check of the profile detectors on Enron: learn before a date, scan the following days of
real mail (false alarms) plus hand-written attacks on its executives and counterparties (recall).

    python benchmarks/enron_profile_eval.py [--cutoff 2001-10-01] [--days 7] [--keep DIR]

The attacks are written here from what the profile learned (its VIPs, its two-way counterparties), so
they are about this organization. Prints, per profile detector, how often it fires on the real mail and
on the attacks, then each attack with the profile signals and the verdict.
"""

from __future__ import annotations

import argparse
import mailbox
import tempfile
import time
from collections import Counter
from datetime import datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

from mailwarden.engine import Engine
from mailwarden.profile.learn import learn
from mailwarden.profile.record import record_from_bytes
from mailwarden.profile.snapshot import ProfileSnapshot
from mailwarden.profile.text import name_key
from mailwarden.settings import Settings
from mailwarden.signals.impersonation import known_people
from mailwarden.signals.trust import history
from mailwarden.sources import RawItem, iter_raw
from mailwarden.store import Store

ARCHIVE = Path(__file__).resolve().parents[2] / "shared" / "data" / "enron_20_users.tar.gz"
PROFILE_IDS = {d.id for d in (*history.DETECTORS, *known_people.DETECTORS)}


def split(archive: Path, cutoff: datetime, days: int) -> tuple[list[RawItem], list[RawItem]]:
    before, later = [], []
    end = cutoff + timedelta(days=days)
    for item in iter_raw([archive]):
        record = record_from_bytes(item.data, item.source) if item.data else None
        if record is None or record.date is None:
            continue
        if record.date < cutoff:
            before.append(item)
        elif record.date < end:
            later.append(item)
    return before, later


def _eml(sender: str, to: list[str], subject: str, body: str, when: datetime, extra: str = "") -> bytes:
    return (f"From: {sender}\nTo: {', '.join(to)}\nSubject: {subject}\nDate: {format_datetime(when)}\n"
            f"Message-ID: <{abs(hash(subject + sender))}@attacker.example>\n{extra}"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n\n" + body).encode()


def write_attacks(profile: ProfileSnapshot, when: datetime) -> list[tuple[str, RawItem]]:
    """A handful of attacks on this organization, built from its own learned people and partners."""
    vips = sorted(profile.vips(), key=lambda p: -len(p.addresses))
    by_key = {name_key(p.name): p for p in profile.people()}
    lay = by_key.get("kenneth lay") or vips[0]
    whalley = by_key.get("greg whalley") or vips[1]
    kitchen = by_key.get("louise kitchen") or vips[2]
    beck = by_key.get("sally beck") or vips[3]
    target = "sally.beck@enron.com"
    staff = [a for p in profile.people()[:400] for a in p.addresses[:1]]
    # The busiest two-way external counterparty (not free mail) and one of its people.
    partner = next(d for d in profile.known_domains() if not profile.is_internal("x@" + d.domain)
                   and d.messages_to >= 10 and d.messages_from >= 10)
    partner_contact = profile.addresses_on(partner.domain)[0]
    label, _, suffix = partner.domain.rpartition(".")
    partner_lookalike = f"{label}s.{suffix}" if len(label) > 4 else f"{label}-group.{suffix}"
    lateral_sender = "rick.buy@enron.com"
    never_written = [a for a in staff
                     if not profile.pair_count(lateral_sender, a) and a != lateral_sender][:25]

    def display(person) -> str:  # type: ignore[no-untyped-def]
        name = person.name
        if "," in name:
            last, _, first = name.partition(",")
            name = f"{first.strip()} {last.strip()}"
        return name

    attacks = [
        ("ceo_fraud/display_name_freemail", _eml(
            f'"{display(lay)}" <ken.lay.chairman@yahoo.com>', [target], "Confidential - are you available?",
            "Sally,\n\nI need you to handle a confidential wire transfer today for an acquisition we are "
            "closing. Please do not discuss with anyone until it is announced. Reply with your direct line."
            f"\n\n{display(lay)}\nSent from my mobile", when)),
        ("gift_card/display_name_freemail", _eml(
            f'"{display(whalley)}" <gwhalley.office@hotmail.com>', [target], "quick favor",
            "Hi, I'm stuck in meetings. Can you pick up 8 Amazon gift cards ($200 each) for a client "
            "appreciation? Scratch the codes and email me photos. I'll reimburse you tonight.", when)),
        ("ceo_fraud/lookalike_org_domain", _eml(
            f'"{display(kitchen)}" <louise.kitchen@enron-corp.com>', [target], "Urgent payment today",
            "Please process an urgent payment of $148,500 to the account below before 3pm. "
            "Details attached; confirm once done. Keep this between us for now.", when)),
        ("invoice_fraud/lookalike_partner_fake_reply", _eml(
            f'"Accounts Receivable" <{partner_contact.partition("@")[0]}@{partner_lookalike}>', [target],
            "RE: Outstanding invoice 44871 - updated remittance",
            "Hello,\n\nAs discussed, please find the outstanding invoice attached. Note our updated "
            "remittance "
            "information: our bank account has changed, please update your records and remit to the new "
            "account (routing number 021000021).\n\nThank you", when)),
        ("invoice_fraud/compromised_partner_reply_to", _eml(
            partner_contact, [target], "Change of bank details",
            "Dear customer,\n\nPlease be advised that our banking details have changed. All future payments "
            "should be made to the new account in the attached letter. Kindly confirm by return email.",
            when, extra="Reply-To: accounts.dept.payments@gmail.com\n")),
        ("payroll_diversion/display_name_freemail", _eml(
            f'"{display(beck)}" <sally.beck.personal@aol.com>', ["payroll@enron.com", "hr@enron.com"],
            "Direct deposit change",
            "Hi,\n\nI changed banks. Please update my direct deposit to the new account before the next "
            "payroll run. What do you need from me?\n\nSally", when)),
        ("lateral_phishing/internal_many_new_recipients", _eml(
            lateral_sender, never_written, "Document shared with you: Q4 bonus review",
            "A document has been shared with you. Sign in to view: "
            "http://enron-docs.sharepoint-login.example/view?id=88231\n", when)),
        ("invoice_fraud/new_domain_first_contact_fake_reply", _eml(
            '"EES Billing" <billing@enron-energy-services.biz>', [target], "RE: Invoice #55302 past due",
            "Per our last conversation, invoice #55302 is now past due. Please wire payment today to avoid "
            "service interruption.", when)),
    ]
    return [(name, RawItem(f"attack:{name}", data)) for name, data in attacks]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--archive", type=Path, default=ARCHIVE)
    parser.add_argument("--cutoff", default="2001-10-01")
    parser.add_argument("--days", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="write the later mail and the attacks as mbox files here")
    parser.add_argument("--examples", type=int, default=0, help="show N real-mail hits per detector")
    args = parser.parse_args()
    cutoff = datetime.fromisoformat(args.cutoff)
    before, later = split(args.archive, cutoff, args.days)
    with tempfile.TemporaryDirectory() as home:
        settings = Settings.load(home=home)
        started = time.perf_counter()
        with Store.open(settings) as store:
            learn(store, settings, before)
            profile = ProfileSnapshot.load(store)
        took = time.perf_counter() - started
        print(f"learned {len(before):,} messages before {args.cutoff} in {took:.1f} s; "
              f"{len(profile.vips())} VIPs; internal {sorted(profile.internal_domains)}")
        attacks = write_attacks(profile, cutoff + timedelta(days=1, hours=3))
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            for name, items in (("later.mbox", later), ("attacks.mbox", [i for _, i in attacks])):
                box = mailbox.mbox(str(args.keep / name))
                for item in items:
                    box.add(item.data)
                box.close()
        engine = Engine(settings, profile=profile)
        real_fired: Counter[str] = Counter()
        examples: dict[str, list[str]] = {}
        verdicts: Counter[str] = Counter()
        started = time.perf_counter()
        for item in later:
            message, verdict = engine.judge_raw(item)
            verdicts[verdict.verdict] += 1
            for signal in verdict.signals:
                if signal.id in PROFILE_IDS:
                    real_fired[signal.id] += 1
                    shown = examples.setdefault(signal.id, [])
                    if len(shown) < args.examples:
                        shown.append(f"{item.source}: {signal.strength:+.2f} {signal.evidence}")
        elapsed = time.perf_counter() - started
        print(f"\nreal mail {args.cutoff} + {args.days} days: {len(later):,} messages "
              f"({len(later) / elapsed:,.0f} msg/s with the profile); verdicts {dict(verdicts)}")
        attack_fired: Counter[str] = Counter()
        reports = []
        for name, item in attacks:
            _message, verdict = engine.judge_raw(item)
            mine = [s for s in verdict.signals if s.id in PROFILE_IDS]
            attack_fired.update(s.id for s in mine)
            reports.append((name, verdict, mine))
        print(f"\n{'profile detector':<40} {'real mail':>14} {'attacks':>9}")
        for det_id in sorted(PROFILE_IDS):
            share = real_fired[det_id] / len(later) * 100 if later else 0
            print(f"{det_id:<40} {real_fired[det_id]:>6} ({share:4.1f}%) "
                  f"{attack_fired[det_id]:>5}/{len(attacks)}")
        for det_id, lines in sorted(examples.items()):
            print(f"\nreal mail, {det_id}:")
            for line in lines:
                print(f"   {line}")
        for name, verdict, mine in reports:
            print(f"\n[{name}] verdict={verdict.verdict} score={verdict.score:.2f} "
                  f"type={verdict.attack_type}")
            for signal in mine:
                print(f"   {signal.id} {signal.strength:+.2f}: {signal.evidence}")


if __name__ == "__main__":
    main()

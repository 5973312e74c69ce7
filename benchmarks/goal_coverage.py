"""Which synthetic attacks fire no goal signal (not a test: needs a synth output directory).

    mailwarden synth --generic --out /tmp/sx -n 600 --seed 5
    python benchmarks/goal_coverage.py /tmp/sx [--families chatty,notice,broken] [--show N]

Prints, per attack_type / lure, how many messages fire any goal detector and how many fire the goal
detector that lure is about (bank_change -> goal.bank_detail_change, ...). --families limits the count to
held-out writing families so phrase tables are judged on styles they were not written from.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

from mailwarden.message.parse import parse_message
from mailwarden.settings import Settings
from mailwarden.signals.base import Context, Leg
from mailwarden.signals.registry import DetectorRunner, all_detectors

# The goal detector a lure should trip (others count as "any goal").
EXPECTED = {
    "bank_change": "goal.bank_detail_change",
    "payroll_change": "goal.payroll_diversion",
    "gift_cards": "goal.gift_card_request",
    "wire_request": "goal.payment_request",
    "overdue_invoice": "goal.payment_request",
    "shared_document": "goal.credential_request",
    "password_expiry": "goal.credential_request",
    "mfa_reset": "goal.credential_request",
    "mailbox_quota": "goal.credential_request",
    "voicemail": "goal.credential_request",
    "employee_list": "goal.sensitive_data_request",
    "w2_request": "goal.sensitive_data_request",
    "sextortion": "goal.extortion",
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("directory", type=Path)
    parser.add_argument("--families", default="", help="comma-separated families to count (default: all)")
    parser.add_argument("--show", type=int, default=0, help="print N missed subjects/openings per lure")
    args = parser.parse_args()
    families = {f for f in args.families.split(",") if f}
    runner = DetectorRunner([d for d in all_detectors() if d.leg is Leg.GOAL])
    context = Context(settings=Settings())
    total: Counter[tuple[str, str]] = Counter()
    any_goal: Counter[tuple[str, str]] = Counter()
    expected_hit: Counter[tuple[str, str]] = Counter()
    missed: dict[tuple[str, str], list[str]] = defaultdict(list)
    for line in (args.directory / "labels.jsonl").read_text().splitlines():
        label = json.loads(line)
        if families and label.get("family") not in families:
            continue
        key = (label.get("attack_type") or "-", label.get("lure") or "-")
        message = parse_message((args.directory / label["file"]).read_bytes(), label["file"])
        ids = {s.id for s in runner.run(message, context) if s.strength > 0}
        total[key] += 1
        any_goal[key] += bool(ids)
        want = EXPECTED.get(key[1])
        if want and want in ids:
            expected_hit[key] += 1
        elif want or not ids:
            opening = " ".join(message.text.split())[:220]
            missed[key].append(f"[{label.get('family')}] {message.subject!r}: {opening}")
    print(f"{'attack_type/lure':44} {'n':>4} {'any goal':>9} {'expected':>9}")
    for key in sorted(total):
        want = EXPECTED.get(key[1])
        shown = f"{expected_hit[key] / total[key]:9.0%}" if want else f"{'-':>9}"
        print(f"{'/'.join(key):44} {total[key]:4d} {any_goal[key] / total[key]:9.0%} {shown}")
        for text in missed[key][: args.show]:
            print("    missed:", text)
    n = sum(total.values())
    want_n = sum(v for k, v in total.items() if k[1] in EXPECTED)
    print(f"{'ALL':44} {n:4d} {sum(any_goal.values()) / max(n, 1):9.0%} "
          f"{sum(expected_hit.values()) / max(want_n, 1):9.0%}")


if __name__ == "__main__":
    main()

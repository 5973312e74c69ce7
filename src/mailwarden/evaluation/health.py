"""Per-detector health from labels (snorkel's `lf_summary`): how often each detector fires, on what
share of confirmed attacks, spam and good mail, and how often it fired on the misses and false alarms.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from mailwarden.evaluation.labels import ATTACK, HAM, SPAM
from mailwarden.evaluation.outcomes import Judged


def detector_health(judged: Sequence[Judged], detector_ids: Sequence[str],
                    crashes: dict[str, int]) -> list[dict]:
    totals = Counter(j.label for j in judged)
    fired: dict[str, Counter[str]] = {}
    for item in judged:
        for signal_id in set(item.signal_ids):
            tally = fired.setdefault(signal_id, Counter())
            tally["all"] += 1
            tally[item.label] += 1
            tally["misses"] += item.is_miss
            tally["false_alarms"] += item.is_false_alarm
    rows = []
    for detector_id in sorted(set(detector_ids) | set(fired)):
        tally = fired.get(detector_id, Counter())
        rows.append({
            "id": detector_id,
            "fired": tally["all"],
            "coverage": _share(tally["all"], len(judged)),
            "on_attacks": _share(tally[ATTACK], totals[ATTACK]),
            "on_spam": _share(tally[SPAM], totals[SPAM]),
            "on_good": _share(tally[HAM], totals[HAM]),
            "attack_share_when_fired": _share(tally[ATTACK], tally["all"]),
            "on_misses": tally["misses"],
            "on_false_alarms": tally["false_alarms"],
            "crashes": crashes.get(detector_id, 0),
        })
    rows.sort(key=lambda r: (-r["fired"], r["id"]))
    return rows


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None

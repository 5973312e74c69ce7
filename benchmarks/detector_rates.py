"""Per-detector firing rates on the development corpora (not a test: needs ../shared/data).

    python benchmarks/detector_rates.py [--limit N] [--data /work/shared/data] [--examples ID]

Prints, for every registered detector, the share of messages it fires on in each corpus group, then the
share with a risk signal (strength > 0) on any leg other than authentication and on two or more legs:
phishing_pot (malicious), SpamAssassin ham and spam, Enron (ham, org domain enron.com) and modern
mailing lists (ham). A detector that fires on more than 5% of Enron or modern_lists ham needs a look.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from mailwarden.message.parse import parse_message
from mailwarden.settings import Settings
from mailwarden.signals.base import Context
from mailwarden.signals.registry import DetectorRunner, all_detectors
from mailwarden.sources import iter_raw

CORPORA = {  # group -> (archive, filter on the source, org domains)
    "phish": ("phishing_pot_2022_2024.tar.gz", "", ()),
    "sa_ham": ("spamassassin.tar.gz", "-ham-", ()),
    "sa_spam": ("spamassassin.tar.gz", "/spam-", ()),
    "enron": ("enron_20_users.tar.gz", "", ("enron.com",)),
    "lists": ("modern_lists.tar.gz", "", ()),
}


def run_group(group: str, data: str, limit: int, stride: int, examples: str) -> dict:
    archive, needle, org = CORPORA[group]
    settings = Settings(org_domains=org)
    context = Context(settings=settings)
    runner = DetectorRunner()
    fired: Counter[str] = Counter()
    shown: dict[str, list[str]] = defaultdict(list)
    seen = 0
    index = 0
    detect_seconds = 0.0
    for item in iter_raw([Path(data) / archive], settings):
        if needle and needle not in item.source:
            continue
        index += 1
        if (index - 1) % stride or item.data is None:
            continue
        message = parse_message(item.data, item.source, settings)
        start = time.process_time()
        signals = runner.run(message, context)
        detect_seconds += time.process_time() - start
        seen += 1
        legs = {str(s.leg) for s in signals if s.strength > 0 and s.leg != "authentication"}
        fired["(any leg)"] += bool(legs)
        fired["(two or more legs)"] += len(legs) >= 2
        for signal in signals:
            fired[signal.id] += 1
            if examples and signal.id.startswith(examples) and len(shown[signal.id]) < 6:
                shown[signal.id].append(f"{item.source}: {signal.evidence}")
        if seen >= limit:
            break
    return {"group": group, "seen": seen, "fired": fired, "crashes": runner.crashes,
            "examples": shown, "ms_per_message": 1000 * detect_seconds / max(seen, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default="/work/shared/data")
    parser.add_argument("--limit", type=int, default=2000, help="messages per group")
    parser.add_argument("--enron-stride", type=int, default=10, help="take every Nth Enron message")
    parser.add_argument("--examples", default="", help="print example evidence for ids starting with this")
    parser.add_argument("--groups", default=",".join(CORPORA))
    args = parser.parse_args()
    groups = [g for g in args.groups.split(",") if g in CORPORA]
    with ProcessPoolExecutor(len(groups)) as pool:
        futures = [pool.submit(run_group, g, args.data, args.limit, args.enron_stride if g == "enron" else 1,
                               args.examples) for g in groups]
        results = [f.result() for f in futures]
    header = f"{'detector':46}" + "".join(f"{r['group'] + ' n=' + str(r['seen']):>15}" for r in results)
    print(header)
    for det in all_detectors():
        cells = []
        for r in results:
            rate = 100 * r["fired"][det.id] / max(r["seen"], 1)
            flag = "!" if r["group"] in {"enron", "lists", "sa_ham"} and rate > 5 else " "
            cells.append(f"{rate:13.1f}%{flag}")
        print(f"{det.id:46}" + "".join(cells))
    timing = ", ".join(f"{r['group']} {r['ms_per_message']:.2f}" for r in results)
    for summary in ("(any leg)", "(two or more legs)"):
        print(f"{summary:46}" + "".join(f"{100 * r['fired'][summary] / max(r['seen'], 1):13.1f}% "
                                        for r in results))
    print(f"detector ms/message (CPU): {timing}")
    for r in results:
        if r["crashes"]:
            print(f"crashes in {r['group']}: {dict(r['crashes'])}")
    for r in results:
        for det_id, lines in sorted(r["examples"].items()):
            print(f"\n[{r['group']}] {det_id}")
            for line in lines:
                print("   ", line[:220])


if __name__ == "__main__":
    main()

"""Share of messages judged attack / suspicious per corpus group, from `mailwarden scan` JSON lines.

Not a test: it reads verdict files made from ../shared/data, e.g.

    mailwarden scan ../shared/data/phishing_pot_2022_2024.tar.gz --no-learn -f jsonl > pot.jsonl
    mailwarden scan ../shared/data/spamassassin.tar.gz --no-learn -f jsonl > sa.jsonl
    mailwarden learn ../shared/data/enron_20_users.tar.gz --home enron-home --org-domain enron.com \\
        --before 2001-07-01
    mailwarden scan ../shared/data/enron_20_users.tar.gz --home enron-home --no-learn -f jsonl > enron.jsonl
    python benchmarks/coldstart_shares.py pot.jsonl sa.jsonl enron.jsonl [--split 2001-07-01]
        [--synth-labels synth/labels.jsonl]

Groups: phishing_pot, spamassassin ham/spam (by folder), enron, modern_lists, other. With --split, Enron
lines are joined to the manifest's dates and reported before/after the split (mail after it was not
learned). With --synth-labels, lines for synthesised attacks are scored against their labels.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

FLAGGED = ("attack", "suspicious")


def group_of(source: str) -> str:
    match = re.search(r"spamassassin/([a-z0-9-]+)/", source)
    if match:
        return "sa_ham" if "ham" in match.group(1) else "sa_spam"
    for name in ("phishing_pot", "enron", "modern_lists"):
        if name in source:
            return name
    return "other"


def enron_dates(data: Path) -> dict[tuple[str, int], str]:
    dates = {}
    with gzip.open(data / "manifest.jsonl.gz", "rt") as manifest:
        for line in manifest:
            row = json.loads(line)
            if row["source"] == "enron":
                dates[(row["member"], row["index"])] = row["date"] or ""
    return dates


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--split", help="Enron: report mail before/after this date (YYYY-MM-DD) apart.")
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--synth-labels", type=Path, help="labels.jsonl written by `mailwarden synth`.")
    args = parser.parse_args()
    dates = enron_dates(args.data) if args.split else {}
    labels = {}
    if args.synth_labels:
        labels = {json.loads(line)["file"]: json.loads(line) for line in args.synth_labels.open()}
    counts: dict[str, Counter] = defaultdict(Counter)
    synth: dict[str, Counter] = defaultdict(Counter)
    for path in args.files:
        for line in path.open():
            row = json.loads(line)
            verdict = "error" if row.get("error") else row["verdict"]
            name = row["source"].rsplit("/", 1)[-1]
            if name in labels:
                label = labels[name]
                per_type = synth[label["attack_type"]]
                per_type["n"] += 1
                per_type["flagged"] += verdict in FLAGGED
                per_type["attack"] += verdict == "attack"
                if verdict in FLAGGED:
                    for field in ("attack_type", "strategy", "vector"):
                        per_type[f"{field}_agrees"] += row[field] == label[field]
                continue
            group = group_of(row["source"])
            if group == "enron" and args.split:
                member, _, index = row["source"].split(":", 1)[1].rpartition("#")
                after = dates.get((member, int(index)), "") >= args.split
                group = f"enron {'after' if after else 'before'} {args.split}"
            counts[group]["n"] += 1
            counts[group][verdict] += 1
    for group, c in sorted(counts.items()):
        n, flagged = c["n"], c["attack"] + c["suspicious"]
        print(f"{group:28s} n={n:6d}  attack {c['attack']:5d} ({100 * c['attack'] / n:5.2f}%)  "
              f"suspicious {c['suspicious']:5d} ({100 * c['suspicious'] / n:5.2f}%)  "
              f"flagged {100 * flagged / n:5.2f}% ({1000 * flagged / n:.1f}/1000)  spam {c['spam']}  "
              f"unreadable {c['error']}")
    for attack_type, c in sorted(synth.items()):
        flagged = c["flagged"] or 1
        agrees = "  ".join(f"{field} {100 * c[f'{field}_agrees'] / flagged:.0f}%"
                           for field in ("attack_type", "strategy", "vector"))
        print(f"synth {attack_type:22s} n={c['n']:4d}  flagged {100 * c['flagged'] / c['n']:5.1f}%  "
              f"attack {100 * c['attack'] / c['n']:5.1f}%  among flagged: {agrees}")


if __name__ == "__main__":
    main()

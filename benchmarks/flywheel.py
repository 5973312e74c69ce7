"""The flywheel, measured: a security team reports the first month's mistakes, the model retrains, and the
months after are scored by both models (not a test: needs ../shared and a compare_peers Enron run).

    python benchmarks/compare_peers.py --protocol enron --peers '' --out RUN --holdout understated
    python benchmarks/flywheel.py --run RUN/enron --out OUT --holdout understated [--until 2001-11-01]

1. Copy RUN's home (learned and trained on mail before --before).
2. Judge the real mail and the held-out family's attacks dated from --before to --until, as scan would;
   every good message flagged (attack or suspicious) is reported with `mailwarden feedback --false-alarm`,
   every attack let through with `--missed --type T`: what the team's verdicts, quarantine releases and
   abuse-mailbox reports would give.
3. `mailwarden train` (same seed and held-out family): the gate decides whether the candidate serves.
4. `mailwarden eval` of both homes on the real mail and the attacks dated from --until on; the reported
   messages are dated before it, so no message is both taught and measured.

Misses are reported from the held-out family itself, as they would be in production, so the "after"
figures measure what feedback buys, not how the model generalises to writers it never read.
"""

from __future__ import annotations

import argparse
import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

from compare_peers import MAILWARDEN, run  # the same way of calling the CLI and logging it


def _date(value: str) -> datetime:
    """An ISO date or timestamp as UTC (a timestamp's own offset kept, a bare date read as UTC)."""
    when = datetime.fromisoformat(value)
    return when.astimezone(UTC) if when.tzinfo else when.replace(tzinfo=UTC)


def first_month_mistakes(home: Path, archive: str, labels: Path, start: datetime, until: datetime,
                         out: Path) -> list[tuple[Path, str]]:
    """(message file, feedback flags) for every mistake dated in [start, until)."""
    from mailwarden.cli.wiring import build_engine, load_settings
    from mailwarden.evaluation.headers import header_date
    from mailwarden.evaluation.labels import iter_labelled

    settings = load_settings(home, None)
    engine = build_engine(settings)
    reported: list[tuple[Path, str]] = []
    out.mkdir(parents=True, exist_ok=True)
    for entry in iter_labelled([f"ham={archive}", str(labels)], settings):
        data = entry.item.data
        when = header_date(data) if data is not None else None
        if data is None or when is None or not start <= when < until:
            continue
        _message, verdict = engine.judge_raw(entry.item)
        flagged = verdict.verdict in ("attack", "suspicious")
        if entry.label == "attack" and not flagged:
            flags = f"--missed --type {entry.attack_type}"
        elif entry.label == "ham" and flagged:
            flags = "--false-alarm"
        else:
            continue
        path = out / f"{len(reported):04d}.eml"
        path.write_bytes(data)
        reported.append((path, flags))
    return reported


def later_attacks(labels: Path, until: datetime) -> Path:
    """A manifest of the attacks dated from `until` on, beside the original (its paths are relative)."""
    kept = [line for line in labels.read_text("utf-8").splitlines()
            if line.strip() and _date(json.loads(line)["date"]) >= until]
    path = labels.with_name(f"labels-from-{until:%Y-%m-%d}.jsonl")
    path.write_text("\n".join(kept) + "\n", "utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--run", type=Path, required=True, help="a compare_peers Enron output (RUN/enron)")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    parser.add_argument("--before", default="2001-10-01", help="the run's training cut")
    parser.add_argument("--until", default="2001-11-01", help="mistakes before this date are reported")
    parser.add_argument("--holdout", nargs="+", default=["understated"], help="the run's held-out families")
    parser.add_argument("--seed", type=int, default=0, help="the run's --train-seed")
    args = parser.parse_args()

    archive = str(args.data / "enron_20_users.tar.gz")
    start, until = _date(args.before), _date(args.until)
    args.out.mkdir(parents=True, exist_ok=True)
    log = args.out / "log.txt"
    home = args.out / "home"
    if not home.exists():
        shutil.copytree(args.run / "home", home)
    labels = args.run / "attacks" / "labels.jsonl"

    reported = first_month_mistakes(home, archive, labels, start, until, args.out / "reported")
    misses = sum(1 for _, flags in reported if flags.startswith("--missed"))
    print(f"reporting {misses} missed attacks and {len(reported) - misses} false alarms "
          f"dated {args.before} to {args.until}", flush=True)
    for path, flags in reported:
        run([*MAILWARDEN, "feedback", str(path), *flags.split(), "--home", str(home)], log)
    train = [*MAILWARDEN, "train", "--home", str(home), "--seed", str(args.seed),
             *[x for f in args.holdout for x in ("--holdout-family", f)]]
    status = run(train, log)
    print(f"train exited {status} (3: the gate kept the current model; see {log})", flush=True)

    manifest = later_attacks(labels, until)
    for name, which in (("before", args.run / "home"), ("after", home)):
        report = args.out / f"{name}.json"
        run([*MAILWARDEN, "eval", f"ham={archive}", str(manifest), "--json", str(report), "--no-progress",
             "-q", "--home", str(which), "--before", args.until], log)
        summary = json.loads(report.read_text("utf-8"))["tasks"]["attack"]["systems"]["mailwarden"]
        at = next(x for x in summary["recall_at_fpr"] if abs(x["target_fpr"] - 0.001) < 1e-9)
        print(f"{name}: recall at 1/1000 {at['recall']:.1%} ({at['detected']}/{at['positives']})", flush=True)


if __name__ == "__main__":
    main()

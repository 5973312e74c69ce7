"""Full-archive comparison of Mailwarden with SpamAssassin and Rspamd (offline), protocol by protocol.

    python benchmarks/compare_peers.py --data ../shared/data --out /tmp/compare [--protocol sa enron modern]

Protocols (see ../shared/EVALUATION.md):
- sa:     SpamAssassin archive, ham vs spam (same collection; the classic sanity check).
- enron:  Enron 20 users split by time: learn (and train) on mail before --before, without the held-out
          synthetic family; evaluate the later real mail (false alarms) plus attacks synthesised from
          the learned profile in the held-out family only (recall per type).
- modern: Phishing Pot (attack) vs modern mailing-list mail (ham): same era, both with modern headers.

Each protocol runs `mailwarden eval ... --compare spamassassin,rspamd` and leaves report.json,
report.html, mistakes/ and the exact command in <out>/<protocol>/; the side-by-side table of all of
them is printed at the end (and written to <out>/summary.md).
"""

from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
from pathlib import Path

MAILWARDEN = [sys.executable, "-c", "from mailwarden.cli.app import main; main()"]


def run(command: list[str], log: Path) -> int:
    print("$", shlex.join(command), flush=True)
    with open(log, "a", encoding="utf-8") as handle:
        handle.write("$ " + shlex.join(command) + "\n")
        handle.flush()
        return subprocess.run(command, stdout=handle, stderr=subprocess.STDOUT, check=False).returncode


def eval_command(inputs: list[str], out: Path, args: argparse.Namespace, extra: list[str] = ()) -> list[str]:
    command = [*MAILWARDEN, "eval", *inputs, "--json", str(out / "report.json"), "--html",
               str(out / "report.html"), "--mistakes", str(out / "mistakes"), "--no-progress", *extra]
    if not args.peers:
        return command
    return command + ["--compare", args.peers, "--peer-good-share", str(args.peer_good_share)]


def protocol_sa(data: Path, out: Path, args: argparse.Namespace) -> int:
    command = eval_command([str(data / "spamassassin.tar.gz")], out, args,
                           ["--manifest", str(data / "manifest.jsonl.gz"), "--home", str(out / "home")])
    return run(command, out / "log.txt")


def protocol_modern(data: Path, out: Path, args: argparse.Namespace) -> int:
    inputs = [f"attack={data / 'phishing_pot_2022_2024.tar.gz'}", f"ham={data / 'modern_lists.tar.gz'}"]
    return run(eval_command(inputs, out, args, ["--home", str(out / "home")]), out / "log.txt")


def protocol_enron(data: Path, out: Path, args: argparse.Namespace) -> int:
    home, enron, log = out / "home", str(data / "enron_20_users.tar.gz"), out / "log.txt"
    synth_dir = out / "attacks"
    if args.reuse and (synth_dir / "labels.jsonl").exists() and home.exists():
        return _enron_eval(enron, home, synth_dir, out, args)
    learn = [*MAILWARDEN, "learn", enron, "--home", str(home), "--before", args.before, "--no-progress",
             "--no-train"]  # train below, with the held-out family kept out
    if run(learn, log) not in (0, 2):
        return 1
    train = [*MAILWARDEN, "train", enron, "--home", str(home), "--before", args.before,
             "--seed", str(args.train_seed), *[x for f in args.holdout for x in ("--holdout-family", f)]]
    run(train, log)  # a refused or failed training leaves the base model serving; eval says which model
    synth = [*MAILWARDEN, "synth", "--home", str(home), "--out", str(synth_dir), "--count", str(args.attacks),
             "--families", ",".join(args.holdout), "--header-style", "archive", "--seed", "7",
             "--date-from", args.before, "--date-to", args.until]
    if run(synth, log) != 0:
        return 1
    return _enron_eval(enron, home, synth_dir, out, args)


def _enron_eval(enron: str, home: Path, synth_dir: Path, out: Path, args: argparse.Namespace) -> int:
    inputs = [f"ham={enron}", str(synth_dir / "labels.jsonl")]
    command = eval_command(inputs, out, args, ["--home", str(home), "--before", args.before])
    return run(command, out / "log.txt")


PROTOCOLS = {"sa": protocol_sa, "enron": protocol_enron, "modern": protocol_modern}


def summary_table(out: Path, protocols: list[str]) -> str:
    lines = ["| protocol | task | system | flagged at | recall | precision | FPR | false alarms /1k good | "
             "recall @1e-3 FPR | ROC AUC | msg/CPU-s |", "|" + "---|" * 11]
    for name in protocols:
        path = out / name / "report.json"
        if not path.exists():
            lines.append(f"| {name} | (no report) |" + " |" * 9)
            continue
        report = json.loads(path.read_text())
        for task_name, task in report["tasks"].items():
            for system, view in task["systems"].items():
                speed = report["throughput"].get(system, {}).get("messages_per_cpu_second")
                at = view["recall_at_fpr"][1]
                at_text = "n/a" if at["recall"] is None else (
                    f"{at['recall']:.3f}" + ("" if at["measurable"] else "*"))
                auc = view["curves"]["roc_auc"]
                for level, c in view["operating_points"].items():
                    lines.append(
                        f"| {name} | {task_name} | {system} | {level} | {_rate(c['recall'])} ({c['tp']}/"
                        f"{c['positives']}) | {_rate(c['precision'])} | {_rate(c['fpr'], 3)} ({c['fp']}/"
                        f"{c['negatives']}) | {_num(c['false_alarms_per_1000'], 2)} | {at_text} | "
                        f"{_num(auc, 4)} | {_num(speed, 1)} |")
                    at_text, auc, speed = "", None, None
        for peer, detail in report["peers"].items():
            if not detail["available"]:
                lines.append(f"| {name} | - | {peer} | unavailable: {detail['reason'][:80]} |" + " |" * 7)
    lines.append("\n`*` too few good messages to measure that rate (see the report's note).")
    return "\n".join(lines)


def _rate(value: float | None, digits: int = 1) -> str:
    return "n/a" if value is None else f"{100 * value:.{digits}f}%"


def _num(value: float | None, digits: int) -> str:
    return "n/a" if value is None else f"{value:,.{digits}f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--protocol", nargs="+", choices=sorted(PROTOCOLS), default=["sa", "enron"])
    parser.add_argument("--peers", default="spamassassin,rspamd", help="'' to run Mailwarden alone")
    parser.add_argument("--before", default="2001-10-01", help="Enron time split (UTC date)")
    parser.add_argument("--until", default="2002-02-01", help="latest date of the synthetic attacks")
    parser.add_argument("--holdout", nargs="+", default=["broken"],
                        help="synth template families held out of training, used for the attacks")
    parser.add_argument("--attacks", type=int, default=600, help="synthetic attacks to evaluate (Enron)")
    parser.add_argument("--train-seed", type=int, default=0,
                        help="seed of the organization training (Enron): its sampling and synthetic attacks")
    parser.add_argument("--peer-good-share", type=float, default=1.0,
                        help="peers judge every attack/spam and this share of the good mail (slow peers)")
    parser.add_argument("--reuse", action="store_true",
                        help="enron: reuse <out>/enron/home and attacks/ when present (eval only)")
    parser.add_argument("--summary-only", action="store_true", help="only rebuild summary.md from reports")
    args = parser.parse_args()
    status = 0
    for name in args.protocol:
        folder = args.out / name
        folder.mkdir(parents=True, exist_ok=True)
        if not args.summary_only:
            status |= PROTOCOLS[name](args.data, folder, args)
    table = summary_table(args.out, args.protocol)
    (args.out / "summary.md").write_text(table + "\n")
    print(table)
    return status


if __name__ == "__main__":
    sys.exit(main())

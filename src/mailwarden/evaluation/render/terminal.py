"""The eval report as terminal tables (rich). Message-derived text is printed without markup."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

MISTAKES_SHOWN = 20
DETECTORS_SHOWN = 25


def pct(value: float | None, digits: int = 1) -> str:
    return "n/a" if value is None else f"{100 * value:.{digits}f}%"


def num(value: float | None, digits: int = 1) -> str:
    return "n/a" if value is None else f"{value:,.{digits}f}"


def render_terminal(report: dict, console: Console | None = None) -> None:
    console = console or Console()
    counts = report["counts"]
    console.print(
        f"[bold]mailwarden eval[/] {counts['messages']:,} messages: {counts['attack']:,} attack, "
        f"{counts['spam']:,} spam, {counts['ham']:,} good. Thresholds: attack >= "
        f"{report['thresholds']['attack']}, suspicious >= {report['thresholds']['suspicious']}. "
        f"Models: {', '.join(report['models']) or 'none'}")
    for name, task in report["tasks"].items():
        console.print(_task_table(name, task))
        if task.get("by_type"):
            console.print(_type_table(task["by_type"], report["systems"]))
        for peer, split in task.get("caught_only_by", {}).items():
            console.print(f"  {name}: Mailwarden only {split['mailwarden_only']}, {peer} only "
                          f"{split['peer_only']}, both {split['both']}, neither {split['neither']}")
    console.print(_throughput_table(report))
    console.print(_confusion_table(report["confusion"]))
    console.print(_detector_table(report["detectors"]))
    _print_mistakes(console, report["mistakes"])
    for note in report["notes"]:
        console.print(Text(f"note: {note}", style="yellow"))


def _task_table(name: str, task: dict) -> Table:
    table = Table(title=f"{name}: {task['description']} ({task['positives']:,} vs {task['negatives']:,})")
    for column in ("system", "flagged at", "recall", "precision", "FPR", "false alarms /1k", "/1M",
                   "R@1e-2", "R@1e-3", "R@1e-4", "ROC AUC"):
        table.add_column(column, justify="left" if column in ("system", "flagged at") else "right")
    for system, view in task["systems"].items():
        at_fpr = [_at_fpr(r) for r in view["recall_at_fpr"]]
        auc = view["curves"]["roc_auc"]
        for level, c in view["operating_points"].items():
            table.add_row(system, level, f"{pct(c['recall'])} ({c['tp']}/{c['positives']})",
                          f"{pct(c['precision'])} ({c['tp']}/{c['tp'] + c['fp']})",
                          f"{pct(c['fpr'], 3)} ({c['fp']}/{c['negatives']})",
                          num(c["false_alarms_per_1000"], 2), num(c["false_alarms_per_million"], 0),
                          *at_fpr, num(auc, 4))
            at_fpr, auc = ["", "", ""], None
    return table


def _at_fpr(row: dict) -> str:
    if row["recall"] is None:
        return "n/a"
    text = f"{pct(row['recall'])}"
    return text if row["measurable"] else f"({text})*"


def _type_table(by_type: dict, systems: list[str]) -> Table:
    table = Table(title="attacks by type: recall at attack+suspicious (and at attack) per system")
    table.add_column("attack type")
    table.add_column("n", justify="right")
    for system in systems:
        table.add_column(system, justify="right")
    table.add_column("typed right", justify="right")
    for kind, row in by_type.items():
        cells = []
        for system in systems:
            points = row["systems"][system]["operating_points"]
            lenient = points.get("attack+suspicious") or points.get("spam")
            strict = points.get("attack")
            text = f"{pct(lenient['recall'])} ({lenient['detected']})"
            if strict:
                text += f" / {pct(strict['recall'])}"
            cells.append(text)
        table.add_row(Text(kind), str(row["positives"]), *cells, f"{row['typed_correctly']}/{row['flagged']}")
    return table


def _throughput_table(report: dict) -> Table:
    table = Table(title="throughput (messages per CPU-second)")
    for column in ("system", "messages", "CPU s", "msg/CPU-s", "wall s", "start-up CPU s"):
        table.add_column(column, justify="left" if column == "system" else "right")
    for system, row in report["throughput"].items():
        table.add_row(system, f"{row['messages']:,}", num(row["cpu_seconds"], 2),
                      num(row["messages_per_cpu_second"], 1), num(row["wall_seconds"], 1),
                      num(row.get("startup_cpu_seconds"), 2) if "startup_cpu_seconds" in row else "")
    for name, peer in report["peers"].items():
        if not peer["available"]:
            table.add_row(name, "unavailable", "", "", "", Text(peer["reason"][:60]))
    return table


def _confusion_table(confusion: dict) -> Table:
    table = Table(title="true type (rows) vs Mailwarden's type (columns)")
    table.add_column("true \\ said")
    for column in confusion["columns"]:
        table.add_column(Text(column), justify="right")
    for row, cells in zip(confusion["rows"], confusion["matrix"], strict=True):
        table.add_row(Text(row), *[str(c) if c else "." for c in cells])
    return table


def _detector_table(rows: list[dict]) -> Table:
    shown = [r for r in rows if r["fired"] or r["crashes"]][:DETECTORS_SHOWN]
    table = Table(title=f"detector health (top {len(shown)} by coverage; all in the JSON/HTML)")
    for column in ("detector", "fired", "coverage", "on attacks", "on spam", "on good", "on misses",
                   "on false alarms", "crashes"):
        table.add_column(column, justify="left" if column == "detector" else "right")
    for r in shown:
        table.add_row(r["id"], f"{r['fired']:,}", pct(r["coverage"]), pct(r["on_attacks"]), pct(r["on_spam"]),
                      pct(r["on_good"], 2), str(r["on_misses"]), str(r["on_false_alarms"]), str(r["crashes"]))
    return table


def _print_mistakes(console: Console, mistakes: dict) -> None:
    console.print(f"[bold]mistakes[/]: {mistakes['misses']:,} misses, "
                  f"{mistakes['false_alarms']:,} false alarms"
                  + (f" (first {MISTAKES_SHOWN} shown; all in the JSON/HTML)"
                     if len(mistakes["list"]) > MISTAKES_SHOWN else ""))
    for m in mistakes["list"][:MISTAKES_SHOWN]:
        signals = ", ".join(s["id"] for s in m["top_signals"]) or "no signal"
        peers = " ".join(f"{n}:{'flagged' if p['flagged'] else 'passed'}" for n, p in m["peers"].items())
        line = Text(f"  {m['kind']:<11} {m['verdict']:<10} {m['score']:.2f} "
                    f"{m['label']}/{m['true_type'] or '-'}  {m['source']}  [{signals}] {peers}")
        console.print(line)

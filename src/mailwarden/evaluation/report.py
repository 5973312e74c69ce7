"""The eval report as one JSON-able dict; the terminal, JSON and HTML renderers all read this.

Two tasks, each reported only when the labels allow it:
- `attack`: attacks against good mail (spam left out). Mailwarden at two operating points: `attack`
  and `attack+suspicious`; each peer at its own spam decision.
- `unwanted`: attacks and spam against good mail (the classic spam-filter question). Mailwarden also at
  `any` (attack, suspicious or spam).
Every figure carries its counts; peer answers that failed are left out of that peer's figures and
counted as `excluded`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from mailwarden.evaluation.health import detector_health
from mailwarden.evaluation.labels import ATTACK, HAM, SPAM
from mailwarden.evaluation.metrics import FIXED_FPRS, count, curves, recall_at_fpr
from mailwarden.evaluation.mistakes import mistake_record
from mailwarden.evaluation.outcomes import FLAGGING_VERDICTS, Judged
from mailwarden.evaluation.runner import EvalRun
from mailwarden.settings import Settings

SCHEMA = "mailwarden.eval/1"
MAILWARDEN = "mailwarden"
UNSPECIFIED = "unspecified"

# (task, level) -> does this verdict flag the message
_LEVELS: dict[str, dict[str, Callable[[Judged], bool]]] = {
    "attack": {
        "attack": lambda j: j.verdict == "attack",
        "attack+suspicious": lambda j: j.verdict in FLAGGING_VERDICTS,
    },
    "unwanted": {
        "attack+suspicious": lambda j: j.verdict in FLAGGING_VERDICTS,
        "any": lambda j: j.verdict != "safe",
    },
}
_TASK_POSITIVES = {"attack": (ATTACK,), "unwanted": (ATTACK, SPAM)}
_TASK_TEXT = {
    "attack": "attacks vs good mail (spam left out)",
    "unwanted": "attacks and spam vs good mail",
}


def build_report(run: EvalRun, settings: Settings) -> dict:
    judged = run.judged
    labels = Counter(j.label for j in judged)
    peers = [name for name, p in run.peers.items() if p.available]
    systems = [MAILWARDEN, *peers]
    tasks = {}
    for task, positive_labels in _TASK_POSITIVES.items():
        if task == "unwanted" and not labels[SPAM]:
            continue  # without spam it repeats the attack task
        if labels[HAM] and any(labels[p] for p in positive_labels):
            tasks[task] = _task(judged, task, positive_labels, systems)
    return {
        "schema": SCHEMA,
        "generated": datetime.now(UTC).isoformat(timespec="seconds"),
        "thresholds": {"attack": settings.attack_threshold, "suspicious": settings.suspicious_threshold,
                       "spam": settings.spam_threshold},
        "models": sorted({j.model for j in judged if j.model}),
        "counts": _counts(run, labels),
        "systems": systems,
        "tasks": tasks,
        "confusion": _confusion(judged),
        "detectors": detector_health(judged, run.detector_ids, run.detector_crashes),
        "fired_on_mistakes": _fired_on_mistakes(judged),
        "throughput": _throughput(run),
        "peers": {name: p.to_json() for name, p in run.peers.items()},
        "history": run.history,
        "mistakes": {
            "misses": sum(j.is_miss for j in judged),
            "false_alarms": sum(j.is_false_alarm for j in judged),
            "list": [mistake_record(j) for j in judged if j.is_miss or j.is_false_alarm],
        },
        "notes": _notes(run, labels, tasks),
    }


def _counts(run: EvalRun, labels: Counter) -> dict:
    types = Counter(j.true_type or UNSPECIFIED for j in run.judged if j.label == ATTACK)
    return {
        "messages": len(run.judged),
        "attack": labels[ATTACK], "spam": labels[SPAM], "ham": labels[HAM],
        "attack_types": dict(sorted(types.items())),
        "unreadable": sum(1 for j in run.judged if j.error),
        "unlabelled_left_out": run.load.unlabelled,
        "unlabelled_examples": run.load.unlabelled_examples,
        "before": run.before.isoformat() if run.before else None,
        "history_left_out": run.left_out_before,
        "undated_left_out": run.left_out_undated,
    }


def _system_view(judged: Sequence[Judged], system: str, task: str):
    """(kept messages, level -> flag function, score function) for one system."""
    if system == MAILWARDEN:
        score = (lambda j: j.score) if task == "attack" else (lambda j: j.unwanted_score)
        return list(judged), _LEVELS[task], score
    kept = [j for j in judged if system in j.peers and not j.peers[system].error]
    return kept, {"spam": lambda j: j.peers[system].flagged}, lambda j: j.peers[system].score


def _task(judged: Sequence[Judged], task: str, positive_labels: tuple[str, ...],
          systems: Sequence[str]) -> dict:
    scope = [j for j in judged if j.label in positive_labels or j.label == HAM]
    out: dict = {"description": _TASK_TEXT[task],
                 "positives": sum(j.label in positive_labels for j in scope),
                 "negatives": sum(j.label == HAM for j in scope), "systems": {}, "by_type": {}}
    for system in systems:
        kept, levels, score = _system_view(scope, system, task)
        truth = [j.label in positive_labels for j in kept]
        pos = [score(j) for j, t in zip(kept, truth, strict=True) if t]
        neg = [score(j) for j, t in zip(kept, truth, strict=True) if not t]
        out["systems"][system] = {
            "excluded": len(scope) - len(kept),
            "operating_points": {lvl: count(truth, [flag(j) for j in kept]).to_json()
                                 for lvl, flag in levels.items()},
            "recall_at_fpr": [recall_at_fpr(pos, neg, f).to_json() for f in FIXED_FPRS],
            "curves": curves(pos, neg).to_json(),
        }
    out["caught_only_by"] = _caught_only_by(scope, positive_labels, systems, task)
    if task == "attack":
        out["by_type"] = _by_type(scope, systems)
    return out


def _by_type(scope: Sequence[Judged], systems: Sequence[str]) -> dict:
    types = sorted({j.true_type or UNSPECIFIED for j in scope if j.label == ATTACK})
    good = [j for j in scope if j.label == HAM]
    out = {}
    for kind in types:
        attacks = [j for j in scope if j.label == ATTACK and (j.true_type or UNSPECIFIED) == kind]
        per_system = {}
        for system in systems:
            kept_attacks, levels, score = _system_view(attacks, system, "attack")
            kept_good, _, _ = _system_view(good, system, "attack")
            neg = [score(j) for j in kept_good]
            pos = [score(j) for j in kept_attacks]
            per_system[system] = {
                "operating_points": {
                    lvl: {"detected": sum(flag(j) for j in kept_attacks), "positives": len(kept_attacks),
                          "recall": (sum(flag(j) for j in kept_attacks) / len(kept_attacks))
                          if kept_attacks else None}
                    for lvl, flag in levels.items()},
                "recall_at_fpr": [recall_at_fpr(pos, neg, f).to_json() for f in FIXED_FPRS],
            }
        typed = [j for j in attacks if j.verdict in FLAGGING_VERDICTS]
        out[kind] = {"positives": len(attacks), "systems": per_system,
                     "typed_correctly": sum(j.predicted_type == kind for j in typed), "flagged": len(typed)}
    return out


def _caught_only_by(scope: Sequence[Judged], positive_labels: tuple[str, ...], systems: Sequence[str],
                    task: str) -> dict:
    """Positives one system flagged and another did not (Mailwarden at its lenient point)."""
    lenient = _LEVELS[task]["attack+suspicious" if task == "attack" else "any"]
    out = {}
    for peer in systems[1:]:
        both = [j for j in scope
                if j.label in positive_labels and peer in j.peers and not j.peers[peer].error]
        out[peer] = {
            "mailwarden_only": sum(lenient(j) and not j.peers[peer].flagged for j in both),
            "peer_only": sum(j.peers[peer].flagged and not lenient(j) for j in both),
            "both": sum(j.peers[peer].flagged and lenient(j) for j in both),
            "neither": sum(not j.peers[peer].flagged and not lenient(j) for j in both),
        }
    return out


def _confusion(judged: Sequence[Judged]) -> dict:
    """Rows: true type (attack types, spam, ham); columns: what Mailwarden said."""
    cells: Counter[tuple[str, str]] = Counter()
    for j in judged:
        truth = (j.true_type or UNSPECIFIED) if j.label == ATTACK else j.label
        cells[(truth, j.shown_type())] += 1
    rows = sorted({r for r, _ in cells}, key=lambda r: (r in (SPAM, HAM), r))
    columns = sorted({c for _, c in cells}, key=lambda c: (c in ("spam", "none"), c))
    return {"rows": rows, "columns": columns,
            "matrix": [[cells[(r, c)] for c in columns] for r in rows]}


def _fired_on_mistakes(judged: Sequence[Judged]) -> dict:
    misses: Counter[str] = Counter()
    alarms: Counter[str] = Counter()
    for j in judged:
        if j.is_miss:
            misses.update(set(j.signal_ids))
        elif j.is_false_alarm:
            alarms.update(set(j.signal_ids))
    return {"misses": dict(misses.most_common()), "false_alarms": dict(alarms.most_common()),
            "misses_with_no_signal": sum(1 for j in judged if j.is_miss and not j.signal_ids)}


def _throughput(run: EvalRun) -> dict:
    cpu = sum(j.cpu_seconds for j in run.judged)
    out = {MAILWARDEN: {"messages": len(run.judged), "cpu_seconds": round(cpu, 3),
                        "messages_per_cpu_second": len(run.judged) / cpu if cpu > 0 else None,
                        "wall_seconds": round(run.wall_seconds, 3),
                        "measured": "parse + detectors + scoring, per message on the eval thread"}}
    for name, peer in run.peers.items():
        if peer.available:
            out[name] = {"messages": peer.checked, "cpu_seconds": round(peer.cpu_seconds, 3),
                         "messages_per_cpu_second": peer.messages_per_cpu_second,
                         "wall_seconds": round(peer.wall_seconds, 3),
                         "startup_cpu_seconds": round(peer.startup_cpu_seconds, 3),
                         "measured": "CPU of the peer's own processes while scanning (start-up apart)"}
    return out


def _notes(run: EvalRun, labels: Counter, tasks: dict) -> list[str]:
    notes = []
    for name, peer in run.peers.items():
        if not peer.available:
            notes.append(f"{name} unavailable: {peer.reason}")
        elif peer.errors:
            notes.append(f"{name} failed on {peer.errors} messages; they are left out of its figures")
    if labels[HAM] and labels[HAM] < 10_000:
        notes.append(f"{labels[HAM]:,} good messages: false-positive rates below 1 in {labels[HAM]:,} "
                     "cannot be measured here")
    if not tasks:
        notes.append("no figures: the labelled mail needs good mail (ham) and attacks or spam")
    if run.peer_good_share < 1.0 and run.peers:
        notes.append(f"peers judged every attack and spam but only a fixed {run.peer_good_share:.0%} "
                     "sample of the good mail (by source name); their false-positive figures rest on that "
                     "sample (see each row's counts), and their precision and PR curves are at the sample's "
                     "higher share of positives: compare them by recall, FPR and ROC")
    if run.load.unlabelled:
        notes.append(f"{run.load.unlabelled} messages had no manifest row and were left out")
    if run.left_out_before or run.left_out_undated:
        notes.append(f"time split: {run.left_out_before} real messages dated before the split and "
                     f"{run.left_out_undated} undated ones were not evaluated")
    return notes

"""The eval report as one self-contained HTML file (curves embedded as base64 PNG, no external assets).

Everything that comes from a message or a path (subjects, sources, evidence, rule names) is attacker
controlled: every value passes through `html.escape` via `_e`, and nothing is ever put in a URL.
"""

from __future__ import annotations

import base64
import html

from mailwarden.evaluation.render.curves import pr_png, roc_png
from mailwarden.evaluation.render.terminal import num, pct

STYLE = """
body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222;max-width:1400px}
table{border-collapse:collapse;margin:.6em 0 1.4em}
td,th{border:1px solid #ccc;padding:3px 7px;text-align:right}
td.l,th.l{text-align:left}th{background:#f2f2f2}.note{color:#8a5a00}.small{font-size:12px;color:#555}
img{max-width:49%;border:1px solid #ddd;margin-right:.5%}code{font-size:12px}
tr.miss td{background:#fff4f4}tr.false_alarm td{background:#f4f7ff}
"""


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _table(headers: list[str], rows: list[list[object]], left: int = 1) -> str:
    head = "".join(f'<th class="{"l" if i < left else ""}">{_e(h)}</th>' for i, h in enumerate(headers))
    body = "".join(
        "<tr>" + "".join(f'<td class="{"l" if i < left else ""}">{_e(c)}</td>' for i, c in enumerate(row))
        + "</tr>" for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def _img(png: bytes, alt: str) -> str:
    return f'<img alt="{_e(alt)}" src="data:image/png;base64,{base64.b64encode(png).decode("ascii")}">'


def render_html(report: dict) -> str:
    counts = report["counts"]
    parts = [
        "<!doctype html><html><head><meta charset='utf-8'>",
        "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; img-src data:; "
        "style-src 'unsafe-inline'\">",
        f"<title>mailwarden eval</title><style>{STYLE}</style></head><body>",
        "<h1>mailwarden eval</h1>",
        f"<p>{counts['messages']:,} messages: {counts['attack']:,} attack, {counts['spam']:,} spam, "
        f"{counts['ham']:,} good. Thresholds: attack &ge; {_e(report['thresholds']['attack'])}, suspicious "
        f"&ge; {_e(report['thresholds']['suspicious'])}. "
        f"Models: {_e(', '.join(report['models']) or 'none')}. "
        f"Generated {_e(report['generated'])}.</p>",
    ]
    parts += [f"<p class='note'>{_e(n)}</p>" for n in report["notes"]]
    if counts["attack_types"]:
        parts.append(_table(["attack type", "messages"], [[k, v] for k, v in counts["attack_types"].items()]))
    for name, task in report["tasks"].items():
        parts.append(_task_section(name, task))
    parts.append("<h2>Throughput</h2>")
    parts.append(_table(["system", "messages", "CPU s", "messages per CPU-second", "wall s", "start-up CPU s",
                         "what was measured"],
                        [[s, r["messages"], num(r["cpu_seconds"], 2), num(r["messages_per_cpu_second"], 1),
                          num(r["wall_seconds"], 1), num(r.get("startup_cpu_seconds"), 2), r["measured"]]
                         for s, r in report["throughput"].items()]))
    parts.append(_peers_section(report["peers"]))
    parts.append(_confusion_section(report["confusion"]))
    parts.append(_detectors_section(report["detectors"], report["fired_on_mistakes"]))
    parts.append(_mistakes_section(report["mistakes"]))
    parts.append("</body></html>")
    return "\n".join(parts)


def _task_section(name: str, task: dict) -> str:
    out = [f"<h2>{_e(name)}: {_e(task['description'])}</h2>",
           f"<p>{task['positives']:,} positives, {task['negatives']:,} good messages.</p>"]
    rows = []
    for system, view in task["systems"].items():
        at = [_at_fpr(r) for r in view["recall_at_fpr"]]
        auc, ap = num(view["curves"]["roc_auc"], 4), num(view["curves"]["average_precision"], 4)
        for level, c in view["operating_points"].items():
            rows.append([system, level, f"{pct(c['recall'])} ({c['tp']}/{c['positives']})",
                         f"{pct(c['precision'])} ({c['tp']}/{c['tp'] + c['fp']})",
                         f"{pct(c['fpr'], 3)} ({c['fp']}/{c['negatives']})",
                         num(c["false_alarms_per_1000"], 2), num(c["false_alarms_per_million"], 0),
                         *at, auc, ap, view["excluded"]])
            at, auc, ap = ["", "", ""], "", ""  # score-based figures once per system
    out.append(_table(["system", "flagged at", "recall", "precision", "FPR", "false alarms per 1 000 good",
                       "per million good", "recall @ FPR 1e-2", "@ 1e-3", "@ 1e-4", "ROC AUC",
                       "avg precision",
                       "not judged (peer errors, sample)"], rows, left=2))
    unmeasurable = sorted({r["target_fpr"] for v in task["systems"].values() for r in v["recall_at_fpr"]
                           if not r["measurable"]}, reverse=True)
    if unmeasurable:
        out.append(f"<p class='small'>* not measurable: {task['negatives']:,} good messages cannot show a "
                   f"false-positive rate of {', '.join(f'{t:g}' for t in unmeasurable)}; the figure shown "
                   "allows no more false alarms than that rate would.</p>")
    out.append(_img(roc_png(name, task["systems"], task["negatives"]), f"ROC curve, {name}"))
    out.append(_img(pr_png(name, task["systems"]), f"precision-recall curve, {name}"))
    for peer, split in task.get("caught_only_by", {}).items():
        out.append(f"<p>Positives caught by Mailwarden only: {split['mailwarden_only']}; by {_e(peer)} only: "
                   f"{split['peer_only']}; by both: {split['both']}; by neither: {split['neither']}.</p>")
    if task.get("by_type"):
        systems = list(task["systems"])
        rows = []
        for kind, row in task["by_type"].items():
            cells = []
            for system in systems:
                view = row["systems"][system]
                for level, c in view["operating_points"].items():
                    cells.append(f"{level}: {pct(c['recall'])} ({c['detected']}/{c['positives']})")
                cells[-1] += "; @1e-3: " + _at_fpr(view["recall_at_fpr"][1])
            rows.append([kind, row["positives"], " | ".join(cells),
                         f"{row['typed_correctly']}/{row['flagged']}"])
        out.append("<h3>By attack type</h3>")
        out.append(_table(["attack type", "messages", "recall per system (" + ", ".join(systems) + ")",
                           "typed right / flagged"], rows))
    return "\n".join(out)


def _at_fpr(row: dict) -> str:
    if row["recall"] is None:
        return "n/a"
    text = f"{pct(row['recall'])} ({row['detected']}/{row['positives']})"
    return text if row["measurable"] else f"{text}*"


def _peers_section(peers: dict) -> str:
    if not peers:
        return "<h2>Peers</h2><p>No peers compared (use --compare spamassassin,rspamd).</p>"
    rows = [[name, p["version"], "yes" if p["available"] else "no: " + p["reason"], p["checked"], p["errors"],
             "; ".join(p["settings"])] for name, p in peers.items()]
    headers = ["peer", "version", "available", "checked", "errors", "configured"]
    return "<h2>Peers</h2>" + _table(headers, rows)


def _confusion_section(confusion: dict) -> str:
    rows = [[r, *cells] for r, cells in zip(confusion["rows"], confusion["matrix"], strict=True)]
    return ("<h2>Attack type: truth (rows) vs Mailwarden (columns)</h2>"
            + _table(["true \\ said", *confusion["columns"]], rows))


def _detectors_section(detectors: list[dict], fired: dict) -> str:
    rows = [[d["id"], d["fired"], pct(d["coverage"]), pct(d["on_attacks"]), pct(d["on_spam"]),
             pct(d["on_good"], 2), pct(d["attack_share_when_fired"]), d["on_misses"], d["on_false_alarms"],
             d["crashes"]] for d in detectors]
    return ("<h2>Detector health</h2>"
            + _table(["detector", "fired", "coverage", "on attacks", "on spam", "on good mail",
                      "attacks among its hits", "on misses", "on false alarms", "crashes"], rows)
            + f"<p>Misses with no signal at all: {fired['misses_with_no_signal']}.</p>")


def _mistakes_section(mistakes: dict) -> str:
    out = [f"<h2>Mistakes: {mistakes['misses']:,} misses, {mistakes['false_alarms']:,} false alarms</h2>",
           "<table><tr><th class='l'>kind</th><th class='l'>truth</th><th class='l'>verdict</th>"
           "<th>score</th>"
           "<th class='l'>subject</th><th class='l'>source</th><th class='l'>top signals</th>"
           "<th class='l'>peers</th></tr>"]
    for m in mistakes["list"]:
        signals = "<br>".join(f"<code>{_e(s['id'])}</code> {_e(s['strength'])}: {_e(s['evidence'])}"
                              for s in m["top_signals"]) or "no signal"
        peers = "<br>".join(f"{_e(n)}: {'flagged' if p['flagged'] else 'passed'} ({_e(p['score'])})"
                            + (f" error {_e(p['error'])}" if p["error"] else "")
                            for n, p in m["peers"].items())
        out.append(f"<tr class='{_e(m['kind'])}'><td class='l'>{_e(m['kind'])}</td>"
                   f"<td class='l'>{_e(m['label'])}/{_e(m['true_type'] or '-')}</td>"
                   f"<td class='l'>{_e(m['verdict'])} ({_e(m['predicted_type'])})</td>"
                   f"<td>{m['score']:.3f}</td>"
                   f"<td class='l'>{_e(m['subject'])}</td><td class='l'><code>{_e(m['source'])}</code></td>"
                   f"<td class='l'>{signals}</td><td class='l'>{peers}</td></tr>")
    out.append("</table>")
    return "\n".join(out)

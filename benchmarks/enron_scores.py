"""Per-message scores of the Enron time split, to read why a message was missed or flagged.

    python benchmarks/enron_scores.py --home OUT/enron/home --attacks OUT/enron/attacks --out scores.jsonl

Run it after `python benchmarks/compare_peers.py --protocol enron --out OUT` (which learns, trains and
synthesises the held-out attacks). For every later real message (dated on or after --before) and every
synthetic attack it writes one JSON line: the trees' calibrated P(unwanted) before the referee, the
referee's P(attack ask) (attacks and messages the trees put at 1e-3 or more; with --referee-all every
message, about 65 CPU-ms each, some 11 minutes for the split), the score the model in service gives,
the signals, and the five features that pushed the trees hardest (LightGBM contributions, in log-odds).
It ends with recall at 9 and 18 false alarms (1 and 2 per 1,000 of the split's 9,300 real messages)
for the trees alone, the referee alone (with --referee-all) and the combination in service.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

import numpy as np

from mailwarden.cli.wiring import load_profile
from mailwarden.engine import Engine
from mailwarden.message.parse import parse_message
from mailwarden.model import registry
from mailwarden.model.artifact import _refereed
from mailwarden.model.orgtrain import _naive_utc
from mailwarden.model.text import text_of
from mailwarden.settings import Settings
from mailwarden.sources import iter_raw

ENRON = Path(__file__).resolve().parents[2] / "shared" / "data" / "enron_20_users.tar.gz"


def judged_rows(settings: Settings, engine: Engine, enron: Path, attacks: Path, before: dt.datetime):
    labels = {}
    for line in (attacks / "labels.jsonl").read_text("utf-8").splitlines():
        row = json.loads(line)
        labels[row["file"]] = row
    for item in iter_raw([str(enron)]):
        if item.data is None:
            continue
        message = parse_message(item.data, item.source, settings)
        if message.date is not None and _naive_utc(message.date) >= before:
            yield message, engine.signals(message), {"source": item.source, "label": 0, "type": "ham"}
    for item in iter_raw([str(attacks)]):
        if item.data is None or not item.source.endswith(".eml"):
            continue
        message = parse_message(item.data, item.source, settings)
        row = labels.get(Path(item.source).name, {})
        meta = {"source": item.source, "label": 1, "type": row.get("attack_type", "?"),
                "family": row.get("family", "")}
        yield message, engine.signals(message), meta


def recall_at(scores: np.ndarray, y: np.ndarray, false_alarms: int) -> float:
    """Recall with the threshold just above the (false_alarms+1)-th highest good message."""
    good = np.sort(scores[y == 0])[::-1]
    return float((scores[y == 1] > good[min(false_alarms, len(good) - 1)]).mean())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--home", type=Path, required=True)
    parser.add_argument("--attacks", type=Path, required=True)
    parser.add_argument("--enron", type=Path, default=ENRON)
    parser.add_argument("--before", default="2001-10-01")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--referee-all", action="store_true",
                        help="the referee reads every message (else attacks and trees >= 1e-3 only)")
    args = parser.parse_args()

    settings = Settings.load(home=args.home, db=None)
    profile = load_profile(settings)
    model = registry.load_current_model(settings)
    if model is None:
        raise SystemExit(f"no organization model in {args.home}: run compare_peers.py --protocol enron first")
    engine = Engine(settings, profile=profile)
    rows, meta = [], []
    for message, signals, info in judged_rows(settings, engine, args.enron, args.attacks,
                                              dt.datetime.fromisoformat(args.before)):
        rows.append((message, signals))
        meta.append(info)
    X = model.matrix(rows, profile)
    predictions = model.predict_matrix(X)  # the trees, once; the referee re-reads its band as scan does
    trees = np.array([p.unwanted for p in predictions])
    if model.referee is not None:
        predictions = _refereed(model.referee, rows, predictions)
    served = np.array([p.score for p in predictions])
    referee = np.full(len(rows), np.nan)
    if model.referee is not None:
        read = [i for i in range(len(rows)) if args.referee_all or meta[i]["label"] or trees[i] >= 1e-3]
        probs = model.referee.probabilities([text_of(rows[i][0]) for i in read])
        if probs is not None:
            referee[read] = probs
    contributions = model.booster.predict(X, pred_contrib=True)[:, :-1]
    names = model.space.names
    with open(args.out, "w", encoding="utf-8") as out:
        for i, info in enumerate(meta):
            top = np.argsort(-np.abs(contributions[i]))[:5]
            out.write(json.dumps({
                **info, "trees": round(float(trees[i]), 5),
                "referee": None if np.isnan(referee[i]) else round(float(referee[i]), 4),
                "served": round(float(served[i]), 5), "signals": [s.id for s in rows[i][1]],
                "pushed_by": [[names[j], round(float(X[i, j]), 3), round(float(contributions[i, j]), 2)]
                              for j in top],
            }) + "\n")
    y = np.array([m["label"] for m in meta])
    print(f"{int(y.sum())} attacks, {int((y == 0).sum())} real messages -> {args.out}")
    for name, scores in (("trees", trees), ("referee", referee), ("served", served)):
        if np.isnan(scores).any():
            continue
        print(f"{name:8s} recall at 9 false alarms {recall_at(scores, y, 9):.3f}, "
              f"at 18 {recall_at(scores, y, 18):.3f}")


if __name__ == "__main__":
    main()

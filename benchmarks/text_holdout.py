"""The goal-text model alone on template families it never read (not a test: needs ../shared/data).

    python benchmarks/text_holdout.py [--home H] [--data ../shared/data] [--c 1 4 16]
                                      [--holdout understated chatty clerk mobile] [--attacks 4000]

Trains `GoalTextModel` on synthetic attacks from every family but the held-out ones (archive header
style) plus Enron mail before 2001-10-01, then scores each held-out family's attacks against the Enron
mail from 2001-10-01 on. It prints recall at a false-positive rate of 1e-3 and 1e-2 per inverse
regularisation C: the comparison behind `TEXT_C` in model/train.py. Attack score = 1 - P(none).

With `--home H` (a home where `mailwarden learn ../shared/data/enron_20_users.tar.gz --before
2001-10-01` ran) the attacks use the organization's own people and vendors, as organization training
does; without it, a generic fictional organization, as the base model's training does. The two
disagree (sixth session, docs/models.md): C = 4 won with the Enron profile and lost with the generic
organization, which is why the base model keeps C = 1.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time
from pathlib import Path

import numpy as np

from mailwarden.message.parse import parse_message
from mailwarden.model.text import GoalTextModel, text_of
from mailwarden.sources.walk import iter_raw
from mailwarden.synth import OrgSeed, generate

CUT = dt.datetime(2001, 10, 1, tzinfo=dt.UTC)


def enron_texts(archive: Path) -> tuple[list[str], list[str]]:
    early, late = [], []
    for item in iter_raw([archive]):
        if item.data is None:
            continue
        message = parse_message(item.data, item.source)
        if message.date is None:
            continue
        when = message.date if message.date.tzinfo else message.date.replace(tzinfo=dt.UTC)
        (early if when < CUT else late).append(text_of(message))
    return early, late


def attack_texts(seed: OrgSeed, n: int, rng_seed: int, **which) -> tuple[list[str], list[str]]:
    texts, types = [], []
    for raw, label in generate(seed, n, rng_seed, header_style="archive", **which):
        texts.append(text_of(parse_message(raw, "synthetic")))
        types.append(label["attack_type"])
    return texts, types


def org_seed(home: Path) -> OrgSeed:
    from mailwarden.cli.wiring import load_settings
    from mailwarden.store import load_profile

    profile = load_profile(load_settings(home, None))
    if profile is None:
        raise SystemExit(f"no learned profile in {home}: run `mailwarden learn` there first")
    return OrgSeed.from_profile(profile)


def recall_at(attack: np.ndarray, good: np.ndarray, fpr: float) -> float:
    return float((attack > np.quantile(good, 1 - fpr)).mean())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    parser.add_argument("--holdout", nargs="+", default=["understated", "chatty", "clerk", "mobile"])
    parser.add_argument("--c", nargs="+", type=float, default=[1.0, 4.0, 16.0])
    parser.add_argument("--attacks", type=int, default=4000)
    parser.add_argument("--home", type=Path, help="a home with a learned profile")
    parser.add_argument("--good", type=int, default=12000, help="Enron messages before the cut to train on")
    args = parser.parse_args()

    early, late = enron_texts(args.data / "enron_20_users.tar.gz")
    early = random.Random(0).sample(early, min(args.good, len(early)))
    seed = org_seed(args.home) if args.home else OrgSeed.generic(random.Random("text-holdout"))
    train, train_types = attack_texts(seed, args.attacks, 5, exclude_families=args.holdout)
    tests = {family: attack_texts(seed, 600, 9, families=[family])[0] for family in args.holdout}
    print(f"train: {len(train)} attacks, {len(early)} earlier Enron; test: {len(late)} later Enron")
    for c in args.c:
        started = time.process_time()
        model = GoalTextModel.fit(train + early, train_types + ["none"] * len(early), None, C=c)
        none = model.classes.index("none")
        good = 1 - model.predict_proba(late)[:, none]
        cells = []
        for family, texts in tests.items():
            attack = 1 - model.predict_proba(texts)[:, none]
            low, high = recall_at(attack, good, 1e-3), recall_at(attack, good, 1e-2)
            cells.append(f"{family} {low:.1%} / {high:.1%}")
        print(f"C={c:<5g} fit {time.process_time() - started:4.1f} CPU-s  " + "  ".join(cells))


if __name__ == "__main__":
    main()

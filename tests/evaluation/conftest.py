"""A scorer that decides by file name, so eval's bookkeeping is tested apart from detection quality."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailwarden.engine import Engine
from mailwarden.scoring.verdict import Assessment

EVAL_FIXTURES = Path(__file__).parent.parent / "fixtures" / "eval"

# file name -> (attack score, attack type, spam score)
SCRIPTED = {
    "wire-request.eml": (0.95, "ceo_fraud", 0.0),  # caught, typed right
    "gift-cards.eml": (0.55, "gift_card", 0.0),  # suspicious, typed wrong
    "mailbox-full.eml": (0.10, "none", 0.0),  # missed (its subject is hostile)
    "lunch.eml": (0.02, "none", 0.0),
    "report.eml": (0.90, "invoice_fraud", 0.0),  # false alarm
    "newsletter.eml": (0.05, "none", 0.2),
    "pills.eml": (0.05, "none", 0.95),  # spam caught as spam
    "lottery.eml": (0.30, "none", 0.10),  # spam missed
}


class ScriptedScorer:
    version = "scripted-1"

    def assess(self, message, signals) -> Assessment:
        name = message.source.replace("\\", "/").rsplit("/", 1)[-1].split("#")[0]
        score, kind, spam = SCRIPTED.get(name, (0.0, "none", 0.0))
        return Assessment(score=score, attack_type=kind, spam_score=spam, model=self.version)


@pytest.fixture
def eval_fixtures() -> Path:
    return EVAL_FIXTURES


@pytest.fixture
def scripted_engine(settings) -> Engine:
    return Engine(settings, scorer=ScriptedScorer())

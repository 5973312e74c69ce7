"""`ModelScorer`: the Scorer protocol (scoring/verdict.py) backed by a trained model."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from mailwarden.message import Message
from mailwarden.model.artifact import Prediction, TrainedModel
from mailwarden.profile.view import OrgProfile
from mailwarden.scoring.verdict import Assessment, Scorer
from mailwarden.signals.base import Signal


@cache
def profile_detector_ids() -> frozenset[str]:
    from mailwarden.signals.registry import all_detectors

    return frozenset(d.id for d in all_detectors() if d.needs_profile)


def blind_rows(rows: Sequence[tuple[Message, Sequence[Signal]]]) -> list[tuple[Message, list[Signal]]]:
    """The rows without profile-based signals, for a model trained without a profile."""
    ids = profile_detector_ids()
    return [(m, [s for s in signals if s.id not in ids]) for m, signals in rows]


class ModelScorer:
    """Judges one message (or a batch) with a trained model. The profile, when given, feeds the
    sender-vs-profile features; a model trained with a profile still runs without one (those features
    read as 0), it is just less sure.

    A model trained *without* a profile (the shipped base model) never saw a profile-based signal
    fire: fed one, its aggregate inputs (signals, legs firing) move in ways it never learned, and a
    newsletter's first contact turned a 0.49 into a 0.88. So it decides on the inputs it was trained
    on, and `rules` (the cold-start scorer) judges the full evidence, the profile's included; the
    higher of the two stands and the verdict names which one decided.

    An organization model learns attacks against the organization's own mail and has no spam class
    unless someone labelled spam. `spam_reader` (the shipped base model, which learned spam from public
    corpora) then gives the spam reading: the higher spam score stands; the attack score stays the
    organization model's own. What the spam reader sends to spam (`spam_threshold` and over) is
    re-read by the referee only when its attack score alone would make it suspicious or an attack
    (`reread_spam_from`): below that its verdict is spam either way, and on a public spam archive such
    mail was nine in ten of the referee's reads, the largest cost of a scan. Above it the attack score
    decides the verdict, so it gets the same second reading as any other mail (a forwarded joke the
    spam reader called spam kept a tree score of 0.97 unread: an attack verdict the referee, at 0.02,
    would have taken back)."""

    def __init__(self, model: TrainedModel, profile: OrgProfile | None = None,
                 rules: Scorer | None = None, spam_reader: TrainedModel | None = None,
                 spam_threshold: float = 0.5, reread_spam_from: float = 0.45) -> None:
        self.model = model
        self.profile = profile
        self.version = model.version
        self.rules = rules
        self.spam_reader = spam_reader
        self.spam_threshold = spam_threshold
        self.reread_spam_from = reread_spam_from
        self.profile_blind = profile is not None and not model.card.get("uses_profile", False)

    def warm_up(self) -> None:
        """Load the referee's sentence encoder now rather than on its first read (Engine.warm_up)."""
        if self.model.referee is not None:
            from mailwarden.model import embed

            embed.encoder()

    def assess(self, message: Message, signals: list[Signal]) -> Assessment:
        return self.assess_many([(message, signals)])[0]

    def assess_many(self, rows: Sequence[tuple[Message, Sequence[Signal]]]) -> list[Assessment]:
        """Batch path (one LightGBM call for many messages) for bulk scans and evaluation."""
        spam = self._spam_readings(rows) if self.spam_reader is not None else [None] * len(rows)
        read_from = [self.reread_spam_from if s is not None and s >= self.spam_threshold else 0.0
                     for s in spam]
        if not self.profile_blind:
            out = [self._assessment(p) for p in self.model.predict(rows, self.profile, read_from)]
        else:
            out = []
            predictions = self.model.predict(blind_rows(rows), None, read_from)
            for (message, signals), p in zip(rows, predictions, strict=True):
                mine = self._assessment(p)
                ruled = self.rules.assess(message, list(signals)) if self.rules is not None else None
                out.append(ruled if ruled is not None and ruled.score > mine.score else mine)
        return [replace(a, spam_score=s, spam_by=self.spam_reader.version)
                if s is not None and self.spam_reader is not None and s > a.spam_score else a
                for a, s in zip(out, spam, strict=True)]

    def _spam_readings(self, rows: Sequence[tuple[Message, Sequence[Signal]]]) -> list[float | None]:
        """The spam reader's spam score per row; None for correspondents, whom it never reads."""
        reader = self.spam_reader
        assert reader is not None
        strangers = [i for i, (m, _) in enumerate(rows) if not self._correspondent(m)]
        out: list[float | None] = [None] * len(rows)
        if strangers:
            # Profile-blind, as the base model was trained (see the class docstring).
            matrix = reader.matrix(blind_rows([rows[i] for i in strangers]), None)
            for i, r in zip(strangers, reader.predict_matrix(matrix), strict=True):
                out[i] = r.spam_score
        return out

    def _correspondent(self, message: Message) -> bool:
        """Colleagues and people the organization writes to are not spammers, whatever their mail
        looks like to a model that never saw this organization (minutes, policies, a merger memo)."""
        sender = message.sender.address if message.sender else ""
        if self.profile is None or not sender:
            return False
        if self.profile.is_internal(sender):
            return True
        contact = self.profile.contact(sender)
        return contact is not None and contact.messages_to > 0

    def _assessment(self, p: Prediction) -> Assessment:
        return Assessment(score=p.score, attack_type=p.attack_type, spam_score=p.spam_score,
                          model=self.version, second_reading=p.referee)

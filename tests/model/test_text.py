"""The goal-text model: learns asks, survives a save/load, same answer one-by-one and in batch."""

from __future__ import annotations

from mailwarden.message import Message
from mailwarden.model.text import GoalTextModel, hashed_features, text_of

TEXTS = {
    "ceo_fraud": ["please wire the payment today and keep it quiet", "I need an urgent wire transfer now",
                  "send the funds to this account before noon", "process this payment discreetly for me"],
    "none": ["the meeting moved to thursday afternoon", "attached are the notes from the review",
             "let us discuss the pipeline schedule", "thanks for the slides, see you at lunch"],
}


def _fit() -> GoalTextModel:
    texts = [t for ts in TEXTS.values() for t in ts] * 3
    labels = [k for k, ts in TEXTS.items() for _ in ts] * 3
    return GoalTextModel.fit(texts, labels)


def test_text_model_prefers_the_right_class_on_unseen_wording():
    model = _fit()
    probs = dict(zip(model.classes, model.predict_proba(["urgent: wire the funds today"])[0], strict=True))
    assert probs["ceo_fraud"] > probs["none"]
    probs = dict(zip(model.classes, model.predict_proba(["notes from thursday's meeting"])[0], strict=True))
    assert probs["none"] > probs["ceo_fraud"]


def test_single_and_batch_predictions_agree_and_survive_save_load(tmp_path):
    model = _fit()
    texts = ["wire the funds", "meeting notes"]
    batch = model.predict_proba(texts)
    single = [model.predict_proba([t])[0] for t in texts]
    model.save(tmp_path)
    loaded = GoalTextModel.load(tmp_path)
    again = loaded.predict_proba(texts)
    for a, b, c in zip(batch, single, again, strict=True):
        assert abs(a - b).max() < 1e-5
        assert abs(a - c).max() < 2e-3  # float16 storage


def test_text_of_masks_urls_addresses_and_numbers():
    message = Message(source="x", subject="Invoice 4471",
                      text="Pay 12,000 to bob@evil.test via https://evil.test/pay now")
    text = text_of(message)
    assert "evil" not in text and "4471" not in text and "12" not in text
    assert "urltoken" in text and "emailtoken" in text


def test_hashing_is_deterministic_and_empty_text_is_fine():
    a, b = hashed_features("same words here"), hashed_features("same words here")
    assert (a[0] == b[0]).all() and (a[1] == b[1]).all()
    idx, val = hashed_features("")
    assert len(idx) == 0 and len(val) == 0


def test_text_of_is_computed_once_per_message_and_never_confuses_two():
    first = Message(source="a.eml", subject="Wire today", text="Send 5,000 to http://pay.example.net now")
    second = Message(source="b.eml", subject="Lunch", text="Thursday at noon?")
    assert text_of(first) is text_of(first)  # the cached string itself, not a recomputation
    assert text_of(second) == "lunch\nthursday at noon?"
    assert text_of(first) == "wire today\nsend 0,0 to  urltoken  now"

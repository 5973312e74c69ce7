"""Feedback: what people said about verdicts (missed attacks, false alarms), kept as labels in the
store with a copy of each message in `<home>/labels/` so that retraining can read it again."""

from mailwarden.feedback.labels import (
    FeedbackResult,
    LabelledMessage,
    labelled_messages,
    record_feedback,
)

__all__ = ["FeedbackResult", "LabelledMessage", "labelled_messages", "record_feedback"]

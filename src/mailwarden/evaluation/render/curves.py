"""ROC and precision-recall curves drawn with matplotlib (Agg: no screen), returned as PNG bytes."""

from __future__ import annotations

import io

import matplotlib

matplotlib.use("Agg", force=False)  # headless; harmless when another backend was already chosen
import matplotlib.pyplot as plt  # noqa: E402


def roc_png(task_name: str, systems: dict[str, dict], negatives: int) -> bytes:
    """ROC with FPR on a log axis: the low false-alarm end is where an email filter lives."""
    fig, ax = plt.subplots(figsize=(6.4, 4.6), dpi=100)
    floor = 1 / max(negatives, 1)
    for name, view in systems.items():
        points = view["curves"]["roc"]
        if not points:
            continue
        xs = [max(fpr, floor / 2) for fpr, _ in points]
        ys = [tpr for _, tpr in points]
        auc = view["curves"]["roc_auc"]
        ax.step(xs, ys, where="post", label=f"{name} (AUC {auc:.4f})" if auc is not None else name)
    ax.set_xscale("log")
    ax.set_xlim(floor / 2, 1.0)
    ax.set_ylim(0, 1.01)
    ax.axvline(floor, color="grey", linestyle=":", linewidth=1)
    ax.set_xlabel(f"false-positive rate (log; dotted line = 1/{negatives:,} good messages)")
    ax.set_ylabel("recall (true-positive rate)")
    ax.set_title(f"ROC - {task_name}")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(loc="lower right", fontsize=8)
    return _png(fig)


def pr_png(task_name: str, systems: dict[str, dict]) -> bytes:
    fig, ax = plt.subplots(figsize=(6.4, 4.6), dpi=100)
    for name, view in systems.items():
        points = view["curves"]["pr"]
        if not points:
            continue
        ap = view["curves"]["average_precision"]
        ax.step([r for r, _ in points], [p for _, p in points], where="post",
                label=f"{name} (AP {ap:.4f})" if ap is not None else name)
    ax.set_xlim(0, 1.0)
    ax.set_ylim(0, 1.01)
    ax.set_xlabel("recall")
    ax.set_ylabel("precision")
    ax.set_title(f"Precision-recall - {task_name}")
    ax.grid(True, alpha=0.3)
    ax.legend(loc="lower left", fontsize=8)
    return _png(fig)


def _png(fig) -> bytes:
    buffer = io.BytesIO()
    fig.tight_layout()
    fig.savefig(buffer, format="png")
    plt.close(fig)
    return buffer.getvalue()

"""The report from a scripted engine: figures, JSON fields, HTML (curves, escaping), mistakes folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mailwarden.evaluation.labels import iter_labelled
from mailwarden.evaluation.mistakes import MistakeWriter, safe_name
from mailwarden.evaluation.render.html import render_html
from mailwarden.evaluation.render.terminal import render_terminal
from mailwarden.evaluation.report import SCHEMA, build_report
from mailwarden.evaluation.runner import evaluate

HOSTILE = "<script>alert(1)</script>"


@pytest.fixture
def run_and_report(settings, scripted_engine, eval_fixtures, tmp_path):
    items = iter_labelled([str(eval_fixtures / "labelled")], settings)
    writer = MistakeWriter(tmp_path / "mistakes")
    run = evaluate(items, scripted_engine, mistakes=writer)
    writer.write_index(run.judged)
    return run, build_report(run, settings), tmp_path / "mistakes"


def test_operating_points_match_the_scripted_verdicts(run_and_report):
    _, report, _ = run_and_report
    attack = report["tasks"]["attack"]
    assert (attack["positives"], attack["negatives"]) == (3, 3)
    strict = attack["systems"]["mailwarden"]["operating_points"]["attack"]
    lenient = attack["systems"]["mailwarden"]["operating_points"]["attack+suspicious"]
    assert (strict["tp"], strict["fp"], strict["fn"]) == (1, 1, 2)
    assert (lenient["tp"], lenient["fp"]) == (2, 1)
    assert lenient["precision"] == pytest.approx(2 / 3)
    assert lenient["false_alarms_per_1000"] == pytest.approx(1000 / 3)
    unwanted = report["tasks"]["unwanted"]["systems"]["mailwarden"]["operating_points"]["any"]
    assert (unwanted["tp"], unwanted["positives"], unwanted["fp"]) == (3, 5, 1)


def test_by_type_and_confusion(run_and_report):
    _, report, _ = run_and_report
    by_type = report["tasks"]["attack"]["by_type"]
    assert by_type["ceo_fraud"]["positives"] == 2
    ceo = by_type["ceo_fraud"]["systems"]["mailwarden"]["operating_points"]
    phishing = by_type["credential_phishing"]["systems"]["mailwarden"]["operating_points"]
    assert ceo["attack+suspicious"]["detected"] == 2
    assert by_type["ceo_fraud"]["typed_correctly"] == 1
    assert phishing["attack"]["recall"] == 0
    confusion = report["confusion"]
    cell = {(r, c): confusion["matrix"][i][j] for i, r in enumerate(confusion["rows"])
            for j, c in enumerate(confusion["columns"])}
    assert cell[("ceo_fraud", "ceo_fraud")] == 1 and cell[("ceo_fraud", "gift_card")] == 1
    assert cell[("ham", "invoice_fraud")] == 1 and cell[("spam", "spam")] == 1
    assert cell[("credential_phishing", "none")] == 1


def test_json_schema_fields(run_and_report):
    run, report, _ = run_and_report
    report = json.loads(json.dumps(report, default=str))  # the JSON file is this, serialized
    assert report["schema"] == SCHEMA
    for key in ("thresholds", "counts", "systems", "tasks", "confusion", "detectors", "fired_on_mistakes",
                "throughput", "peers", "mistakes", "notes", "models"):
        assert key in report
    assert report["counts"] == report["counts"] | {"messages": 8, "attack": 3, "spam": 2, "ham": 3}
    at = report["tasks"]["attack"]["systems"]["mailwarden"]["recall_at_fpr"]
    assert [r["target_fpr"] for r in at] == [1e-2, 1e-3, 1e-4]
    assert not any(r["measurable"] for r in at)  # 3 good messages cannot show 1 in 100
    assert report["throughput"]["mailwarden"]["messages"] == 8
    assert report["throughput"]["mailwarden"]["messages_per_cpu_second"] > 0
    assert report["models"] == ["scripted-1"]
    assert run.detector_ids and {d["id"] for d in report["detectors"]} >= set(run.detector_ids)


def test_mistakes_listed_with_signals_and_sources(run_and_report):
    _, report, _ = run_and_report
    mistakes = report["mistakes"]
    assert (mistakes["misses"], mistakes["false_alarms"]) == (2, 1)
    kinds = {(m["kind"], Path(m["source"]).name) for m in mistakes["list"]}
    assert kinds == {("miss", "mailbox-full.eml"), ("miss", "lottery.eml"), ("false_alarm", "report.eml")}
    hostile = next(m for m in mistakes["list"] if m["source"].endswith("mailbox-full.eml"))
    assert HOSTILE in hostile["subject"]


def test_mistakes_folder_holds_raw_messages_and_an_index(run_and_report, eval_fixtures):
    _, _, folder = run_and_report
    rows = [json.loads(line) for line in (folder / "index.jsonl").read_text().splitlines()]
    assert len(rows) == 3
    for row in rows:
        written = folder / row["file"]
        assert written.suffix == ".eml" and written.parent.parent == folder
        original = Path(row["source"])
        assert written.read_bytes() == original.read_bytes()
    assert {r["kind"] for r in rows} == {"miss", "false_alarm"}


def test_safe_names_cannot_escape_the_folder():
    name = safe_name(7, "../../etc/passwd#3")
    assert "/" not in name and not name.startswith(".") and name.endswith(".eml")
    assert safe_name(1, "....") == "000001-message.eml"


def test_html_has_both_curves_and_escapes_hostile_text(run_and_report):
    _, report, _ = run_and_report
    page = render_html(report)
    assert page.count("data:image/png;base64,") == 2 * len(report["tasks"])
    assert HOSTILE not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script" not in page.lower()


def test_terminal_report_renders(run_and_report):
    from rich.console import Console

    _, report, _ = run_and_report
    console = Console(record=True, width=200)
    render_terminal(report, console)
    text = console.export_text()
    assert "mailwarden eval" in text and "attack+suspicious" in text and "mailbox-full.eml" in text


def test_time_split_leaves_out_real_mail_before_the_date(settings, scripted_engine, eval_fixtures):
    from datetime import UTC, datetime

    items = iter_labelled([str(eval_fixtures / "labelled")], settings)
    run = evaluate(items, scripted_engine, before=datetime(2024, 5, 18, tzinfo=UTC))
    kept = {Path(j.source).name for j in run.judged}
    # ham dated 17 May is history; the 18 May newsletter, spam (19 May) and every attack stay
    assert kept == {"wire-request.eml", "gift-cards.eml", "mailbox-full.eml", "newsletter.eml",
                    "pills.eml", "lottery.eml"}
    assert run.left_out_before == 2

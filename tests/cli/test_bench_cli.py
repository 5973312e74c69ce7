"""`mailwarden bench`: the whole pipeline timed, figures as text or JSON."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from mailwarden.cli.app import app

SCAN = Path(__file__).parents[1] / "fixtures" / "scan"


def bench(tmp_path: Path, *args: str):
    return CliRunner().invoke(app, ["bench", "--home", str(tmp_path / "home"), *args])


def test_bench_json_reports_every_stage(tmp_path):
    result = bench(tmp_path, "--json", str(SCAN))
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    messages = len(list(SCAN.glob("*.eml"))) + 3  # the .eml files and the three messages of the mbox
    assert figures["messages"] == messages
    assert figures["unreadable"] == 0
    assert set(figures["stage_cpu_seconds"]) == {"read", "parse", "detectors", "scoring"}
    assert all(v >= 0 for v in figures["stage_cpu_seconds"].values())
    assert sum(figures["stage_cpu_seconds"].values()) <= figures["cpu_seconds"] + 0.05
    assert figures["messages_per_cpu_second"] > 0
    assert figures["peak_rss_mib"] >= figures["start_rss_mib"] > 0
    assert sum(figures["verdicts"].values()) == messages


def test_bench_limit_stops_early_and_counts_unreadable(tmp_path):
    broken = tmp_path / "broken.eml.gz"
    broken.write_bytes(b"not gzip")
    result = bench(tmp_path, "--json", str(broken), str(SCAN / "small.mbox"))
    assert json.loads(result.stdout)["unreadable"] == 1
    limited = json.loads(bench(tmp_path, "--json", "--limit", "2", str(SCAN)).stdout)
    assert limited["messages"] == 2


def test_bench_text_and_trace_memory(tmp_path):
    result = bench(tmp_path, "--trace-memory", str(SCAN / "ceo_wire.eml"))
    assert result.exit_code == 0, result.output
    for word in ("messages/CPU-second", "wall time", "CPU time", "parse", "detectors", "scoring",
                 "peak memory", "Python heap"):
        assert word in result.stdout


def test_bench_missing_path_is_a_usage_error(tmp_path):
    assert bench(tmp_path, str(tmp_path / "nope")).exit_code == 1


def test_warm_up_compiles_the_detector_tables_before_the_first_message(tmp_path):
    from mailwarden.engine import Engine
    from mailwarden.settings import Settings
    from mailwarden.signals.goal.asks import phrase_set

    phrase_set.cache_clear()
    Engine(Settings(home=str(tmp_path / "home"))).warm_up()
    assert phrase_set.cache_info().currsize == 1  # compiled at start, not on the first real message
    figures = json.loads(bench(tmp_path, "--json", str(SCAN / "ceo_wire.eml")).stdout)
    assert figures["warm_up_cpu_seconds"] >= 0 and figures["messages"] == 1

"""`mailwarden scan`: one line per message, exit codes, and output that attacker text cannot steer."""

from __future__ import annotations

import io
import json
import tarfile
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from mailwarden.cli.app import app
from mailwarden.cli.output import TableWriter, clean
from mailwarden.message import Address, Message
from mailwarden.scoring.verdict import ATTACK_TYPES, STRATEGIES, VECTORS, VERDICTS, Verdict

SCAN = Path(__file__).parents[1] / "fixtures" / "scan"
EMLS = sorted(SCAN.glob("*.eml"))
CONTRACT = {"source", "message_id", "verdict", "score", "attack_type", "strategy", "vector", "impersonated",
            "signals", "explanation", "model"}


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def scan(runner: CliRunner, tmp_path: Path, *args: str):
    return runner.invoke(app, ["scan", "--home", str(tmp_path / "home"), "--no-progress", *args])


def lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_jsonl_has_one_valid_line_per_message(runner, tmp_path):
    result = scan(runner, tmp_path, "--format", "jsonl", *map(str, EMLS), str(SCAN / "small.mbox"))
    assert result.exit_code == 0, result.output
    rows = lines(result.stdout)
    assert len(rows) == len(EMLS) + 3  # the mbox holds three messages
    for row in rows:
        assert set(row) >= CONTRACT
        assert row["verdict"] in VERDICTS
        assert row["attack_type"] in ATTACK_TYPES
        assert row["strategy"] in STRATEGIES
        assert row["vector"] in VECTORS
        assert 0.0 <= row["score"] <= 1.0
        assert "error" not in row
    mbox_sources = [r["source"] for r in rows[-3:]]
    assert len(set(mbox_sources)) == 3 and all(s.startswith(f"{SCAN / 'small.mbox'}#") for s in mbox_sources)


def test_jsonl_is_ascii_even_for_escape_bytes(runner, tmp_path):
    result = scan(runner, tmp_path, "--format", "jsonl", str(SCAN / "markup_subject.eml"))
    assert result.exit_code == 0
    assert result.stdout.isascii()
    assert "\x1b" not in result.stdout


def test_a_tar_gz_built_at_test_time_is_read_member_by_member(runner, tmp_path):
    archive = tmp_path / "mail.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        for eml in EMLS:
            tar.add(eml, arcname=f"batch/{eml.name}")
    result = scan(runner, tmp_path, "--format", "jsonl", str(archive))
    assert result.exit_code == 0, result.output
    sources = [row["source"] for row in lines(result.stdout)]
    assert sources == [f"{archive}:batch/{eml.name}" for eml in EMLS]


def test_an_unreadable_item_gets_an_error_line_and_exit_code_2(runner, tmp_path):
    broken = tmp_path / "broken.eml.gz"
    broken.write_bytes(b"this is not gzip data at all")
    result = scan(runner, tmp_path, "--format", "jsonl", str(SCAN / "team_lunch.eml"), str(broken))
    assert result.exit_code == 2
    rows = lines(result.stdout)
    assert len(rows) == 2
    assert "error" not in rows[0]
    assert rows[1]["error"] and rows[1]["source"] == str(broken)
    assert rows[1]["verdict"] in VERDICTS


def test_output_file_receives_the_lines(runner, tmp_path):
    out = tmp_path / "verdicts.jsonl"
    result = scan(runner, tmp_path, "--format", "jsonl", "--output", str(out), str(SCAN / "ceo_wire.eml"))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert len(lines(out.read_text())) == 1


@pytest.mark.parametrize("args", [["/no/such/path.eml"], ["--format", "xml", "x.eml"], ["--bogus", "x"], []])
def test_usage_and_config_errors_exit_1(runner, tmp_path, args):
    assert scan(runner, tmp_path, *args).exit_code == 1


def test_invalid_settings_exit_1(runner, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    (home / "settings.toml").write_text("attack_threshold = 'high'\n")
    assert scan(runner, tmp_path, str(SCAN / "team_lunch.eml")).exit_code == 1


@pytest.fixture
def wide_runner() -> CliRunner:
    return CliRunner(env={"COLUMNS": "200"})


def test_table_has_a_row_per_message_and_a_summary(wide_runner, tmp_path):
    result = scan(wide_runner, tmp_path, "--format", "table", *map(str, EMLS))
    assert result.exit_code == 0, result.output
    rows = [line for line in result.stdout.splitlines() if line.split(" ", 1)[0] in VERDICTS]
    assert len(rows) == len(EMLS)
    for eml in EMLS:  # the source column keeps the end of the path
        assert sum(eml.name in row for row in rows) == 1
    assert "Summary" in result.stdout
    assert "messages" in result.stdout


HOSTILE_SUBJECT = "[bold red]x[/] \x1b[31mRED\x1b[0m \x1b]0;pwned\x07 \x1b[2J cleared"


def test_table_does_not_interpret_markup_or_escapes_from_the_subject(wide_runner, tmp_path, monkeypatch):
    # Whatever the parser makes of the fixture, the table must show this subject literally.
    import mailwarden.engine as engine

    def parse_hostile(data, source, settings=None):
        return Message(source=source, subject=HOSTILE_SUBJECT, sender=Address("[blink]", "m@x.example"))

    monkeypatch.setattr(engine, "parse_message", parse_hostile)
    result = scan(wide_runner, tmp_path, "--format", "table", str(SCAN / "markup_subject.eml"))
    assert result.exit_code == 0
    assert "[bold red]x[/]" in result.stdout  # shown literally, not rendered
    assert "RED" in result.stdout and "cleared" in result.stdout
    assert "\x1b" not in result.stdout  # no escape of the message's reaches the terminal
    assert "\x07" not in result.stdout


def test_table_writer_on_a_colour_terminal_keeps_attacker_markup_literal():
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=True, color_system="truecolor", width=200)
    message = Message(source="evil\x1b[2J.eml", subject="[bold red]x[/] \x1b[31mRED\x1b[0m \u202egnp.exe",
                      sender=Address("[link=http://x]", "[blink]@example.com"))
    verdict = Verdict(message.source, "", "safe", 0.1, "none", "none", "text", None, (), "", "coldstart")
    TableWriter(console).write(verdict, message)
    shown = buffer.getvalue()
    assert "[bold red]x[/]" in shown
    assert "[blink]@example.com" in shown
    assert "\x1b[31m" not in shown and "\x1b[2J" not in shown
    assert "\u202e" not in shown
    # the only escapes are the table's own styling (SGR sequences), never a cursor or screen command
    assert "\x1b]" not in shown


def test_clean_strips_escapes_controls_and_bidi():
    assert clean("a\x1b[31mb\x1b[0mc") == "abc"
    assert clean("title\x1b]0;owned\x07 done") == "title done"
    assert clean("line1\nline2\r\x00\x9b2Jx") == "line1 line2 x"
    assert clean("abc\u202edef") == "abc def"
    assert clean("x" * 50, limit=10) == "x" * 9 + "…"


class RecordingLearner:
    def __init__(self) -> None:
        self.observed: list[tuple[str, str]] = []
        self.closed = False

    def observe(self, message: Message, verdict: Verdict) -> None:
        self.observed.append((message.source, verdict.verdict))

    def close(self) -> None:
        self.closed = True


@pytest.fixture
def learner(monkeypatch) -> RecordingLearner:
    import mailwarden.cli.scan as scan_module

    recorder = RecordingLearner()
    monkeypatch.setattr(scan_module, "safe_mail_learner", lambda settings: (recorder.observe, recorder.close))
    return recorder


def test_scan_teaches_the_profile_only_mail_judged_safe(runner, tmp_path, learner):
    result = scan(runner, tmp_path, "--format", "jsonl", *map(str, EMLS), str(SCAN / "small.mbox"))
    safe = [row["source"] for row in lines(result.stdout) if row["verdict"] == "safe"]
    assert [source for source, _ in learner.observed] == safe
    assert all(verdict == "safe" for _, verdict in learner.observed)
    assert learner.closed


def test_no_learn_teaches_nothing(runner, tmp_path, learner):
    scan(runner, tmp_path, "--format", "jsonl", "--no-learn", *map(str, EMLS))
    assert learner.observed == [] and not learner.closed


def test_an_unwritable_output_is_a_usage_error(runner, tmp_path):
    result = scan(runner, tmp_path, "--output", str(tmp_path / "no" / "such" / "dir.jsonl"), str(EMLS[0]))
    assert result.exit_code == 1


def test_end_to_end_the_fixtures_get_the_verdicts_a_person_would_give(runner, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    (home / "settings.toml").write_text(
        'vips = ["Dana Whitfield <dana@northwind.example>"]\norg_domains = ["northwind.example"]\n')
    result = scan(runner, tmp_path, "--format", "jsonl", *map(str, EMLS), str(SCAN / "small.mbox"))
    by_name = {row["source"].rsplit("/", 1)[1]: row for row in lines(result.stdout)}
    ceo = by_name["ceo_wire.eml"]
    assert ceo["verdict"] in ("attack", "suspicious")
    assert ceo["strategy"] == "display_name_impersonation"
    assert ceo["impersonated"]["role"] == "vip"
    assert ceo["explanation"].startswith("Impersonates the VIP")
    assert by_name["small.mbox#2"]["verdict"] in ("attack", "suspicious")
    assert by_name["small.mbox#2"]["vector"] == "link"
    for calm in ("team_lunch.eml", "small.mbox#0", "small.mbox#1"):
        assert by_name[calm]["verdict"] == "safe", calm

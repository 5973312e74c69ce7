"""`mailwarden bench PATH...`: throughput of the whole pipeline (read, parse, detectors, scoring).

Runs exactly what `scan` runs (same profile and model loading), writes nothing, and reports messages per
CPU-second with a CPU breakdown per stage and the peak memory of the process.
"""

from __future__ import annotations

import json
import platform
import resource
import sys
import time
import tracemalloc
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Annotated

import typer

from mailwarden.cli.common import DbOption, HomeOption
from mailwarden.cli.scan import PathsArg
from mailwarden.cli.wiring import build_engine, check_paths, load_settings
from mailwarden.engine import Engine
from mailwarden.sources.base import RawItem

STAGES = ("read", "parse", "detectors", "scoring")


@dataclass
class BenchResult:
    messages: int = 0
    unreadable: int = 0
    wall_seconds: float = 0.0
    cpu_seconds: float = 0.0
    stage_cpu_seconds: dict[str, float] = field(default_factory=lambda: dict.fromkeys(STAGES, 0.0))
    verdicts: dict[str, int] = field(default_factory=dict)
    peak_rss_mib: float = 0.0
    start_rss_mib: float = 0.0
    warm_up_cpu_seconds: float = 0.0  # once per process (Engine.warm_up), not in cpu_seconds
    peak_python_heap_mib: float | None = None
    scorer: str = ""
    profile: bool = False
    python: str = platform.python_version()

    @property
    def messages_per_cpu_second(self) -> float:
        return self.messages / self.cpu_seconds if self.cpu_seconds > 0 else 0.0

    def to_json(self) -> dict:
        out = asdict(self)
        out["messages_per_cpu_second"] = round(self.messages_per_cpu_second, 1)
        wall = self.wall_seconds
        out["messages_per_wall_second"] = round(self.messages / wall, 1) if wall else 0.0
        out["stage_cpu_seconds"] = {k: round(v, 3) for k, v in self.stage_cpu_seconds.items()}
        for key in ("wall_seconds", "cpu_seconds", "peak_rss_mib", "start_rss_mib", "warm_up_cpu_seconds"):
            out[key] = round(out[key], 3)
        return out

    def to_text(self) -> str:
        lines = [
            f"messages            {self.messages} ({self.unreadable} unreadable)",
            f"wall time           {self.wall_seconds:.2f} s",
            f"CPU time            {self.cpu_seconds:.2f} s",
            f"messages/CPU-second {self.messages_per_cpu_second:.1f}",
            "CPU by stage:",
        ]
        for stage in STAGES:
            seconds = self.stage_cpu_seconds[stage]
            share = 100 * seconds / self.cpu_seconds if self.cpu_seconds else 0.0
            per_message = 1000 * seconds / self.messages if self.messages else 0.0
            lines.append(f"  {stage:<10} {seconds:8.2f} s {share:5.1f}%  {per_message:6.2f} ms/message")
        lines.append(f"warm-up             {self.warm_up_cpu_seconds:.2f} s CPU, once per process "
                     "(detector tables, sentence encoder); not in the figures above")
        lines.append(f"peak memory (RSS)   {self.peak_rss_mib:.0f} MiB "
                     f"(after start-up {self.start_rss_mib:.0f} MiB)")
        if self.peak_python_heap_mib is not None:
            lines.append(f"peak Python heap    {self.peak_python_heap_mib:.1f} MiB (tracemalloc)")
        lines.append(f"scorer              {self.scorer}; profile {'loaded' if self.profile else 'none'}")
        lines.append("verdicts            " + ", ".join(f"{k} {v}" for k, v in sorted(self.verdicts.items())))
        return "\n".join(lines)


def _rss_mib() -> float:
    # ru_maxrss is KiB on Linux, bytes on macOS.
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _timed_items(items: Iterator[RawItem], clock: dict[str, float]) -> Iterator[RawItem]:
    """Charge the time spent producing each raw item to the read stage."""
    while True:
        started = time.process_time()
        try:
            item = next(items)
        except StopIteration:
            clock["read"] += time.process_time() - started
            return
        clock["read"] += time.process_time() - started
        yield item


def run_bench(engine: Engine, paths: list[Path], limit: int | None = None,
              trace_memory: bool = False) -> BenchResult:
    from mailwarden.sources import iter_raw

    # A mail service warms up once at start; timing it per message would charge the first message
    # with compiling every detector table. It is reported on its own line instead.
    warm0 = time.process_time()
    engine.warm_up()
    result = BenchResult(scorer=getattr(engine.scorer, "version", type(engine.scorer).__name__),
                         profile=engine.context.profile is not None, start_rss_mib=_rss_mib(),
                         warm_up_cpu_seconds=time.process_time() - warm0)
    if trace_memory:
        tracemalloc.start()
    wall0, cpu0 = time.perf_counter(), time.process_time()
    for item in _timed_items(iter(iter_raw(paths, engine.settings)), result.stage_cpu_seconds):
        _, verdict = engine.judge_raw(item, clock=result.stage_cpu_seconds)
        result.messages += 1
        result.unreadable += bool(verdict.error)
        result.verdicts[verdict.verdict] = result.verdicts.get(verdict.verdict, 0) + 1
        if limit is not None and result.messages >= limit:
            break
    result.wall_seconds = time.perf_counter() - wall0
    result.cpu_seconds = time.process_time() - cpu0
    if trace_memory:
        result.peak_python_heap_mib = tracemalloc.get_traced_memory()[1] / (1024 * 1024)
        tracemalloc.stop()
    result.peak_rss_mib = _rss_mib()
    return result


def bench(
    paths: PathsArg,
    home: Path | None = HomeOption,
    db: str | None = DbOption,
    limit: Annotated[int | None, typer.Option("--limit", "-n", min=1, help="Stop after N messages.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as one JSON object.")] = False,
    trace_memory: Annotated[bool, typer.Option(
        "--trace-memory", help="Also measure the peak Python heap (tracemalloc; slows the run).")] = False,
    cold_start: Annotated[bool, typer.Option(
        "--cold-start", help="Ignore trained models: time the cold-start scorer.")] = False,
) -> None:
    # Help text: BENCH_HELP below (typer keeps a docstring's hard line breaks).
    check_paths(paths)
    settings = load_settings(home, db)
    engine = build_engine(settings, use_model=not cold_start)
    result = run_bench(engine, paths, limit, trace_memory)
    typer.echo(json.dumps(result.to_json()) if as_json else result.to_text())


BENCH_HELP = (
    "Measure the whole pipeline on PATH: messages per CPU-second.\n\n"
    "Reads, parses, runs the detectors and the scorer (the trained model when one exists, as scan does), "
    "writes no verdicts and learns nothing. Prints messages, wall and CPU time, CPU per stage (read, parse, "
    "detectors, scoring) and peak memory.\n\n"
    "Exit status: 0 done; 1 usage or configuration error."
)
bench.__doc__ = BENCH_HELP

"""Time `learn` on an archive with SQLite and (when reachable) PostgreSQL, in a fresh store each.

    python benchmarks/learn_bench.py [ARCHIVE] [--postgres URL] [--repeat]

Prints messages, seconds, messages per second, peak memory (RSS) and the CPU seconds of the process,
then learns the same archive a second time to show that nothing changes (idempotency) and how long
a no-op relearn takes. The PostgreSQL run uses a throw-away schema that is dropped afterwards.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
import uuid
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import create_engine, text

from mailwarden.profile.learn import learn
from mailwarden.settings import Settings
from mailwarden.sources import iter_raw
from mailwarden.store import Store

DEFAULT_ARCHIVE = Path(__file__).resolve().parents[2] / "shared" / "data" / "enron_20_users.tar.gz"
DEFAULT_POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def _cpu() -> float:
    """CPU seconds of this process and its finished children (the header-parsing worker)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _run(label: str, settings: Settings, archive: Path, repeat: bool) -> None:
    with Store.open(settings) as store:
        cpu0, wall0 = _cpu(), time.perf_counter()
        report = learn(store, settings, iter_raw([archive], settings))
        wall, cpu = time.perf_counter() - wall0, _cpu() - cpu0
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{label:<11} learned {report.learned:>6,} of {report.read:,} messages in {wall:6.1f} s wall "
              f"({report.read / wall:,.0f} msg/s), {cpu:6.1f} s CPU, peak RSS {peak_mb:,.0f} MB")
        if repeat:
            wall0 = time.perf_counter()
            again = learn(store, settings, iter_raw([archive], settings))
            print(f"{label:<11} relearn: {again.learned} new, {again.duplicates:,} already known, "
                  f"{time.perf_counter() - wall0:.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", nargs="?", type=Path, default=DEFAULT_ARCHIVE)
    parser.add_argument("--postgres", default=DEFAULT_POSTGRES, help="server URL ('' to skip)")
    parser.add_argument("--repeat", action="store_true", help="learn a second time (idempotency)")
    parser.add_argument("--only", choices=("sqlite", "postgresql"), help="run one backend")
    args = parser.parse_args()
    if args.only != "postgresql":
        with tempfile.TemporaryDirectory() as home:
            _run("sqlite", Settings.load(home=home), args.archive, args.repeat)
    if args.postgres and args.only != "sqlite":
        schema = f"mw_bench_{uuid.uuid4().hex[:8]}"
        admin = create_engine(args.postgres)
        with admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        try:
            sep = "&" if "?" in args.postgres else "?"
            url = f"{args.postgres}{sep}options={quote(f'-csearch_path={schema}')}"
            with tempfile.TemporaryDirectory() as home:
                _run("postgresql", Settings.load(home=home, db=url), args.archive, args.repeat)
        finally:
            with admin.begin() as conn:
                conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))


if __name__ == "__main__":
    main()

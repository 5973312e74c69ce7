"""The store: one SQLAlchemy engine over SQLite (default, in the home folder) or PostgreSQL (by URL).

Learning writes aggregated counters with bulk upserts (`write_facts`); detectors never query the
store while scanning, they read a `ProfileSnapshot` loaded once (`mailwarden.profile.snapshot`).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, delete, event, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from mailwarden.errors import StoreError
from mailwarden.store import migrate
from mailwarden.store.schema import (
    AddressName,
    AddressRow,
    AddressTitle,
    DomainPair,
    DomainRow,
    LabelRow,
    Meta,
    ModelVersion,
    Pair,
    PersonRow,
    SeenMessage,
    SenderHour,
    SenderLinkDomain,
    SenderReplyTo,
    Subject,
    ThreadId,
)
from mailwarden.store.upsert import upsert

if TYPE_CHECKING:
    from mailwarden.message import Message
    from mailwarden.settings import Settings

log = logging.getLogger(__name__)

LABELS = ("attack", "false_alarm", "ham", "spam")


@dataclass(frozen=True, slots=True)
class _Merge:
    keys: tuple[str, ...]
    add: tuple[str, ...] = ()
    least: tuple[str, ...] = ()
    greatest: tuple[str, ...] = ()


_SEEN = ("first_seen",)
_LAST = ("last_seen",)
# How each fact table merges new counts into old ones. Insert order matters for nothing (no FKs).
FACT_TABLES: dict[str, tuple[Any, _Merge]] = {
    "addresses": (AddressRow, _Merge(("address",), ("sent", "received"), _SEEN, _LAST)),
    "address_names": (AddressName, _Merge(("address", "name"), ("count",))),
    "address_titles": (AddressTitle, _Merge(("address", "title"), ("count",))),
    "domains": (DomainRow, _Merge(("domain",), ("sent", "received", "sent_from_sent_folder", "finance"),
                                  _SEEN, _LAST)),
    "pairs": (Pair, _Merge(("sender", "recipient"), ("count",), _SEEN, _LAST)),
    "domain_pairs": (DomainPair, _Merge(("sender_domain", "recipient_domain"), ("count",))),
    "sender_hours": (SenderHour, _Merge(("address", "hour"), ("count",))),
    "sender_link_domains": (SenderLinkDomain, _Merge(("address", "domain"), ("count",))),
    "sender_reply_tos": (SenderReplyTo, _Merge(("address", "reply_to"), ("count",))),
    "thread_ids": (ThreadId, _Merge(("message_id",))),
    "subjects": (Subject, _Merge(("subject",), ("count",), _SEEN, _LAST)),
    "seen_messages": (SeenMessage, _Merge(("sha256",))),
}


@dataclass(frozen=True, slots=True)
class Label:
    id: int
    sha256: str
    message_id: str
    source: str
    label: str
    attack_type: str
    note: str
    created_at: datetime


def _utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    # WAL + NORMAL: readers (scan) do not block the writer (learn), and bulk writes do not fsync per row.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


class Store:
    """The profile facts, derived people, labels and model versions of one organization."""

    def __init__(self, engine: Engine, settings: Settings | None = None) -> None:
        self.engine = engine
        self.settings = settings
        self._observed: list = []  # LearnRecords buffered by observe(), written by flush()

    # -- opening -------------------------------------------------------------------------------
    @classmethod
    def open(cls, settings: Settings, url: str | None = None) -> Store:
        """Open (and create or migrate) the store at `url`, else settings.db_url; creates the home folder."""
        url = url or settings.db_url
        try:
            parsed = make_url(url)
        except Exception as exc:  # noqa: BLE001 - sqlalchemy raises several kinds for a bad URL
            raise StoreError(f"bad store URL {url!r}: {exc}") from exc
        Path(settings.home).mkdir(parents=True, exist_ok=True)
        if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        try:
            engine = create_engine(url, pool_pre_ping=parsed.get_backend_name() != "sqlite")
            if engine.dialect.name == "sqlite":
                event.listen(engine, "connect", _sqlite_pragmas)
            with engine.begin() as conn:
                migrate.upgrade(conn)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot open the store at {parsed.render_as_string(hide_password=True)}: "
                             f"{exc.__class__.__name__}: {exc}") from exc
        return cls(engine, settings)

    def close(self) -> None:
        self.flush()
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    # -- profile facts -------------------------------------------------------------------------
    def unseen(self, sha256s: Sequence[str]) -> set[str]:
        """The digests among `sha256s` that were never learned."""
        wanted = set(sha256s)
        if not wanted:
            return set()
        known: set[str] = set()
        ordered = sorted(wanted)
        with self.engine.connect() as conn:
            for start in range(0, len(ordered), 500):
                chunk = ordered[start: start + 500]
                known.update(conn.scalars(select(SeenMessage.sha256).where(SeenMessage.sha256.in_(chunk))))
        return wanted - known

    def write_facts(self, rows_by_table: Mapping[str, Sequence[dict]]) -> None:
        """Merge one batch of aggregated facts into the profile tables, in one transaction."""
        try:
            with self.engine.begin() as conn:
                for name, rows in rows_by_table.items():
                    model, merge = FACT_TABLES[name]
                    upsert(conn, model.__table__, rows, keys=merge.keys, add=merge.add,
                           least=merge.least, greatest=merge.greatest)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot write profile facts: {exc}") from exc

    def seen_count(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.scalar(select(func.count()).select_from(SeenMessage)) or 0)

    def get_meta(self, key: str, default: Any = None) -> Any:
        with self.engine.connect() as conn:
            value = conn.scalar(select(Meta.value).where(Meta.key == key))
        return json.loads(value) if value is not None else default

    def set_meta(self, values: Mapping[str, Any]) -> None:
        rows = [{"key": k, "value": json.dumps(v, default=str)} for k, v in values.items()]
        with self.engine.begin() as conn:
            conn.execute(delete(Meta).where(Meta.key.in_(list(values))))
            if rows:
                conn.execute(Meta.__table__.insert(), rows)

    def replace_people(self, rows: Iterable[dict]) -> None:
        """Swap the derived people/VIP table for a freshly derived one."""
        rows = list(rows)
        with self.engine.begin() as conn:
            conn.execute(delete(PersonRow))
            for start in range(0, len(rows), 2000):
                conn.execute(PersonRow.__table__.insert(), rows[start: start + 2000])

    def rows(self, table: str, *columns: str) -> Iterable[tuple]:
        """Stream rows of a fact table (the snapshot loader and `mailwarden profile` read with it)."""
        model = FACT_TABLES[table][0] if table in FACT_TABLES else {"people": PersonRow}[table]
        cols = [model.__table__.c[c] for c in columns] if columns else list(model.__table__.c)
        with self.engine.connect() as conn:
            result = conn.execution_options(yield_per=5000).execute(select(*cols))
            yield from result

    # -- keeping the profile current while scanning --------------------------------------------
    def observe(self, message: Message, verdict: Any = None) -> bool:
        """Teach the profile a scanned message. Only mail judged safe teaches trust: attacks,
        suspicious mail and spam are ignored. Buffered; written by `flush()` (and `close()`).
        Returns True when the message was taken."""
        if self.settings is not None and not self.settings.learn_from_scans:
            return False
        if verdict is not None and getattr(verdict, "verdict", "safe") != "safe":
            return False
        if getattr(verdict, "error", ""):
            return False
        from mailwarden.profile.record import record_from_message

        record = record_from_message(message)
        if record is None or not record.sha256:
            return False
        self._observed.append(record)
        if len(self._observed) >= 2000:
            self.flush()
        return True

    def flush(self) -> int:
        """Write messages buffered by `observe()`; returns how many were new to the profile."""
        if not self._observed:
            return 0
        from mailwarden.profile.learn import learn_records

        records, self._observed = self._observed, []
        learned = learn_records(self, records).learned
        if learned:
            newest = max((r.date for r in records if r.date is not None), default=None)
            until = self.get_meta("learned_until")
            meta: dict[str, Any] = {"messages_learned": self.seen_count()}
            if newest is not None and newest <= _utcnow() and (until is None or str(newest) > str(until)):
                meta["learned_until"] = newest
            self.set_meta(meta)
        return learned

    # -- feedback labels -------------------------------------------------------------------------
    def add_label(self, label: str, *, sha256: str = "", message_id: str = "", source: str = "",
                  attack_type: str = "", note: str = "") -> int:
        """Record what a person said a message was; returns the label's id."""
        if label not in LABELS:
            raise StoreError(f"label must be one of {', '.join(LABELS)}, not {label!r}")
        if not sha256 and not message_id:
            raise StoreError("a label needs the message's sha256 or its Message-ID")
        row = {"sha256": sha256, "message_id": message_id, "source": source[:300], "label": label,
               "attack_type": attack_type, "note": note, "created_at": _utcnow()}
        with self.engine.begin() as conn:
            result = conn.execute(LabelRow.__table__.insert().returning(LabelRow.id), row)
            return int(result.scalar_one())

    def labels(self, label: str | None = None) -> list[Label]:
        """Every recorded label (oldest first), optionally only one kind."""
        query = select(LabelRow).order_by(LabelRow.id)
        if label:
            query = query.where(LabelRow.label == label)
        with self.engine.connect() as conn:
            return [Label(r.id, r.sha256, r.message_id, r.source, r.label, r.attack_type, r.note,
                          r.created_at) for r in conn.execute(query)]

    # -- model versions ----------------------------------------------------------------------------
    def add_model_version(self, version: str, *, path: str = "", metrics: Mapping | None = None,
                          promoted: bool = False, note: str = "") -> None:
        row = {"version": version, "created_at": _utcnow(), "path": path,
               "metrics": json.dumps(dict(metrics or {}), default=str), "promoted": promoted, "note": note}
        with self.engine.begin() as conn:
            conn.execute(delete(ModelVersion).where(ModelVersion.version == version))
            conn.execute(ModelVersion.__table__.insert(), row)

    def model_versions(self) -> list[dict]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(ModelVersion).order_by(ModelVersion.created_at))
            return [{"version": r.version, "created_at": r.created_at, "path": r.path,
                     "metrics": json.loads(r.metrics or "{}"), "promoted": r.promoted, "note": r.note}
                    for r in rows]

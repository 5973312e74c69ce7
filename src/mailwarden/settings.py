"""One settings table with defaults and help text, layered defaults -> file -> environment.

The file is `<home>/settings.toml` (flat `name = value`); environment variables are `MAILWARDEN_<NAME>`.
Thresholds and policies live here; weights live in trained models and in `scoring/coldstart.toml`.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from mailwarden.errors import ConfigError


def _setting(default, help: str):  # noqa: A002 - mirrors datasette's settings table
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class Settings:
    home: str = _setting(".mailwarden", "Folder holding the store, models and settings.toml.")
    db: str = _setting("", "SQLAlchemy URL of the store; empty means SQLite in the home folder.")
    org_domains: tuple[str, ...] = _setting((), "The organization's own domains (else inferred at learn).")
    vips: tuple[str, ...] = _setting((), "Configured VIPs as 'Name <address>' or names; always win.")
    protected_domains: tuple[str, ...] = _setting((), "Extra domains to protect against lookalikes.")
    attack_threshold: float = _setting(0.80, "Score at or above which a message is an attack.")
    suspicious_threshold: float = _setting(0.45, "Score at or above which a message is suspicious.")
    spam_threshold: float = _setting(0.50, "Spam score at or above which a non-attack is spam.")
    learn_from_scans: bool = _setting(True, "Messages judged safe while scanning update the profile.")
    max_text_chars: int = _setting(200_000, "Text kept per message for detectors and models.")
    max_message_bytes: int = _setting(64 * 1024 * 1024, "Larger messages are judged on headers only.")
    max_mime_parts: int = _setting(500, "MIME parts inspected per message.")
    max_mime_depth: int = _setting(40, "MIME nesting depth inspected.")
    max_archive_members: int = _setting(200, "Archive members listed per attachment.")
    max_archive_ratio: int = _setting(100, "Compression ratio above which an archive is a bomb.")

    @classmethod
    def load(cls, home: str | Path | None = None, **overrides) -> Settings:
        home = str(home or os.environ.get("MAILWARDEN_HOME") or ".mailwarden")
        values: dict = {"home": home}
        path = Path(home) / "settings.toml"
        if path.is_file():
            try:
                values.update(tomllib.loads(path.read_text("utf-8")))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
                raise ConfigError(f"{path}: {exc}") from exc
        for f in fields(cls):
            env = os.environ.get(f"MAILWARDEN_{f.name.upper()}")
            if env is not None:
                values[f.name] = env
        values.update({k: v for k, v in overrides.items() if v is not None and v != ()})
        return replace(cls(), **{k: _coerce(cls, k, v) for k, v in values.items()})

    @property
    def db_url(self) -> str:
        return self.db or f"sqlite:///{Path(self.home) / 'mailwarden.db'}"

    @staticmethod
    def table() -> list[tuple[str, object, str]]:
        return [(f.name, f.default, f.metadata.get("help", "")) for f in fields(Settings)]


def _coerce(cls: type, name: str, value: object) -> object:
    known = {f.name: f for f in fields(cls)}
    if name not in known:
        raise ConfigError(f"unknown setting {name!r}")
    default = known[name].default
    try:
        if isinstance(default, bool):
            return value if isinstance(value, bool) else str(value).lower() in {"1", "true", "yes", "on"}
        if isinstance(default, tuple):
            if isinstance(value, str):
                return tuple(v.strip() for v in value.split(",") if v.strip())
            return tuple(value)  # type: ignore[arg-type]
        return type(default)(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"setting {name}: cannot use {value!r}: {exc}") from exc

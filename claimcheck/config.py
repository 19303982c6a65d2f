"""Project settings from ``claimcheck.toml`` or ``[tool.claimcheck]`` in ``pyproject.toml``.

A newsroom keeps its gate next to its articles::

    # claimcheck.toml (or [tool.claimcheck] in pyproject.toml)
    fail-on = ["conflict", "imprecise"]
    min-sources = 2
    format = "markdown"
    approx-tolerance = 0.1      # any field of claimcheck.settings.Settings

The file is looked for in the article's folder and then each parent folder;
for stdin, or when none is found there, from the current directory upwards.
In one folder ``claimcheck.toml`` wins over ``pyproject.toml``, and a
``pyproject.toml`` without a ``[tool.claimcheck]`` table is passed over.
Command-line flags override the file. Keys may use ``-`` or ``_``.

>>> cfg = find_config("articles/today.md")  # doctest: +SKIP
>>> cfg.settings(min_sources=3).min_sources  # a flag beats the file
3
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from claimcheck.errors import InputError
from claimcheck.settings import Settings

CONFIG_FILE = "claimcheck.toml"
PYPROJECT = "pyproject.toml"

FailOnName = Literal["conflict", "conflicts", "imprecise", "unverified", "disputed", "never"]
CheckFormat = Literal["table", "json", "markdown", "html"]
BidiName = Literal["logical", "visual"]


class Config(BaseModel):
    """What a config file says: gate and output options, and matcher settings.

    ``path`` is the file it came from (``None``: no file, all defaults).
    """

    model_config = ConfigDict(extra="forbid")

    path: Path | None = None
    fail_on: list[FailOnName] = Field(default_factory=list)
    format: CheckFormat | None = None
    bidi: BidiName | None = None
    overrides: dict[str, Any] = Field(default_factory=dict)

    def settings(self, **flags: Any) -> Settings:
        """Settings from the file, with every flag that is not ``None`` on top."""
        values = {**self.overrides, **{k: v for k, v in flags.items() if v is not None}}
        try:
            return Settings(**values)
        except ValidationError as exc:
            raise InputError(_first_error(exc), where=str(self.path or "settings")) from exc

    def gate(self, flags: Iterable[str] | None) -> list[str]:
        """The ``--fail-on`` list: the flags when any were given, else the file's."""
        flags = list(flags or [])
        return flags if flags else list(self.fail_on)


def load_config(path: str | Path) -> Config:
    """Read one config file (``claimcheck.toml`` or a ``pyproject.toml``).

    Raises:
        InputError: unreadable file, bad TOML, an unknown key or a bad value (exit 2).
    """
    path = Path(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"cannot read config: {exc.strerror}", where=str(path)) from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"config is not valid TOML: {exc}", where=str(path)) from exc
    if path.name == PYPROJECT:
        raw = raw.get("tool", {}).get("claimcheck", {})
    if not isinstance(raw, dict):
        raise InputError("[tool.claimcheck] must be a table", where=str(path))
    return _parse(raw, path)


def find_config(article: str | Path | None = None, cwd: str | Path | None = None) -> Config:
    """The config that applies to ``article`` (a path, or ``None``/``-`` for stdin).

    Searches the article's folder and its parents, then the current directory
    and its parents; returns an empty :class:`Config` when no file is found.
    """
    starts: list[Path] = []
    if article not in (None, "-"):
        starts.append(Path(article).resolve().parent)  # type: ignore[arg-type]
    starts.append(Path(cwd or Path.cwd()).resolve())
    for start in starts:
        found = _search(start)
        if found is not None:
            return load_config(found)
    return Config()


def _search(start: Path) -> Path | None:
    for folder in (start, *start.parents):
        candidate = folder / CONFIG_FILE
        if candidate.is_file():
            return candidate
        pyproject = folder / PYPROJECT
        if pyproject.is_file() and _has_tool_table(pyproject):
            return pyproject
    return None


def _has_tool_table(pyproject: Path) -> bool:
    try:
        raw = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False
    return "claimcheck" in raw.get("tool", {})


def _parse(raw: dict[str, Any], path: Path) -> Config:
    fields = set(Settings.model_fields)
    top: dict[str, Any] = {"path": path}
    overrides: dict[str, Any] = {}
    for key, value in raw.items():
        name = key.replace("-", "_")
        if name in ("fail_on", "format", "bidi"):
            top[name] = [value] if name == "fail_on" and isinstance(value, str) else value
        elif name in fields:
            overrides[name] = value
        else:
            known = ", ".join(sorted(k.replace("_", "-") for k in {*fields, "fail_on", "format"}))
            raise InputError(f"unknown key {key!r} (known: {known}, bidi)", where=str(path))
    try:
        config = Config(**top, overrides=overrides)
    except ValidationError as exc:
        raise InputError(_first_error(exc), where=str(path)) from exc
    config.settings()  # check the matcher settings now, with the file's name in the error
    return config


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    loc = ".".join(str(p) for p in err["loc"]).replace("_", "-")
    return f"{loc}: {err['msg']}" if loc else err["msg"]

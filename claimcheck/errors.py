"""claimcheck's exceptions, one tree, each with the exit code the CLI uses.

::

    ClaimcheckError                 (exit 2 unless a subclass says otherwise)
    ├── InputError                  bad input: missing, empty, binary, mis-encoded ... (exit 2)
    │   └── NoArticlesError         a folder or feed that holds no article (exit 2)
    ├── StoreError                  the DuckDB store: locked, corrupt, wrong schema (exit 3)
    └── FetchError                  the network: timeout, HTTP error, oversized page (exit 3)

Third-party errors (OSError, UnicodeDecodeError, duckdb.Error, httpx.HTTPError)
are caught at the boundary and re-raised as one of these, with the path or URL
in the message, so the CLI can print one line and exit with ``exit_code``.
"""

from __future__ import annotations


class ClaimcheckError(Exception):
    """Base of every error claimcheck raises on purpose."""

    exit_code = 2

    def __init__(self, message: str, *, where: str | None = None) -> None:
        self.where = where
        super().__init__(f"{where}: {message}" if where else message)


class InputError(ClaimcheckError):
    """An input file, folder or text that cannot be read as an article."""

    exit_code = 2


class NoArticlesError(InputError):
    """A path that was expected to hold articles but holds none."""


class StoreError(ClaimcheckError):
    """The claim store cannot be opened, read or written."""

    exit_code = 3


class FetchError(ClaimcheckError):
    """A URL that could not be fetched or did not hold an article."""

    exit_code = 3

"""Reading the data files shipped in ``sitrep.data`` (lexicons, learned tables)."""
from __future__ import annotations

from importlib import resources

__all__ = ["data_text"]


def data_text(name: str, path: str | None = None) -> str | None:
    """The text of the packaged data file ``name``, or of the file at ``path`` when one is
    given (a rebuilt table under test); None when the package ships no such file."""
    if path is not None:
        with open(path, encoding="utf-8") as fh:
            return fh.read()
    res = resources.files("sitrep.data").joinpath(name)
    return res.read_text(encoding="utf-8") if res.is_file() else None

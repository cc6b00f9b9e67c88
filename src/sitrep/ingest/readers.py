"""Read .txt, .html/.htm and .jsonl files (or stdin) into Articles, streaming.

Every document either becomes an ``Article`` or a ``Skip`` with its reason; one bad
document never stops the others. Sizes are checked before anything is read; JSONL
files are read one line at a time with a per-line byte limit.

Formats:
* ``.txt``: title on the first line, a blank line, then the story. A file whose
  second line is not blank has no title: all of it is the story.
* ``.html``/``.htm``: main text by trafilatura (page furniture dropped), title,
  date and site name from the page metadata; plain lxml text as a fallback.
* ``.jsonl``: one JSON object per line with ``text`` and optional ``title``,
  ``url``, ``published``, ``outlet`` and ``id`` (the caller's own id, kept on the
  article as ``external_id``; sitrep's ``id`` is a hash of the content).
* ``-``: standard input, read as ``.txt``, or as JSON when it starts with ``{"`` or ``[{"``:
  ``.jsonl`` (streamed as records arrive), or one JSON object or array over many lines.

A JSON Lines file may start with a UTF-16 byte order mark; a file whose first line is
no JSON and whose first bytes are binary (an archive or image renamed) is one skip, not
one per line; a file with no records at all is one skip (E001), so nothing passes
unreported. A folder that cannot be listed and an entry that cannot be read (a broken
link, a pipe) are skips with their path (E009). Anything unexpected while reading one
document becomes a skip with code E099 and the batch goes on.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import logging
import os
import re
import stat
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from sitrep.config import Options
from sitrep.errors import E, ConfigError, InputError
from sitrep.ingest import checks
from sitrep.ingest.clean import clean_text, content_hash, dateline_agency
from sitrep.model import Article, Skip

__all__ = ["read_paths", "read_path", "make_article", "parse_published", "published_date", "split_title", "count_documents", "external_id",
           "jsonl_records", "stdin_records", "JsonRecord"]

log = logging.getLogger(__name__)

MAX_TITLE_CHARS = 300
_DATE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})")
_CHUNK = 1 << 20


def published_date(value: Any) -> dt.date | None:
    """A publication date from YYYY-MM-DD, an ISO timestamp or a date; None for none.

    Raises ConfigError E011 for a value that is no date, E017 for a day that cannot be a
    publication date (``checks.published_problem``: later than tomorrow, before 1900).
    """
    if value is None or value == "":
        return None
    day: dt.date | None = None
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    elif isinstance(value, (str, int, float)) and (m := _DATE.match(str(value))):
        try:
            day = dt.date.fromisoformat(m.group(1))
        except ValueError:
            pass
    if day is None:
        raise ConfigError("E011", value=_shown(value))
    if why := checks.published_problem(day):
        raise ConfigError("E017", value=day.isoformat(), why=why)
    return day


def parse_published(value: Any, origin: str = "") -> dt.date | None:
    """The publication date of a record (``published_date``); None, with a warning, for one
    that is no date or cannot be one: the record is kept without it."""
    try:
        return published_date(value)
    except ConfigError as err:
        log.warning("%s: %s; publication date left empty", origin, err.message)
        return None


def split_title(text: str) -> tuple[str | None, str]:
    """(title, story) of a .txt document: title line, blank line, story. A one-line story and
    the newline that ends it (``echo "..." | sitrep analyze -``), or blank lines after it, has
    nothing under a title: that line is the story, not a title over an empty story."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\n").split("\n", 2)
    if len(lines) > 2 and lines[0].strip() and not lines[1].strip() and lines[2].strip() and len(lines[0]) <= MAX_TITLE_CHARS:
        return lines[0].strip(), lines[2]
    return None, "\n".join(lines)


def external_id(value: Any, origin: str = "") -> str | None:
    """The caller's id of a record as text: a string or a whole number; None (with a
    warning when something else was given)."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    log.warning("%s: the record's id (%s) is neither text nor a whole number; left out", origin, _shown(value))
    return None


def _shown(value: Any) -> Any:
    """``value`` as a message may echo it: text cut to 80 characters, a list or an object only
    described (a JSON value nested a thousand deep must not be written out, nor fail to be)."""
    if isinstance(value, str):
        return value if len(value) <= 80 else value[:77] + "..."
    if isinstance(value, (list, dict)):
        return f"{_kind(value)} of {len(value)}"
    return value


def make_article(
    story: str,
    *,
    options: Options,
    title: str | None = None,
    published: Any = None,
    outlet: str | None = None,
    url: str | None = None,
    origin: str = "text",
    external: Any = None,
) -> Article:
    """Clean and check one story and wrap it as an Article (raises InputError)."""
    if not isinstance(story, str):
        raise InputError("E016", field="text", kind=_kind(story))
    story = _no_surrogates(story, origin)
    checks.check_text(story)
    cleaned, removed = clean_text(story)
    checks.check_length(cleaned, options.max_chars)
    checks.check_not_url(cleaned)
    if options.require_english:
        checks.check_english(cleaned)
    title, outlet, url = (_text_field(value, name, origin) for name, value in (("title", title), ("outlet", outlet), ("url", url)))
    title = " ".join(title.split()) if title else None
    ext = external_id(external, origin)
    return Article(
        id=content_hash(title, cleaned),
        text=cleaned,
        title=title,
        outlet=outlet or options.outlet or dateline_agency(cleaned),
        url=url or None,
        published=parse_published(published, origin) or options.published,
        origin=origin,
        removed=removed,
        external_id=_no_surrogates(ext, origin) if ext else None,
    )


def _text_field(value: Any, name: str, origin: str) -> str | None:
    """An optional text field of a record, stripped; None, with a warning when it is no string
    (a list, a number): the record is kept without it, but not silently."""
    if value is None:
        return None
    if not isinstance(value, str):
        log.warning("%s: the record's %s is %s, not a string; left out", origin, name, _kind(value))
        return None
    return _no_surrogates(value, origin).strip() or None


def _kind(value: Any) -> str:
    """How a JSON value that should have been a string reads in an error message."""
    names = {bool: "a boolean", int: "a number", float: "a number", list: "a list", dict: "an object", type(None): "null"}
    return names.get(type(value), type(value).__name__)


def _no_surrogates(text: str, origin: str) -> str:
    fixed, n = checks.replace_surrogates(text)
    if n:
        log.warning("%s: %d unpaired surrogate code point(s) replaced by U+FFFD", origin, n)
    return fixed


def _decode(data: bytes, origin: str) -> str:
    checks.check_binary(data)
    text, warning = checks.decode(data)
    if warning:
        log.warning("%s: %s", origin, warning)
    return text


def _regular_file(path: Path) -> os.stat_result:
    """The file's status; E009 for a pipe, a device or a folder (reading one could block or mislead)."""
    st = path.stat()
    if not stat.S_ISREG(st.st_mode):
        raise InputError("E009", path=path, detail="is a folder" if stat.S_ISDIR(st.st_mode) else "not a regular file")
    return st


def _read_bytes(path: Path, limit: int) -> bytes:
    checks.check_size(_regular_file(path).st_size, limit)
    return path.read_bytes()


def _from_txt(data: bytes, origin: str, options: Options) -> Article:
    title, story = split_title(_decode(data, origin))
    return make_article(story, options=options, title=title, origin=origin)


def _lxml_text(html: str) -> str:
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError) as err:
        raise InputError("E008", detail=str(err) or type(err).__name__) from err
    for bad in root.xpath("//head|//script|//style|//nav|//header|//footer|//aside|//form|//noscript|//template"):
        bad.drop_tree()
    blocks = [" ".join(el.text_content().split()) for el in root.xpath("//p|//h1|//h2|//h3|//li|//blockquote")]
    blocks = [b for b in blocks if b]
    return "\n\n".join(blocks) if blocks else root.text_content()


def _from_html(data: bytes, origin: str, options: Options) -> Article:
    import trafilatura

    html = _decode(data, origin)
    doc = None
    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    except Exception as err:  # noqa: BLE001 - trafilatura raises many types on broken pages; we fall back
        log.warning("%s: trafilatura failed (%s: %s); using plain HTML text", origin, type(err).__name__, err)
    title = getattr(doc, "title", None) if doc is not None else None
    body = (getattr(doc, "text", None) or "") if doc is not None else ""
    if not body.strip():
        body = _lxml_text(html)
    if not body.strip():
        raise InputError("E008", detail="no text could be extracted")
    lines = [ln for ln in body.split("\n")]
    if title and lines and lines[0].strip() == title.strip():
        lines = lines[1:]  # trafilatura repeats the headline as the first line
    story = "\n\n".join(ln for ln in lines if ln.strip())
    return make_article(
        story,
        options=options,
        title=title,
        published=getattr(doc, "date", None),
        outlet=getattr(doc, "sitename", None) or getattr(doc, "hostname", None),
        url=getattr(doc, "url", None),
        origin=origin,
    )


def _read_line(fh: Any, limit: int) -> tuple[bytes, int] | None:
    """The next line (at most ``limit`` + 1 bytes kept) and its full length; None at EOF."""
    line = fh.readline(limit + 1)
    if not line:
        return None
    size = len(line)
    if size > limit and not line.endswith(b"\n"):
        while chunk := fh.readline(_CHUNK):  # drain the rest of an oversized line
            size += len(chunk)
            if chunk.endswith(b"\n"):
                break
    return line, size


def _read1(stream: Any, size: int) -> bytes:
    """Up to ``size`` bytes of what has arrived on ``stream`` (one read: a pipe's next record,
    not a wait for ``size`` bytes or the end), or b"" at its end."""
    read1 = getattr(stream, "read1", None)
    return read1(size) if read1 is not None else stream.read(size)


def _sniff(stream: Any) -> bytes:
    """The first bytes of a stream, enough to tell its kind (a byte order mark, '{"', UTF-16
    without a mark: 16 bytes), without waiting for more than has arrived beyond those."""
    head = b""
    while len(head) < 16 and (chunk := _read1(stream, checks.SNIFF_BYTES - len(head))):
        head += chunk
    return head


class _Rewound(io.RawIOBase):
    """A stream whose first bytes were read to look at them, with those bytes put back."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head, self._rest = io.BytesIO(head), rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._head.read(len(buffer)) or _read1(self._rest, len(buffer))
        buffer[: len(data)] = data
        return len(data)


class _Utf16Lines:
    """Lines of a UTF-16 or UTF-32 file as UTF-8 bytes, for ``_read_line``."""

    def __init__(self, fh: IO[bytes], encoding: str = "utf-16") -> None:
        self._text = io.TextIOWrapper(fh, encoding=encoding, errors="replace", newline="")

    def readline(self, size: int = -1) -> bytes:
        return self._text.readline(size).encode("utf-8")


@dataclass(frozen=True, slots=True)
class JsonRecord:
    """One object of a JSON Lines file, with where it was read."""

    origin: str
    line: int
    value: dict[str, Any]


def jsonl_records(path: Path, options: Options) -> Iterator[JsonRecord | Skip]:
    """The objects of a JSON Lines file, one per non-blank line, or a Skip for a line that holds none.

    Streams one line at a time, each at most ``options.max_bytes`` (E003); lines are
    decoded like files (UTF-8, UTF-16 or UTF-32, Windows-1252), so one bad line costs
    only itself. A binary file (its first line no JSON) is one E002 skip; a file with
    no records is one E001 skip. Used by ``read_path`` and by ``sitrep merge``.
    """
    with path.open("rb") as fh:
        yield from _jsonl_stream(fh, str(path), options)


def _jsonl_stream(fh: IO[bytes], path: str, options: Options) -> Iterator[JsonRecord | Skip]:
    """``jsonl_records`` of an open binary stream named ``path`` (a file, or standard input)."""
    head = _sniff(fh)
    stream = io.BufferedReader(_Rewound(head, fh))  # (standard input cannot seek back)
    wide = checks.wide_codec(head)
    utf16 = wide is not None  # (or UTF-32)
    no_bom = wide[0] if wide is not None and not wide[1] else None
    if no_bom:
        log.warning("%s: %s", path, E.E026.format(encoding=no_bom.upper()))
    lines: Any = _Utf16Lines(stream, wide[0]) if wide is not None else stream
    lineno = 0
    found = False
    pending: Skip | None = None  # the first line's skip while the whole file may be binary
    while (item := _read_line(lines, options.max_bytes)) is not None:
        raw, size = item
        lineno += 1
        origin = f"{path}:{lineno}"
        if not raw.strip():
            continue
        first, found = not found, True
        try:
            checks.check_size(size, options.max_bytes)
            value = _json_value(_decode(raw, origin), lineno)
            if not isinstance(value, dict):
                raise InputError("E006", line=lineno, detail=f"expected an object, got {_kind(value)}")
        except InputError as err:
            skip = Skip(origin=origin, reason=err.message, code=err.code)
            unreadable = err.code in ("E002", "E006")
            if first and unreadable and (not utf16 and _binary(head) or no_bom):
                pending = skip  # an image or archive renamed, or one corrupt line? the next line tells
                continue        # (bytes that only look like UTF-16 without a byte order mark too: a stored zip)
            if pending is not None and unreadable:
                why = pending.reason if no_bom and pending.code == "E002" else E.E002.format(detail="no JSON on its first lines")
                yield Skip(origin=str(path), reason=_binary(head) or why, code="E002")
                return
            if pending is not None:
                yield pending
                pending = None
            yield skip
            continue
        if pending is not None:
            yield pending
            pending = None
        yield JsonRecord(origin, lineno, value)
    if pending is not None:  # one line, and it is binary (or, read as UTF-16, one line of no JSON)
        yield pending if no_bom and pending.code != "E002" else Skip(origin=str(path), reason=pending.reason, code="E002")
    elif not found:
        yield Skip(origin=str(path), reason=E.E001, code="E001")


def _json_value(text: str, line: int | None = None) -> Any:
    """The JSON value of ``text`` (a line of a file, numbered ``line``; else a whole document
    whose error line JSON names); E006 when it is no JSON or nested too deeply to read
    ("[[[[...": one line's skip, not the end of the file)."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise InputError("E006", line=line or err.lineno, detail=err.msg) from err
    except RecursionError:
        raise InputError("E006", line=line or 1, detail="nested too deeply to read") from None


def _binary(head: bytes) -> str | None:
    """The E002 message when ``head`` (a file's first bytes) is not text, else None."""
    try:
        checks.check_binary(head)
    except InputError as err:
        return err.message
    return None


def _from_jsonl(path: Path, options: Options) -> Iterator[Article | Skip]:
    yield from _articles(jsonl_records(path, options), options)


def _articles(records: Iterator[JsonRecord | Article | Skip], options: Options) -> Iterator[Article | Skip]:
    """Articles (or skips) of JSON Lines records; an article or a skip among them passes as it is."""
    for item in records:
        if not isinstance(item, JsonRecord):
            yield item
            continue
        record = item.value
        try:
            if record.get("text") is None:
                raise InputError("E007", line=item.line)
            yield make_article(
                record["text"],
                options=options,
                title=record.get("title"),
                published=record.get("published"),
                outlet=record.get("outlet"),
                url=record.get("url"),
                origin=item.origin,
                external=record.get("id"),
            )
        except InputError as err:
            yield Skip(origin=item.origin, reason=err.message, code=err.code)
        except Exception as err:  # noqa: BLE001 - one record must not end the file
            yield _internal(item.origin, err)


def _internal(origin: str, err: Exception) -> Skip:
    """A skip for a failure nobody foresaw (a bug, logged with its traceback): the batch goes on."""
    log.error("reading %s failed", origin, exc_info=err)
    return Skip.internal(origin, err)


def read_path(path: Path, options: Options) -> Iterator[Article | Skip]:
    """Articles (or skips) of one file."""
    origin = str(path)
    try:
        suffix = checks.check_suffix(path.suffix)
        if suffix == ".jsonl":
            _regular_file(path)
            yield from _from_jsonl(path, options)
            return
        data = _read_bytes(path, options.max_bytes)
        yield (_from_html if suffix in (".html", ".htm") else _from_txt)(data, origin, options)
    except InputError as err:
        yield Skip(origin=origin, reason=err.message, code=err.code)
    except OSError as err:
        yield Skip(origin=origin, reason=E.E009.format(path=path, detail=err.strerror or str(err)), code="E009")
    except ValueError as err:  # a path with a NUL character
        yield Skip(origin=origin, reason=E.E009.format(path=path, detail=str(err)), code="E009")
    except Exception as err:  # noqa: BLE001 - one file must not end the batch
        yield _internal(origin, err)


_JSON_START = re.compile(r'\A\ufeff?\s*(?:\[\s*)?\{\s*"')  # an object, or an array of them


def stdin_records(options: Options, stdin: IO[bytes] | None = None) -> Iterator[JsonRecord | Article | Skip]:
    """Standard input as JSON records when it starts as a JSON object or an array of them does
    (``{"``, ``[{"``: no story does, and ``cat feed.jsonl | sitrep ingest -`` must not become
    one story of JSON), else as one .txt Article. JSON is JSON Lines, streamed record by record
    as they arrive, when its first line is an object; else one JSON document (``jq .`` prints
    one object over many lines), an object or an array of objects, read whole. Used by
    ``read_paths`` and by ``sitrep merge``."""
    stream = stdin if stdin is not None else sys.stdin.buffer
    try:
        head = _sniff(stream)
        wide = checks.wide_codec(head)
        if wide:  # (JSON Lines from PowerShell, say)
            if _JSON_START.match(head.decode(wide[0], errors="ignore").lstrip("\ufeff")):
                yield from _jsonl_stream(io.BufferedReader(_Rewound(head, stream)), "stdin", options)
                return
        elif _JSON_START.match(head.decode("utf-8", errors="ignore")):
            yield from _stdin_json(io.BufferedReader(_Rewound(head, stream)), options)
            return
        data = head + stream.read(max(0, options.max_bytes + 1 - len(head)))
        if len(data) > options.max_bytes:
            size = len(data)
            while chunk := stream.read(_CHUNK):
                size += len(chunk)
            checks.check_size(size, options.max_bytes)
        yield _from_txt(data, "stdin", options)
    except InputError as err:
        yield Skip(origin="stdin", reason=err.message, code=err.code)
    except OSError as err:
        yield Skip(origin="stdin", reason=E.E009.format(path="stdin", detail=err.strerror or str(err)), code="E009")
    except Exception as err:  # noqa: BLE001 - as for a file
        yield _internal("stdin", err)


def _stdin_json(stream: IO[bytes], options: Options) -> Iterator[JsonRecord | Skip]:
    """JSON Lines when the first line that is not blank is a JSON object, else one JSON
    document (an object, or an array of objects: one record each), or one E006 skip."""
    first = b""
    while (line := stream.readline(options.max_bytes + 1)) and not line.strip():
        first += line
    first += line
    try:
        lines_object = isinstance(json.loads(checks.decode(line)[0]), dict)
    except (json.JSONDecodeError, RecursionError):
        lines_object = False
    if lines_object or len(line) > options.max_bytes or not line:  # (an oversized line: the reader says so)
        yield from _jsonl_stream(io.BufferedReader(_Rewound(first, stream)), "stdin", options)
        return
    data = first + stream.read(max(0, options.max_bytes + 1 - len(first)))
    checks.check_size(len(data), options.max_bytes)
    value = _json_value(_decode(data, "stdin"))
    for i, obj in enumerate(value if isinstance(value, list) else [value], 1):
        if isinstance(obj, dict):
            yield JsonRecord(f"stdin:{i}", i, obj)
        else:
            yield Skip(origin=f"stdin:{i}", reason=E.E006.format(line=i, detail=f"expected an object, got {_kind(obj)}"), code="E006")


def _read_stdin(options: Options, stdin: IO[bytes] | None) -> Iterator[Article | Skip]:
    """Standard input (``stdin_records``): its records as articles."""
    yield from _articles(stdin_records(options, stdin), options)


def _walk(folder: Path) -> Iterator[Path | Skip]:
    """Supported files under ``folder`` (recursively, symlinked folders not followed), sorted,
    and a skip for each folder that cannot be listed: its files are not silently lost."""
    found: list[Path | Skip] = []

    def unreadable(err: OSError) -> None:
        where = err.filename or folder
        found.append(Skip(origin=str(where), reason=E.E009.format(path=where, detail=err.strerror or str(err)), code="E009"))

    for root, _dirs, names in os.walk(folder, onerror=unreadable):
        found.extend(Path(root, n) for n in names if Path(n).suffix.lower() in checks.SUPPORTED_SUFFIXES)
    if not found:
        log.warning("%s: no .txt, .html or .jsonl files in this folder", folder)
    yield from sorted(found, key=lambda x: x if isinstance(x, Path) else Path(x.origin))


def _expand(paths: Sequence[str | Path] | str | Path) -> Iterator[str | Path | Skip]:
    if isinstance(paths, (str, Path)):  # one path, not a sequence of its characters
        paths = [paths]
    for p in paths:
        try:
            folder = p != "-" and Path(p).is_dir()
        except (OSError, ValueError):  # a name too long, a NUL character: read_path says so
            folder = False
        if folder:
            yield from _walk(Path(p))
        else:
            yield p


def read_paths(
    paths: Sequence[str | Path] | str | Path, options: Options, *, stdin: IO[bytes] | None = None
) -> Iterator[Article | Skip]:
    """Stream Articles and Skips for files, folders (recursively) and ``-`` (stdin)."""
    for p in _expand(paths):
        if isinstance(p, Skip):
            yield p
        elif p == "-":
            yield from _read_stdin(options, stdin)
        else:
            yield from read_path(Path(p), options)


def count_documents(paths: Sequence[str | Path] | str | Path) -> int | None:
    """A cheap estimate of how many documents ``read_paths`` will yield (for progress bars)."""
    total = 0
    for p in _expand(paths):
        if p == "-":
            return None
        if isinstance(p, Skip):
            total += 1
            continue
        path = Path(p)
        try:
            if path.suffix.lower() != ".jsonl" or not path.is_file():
                total += 1
                continue
            with path.open("rb") as fh:
                while chunk := fh.read(_CHUNK):
                    total += chunk.count(b"\n")
        except (OSError, ValueError):
            total += 1
    return total

"""Read and validate the corpus manifest: one CSV row per document.

Columns (the data dictionary in ``data/README.md`` says more):

- ``id``: readable document id, lower case letters, digits, ``.``, ``_`` and ``-``.
- ``file``: the text file, relative to the manifest's folder and inside it.
- ``outlet``: who produced the content (NPR, AP, ...).
- ``host``: the site the text was captured from, where different from the outlet.
- ``format``: ``transcript`` or ``article``.
- ``title``, ``authors`` (``;``-separated), ``published`` (ISO date), ``published_evidence``,
  ``source_file``, ``rights``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import stat
from pathlib import Path

import pandas as pd

from newsbook.errors import CorpusError

REQUIRED_COLUMNS = ("id", "file", "outlet", "format", "title", "published")
OPTIONAL_COLUMNS = ("host", "authors", "published_evidence", "source_file", "rights")
FORMATS = ("transcript", "article")
_ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9._-]*")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


COLUMNS = (*REQUIRED_COLUMNS, *OPTIONAL_COLUMNS, "path")
"""The columns of :func:`read_manifest`'s frame, in order."""


def read_manifest(path: str | Path, *, today: dt.date | None = None) -> pd.DataFrame:
    """Read the manifest at ``path`` and check every row.

    Args:
        path: the manifest CSV.
        today: the date after which a ``published`` date is rejected as in the future.

    Returns:
        One row per document with the manifest's columns (missing optional columns filled with
        ``""``), plus ``path``, the absolute path of the text file, and ``authors`` kept as text.

    Raises:
        CorpusError: naming the manifest, the line and the field of the first problem found.
    """
    return manifest_frame(read_manifest_records(path, today=today))


def manifest_frame(records: list[dict[str, str]]) -> pd.DataFrame:
    """The frame of :func:`read_manifest` for the rows :func:`read_manifest_records` gives."""
    return pd.DataFrame.from_records(records, columns=list(COLUMNS))


def read_manifest_records(path: str | Path, *, today: dt.date | None = None) -> list[dict[str, str]]:
    """The rows of :func:`read_manifest`, as one dictionary of its columns (:data:`COLUMNS`, in
    order) a document: what a loader reads a document's row as, without a frame made and read back.

    Raises:
        CorpusError: as :func:`read_manifest`.
    """
    path = Path(path)
    today = today or dt.date.today()
    if not path.is_file():
        raise CorpusError(path, None, "manifest not found")
    data = path.read_bytes()
    if b"\x00" in data:
        raise CorpusError(path, None, "not a CSV file (binary content)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise CorpusError(path, f"line {line}", f"not UTF-8 text (byte 0x{data[exc.start]:02x}); re-save it as UTF-8") from None
    if not text.strip():
        raise CorpusError(path, None, "the manifest is empty")
    rows = _csv_rows(path, text)
    header = [name.strip() for name in rows[0][1]]
    _check_header(path, header)
    records = []
    seen: dict[str, int] = {}
    folder = path.resolve().parent
    for line_number, row in rows[1:]:
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise CorpusError(path, f"line {line_number}", f"has {len(row)} fields, the header has {len(header)}")
        record = {name: cell.strip() for name, cell in zip(header, row)}
        _check_row(path, line_number, record, today)
        if record["id"] in seen:
            raise CorpusError(
                path, f"line {line_number}, id", f"duplicate id {record['id']!r} (first on line {seen[record['id']]})"
            )
        seen[record["id"]] = line_number
        record["path"] = _text_path(path, line_number, record["file"], folder)
        records.append(record)
    if not records:
        raise CorpusError(path, None, "the manifest has a header but no documents")
    return [{column: record.get(column, "") for column in COLUMNS} for record in records]  # a missing optional column: ""


def _csv_rows(path: Path, text: str) -> list[tuple[int, list[str]]]:
    """The CSV records of ``text``, each with the line it starts on (quoted fields may span lines)."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows, line = [], 1
    try:
        for row in reader:
            rows.append((line, row))
            line = reader.line_num + 1
    except csv.Error as exc:
        raise CorpusError(path, f"line {line}", f"not readable as CSV ({exc})") from None
    return rows


def _check_header(path: Path, header: list[str]) -> None:
    known = set(REQUIRED_COLUMNS) | set(OPTIONAL_COLUMNS)
    if not known & set(header):
        raise CorpusError(
            path, "line 1", f"not a CSV manifest: the first line names none of the columns {', '.join(REQUIRED_COLUMNS)}"
        )
    for name in header:
        if name not in known:
            raise CorpusError(path, f"column {name!r}", f"unknown column; known columns: {', '.join(sorted(known))}")
    for name in REQUIRED_COLUMNS:
        if name not in header:
            raise CorpusError(path, f"column {name!r}", "required column is missing (is this a CSV manifest?)")
    duplicates = {name for name in header if header.count(name) > 1}
    if duplicates:
        raise CorpusError(path, f"column {sorted(duplicates)[0]!r}", "column appears twice")


def _check_row(path: Path, line: int, record: dict[str, str], today: dt.date) -> None:
    for name in REQUIRED_COLUMNS:
        if not record[name]:
            raise CorpusError(path, f"line {line}, {name}", "is empty")
    if not _ID_PATTERN.fullmatch(record["id"]) or ".." in record["id"]:
        raise CorpusError(
            path, f"line {line}, id", f"{record['id']!r} is not a plain id (lower-case letters, digits, '.', '_', '-')"
        )
    if record["format"] not in FORMATS:
        raise CorpusError(path, f"line {line}, format", f"{record['format']!r} is not one of: {', '.join(FORMATS)}")
    try:
        if not _ISO_DATE.fullmatch(record["published"]):
            raise ValueError(record["published"])
        published = dt.date.fromisoformat(record["published"])
    except ValueError:
        raise CorpusError(path, f"line {line}, published", f"{record['published']!r} is not an ISO date (YYYY-MM-DD)") from None
    if published > today:
        raise CorpusError(path, f"line {line}, published", f"{record['published']} is in the future")


def _plain_file_path(file: str, folder: str) -> str | None:
    """``folder``/``file`` when ``file`` names a regular file below ``folder`` (a resolved path) by
    plain names: relative, no ``..``, no symbolic link on the way. That is the path
    :func:`_checked_text_path` gives, found with one ``lstat`` a name below the folder rather than
    one a name from the root and two ``stat``s more. ``None`` otherwise: the full check decides."""
    if os.path.isabs(file) or (os.altsep and os.altsep in file):
        return None
    names = [name for name in file.split(os.sep) if name not in ("", ".")]
    if not names or ".." in names:
        return None
    path = folder
    for name in names:
        path = os.path.join(path, name)
        try:
            mode = os.lstat(path).st_mode
        except OSError:
            return None
        if stat.S_ISLNK(mode):
            return None
    return path if stat.S_ISREG(mode) else None


def _text_path(manifest: Path, line: int, file: str, folder: Path) -> str:
    """The text file's absolute path, which must lie inside ``folder``, the manifest's resolved folder:
    by plain names, one ``lstat`` a name (:func:`_plain_file_path`), else resolved from the root and
    checked (:func:`_checked_text_path`), with a clear error for a file outside the folder, missing or no file."""
    return _plain_file_path(file, str(folder)) or str(_checked_text_path(manifest, line, file, folder))


def _checked_text_path(manifest: Path, line: int, file: str, folder: Path) -> Path:
    """:func:`_text_path` the long way: the path resolved from the root, and checked."""
    candidate = (folder / file).resolve()
    if Path(file).is_absolute() or not candidate.is_relative_to(folder):
        raise CorpusError(manifest, f"line {line}, file", f"{file!r} lies outside the corpus folder {folder}")
    if candidate.is_file():  # the usual case, one look at the file system
        return candidate
    if candidate.exists():
        raise CorpusError(manifest, f"line {line}, file", f"{file!r} is not a file")
    raise CorpusError(manifest, f"line {line}, file", f"{file!r} does not exist")

"""Shared fixtures: the shipped corpus, and small corpora written on the fly."""

from __future__ import annotations

import csv
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from newsbook import Corpus, load_corpus
from newsbook.quotes import quotes_table
from newsbook.paths import BUILD_DIR, DEFAULT_MANIFEST, REPO_ROOT

MANIFEST_FIELDS = ["id", "file", "outlet", "host", "format", "title", "authors", "published", "published_evidence", "rights"]


@pytest.fixture(scope="session")
def corpus() -> Corpus:
    """The shipped corpus, parsed once for the whole session."""
    return load_corpus(DEFAULT_MANIFEST)


@pytest.fixture
def make_corpus(tmp_path: Path) -> Callable[..., Path]:
    """Write texts and a manifest into a temporary folder; return the manifest path.

    Call it as ``make_corpus({"doc-a": "text ..."}, format="article", outlet="AP")``; any
    keyword becomes a manifest column for every row, ``rows={...}`` overrides per document.
    """

    def make(texts: dict[str, str | bytes], *, rows: dict[str, dict[str, str]] | None = None, **columns: str) -> Path:
        folder = tmp_path / "corpus"
        folder.mkdir(exist_ok=True)
        records = []
        for doc_id, text in texts.items():
            path = folder / f"{doc_id}.txt"
            path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
            record = {
                "id": doc_id, "file": f"{doc_id}.txt", "outlet": "Test Wire", "host": "", "format": "article",
                "title": f"Title of {doc_id}", "authors": "", "published": "2022-01-08",
                "published_evidence": "", "rights": "test",
            }
            record.update(columns)
            record.update((rows or {}).get(doc_id, {}))
            records.append(record)
        manifest = folder / "corpus.csv"
        with manifest.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(records[0]) if records else MANIFEST_FIELDS)
            writer.writeheader()
            writer.writerows(records)
        return manifest

    return make


@pytest.fixture
def statements(make_corpus):
    """``statements(text, format=...)`` -> the quotation table of a one-document corpus."""

    def run(text: str, **columns: str) -> pd.DataFrame:
        corpus = load_corpus(make_corpus({"doc": text}, **columns))
        table = quotes_table(corpus)
        for row in table.itertuples():
            assert corpus["doc"].text[row.start:row.end] == row.text
        return table

    return run


@pytest.fixture(scope="session")
def built_book() -> Path:
    """Build the book as `make book` does (incrementally, into _build/); the HTML folder."""
    result = subprocess.run([sys.executable, "-m", "newsbook", "book"], capture_output=True, text=True, cwd=REPO_ROOT, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    return (BUILD_DIR / "html").resolve()


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT

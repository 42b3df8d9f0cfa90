"""The command line: one-line errors with exit status 2, no traceback, nothing written to data/."""

from __future__ import annotations

import subprocess
import sys

import pytest


def run_cli(*args: str, cwd=None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newsbook", *args], capture_output=True, text=True, cwd=cwd, check=False)


def test_check_shipped_corpus():
    result = run_cli("check")
    assert result.returncode == 0
    assert "5 documents" in result.stdout and result.stdout.strip().endswith("OK")


def test_export_writes_the_foundation_tables(tmp_path):
    result = run_cli("export", str(tmp_path))
    assert result.returncode == 0, result.stderr
    for name, header in [
        ("documents.csv", "doc_id,outlet,host,format,published,title,authors,words,sentences"),
        ("paragraphs.csv", "doc_id,paragraph,start,end,text,speaker,chrome"),
        ("sentences.csv", "doc_id,sentence,paragraph,start,end,text"),
    ]:
        assert (tmp_path / name).read_text(encoding="utf-8").startswith(header)


def test_export_refuses_the_data_folder(repo_root):
    result = run_cli("export", str(repo_root / "data" / "out"))
    assert result.returncode == 2
    assert not (repo_root / "data" / "out").exists()


@pytest.mark.parametrize(
    ("texts", "rows", "expected"),
    [
        ({"doc-a": b""}, {}, "doc-a.txt: text: is empty"),
        ({"doc-a": b"\xff\xfe bad"}, {}, "doc-a.txt: text: is not UTF-8"),
        ({"doc-a": "Text."}, {"doc-a": {"published": "yesterday"}}, "line 2, published"),
    ],
)
def test_bad_input_is_one_line(make_corpus, texts, rows, expected):
    manifest = make_corpus(texts, rows=rows)
    result = run_cli("--manifest", str(manifest), "check")
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0]
    assert "Traceback" not in result.stderr


def test_unknown_chapter_parameter_is_refused():
    result = run_cli("run", "corpus", "-p", "colour", "red")
    assert result.returncode == 2
    assert "parameter 'colour': unknown parameter" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_wrongly_typed_chapter_parameter_is_refused():
    result = run_cli("run", "corpus", "-p", "manifest", "[1, 2]")
    assert result.returncode == 2
    assert "parameter 'manifest': expects str" in result.stderr


def test_unknown_chapter():
    result = run_cli("run", "nonexistent")
    assert result.returncode == 2
    assert "no such chapter" in result.stderr

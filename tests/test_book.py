"""The whole book builds from the shipped corpus and every chapter page exists."""

from __future__ import annotations

import subprocess
import sys

import pytest

from newsbook.build import toc_chapters
from newsbook.paths import REPO_ROOT

pytestmark = pytest.mark.slow


def test_every_chapter_page_exists(built_book):
    for chapter in toc_chapters():
        page = built_book / f"{chapter}.html"
        assert page.is_file(), page
        assert "Traceback" not in page.read_text(encoding="utf-8")


def test_landing_sources_and_references(built_book, corpus):
    assert (built_book / "index.html").is_file()
    for doc in corpus:
        page = (built_book / "sources" / f"{doc.doc_id}.html").read_text(encoding="utf-8")
        assert 'id="p-0"' in page
    references = (built_book / "references.html").read_text(encoding="utf-8")
    assert "Maynes" in references and "Napper" in references


def test_downloads_are_published(built_book):
    for name in ["documents.csv", "paragraphs.csv", "sentences.csv"]:
        assert (built_book / "downloads" / name).is_file()


def test_rebuild_with_nothing_changed_executes_nothing(built_book):
    result = subprocess.run([sys.executable, "-m", "newsbook", "book"], capture_output=True, text=True, cwd=REPO_ROOT, check=False)
    assert result.returncode == 0
    assert "executed in" not in result.stdout
    assert "up to date" in result.stdout


def test_build_leaves_sources_untouched(built_book):
    status = subprocess.run(["git", "status", "--porcelain", "--", "chapters", "data"], capture_output=True, text=True,
                            cwd=REPO_ROOT, check=False)
    if status.returncode != 0:
        pytest.skip("not a git checkout")
    assert status.stdout == ""

"""A build that succeeds is the same build every time.

Two clean builds of the shipped corpus into separate temporary folders (shared with
``tests/test_no_network.py``) must produce byte-identical exported CSV files and figures, and
HTML that differs in nothing but what Sphinx stamps by design. Those stamps are listed in
:data:`SPHINX_STAMPS`; with ``SOURCE_DATE_EPOCH`` and ``PYTHONHASHSEED`` pinned by the build there
are none left today, so the pages are compared byte for byte after removing them.
"""

from __future__ import annotations

import difflib
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from buildkit import shared_build, tree_digest

from newsbook.paths import REPO_ROOT

SPHINX_STAMPS: list[re.Pattern[str]] = [
    re.compile(r"Last updated on [^<\n]*"),  # html_last_updated_fmt, if a configuration turns it on
]
"""What Sphinx writes differently on each run by design (none while the build pins the date)."""
FIGURE_SUFFIXES = {".png", ".svg", ".jpg", ".jpeg", ".gif", ".pdf"}


@pytest.fixture(scope="module")
def two_builds():
    first, second = shared_build("clean-a"), shared_build("clean-b")
    for build in (first, second):
        assert build.result.returncode == 0, build.result.stdout + build.result.stderr
    return first, second


def relative_digest(folder: Path, keep) -> dict[str, str]:
    return {str(Path(path).relative_to(folder)): digest for path, digest in tree_digest(folder).items() if keep(Path(path))}


@pytest.mark.slow
def test_exported_csv_files_are_byte_identical(two_builds):
    first, second = (relative_digest(b.html / "downloads", lambda p: p.suffix == ".csv") for b in two_builds)
    assert first, "no CSV downloads in the book"
    assert first == second


@pytest.mark.slow
def test_figures_are_byte_identical(two_builds):
    first, second = (relative_digest(b.html, lambda p: p.suffix.lower() in FIGURE_SUFFIXES and "_static" not in p.parts)
                     for b in two_builds)
    assert first, "no figures in the book"
    assert first == second


@pytest.mark.slow
def test_figures_carry_no_version_or_time_stamp(two_builds):
    images = sorted(two_builds[0].html.joinpath("_images").glob("*.svg"))
    assert images, "the chapters' figures are SVG"
    for image in images:
        data = image.read_bytes()
        assert b"Matplotlib v" not in data and b"<dc:date>" not in data, image.name
        assert not re.search(rb'id="[a-z][0-9a-f]{10}"', data), image.name  # ids renumbered, not hashed from floats
    for image in two_builds[0].html.joinpath("_images").glob("*.png"):
        data = image.read_bytes()
        assert b"Software" not in data and b"tIME" not in data, image.name


def unstamped(text: str) -> str:
    for pattern in SPHINX_STAMPS:
        text = pattern.sub("", text)
    return text


@pytest.mark.slow
def test_html_differs_only_in_sphinx_stamps(two_builds):
    first, second = (b.html for b in two_builds)
    names = sorted(str(p.relative_to(first)) for p in first.rglob("*") if p.is_file())
    assert names == sorted(str(p.relative_to(second)) for p in second.rglob("*") if p.is_file())
    differences = []
    for name in names:
        a, b = (first / name).read_bytes(), (second / name).read_bytes()
        if a == b:
            continue
        if name.endswith((".html", ".js", ".txt", ".ipynb", ".md")):
            a_text, b_text = unstamped(a.decode("utf-8")), unstamped(b.decode("utf-8"))
            if a_text == b_text:
                continue
            diff = difflib.unified_diff(a_text.splitlines(), b_text.splitlines(), lineterm="", n=0)
            differences.append(f"{name}:\n" + "\n".join(list(diff)[:12]))
        else:
            differences.append(f"{name}: binary content differs")
    assert not differences, "\n\n".join(differences)


@pytest.mark.slow
def test_staged_notebooks_carry_no_timestamps_or_paths(two_builds):
    for notebook in sorted((two_builds[0].build_dir / "src" / "chapters").glob("*.ipynb")):
        text = notebook.read_text(encoding="utf-8")
        assert "start_time" not in text and "iopub.execute_input" not in text, notebook.name
        assert str(two_builds[0].build_dir) not in text, notebook.name


def test_exports_do_not_depend_on_the_hash_seed(tmp_path):
    """Set and dict order must not leak into the tables: export with two hash seeds, compare."""
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"seed-{seed}"
        result = subprocess.run([sys.executable, "-m", "newsbook", "export", str(out)], capture_output=True, text=True,
                                cwd=REPO_ROOT, env={**os.environ, "PYTHONHASHSEED": seed}, check=False)
        assert result.returncode == 0, result.stderr
        outputs.append(relative_digest(out, lambda p: True))
    assert outputs[0] and outputs[0] == outputs[1]

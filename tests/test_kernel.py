"""A warm kernel runs chapter after chapter, each as if the kernel had just started."""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
import pytest

from newsbook.build import execute_chapter

pytestmark = pytest.mark.slow


def _notebook(path: Path, *sources: str) -> str:
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(s) for s in sources])
    notebook.metadata["kernelspec"] = {"name": "python3", "language": "python", "display_name": "Python 3"}
    nbformat.write(notebook, path)
    return str(path)


def test_second_chapter_starts_fresh(tmp_path: Path) -> None:
    first = _notebook(tmp_path / "first.ipynb",
                      "import matplotlib\nmatplotlib.rcParams['font.size'] = 31\nleft_over = 1", "2 + 2")
    second = _notebook(tmp_path / "second.ipynb",
                       "import matplotlib\nprint('left_over' in dir(), matplotlib.rcParams['font.size'])")
    for source in (first, second):
        result = execute_chapter(source, source.replace(".ipynb", ".out.ipynb"), {}, str(tmp_path), str(tmp_path))
        assert "error" not in result, result
    executed = json.loads((tmp_path / "second.out.ipynb").read_text())
    cell = executed["cells"][0]
    assert cell["execution_count"] == 1
    assert "".join(cell["outputs"][0]["text"]) == "False 10.0\n"  # the first chapter's name and font size are gone


def test_failing_chapter_leaves_the_kernel_usable(tmp_path: Path) -> None:
    failing = _notebook(tmp_path / "fails.ipynb", "x = 1", "raise ValueError('on purpose')")
    working = _notebook(tmp_path / "works.ipynb", "print(6 * 7)")
    failed = execute_chapter(failing, str(tmp_path / "fails.out.ipynb"), {}, str(tmp_path), str(tmp_path))
    assert failed["ename"] == "ValueError" and "(In [2])" in str(failed["error"])
    assert "error" not in execute_chapter(working, str(tmp_path / "works.out.ipynb"), {}, str(tmp_path), str(tmp_path))

"""Every chapter executes with papermill, and a chapter can be rerun with other parameters."""

from __future__ import annotations

import json

import papermill
import pytest

from newsbook.build import toc_chapters
from newsbook.kernel import IPCKernelManager
from newsbook.paths import REPO_ROOT

pytestmark = pytest.mark.slow


def test_source_notebooks_carry_no_outputs():
    for path in sorted((REPO_ROOT / "chapters").glob("*.ipynb")):
        notebook = json.loads(path.read_text(encoding="utf-8"))
        for cell in notebook["cells"]:
            if cell["cell_type"] == "code":
                assert not cell["outputs"] and cell["execution_count"] is None, path.name
        tagged = [c for c in notebook["cells"] if "parameters" in c.get("metadata", {}).get("tags", [])]
        assert len(tagged) == 1, f"{path.name} needs exactly one parameters cell"


@pytest.mark.parametrize("chapter", toc_chapters())
def test_chapter_executes(chapter, tmp_path):
    output = tmp_path / "out.ipynb"
    papermill.execute_notebook(str(REPO_ROOT / f"{chapter}.ipynb"), str(output), cwd=str(REPO_ROOT),
                               kernel_name="python3", progress_bar=False, kernel_manager_class=IPCKernelManager)
    executed = json.loads(output.read_text(encoding="utf-8"))
    errors = [o for c in executed["cells"] if c["cell_type"] == "code" for o in c["outputs"] if o["output_type"] == "error"]
    assert not errors


def test_corpus_chapter_on_another_corpus(make_corpus, tmp_path):
    manifest = make_corpus(
        {"wire-1": "A title\n\nThe minister said the troops would leave soon. Nobody believed him.\n",
         "wire-2": "Another\n\nProtests spread to the capital on Tuesday. Police detained dozens.\n"},
        rows={"wire-2": {"outlet": "Other Wire", "published": "2022-01-11"}},
    )
    output = tmp_path / "corpus.ipynb"
    papermill.execute_notebook(str(REPO_ROOT / "chapters" / "corpus.ipynb"), str(output), cwd=str(REPO_ROOT),
                               parameters={"manifest": str(manifest)}, kernel_name="python3", progress_bar=False, kernel_manager_class=IPCKernelManager)
    text = output.read_text(encoding="utf-8")
    assert "wire-1" in text and "Other Wire" in text
    assert "npr-2022-01-08-kelemen" not in text

"""The "Who says Russia will leave" chapter on another corpus and with a reader's own topic."""

from __future__ import annotations

import json

import papermill
import pytest

from newsbook.kernel import IPCKernelManager
from newsbook.paths import REPO_ROOT

pytestmark = pytest.mark.slow


def test_chapter_on_another_corpus_and_topic(make_corpus, tmp_path):
    manifest = make_corpus(
        {"wire-1": "A title\n\n“New sanctions will follow soon,” said Foreign Minister Anna Berg.\n",
         "wire-2": "Another\n\nNobody was quoted here. Police detained dozens.\n"},
        rows={"wire-2": {"outlet": "Other Wire", "published": "2022-01-11"}},
    )
    output = tmp_path / "out.ipynb"
    papermill.execute_notebook(
        str(REPO_ROOT / "chapters" / "who-says-russia-will-leave.ipynb"), str(output), cwd=str(REPO_ROOT),
        parameters={"manifest": str(manifest), "topic_terms": ["sanction"], "context_terms": [], "min_quotes": 1},
        kernel_name="python3", progress_bar=False, kernel_manager_class=IPCKernelManager)
    text = output.read_text(encoding="utf-8")
    assert "Anna Berg" in text and "not measured on it" in text
    cells = json.loads(text)["cells"]
    assert not [o for c in cells if c["cell_type"] == "code" for o in c["outputs"] if o["output_type"] == "error"]

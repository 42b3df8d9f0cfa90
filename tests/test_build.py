"""Compiling a staged book: a change to static files alone reaches the HTML."""

from __future__ import annotations

from pathlib import Path

from newsbook.build import run_jupyter_book


def _tiny_book(src: Path, css: str) -> None:
    (src / "_static").mkdir(parents=True, exist_ok=True)
    (src / "conf.py").write_text('html_static_path = ["_static"]\nhtml_css_files = ["book.css"]\n', encoding="utf-8")
    (src / "index.rst").write_text("Title\n=====\n\nText.\n", encoding="utf-8")
    (src / "_static" / "book.css").write_text(css, encoding="utf-8")


def test_write_all_copies_changed_static_files(tmp_path: Path) -> None:
    src, out = tmp_path / "src", tmp_path / "out"
    _tiny_book(src, "p { color: red; }")
    assert run_jupyter_book(src, out).returncode == 0
    copied = out / "_build" / "html" / "_static" / "book.css"
    assert copied.read_text() == "p { color: red; }"
    (src / "_static" / "book.css").write_text("p { color: blue; }", encoding="utf-8")
    run_jupyter_book(src, out)
    assert copied.read_text() == "p { color: red; }"  # Sphinx alone: nothing out of date, nothing copied
    assert run_jupyter_book(src, out, write_all=True).returncode == 0
    assert copied.read_text() == "p { color: blue; }"

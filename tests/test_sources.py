"""The Sources appendix: the list of documents on its landing page, generated from the manifest."""

from __future__ import annotations

from newsbook import load_corpus
from newsbook.sources import LIST_FILE, OWN_SITE, md_escape, source_list, write_source_pages


def test_the_list_names_every_document_and_links_its_page(corpus):
    listing = source_list(corpus)
    lines = [line for line in listing.splitlines() if line.startswith("|")]
    assert lines[0] == "| Outlet | Title | Published | Captured from |"
    assert len(lines) == 2 + len(corpus)
    for doc in corpus:
        assert f"](../sources/{doc.doc_id}.md)" in listing
    assert "Nation World News" in listing and md_escape(OWN_SITE) in listing
    assert "[" + md_escape("[Michele Kelemen on the U.S.") in listing  # a supplied title keeps its brackets


def test_corpus_text_in_the_list_is_escaped(make_corpus, tmp_path):
    manifest = make_corpus({"doc-a": "A text.\n"}, title="A | pipe <b>{eval}`1`</b>", host="Site *x*")
    listing = source_list(load_corpus(manifest))
    row = [line for line in listing.splitlines() if line.startswith("|")][2]
    assert row.count(" | ") == 3  # the title's pipe does not open a column
    assert r"\<b\>" in row and r"\`1\`" in row and r"Site \*x\*" in row


def test_written_beside_the_pages_and_not_a_page(corpus, tmp_path):
    pages = write_source_pages(corpus, tmp_path)
    assert (tmp_path / LIST_FILE).is_file() and not LIST_FILE.endswith(".md")
    assert sorted(p.name for p in pages) == sorted(f"{d.doc_id}.md" for d in corpus)

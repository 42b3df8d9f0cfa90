"""Manifest validation: every problem is one CorpusError naming the file, line and field."""

from __future__ import annotations

import datetime as dt

import pytest

from newsbook.errors import CorpusError
from newsbook.manifest import read_manifest
from newsbook.paths import DEFAULT_MANIFEST


def test_shipped_manifest_is_valid():
    frame = read_manifest(DEFAULT_MANIFEST)
    assert len(frame) == 5
    assert set(frame["outlet"]) == {"NPR", "The Conversation", "AP", "VOA"}
    assert set(frame["format"]) == {"transcript", "article"}


def test_shipped_texts_are_byte_identical_to_shared_corpus(repo_root):
    shared = repo_root.parent / "shared" / "corpus"
    if not shared.is_dir():
        pytest.skip("../shared/corpus is not beside this checkout")
    frame = read_manifest(DEFAULT_MANIFEST)
    for row in frame.itertuples():
        assert (shared / row.source_file).read_bytes() == open(row.path, "rb").read(), row.id


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"published": "2022-13-01"}, "line 2, published", "not an ISO date"),
        ({"published": "08/01/2022"}, "line 2, published", "not an ISO date"),
        ({"published": "2999-01-01"}, "line 2, published", "in the future"),
        ({"format": "podcast"}, "line 2, format", "not one of"),
        ({"id": "../escape"}, "line 2, id", "not a plain id"),
        ({"id": "a/b"}, "line 2, id", "not a plain id"),
        ({"file": "../outside.txt"}, "line 2, file", "outside the corpus folder"),
        ({"file": "missing.txt"}, "line 2, file", "does not exist"),
        ({"outlet": ""}, "line 2, outlet", "is empty"),
    ],
)
def test_bad_rows_name_line_and_field(make_corpus, change, field, message):
    manifest = make_corpus({"doc-a": "Some text here."}, rows={"doc-a": change})
    with pytest.raises(CorpusError) as caught:
        read_manifest(manifest, today=dt.date(2026, 1, 1))
    assert caught.value.field == field
    assert message in str(caught.value)
    assert str(manifest) in str(caught.value)
    assert "\n" not in str(caught.value)


def test_duplicate_id_names_both_lines(make_corpus):
    manifest = make_corpus({"doc-a": "One.", "doc-b": "Two."}, rows={"doc-b": {"id": "doc-a", "file": "doc-b.txt"}})
    with pytest.raises(CorpusError, match=r"line 3, id: duplicate id 'doc-a' \(first on line 2\)"):
        read_manifest(manifest)


def test_unknown_column_is_named(make_corpus):
    manifest = make_corpus({"doc-a": "Text."}, colour="red")
    with pytest.raises(CorpusError, match="column 'colour': unknown column"):
        read_manifest(manifest)


def test_missing_required_column(tmp_path):
    manifest = tmp_path / "m.csv"
    manifest.write_text("id,file,outlet\nx,x.txt,AP\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="column 'format': required column is missing"):
        read_manifest(manifest)


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "the manifest is empty"), (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"), (b"\xff\xfe\x00a", "binary"),
     (b"id,file,outlet,format,title,published\n", "no documents"), (b"\xe9t\xe9", "not UTF-8")],
)
def test_unreadable_manifests(tmp_path, content, message):
    manifest = tmp_path / "m.csv"
    manifest.write_bytes(content)
    with pytest.raises(CorpusError, match=message):
        read_manifest(manifest)


def test_missing_manifest(tmp_path):
    with pytest.raises(CorpusError, match="manifest not found"):
        read_manifest(tmp_path / "nope.csv")


def test_plain_file_path_is_the_resolved_path_or_none(tmp_path):
    """The quick path for plain names gives what the full resolution gives, and steps aside (None)
    for every name it does not handle: '..', absolute, a link, a folder, a missing file."""
    from pathlib import Path

    from newsbook.manifest import _checked_text_path, _plain_file_path

    folder = (tmp_path / "corpus").resolve()
    (folder / "texts" / "sub").mkdir(parents=True)
    for name in ("a.txt", "texts/b.txt", "texts/sub/c.txt"):
        (folder / name).write_text("x", encoding="utf-8")
    (folder / "link.txt").symlink_to(folder / "a.txt")
    (folder / "texts" / "linked").symlink_to(folder / "texts" / "sub")
    plain = ["a.txt", "./a.txt", "texts//b.txt", "texts/./sub/c.txt", "texts/b.txt/", "texts/sub/c.txt"]
    for file in plain:
        assert _plain_file_path(file, str(folder)) == str(_checked_text_path(Path("m.csv"), 2, file, folder)), file
    others = ["link.txt", "texts/linked/c.txt", "texts/../a.txt", "../corpus/a.txt", str(folder / "a.txt"),
              "texts", "missing.txt", "a.txt/b.txt", ".", ""]
    for file in others:
        assert _plain_file_path(file, str(folder)) is None, file

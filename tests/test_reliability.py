"""Bad input, table-driven: every case ends with one line naming the file and the line or field,
a non-zero exit status, no traceback, and nothing written into ``data/`` or ``chapters/`` (nor into
the user's own corpus folder).

Every case runs the real command line, ``python -m newsbook ...``, in a subprocess. The cases
whose check happens inside a chapter's kernel (an empty term list, an outlet not in the corpus,
an empty date window) are marked slow; they skip, naming the missing file, while the chapter
they need does not exist yet.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from buildkit import SOURCE_TREES, changed, run_cli, tree_digest

from newsbook.chapters import chapter_parameters
from newsbook.paths import REPO_ROOT

FIELDS = ["id", "file", "outlet", "host", "format", "title", "authors", "published", "published_evidence", "rights"]
GOOD_TEXT = "Kazakhstan asks for help\n\nTroops arrived in Almaty on Thursday, officials said.\n"


def write_corpus(
    folder: Path,
    texts: dict[str, bytes] | None = None,
    *,
    rows: list[dict[str, str]] | None = None,
    header: list[str] | None = None,
    raw: bytes | None = None,
) -> Path:
    """A corpus folder with ``texts`` (file name: bytes) and a manifest; returns the manifest path.

    ``rows`` default to one good row per text; ``header`` overrides the columns; ``raw`` replaces
    the whole manifest with these bytes.
    """
    folder.mkdir(parents=True, exist_ok=True)
    texts = {"doc-a.txt": GOOD_TEXT.encode()} if texts is None else texts
    for name, data in texts.items():
        (folder / name).write_bytes(data)
    manifest = folder / "corpus.csv"
    if raw is not None:
        manifest.write_bytes(raw)
        return manifest
    if rows is None:
        rows = [row(id=Path(name).stem, file=name) for name in texts]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=header or FIELDS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    manifest.write_text(buffer.getvalue(), encoding="utf-8")
    return manifest


def row(**changes: str) -> dict[str, str]:
    """A good manifest row with ``changes``."""
    base = {"id": "doc-a", "file": "doc-a.txt", "outlet": "Test Wire", "host": "", "format": "article",
            "title": "A title", "authors": "A. Writer", "published": "2022-01-08", "published_evidence": "",
            "rights": "test"}
    return {**base, **changes}


def manifest_case(rows: list[dict[str, str]] | None = None, texts: dict[str, bytes] | None = None,
                  header: list[str] | None = None, raw: bytes | None = None) -> Callable[[Path], tuple[list, str]]:
    """A ``check`` of a corpus written by :func:`write_corpus`; the message must name the manifest."""

    def setup(tmp: Path) -> tuple[list, str]:
        manifest = write_corpus(tmp / "corpus", texts, rows=rows, header=header, raw=raw)
        return ["--manifest", manifest, "check"], "corpus.csv"

    return setup


def text_case(data: bytes) -> Callable[[Path], tuple[list, str]]:
    """A ``check`` of a one-document corpus whose text file holds ``data``; the message names the text."""

    def setup(tmp: Path) -> tuple[list, str]:
        manifest = write_corpus(tmp / "corpus", {"doc-a.txt": data})
        return ["--manifest", manifest, "check"], "doc-a.txt"

    return setup


def symlink_outside(tmp: Path) -> tuple[list, str]:
    outside = tmp / "elsewhere.txt"
    outside.write_text(GOOD_TEXT, encoding="utf-8")
    manifest = write_corpus(tmp / "corpus", {}, rows=[row(file="link.txt")])
    (tmp / "corpus" / "link.txt").symlink_to(outside)
    return ["--manifest", manifest, "check"], "corpus.csv"


def folder_as_file(tmp: Path) -> tuple[list, str]:
    manifest = write_corpus(tmp / "corpus", {}, rows=[row(file="sub")])
    (tmp / "corpus" / "sub").mkdir()
    return ["--manifest", manifest, "check"], "corpus.csv"


def missing_manifest(tmp: Path) -> tuple[list, str]:
    return ["--manifest", tmp / "nowhere" / "corpus.csv", "check"], "nowhere/corpus.csv"


def command(*args: object, names: str) -> Callable[[Path], tuple[list, str]]:
    """Any command line; ``{tmp}`` in an argument is the case's temporary folder."""

    def setup(tmp: Path) -> tuple[list, str]:
        return [str(a).replace("{tmp}", str(tmp)) for a in args], names

    return setup


def book_root(config: bool = True, toc: str = "format: jb-book\nroot: intro\n") -> Callable[[Path], tuple[list, str]]:
    """``book --root`` on a folder with (or without) ``_config.yml`` and the given ``_toc.yml``."""

    def setup(tmp: Path) -> tuple[list, str]:
        root = tmp / "book"
        root.mkdir()
        if config:
            (root / "_config.yml").write_text("title: test\n", encoding="utf-8")
        (root / "_toc.yml").write_text(toc, encoding="utf-8")
        return ["--build-dir", tmp / "build", "book", "--root", root], "_toc.yml" if config else "_config.yml"

    return setup


HEADER = ",".join(FIELDS).encode()
LATIN1_TITLE = HEADER + b"\ndoc-a,doc-a.txt,Test Wire,,article,Caf\xe9 talk,,2022-01-08,,test\n"

CASES = [
    # the manifest
    pytest.param(missing_manifest, ["manifest not found"], id="manifest-missing"),
    pytest.param(manifest_case(raw=b""), ["the manifest is empty"], id="manifest-empty"),
    pytest.param(manifest_case(raw=b"\n \r\n\t\n"), ["the manifest is empty"], id="manifest-blank-lines"),
    pytest.param(manifest_case(raw=b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), ["not a CSV file"], id="manifest-binary"),
    pytest.param(manifest_case(raw=b'{"id": "doc-a", "file": "doc-a.txt"}\n'), ["line 1", "not a CSV manifest"],
                 id="manifest-json"),
    pytest.param(manifest_case(raw=b"<html><body><table><tr><td>id</td></tr></table></body></html>\n"),
                 ["line 1", "not a CSV manifest"], id="manifest-html"),
    pytest.param(manifest_case(raw=LATIN1_TITLE), ["line 2", "not UTF-8 text (byte 0xe9)"], id="manifest-latin1"),
    pytest.param(manifest_case(header=[f for f in FIELDS if f != "published"]),
                 ["column 'published'", "required column is missing"], id="manifest-missing-column"),
    pytest.param(manifest_case(header=[*FIELDS, "colour"]), ["column 'colour'", "unknown column"],
                 id="manifest-unknown-column"),
    pytest.param(manifest_case(raw=HEADER + b",title\ndoc-a,doc-a.txt,W,,article,T,,2022-01-08,,r,T2\n"),
                 ["column 'title'", "appears twice"], id="manifest-duplicate-column"),
    pytest.param(manifest_case(raw=HEADER + b"\ndoc-a,doc-a.txt,Test Wire\n"), ["line 2", "has 3 fields"],
                 id="manifest-short-row"),
    pytest.param(manifest_case(raw=HEADER + b'\ndoc-a,doc-a.txt,"Test Wire,,article,T,,2022-01-08,,r\n'),
                 ["line 2", "not readable as CSV"], id="manifest-unclosed-quote"),
    pytest.param(manifest_case(rows=[row(), row(title="Again")]), ["line 3, id", "duplicate id 'doc-a'", "line 2"],
                 id="manifest-duplicate-id"),
    pytest.param(manifest_case(rows=[row(id="news/doc-a")]), ["line 2, id", "not a plain id"], id="id-slash"),
    pytest.param(manifest_case(rows=[row(id="news\\doc-a")]), ["line 2, id", "not a plain id"], id="id-backslash"),
    pytest.param(manifest_case(rows=[row(id="doc..a")]), ["line 2, id", "not a plain id"], id="id-dot-dot"),
    pytest.param(manifest_case(rows=[row(id="")]), ["line 2, id", "is empty"], id="id-empty"),
    pytest.param(manifest_case(rows=[row(file="../doc-a.txt")]), ["line 2, file", "outside the corpus folder"],
                 id="file-parent-folder"),
    pytest.param(manifest_case(rows=[row(file="/etc/hostname")]), ["line 2, file", "outside the corpus folder"],
                 id="file-absolute"),
    pytest.param(symlink_outside, ["line 2, file", "outside the corpus folder"], id="file-symlink-outside"),
    pytest.param(manifest_case(rows=[row(file="missing.txt")]), ["line 2, file", "does not exist"], id="file-missing"),
    pytest.param(folder_as_file, ["line 2, file", "is not a file"], id="file-is-a-folder"),
    pytest.param(manifest_case(rows=[row(published="2022-02-30")]), ["line 2, published", "not an ISO date"],
                 id="date-impossible"),
    pytest.param(manifest_case(rows=[row(published="January 8, 2022")]), ["line 2, published", "not an ISO date"],
                 id="date-in-words"),
    pytest.param(manifest_case(rows=[row(published="2022-W01-6")]), ["line 2, published", "not an ISO date"],
                 id="date-iso-week"),
    pytest.param(manifest_case(rows=[row(published="2999-01-01")]), ["line 2, published", "in the future"],
                 id="date-future"),
    pytest.param(manifest_case(rows=[row(format="podcast")]), ["line 2, format", "not one of: transcript, article"],
                 id="format-unknown"),
    pytest.param(manifest_case(rows=[row(title="  ")]), ["line 2, title", "is empty"], id="title-empty"),
    # the texts
    pytest.param(text_case(b""), ["text", "is empty or only white space"], id="text-empty"),
    pytest.param(text_case(b" \n\t\r\n\xc2\xa0\n\n"), ["text", "is empty or only white space"], id="text-whitespace"),
    pytest.param(text_case(b"\xef\xbb\xbf\xe2\x80\x8b\r\n"), ["text", "is empty or only white space"],
                 id="text-bom-and-invisible-only"),
    pytest.param(text_case("Caf\u00e9 talks\n\nOn line three: na\u00efve.\n".encode("latin-1")),
                 ["text", "is not UTF-8", "byte 0xe9 on line 1"], id="text-latin1"),
    pytest.param(text_case(GOOD_TEXT.encode("utf-16")), ["text", "is UTF-16"], id="text-utf16"),
    pytest.param(text_case(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"), ["text", "binary"],
                 id="text-png"),
    pytest.param(text_case(bytes(range(1, 32)) * 40), ["text", "binary"], id="text-control-bytes"),
    # parameters refused before any kernel starts
    pytest.param(command("run", "corpus", "-p", "colour", "red", names="chapters/corpus.ipynb"),
                 ["parameter 'colour'", "unknown parameter", "this chapter takes: manifest"], id="param-unknown-name"),
    pytest.param(command("run", "corpus", "-p", "manifest", "3", names="chapters/corpus.ipynb"),
                 ["parameter 'manifest'", "expects str, got int"], id="param-wrong-type"),
    pytest.param(command("run", "corpus", "-p", "manifest", "{tmp}/nope.csv", names="nope.csv"),
                 ["manifest not found"], id="param-manifest-missing"),
    pytest.param(command("run", "no-such-chapter", names="no-such-chapter.ipynb"), ["chapter", "no such chapter"],
                 id="chapter-unknown"),
    # build products may not go into the sources; a book folder must be a book
    pytest.param(command("--build-dir", REPO_ROOT / "data" / "build", "book", names="data/build"),
                 ["build_dir", "refusing to write into the source folders"], id="build-dir-in-data"),
    pytest.param(command("export", REPO_ROOT / "chapters" / "out", names="chapters/out"),
                 ["out_dir", "refusing to write into the source folders"], id="export-into-chapters"),
    pytest.param(book_root(config=False), ["not found"], id="book-root-without-config"),
    pytest.param(book_root(toc="format: jb-book\nroot: [intro\n"), ["line", "not valid YAML"], id="book-root-bad-toc"),
]


def assert_one_line_error(result, *, names: str, expected: list[str]) -> str:
    """The common contract: exit status 2, one line on stderr, naming the file, no traceback."""
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr + result.stdout
    assert len(lines) == 1, result.stderr
    line = lines[0]
    assert line.startswith("error: "), line
    assert names in line, f"{names!r} not named in: {line}"
    for part in expected:
        assert part in line, f"{part!r} not in: {line}"
    return line


@pytest.mark.parametrize(("setup", "expected"), CASES)
def test_bad_input_gives_one_line(setup, expected, tmp_path):
    args, names = setup(tmp_path)
    sources, users = tree_digest(*SOURCE_TREES), tree_digest(tmp_path)
    result = run_cli(*args)
    assert not changed(sources, tree_digest(*SOURCE_TREES)), "a command wrote into data/ or chapters/"
    assert not changed(users, tree_digest(tmp_path)), "a command changed the user's files"
    assert_one_line_error(result, names=names, expected=expected)
    assert result.stdout == ""


def test_there_are_at_least_25_cases():
    assert len(CASES) >= 25


# ---- input that must work ----------------------------------------------------------------------


def test_bom_and_windows_line_endings_work_with_exact_offsets(tmp_path, corpus):
    """The shipped corpus re-saved with a BOM, with CRLF, and with both: the same tables, exact offsets."""
    from newsbook import load_corpus
    from newsbook.export import TABLES, table_function

    variants = {
        "lf": lambda text: text.encode("utf-8"),
        "crlf": lambda text: text.replace("\n", "\r\n").encode("utf-8"),
        "bom": lambda text: b"\xef\xbb\xbf" + text.encode("utf-8"),
        "bom-crlf": lambda text: b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"),
    }
    tables = {}
    for name, encode in variants.items():
        texts = {doc.path.name: encode(doc.text.replace("\r\n", "\n")) for doc in corpus}
        rows = [{**{k: v for k, v in doc.meta.items() if k in FIELDS}, "file": doc.path.name} for doc in corpus]
        manifest = write_corpus(tmp_path / name, texts, rows=rows)
        assert run_cli("--manifest", manifest, "check").returncode == 0
        variant = load_corpus(manifest)
        tables[name] = {}
        for table in TABLES:
            frame = table_function(table)(variant)
            tables[name][table] = frame
            if {"doc_id", "start", "end"} <= set(frame.columns):
                spans = frame[["doc_id", "start", "end"]].dropna().astype({"start": int, "end": int})
                for doc_id, start, end in spans.itertuples(index=False):
                    assert 0 <= start <= end <= len(variant[doc_id].text), (name, table, doc_id, start, end)
                    assert "\ufeff" not in variant[doc_id].text[start:end], (name, table)
                if "text" in frame.columns:
                    for doc_id, start, end, text in frame[["doc_id", "start", "end", "text"]].itertuples(index=False):
                        assert variant[doc_id].text[start:end] == text, (name, table, doc_id, start)
    for name in ("crlf", "bom", "bom-crlf"):
        for table, frame in tables[name].items():
            plain = tables["lf"][table]
            assert len(frame) == len(plain), f"{table}: {len(frame)} rows with {name}, {len(plain)} with LF"
            if "text" in frame.columns:
                assert [str(t).replace("\r\n", "\n") for t in frame["text"]] == list(plain["text"].astype(str)), table


@pytest.mark.slow
def test_a_50_mb_text_works_within_the_memory_budget(tmp_path):
    """``check`` on one 50 MB article: succeeds, under 2 GB peak memory (the benchmark's budget)."""
    base = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((REPO_ROOT / "data" / "corpus").glob("*.txt")))
    copies = 50 * 1024 * 1024 // len(base.encode("utf-8")) + 1
    manifest = write_corpus(tmp_path / "big", {"big.txt": ((base + "\n\n") * copies).encode("utf-8")})
    probe = (
        "import resource, subprocess, sys; "
        "r = subprocess.run([sys.executable, '-m', 'newsbook', '--manifest', sys.argv[1], 'check'], "
        "capture_output=True, text=True); "
        "print(r.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); "
        "sys.stderr.write(r.stdout + r.stderr)"
    )
    import subprocess
    import sys

    measured = subprocess.run([sys.executable, "-c", probe, str(manifest)], capture_output=True, text=True,
                              cwd=REPO_ROOT, timeout=900, check=False)
    status, peak_kb = measured.stdout.split()
    print(f"50 MB check: peak RSS {int(peak_kb) / 1024:.0f} MB; {measured.stderr.strip()}")
    assert status == "0", measured.stderr
    assert "1 documents" in measured.stderr and "OK" in measured.stderr
    assert int(peak_kb) < 2 * 1024 * 1024, f"peak RSS {int(peak_kb) / 1024:.0f} MB"


# ---- parameters checked inside a chapter's kernel ------------------------------------------------


def chapter_or_skip(name: str) -> Path:
    path = REPO_ROOT / "chapters" / f"{name}.ipynb"
    if not path.is_file():
        pytest.skip(f"chapters/{name}.ipynb does not exist yet")
    return path


def declared(path: Path) -> dict:
    return chapter_parameters(path)


WINDOW_NAMES = [("window_start", "window_end"), ("start", "end"), ("start_date", "end_date"), ("date_from", "date_to"),
                ("from_date", "to_date"), ("since", "until"), ("first_day", "last_day"), ("begin", "end")]


def empty_window(parameters: dict) -> dict[str, object] | None:
    """Parameter values for a window that holds no day at all: it ends before it starts."""
    for start, end in WINDOW_NAMES:
        if start in parameters and end in parameters:
            return {start: "2022-01-31", end: "2022-01-01"}
    for name in ("window", "date_window", "dates", "date_range"):
        if name in parameters:
            return {name: ["2022-01-31", "2022-01-01"]}
    return None


def kernel_run(tmp: Path, chapter: str, values: dict[str, object]):
    args = []
    for name, value in values.items():
        args += ["-p", name, value if isinstance(value, str) else repr(value)]
    sources = tree_digest(*SOURCE_TREES)
    result = run_cli("--build-dir", tmp / "build", "run", chapter, *args)
    assert not changed(sources, tree_digest(*SOURCE_TREES)), "a run wrote into data/ or chapters/"
    return result


def test_string_where_a_list_is_expected():
    path = chapter_or_skip("term-frequency")
    assert "list" in declared(path)["terms"].type_name
    result = run_cli("run", "term-frequency", "-p", "terms", "Russia")
    assert_one_line_error(result, names="chapters/term-frequency.ipynb",
                          expected=["parameter 'terms'", "expects list[str], got str 'Russia'"])


@pytest.mark.slow
def test_empty_term_list(tmp_path):
    chapter_or_skip("term-frequency")
    result = kernel_run(tmp_path, "term-frequency", {"terms": []})
    assert_one_line_error(result, names="parameters", expected=["terms"])


OUTLET_CHAPTERS = ["timeline", "who-says-russia-will-leave", "china-and-sco", "term-frequency"]


@pytest.mark.slow
@pytest.mark.parametrize("chapter", OUTLET_CHAPTERS)
def test_outlet_not_in_the_corpus(chapter, tmp_path):
    path = chapter_or_skip(chapter)
    parameters = declared(path)
    assert "outlets" in parameters, f"{chapter} declares no 'outlets' parameter: {', '.join(parameters)}"
    value = ["Nowhere News"] if "list" in parameters["outlets"].type_name else "Nowhere News"
    result = kernel_run(tmp_path, chapter, {"outlets": value})
    line = assert_one_line_error(result, names="parameters", expected=["outlets"])
    assert "Nowhere News" in line


@pytest.mark.slow
def test_empty_date_window(tmp_path):
    path = chapter_or_skip("timeline")
    parameters = declared(path)
    values = empty_window(parameters)
    assert values, f"timeline declares no date-window parameter this test knows ({', '.join(parameters)}): add it to WINDOW_NAMES"
    result = kernel_run(tmp_path, "timeline", values)
    line = assert_one_line_error(result, names="parameters", expected=[])
    assert any(name in line for name in values), f"names none of {list(values)}: {line}"


# ---- a chapter that raises ---------------------------------------------------------------------


def write_notebook(path: Path, slug: str, code: list[str]) -> None:
    """A minimal chapter notebook: a title, a parameters cell, then ``code`` cells (ids ``SLUG-N``)."""
    cells = [{"cell_type": "markdown", "id": f"{slug}-0", "metadata": {}, "source": f"# {slug}"},
             {"cell_type": "code", "id": f"{slug}-1", "metadata": {"tags": ["parameters"]}, "execution_count": None,
              "outputs": [], "source": 'manifest: str = "data/corpus.csv"  # the corpus'}]
    for number, source in enumerate(code, start=2):
        cells.append({"cell_type": "code", "id": f"{slug}-{number}", "metadata": {}, "execution_count": None,
                      "outputs": [], "source": source})
    notebook = {"cells": cells, "nbformat": 4, "nbformat_minor": 5,
                "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}}}
    path.write_text(json.dumps(notebook, indent=1), encoding="utf-8")


@pytest.mark.slow
def test_a_failing_chapter_is_named_kept_and_the_others_still_run(tmp_path):
    """A book of four chapters, one raising in its third code cell and one not even JSON."""
    root = tmp_path / "book"
    (root / "chapters").mkdir(parents=True)
    for name in ("_config.yml", "intro.md", "references.md"):
        (root / name).write_bytes((REPO_ROOT / name).read_bytes())
    (root / "chapters" / "corpus.ipynb").write_bytes((REPO_ROOT / "chapters" / "corpus.ipynb").read_bytes())
    write_notebook(root / "chapters" / "fine.ipynb", "fine", ["from newsbook import load_corpus", "len(load_corpus(manifest))"])
    write_notebook(root / "chapters" / "boom.ipynb", "boom",
                   ["x = 1", "y = x + 1", "raise ValueError('the analysis broke\\non two lines')", "print('never')"])
    (root / "chapters" / "broken.ipynb").write_text('{"cells": [', encoding="utf-8")
    chapters = ["corpus", "boom", "fine", "broken"]
    (root / "_toc.yml").write_text(
        "format: jb-book\nroot: intro\nparts:\n  - caption: Chapters\n    chapters:\n"
        + "".join(f"      - file: chapters/{name}\n" for name in chapters), encoding="utf-8")
    before = tree_digest(root, *SOURCE_TREES)
    build_dir = tmp_path / "build"
    result = run_cli("--build-dir", build_dir, "book", "--root", root)
    assert not changed(before, tree_digest(root, *SOURCE_TREES)), "the build wrote into the sources"
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    report = result.stdout + result.stderr
    assert "chapters/corpus: executed" in result.stdout
    assert "chapters/fine: executed" in result.stdout
    kept = build_dir / "executed" / "chapters" / "boom.ipynb"
    boom = [line for line in result.stderr.splitlines() if line.startswith("chapters/boom:")]
    assert boom == [f"chapters/boom: failed at cell boom-4 (In [4]): ValueError: the analysis broke on two lines; "
                    f"executed notebook kept at {kept}"], report
    assert kept.is_file()
    executed = json.loads(kept.read_text(encoding="utf-8"))
    failing = [c for c in executed["cells"] if c.get("id") == "boom-4"][0]
    assert any(o["output_type"] == "error" and o["ename"] == "ValueError" for o in failing["outputs"])
    assert any(line.startswith("chapters/broken: failed at") for line in result.stderr.splitlines()), report
    assert "book not built: 2 of 4 chapters failed (chapters/boom, chapters/broken)" in result.stderr
    assert not (build_dir / "site").exists(), "no HTML from a failed build"


@pytest.mark.slow
def test_a_chapter_raising_corpus_error_gives_its_one_line(tmp_path):
    """The library's CorpusError inside a chapter reaches the user as that one line, exit status 2."""
    root = tmp_path / "book"
    (root / "chapters").mkdir(parents=True)
    for name in ("_config.yml", "intro.md"):
        (root / name).write_bytes((REPO_ROOT / name).read_bytes())
    write_notebook(root / "chapters" / "picky.ipynb", "picky",
                   ["from newsbook.errors import CorpusError",
                    "raise CorpusError('parameters', 'outlets', \"unknown outlet 'X'; the corpus has: AP, NPR\")"])
    (root / "_toc.yml").write_text("format: jb-book\nroot: intro\nchapters:\n  - file: chapters/picky\n", encoding="utf-8")
    result = run_cli("--build-dir", tmp_path / "build", "book", "--root", root)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert "chapters/picky: failed at cell picky-3 (In [3]): CorpusError: parameters: outlets: unknown outlet 'X'" in result.stderr
    assert os.path.isfile(tmp_path / "build" / "executed" / "chapters" / "picky.ipynb")

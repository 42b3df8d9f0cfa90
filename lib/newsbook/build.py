"""Build the book: execute the chapters with papermill in parallel, then compile the HTML.

Steps (``python -m newsbook book``, which ``make book`` calls):

1. Execute every chapter listed in ``_toc.yml`` with papermill, two at a time, into
   ``_build/executed/``. A chapter whose inputs (its notebook, the library, the data files,
   the parameters) are unchanged since its last successful run is not executed again.
2. Stage a book source tree in ``_build/src/``: the config, the table of contents, the
   Markdown pages, the executed notebooks, the Sources appendix, the bibliography and the CSV
   downloads. Files are rewritten only when their content changed, so Sphinx rebuilds only
   what changed.
3. Run Jupyter Book on the staged tree with its own execution off, warnings as errors.

Sources (``chapters/``, ``data/``) are only ever read.
"""

from __future__ import annotations

import concurrent.futures
import hashlib
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import yaml

from newsbook.errors import CorpusError
from newsbook.files import copy_if_changed, write_if_changed
from newsbook.paths import BUILD_DIR, REPO_ROOT

log = logging.getLogger(__name__)

BOOK_FILES = ("_config.yml", "_toc.yml")
UNCITED_TABLES = ("documents.csv", "paragraphs.csv", "sentences.csv")
"""Exported tables that list the corpus rather than cite passages of it."""
STAMP_FILE = "stamps.json"


@dataclass(frozen=True)
class ChapterResult:
    """How one chapter's execution went."""

    name: str
    status: str  # "executed", "up to date" or "failed"
    seconds: float
    output: Path
    error: str = ""


def toc_chapters(root: Path = REPO_ROOT) -> list[str]:
    """The notebook chapters the table of contents lists, as ``chapters/NAME`` paths."""
    toc = yaml.safe_load((root / "_toc.yml").read_text(encoding="utf-8"))
    found: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            file = node.get("file")
            if isinstance(file, str) and (root / f"{file}.ipynb").is_file():
                found.append(file)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(toc)
    return found


def inputs_digest(paths: list[Path], extra: str = "") -> str:
    """A SHA-256 over the bytes of ``paths`` (folders walked, sorted) and ``extra``."""
    digest = hashlib.sha256(extra.encode())
    for path in sorted(paths):
        files = sorted(p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts) if path.is_dir() else [path]
        for file in files:
            digest.update(str(file.relative_to(REPO_ROOT) if file.is_relative_to(REPO_ROOT) else file).encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()


def manifest_inputs(manifest: Path) -> list[Path]:
    """The manifest and the folder of texts it reads (the folder it lies in)."""
    return [manifest, manifest.parent]


def execute_chapter(notebook: str, output: str, parameters: dict[str, object], cwd: str) -> dict[str, str]:
    """Execute one notebook with papermill; runs in a worker process. Never raises."""
    import papermill
    from papermill.exceptions import PapermillExecutionError

    from newsbook.kernel import IPCKernelManager

    os.environ.setdefault("PYTHONHASHSEED", "0")
    try:
        papermill.execute_notebook(
            notebook, output, parameters=parameters, cwd=cwd, kernel_name="python3",
            progress_bar=False, log_output=False, report_mode=False, kernel_manager_class=IPCKernelManager,
        )
    except PapermillExecutionError as exc:
        return {"error": f"cell {exc.cell_index} (execution count {exc.exec_count}): {exc.ename}: {exc.evalue}".strip()}
    except Exception as exc:  # a kernel that died, a notebook that is not JSON: report, don't crash the build
        return {"error": f"{type(exc).__name__}: {' '.join(str(exc).split())[:300]}"}
    return {}


def execute_chapters(
    chapters: list[str],
    *,
    parameters: dict[str, object],
    out_dir: Path,
    inputs: list[Path],
    jobs: int = 2,
    force: bool = False,
) -> list[ChapterResult]:
    """Execute ``chapters`` (``chapters/NAME`` paths) into ``out_dir``, skipping unchanged ones."""
    import time

    out_dir.mkdir(parents=True, exist_ok=True)
    stamp_path = out_dir / STAMP_FILE
    stamps = json.loads(stamp_path.read_text()) if stamp_path.is_file() else {}
    shared = inputs_digest([REPO_ROOT / "lib", REPO_ROOT / "data", REPO_ROOT / "pyproject.toml", *inputs],
                           json.dumps(parameters, sort_keys=True, default=str))
    pending, results = {}, []
    for chapter in chapters:
        source = REPO_ROOT / f"{chapter}.ipynb"
        output = out_dir / f"{chapter}.ipynb"
        digest = hashlib.sha256((shared + source.read_bytes().hex()).encode()).hexdigest()
        if not force and stamps.get(chapter) == digest and output.is_file():
            results.append(ChapterResult(chapter, "up to date", 0.0, output))
            continue
        output.parent.mkdir(parents=True, exist_ok=True)
        pending[chapter] = (source, output, digest)
    with concurrent.futures.ProcessPoolExecutor(max_workers=max(1, jobs)) as pool:
        started = {}
        futures = {}
        for chapter, (source, output, _) in pending.items():
            started[chapter] = time.perf_counter()
            futures[pool.submit(execute_chapter, str(source), str(output), parameters, str(REPO_ROOT))] = chapter
        for future in concurrent.futures.as_completed(futures):
            chapter = futures[future]
            source, output, digest = pending[chapter]
            seconds = time.perf_counter() - started[chapter]
            error = future.result().get("error", "")
            if error:
                stamps.pop(chapter, None)
                results.append(ChapterResult(chapter, "failed", seconds, output, error))
            else:
                stamps[chapter] = digest
                results.append(ChapterResult(chapter, "executed", seconds, output))
    stamp_path.write_text(json.dumps(stamps, indent=1, sort_keys=True))
    order = {c: i for i, c in enumerate(chapters)}
    return sorted(results, key=lambda r: order[r.name])


def stage_book(
    src_dir: Path,
    *,
    executed_dir: Path,
    chapters: list[str],
    manifest: Path,
    toc: dict | None = None,
) -> None:
    """Lay out the book source tree that Jupyter Book compiles."""
    from newsbook.corpus import load_corpus
    from newsbook.export import export_tables
    from newsbook.sources import cited_spans, write_bibliography, write_source_pages

    for name in BOOK_FILES:
        copy_if_changed(REPO_ROOT / name, src_dir / name)
    if toc is not None:
        write_if_changed(src_dir / "_toc.yml", yaml.safe_dump(toc, sort_keys=False).encode())
    for page in sorted(REPO_ROOT.glob("*.md")):
        if page.name not in ("README.md",):
            copy_if_changed(page, src_dir / page.name)
    for page in sorted((REPO_ROOT / "chapters").glob("*.md")):
        copy_if_changed(page, src_dir / "chapters" / page.name)
    static = REPO_ROOT / "_static"
    if static.is_dir():
        for file in sorted(static.rglob("*")):
            if file.is_file():
                copy_if_changed(file, src_dir / "_static" / file.relative_to(static))
    for chapter in chapters:
        copy_if_changed(executed_dir / f"{chapter}.ipynb", src_dir / f"{chapter}.ipynb")
    corpus = load_corpus(manifest)
    staging = src_dir.parent / f"{src_dir.name}-downloads"
    tables = []
    for path in export_tables(corpus, staging):
        copy_if_changed(path, src_dir / "_extra" / "downloads" / path.name)
        if path.name not in UNCITED_TABLES:
            tables.append(pd.read_csv(path))
    shutil.rmtree(staging)
    write_source_pages(corpus, src_dir / "sources", cited=cited_spans(tables))
    write_bibliography(corpus, src_dir / "references.bib")
    write_sphinx_config(src_dir)


CONF_FIXES = """
# ---- appended by newsbook.build: fixes for the configuration Jupyter Book 1.x generates ----
# Jupyter Book merges list settings once per pass, so the same file is listed several times.
html_css_files = list(dict.fromkeys(html_css_files))
html_js_files = list(dict.fromkeys(html_js_files))
html_static_path = list(dict.fromkeys(html_static_path))
# Live code (thebe) and comments load scripts from the network; the book needs neither, and
# sphinx-thebe declares its constants twice on every page (a console error in the browser).
extensions = [e for e in extensions if e not in ("sphinx_thebe", "sphinx_comments")]
# pydata-sphinx-theme logs an error on a first visit unless the mode has a default.
html_context = {"default_mode": "light"}
# The build date is not a fact about the book's content; a fixed build would show a wrong one.
html_last_updated_fmt = None
"""


def _build_env() -> dict[str, str]:
    return {**os.environ, "PYTHONHASHSEED": "0", "SOURCE_DATE_EPOCH": os.environ.get("SOURCE_DATE_EPOCH", "1641600000")}


def write_sphinx_config(src_dir: Path) -> None:
    """Have Jupyter Book write the Sphinx ``conf.py`` from ``_config.yml``, plus :data:`CONF_FIXES`."""
    with tempfile.TemporaryDirectory() as scratch:
        scratch_dir = Path(scratch)
        for name in BOOK_FILES:
            shutil.copy(src_dir / name, scratch_dir / name)
        configured = subprocess.run([str(Path(sys.executable).parent / "jupyter-book"), "config", "sphinx", scratch],
                                    capture_output=True, text=True, env=_build_env(), check=False)
        if configured.returncode != 0:
            raise CorpusError(src_dir / "_config.yml", None, " ".join(configured.stderr.split())[-300:])
        conf = (scratch_dir / "conf.py").read_text(encoding="utf-8") + CONF_FIXES
    write_if_changed(src_dir / "conf.py", conf.encode("utf-8"))


def run_jupyter_book(src_dir: Path, out_dir: Path) -> subprocess.CompletedProcess[str]:
    """Compile the staged book ``src_dir`` to HTML under ``out_dir/_build/html``, warnings as errors."""
    command = [
        str(Path(sys.executable).parent / "sphinx-build"), "-b", "html", "-W", "--keep-going", "-q",
        "-d", str(out_dir / "_build" / ".doctrees"), str(src_dir), str(out_dir / "_build" / "html"),
    ]
    return subprocess.run(command, capture_output=True, text=True, env=_build_env(), check=False)


def build_book(
    *,
    manifest: Path,
    build_dir: Path = BUILD_DIR,
    jobs: int = 2,
    force: bool = False,
) -> int:
    """Execute, stage and compile the whole book; print a report; return an exit status."""
    chapters = toc_chapters()
    parameters: dict[str, object] = {}
    if manifest.resolve() != (REPO_ROOT / "data" / "corpus.csv").resolve():
        parameters["manifest"] = str(manifest.resolve())
    results = execute_chapters(
        chapters, parameters=parameters, out_dir=build_dir / "executed",
        inputs=manifest_inputs(manifest.resolve()), jobs=jobs, force=force,
    )
    for result in results:
        line = f"{result.name}: {result.status}" + (f" in {result.seconds:.1f} s" if result.seconds else "")
        if result.error:
            line += f" at {result.error}; executed notebook kept at {result.output.relative_to(REPO_ROOT) if result.output.is_relative_to(REPO_ROOT) else result.output}"
        print(line, file=sys.stderr if result.error else sys.stdout)
    failed = [r for r in results if r.status == "failed"]
    if failed:
        print(f"book not built: {len(failed)} of {len(results)} chapters failed", file=sys.stderr)
        return 1
    src_dir, site_dir = build_dir / "src", build_dir / "site"
    stage_book(src_dir, executed_dir=build_dir / "executed", chapters=chapters, manifest=manifest)
    site_digest = inputs_digest([src_dir])
    site_stamp = build_dir / "site.stamp"
    html = site_dir / "_build" / "html"
    if not force and site_stamp.is_file() and site_stamp.read_text() == site_digest and (html / "index.html").is_file():
        link_html(build_dir, html)
        print(f"HTML up to date: {build_dir / 'html' / 'index.html'}")
        return 0
    site_stamp.unlink(missing_ok=True)
    completed = run_jupyter_book(src_dir, site_dir)
    problems = [line for line in (completed.stdout + completed.stderr).splitlines() if "WARNING" in line or "ERROR" in line]
    if completed.returncode != 0 or problems:
        for line in problems or (completed.stdout + completed.stderr).splitlines()[-20:]:
            print(line.replace(str(src_dir) + "/", ""), file=sys.stderr)
        print("book not built: Jupyter Book reported the problems above", file=sys.stderr)
        return 1
    site_stamp.write_text(site_digest)
    link_html(build_dir, html)
    print(f"HTML written: {build_dir / 'html' / 'index.html'}")
    return 0


def link_html(build_dir: Path, html: Path) -> None:
    """Make ``_build/html`` point at the HTML Jupyter Book wrote, for ``make serve`` and readers."""
    link = build_dir / "html"
    if link.is_symlink() or link.exists():
        if link.is_symlink() and link.resolve() == html.resolve():
            return
        link.unlink() if link.is_symlink() else shutil.rmtree(link)
    link.symlink_to(html.relative_to(build_dir))


def run_one_chapter(
    name: str,
    *,
    parameters: dict[str, object],
    manifest: Path,
    build_dir: Path = BUILD_DIR,
) -> int:
    """Execute one chapter with other parameters and compile it alone, apart from the book."""
    from newsbook.chapters import chapter_path, check_parameters

    notebook = chapter_path(name)
    check_parameters(notebook, parameters)
    if "manifest" not in parameters and manifest.resolve() != (REPO_ROOT / "data" / "corpus.csv").resolve():
        parameters = {**parameters, "manifest": str(manifest.resolve())}
    chapter = f"chapters/{notebook.stem}"
    tag = hashlib.sha256(json.dumps(parameters, sort_keys=True, default=str).encode()).hexdigest()[:10]
    run_dir = build_dir / "runs" / f"{notebook.stem}-{tag}"
    results = execute_chapters([chapter], parameters=parameters, out_dir=run_dir / "executed",
                               inputs=manifest_inputs(Path(str(parameters.get("manifest", manifest))).resolve()), jobs=1)
    result = results[0]
    if result.error:
        print(f"{chapter}: failed at {result.error}; executed notebook kept at {result.output}", file=sys.stderr)
        return 1
    toc = {"format": "jb-book", "root": chapter}
    stage_book(run_dir / "src", executed_dir=run_dir / "executed", chapters=[chapter],
               manifest=Path(str(parameters.get("manifest", manifest))), toc=toc)
    completed = run_jupyter_book(run_dir / "src", run_dir / "site")
    if completed.returncode != 0:
        print((completed.stdout + completed.stderr).strip().splitlines()[-1], file=sys.stderr)
        return 1
    print(f"executed notebook: {result.output}")
    print(f"HTML page: {run_dir / 'site' / '_build' / 'html' / chapter}.html")
    return 0


def check_manifest_arg(manifest: Path) -> Path:
    """A one-line error for a manifest path that does not exist."""
    if not manifest.is_file():
        raise CorpusError(manifest, None, "manifest not found")
    return manifest

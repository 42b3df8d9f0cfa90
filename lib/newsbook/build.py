"""Build the book: execute the chapters with papermill in parallel, then compile the HTML.

Steps (``python -m newsbook book``, which ``make book`` calls):

1. Execute every chapter listed in ``_toc.yml`` with papermill, two at a time, into
   ``_build/executed/``, each worker in one warm kernel that it resets between chapters
   (:mod:`newsbook.kernel`). A chapter whose inputs (its notebook, the library, the data files,
   the parameters) are unchanged since its last successful run is not executed again.
2. Stage a book source tree in ``_build/src/``: the config, the table of contents, the
   Markdown pages, the executed notebooks, the Sources appendix, the bibliography and the CSV
   downloads. Files are rewritten only when their content changed, so Sphinx rebuilds only
   what changed.
3. Run Jupyter Book on the staged tree with its own execution off, warnings as errors.

Sources (``chapters/``, ``data/``) are only ever read. ``--build-dir`` puts every product in
another folder and ``--root`` builds another book (its own ``_toc.yml`` and ``chapters/``).

Every chapter runs even when another fails; a failure names the chapter and the cell and keeps
the executed notebook. The same inputs give the same bytes: kernels run with
``PYTHONHASHSEED=0`` and ``SOURCE_DATE_EPOCH``, figures carry no version stamp, and the
notebooks staged for Sphinx lose papermill's timestamps and paths (:func:`clean_executed`).
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

import yaml

from newsbook.errors import CorpusError
from newsbook.files import copy_if_changed, write_if_changed
from newsbook.paths import BUILD_DIR, REPO_ROOT

log = logging.getLogger(__name__)

BOOK_FILES = ("_config.yml", "_toc.yml")
UNCITED_TABLES = ("documents.csv", "paragraphs.csv", "sentences.csv")
"""Exported tables that list the corpus rather than cite passages of it."""
STAMP_FILE = "stamps.json"
KERNEL_LOG = "kernels.stderr.log"
"""The kernels' own standard error, kept beside the executed notebooks."""
EXIT_FAILED = 1
"""Exit status of a build that failed (a chapter raised, Sphinx warned)."""
EXIT_BAD_INPUT = 2
"""Exit status of bad input: a manifest, text or parameter the book cannot use."""


@dataclass(frozen=True)
class ChapterResult:
    """How one chapter's execution went."""

    name: str
    status: str  # "executed", "up to date" or "failed"
    seconds: float
    output: Path
    error: str = ""
    ename: str = ""  # the exception's type name, e.g. "CorpusError"
    evalue: str = ""  # its one-line message

    def line(self) -> str:
        """One line for the build report: the chapter, its status, the failing cell."""
        text = f"{self.name}: {self.status}" + (f" in {self.seconds:.1f} s" if self.seconds else "")
        if self.error:
            kept = f"; executed notebook kept at {shown(self.output)}" if self.output.is_file() else ""
            text = f"{self.name}: failed at {self.error}{kept}"
        return text


def shown(path: Path) -> str:
    """``path`` relative to the repository when inside it, else absolute."""
    path = Path(path).absolute()
    return str(path.relative_to(REPO_ROOT)) if path.is_relative_to(REPO_ROOT) else str(path)


def check_book_root(root: Path) -> Path:
    """A one-line error for a book folder without ``_config.yml`` or a readable ``_toc.yml``."""
    for name in BOOK_FILES:
        if not (root / name).is_file():
            raise CorpusError(root / name, None, "not found: a book folder holds _config.yml and _toc.yml")
    toc_chapters(root)
    return root


def toc_chapters(root: Path = REPO_ROOT) -> list[str]:
    """The notebook chapters the table of contents lists, as ``chapters/NAME`` paths."""
    try:
        toc = yaml.safe_load((root / "_toc.yml").read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else None
        raise CorpusError(root / "_toc.yml", where, f"not valid YAML ({getattr(exc, 'problem', None) or exc})") from None
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
    """A SHA-256 over the bytes of ``paths`` (folders walked, sorted; missing ones skipped) and ``extra``."""
    digest = hashlib.sha256(extra.encode())
    for path in sorted(p for p in paths if p.exists()):
        files = sorted(p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts) if path.is_dir() else [path]
        for file in files:
            digest.update(str(file.relative_to(REPO_ROOT) if file.is_relative_to(REPO_ROOT) else file).encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()


def manifest_inputs(manifest: Path) -> list[Path]:
    """The manifest and the folder of texts it reads (the folder it lies in)."""
    return [manifest, manifest.parent]


KERNEL_CONFIG = """# written by newsbook.build: figures without a matplotlib version or time stamp, so they are the same bytes
# (newsbook.style also renumbers the SVG ids matplotlib hashes from layout floats); drawn once at their own
# size, not cropped: constrained layout keeps everything inside the figure
c.InlineBackend.print_figure_kwargs = {"bbox_inches": None, "metadata": {"Creator": None, "Date": None}}
# vector figures: sharp on high-density screens and when a reader zooms in on a phone, smaller than
# PNGs at twice the resolution and about a third quicker to draw (no rasterising)
c.InlineBackend.figure_formats = {"svg"}
"""
"""IPython configuration every chapter kernel loads (``--config``)."""
DEFAULT_SOURCE_DATE_EPOCH = "1641600000"


def _one_line(text: object, limit: int = 400) -> str:
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def failed_cell(output: Path) -> str:
    """Name the cell that failed in an executed notebook: its id and ``In [N]``, or ``""``."""
    try:
        notebook = json.loads(output.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    for index, cell in enumerate(notebook.get("cells", [])):
        errored = any(o.get("output_type") == "error" for o in cell.get("outputs", []))
        meta = cell.get("metadata", {}).get("papermill", {})
        if cell.get("cell_type") == "code" and (errored or meta.get("exception") or meta.get("status") == "failed"):
            name = cell.get("id") or f"#{index}"
            count = cell.get("execution_count")
            return f"cell {name}" + (f" (In [{count}])" if count else "")
    return ""


_worker_kernel = None
"""This worker process's :class:`~newsbook.kernel.ChapterKernel`, started by its first chapter."""


def _kernel_for_worker(cwd: str, log_dir: Path):
    """The worker's warm kernel, started on first use and stopped when the worker exits."""
    global _worker_kernel
    if _worker_kernel is None:
        import multiprocessing.util

        from newsbook.kernel import ChapterKernel

        log_dir.mkdir(parents=True, exist_ok=True)
        config = log_dir / f".kernel_config_{os.getpid()}.py"
        config.write_text(KERNEL_CONFIG, encoding="utf-8")
        # The kernel's own chatter (jupyter_client interrupts a kernel before stopping it, and
        # ipykernel logs that) goes to a log beside the executed notebooks, out of the report.
        _worker_kernel = ChapterKernel(cwd=Path(cwd), extra_arguments=[f"--config={config}"],
                                       stderr_log=log_dir / KERNEL_LOG)
        # Worker processes end without running atexit; multiprocessing's finalizers do run.
        multiprocessing.util.Finalize(None, _worker_kernel.shutdown, exitpriority=100)
        multiprocessing.util.Finalize(None, config.unlink, kwargs={"missing_ok": True}, exitpriority=100)
    return _worker_kernel


def execute_chapter(notebook: str, output: str, parameters: dict[str, object], cwd: str, log_dir: str) -> dict[str, object]:
    """Execute one notebook with papermill in this worker's warm kernel; runs in a worker process. Never raises.

    The kernel runs with ``PYTHONHASHSEED=0`` and ``SOURCE_DATE_EPOCH`` set and loads
    :data:`KERNEL_CONFIG`; it starts every chapter from a fresh state
    (:func:`newsbook.kernel.fresh_chapter_state`), so a chapter's outputs are the same bytes on
    every run, whichever chapters ran in the kernel before it.

    Returns:
        ``{"seconds": ...}``, plus on failure ``error`` (one line naming the cell), ``ename``
        and ``evalue`` (the exception's type and one-line message).
    """
    import time

    import papermill
    from papermill.exceptions import PapermillExecutionError

    os.environ["PYTHONHASHSEED"] = "0"
    os.environ.setdefault("SOURCE_DATE_EPOCH", DEFAULT_SOURCE_DATE_EPOCH)
    started = time.perf_counter()
    result: dict[str, object] = {}
    kernel = _kernel_for_worker(cwd, Path(log_dir))
    try:
        papermill.execute_notebook(
            notebook, output, parameters=parameters, cwd=cwd, kernel_name="python3",
            progress_bar=False, log_output=False, report_mode=False, km=kernel.ready(),
        )
    except PapermillExecutionError as exc:
        where = failed_cell(Path(output)) or f"cell #{exc.cell_index}"
        result = {"error": f"{where}: {exc.ename}: {_one_line(exc.evalue)}", "ename": exc.ename,
                  "evalue": _one_line(exc.evalue)}
    except Exception as exc:  # a kernel that died, a notebook that is not JSON: report, don't crash the build
        where = failed_cell(Path(output))
        message = f"{type(exc).__name__}: {_one_line(exc, 300)}"
        result = {"error": f"{where}: {message}" if where else message, "ename": type(exc).__name__,
                  "evalue": _one_line(exc, 300)}
    finally:
        kernel.close_clients()
    result["seconds"] = time.perf_counter() - started
    return result


def execute_chapters(
    chapters: list[str],
    *,
    parameters: dict[str, object],
    out_dir: Path,
    inputs: list[Path],
    jobs: int = 2,
    force: bool = False,
    root: Path = REPO_ROOT,
) -> list[ChapterResult]:
    """Execute ``chapters`` (``chapters/NAME`` paths under ``root``) into ``out_dir``, skipping unchanged ones.

    Every chapter runs even when another fails; a failed chapter's executed notebook stays in
    ``out_dir`` for inspection. The kernels work in the repository root (a chapter's relative
    paths start there), and nothing under ``root`` is written.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    stamp_path = out_dir / STAMP_FILE
    stamps = json.loads(stamp_path.read_text()) if stamp_path.is_file() else {}
    shared = inputs_digest([REPO_ROOT / "lib", REPO_ROOT / "data", REPO_ROOT / "pyproject.toml", *inputs],
                           json.dumps(parameters, sort_keys=True, default=str))
    pending, results = {}, []
    for chapter in chapters:
        source = root / f"{chapter}.ipynb"
        output = out_dir / f"{chapter}.ipynb"
        digest = hashlib.sha256((shared + source.read_bytes().hex()).encode()).hexdigest()
        if not force and stamps.get(chapter) == digest and output.is_file():
            results.append(ChapterResult(chapter, "up to date", 0.0, output))
            continue
        output.parent.mkdir(parents=True, exist_ok=True)
        pending[chapter] = (source, output, digest)
    with concurrent.futures.ProcessPoolExecutor(max_workers=max(1, jobs)) as pool:
        futures = {
            pool.submit(execute_chapter, str(source), str(output), parameters, str(REPO_ROOT), str(out_dir)): chapter
            for chapter, (source, output, _) in pending.items()
        }
        for future in concurrent.futures.as_completed(futures):
            chapter = futures[future]
            source, output, digest = pending[chapter]
            try:
                outcome = future.result()
            except Exception as exc:  # the worker process itself died
                outcome = {"error": f"{type(exc).__name__}: {_one_line(exc, 300)}", "ename": type(exc).__name__}
            seconds = float(outcome.get("seconds", 0.0))  # type: ignore[arg-type]
            if outcome.get("error"):
                stamps.pop(chapter, None)
                results.append(ChapterResult(chapter, "failed", seconds, output, str(outcome["error"]),
                                             str(outcome.get("ename", "")), str(outcome.get("evalue", ""))))
            else:
                stamps[chapter] = digest
                results.append(ChapterResult(chapter, "executed", seconds, output))
    stamp_path.write_text(json.dumps(stamps, indent=1, sort_keys=True))
    order = {c: i for i, c in enumerate(chapters)}
    return sorted(results, key=lambda r: order[r.name])


def clean_executed(data: bytes) -> bytes:
    """An executed notebook without papermill's and nbclient's timestamps, paths and durations.

    The book is built from these, so the same chapter outputs give the same staged bytes (and the
    same ``_sources/`` copies in the HTML), whenever and wherever the chapter ran.
    """
    notebook = json.loads(data)
    run = notebook.get("metadata", {}).get("papermill")
    if isinstance(run, dict):
        notebook["metadata"]["papermill"] = {k: run[k] for k in ("parameters", "version") if k in run}
    for cell in notebook.get("cells", []):
        meta = cell.get("metadata", {})
        meta.pop("execution", None)
        meta.pop("papermill", None)
    return (json.dumps(notebook, indent=1, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")


def stage_book(
    src_dir: Path,
    *,
    executed_dir: Path,
    chapters: list[str],
    manifest: Path,
    toc: dict | None = None,
    root: Path = REPO_ROOT,
) -> None:
    """Lay out the book source tree that Jupyter Book compiles, from the book at ``root``."""
    stage_book_files(src_dir, toc=toc, root=root)
    stage_executed(src_dir, executed_dir=executed_dir, chapters=chapters)
    stage_corpus_products(src_dir, manifest=manifest)


def stage_book_files(src_dir: Path, *, toc: dict | None = None, root: Path = REPO_ROOT) -> None:
    """The book's own files in the staged tree: config, pages, static files and Sphinx's ``conf.py``."""
    for name in BOOK_FILES:
        copy_if_changed(root / name, src_dir / name)
    if toc is not None:
        write_if_changed(src_dir / "_toc.yml", yaml.safe_dump(toc, sort_keys=False).encode())
    for page in sorted(root.glob("*.md")):
        if page.name not in ("README.md",):
            copy_if_changed(page, src_dir / page.name)
    for page in sorted((root / "chapters").glob("*.md")):
        copy_if_changed(page, src_dir / "chapters" / page.name)
    static = root / "_static"
    if static.is_dir():
        for file in sorted(static.rglob("*")):
            if file.is_file():
                copy_if_changed(file, src_dir / "_static" / file.relative_to(static))
    write_sphinx_config(src_dir)


def stage_executed(src_dir: Path, *, executed_dir: Path, chapters: list[str]) -> None:
    """The executed chapters in the staged tree, without papermill's timestamps and paths."""
    for chapter in chapters:
        write_if_changed(src_dir / f"{chapter}.ipynb", clean_executed((executed_dir / f"{chapter}.ipynb").read_bytes()))


def stage_beside_chapters(src_dir: Path, *, manifest: Path, root: Path = REPO_ROOT) -> None:
    """Everything the staged book needs but the executed chapters: config and Sphinx ``conf.py``,
    pages, static files and the corpus products. The build runs it while the chapters execute."""
    stage_book_files(src_dir, root=root)
    stage_corpus_products(src_dir, manifest=manifest)


def stage_corpus_products(src_dir: Path, *, manifest: Path) -> None:
    """What the staged book takes from the corpus alone: the CSV downloads, the Sources pages
    (marking every passage the tables cite) and the bibliography. It needs no executed chapter,
    so the build runs it beside the chapters."""
    from newsbook.corpus import load_corpus
    from newsbook.export import TABLES, csv_bytes, table_function
    from newsbook.sources import cited_spans, write_bibliography, write_source_pages

    corpus = load_corpus(manifest)
    cited = []
    for name in TABLES:
        frame = table_function(name)(corpus)
        write_if_changed(src_dir / "_extra" / "downloads" / name, csv_bytes(frame))
        if name not in UNCITED_TABLES:
            cited.append(frame)
    write_source_pages(corpus, src_dir / "sources", cited=cited_spans(cited))
    write_bibliography(corpus, src_dir / "references.bib")


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
# Typography must not rewrite corpus text: a title's "quotes" and -- stay as the file has them.
smartquotes = False


def _escape_print_title(app, pagename, templatename, context, doctree):
    # sphinx-book-theme prints the page title as plain text, unescaped, in the print-only header:
    # a document title holding "<script>" would run. Escape it.
    import html
    if context.get("pagetitle") and pagename in app.env.titles:
        context["pagetitle"] = html.escape(app.env.titles[pagename].astext())


def setup(app):
    app.connect("html-page-context", _escape_print_title, priority=900)
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


def run_jupyter_book(src_dir: Path, out_dir: Path, *, write_all: bool = False) -> subprocess.CompletedProcess[str]:
    """Compile the staged book ``src_dir`` to HTML under ``out_dir/_build/html``, warnings as errors.

    ``write_all`` rewrites every page: Sphinx copies static files only when some page is out of
    date, so a change to ``_static/`` or ``conf.py`` alone needs it.
    """
    command = [
        str(Path(sys.executable).parent / "sphinx-build"), "-b", "html", "-W", "--keep-going", "-q",
        *(["-a"] if write_all else []),
        "-d", str(out_dir / "_build" / ".doctrees"), str(src_dir), str(out_dir / "_build" / "html"),
    ]
    return subprocess.run(command, capture_output=True, text=True, env=_build_env(), check=False)


def build_book(
    *,
    manifest: Path,
    build_dir: Path = BUILD_DIR,
    jobs: int = 2,
    force: bool = False,
    root: Path = REPO_ROOT,
) -> int:
    """Execute, stage and compile the whole book; print a report; return an exit status.

    Args:
        manifest: the corpus the chapters read.
        build_dir: where every product goes (executed notebooks, staged source, HTML).
        jobs: chapters executed at once.
        force: execute every chapter and compile every page even when nothing changed.
        root: the book: ``_config.yml``, ``_toc.yml``, pages and ``chapters/``; only read.

    Returns:
        0 when the HTML is written, 1 when a chapter or Sphinx failed, 2 when every failing
        chapter failed on bad input (a :class:`~newsbook.errors.CorpusError`).
    """
    chapters = toc_chapters(root)
    parameters: dict[str, object] = {}
    if manifest.resolve() != (REPO_ROOT / "data" / "corpus.csv").resolve():
        parameters["manifest"] = str(manifest.resolve())
    book_stamp = build_dir / "book.stamp"
    book_digest = inputs_digest(
        [REPO_ROOT / "lib", REPO_ROOT / "data", REPO_ROOT / "pyproject.toml", *manifest_inputs(manifest.resolve()),
         *book_sources(root)],
        json.dumps({"parameters": parameters, "root": str(root.resolve()), "build_dir": str(build_dir.resolve())}, sort_keys=True),
    )
    if not force and book_stamp.is_file() and book_stamp.read_text() == book_digest and (build_dir / "html" / "index.html").is_file():
        for chapter in chapters:
            print(f"{chapter}: up to date")
        print(f"HTML up to date: {build_dir / 'html' / 'index.html'}")
        return 0
    book_stamp.unlink(missing_ok=True)
    from newsbook.corpus import load_corpus

    load_corpus(manifest)  # bad input ends here, in one line, before any chapter runs
    src_dir, site_dir = build_dir / "src", build_dir / "site"
    with concurrent.futures.ProcessPoolExecutor(max_workers=1) as side:
        # Only the chapters need the chapters: stage the rest while they run.
        products = side.submit(stage_beside_chapters, src_dir, manifest=manifest, root=root)
        results = execute_chapters(
            chapters, parameters=parameters, out_dir=build_dir / "executed",
            inputs=manifest_inputs(manifest.resolve()), jobs=jobs, force=force, root=root,
        )
        products.result()
    for result in results:
        print(result.line(), file=sys.stderr if result.error else sys.stdout)
    failed = [r for r in results if r.status == "failed"]
    if failed:
        names = ", ".join(r.name for r in failed)
        print(f"book not built: {len(failed)} of {len(results)} chapters failed ({names})", file=sys.stderr)
        return EXIT_BAD_INPUT if all(r.ename == "CorpusError" for r in failed) else EXIT_FAILED
    stage_executed(src_dir, executed_dir=build_dir / "executed", chapters=chapters)
    site_digest = inputs_digest([src_dir])
    site_stamp = build_dir / "site.stamp"
    html = site_dir / "_build" / "html"
    if not force and site_stamp.is_file() and site_stamp.read_text() == site_digest and (html / "index.html").is_file():
        link_html(build_dir, html)
        book_stamp.write_text(book_digest)
        print(f"HTML up to date: {build_dir / 'html' / 'index.html'}")
        return 0
    site_stamp.unlink(missing_ok=True)
    theme_digest = inputs_digest([src_dir / "_static", src_dir / "conf.py"])
    theme_stamp = build_dir / "theme.stamp"
    theme_changed = not theme_stamp.is_file() or theme_stamp.read_text() != theme_digest
    theme_stamp.unlink(missing_ok=True)
    completed = run_jupyter_book(src_dir, site_dir, write_all=theme_changed)
    problems = [line for line in (completed.stdout + completed.stderr).splitlines() if "WARNING" in line or "ERROR" in line]
    if completed.returncode != 0 or problems:
        for line in problems or (completed.stdout + completed.stderr).splitlines()[-20:]:
            print(line.replace(str(src_dir) + "/", ""), file=sys.stderr)
        print("book not built: Jupyter Book reported the problems above", file=sys.stderr)
        return 1
    site_stamp.write_text(site_digest)
    theme_stamp.write_text(theme_digest)
    link_html(build_dir, html)
    book_stamp.write_text(book_digest)
    print(f"HTML written: {build_dir / 'html' / 'index.html'}")
    return 0


def book_sources(root: Path) -> list[Path]:
    """The files of the book at ``root`` that a build reads: config, pages, chapters, static files."""
    return [*(root / name for name in BOOK_FILES), *sorted(root.glob("*.md")), root / "chapters", root / "_static"]


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
    if result.ename == "CorpusError":  # bad parameters or data, caught by the library: its one line, no traceback
        print(f"error: {result.evalue}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if result.error:
        print(result.line(), file=sys.stderr)
        return EXIT_FAILED
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

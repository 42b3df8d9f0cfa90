"""Measure build speed and library throughput: `make bench`.

Prints one table and writes it as ``benchmarks/results/bench.json`` and ``bench.csv``. Every
build runs on a temporary copy of the book and into a temporary build folder, so the repository
and its ``_build/`` are never touched. Timings are wall-clock seconds from ``time.perf_counter``;
peak memory is the child process's maximum RSS (``resource.getrusage``). Compare ratios measured
in one run: the machine is shared and timings are noisy.

Rows:
1. cold build (``newsbook book``: papermill, two chapters at a time, then Sphinx) and, in the same
   run, the plain reference: Jupyter Book executing the same notebooks itself, one after another;
2. no-op rebuild; 3. one chapter's notebook changed; 4. one chapter rerun with other parameters;
5. kernel start-up and imports against each chapter's own work (from papermill's cell timings);
6. the library steps behind every exported table on synthetic corpora of 1,000 and 10,000 documents.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from newsbook.build import BOOK_FILES, stage_book, toc_chapters, write_sphinx_config
from newsbook.paths import DEFAULT_MANIFEST, REPO_ROOT

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
PY = sys.executable


def run(command: list[str], **kwargs: object) -> tuple[float, subprocess.CompletedProcess[str]]:
    """Run ``command``; its wall time and result (raises on failure, showing its output)."""
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, check=False, **kwargs)  # type: ignore[call-overload]
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"benchmark step failed: {' '.join(command)}\n{result.stdout}\n{result.stderr}")
    return seconds, result


def copy_book(target: Path) -> Path:
    """A copy of the book's own files (config, pages, chapters, static) in ``target``."""
    target.mkdir(parents=True)
    for name in (*BOOK_FILES, "intro.md", "references.md"):
        shutil.copy(REPO_ROOT / name, target / name)
    shutil.copytree(REPO_ROOT / "chapters", target / "chapters")
    shutil.copytree(REPO_ROOT / "_static", target / "_static")
    return target


def book(root: Path, build_dir: Path, *extra: str) -> tuple[float, str]:
    seconds, result = run([PY, "-m", "newsbook", "--build-dir", str(build_dir), "book", "--root", str(root), *extra])
    return seconds, result.stdout


def plain_reference_build(root: Path, work: Path) -> float:
    """Jupyter Book's own way: it executes the source notebooks one after another, then builds."""
    src = work / "plain-src"
    stage_book(src, executed_dir=root, chapters=toc_chapters(root), manifest=DEFAULT_MANIFEST, root=root)
    for chapter in toc_chapters(root):
        # Jupyter Book runs a notebook in its own folder: give the chapter the manifest's absolute path.
        path = src / f"{chapter}.ipynb"
        notebook = json.loads(path.read_text(encoding="utf-8"))
        for cell in notebook["cells"]:
            if "parameters" in cell.get("metadata", {}).get("tags", []):
                cell["source"] = "".join(cell["source"]).replace('"data/corpus.csv"', json.dumps(str(DEFAULT_MANIFEST)))
        path.write_text(json.dumps(notebook), encoding="utf-8")
    config = (src / "_config.yml").read_text(encoding="utf-8").replace('execute_notebooks: "off"', 'execute_notebooks: "force"')
    config = config.replace('execute_notebooks: "force"', 'execute_notebooks: "force"\n  timeout: 600')
    (src / "_config.yml").write_text(config, encoding="utf-8")
    write_sphinx_config(src)
    seconds, _ = run([str(Path(PY).parent / "jupyter-book"), "build", str(src), "--path-output", str(work / "plain-out")],
                     env={**os.environ, "PYTHONHASHSEED": "0"})
    return seconds


def chapter_timings(executed_dir: Path, chapters: list[str], wall: dict[str, float]) -> list[dict[str, object]]:
    """Per chapter: kernel start-up (wall minus cells), the imports cell (and the parameters cells
    before it), and the chapter's own work: every cell after the imports, from loading the corpus
    and the analysis to the figures and tables."""
    rows = []
    for chapter in chapters:
        notebook = json.loads((executed_dir / f"{chapter}.ipynb").read_text(encoding="utf-8"))
        durations = [(c.get("metadata", {}).get("papermill", {}).get("duration") or 0.0, "".join(c["source"]))
                     for c in notebook["cells"] if c["cell_type"] == "code"]
        cells = sum(d for d, _ in durations)
        imports_at = next((i for i, (_, source) in enumerate(durations) if "apply_book_style()" in source and "import" in source), 0)
        imports = sum(d for d, _ in durations[:imports_at + 1])
        rows.append({"chapter": chapter, "wall_s": round(wall.get(chapter, 0.0), 2), "kernel_start_s": round(wall.get(chapter, 0.0) - cells, 2),
                     "imports_s": round(imports, 2), "own_work_s": round(cells - imports, 2)})
    return rows


SCALE_SCRIPT = r"""
import json, resource, sys, time
from newsbook import load_corpus
from newsbook.export import TABLES, table_function
manifest = sys.argv[1]
steps = {}
started = time.perf_counter()
corpus = load_corpus(manifest)
steps["load and validate"] = time.perf_counter() - started
t = time.perf_counter()
for doc in corpus:
    doc.paragraph_records
steps["paragraphs, chrome, turns"] = time.perf_counter() - t
t = time.perf_counter()
for doc in corpus:
    corpus.sentence_records(doc.doc_id)
steps["sentences (Punkt)"] = time.perf_counter() - t
for name in TABLES:
    t = time.perf_counter()
    table_function(name)(corpus)
    steps[name] = time.perf_counter() - t
total = time.perf_counter() - started
megabytes = sum(len(doc.text.encode("utf-8")) for doc in corpus) / 1e6
print(json.dumps({"documents": len(corpus), "megabytes": megabytes, "seconds": total, "steps": steps,
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def scale(count: int, work: Path) -> dict[str, object]:
    """Every library step on a synthetic corpus of ``count`` documents, in a fresh process."""
    from synthetic import make_synthetic_corpus

    manifest = make_synthetic_corpus(work / f"synthetic-{count}", count)
    _, result = run([PY, "-c", SCALE_SCRIPT, str(manifest)], env={**os.environ, "PYTHONHASHSEED": "0"})
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="synthetic corpus sizes (default: %(default)s)")
    parser.add_argument("--skip-builds", action="store_true", help="only the library throughput rows")
    args = parser.parse_args()
    sys.path.insert(0, str(HERE))  # the synthetic-corpus module beside this script
    rows: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory(prefix="newsbook-bench-") as scratch:
        work = Path(scratch)
        if not args.skip_builds:
            root = copy_book(work / "book")
            build_dir = work / "build"
            chapters = toc_chapters(root)
            cold, out = book(root, build_dir)
            wall = {line.split(":")[0]: float(line.split(" in ")[1].split()[0]) for line in out.splitlines() if " executed in " in line}
            plain = plain_reference_build(root, work)
            rows.append({"measure": "cold build (newsbook book, 2 chapters at a time)", "seconds": round(cold, 1)})
            rows.append({"measure": "plain sequential Jupyter Book build (reference)", "seconds": round(plain, 1)})
            rows.append({"measure": "ratio cold / plain (target <= 0.7)", "value": round(cold / plain, 2)})
            noop, _ = book(root, build_dir)
            rows.append({"measure": "no-op rebuild", "seconds": round(noop, 2), "value": round(noop / cold, 3),
                         "note": "share of the cold build (target < 0.05)"})
            changed = root / f"{chapters[-1]}.ipynb"
            notebook = json.loads(changed.read_text(encoding="utf-8"))
            notebook["cells"].append({"cell_type": "markdown", "id": "bench-change", "metadata": {}, "source": "A changed chapter."})
            changed.write_text(json.dumps(notebook), encoding="utf-8")
            one, out = book(root, build_dir)
            executed = [line.split(":")[0] for line in out.splitlines() if " executed in " in line]
            rows.append({"measure": "one chapter's notebook changed", "seconds": round(one, 1),
                         "note": f"re-executed: {', '.join(executed) or 'none'}"})
            rerun, _ = run([PY, "-m", "newsbook", "--build-dir", str(build_dir), "run", "term-frequency", "-p", "top_n", "5"])
            rows.append({"measure": "one chapter rerun with other parameters (command to HTML page)", "seconds": round(rerun, 1)})
            for timing in chapter_timings(build_dir / "executed", chapters, wall):
                rows.append({"measure": f"chapter {timing['chapter']}", "seconds": timing["wall_s"],
                             "note": f"kernel start {timing['kernel_start_s']} s, imports {timing['imports_s']} s, "
                                     f"own work {timing['own_work_s']} s"})
        results = {}
        for size in (int(s) for s in args.sizes.split(",") if s):
            result = scale(size, work)
            results[size] = result
            rows.append({"measure": f"library, {size:,} synthetic documents ({result['megabytes']:.1f} MB)",
                         "seconds": round(result["seconds"], 1),
                         "value": round(result["megabytes"] / result["seconds"], 2),
                         "note": f"MB/s; {size / result['seconds']:.0f} docs/s; peak RSS {result['peak_rss_mb']:.0f} MB; "
                                 + "; ".join(f"{k} {v:.1f}s" for k, v in result["steps"].items())})
        if len(results) >= 2:
            small, large = sorted(results)
            growth = (results[large]["seconds"] / results[small]["seconds"]) / (large / small)
            rows.append({"measure": f"growth {small:,} -> {large:,}: time ratio / size ratio (linear = 1.0)", "value": round(growth, 2)})
    RESULTS.mkdir(exist_ok=True)
    meta = {"date": time.strftime("%Y-%m-%d"), "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"}
    (RESULTS / "bench.json").write_text(json.dumps({**meta, "rows": rows}, indent=1), encoding="utf-8")
    with (RESULTS / "bench.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["measure", "seconds", "value", "note"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"newsbook benchmark, {meta['date']}, {meta['machine']}")
    for row in rows:
        seconds = f"{row['seconds']:>8} s" if "seconds" in row else " " * 10
        value = f"{row['value']:>8}" if "value" in row else " " * 8
        print(f"{row['measure']:<70} {seconds} {value}  {row.get('note', '')}")
    print(f"written: {RESULTS / 'bench.json'}, {RESULTS / 'bench.csv'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

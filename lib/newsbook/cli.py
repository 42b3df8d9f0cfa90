"""The command line: ``python -m newsbook [--manifest PATH] COMMAND``.

Commands:
    check              validate a corpus (manifest and every text) and summarise it
    export DIR         write every table the book uses as CSV into DIR
    book               execute all chapters and build the HTML book (``make book``)
    run CHAPTER        execute one chapter with other parameters (``-p NAME VALUE``), apart
                       from the book, and compile its page
    chapters           list the chapters and the parameters each takes

Bad input ends with one line naming the file and the field, and exit status 2; a failed build
ends with exit status 1. ``--build-dir`` puts every build product elsewhere than ``_build/``.
Commands that write products (``book``, ``run``, ``export``) pin ``PYTHONHASHSEED=0`` (the
command re-executes itself once when the variable is unset) so two runs give the same bytes.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from pathlib import Path

from newsbook.errors import CorpusError
from newsbook.paths import BUILD_DIR, DEFAULT_MANIFEST, REPO_ROOT

EXIT_BAD_INPUT = 2
WRITING_COMMANDS = ("book", "run", "export")


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line, like every other error of the command."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_BAD_INPUT, f"error: {self.prog}: {message} (see {self.prog} --help)\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="newsbook", description=__doc__.split("\n\n")[0])
    parser.add_argument("--manifest", type=Path, default=DEFAULT_MANIFEST, help="corpus manifest CSV (default: %(default)s)")
    parser.add_argument("--build-dir", type=Path, default=BUILD_DIR,
                        help="where `book` and `run` write their products (default: %(default)s)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log each step")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("check", help="validate the corpus and summarise it")
    export = commands.add_parser("export", help="write every table as CSV")
    export.add_argument("out_dir", type=Path, help="folder to write into (created if missing)")
    export.add_argument("--table", action="append", help="only this table (repeatable), e.g. documents.csv")
    book = commands.add_parser("book", help="execute every chapter and build the HTML book")
    book.add_argument("--force", action="store_true", help="re-execute every chapter")
    book.add_argument("--jobs", type=int, default=2, help="chapters executed at once (default: %(default)s)")
    book.add_argument("--root", type=Path, default=REPO_ROOT,
                      help="the book to build: a folder with _config.yml, _toc.yml and chapters/ (default: this repository)")
    run = commands.add_parser("run", help="execute one chapter with other parameters")
    run.add_argument("chapter", help="chapter name, e.g. corpus")
    run.add_argument("-p", "--parameter", nargs=2, action="append", metavar=("NAME", "VALUE"), default=[],
                     help="a parameter; VALUE is a Python literal (['a', 'b'], 3) or plain text")
    commands.add_parser("chapters", help="list the chapters and their parameters")
    return parser


def _inside(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())


def _check_output_dir(path: Path, field: str) -> Path:
    """Refuse to write build products into the source folders."""
    if _inside(path, REPO_ROOT / "data") or _inside(path, REPO_ROOT / "chapters"):
        raise CorpusError(path, field, "refusing to write into the source folders data/ or chapters/")
    return path


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = _parser().parse_args(argv)
    if argv is None and args.command in WRITING_COMMANDS and os.environ.get("PYTHONHASHSEED", "random") == "random":
        # str hashes (set order) must not vary between runs: start again with the seed pinned
        os.execve(sys.executable, [sys.executable, "-m", "newsbook", *sys.argv[1:]], {**os.environ, "PYTHONHASHSEED": "0"})
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(message)s")
    try:
        return _dispatch(args)
    except CorpusError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as error:
        where = f"{error.filename}: " if error.filename else ""
        print(f"error: {where}{' '.join(str(error.strerror or error).split())}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # a bug, not bad input: still one line; -v shows the traceback
        if args.verbose:
            traceback.print_exc()
        message = " ".join(str(error).split())[:300]
        print(f"error: internal error {type(error).__name__}: {message} (a bug: rerun with -v for the traceback)",
              file=sys.stderr)
        return 1


def _dispatch(args: argparse.Namespace) -> int:
    if args.command in ("check", "export", "run"):
        from newsbook.corpus import load_corpus  # pandas and NLTK: a no-op `book` needs neither
    if args.command in ("book", "run", "chapters"):
        from newsbook import build, chapters

    manifest: Path = args.manifest
    if args.command == "check":
        from newsbook.tables import documents_table

        corpus = load_corpus(manifest)
        documents = documents_table(corpus)
        paragraphs = corpus.paragraphs()
        print(
            f"{manifest}: {len(corpus)} documents, {len(paragraphs)} paragraphs "
            f"({int((paragraphs['kind'] == 'chrome').sum())} page chrome), {int(documents['sentences'].sum())} sentences, "
            f"{int(documents['words'].sum())} words: OK"
        )
        return 0
    if args.command == "export":
        from newsbook.export import TABLES, export_tables

        _check_output_dir(args.out_dir, "out_dir")
        for name in args.table or []:
            if name not in TABLES:
                raise CorpusError(name, "table", f"unknown table; tables: {', '.join(TABLES)}")
        for path in export_tables(load_corpus(manifest), args.out_dir, names=args.table):
            print(path)
        return 0
    if args.command == "book":
        build.check_manifest_arg(manifest)
        build.check_book_root(args.root)
        _check_output_dir(args.build_dir, "build_dir")
        if _inside(args.build_dir, args.root / "chapters"):
            raise CorpusError(args.build_dir, "build_dir", "refusing to write into the book's chapters/")
        return build.build_book(manifest=manifest, build_dir=args.build_dir, jobs=args.jobs, force=args.force,
                                root=args.root)
    if args.command == "run":
        build.check_manifest_arg(manifest)
        _check_output_dir(args.build_dir, "build_dir")
        parameters = {name: chapters.parse_value(value) for name, value in args.parameter}
        chapters.check_parameters(chapters.chapter_path(args.chapter), parameters)
        if "manifest" in parameters:
            given = Path(str(parameters["manifest"]))
            load_corpus(given)
            parameters["manifest"] = str(given.resolve())
        else:
            load_corpus(manifest)
        return build.run_one_chapter(args.chapter, parameters=parameters, manifest=manifest, build_dir=args.build_dir)
    if args.command == "chapters":
        for name in chapters.chapter_names():
            print(name)
            for parameter in chapters.chapter_parameters(chapters.chapter_path(name)).values():
                print(f"  -p {parameter.name} ({parameter.type_name}, default {parameter.default}): {parameter.help}")
        return 0
    raise AssertionError(args.command)


if __name__ == "__main__":
    sys.exit(main())

"""The command line: ``python -m newsbook [--manifest PATH] COMMAND``.

Commands:
    check              validate a corpus (manifest and every text) and summarise it
    export DIR         write every table the book uses as CSV into DIR
    book               execute all chapters and build the HTML book (``make book``)
    run CHAPTER        execute one chapter with other parameters (``-p NAME VALUE``), apart
                       from the book, and compile its page
    chapters           list the chapters and the parameters each takes

Bad input ends with one line naming the file and the field, and exit status 2.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from newsbook.errors import CorpusError
from newsbook.paths import DEFAULT_MANIFEST, REPO_ROOT

EXIT_BAD_INPUT = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsbook", description=__doc__.split("\n\n")[0])
    parser.add_argument("--manifest", type=Path, default=DEFAULT_MANIFEST, help="corpus manifest CSV (default: %(default)s)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log each step")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("check", help="validate the corpus and summarise it")
    export = commands.add_parser("export", help="write every table as CSV")
    export.add_argument("out_dir", type=Path, help="folder to write into (created if missing)")
    export.add_argument("--table", action="append", help="only this table (repeatable), e.g. documents.csv")
    book = commands.add_parser("book", help="execute every chapter and build the HTML book")
    book.add_argument("--force", action="store_true", help="re-execute every chapter")
    book.add_argument("--jobs", type=int, default=2, help="chapters executed at once (default: %(default)s)")
    run = commands.add_parser("run", help="execute one chapter with other parameters")
    run.add_argument("chapter", help="chapter name, e.g. corpus")
    run.add_argument("-p", "--parameter", nargs=2, action="append", metavar=("NAME", "VALUE"), default=[],
                     help="a parameter; VALUE is a Python literal (['a', 'b'], 3) or plain text")
    commands.add_parser("chapters", help="list the chapters and their parameters")
    return parser


def _inside(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(message)s")
    try:
        return _dispatch(args)
    except CorpusError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as error:
        print(f"error: {error.filename or ''}: {error.strerror or error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


def _dispatch(args: argparse.Namespace) -> int:
    from newsbook import build, chapters
    from newsbook.corpus import load_corpus

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

        if _inside(args.out_dir, REPO_ROOT / "data") or _inside(args.out_dir, REPO_ROOT / "chapters"):
            raise CorpusError(args.out_dir, "out_dir", "refusing to write into the source folders data/ or chapters/")
        for name in args.table or []:
            if name not in TABLES:
                raise CorpusError(name, "table", f"unknown table; tables: {', '.join(TABLES)}")
        for path in export_tables(load_corpus(manifest), args.out_dir, names=args.table):
            print(path)
        return 0
    if args.command == "book":
        build.check_manifest_arg(manifest)
        load_corpus(manifest)
        return build.build_book(manifest=manifest, jobs=args.jobs, force=args.force)
    if args.command == "run":
        build.check_manifest_arg(manifest)
        parameters = {name: chapters.parse_value(value) for name, value in args.parameter}
        chapters.check_parameters(chapters.chapter_path(args.chapter), parameters)
        if "manifest" in parameters:
            given = Path(str(parameters["manifest"]))
            load_corpus(given)
            parameters["manifest"] = str(given.resolve())
        else:
            load_corpus(manifest)
        return build.run_one_chapter(args.chapter, parameters=parameters, manifest=manifest)
    if args.command == "chapters":
        for name in chapters.chapter_names():
            print(name)
            for parameter in chapters.chapter_parameters(chapters.chapter_path(name)).values():
                print(f"  -p {parameter.name} ({parameter.type_name}, default {parameter.default}): {parameter.help}")
        return 0
    raise AssertionError(args.command)


if __name__ == "__main__":
    sys.exit(main())

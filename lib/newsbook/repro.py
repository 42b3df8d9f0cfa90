"""The reproducibility panel each chapter ends with: parameters, corpus fingerprint, versions."""

from __future__ import annotations

import hashlib
import html
import importlib.metadata
from collections.abc import Mapping
from pathlib import Path

from IPython.display import HTML

from newsbook.corpus import Corpus

KEY_PACKAGES = ("newsbook", "pandas", "matplotlib", "nltk", "papermill", "jupyter-book", "dateparser")


def corpus_fingerprint(corpus: Corpus) -> str:
    """SHA-256 over the manifest bytes and every text's bytes, in manifest order (first 16 hex)."""
    digest = hashlib.sha256(Path(corpus.manifest_path).read_bytes())
    for doc in corpus:
        digest.update(doc.doc_id.encode())
        digest.update(doc.path.read_bytes())
    return digest.hexdigest()[:16]


def package_versions(names: tuple[str, ...] = KEY_PACKAGES) -> dict[str, str]:
    """Installed versions of ``names`` (``"not installed"`` where missing)."""
    versions = {}
    for name in names:
        try:
            versions[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions


def reproducibility_panel(corpus: Corpus, parameters: Mapping[str, object]) -> HTML:
    """An HTML box: the parameters this page ran with, the corpus fingerprint, package versions."""
    params = "".join(f"<li><code>{html.escape(k)} = {html.escape(repr(v))}</code></li>" for k, v in parameters.items())
    versions = ", ".join(f"{html.escape(k)} {html.escape(v)}" for k, v in package_versions().items())
    return HTML(
        '<div class="repro-panel"><strong>Reproducibility.</strong> '
        f"This page ran with:<ul>{params}</ul>"
        f"Corpus: {len(corpus)} documents from <code>{html.escape(Path(corpus.manifest_path).name)}</code>, "
        f"fingerprint <code>{corpus_fingerprint(corpus)}</code> (SHA-256 of the manifest and texts). "
        f"Packages: {versions}.</div>"
    )

"""newsbook: parse a small news corpus into tidy tables with exact source offsets.

Every unit the library yields (paragraph, sentence, token, quote, date, mention) carries
``start`` and ``end`` character offsets such that ``document.text[start:end]`` is the unit's
text, where ``document.text`` is the file decoded as UTF-8 with no newline translation.
"""

from __future__ import annotations

from typing import Any

from newsbook.errors import CorpusError

__all__ = ["Corpus", "Document", "CorpusError", "load_corpus"]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    # The corpus classes load pandas and NLTK: imported on first use, so that a command that
    # needs neither (a no-op ``newsbook book``) starts in a fraction of the time.
    if name in ("Corpus", "Document", "load_corpus"):
        from newsbook import corpus

        return getattr(corpus, name)
    raise AttributeError(f"module 'newsbook' has no attribute {name!r}")

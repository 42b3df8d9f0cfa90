"""Make a synthetic corpus of N documents from the shipped texts, for the scale benchmark.

Each synthetic document keeps one shipped document's head and tail (title, chrome, credits) and a
body of content paragraphs drawn from all five texts, shuffled with a fixed seed, so no two
documents are identical; dates vary over January 2022 and outlets over a list of twelve.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
from pathlib import Path

from newsbook import load_corpus
from newsbook.paths import DEFAULT_MANIFEST

OUTLETS = ["NPR", "AP", "VOA", "The Conversation", "Reuters", "BBC", "RFE/RL", "Eurasianet",
           "The Guardian", "Al Jazeera", "DW", "France 24"]


def make_synthetic_corpus(out_dir: Path, count: int, *, seed: int = 2022, paragraphs_per_doc: int = 14) -> Path:
    """Write ``count`` documents and their manifest into ``out_dir``; return the manifest path."""
    corpus = load_corpus(DEFAULT_MANIFEST)
    sources = list(corpus)
    pool = [(doc.format, doc.text[a:b]) for doc in sources
            for a, b in doc.content_paragraphs()[["start", "end"]].itertuples(index=False)]
    articles = [text for fmt, text in pool if fmt == "article"]
    turns = [text for fmt, text in pool if fmt == "transcript"]
    rng = random.Random(seed)
    texts_dir = out_dir / "texts"
    texts_dir.mkdir(parents=True, exist_ok=True)
    rows = []
    for number in range(count):
        template = sources[number % len(sources)]
        body_pool = turns if template.format == "transcript" else articles
        body = rng.sample(body_pool, min(paragraphs_per_doc, len(body_pool)))
        title = f"Synthetic report {number}: " + rng.choice(articles)[:60].rsplit(" ", 1)[0]
        text = title + "\n\n" + "\n\n".join(body) + "\n\nSource link\n"
        doc_id = f"syn-{number:05d}"
        (texts_dir / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        published = dt.date(2022, 1, 1) + dt.timedelta(days=rng.randrange(31))
        rows.append({"id": doc_id, "file": f"texts/{doc_id}.txt", "outlet": rng.choice(OUTLETS), "host": "",
                     "format": template.format, "title": title, "authors": "; ".join(template.authors),
                     "published": published.isoformat(), "published_evidence": "synthetic", "rights": "synthetic"})
    manifest = out_dir / "corpus.csv"
    with manifest.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return manifest


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("count", type=int)
    args = parser.parse_args()
    print(make_synthetic_corpus(args.out_dir, args.count))

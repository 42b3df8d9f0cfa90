"""One look for every figure: outlet colours that stay the same across the whole book."""

from __future__ import annotations

import matplotlib as mpl

KNOWN_OUTLETS = {
    "NPR": "#1f5fa8",
    "The Conversation": "#d1495b",
    "AP": "#2e8540",
    "VOA": "#8c5fb8",
}
_SPARE = ["#e07b00", "#00798c", "#6b4f2a", "#c2187a", "#4d6b00", "#5a5a5a"]


def outlet_color(outlet: str, outlets: list[str] | None = None) -> str:
    """The colour of ``outlet``: fixed for the shipped outlets, stable by name for others."""
    if outlet in KNOWN_OUTLETS:
        return KNOWN_OUTLETS[outlet]
    others = sorted(o for o in (outlets or [outlet]) if o not in KNOWN_OUTLETS)
    index = others.index(outlet) if outlet in others else sum(map(ord, outlet))
    return _SPARE[index % len(_SPARE)]


def outlet_palette(outlets: list[str]) -> dict[str, str]:
    """``{outlet: colour}`` for the outlets of a corpus."""
    return {o: outlet_color(o, outlets) for o in outlets}


def apply_book_style() -> None:
    """Matplotlib settings every chapter uses: readable sizes, no chart junk, fixed metadata."""
    mpl.rcParams.update({
        "figure.figsize": (9, 4.5),
        "figure.dpi": 110,
        "savefig.dpi": 110,
        "font.size": 11,
        "axes.titlesize": 13,
        "axes.titleweight": "bold",
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.grid": False,
        "svg.hashsalt": "newsbook",
        "path.simplify": True,
    })

"""One look for every figure: outlet colours that stay the same across the whole book.

Figures are drawn :data:`FIGURE_WIDTH` inches wide at :data:`FIGURE_DPI`, so that they fill the
book's reading column at their natural size (no scaling down, fonts as set here); the kernel
renders them as SVG, sharp at any zoom, with their words as text: a reader can select and search them,
the files are half the size, and a figure draws about a tenth faster than with every glyph drawn as a
path. The SVG names matplotlib's font (DejaVu Sans) and then the same list of fallbacks
(Verdana, Arial, ...); the layout is worked out with DejaVu Sans, one of the widest of them, so text
drawn in a fallback still fits its place.
"""

from __future__ import annotations

import re

import matplotlib as mpl
import matplotlib.pyplot as plt
from matplotlib.axes import Axes
from matplotlib.figure import Figure

FIGURE_WIDTH = 6.6
"""Inches: at :data:`FIGURE_DPI`, 660 CSS pixels, the width of the book's reading column."""
FIGURE_DPI = 100
TITLE_SIZE = 12.5

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


def column_axes(height: float) -> Axes:
    """Axes on a new figure as wide as the reading column (:data:`FIGURE_WIDTH`), ``height`` inches
    tall, for a plot function that draws on given axes."""
    _, ax = plt.subplots(figsize=(FIGURE_WIDTH, height), layout="constrained")
    return ax


def figure_title(fig: Figure, text: str) -> None:
    """The figure's title (its finding), from the left edge, wrapped when drawn to the figure's width.

    >>> import matplotlib.pyplot as plt
    >>> fig = plt.figure(figsize=(FIGURE_WIDTH, 2))
    >>> figure_title(fig, "a finding")
    >>> fig.get_suptitle(), fig._suptitle.get_wrap()
    ('a finding', True)
    """
    fig.suptitle(text, x=0.01, ha="left", fontsize=TITLE_SIZE, fontweight="bold", wrap=True)


_SVG_ID = re.compile(r'\bid="([a-z][0-9a-f]{10})"')
"""The ids matplotlib gives an SVG's clip paths and markers: a letter and ten hex digits of a hash."""


def stable_svg_ids(svg: str) -> str:
    """``svg`` with matplotlib's hashed ids renumbered in order of appearance.

    matplotlib names a clip path by a hash of its rectangle's coordinates, whose last digits
    (far below what the drawing shows) can differ from one kernel to the next; the same figure
    must give the same bytes.

    >>> stable_svg_ids('<clipPath id="p0123456789"/><path clip-path="url(#p0123456789)"/><g id="m89abcdef01"/>')
    '<clipPath id="p1"/><path clip-path="url(#p1)"/><g id="m2"/>'
    """
    names: dict[str, str] = {}
    for found in _SVG_ID.findall(svg):
        names.setdefault(found, f"{found[0]}{len(names) + 1}")
    if not names:
        return svg
    return re.sub("|".join(map(re.escape, names)), lambda m: names[m.group()], svg)


def _render_stable_svg() -> None:
    """In a kernel, wrap the SVG renderer of figures so every figure passes through :func:`stable_svg_ids`."""
    try:
        from IPython import get_ipython
    except ImportError:
        return
    shell = get_ipython()
    if shell is None:
        return
    formatter = shell.display_formatter.formatters["image/svg+xml"]
    try:
        current = formatter.lookup_by_type(Figure)
    except KeyError:  # the kernel renders no SVG
        return
    if getattr(current, "stable_ids", False):
        return

    def render(fig: Figure) -> object:
        data = current(fig)
        return stable_svg_ids(data) if isinstance(data, str) else data

    render.stable_ids = True
    formatter.for_type(Figure, render)


def apply_book_style() -> None:
    """Matplotlib settings every chapter uses: readable sizes, no chart junk, fixed metadata; in a
    kernel, SVG figures with stable ids (:func:`stable_svg_ids`)."""
    _render_stable_svg()
    mpl.rcParams.update({
        "figure.figsize": (FIGURE_WIDTH, 4),
        "figure.dpi": FIGURE_DPI,
        "savefig.dpi": 2 * FIGURE_DPI,  # in an SVG only the raster of an image (the heatmap's cells) has a dpi
        "font.size": 11,
        "axes.titlesize": 12,
        "axes.labelsize": 11,
        "xtick.labelsize": 10,
        "ytick.labelsize": 10,
        "legend.fontsize": 10,
        "axes.titleweight": "bold",
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.grid": False,
        "svg.hashsalt": "newsbook",
        "svg.fonttype": "none",  # words as text (see the module docstring)
        "path.simplify": True,
    })

"""Bar charts as inline SVG, drawn on the server: no script, no library, nothing fetched.

:func:`bars` takes labelled groups of integer values (fen, counts) and returns the ``<svg>``
as ``Markup`` for a template; every text in it is escaped.  Heights are integer arithmetic on
the values (scaled to the largest), so money never passes through a float.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from markupsafe import Markup, escape

WIDTH, HEIGHT = 900, 260
LEFT, BOTTOM, TOP = 70, 40, 16


def bars(
    labels: Sequence[str],
    series: Sequence[tuple[str, str, Sequence[int]]],
    value_label: str = "",
    fmt: Callable[[int], str] = str,
) -> Markup:
    """One group of bars per label; ``series`` is (css class, legend, values) per bar of a
    group.  Negative values draw as zero (a day of refunds).  ``fmt`` writes a value (e.g. fen
    as yuan) for the axis and the tooltips; ``value_label`` names the chart."""
    n = max(len(labels), 1)
    top = max([1, *(v for _c, _l, values in series for v in values)])
    plot_w, plot_h = WIDTH - LEFT - 10, HEIGHT - BOTTOM - TOP
    group = plot_w // n
    bar_w = max(1, (group - 2) // max(len(series), 1))
    parts = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'xmlns="http://www.w3.org/2000/svg" aria-label="{escape(value_label)}">',
        f'<line x1="{LEFT}" y1="{TOP + plot_h}" x2="{WIDTH - 10}" y2="{TOP + plot_h}" '
        'stroke="#9aa5b1"/>',
        f'<line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{TOP + plot_h}" stroke="#9aa5b1"/>',
        f'<text x="{LEFT - 4}" y="{TOP + 4}" text-anchor="end">{escape(fmt(top))}</text>',
        f'<text x="{LEFT - 4}" y="{TOP + plot_h}" text-anchor="end">0</text>',
    ]
    every = max(1, n // 15)  # at most ~15 labels under the axis
    for i, label in enumerate(labels):
        x0 = LEFT + i * group + 1
        for j, (css, legend, values) in enumerate(series):
            value = max(0, values[i]) if i < len(values) else 0
            h = value * plot_h // top
            parts.append(
                f'<rect class="{escape(css)}" x="{x0 + j * bar_w}" y="{TOP + plot_h - h}" '
                f'width="{max(1, bar_w - 1)}" height="{h}"><title>{escape(label)} '
                f"{escape(legend)}: {escape(fmt(value))}</title></rect>"
            )
        if i % every == 0:
            parts.append(
                f'<text x="{x0 + group // 2}" y="{HEIGHT - BOTTOM + 14}" '
                f'text-anchor="middle">{escape(label)}</text>'
            )
    for j, (css, legend, _values) in enumerate(series):
        x = LEFT + j * 160
        parts.append(
            f'<rect class="{escape(css)}" x="{x}" y="{HEIGHT - 16}" width="12" height="12"/>'
            f'<text x="{x + 16}" y="{HEIGHT - 6}">{escape(legend)}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))

"""The report's charts as inline SVG: a bar, the distribution of totals against the grade
bands, and the shade of a heat-map cell.

Why SVG written here rather than a charting library: the report needs three simple shapes,
and it must open offline, print as vectors on A4 and show the exact decimals `score`
computes. The libraries that ship their JavaScript in a wheel add megabytes to every report
(plotly.js is about 4.6 MB) or a stack of runtime dependencies (bokeh: numpy, pillow,
tornado …), draw on a canvas that prints as a bitmap, and take the numbers as floats; the
SVG below is a few kilobytes, runs no script, and every label in it is text the caller
gives. Geometry is worked out with Decimals too and rounded to a tenth of a pixel.

Every string that reaches a chart is escaped here (`esc`); numbers arrive as Decimals.
"""

from __future__ import annotations

import html
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal

from ..records import dataclass
from ..numerals import plain

ZERO = Decimal(0)


def esc(text: str) -> str:
    """Text as HTML/SVG shows it, never as markup (quotes too: it may sit in an attribute)."""
    return html.escape(str(text), quote=True)


def px(value: Decimal) -> str:
    """A coordinate: a tenth of a pixel is finer than any printer's dot."""
    out = value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP).normalize()
    return format(out, "f") if out else "0"


# ---------------------------------------------------------------------------- a bar

BAR_WIDTH, BAR_HEIGHT = 160, 12


def bar(value: Decimal, scale: Decimal, label: str, *, signed: bool = False, css: str = "bar") -> str:
    """One horizontal bar, `value` of `scale` long. `signed`: zero in the middle, a negative
    value to its left (points that make up for others' losses)."""
    width = Decimal(BAR_WIDTH)
    origin = width / 2 if signed else ZERO
    room = width - origin
    length = min(abs(value) / scale * room, room) if scale > 0 else ZERO
    if value < 0 and not signed:
        length = ZERO
    x = origin - length if value < 0 else origin
    kind = " negative" if value < 0 else ""
    axis = (f'<line x1="{px(origin)}" y1="0" x2="{px(origin)}" y2="{BAR_HEIGHT}" class="axis"/>'
            if signed else "")
    return (f'<svg class="{css}" width="{BAR_WIDTH}" height="{BAR_HEIGHT}" viewBox="0 0 {BAR_WIDTH} {BAR_HEIGHT}" '
            f'role="img" aria-label="{esc(label)}"><rect class="track" x="0" y="1" width="{BAR_WIDTH}" '
            f'height="{BAR_HEIGHT - 2}"/><rect class="fill{kind}" x="{px(x)}" y="1" width="{px(length)}" '
            f'height="{BAR_HEIGHT - 2}"/>{axis}</svg>')


# ------------------------------------------------------------------------ the heat map

# (share of points kept at least, css class, legend): the first that holds.
SHADES = ((Decimal(1), "k100", "全部得分"), (Decimal("0.9"), "k90", "90%及以上"),
          (Decimal("0.75"), "k75", "75%–90%"), (Decimal("0.6"), "k60", "60%–75%"),
          (None, "k0", "60%以下"))


def shade(kept: Decimal, points: Decimal) -> str:
    """The css class of a heat-map cell: which band the share kept (`kept` of `points`) is in."""
    for least, css, _ in SHADES:
        if least is None or kept >= least * points:
            return css
    raise AssertionError("the last shade takes every share")


# ---------------------------------------------------------------------- the distribution

@dataclass(frozen=True)
class Band:
    """A grade band as the chart draws it: from `low` to `high` (None: the chart's edge)."""

    grade: str
    low: Decimal | None
    high: Decimal | None


WIDTH, LEFT, RIGHT, TOP, AXIS = 720, 16, 16, 22, 26
DOT, STEP = 5, 12


def distribution(totals: list[tuple[str, Decimal]], bands: list[Band], low: Decimal, high: Decimal) -> str:
    """Each unit's total as a dot on an axis from `low` to `high`, over the grade bands;
    dots closer than a dot's width stack upwards. `totals`: (name, total)."""
    span = high - low if high > low else Decimal(1)
    inner = Decimal(WIDTH - LEFT - RIGHT)

    def x(value: Decimal) -> Decimal:
        return LEFT + (min(max(value, low), high) - low) / span * inner

    placed: list[tuple[Decimal, int]] = []
    dots = []
    for name, total in sorted(totals, key=lambda t: t[1]):
        cx = x(total)
        level = sum(1 for other, _ in placed if abs(other - cx) < 2 * DOT)
        placed.append((cx, level))
        dots.append((cx, level, name, total))
    levels = max((lv for _, lv, _, _ in dots), default=0) + 1
    plot = max(3, levels) * STEP + 8
    height = TOP + plot + AXIS
    base = TOP + plot
    out = [f'<svg class="distribution" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" '
           f'role="img" aria-label="总分分布">']
    for i, band in enumerate(bands):
        left = x(band.low if band.low is not None else low)
        right = x(band.high if band.high is not None else high)
        if right <= left:
            continue
        out.append(f'<rect class="band b{i % 4}" x="{px(left)}" y="{TOP}" width="{px(right - left)}" '
                   f'height="{plot}"><title>{esc(band.grade)}</title></rect>')
        out.append(f'<text class="grade" x="{px((left + right) / 2)}" y="{TOP - 6}">{esc(band.grade)}</text>')
    out.append(f'<line class="axis" x1="{LEFT}" y1="{base}" x2="{WIDTH - RIGHT}" y2="{base}"/>')
    for tick in ticks(low, high):
        tx = px(x(tick))
        out.append(f'<line class="tick" x1="{tx}" y1="{base}" x2="{tx}" y2="{base + 4}"/>'
                   f'<text class="tick" x="{tx}" y="{base + 16}">{esc(plain(tick))}</text>')
    for cx, level, name, total in dots:
        cy = base - DOT - 2 - level * STEP
        out.append(f'<circle class="unit" cx="{px(cx)}" cy="{cy}" r="{DOT}">'
                   f'<title>{esc(name)}: {esc(plain(total))}</title></circle>')
    out.append("</svg>")
    return "".join(out)


def ticks(low: Decimal, high: Decimal) -> list[Decimal]:
    """Round values (1, 2 or 5 times a power of ten apart) from `low` to `high`, at most 11."""
    span = high - low
    if span <= 0:
        return [low]
    power = Decimal(1).scaleb(span.adjusted() - 1)  # a tenth of the span's order of magnitude
    step = next(power * m for m in (1, 2, 5, 10) if span / (power * m) <= 10)
    first = (low / step).to_integral_value(rounding=ROUND_CEILING) * step
    out = []
    value = first
    while value <= high:
        out.append(value + 0)  # -0 is 0
        value += step
    return out

"""render/charts.py: the report's SVG, worked out from exact decimals."""

from __future__ import annotations

import re
from decimal import Decimal as D

from jdscore.render.charts import BAR_WIDTH, Band, bar, distribution, shade, ticks


def _fill(svg: str) -> tuple[D, D]:
    x, width = re.search(r'class="fill[^"]*" x="([^"]+)" y="1" width="([^"]+)"', svg).groups()
    return D(x), D(width)


def test_a_bar_is_as_long_as_its_share_of_the_scale():
    assert _fill(bar(D(30), D(30), "")) == (0, BAR_WIDTH)
    assert _fill(bar(D("7.5"), D(30), "")) == (0, 40)
    assert _fill(bar(D(0), D(30), "")) == (0, 0)
    assert _fill(bar(D(45), D(30), "")) == (0, BAR_WIDTH)   # a bonus above full marks: the whole track
    assert _fill(bar(D(-2), D(30), "")) == (0, 0)           # a total below 0 has no bar
    assert _fill(bar(D(5), D(0), "")) == (0, 0)             # nothing to measure against


def test_a_signed_bar_grows_both_ways_from_the_middle():
    middle = D(BAR_WIDTH) / 2
    assert _fill(bar(D(10), D(10), "", signed=True)) == (middle, middle)
    assert _fill(bar(D(-5), D(10), "", signed=True)) == (middle - middle / 2, middle / 2)
    assert 'class="fill negative"' in bar(D(-5), D(10), "", signed=True)


def test_shades_take_exact_shares():
    assert shade(D(8), D(8)) == "k100"
    assert shade(D("7.2"), D(8)) == "k90"      # exactly 90%
    assert shade(D("7.19"), D(8)) == "k75"
    assert shade(D(6), D(8)) == "k75"          # exactly 75%
    assert shade(D("4.8"), D(8)) == "k60"
    assert shade(D("4.79"), D(8)) == "k0"
    assert shade(D(-1), D(8)) == "k0"


def test_ticks_are_round_and_few_whatever_the_range():
    assert ticks(D(0), D(100)) == [D(v) for v in range(0, 101, 10)]
    assert ticks(D(0), D(7)) == [D(v) for v in range(0, 8)]
    assert ticks(D(-3), D(27)) == [D(v) for v in range(0, 26, 5)]
    assert [str(t) for t in ticks(D(-3), D(27))][0] == "0"   # not -0
    assert ticks(D(0), D("0.5"))[:3] == [D(0), D("0.05"), D("0.1")]
    assert len(ticks(D(0), D(10) ** 15)) == 11                # a huge total: still 11, at once
    assert ticks(D(5), D(5)) == [D(5)]


def test_distribution_draws_a_dot_per_unit_over_the_bands():
    svg = distribution([("甲", D(95)), ("乙", D(95)), ("<丙>", D(62))],
                       [Band("优秀", D(90), None), Band("合格", D(60), D(90)), Band("差", None, D(60))],
                       D(0), D(100))
    dots = re.findall(r'<circle class="unit" cx="([^"]+)" cy="([^"]+)"', svg)
    assert len(dots) == 3
    (x1, y1), (x2, y2) = [d for d in dots if d[0] == dots[-1][0]]  # the two 95s: one above the other
    assert y1 != y2
    assert len(re.findall(r'<rect class="band', svg)) == 3
    assert "<title>&lt;丙&gt;: 62</title>" in svg and "<丙>" not in svg
    assert '<text class="grade"' in svg and ">优秀</text>" in svg

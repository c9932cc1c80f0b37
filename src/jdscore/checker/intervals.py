"""Exact reasoning about tiers and grade bands: which values fall in none, in two, or
only where a better option already holds.

The number line is cut at every bound any option writes. That leaves finitely many
*pieces*: each bound itself, and the open stretches between neighbouring bounds. Every
option (a tier, a band) contains a piece wholly or not at all, so testing one value
inside a piece answers for the whole piece: no float, no sampling, exact under any mix
of inclusive and exclusive ends (`以上`, `超过`, `(含)`, `(不含)`, the 边界 header, 区间).

A *domain* says which values can occur at all: counts are whole numbers from 0, rates
and amounts are not negative, totals lie between the lowest and highest reachable (and
are multiples of 0.01 when the rubric keeps two places). A piece that holds no possible
value is left out, so `1至2次` and `3次以上` leave no gap between them.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Sequence

from ..records import dataclass
from .. import ast as A
from ..numerals import plain

_TWO = Decimal(2)


@dataclass(frozen=True)
class Domain:
    low: A.Bound | None = None
    high: A.Bound | None = None
    step: Decimal | None = None  # values are whole multiples of step (1 for counts)

    def holds(self, low: A.Bound | None, high: A.Bound | None) -> bool:
        """Does some possible value lie between `low` and `high`?"""
        low, high = _tighter(low, self.low, True), _tighter(high, self.high, False)
        if low is None or high is None:
            return True  # unbounded on one side: values (and multiples of step) always exist
        if self.step is None:
            return low.value < high.value or (
                low.value == high.value and low.inclusive and high.inclusive)
        return self._first(low) <= self._last(high)

    def _first(self, low: A.Bound | None) -> Decimal | None:
        if low is None:
            return None
        if self.step is None:
            return low.value
        k = _ceil(low.value / self.step)
        if not low.inclusive and k * self.step == low.value:
            k += 1
        return k * self.step

    def _last(self, high: A.Bound | None) -> Decimal | None:
        if high is None:
            return None
        if self.step is None:
            return high.value
        k = _floor(high.value / self.step)
        if not high.inclusive and k * self.step == high.value:
            k -= 1
        return k * self.step

    def span_of(self, low: A.Bound | None, high: A.Bound | None) -> tuple[A.Bound | None, A.Bound | None]:
        """The bounds of the possible values between `low` and `high` (for messages)."""
        low, high = _tighter(low, self.low, True), _tighter(high, self.high, False)
        if self.step is not None:
            first, last = self._first(low), self._last(high)
            return (None if first is None else A.Bound(first, True),
                    None if last is None else A.Bound(last, True))
        return low, high


def _ceil(x: Decimal) -> Decimal:
    return x.to_integral_value(rounding="ROUND_CEILING")


def _floor(x: Decimal) -> Decimal:
    return x.to_integral_value(rounding="ROUND_FLOOR")


def _tighter(a: A.Bound | None, b: A.Bound | None, lower: bool) -> A.Bound | None:
    if a is None:
        return b
    if b is None:
        return a
    if a.value != b.value:
        if lower:
            return a if a.value > b.value else b
        return a if a.value < b.value else b
    return A.Bound(a.value, a.inclusive and b.inclusive)


@dataclass(frozen=True)
class Piece:
    """A bound (low == high, point) or the open stretch between two bounds (None: no end)."""

    low: Decimal | None
    high: Decimal | None
    point: bool

    def sample(self) -> Decimal:
        if self.point:
            return self.low
        if self.low is None and self.high is None:
            return Decimal(0)
        if self.low is None:
            return self.high - 1
        if self.high is None:
            return self.low + 1
        return (self.low + self.high) / _TWO

    def bounds(self) -> tuple[A.Bound | None, A.Bound | None]:
        if self.point:
            return A.Bound(self.low, True), A.Bound(self.high, True)
        return (None if self.low is None else A.Bound(self.low, False),
                None if self.high is None else A.Bound(self.high, False))


def cut(intervals: Sequence[A.Interval | None]) -> list[Piece]:
    values = sorted({b.value for iv in intervals if iv is not None
                     for b in (iv.low, iv.high) if b is not None})
    if not values:
        return [Piece(None, None, False)]
    pieces = [Piece(None, values[0], False)]
    for i, v in enumerate(values):
        pieces.append(Piece(v, v, True))
        pieces.append(Piece(v, values[i + 1] if i + 1 < len(values) else None, False))
    return pieces


@dataclass
class Option:
    """A tier or a band: its interval (None: every value no other option takes), how good
    it is for the assessed unit (higher is better), and where it was written."""

    interval: A.Interval | None
    goodness: Decimal
    index: int
    node: object


@dataclass
class Run:
    """Consecutive pieces, as one stretch of values."""

    low: A.Bound | None
    high: A.Bound | None
    first: int  # index of the first piece
    last: int


@dataclass
class Analysis:
    pieces: list[Piece]
    covering: list[list[Option]]  # per possible piece, the options that hold there
    options: list[Option]
    domain: Domain

    def runs(self, indices: list[int]) -> list[Run]:
        """Merge neighbouring pieces (among the possible ones) into stretches."""
        runs: list[Run] = []
        for i in indices:
            low, high = self.domain.span_of(*self.pieces[i].bounds())
            if runs and runs[-1].last == self._previous(i):
                runs[-1].high, runs[-1].last = high, i
            else:
                runs.append(Run(low, high, i, i))
        return runs

    def _previous(self, i: int) -> int | None:
        j = i - 1
        while j >= 0 and self.covering[j] is None:
            j -= 1
        return j if j >= 0 else None

    def possible(self) -> list[int]:
        return [i for i, c in enumerate(self.covering) if c is not None]

    def gaps(self, *, inside_only: bool) -> list[Run]:
        """Stretches of possible values no option holds. `inside_only`: only between the
        lowest and highest covered values (below all tiers scoring 0 is how tiers read)."""
        possible = self.possible()
        covered = [i for i in possible if self.covering[i]]
        if not covered:
            return []
        empty = [i for i in possible if not self.covering[i]
                 and (not inside_only or covered[0] < i < covered[-1])]
        return self.runs(empty)

    def neighbour(self, run: Run) -> Option | None:
        """The option just above a stretch of values (else just below): where to point."""
        possible = self.possible()
        after = [i for i in possible if i > run.last and self.covering[i]]
        before = [i for i in possible if i < run.first and self.covering[i]]
        if after:
            return self.covering[after[0]][0]
        if before:
            return self.covering[before[-1]][0]
        return None

    def pieces_of(self, option: Option) -> list[int]:
        return [i for i in self.possible() if option in self.covering[i]]

    def winner(self, held: list[Option]) -> Option:
        """Of the options that hold at a value, the one that decides: the innermost of
        nested conditions (A.nesting), else the better one, else the one written first."""
        depth = self._depth()
        return min(held, key=lambda o: (-depth[o.index], -o.goodness, o.index))

    def _depth(self) -> dict[int, int]:
        if not hasattr(self, "_depths"):
            levels = A.nesting([o.interval for o in self.options])
            self._depths = {o.index: d for o, d in zip(self.options, levels)}
        return self._depths

    def beaten(self, option: Option) -> list[Option] | None:
        """The options that take every value of `option` (it never decides), else None."""
        mine = self.pieces_of(option)
        if not mine:
            return []
        winners: list[Option] = []
        for i in mine:
            won = self.winner(self.covering[i])
            if won is option:
                return None
            if won not in winners:
                winners.append(won)
        return winners

    def overlaps(self) -> list[tuple[Option, Option, list[Run]]]:
        """Pairs of options that share values, neither inside the other.

        One option wholly inside another is how thresholds are written (`90分以上` inside
        `80分以上`): fine when the inner one is better, and when it is not, it never
        decides (reported as such). Options with the same goodness overlap harmlessly."""
        out = []
        sets = {id(o): set(self.pieces_of(o)) for o in self.options}
        for a_i, a in enumerate(self.options):
            for b in self.options[a_i + 1:]:
                if a.interval is None or b.interval is None or a.goodness == b.goodness:
                    continue
                pa, pb = sets[id(a)], sets[id(b)]
                common = pa & pb
                if common and not pa <= pb and not pb <= pa:
                    out.append((a, b, self.runs(sorted(common))))
        return out


def analyse(options: list[Option], domain: Domain) -> Analysis:
    pieces = cut([o.interval for o in options])
    covering: list[list[Option] | None] = []
    for piece in pieces:
        if not domain.holds(*piece.bounds()):
            covering.append(None)
            continue
        x = piece.sample()
        held = [o for o in options if o.interval is not None and o.interval.contains(x)]
        if not held:
            held = [o for o in options if o.interval is None]  # 其余
        covering.append(held)
    return Analysis(pieces, covering, options, domain)


# ------------------------------------------------------------------------- messages

def show(value: Decimal, unit: A.Unit) -> str:
    if unit is A.Unit.PERCENT:
        return plain(value * 100) + "%"
    if unit is A.Unit.POINTS:
        return plain(value) + "分"
    return plain(value)


def describe(low: A.Bound | None, high: A.Bound | None, unit: A.Unit) -> str:
    """A stretch of values in words: 80分, 高于90分, 90分(不含)至100分(含)."""
    if low is not None and high is not None and low.value == high.value:
        return show(low.value, unit)
    if low is None and high is None:
        return "任何值"
    if low is None:
        return ("不高于" if high.inclusive else "低于") + show(high.value, unit)
    if high is None:
        return ("不低于" if low.inclusive else "高于") + show(low.value, unit)
    if low.inclusive and high.inclusive:  # X至Y includes both ends, as in a rule sentence
        return f"{show(low.value, unit)}至{show(high.value, unit)}"
    mark = {True: "(含)", False: "(不含)"}
    return f"{show(low.value, unit)}{mark[low.inclusive]}至{show(high.value, unit)}{mark[high.inclusive]}"


def describe_en(low: A.Bound | None, high: A.Bound | None, unit: A.Unit = A.Unit.NONE) -> str:
    """`= 80` for one value, `in (90, 100]` for a stretch."""
    def num(v: Decimal) -> str:
        return plain(v * 100) + "%" if unit is A.Unit.PERCENT else plain(v)

    if low is not None and high is not None and low.value == high.value:
        return f"= {num(low.value)}"
    left = "(-inf" if low is None else ("[" if low.inclusive else "(") + num(low.value)
    right = "+inf)" if high is None else num(high.value) + ("]" if high.inclusive else ")")
    return f"in {left}, {right}"

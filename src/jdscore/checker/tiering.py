"""Tiers and grade bands as options on the number line (shared by the W311–W316 checks)."""

from __future__ import annotations

from decimal import Decimal

from ..records import dataclass
from .. import ast as A
from ..schema import Kind
from .base import Context
from .intervals import Analysis, Domain, Option, analyse

_ZERO = A.Bound(Decimal(0), True)


@dataclass
class TierRule:
    line: A.RuleLine
    rule: A.Tiers | A.PerRecordTiers
    analysis: Analysis
    unit: A.Unit

    @property
    def label(self) -> str:
        return self.rule.fact.label


def fact_domain(ctx: Context, ref: A.FactRef) -> Domain:
    """The values a fact (or a record's attribute) can take; a metric may be any ratio."""
    if ref.name in ctx.metric_names:
        return Domain()
    spec = ctx.schema.facts.get(ref.name)
    if spec is not None and ref.attribute is not None:
        spec = spec.attributes.get(ref.attribute)
    if spec is None:
        return Domain()
    if spec.kind is Kind.COUNT:
        return Domain(_ZERO, None, Decimal(1))
    if spec.kind is Kind.RATE:
        return Domain(_ZERO, None if spec.most is None else A.Bound(spec.most, True))
    if spec.kind is Kind.QUANTITY:
        return Domain(_ZERO)
    return Domain()


def tier_rules(ctx: Context) -> list[TierRule]:
    return ctx.memo("tier_rules", lambda: _tier_rules(ctx))


def _tier_rules(ctx: Context) -> list[TierRule]:
    found = []
    for line in ctx.lines():
        for rule in A.scoring_rules(line.rule):
            if not isinstance(rule, (A.Tiers, A.PerRecordTiers)) or len(rule.tiers) < 1:
                continue
            options = [Option(t.interval, t.points, i, t) for i, t in enumerate(rule.tiers)]
            unit = next((t.interval.unit for t in rule.tiers if t.interval.unit is not A.Unit.NONE), A.Unit.NONE)
            found.append(TierRule(line, rule, analyse(options, fact_domain(ctx, rule.fact)), unit))
    return found


# ------------------------------------------------------------------------------ bands

@dataclass
class BandSet:
    bands: A.GradeBands
    analysis: Analysis
    domain_known: bool  # the lowest and highest total are known
    unit: A.Unit = A.Unit.POINTS  # 得分率90%以上: the totals as shares, in percent


def band_set(ctx: Context) -> BandSet | None:
    return ctx.memo("band_set", lambda: _band_set(ctx))


def _band_set(ctx: Context) -> BandSet | None:
    bands = ctx.rubric.bands
    if bands is None or bands.judged is not None or not bands.bands:
        return None
    domain, known = total_domain(ctx)
    if bands.of_share:
        full = ctx.rubric.full_marks
        if not full:
            return None  # (得分率 with no 满分: E327 says so; no totals to check them against)
        # 得分率90%以上: the totals as shares of the full marks
        domain = Domain(*(None if b is None else A.Bound(b.value / full, b.inclusive) for b in (domain.low, domain.high)))
    options = [Option(b.interval, Decimal(-i), i, b) for i, b in enumerate(bands.bands)]
    return BandSet(bands, analyse(options, domain), known, A.Unit.PERCENT if bands.of_share else A.Unit.POINTS)


def total_domain(ctx: Context) -> tuple[Domain, bool]:
    """Totals a unit can reach: lowest to highest reachable (or to 满分 when that is higher:
    a draft whose items do not add up yet is checked against the total it declares)."""
    rubric = ctx.rubric
    step = None
    if rubric.precision is not None:
        step = Decimal(1).scaleb(-rubric.precision.places)
    total = ctx.total_range
    full = rubric.full_marks
    if total is None:
        if full is None:
            return Domain(step=step), False
        return Domain(_ZERO, A.Bound(full, True), step), True
    high = total.high
    if high is not None and full is not None and full > high:
        high = full
    return Domain(None if total.low is None else A.Bound(total.low, True),
                  None if high is None else A.Bound(high, True), step), True

"""Property tests: random rubrics and random facts.

- no item ever scores above its points, nor below zero when it (or a line in it) says 扣完为止;
- every score is an exact decimal: the compiled fixed-point result equals an independent
  reference computed with Python fractions, straight from the rule's meaning.
"""

from decimal import Decimal
from fractions import Fraction

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jdscore.bounds import is_deduction_item
from jdscore.build import load_rubric
from jdscore.compiler import compile_rubric
from jdscore.facts import Located, Validator
from jdscore.runtime import score_units
from jdscore.source import Source

points = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("10"), places=2)
small_points = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("2"), places=2)
counts = st.integers(min_value=0, max_value=60)
rates = st.decimals(min_value=Decimal("0"), max_value=Decimal("1"), places=4)


def _deducts(fn):
    """Mark a reference scorer as a deduction (an item of deductions counts down from its points)."""
    fn.deducts = True
    return fn


@st.composite
def rule_line(draw, index: int):
    """(sentence, fact kind, reference scorer) for one random rule."""
    kind = draw(st.sampled_from(["per", "per_cap", "bool", "tiers", "deduct", "deficit", "bool_deduct"]))
    name = f"事实{index}"
    if kind == "per":
        p = draw(small_points)
        per = draw(st.sampled_from([1, 2, 5]))
        return name, f"每{per}人计{p}分", "count", lambda x: Fraction(x) / per * Fraction(p)
    if kind == "per_cap":
        p, cap = draw(small_points), draw(points)
        return name, f"每条计{p}分,最高计{cap}分", "count", lambda x: min(Fraction(x) * Fraction(p), Fraction(cap))
    if kind == "bool":
        p = draw(small_points)
        return name, f"建立机构的,计{p}分", "bool", lambda x: Fraction(p) if x else Fraction(0)
    if kind == "bool_deduct":
        p = draw(small_points)
        return name, f"未建立机构的,扣{p}分", "bool", _deducts(lambda x: -Fraction(p) if x else Fraction(0))
    if kind == "tiers":
        high, low = draw(small_points), draw(small_points)
        a = draw(st.integers(min_value=50, max_value=95))
        b = draw(st.integers(min_value=10, max_value=a))

        def tiers(x, a=a, b=b, high=high, low=low):
            if b == a and x == Fraction(a, 100):
                return Fraction(low)  # 50%至50% lies inside 50%以上: the narrower one decides
            best = Fraction(0)
            if x >= Fraction(a, 100):
                best = max(best, Fraction(high))
            if Fraction(b, 100) <= x <= Fraction(a, 100):
                best = max(best, Fraction(low))
            return best
        tiers.edges = [Decimal(a) / 100, Decimal(b) / 100]
        return name, f"达到{a}%以上的,计{high}分;{b}%至{a}%的,计{low}分", "rate", tiers
    if kind == "deduct":
        p = draw(small_points)
        return name, f"缺1人次扣{p}分", "count", _deducts(lambda x: -Fraction(x) * Fraction(p))
    p = draw(small_points)
    return name, f"未每季度开展检查的每少1次扣{p}分", "count", \
        _deducts(lambda x: -max(4 - Fraction(x), 0) * Fraction(p))


@st.composite
def rubrics(draw):
    items = []
    index = 0
    for i in range(draw(st.integers(min_value=1, max_value=3))):
        item_points = draw(points)
        floor = draw(st.booleans())
        lines = []
        for _ in range(draw(st.integers(min_value=1, max_value=4))):
            lines.append(draw(rule_line(index)))
            index += 1
        items.append((f"项目{i}", item_points, floor, lines))
    return items


def value_for(kind, fn, draw):
    if kind == "count":
        return draw(counts)
    if kind == "bool":
        return draw(st.booleans())
    # Values on and right beside each tier edge, where overlaps and inclusiveness matter.
    near = [e + d for e in getattr(fn, "edges", []) for d in (Decimal("-0.0001"), 0, Decimal("0.0001"))]
    return draw(st.one_of(st.sampled_from(near), rates) if near else rates)


def render(items) -> str:
    out = ['考评 "随机细则"']
    for title, item_points, floor, lines in items:
        out.append(f'项目 "{title}" {item_points}分{" 扣完为止" if floor else ""} {{')
        for name, sentence, _, _ in lines:
            out.append(f"  {name}: {sentence}")
        out.append("}")
    return "\n".join(out) + "\n"


def reference(items, values) -> tuple[Fraction, list[Fraction]]:
    """The meaning of the random rubric, computed with fractions (independent of the compiler)."""
    total = Fraction(0)
    item_scores = []
    for _title, item_points, floor, lines in items:
        parts = [fn(values[name]) for name, _, _, fn in lines]
        only_deductions = all(getattr(fn, "deducts", False) for _, _, _, fn in lines)
        raw = sum(parts, Fraction(0))
        if only_deductions:
            raw += Fraction(item_points)
        raw = max(raw, Fraction(0))  # an item with points never scores below 0 (floor or not)
        raw = min(raw, Fraction(item_points))
        item_scores.append(raw)
        total += raw
    return total, item_scores


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_rubrics_match_the_reference_and_respect_bounds(data):
    items = data.draw(rubrics())
    rubric = load_rubric(Source.from_text("random.jd", render(items)))
    program = compile_rubric(rubric)
    kinds = {name: (kind, fn) for _, _, _, lines in items for name, _, kind, fn in lines}
    units = []
    for u in range(3):
        values = {name: value_for(kind, fn, data.draw) for name, (kind, fn) in kinds.items()}
        units.append(values)

    from jdscore.schema import UnitFacts
    from jdscore.source import Span

    facts = []
    for u, values in enumerate(units):
        validator = Validator(Source.from_text("f", ""), program.schema, program.places)
        vector = [validator.convert(program.schema.facts[name], Located(_as_text(values[name]), 1, 1), "u", name)
                  for name in program.schema.facts]
        assert not validator.diagnostics
        facts.append(UnitFacts(f"单位{u}", Span.point("f", 1), vector, {}, []))
    results = score_units(program, facts, explain=True)
    for values, result in zip(units, results):
        expected_total, expected_items = reference(items, values)
        assert isinstance(result.total, Decimal)
        assert Fraction(result.total) == expected_total
        groups = [i for i in result.items if i.kind == "group"]
        for group_node, item, expected in zip([n for n in rubric.body], groups, expected_items):
            assert Fraction(item.score) == expected
            assert item.score <= group_node.points
            assert item.score >= 0
            if is_deduction_item(group_node):
                assert item.score <= group_node.points


def _as_text(value):
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, Decimal):
        return f"{value * 100}%"
    return value


@settings(max_examples=200, deadline=None)
@given(count=st.integers(min_value=0, max_value=10**7),
       p=st.decimals(min_value=Decimal("0.0001"), max_value=Decimal("100"), places=4))
def test_per_count_award_is_exact(count, p):
    from jdscore.trial import try_rule

    assert Decimal(try_rule(f"每条计{p}分", [str(count)], None).score) == count * p


@settings(max_examples=200, deadline=None)
@given(value=st.decimals(min_value=Decimal("0"), max_value=Decimal("1"), places=6),
       threshold=st.integers(min_value=1, max_value=99))
def test_threshold_boundary_is_exact(value, threshold):
    from jdscore.trial import try_rule

    score = try_rule(f"达到{threshold}%以上的,计1分", [f"{value * 100}%"], None).score
    assert score == ("1" if value * 100 >= threshold else "0")

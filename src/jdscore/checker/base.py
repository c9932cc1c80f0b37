"""What every check gets: the rubric, its facts schema, and questions about the tree.

A check is a module with `CODE`, `NAME` (a short English name, kebab-case), a docstring
whose first line says what it finds and which holds a bad and a good example, and
`check(ctx) -> iterable of Diagnostic`. Severity follows the code: E… error, W… warning.
"""

from __future__ import annotations

from dataclasses import field
from decimal import Decimal
from functools import cached_property

from ..records import dataclass
from .. import ast as A
from ..bounds import Range, group_range, rule_range
from ..diagnostics import Diagnostic, Severity
from ..schema import Schema, build_schema

ZERO = Decimal(0)


def finding(code: str, message: str, span, *, english: str, hint: str = "",
            notes: tuple[str, ...] = ()) -> Diagnostic:
    severity = Severity.ERROR if code.startswith("E") else Severity.WARNING
    return Diagnostic(code, severity, message, span, english, hint, notes=notes)


@dataclass
class Context:
    rubric: A.Rubric
    schema: Schema = field(default=None)  # type: ignore[assignment]
    _memo: dict = field(default_factory=dict, repr=False)

    def __post_init__(self):
        if self.schema is None:
            self.schema = build_schema(self.rubric)

    def memo(self, key: str, compute):
        """Work several checks share (the tier analyses, say), done once per rubric."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    @cached_property
    def _tree(self) -> tuple[dict[int, A.Group | None], list[A.Group], list[A.RuleLine]]:
        """Parents, groups and rule lines in written order: one walk over the structure
        (not into the phrases of every sentence, which `Node.walk` would visit)."""
        parents: dict[int, A.Group | None] = {}
        groups: list[A.Group] = []
        lines: list[A.RuleLine] = []

        def walk(node, parent):
            parents[id(node)] = parent
            if isinstance(node, A.Group):
                groups.append(node)
                for child in node.children:
                    walk(child, node)
            elif isinstance(node, A.RuleLine):
                lines.append(node)

        for node in self.rubric.body:
            walk(node, None)
        return parents, groups, lines

    def parent(self, node) -> A.Group | None:
        """The group that holds `node` (a group or a rule line), None at the top level."""
        return self._tree[0].get(id(node))

    def ancestors(self, node):
        parent = self.parent(node)
        while parent is not None:
            yield parent
            parent = self.parent(parent)

    def groups(self) -> list[A.Group]:
        return self._tree[1]

    def lines(self) -> list[A.RuleLine]:
        return self._tree[2]

    @cached_property
    def metric_names(self) -> set[str]:
        return {m.name for m in self.rubric.metrics}

    # -- the totals a unit can reach ------------------------------------------------------

    @cached_property
    def parts(self) -> dict[str, Range]:
        """Reachable ranges of 基础分, 加分 and 扣分 (the last as a positive amount)."""
        base = bonus = deductions = Range(ZERO, ZERO)
        for node in self.rubric.body:
            if isinstance(node, A.RuleLine):
                base = base + rule_range(node.rule)
                continue
            r = group_range(node, self.rubric.floor)
            if node.role is A.Role.BASE:
                base = base + r
            elif node.role is A.Role.BONUS:
                bonus = bonus + r
            elif node.role is A.Role.DEDUCTIONS:
                deductions = deductions + _deducted(r)
        return {"base": base, "bonus": bonus, "deductions": deductions}

    @cached_property
    def total_range(self) -> Range | None:
        """The lowest and highest total (None: the total formula cannot be bounded)."""
        parts = self.parts
        if self.rubric.total is None:
            return _sub(parts["base"] + parts["bonus"], parts["deductions"])
        return self._expr_range(self.rubric.total)

    def _expr_range(self, node) -> Range | None:
        parts = self.parts
        if isinstance(node, A.Const):
            return Range(node.value, node.value)
        if isinstance(node, A.PartRef):
            return {A.Part.BASE: parts["base"], A.Part.BONUS: parts["bonus"],
                    A.Part.DEDUCTIONS: parts["deductions"],
                    A.Part.EXTRA: _sub(parts["bonus"], parts["deductions"])}[node.part]
        if isinstance(node, A.Ref):
            for top in self.rubric.body:
                if isinstance(top, A.Group) and top.role is A.Role.BASE and top.title == node.name:
                    return group_range(top, self.rubric.floor)
            return None
        if isinstance(node, A.BinOp):
            a, b = self._expr_range(node.left), self._expr_range(node.right)
            if a is None or b is None:
                return None
            if node.op == "+":
                return a + b
            if node.op == "-":
                return _sub(a, b)
            if node.op == "*":
                return _mul(a, b)
            if node.op == "/" and b.low is not None and b.low == b.high and b.low != 0:
                return _mul(a, Range(Decimal(1) / b.low, Decimal(1) / b.low)) if _exact_inverse(b.low) else None
        return None


def _deducted(r: Range) -> Range:
    """A 扣分项's range (negative points) as the positive amount the total loses."""
    low = ZERO if r.high is None else max(ZERO, -r.high)
    high = None if r.low is None else max(ZERO, -r.low)
    return Range(low, high)


def _sub(a: Range, b: Range) -> Range:
    return a + Range(None if b.high is None else -b.high, None if b.low is None else -b.low)


def _mul(a: Range, b: Range) -> Range | None:
    if None in (a.low, a.high, b.low, b.high):
        return None
    products = [a.low * b.low, a.low * b.high, a.high * b.low, a.high * b.high]
    return Range(min(products), max(products))


def _exact_inverse(value: Decimal) -> bool:
    """1/value is a finite decimal (so the range stays exact): value is 2^a·5^b·10^k."""
    n, d = value.as_integer_ratio()
    for p in (2, 5):
        while n % p == 0:
            n //= p
    return abs(n) == 1


def child_range(child, item_floor: bool = True) -> Range:
    return group_range(child, item_floor) if isinstance(child, A.Group) else rule_range(child.rule)


def children_high(group: A.Group) -> Decimal | None:
    """The most the children of `group` can give together (None: no limit)."""
    total = ZERO
    for child in group.children:
        if not isinstance(child, (A.Group, A.RuleLine)):
            continue
        high = child_range(child).high
        if high is None:
            return None
        total += high
    return total

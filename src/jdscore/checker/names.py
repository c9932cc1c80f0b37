"""Names: undefined references, unused metrics, one name read as two kinds, duplicate titles."""

from __future__ import annotations

from .. import ast as A
from ..diagnostics import Diagnostic, error, warning
from ..schema import Schema, metric_inputs, reads


def check(rubric: A.Rubric, schema: Schema) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    found.extend(_total_formula(rubric))
    found.extend(_metrics(rubric, schema))
    found.extend(_two_kinds(schema))
    for node in rubric.walk():
        if isinstance(node, A.Group):
            found.extend(_duplicate_titles(node.children))
    found.extend(_duplicate_titles(rubric.body))
    return found


def _refs(expr):
    if isinstance(expr, A.Ref):
        yield expr
    elif isinstance(expr, A.BinOp):
        yield from _refs(expr.left)
        yield from _refs(expr.right)


def _total_formula(rubric: A.Rubric) -> list[Diagnostic]:
    if rubric.total is None:
        return []
    titles = {n.title for n in rubric.body if isinstance(n, A.Group)}
    return [error("E305", f"总分公式引用的“{ref.name}”不是最外层分组的标题", ref.span,
                  hint="可以引用 基础分、加分、扣分、附加分,或用引号写最外层大项的标题")
            for ref in _refs(rubric.total) if ref.name not in titles]


# Rule kinds that compare or scale a value, and so can read a metric (a ratio).
_RATIO_RULES = (A.Tiers, A.Shortfall, A.Proportional, A.Rank)


def _inner_rules(rule):
    if isinstance(rule, (A.Cap, A.Floor, A.OwnPoints)):
        yield from _inner_rules(rule.rule)
    elif isinstance(rule, A.GroupCap):
        for sub in rule.rules:
            yield from _inner_rules(sub)
    elif rule is not None:
        yield rule


def _metrics(rubric: A.Rubric, schema: Schema) -> list[Diagnostic]:
    out = []
    names = {m.name for m in rubric.metrics}
    used = {ref.name for line in rubric.rule_lines() for ref, _, _ in reads(line.rule)}
    for line in rubric.rule_lines():
        for rule in _inner_rules(line.rule):
            if isinstance(rule, _RATIO_RULES):
                continue
            for ref, _, _ in reads(rule):
                if ref.name in names:
                    out.append(error("E213", f"指标“{ref.name}”是比率,不能用于这种规则", ref.span,
                                     hint="指标只能用于分档、按比例、达标线和排名规则"))
    for metric in rubric.metrics:
        for ref in metric_inputs(metric.expr):
            if ref.name in names:
                out.append(error("E305", f"指标“{metric.name}”引用了另一个指标“{ref.name}”", ref.span,
                                 hint="指标公式只能引用事实名称;把另一个指标的公式展开写"))
        if metric.name not in used:
            out.append(warning("W306", f"指标“{metric.name}”已定义,但没有任何规则使用它", metric.span,
                               hint="删掉这个指标,或在规则行冒号前使用它的名称"))
    return out


def _two_kinds(schema: Schema) -> list[Diagnostic]:
    out = []
    for spec in schema.facts.values():
        for kind, ref in spec.conflicts:
            out.append(error(
                "E307", f"“{spec.name}”在别处被当作{spec.kind.label},这里却被当作{kind.label}",
                ref.span, hint="同一个名称只能表示一种数据;给其中一处换个名称"))
    return out


def _duplicate_titles(children) -> list[Diagnostic]:
    seen: dict[str, A.Group] = {}
    out = []
    for child in children:
        if isinstance(child, A.Group) and child.role is A.Role.BASE:
            if child.title in seen:
                out.append(warning("W308", f"同一分组里有两个“{child.title}”", child.span,
                                   hint=f"第一个在第 {seen[child.title].span.line} 行;改个标题以免混淆"))
            seen.setdefault(child.title, child)
    return out

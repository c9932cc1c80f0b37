"""Every stage that gives a rule kind its meaning does so for every kind (one
visitor method per kind and stage). A new kind of `Rule` makes this test name each
`visit_<Kind>` still to write."""

import importlib
import pkgutil

import jdscore
from jdscore import ast as A


def _visitors():
    for info in pkgutil.walk_packages(jdscore.__path__, "jdscore."):
        if info.name.endswith(".cli"):
            continue
        importlib.import_module(info.name)
    seen, stack = [], list(A.RuleVisitor.__subclasses__())
    while stack:
        cls = stack.pop()
        seen.append(cls)
        stack.extend(cls.__subclasses__())
    return seen


def test_there_are_visitors():
    names = {cls.__name__ for cls in _visitors()}
    # the stages that need a kind's meaning (a sample: renaming one should fail here)
    assert {"FactReads", "ScoreRange", "Wording", "Codegen"} <= names, names


def test_every_visitor_covers_every_rule_kind():
    missing = [f"{cls.__module__}.{cls.__name__}.visit_{kind.__name__}"
               for cls in _visitors() for kind in A.RULE_KINDS
               if not callable(getattr(cls, f"visit_{kind.__name__}", None))]
    assert not missing, "visitors miss rule kinds:\n" + "\n".join(missing)


def test_visitors_name_only_rule_kinds():
    kinds = {f"visit_{k.__name__}" for k in A.RULE_KINDS}
    stray = [f"{cls.__name__}.{name}" for cls in _visitors() for name in vars(cls)
             if name.startswith("visit_") and name not in kinds]
    assert not stray, "visit_ methods for no rule kind (renamed or removed?):\n" + "\n".join(stray)

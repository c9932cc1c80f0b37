"""Which checks `jdscore check` reports, and how loudly: `[tool.jdscore]` in pyproject.toml,
or a `.jdscore.toml`, found from the rubric's directory upward.

```toml
[tool.jdscore]                      # in .jdscore.toml: the same keys, without this line
disable = ["W306"]                  # off everywhere
severity = { W309 = "error" }       # error | warning | info | off

[tool.jdscore.per-file."archive/2016-*.jd"]
disable = ["W301", "W304"]          # old documents, kept verbatim
severity = { W314 = "info" }
```

In each directory `.jdscore.toml` is looked for first, then a pyproject.toml that has a
`[tool.jdscore]` table; the first found applies. A pattern with a `/` is matched against
the rubric's path relative to the configuration file (`**` spans directories, `*` and `?`
stay within one); a pattern without one against the file name. Per-file sections apply
in the order written, after the global keys; within one table `severity` wins over
`disable`. Only the codes `jdscore rules` lists can be changed: a syntax error or a
sentence that cannot be read is never silenced.
"""

from __future__ import annotations

import re
from dataclasses import field, replace
from pathlib import Path

from .records import dataclass
from .diagnostics import Diagnostic, Severity, Stop, error
from .source import read_bytes

CONFIG_NAMES = (".jdscore.toml", "pyproject.toml")
LEVELS = {"error": Severity.ERROR, "warning": Severity.WARNING, "info": Severity.INFO, "off": None}
_KEYS = {"disable", "severity", "per-file"}


@dataclass(frozen=True)
class _Scope:
    pattern: str | None  # None: every file
    levels: dict[str, Severity | None]


@dataclass
class Config:
    path: Path | None = None
    scopes: list[_Scope] = field(default_factory=list)

    @property
    def root(self) -> Path:
        return self.path.parent if self.path is not None else Path(".")

    def level(self, code: str, file: str) -> Severity | None | bool:
        """The configured severity of `code` in `file` (None: off), or False: as the check says."""
        found: Severity | None | bool = False
        for scope in self.scopes:
            if code in scope.levels and (scope.pattern is None or self._matches(scope.pattern, file)):
                found = scope.levels[code]
        return found

    def apply(self, diagnostics: list[Diagnostic], file: str) -> list[Diagnostic]:
        out = []
        for d in diagnostics:
            level = self.level(d.code, file)
            if level is False:
                out.append(d)
            elif level is not None:
                out.append(d if d.severity is level else replace(d, severity=level))
        return out

    def _matches(self, pattern: str, file: str) -> bool:
        path = Path(file)
        if "/" not in pattern.strip("/"):
            return _glob(pattern.strip("/")).fullmatch(path.name) is not None
        try:
            relative = path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            relative = path.as_posix()
        return _glob(pattern.lstrip("/")).fullmatch(relative) is not None


def _glob(pattern: str) -> re.Pattern:
    out = []
    i = 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif pattern[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pattern[i] == "?":
            out.append("[^/]")
            i += 1
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    return re.compile("".join(out))


# ----------------------------------------------------------------------------- loading

def find_config(start: Path) -> Path | None:
    """The configuration that governs files in `start`: nearest directory upward first."""
    directory = start.resolve()
    for folder in (directory, *directory.parents):
        own = folder / CONFIG_NAMES[0]
        if own.is_file():
            return own
        project = folder / CONFIG_NAMES[1]
        if project.is_file() and _has_tool_table(project):
            return project
    return None


def _has_tool_table(path: Path) -> bool:
    import tomllib  # only where a configuration file is found

    try:
        data = tomllib.loads(read_bytes(path, what="配置文件").decode("utf-8"))
    except (Stop, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False  # not ours to judge: a broken pyproject without our table is skipped
    return isinstance(data.get("tool"), dict) and "jdscore" in data["tool"]


def load_config(path: Path, configurable: set[str]) -> Config:
    """Read and validate a configuration file; problems Stop with E004 (exit 2)."""
    name = str(path)

    def fail(message: str, hint: str = "") -> Stop:
        return Stop([error("E004", f"{name}: {message}", None, file=name, hint=hint,
                                 english="invalid configuration")])

    import tomllib

    try:
        data = tomllib.loads(read_bytes(path, what="配置文件").decode("utf-8"))
    except Stop as stop:  # missing, a pipe or a device, too large
        raise fail(f"无法读取配置文件: {stop.diagnostics[0].message}") from None
    except UnicodeDecodeError:
        raise fail("配置文件不是 UTF-8 编码") from None
    except tomllib.TOMLDecodeError as exc:
        raise fail(f"不是合法的 TOML: {exc}") from None
    if path.name == CONFIG_NAMES[1]:
        table = data.get("tool", {}).get("jdscore", {})
        where = "[tool.jdscore]"
    else:
        table = data
        where = "顶层"
    if not isinstance(table, dict):
        raise fail(f"{where} 应是一个表")
    scopes = [_scope(None, table, where, configurable, fail)]
    per_file = table.get("per-file", {})
    if not isinstance(per_file, dict):
        raise fail("per-file 应是一个表,键是文件模式,例如 [tool.jdscore.per-file.\"archive/*.jd\"]")
    for pattern, sub in per_file.items():
        if not isinstance(sub, dict):
            raise fail(f"per-file 中“{pattern}”应是一个表")
        scopes.append(_scope(pattern, sub, f"per-file “{pattern}”", configurable, fail))
    return Config(path, scopes)


def _scope(pattern, table: dict, where: str, configurable: set[str], fail) -> _Scope:
    allowed = _KEYS if pattern is None else _KEYS - {"per-file"}
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise fail(f"{where} 中有不认识的键“{unknown[0]}”", hint="可用的键: " + "、".join(sorted(allowed)))
    levels: dict[str, Severity | None] = {}
    disable = table.get("disable", [])
    if not isinstance(disable, list) or not all(isinstance(c, str) for c in disable):
        raise fail(f"{where} 的 disable 应是代码列表,例如 [\"W306\"]")
    for code in disable:
        levels[_code(code, where, configurable, fail)] = None
    severity = table.get("severity", {})
    if not isinstance(severity, dict):
        raise fail(f"{where} 的 severity 应是一个表,例如 {{ W309 = \"error\" }}")
    for code, level in severity.items():
        if level not in LEVELS:
            raise fail(f"{where} 中 {code} 的级别“{level}”无效", hint="可用的级别: error、warning、info、off")
        levels[_code(code, where, configurable, fail)] = LEVELS[level]
    return _Scope(pattern, levels)


def _code(code: str, where: str, configurable: set[str], fail) -> str:
    normal = code.strip().upper()
    if normal not in configurable:
        raise fail(f"{where} 中的“{code}”不是可以配置的检查代码",
                   hint="运行 jdscore rules 查看可以关闭或改级别的代码")
    return normal


class ConfigFinder:
    """Finds and loads the configuration of each rubric, once per directory."""

    def __init__(self, configurable: set[str], explicit: Path | None = None):
        self.configurable = configurable
        self.explicit = explicit
        self._by_path: dict[Path, Config] = {}
        self._by_dir: dict[Path, Path | None] = {}

    def for_file(self, rubric: Path) -> Config:
        path = self.explicit
        if path is None:
            directory = rubric.resolve().parent
            if directory not in self._by_dir:
                self._by_dir[directory] = find_config(directory)
            path = self._by_dir[directory]
        if path is None:
            return Config()
        if path not in self._by_path:
            self._by_path[path] = load_config(path, self.configurable)
        return self._by_path[path]

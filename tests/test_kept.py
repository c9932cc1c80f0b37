"""What jdscore keeps between runs to start quickly (kept.py, records.py): read only when it
is the current user's own regular file, and what comes back behaves as what was made."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys

import pytest

from jdscore import kept, records


def test_a_kept_file_is_read_only_when_it_is_the_users_own_regular_file(tmp_path):
    own = tmp_path / "own.bin"
    kept.keep(own, b"data")
    assert kept.read_kept(own) == b"data"
    link = tmp_path / "link.bin"
    link.symlink_to(own)
    assert kept.read_kept(link) is None
    assert kept.read_kept(tmp_path) is None
    assert kept.read_kept(tmp_path / "missing.bin") is None
    if os.getuid() == 0:  # only root can give a file to someone else
        other = tmp_path / "other.bin"
        other.write_bytes(b"data")
        os.chown(other, 65534, 65534)
        assert kept.read_kept(other) is None


def test_a_damaged_kept_file_is_made_anew(tmp_path):
    path = tmp_path / "t.marshal"
    path.write_bytes(b"\xff not marshal")
    assert kept.KeptTable(path).entries == {}
    path.write_bytes(b"not a pickle")
    assert kept.load_pickled(path) is None
    table = kept.KeptTable(path)
    table.add("a", [1, b"2"])
    table.save()
    assert kept.KeptTable(path).entries == {"a": [1, b"2"]} and not kept.KeptTable(path).new


def _record(make):
    @make(frozen=True)
    class Point:
        x: int
        y: tuple = ()
        z: list = dataclasses.field(default_factory=list, compare=False)

    return Point


def test_a_record_is_the_dataclass_the_standard_library_makes(tmp_path, monkeypatch):
    monkeypatch.setattr(records, "_compiled", records._Compiled(tmp_path / "r.marshal"))
    ours, theirs = _record(records.dataclass), _record(dataclasses.dataclass)
    records._compiled.save()
    monkeypatch.setattr(records, "_compiled", records._Compiled(tmp_path / "r.marshal"))
    again = _record(records.dataclass)
    assert records._compiled.index and not records._compiled.new  # every method from the file
    for made in (ours, again):
        a, b = made(1, (2,)), made(1, (2,), [3])
        assert a == b and hash(a) == hash(b) and repr(a) == repr(theirs(1, (2,))).replace(theirs.__qualname__,
                                                                                          made.__qualname__)
        assert [f.name for f in dataclasses.fields(made)] == ["x", "y", "z"]
        assert dataclasses.replace(a, x=5).x == 5 and made.__doc__ == theirs.__doc__
        with pytest.raises(dataclasses.FrozenInstanceError):
            a.x = 2
    assert not hasattr(dataclasses, "exec")  # the standard library's own `exec` again


def test_a_second_run_reads_what_the_first_kept(tmp_path):
    """The parser, the scanners, the records and the character table come from the kept
    files on the second run, which gives the same answer."""
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    cmd = [sys.executable, "-c", "import sys; from jdscore import main; sys.exit(main())",
           "try", "每條計0.05分,最高計1分", "7"]
    first = subprocess.run(cmd, capture_output=True, text=True, env=env)
    names = sorted(p.name.split("_")[1] for p in tmp_path.glob(".jdscore_*"))
    assert names == ["parser", "patterns", "records", "simplified"], names
    stamps = {p: p.stat().st_mtime_ns for p in tmp_path.glob(".jdscore_*")}
    second = subprocess.run(cmd, capture_output=True, text=True, env=env)
    assert (first.returncode, first.stdout) == (second.returncode, second.stdout) == (0, first.stdout)
    assert first.stdout.endswith("0.35\n")
    assert {p: p.stat().st_mtime_ns for p in tmp_path.glob(".jdscore_*")} == stamps  # nothing written again


def test_a_lazy_table_reads_each_value_when_asked_and_survives_damage(tmp_path):
    path = tmp_path / "l.marshal"
    path.write_bytes(b"\xff not a table")
    assert kept.LazyTable(path).get("a") is None
    table = kept.LazyTable(path)
    table.add("a", [1, b"2"])
    table.add("b", "x" * 1000)
    table.save()
    again = kept.LazyTable(path)
    assert again.get("a") == [1, b"2"] and again.get("b") == "x" * 1000 and again.get("c") is None
    assert not again.new
    again.add("c", 3)  # what was kept stays when more is added
    again.save()
    assert [kept.LazyTable(path).get(k) for k in "abc"] == [[1, b"2"], "x" * 1000, 3]
    path.write_bytes(path.read_bytes()[:-500])  # a value cut short reads as none
    assert kept.LazyTable(path).get("b") is None and kept.LazyTable(path).get("a") == [1, b"2"]

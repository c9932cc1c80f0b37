"""The corpus of real sentences (tests/corpus/): no sentence may be misread.

A misread sentence scores without an error but not the hand answer: an office would
publish a wrong total with a green check. A refusal is honest (the writer is told which
words were not understood); a misread is the worst bug jdscore can have.
"""

import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "corpus"
sys.path.insert(0, str(CORPUS))

import run as corpus  # noqa: E402


def _outcomes():
    return [corpus.judge(name, s) for name, doc in corpus.load() for s in doc["sentences"]]


def test_the_corpus_is_large_and_varied():
    docs = corpus.load()
    assert len(docs) >= 60
    assert sum(len(doc["sentences"]) for _, doc in docs) >= 600
    for name, doc in docs:
        assert doc["title"] and doc["url"] and doc["sentences"], name
        for s in doc["sentences"]:
            assert s["text"] and 1 <= len(s["cases"]) <= 4, (name, s["text"])


def test_no_sentence_is_misread():
    misread = [o for o in _outcomes() if o.verdict == "misread"]
    assert not misread, "\n".join(f"{o.doc}: {o.text}\n  " + "\n  ".join(o.problems) for o in misread)


def _reading(text: str, points) -> str:
    """How `jdscore try` reads a sentence with no values: what it understood and the values
    it needs, or the refusal."""
    from jdscore.diagnostics import Stop
    from jdscore.trial import try_rule

    try:
        result = try_rule(text, None, points)
    except Stop as stop:
        d = stop.diagnostics[0]
        return f"[{d.code}] {d.message}"
    return result.understood + " | " + " ".join(f"{n.kind}:{n.words}" for n in result.needs)


def test_traditional_characters_read_as_simplified():
    # every corpus sentence written in traditional characters is read exactly as its
    # simplified twin (the messages quote the original words, so compare them simplified)
    from decimal import Decimal

    from jdscore.source import to_simplified

    differ = []
    for name, doc in corpus.load():
        for s in doc["sentences"]:
            text = s["text"]
            if to_simplified(text) == text:
                continue
            points = None if s.get("points") is None else Decimal(str(s["points"]))
            as_written, simplified = _reading(text, points), _reading(to_simplified(text), points)
            if to_simplified(as_written) != simplified:
                differ.append(f"{name}: {text}\n  繁: {as_written}\n  简: {simplified}")
    assert not differ, "\n".join(differ)

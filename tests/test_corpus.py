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

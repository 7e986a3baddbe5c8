"""examples/dask_corpus.py on a LocalCluster of two worker processes writes exactly what
`claimscope extract --input jsonl` writes for the same JSONL file."""

import glob
import json
import os
import re
import subprocess
import sys

import pytest

from conftest import BUILD, REPO

pytest.importorskip("dask", reason="python3-dask is not installed")
pytest.importorskip("distributed", reason="python3-distributed is not installed")

SCRIPT = os.path.join(REPO, "examples", "dask_corpus.py")


def make_corpus(path):
    """A JSONL corpus from examples/ and the golden fixtures, plus the fixtures' odd lines
    (numeric and missing ids, a bad date, a line that is not JSON, no text, wrong type)."""
    texts = [os.path.join(REPO, "examples", "article.txt")]
    texts += sorted(glob.glob(os.path.join(REPO, "tests", "golden", "fixtures", "*.txt")))
    lines = []
    for n, name in enumerate(texts):
        with open(name, "rb") as f:
            text = f.read().decode("utf-8", errors="replace")
        doc = {"id": os.path.basename(name), "text": text}
        if n % 3 == 1:
            doc["date"] = "2024-06-0%d" % (n % 9 + 1)
        lines.append(json.dumps(doc))
    with open(os.path.join(REPO, "tests", "golden", "fixtures", "docs.jsonl"), "rb") as f:
        lines += f.read().decode("utf-8").splitlines()
    # Enough documents for several chunks per worker.
    lines = lines * 4
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return len([l for l in lines if l.strip(" \t")])


def normalise(line):
    # The parser's own words for malformed JSON differ (Python's vs the CLI's).
    return re.sub(r'(not a JSON object: )[^"]*', r"\1...", line)


def test_dask_equals_cli(cli, claimscope, tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    count = make_corpus(corpus)
    expected = subprocess.run([cli, "extract", "--quiet", "--input", "jsonl",
                               "--date", "2020-02-02", str(corpus)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    assert expected.returncode == 1, expected.stderr  # the odd lines have errors

    out = tmp_path / "out.jsonl"
    env = dict(os.environ, CLAIMSCOPE_BUILD_DIR=BUILD,
               PYTHONPATH=os.pathsep.join(
                   p for p in (os.path.join(BUILD, "python"), os.environ.get("PYTHONPATH"))
                   if p))
    done = subprocess.run([sys.executable, SCRIPT, str(corpus), str(out), "--workers", "2",
                           "--chunk-bytes", "3000", "--date", "2020-02-02"],
                          env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          cwd=str(tmp_path), timeout=540, check=False)
    stderr = done.stderr.decode(errors="replace")
    assert done.returncode == 0, stderr
    # Two workers, one engine each.
    assert "on 2 workers; engines built per worker: [1, 1]" in stderr, stderr

    want = expected.stdout.decode("utf-8").splitlines()
    got = out.read_text(encoding="utf-8").splitlines()
    assert len(want) == count
    assert len(got) == len(want)
    for w, g in zip(want, got):
        assert normalise(g) == normalise(w)
    # Only the malformed lines' messages differ, and byte for byte elsewhere.
    differ = [w for w, g in zip(want, got) if w != g]
    assert all("not a JSON object" in w for w in differ)


def test_dask_bad_lexicon_dir_fails_early(claimscope, tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "a", "text": "Hello."}\n')
    env = dict(os.environ, CLAIMSCOPE_BUILD_DIR=BUILD,
               PYTHONPATH=os.path.join(BUILD, "python"))
    done = subprocess.run([sys.executable, SCRIPT, str(corpus), str(tmp_path / "o.jsonl"),
                           "--lexicon-dir", str(tmp_path / "missing")],
                          env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120,
                          check=False)
    assert done.returncode != 0
    assert "lexicon folder not found" in done.stderr.decode()

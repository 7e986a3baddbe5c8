"""The Python module against the CLI: same records, order, threads, errors, the GIL."""

import json
import os
import pickle
import threading
import time

import pytest

from conftest import REPO, records, run_cli

TEXTS = [
    "examples/article.txt",
    "tests/golden/fixtures/port_strike.txt",
    "tests/golden/fixtures/quotes.txt",
    "tests/golden/fixtures/ship.txt",
    "tests/golden/fixtures/invalid_utf8.txt",
    "tests/golden/fixtures/empty.txt",
]


def read(path):
    with open(os.path.join(REPO, path), "rb") as f:
        return f.read()


def all_texts():
    return [read(p) for p in TEXTS]


@pytest.mark.parametrize("path", TEXTS)
def test_extract_equals_cli(engine, cli, path):
    (line,) = run_cli(cli, path)
    data = read(path)
    assert engine.extract(data, id=path) == json.loads(line)
    # The JSON itself, byte for byte.
    assert engine.extract_json(data, id=path) == line
    # A str gives the same record as its UTF-8 bytes.
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return
    assert engine.extract(text, id=path) == json.loads(line)


def test_explain_and_pretty_equal_cli(engine, cli):
    path = TEXTS[0]
    (line,) = run_cli(cli, "--explain", path)
    assert engine.extract(read(path), id=path, explain=True) == json.loads(line)
    pretty = run_cli(cli, "--pretty", path)
    assert engine.extract_json(read(path), id=path, pretty=True) == "\n".join(pretty)


def test_jsonl_equals_cli(engine, cli, tmp_path):
    docs = []
    for n, path in enumerate(TEXTS[:4]):
        doc = {"id": f"doc-{n}", "text": read(path).decode("utf-8")}
        if n % 2:
            doc["date"] = "2024-0%d-15" % (n + 1)
        docs.append(doc)
    docs.append({"id": "bad-date", "date": "yesterday", "text": "Officials said it rained."})
    corpus = tmp_path / "docs.jsonl"
    corpus.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    lines = run_cli(cli, "--input", "jsonl", "--date", "2023-12-31", str(corpus))
    assert engine.extract_many(docs, threads=2, fallback_date="2023-12-31") == records(lines)
    assert engine.extract_many(docs, threads=2, fallback_date="2023-12-31",
                               as_json=True) == lines


def test_extract_many_order_and_threads(engine):
    texts = all_texts() * 5
    items = [{"id": f"d{i}", "text": t} for i, t in enumerate(texts)]
    serial = [engine.extract(t, id=f"d{i}") for i, t in enumerate(texts)]
    for threads in (1, 2, 3, 8):
        got = engine.extract_many(items, threads=threads)
        assert [r["id"] for r in got] == [f"d{i}" for i in range(len(texts))]
        assert got == serial
    # A generator of plain strings: ids are "", order kept.
    got = engine.extract_many((t for t in texts), threads=2)
    assert got == [dict(r, id="") for r in serial]
    assert engine.extract_many([], threads=4) == []


def test_extract_many_mixed_items(engine):
    text = read(TEXTS[0]).decode("utf-8")
    got = engine.extract_many([text, {"text": text, "id": 7, "date": "2020-01-02"},
                               text.encode("utf-8")], threads=2)
    assert got[0] == got[2]
    assert got[1]["id"] == "7" and got[1]["date"] == "2020-01-02"
    # As the CLI's JSONL reader: a date that is not a string is ignored.
    (odd,) = engine.extract_many([{"id": "n", "date": 20200102, "text": "Hi."}])
    assert odd["date"] is None and odd["errors"] == []


def test_bad_date_is_a_record_warning(engine):
    record = engine.extract("The minister said the bridge would reopen.", id="x",
                            date="yesterday")
    assert [e["code"] for e in record["warnings"]] == ["invalid_date"]
    assert record["errors"] == [] and record["date"] is None
    (many,) = engine.extract_many([{"id": "x", "date": "2024-13-45", "text": "Hi."}])
    assert [e["code"] for e in many["warnings"]] == ["invalid_date"]


def test_invalid_utf8_is_a_record_warning(engine):
    record = engine.extract(b"Officials said \xff\xfe it was fine.", id="bytes")
    assert "invalid_utf8" in [e["code"] for e in record["warnings"]]


def test_lone_surrogate_becomes_replacement_character(engine):
    # As the CLI's JSON reader does for a "\\ud800" escape.
    text = 'Officials said \ud800 "the bridge will reopen in June" after repairs.'
    record = engine.extract(text)
    assert record == engine.extract(text.replace("\ud800", "\ufffd"))
    assert record["quotes"]


def test_bad_lexicon_dir_raises(claimscope):
    with pytest.raises(claimscope.Error) as info:
        claimscope.Engine(lexicon_dirs=["/no/such/lexicons"])
    assert "/no/such/lexicons" in str(info.value)
    assert "not found" in str(info.value)
    assert info.value.code == "not_found"
    assert isinstance(info.value, RuntimeError)


def test_malformed_lexicon_raises_with_location(claimscope):
    folder = os.path.join(REPO, "tests/golden/fixtures/bad_lexicon")
    with pytest.raises(claimscope.Error) as info:
        claimscope.Engine(lexicon_dirs=[folder])
    assert info.value.code == "parse_error"
    assert info.value.file and info.value.file.endswith(".tsv")
    assert info.value.line > 0
    assert f":{info.value.line}" in str(info.value)


def test_custom_lexicon_dir_equals_cli(claimscope, cli):
    folder = "tests/golden/fixtures/lexicons"
    engine = claimscope.Engine(lexicon_dirs=[os.path.join(REPO, folder)])
    path = "tests/golden/fixtures/port_strike.txt"
    (line,) = run_cli(cli, "--lexicon-dir", folder, path)
    assert engine.extract(read(path), id=path) == json.loads(line)


def test_argument_errors(engine, claimscope):
    with pytest.raises(TypeError):
        engine.extract(123)
    with pytest.raises(TypeError):
        engine.extract("text", date=20240101)
    with pytest.raises(ValueError):
        engine.extract("text", offsets="furlongs")
    with pytest.raises(KeyError):
        engine.extract_many([{"id": "no-text"}])
    with pytest.raises(TypeError):
        engine.extract_many([3.5])
    with pytest.raises(ValueError):
        claimscope.Engine(max_doc_bytes=0)


def test_too_large(claimscope):
    small = claimscope.Engine(max_doc_bytes=10)
    record = small.extract("This document is longer than ten bytes.")
    assert [e["code"] for e in record["errors"]] == ["too_large"]


def test_extractors_off(claimscope):
    text = read(TEXTS[0])
    quotes_only = claimscope.Engine(entities=False, quantities=False)
    record = quotes_only.extract(text)
    assert record["entities"] == [] and record["quantities"] == [] and record["quotes"]


def test_codepoint_offsets_index_python_strings(engine):
    text = read(TEXTS[0]).decode("utf-8")
    record = engine.extract(text, offsets="codepoints")
    spans = record["entities"] + record["quantities"] + record["quotes"]
    assert spans
    for s in spans:
        assert text[s["start"]:s["end"]] == s["text"]


def test_own_errors_come_first(engine):
    record = engine.extract("", id="f:3", errors=[{"code": "bad_json", "message": "f:3: no"}])
    assert record["errors"] == [{"code": "bad_json", "message": "f:3: no", "offset": None}]


def test_pickle_gives_the_shared_engine(claimscope):
    engine = claimscope.Engine(quotes=False)
    again = pickle.loads(pickle.dumps(engine))
    assert again.options == engine.options
    assert again is claimscope.shared_engine(quotes=False)
    assert again.extract("Reuters said 5 people died.") == \
        engine.extract("Reuters said 5 people died.")


def test_threads_share_one_engine(engine):
    texts = all_texts()
    expected = [engine.extract(t, id=str(i)) for i, t in enumerate(texts)]
    failures = []

    def work(seed):
        for round_ in range(5):
            for i in range(len(texts)):
                k = (i + seed + round_) % len(texts)
                if engine.extract(texts[k], id=str(k)) != expected[k]:
                    failures.append(k)

    threads = [threading.Thread(target=work, args=(s,)) for s in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []


def test_gil_is_released_during_extract(engine):
    # A large document keeps a thread busy in C++ for a while. If extract held the GIL, this
    # (main) thread could not run a single Python bytecode until it returned. The document
    # grows until one extract takes at least 0.1 s, however fast the engine (or the machine).
    text = read(TEXTS[0])
    copies = 100
    while True:
        big = text * copies
        started = time.perf_counter()
        engine.extract(big)
        alone = time.perf_counter() - started
        if alone >= 0.1 or copies >= 100 * 64:
            break
        copies *= 2

    done = threading.Event()
    result = {}

    def work():
        result["record"] = engine.extract(big)
        done.set()

    ticks = 0
    worker = threading.Thread(target=work)
    worker.start()
    while not done.is_set():
        ticks += 1
    worker.join()
    assert result["record"]["quotes"]
    # Python's switch interval is 5 ms: a thread holding the GIL for `alone` seconds would
    # leave this loop a handful of chances. Released, it spins freely the whole time.
    assert alone > 0.05, "document too small to tell"
    assert ticks > 10000, (ticks, alone)


def test_two_threads_extract_concurrently(engine):
    big = read(TEXTS[0]) * 150
    expected = engine.extract(big, id="big")
    barrier = threading.Barrier(2)
    results = [None, None]

    def work(k):
        barrier.wait()
        results[k] = engine.extract(big, id="big")

    threads = [threading.Thread(target=work, args=(k,)) for k in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [expected, expected]


def test_stats_and_version(engine, claimscope):
    assert engine.stats["lexicon_entries"] > 1000
    assert engine.stats["grammar_rules"] > 10
    assert claimscope.__version__.count(".") == 2

#!/usr/bin/python3
"""Extracts a JSON Lines corpus on a Dask cluster: the output equals `claimscope extract
--input jsonl INPUT` (one record per input line, in input order).

    PYTHONPATH=build/python /usr/bin/python3 examples/dask_corpus.py INPUT.jsonl OUTPUT.jsonl \\
        [--workers 2] [--chunk-bytes 500000] [--scheduler ADDRESS] [--date YYYY-MM-DD] \\
        [--lexicon-dir DIR]... [--grammar-dir DIR]... [--replace-defaults]

Input lines are {"id", "text", "date"} objects (plain or .gz; - for standard input). The
driver reads the input, ships chunks of raw lines to the workers and writes their records
back in input order, keeping only a few chunks in flight (memory stays bounded). Each worker
process builds one engine, lazily, on its first chunk, and reuses it for every later chunk
(claimscope.shared_engine: a per-process cache). Without --scheduler, a
distributed.LocalCluster of --workers single-threaded worker processes runs on this machine;
with it, an existing cluster whose workers can import claimscope does the work.

Lines are parsed as the CLI parses them: the id is a string or the digits of a number (else
"INPUT:LINE"), the date a string, blank lines are skipped, and a line that is not a JSON
object, has no "text" or a non-string one yields a record with a "bad_json" error. (The
wording of the parser's message for malformed JSON is Python's, not the CLI's.)

Needs Debian's python3-dask and python3-distributed (hence /usr/bin/python3) and the
claimscope module (cmake -DCLAIMSCOPE_PYTHON=ON; found in build/python next to this repo's
examples/ when not on PYTHONPATH).
"""

import argparse
import collections
import gzip
import json
import os
import sys
import time


def _find_module():
    """Imports claimscope, from build/python of this checkout when not installed."""
    try:
        import claimscope  # noqa: F401
        return None
    except ImportError:
        pass
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for build in (os.environ.get("CLAIMSCOPE_BUILD_DIR"), os.path.join(root, "build")):
        if build and os.path.isdir(os.path.join(build, "python", "claimscope")):
            path = os.path.join(build, "python")
            sys.path.insert(0, path)
            # Worker processes get it too.
            os.environ["PYTHONPATH"] = os.pathsep.join(
                p for p in (path, os.environ.get("PYTHONPATH")) if p)
            return path
    sys.exit("dask_corpus: cannot import claimscope: build it with -DCLAIMSCOPE_PYTHON=ON "
             "and set PYTHONPATH=BUILD/python")


class _Number(str):
    """A JSON number, kept as the digits it was written with (the CLI's id)."""


def _reject_constant(name):
    raise ValueError(f"{name} is not JSON")


def _parse_line(raw, where):
    """(id, text, date, errors) of one JSONL line, as the CLI's reader makes them."""
    try:
        obj = json.loads(raw, parse_int=_Number, parse_float=_Number,
                         parse_constant=_reject_constant)
        if not isinstance(obj, dict):
            raise ValueError("expected an object")
    except (ValueError, UnicodeDecodeError) as e:
        message = str(e).splitlines()[0] if str(e) else type(e).__name__
        return where, "", None, [{"code": "bad_json", "offset": -1,
                                  "message": f"{where}: not a JSON object: {message}"}]
    doc_id = obj.get("id")
    doc_id = doc_id if isinstance(doc_id, str) and doc_id else where
    date = obj.get("date")
    date = date if type(date) is str else None
    if "text" not in obj:
        return doc_id, "", date, [{"code": "bad_json", "offset": -1,
                                   "message": f"{where}: no \"text\" field"}]
    text = obj["text"]
    if type(text) is not str:
        return doc_id, "", date, [{"code": "bad_json", "offset": -1,
                                   "message": f"{where}: field \"text\" is not a string"}]
    return doc_id, text, date, []


def extract_chunk(lines, name, options, fallback_date):
    """Runs on a worker: [(line number, raw line)] -> their JSON records, one a line."""
    import claimscope

    engine = claimscope.shared_engine(**options)  # built on the first call in this process
    out = [None] * len(lines)
    good, good_at = [], []
    for k, (number, raw) in enumerate(lines):
        doc_id, text, date, errors = _parse_line(raw, f"{name}:{number}")
        if errors:
            out[k] = engine.extract_json("", id=doc_id, date=date, fallback_date=fallback_date,
                                         errors=errors)
        else:
            good.append({"id": doc_id, "text": text, "date": date})
            good_at.append(k)
    for k, line in zip(good_at, engine.extract_many(good, threads=1, as_json=True,
                                                    fallback_date=fallback_date)):
        out[k] = line
    return "\n".join(out) + "\n"


def _engines_built():
    """Runs on a worker: how many engines this process built (1 after a run)."""
    import claimscope

    return claimscope._shared.cache_info().misses


def read_chunks(path, chunk_bytes, chunk_lines):
    """Chunks of (line number, raw line) from a JSONL file, blank lines left out."""
    if path == "-":
        stream = sys.stdin.buffer
    elif path.endswith(".gz"):
        stream = gzip.open(path, "rb")
    else:
        stream = open(path, "rb")
    chunk, size = [], 0
    with stream:
        for number, raw in enumerate(stream, 1):
            if raw.endswith(b"\n"):
                raw = raw[:-1]
            if raw.endswith(b"\r"):
                raw = raw[:-1]
            if not raw.strip(b" \t"):
                continue
            chunk.append((number, raw))
            size += len(raw)
            if size >= chunk_bytes or len(chunk) >= chunk_lines:
                yield chunk, size
                chunk, size = [], 0
    if chunk:
        yield chunk, size


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="JSON Lines input (.gz too; - for standard input)")
    parser.add_argument("output", help="JSON Lines output (- for standard output)")
    parser.add_argument("--workers", type=int, default=2,
                        help="worker processes of the local cluster (default 2)")
    parser.add_argument("--scheduler", help="address of an existing Dask scheduler")
    parser.add_argument("--chunk-bytes", type=int, default=500_000,
                        help="input bytes shipped to a worker at once (default 500 kB: "
                             "Dask warns about task arguments over 1 MB)")
    parser.add_argument("--chunk-lines", type=int, default=5000)
    parser.add_argument("--in-flight", type=int, default=0,
                        help="chunks queued at once (default 3 per worker)")
    parser.add_argument("--date", help="document date for documents that carry none")
    parser.add_argument("--lexicon-dir", action="append", default=[])
    parser.add_argument("--grammar-dir", action="append", default=[])
    parser.add_argument("--replace-defaults", action="store_true")
    parser.add_argument("--quiet", "-q", action="store_true", help="no summary line")
    args = parser.parse_args(argv)
    if args.workers < 1:
        parser.error("--workers must be at least 1")

    _find_module()
    import claimscope
    from distributed import Client, LocalCluster

    options = dict(lexicon_dirs=[os.path.abspath(d) for d in args.lexicon_dir],
                   grammar_dirs=[os.path.abspath(d) for d in args.grammar_dir],
                   replace_defaults=args.replace_defaults)
    # Fail here, not on every worker, when a resource folder is wrong.
    try:
        claimscope.Engine(**options)
    except claimscope.Error as e:
        sys.exit(f"dask_corpus: {e}")

    start = time.perf_counter()
    if args.scheduler:
        cluster = None
        client = Client(args.scheduler)
        workers = max(1, len(client.scheduler_info()["workers"]))
    else:
        # Dask starts workers with MALLOC_TRIM_THRESHOLD_=65536, which makes glibc hand freed
        # memory back at once (and turns off its adaptive mmap threshold): the engine's
        # per-document allocations then page-fault over and over. Measured on Reuters-21578:
        # 40x the page faults, 15x the system time, about 40% more wall time. The workers
        # started here get glibc's defaults; set the same in the environment of workers you
        # start yourself (--scheduler).
        import dask

        environ = dict(dask.config.get("distributed.nanny.pre-spawn-environ", {}) or {})
        environ.pop("MALLOC_TRIM_THRESHOLD_", None)
        dask.config.set({"distributed.nanny.pre-spawn-environ": environ})
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
        workers = args.workers
    in_flight = args.in_flight or 3 * workers
    docs = text_bytes = 0
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8",
                                                     newline="\n")
    try:
        pending = collections.deque()
        for chunk, size in read_chunks(args.input, args.chunk_bytes, args.chunk_lines):
            docs += len(chunk)
            text_bytes += size
            pending.append(client.submit(extract_chunk, chunk, args.input, options, args.date,
                                         pure=False))
            while len(pending) >= in_flight:
                out.write(pending.popleft().result())
        while pending:
            out.write(pending.popleft().result())
        built = client.run(_engines_built)  # {worker address: engines built there}
    finally:
        if out is not sys.stdout:
            out.close()
        client.close()
        if cluster is not None:
            cluster.close()
    seconds = time.perf_counter() - start
    if not args.quiet:
        print(f"dask_corpus: {docs} documents, {text_bytes / 1e6:.1f} MB of input lines in "
              f"{seconds:.1f} s ({text_bytes / 1e6 / seconds:.2f} MB/s) on {workers} workers; "
              f"engines built per worker: {sorted(built.values())}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""`claimscope serve` used as a client would: equality with the CLI, every error path, a
full queue, a bounded load and a graceful stop.

    python3 tests/serve_test.py BUILD/claimscope [SHARED_DIR]

The records must equal what `claimscope extract --input jsonl` writes for the same JSON
lines: the fixtures of tests/golden, and the seed and news-dev of ../shared when present.
"""
import glob
import http.client
import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
BIN = os.path.abspath(sys.argv[1])
SHARED = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "..", "..", "shared")
failures = []


def check(ok, what):
    if not ok:
        failures.append(what)
        print("FAIL:", what, file=sys.stderr)


class Server:
    def __init__(self, *args):
        self.err = tempfile.TemporaryFile()
        self.proc = subprocess.Popen([BIN, "serve", "--port", "0", *args],
                                     stderr=subprocess.PIPE, text=True)
        line = self.proc.stderr.readline()
        match = re.search(r"listening on http://([\d.]+):(\d+)", line)
        if not match:
            raise SystemExit(f"serve did not start: {line!r}")
        self.host, self.port = match.group(1), int(match.group(2))
        # The access log: drained in the background so that the pipe never fills.
        self.log = []
        threading.Thread(target=lambda: self.log.extend(self.proc.stderr), daemon=True).start()

    def request(self, method, path, body=None, headers=None):
        conn = http.client.HTTPConnection(self.host, self.port, timeout=60)
        conn.request(method, path, body, headers or {})
        res = conn.getresponse()
        data = res.read()
        conn.close()
        return res.status, res.getheader("Content-Type"), data

    def stop(self):
        self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(timeout=60)


def cli(lines, *options):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        f.write("".join(line + "\n" for line in lines))
    try:
        return subprocess.run([BIN, "extract", "--quiet", "--input", "jsonl", *options, f.name],
                              capture_output=True, check=False).stdout
    finally:
        os.unlink(f.name)


def documents():
    paths = sorted(glob.glob(os.path.join(HERE, "golden", "fixtures", "*.txt")))
    for sub in ("seed", "news-dev"):
        found = sorted(glob.glob(os.path.join(SHARED, "eval", sub, "*.txt")))
        if not found:
            print(f"serve_test: no ../shared/eval/{sub}: skipping its documents")
        paths += found
    lines = []
    for p in paths:
        with open(p, encoding="utf-8", errors="surrogateescape") as f:
            text = f.read()
        try:
            lines.append(json.dumps({"id": os.path.basename(p), "text": text}))
        except UnicodeEncodeError:  # invalid UTF-8 fixtures stay with the CLI's own tests
            continue
    return lines


def main():
    s = Server("-j", "4", "--max-body", "300000", "--max-docs", "200")
    try:
        st, _, body = s.request("GET", "/health")
        check(st == 200 and json.loads(body) == {"status": "ok"}, "GET /health")
        st, _, body = s.request("GET", "/version")
        check(st == 200 and "version" in json.loads(body), "GET /version")

        lines = documents()
        same = 0
        for line in lines:
            st, ctype, body = s.request("POST", "/extract", line,
                                        {"Content-Type": "application/json"})
            ok = st == 200 and body == cli([line])
            same += ok
            check(ok, f"single record equal to the CLI's: {json.loads(line)['id']}")
        print(f"serve_test: {same} of {len(lines)} single records equal to the CLI's")
        batch = "".join(line + "\n" for line in lines)
        st, ctype, body = s.request("POST", "/extract", batch,
                                    {"Content-Type": "application/x-ndjson"})
        check(st == 200 and body == cli(lines), "a JSON Lines batch equal to the CLI's output")
        st, _, body = s.request("POST", "/extract?format=tsv&offsets=codepoints&explain=1", batch,
                                {"Content-Type": "application/x-ndjson"})
        check(st == 200 and body == cli(lines, "--format", "tsv", "--offsets", "codepoints",
                                        "--explain"), "query options as the CLI's")
        print(f"serve_test: a batch of {len(lines)} documents equal to the CLI's, in three formats")

        for what, path, body, want in [
            ("not JSON", "/extract", "not json", 400),
            ("no text", "/extract", '{"id": "a"}', 400),
            ("a bad format", "/extract?format=brat", '{"text": "x"}', 400),
            ("too large", "/extract", json.dumps({"text": "x" * 400000}), 413),
            ("too many documents", "/extract", '{"text": "a"}\n' * 201, 413),
            ("no such path", "/nowhere", "{}", 404),
        ]:
            ctype = "application/x-ndjson" if "many" in what else "application/json"
            st, rtype, data = s.request("POST", path, body, {"Content-Type": ctype})
            ok = st == want and rtype == "application/json" and json.loads(data)["status"] == want
            check(ok, f"{what}: {want} with a JSON error (got {st}: {data[:80]!r})")
        st, _, _ = s.request("GET", "/extract")
        check(st == 405, "GET /extract: 405")
        print("serve_test: 400, 404, 405 and 413 answered with JSON errors")

        load = subprocess.run([sys.executable, os.path.join(HERE, "..", "benchmarks",
                                                            "serve_load.py"),
                               f"{s.host}:{s.port}", "--requests", "2000", "--connections",
                               "16"], capture_output=True, text=True, timeout=600)
        print(load.stdout.strip())
        check(load.returncode == 0, f"load: every request answered ({load.stderr.strip()})")
    finally:
        code = s.stop()
    check(code == 0, f"SIGTERM: exit 0 (got {code})")

    # A full queue: one worker held by an idle connection, one connection waiting, the
    # next answered 503 at once.
    q = Server("-j", "1", "--queue", "1", "--timeout", "20", "-q")
    held = []
    for _ in range(2):  # the first taken by the worker, then the second waiting
        held.append(socket.create_connection((q.host, q.port)))
        time.sleep(0.5)
    st, _, data = q.request("GET", "/health")
    check(st == 503 and json.loads(data)["status"] == 503, f"a full queue: 503 (got {st})")
    for c in held:
        c.close()
    print("serve_test: a full queue answered 503")
    # A stop while a batch is in flight: the batch is answered whole.
    answer = {}

    def long_batch():
        answer["result"] = q.request("POST", "/extract", '{"text": "The minister said it."}\n'
                                     * 150, {"Content-Type": "application/x-ndjson"})

    time.sleep(0.5)
    t = threading.Thread(target=long_batch)
    t.start()
    time.sleep(0.2)
    code = q.stop()
    t.join(timeout=60)
    st, _, body = answer.get("result", (None, None, b""))
    check(st == 200 and body.count(b"\n") == 150, "a batch in flight at SIGTERM is finished")
    check(code == 0, f"SIGTERM with a batch in flight: exit 0 (got {code})")
    print("serve_test: SIGTERM finished the batch in flight and exited 0")

    if failures:
        print(f"serve_test: {len(failures)} failures", file=sys.stderr)
        return 1
    print("serve_test: all passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())

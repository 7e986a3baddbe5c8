#!/usr/bin/env python3
"""Load on `claimscope serve`: REQUESTS single-document POST /extract requests over
CONNECTIONS keep-alive connections (one thread each); prints requests/s, latency percentiles
and the errors (any non-200 answer, or a record for another document).

    python3 benchmarks/serve_load.py HOST:PORT [--requests 2000] [--connections 16] [--text FILE]

Returns 0 when every request got its record, 1 otherwise. tests/serve_test.py runs it.
"""
import argparse
import http.client
import json
import sys
import threading
import time


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("address")
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--connections", type=int, default=16)
    ap.add_argument("--text", help="the document's text (default: a short news paragraph)")
    args = ap.parse_args()
    host, port = args.address.rsplit(":", 1)
    text = (open(args.text, encoding="utf-8").read() if args.text else
            "The minister said on Monday the plan had failed, Reuters reported. "
            "Officials in Paris said 1,200 jobs would go by 2026.")
    latencies = []
    errors = []
    lock = threading.Lock()
    counter = iter(range(args.requests))

    def client():
        conn = http.client.HTTPConnection(host, int(port), timeout=60)
        mine = []
        while True:
            with lock:
                i = next(counter, None)
            if i is None:
                break
            body = json.dumps({"id": f"doc-{i}", "text": text})
            start = time.perf_counter()
            try:
                conn.request("POST", "/extract", body, {"Content-Type": "application/json"})
                res = conn.getresponse()
                data = res.read()
                ok = res.status == 200 and json.loads(data)["id"] == f"doc-{i}"
            except Exception as e:  # a lost request is an error, whatever the cause
                ok, data = False, repr(e).encode()
                conn.close()
                conn = http.client.HTTPConnection(host, int(port), timeout=60)
            mine.append(time.perf_counter() - start)
            if not ok:
                with lock:
                    errors.append((i, data[:200]))
        conn.close()
        with lock:
            latencies.extend(mine)

    start = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(args.connections)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - start
    latencies.sort()

    def pct(p):
        return 1000 * latencies[min(len(latencies) - 1, int(p / 100 * len(latencies)))]

    print(f"RESULT bench=serve_load requests={len(latencies)} connections={args.connections} "
          f"wall_s={wall:.2f} requests_per_s={len(latencies) / wall:.0f} "
          f"p50_ms={pct(50):.2f} p90_ms={pct(90):.2f} p99_ms={pct(99):.2f} "
          f"max_ms={1000 * latencies[-1]:.2f} errors={len(errors)}")
    for i, data in errors[:5]:
        print(f"  request {i}: {data!r}", file=sys.stderr)
    return 0 if not errors and len(latencies) == args.requests else 1


if __name__ == "__main__":
    sys.exit(main())

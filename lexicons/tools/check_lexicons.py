#!/usr/bin/env python3
"""Validate every lexicons/**/*.tsv against the claimscope-lexicon 1 format.
Prints 'file:line: message' for each problem and exits 1 if any were found."""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEADER = ["surface", "canonical", "id", "aliases", "attributes"]
CLASS_RE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$")
ATTR_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_]*=[^;]*$")
MAX_FILE = 8 * 1024 * 1024
MAX_TOTAL = 20 * 1024 * 1024


def check_file(path, rel, errors):
    def err(line, msg):
        errors.append("%s:%d: %s" % (rel, line, msg))

    raw = open(path, "rb").read()
    if len(raw) > MAX_FILE:
        err(0, "file is %d bytes (> 8 MB)" % len(raw))
    if b"\r" in raw:
        err(0, "CR characters (line endings must be LF)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(0, "not UTF-8: %s" % e)
        return 0
    if text.startswith("\ufeff"):
        err(1, "BOM not allowed")
    if text and not text.endswith("\n"):
        err(text.count("\n") + 1, "missing final newline")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0] != "#claimscope-lexicon 1":
        err(1, "first line must be '#claimscope-lexicon 1'")
    headers = {}
    i = 0
    while i < len(lines) and lines[i].startswith("#"):
        m = re.match(r"^#([a-z_]+):\s*(.*)$", lines[i])
        if m:
            headers[m.group(1)] = m.group(2)
        i += 1
    if "class" not in headers:
        err(1, "missing '#class:' header")
    elif not CLASS_RE.match(headers["class"]):
        err(1, "bad class name %r" % headers["class"])
    if headers.get("case") not in ("fold", "exact", "smart"):
        err(1, "'#case:' must be fold, exact or smart (got %r)" % headers.get("case"))
    if i >= len(lines) or lines[i].split("\t") != HEADER:
        err(i + 1, "expected column header row: %s" % "\\t".join(HEADER))
        return 0
    ids = {}
    n = 0
    for ln in range(i + 1, len(lines)):
        line = lines[ln]
        no = ln + 1
        if line.startswith("#"):
            err(no, "header/comment line after column header")
            continue
        cols = line.split("\t")
        if len(cols) != 5:
            err(no, "expected 5 tab-separated columns, got %d" % len(cols))
            continue
        n += 1
        surface, canonical, eid, aliases, attrs = cols
        for name, v in (("surface", surface), ("canonical", canonical), ("id", eid)):
            if not v:
                err(no, "empty %s" % name)
            elif v != v.strip():
                err(no, "leading/trailing space in %s" % name)
            if "|" in v:
                err(no, "'|' in %s" % name)
        if eid:
            if eid in ids:
                err(no, "duplicate id %r (first on line %d)" % (eid, ids[eid]))
            else:
                ids[eid] = no
        if aliases:
            for a in aliases.split("|"):
                if not a:
                    err(no, "empty alias")
                elif a != a.strip():
                    err(no, "leading/trailing space in alias %r" % a)
        if attrs:
            for a in attrs.split(";"):
                if not ATTR_RE.match(a):
                    err(no, "bad attribute %r (want key=value)" % a)
        for c in cols:
            if any(ord(ch) < 32 for ch in c):
                err(no, "control character in column")
                break
    if n == 0:
        err(i + 1, "no entries")
    return n


def main():
    errors = []
    total = 0
    report = []
    for dirpath, dirnames, filenames in os.walk(ROOT):
        dirnames[:] = sorted(d for d in dirnames if d != "tools" and not d.startswith("."))
        for fn in sorted(filenames):
            if fn.endswith(".tsv"):
                path = os.path.join(dirpath, fn)
                rel = os.path.relpath(path, os.path.dirname(ROOT))
                size = os.path.getsize(path)
                total += size
                n = check_file(path, rel, errors)
                report.append((rel, n, size))
    if total > MAX_TOTAL:
        errors.append("lexicons:0: total size %d bytes (> 20 MB)" % total)
    if "-q" not in sys.argv:
        for rel, n, size in report:
            print("%-40s %8d entries %10d bytes" % (rel, n, size))
        print("%-40s %8d entries %10d bytes" % ("TOTAL", sum(r[1] for r in report), total))
    for e in errors:
        print(e, file=sys.stderr)
    if not report:
        print("lexicons:0: no .tsv files found", file=sys.stderr)
        return 1
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

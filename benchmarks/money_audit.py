#!/usr/bin/env python3
"""Audits money and scores over a whole corpus run, as issue-level checks that need no gold:

  python3 benchmarks/money_audit.py reuters OUT.jsonl CORPUS.jsonl
      Every amount the text writes "N dlrs", "N mln dlrs", "N billion dlrs", "N cts" or
      "N stg" (wire style): the share found as one MONEY quantity with the right value and
      currency, and the exceptions. Then the figures of earnings-table rows ("Shr 35 cts vs 29
      cts", "Net 797,000 vs 403,000", "Revs 30.8 mln vs 27.3 mln", "Avg shrs 3,029,930 vs
      2,764,544"): the share that is MONEY on Shr, Net, Revs and Sales rows and a COUNT of
      "shares" on Avg shrs rows, with the row label in "label".
  python3 benchmarks/money_audit.py bbc OUT.jsonl
      Quantities that come from a sports score ("2-1", "7-6 (7-4) 6-3"), and every amount
      written "Nm euros", "Nbn euros", "£Nm", "$Nbn": the share that is MONEY.

OUT.jsonl is `claimscope extract` output (records with "text" are not needed: the spans are
checked against the corpus text itself).
"""
import json
import re
import sys

SCALE = {"mln": 1e6, "million": 1e6, "billion": 1e9, "bln": 1e9, "m": 1e6, "bn": 1e9}
WIRE = re.compile(r"(?<![\w.,/-])(\d[\d,]*(?:\.\d+)?)\s+(?:(mln|billion|bln)\s+)?(dlrs?|cts|stg)\b",
                  re.I)


def money_at(quantities, start, end):
    """The MONEY quantity covering [start, end), or None."""
    for q in quantities:
        if q["type"] == "MONEY" and q["start"] <= start and q["end"] >= end:
            return q
    return None


def number(s):
    return float(s.replace(",", ""))


def with_texts(out_path, texts):
    """Each output record with the text of its document."""
    for line in open(out_path, encoding="utf-8"):
        r = json.loads(line)
        yield r, texts.get(str(r["id"]), "")


def report(what, total, right, exceptions):
    print("%s: %d, %d (%.2f%%)" % (what, total, right, 100.0 * right / max(1, total)))
    for e in exceptions:
        print("  " + e)


def reuters(out_path, corpus_path):
    texts = {}
    for i, line in enumerate(open(corpus_path, encoding="utf-8")):
        d = json.loads(line)
        texts[str(d.get("id", i))] = d.get("text", "")
    total = right = 0
    exceptions = []
    for r, text in with_texts(out_path, texts):
        for m in WIRE.finditer(text):
            total += 1
            unit = m.group(3).lower()
            value = number(m.group(1)) * SCALE.get((m.group(2) or "").lower(), 1)
            code = "GBP" if unit == "stg" else "USD"
            if unit == "cts":
                value /= 100
            # Bytes, as the output's offsets are.
            start = len(text[:m.start()].encode())
            end = len(text[:m.end()].encode())
            q = money_at(r["quantities"], start, end)
            # Either end of a range ("1,750-1,780 dlrs") counts as the amount.
            ok = q is not None and q["unit"] == code and any(
                v is not None and abs(v - value) <= 1e-6 * max(1, value)
                for v in (q["value"], q.get("low"), q.get("high")))
            right += ok
            if not ok and len(exceptions) < 40:
                exceptions.append("%s: %r -> %s" % (r["id"], m.group(0),
                                  None if q is None else (q["type"], q["value"], q["unit"])))
    report("wire amounts, and those MONEY with the right value and currency", total, right,
           exceptions)
    table_rows(out_path, texts)


# A row of an earnings table: its label opens the line (or follows a dateline's " - ").
ROW = re.compile(r"^(?:\s*|.{0,80}? - )(Shr|Net|Revs|Sales|Avg shrs)\b([^\n]*\bvs\b[^\n]*)$", re.M)
FIGURE = re.compile(r"(?<![\w.,/-])\d[\d,]*(?:\.\d+)?(?![\w,/-]|\.\d)")


def table_rows(out_path, texts):
    total = right = 0
    exceptions = []
    for r, text in with_texts(out_path, texts):
        for row in ROW.finditer(text):
            label = row.group(1)
            for m in FIGURE.finditer(row.group(2)):
                total += 1
                start = len(text[:row.start(2) + m.start()].encode())
                end = start + len(m.group(0))
                q = next((q for q in r["quantities"]
                          if q["start"] <= start and q["end"] >= end), None)
                if label == "Avg shrs":
                    ok = q is not None and q["type"] == "COUNT" and q["unit"] == "shares"
                else:
                    ok = q is not None and q["type"] == "MONEY"
                ok = ok and q.get("label", "").endswith(label.split()[-1]) or (
                    ok and label.lower() in q.get("label", "").lower())
                right += ok
                if not ok and len(exceptions) < 30:
                    exceptions.append("%s: %s row %r -> %s" % (
                        r["id"], label, m.group(0),
                        None if q is None else (q["type"], q["value"], q["unit"], q.get("label"))))
    report("earnings-table figures, and those of the row's kind with its label", total, right,
           exceptions)


SCORE = re.compile(r"\b\d{1,3}-\d{1,3}\b")
EURO = re.compile(r"(\d[\d,.]*)(m|bn)\s+euros\b|£(\d[\d,.]*)m\b|\$(\d[\d,.]*)bn\b")


def bbc(out_path):
    score_quantities = []
    total = right = 0
    misses = []
    for line in open(out_path, encoding="utf-8"):
        r = json.loads(line)
        path = r["id"]
        try:
            text = open(path, encoding="utf-8", errors="replace").read()
        except OSError:
            continue
        raw = text.encode()
        for q in r["quantities"]:
            piece = raw[q["start"]:q["end"]].decode(errors="replace")
            around = raw[max(0, q["start"] - 6):q["end"] + 6].decode(errors="replace")
            after = raw[q["end"]:q["end"] + 24].decode(errors="replace")
            # A range of days, ages or hours ("from 24-26 June", "aged 30-39") is no score.
            if re.match(r"-\d+\s+(?:[A-Z][a-z]+|years?|hours?|months?|days?|weeks?)\b", after):
                continue
            if SCORE.search(around) and not re.search(r"%|per cent|year|month|day|old", around):
                if re.fullmatch(r"\d{1,3}", piece.strip()):
                    score_quantities.append("%s: %r in %r" % (path, piece, around))
        for m in EURO.finditer(text):
            total += 1
            start = len(text[:m.start()].encode())
            end = len(text[:m.end()].encode())
            q = money_at(r["quantities"], start, end)
            right += q is not None
            if q is None and len(misses) < 20:
                misses.append("%s: %r" % (path, m.group(0)))
    print("quantities from sports scores: %d" % len(score_quantities))
    for s in score_quantities[:40]:
        print("  " + s)
    print("Nm/Nbn euros, £Nm, $Nbn: %d, MONEY: %d (%.2f%%)" % (total, right, 100.0 * right / max(1, total)))
    for s in misses:
        print("  " + s)


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "reuters":
        reuters(sys.argv[2], sys.argv[3])
    elif len(sys.argv) >= 3 and sys.argv[1] == "bbc":
        bbc(sys.argv[2])
    else:
        sys.exit(__doc__)

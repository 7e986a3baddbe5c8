#!/usr/bin/env python3
"""Value-match score of claimscope on Microsoft Recognizers-Text English test cases.

For each model spec (a JSON array of {"Input", "Results": [{"Resolution": {"value"}}]}),
all of its cases go through `claimscope extract --input jsonl` in one run. A case passes
when the sorted values of the expected results equal, pairwise (relative tolerance 1e-6),
the sorted values of the predicted quantities of the model's type; a case with no expected
results passes only when nothing of that type is predicted. Cases marked NotSupported or
NotSupportedByDesign for "dotnet" (the reference implementation) are excluded.

Two conventions differ. The specs give an amount in a subunit in that subunit ("50 cents"
is 50 with unit Cent), where claimscope's MONEY is in the main unit (docs/output.md: 0.50
USD); an expected value with unit Cent, Pence or Penny is compared divided by 100. And the
specs report a unit named without a number ("a small percent", "the dollar") as a result
with a null value, which claimscope does only with --unit-mentions: the CLI runs with it
(--no-unit-mentions runs it as news output does, without).

Exit status: 0 ok; 1 a --min-pass threshold missed; 2 the CLI failed or its output does not
line up with the input; 77 the shared data is missing (skip).
"""
import argparse
import json
import math
import os
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# name -> (spec path under <shared>/eval/recognizers-text, our quantity type)
MODELS = {
    "NumberModel": ("Number/English/NumberModel.json", "COUNT"),
    "PercentModel": ("Number/English/PercentModel.json", "PERCENT"),
    "CurrencyModel": ("NumberWithUnit/English/CurrencyModel.json", "MONEY"),
    "DimensionModel": ("NumberWithUnit/English/DimensionModel.json", "MEASURE"),
}
DOC_DATE = "2024-01-01"
REL_TOL = 1e-6


def parse_value(v):
    """Expected value -> float, None (no number: a bare "percent" or "dollar"), or string."""
    if v is None or (isinstance(v, str) and v.strip().lower() == "null"):
        return None
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, (int, float)):
        return float(v)
    s = v.strip()
    try:
        return float(s[:-1] if s.endswith("%") else s)  # "100%" -> 100.0, "1E+20" -> 1e20
    except ValueError:
        return s


SUBUNITS = {"cent", "pence", "penny"}  # hundredths of the main unit


def expected_value(resolution):
    """The expected value in claimscope's convention: subunit amounts in the main unit."""
    v = parse_value(resolution.get("value"))
    if isinstance(v, float) and str(resolution.get("unit", "")).lower() in SUBUNITS:
        return v / 100
    return v


def norm_pred(v):
    """Predicted JSON value -> float, None or string (same kinds as parse_value)."""
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return float(v)
    return None if v is None else str(v)


def sort_key(v):
    # Numbers first, then strings, then nulls: a stable order for mixed lists.
    if isinstance(v, float):
        return (0, v, "")
    return (1, 0.0, v) if isinstance(v, str) else (2, 0.0, "")


def same(a, b):
    if isinstance(a, float) and isinstance(b, float):
        return math.isclose(a, b, rel_tol=REL_TOL)
    return type(a) is type(b) and a == b


def excluded(case):
    """True when the reference (.NET) implementation itself does not support the case."""
    marks = " ".join(str(case.get(k, "")) for k in ("NotSupported", "NotSupportedByDesign"))
    return "dotnet" in marks.lower()


def fail_cli(msg):
    print("ERROR: " + msg, file=sys.stderr)
    sys.exit(2)


def run_cli(cli, cases, unit_mentions):
    """Runs the CLI over all cases (id = case index); returns one record per case, in order."""
    with tempfile.TemporaryDirectory(prefix="recognizers_eval.") as tmp:
        path = os.path.join(tmp, "cases.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for i, case in enumerate(cases):
                doc = {"id": str(i), "text": case["Input"], "date": DOC_DATE}
                f.write(json.dumps(doc, ensure_ascii=False) + "\n")
        try:
            extra = ["--unit-mentions"] if unit_mentions else []
            proc = subprocess.run([cli, "extract", "--input", "jsonl", *extra, path],
                                  capture_output=True, text=True, encoding="utf-8")
        except OSError as e:
            fail_cli(f"cannot run {cli}: {e}")
    if proc.returncode >= 2 or proc.returncode < 0:
        fail_cli(f"{cli} exited {proc.returncode}: {proc.stderr.strip()[:2000]}")
    records = []
    for n, line in enumerate(proc.stdout.splitlines(), 1):
        if line.strip():
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as e:
                fail_cli(f"output line {n} is not JSON: {e}")
    if len(records) != len(cases):
        fail_cli(f"{len(cases)} documents in, {len(records)} records out")
    for i, rec in enumerate(records):
        if str(rec.get("id")) != str(i):
            fail_cli(f"record {i} has id {rec.get('id')!r}, expected {str(i)!r}")
    return records


def evaluate(name, spec_path, qtype, cli, verbose, unit_mentions):
    """Prints the model's summary line (and failures with --verbose); returns the pass rate."""
    with open(spec_path, encoding="utf-8-sig") as f:
        spec = json.load(f)
    cases = [c for c in spec if not excluded(c)]
    n_excluded = len(spec) - len(cases)
    records = run_cli(cli, cases, unit_mentions)
    passed = 0
    failures = []
    for i, (case, rec) in enumerate(zip(cases, records)):
        expected = sorted((expected_value(r.get("Resolution") or {})
                           for r in case.get("Results") or []), key=sort_key)
        quants = [q for q in rec.get("quantities") or [] if q.get("type") == qtype]
        predicted = sorted(((norm_pred(q.get("value")), q.get("text")) for q in quants),
                           key=lambda p: sort_key(p[0]))
        if len(expected) == len(predicted) and all(
                same(e, p) for e, (p, _) in zip(expected, predicted)):
            passed += 1
        else:
            failures.append((i, case, expected, predicted, rec.get("errors") or []))
    pct = 100.0 * passed / len(cases) if cases else 0.0
    print(f"{name:<16} {passed}/{len(cases)} cases  {pct:.1f}%  "
          f"(excluded {n_excluded} not supported)")
    if verbose:
        other = sum(1 for c in cases if c.get("NotSupported") or c.get("NotSupportedByDesign"))
        print(f"  ({other} included cases are marked unsupported on other platforms only)")
        for i, case, expected, predicted, errors in failures:
            print(f"  FAIL #{i}: {case['Input']!r}")
            print(f"    expected:  {expected}")
            print("    predicted: [" + ", ".join(f"{v} {t!r}" for v, t in predicted) + "]")
            if errors:
                print(f"    errors:    {errors}")
    return pct


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--build", default=os.path.join(REPO, "build"),
                    help="build folder holding the claimscope CLI (default <repo>/build)")
    ap.add_argument("--shared", default=os.path.join(REPO, "..", "shared"),
                    help="shared data folder (default <repo>/../shared)")
    ap.add_argument("--verbose", action="store_true", help="list every failing case")
    ap.add_argument("--no-unit-mentions", dest="unit_mentions", action="store_false",
                    help="run the CLI without --unit-mentions (units named without a number "
                         "are then never found)")
    ap.add_argument("--model", action="append", choices=sorted(MODELS),
                    help="evaluate only this model (repeatable; default all)")
    ap.add_argument("--min-pass", nargs="+", action="extend", default=[], metavar="NAME=PCT",
                    help="exit 1 when model NAME scores below PCT percent")
    args = ap.parse_args()

    thresholds = {}
    for item in args.min_pass:
        name, _, pct = item.partition("=")
        try:
            thresholds[name] = float(pct)
        except ValueError:
            ap.error(f"--min-pass {item!r}: expected NAME=PCT")
        if name not in MODELS:
            ap.error(f"--min-pass {item!r}: unknown model (one of {', '.join(MODELS)})")

    names = [n for n in MODELS if not args.model or n in args.model]
    root = os.path.join(args.shared, "eval", "recognizers-text")
    for path in [args.shared] + [os.path.join(root, MODELS[n][0]) for n in names]:
        if not os.path.exists(path):
            print(f"SKIP: {path} not found")
            return 77
    cli = os.path.join(args.build, "claimscope")
    if not os.access(cli, os.X_OK):
        fail_cli(f"{cli} not found or not executable (build first)")

    scores = {n: evaluate(n, os.path.join(root, MODELS[n][0]), MODELS[n][1], cli, args.verbose,
                          args.unit_mentions)
              for n in names}
    print("RESULT bench=recognizers " + " ".join(f"{n}={s:.1f}" for n, s in scores.items()))

    missed = [f"{n} {scores[n]:.1f}% < {t:g}%" for n, t in thresholds.items()
              if n in scores and scores[n] < t]
    for m in missed:
        print(f"BELOW THRESHOLD: {m}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())

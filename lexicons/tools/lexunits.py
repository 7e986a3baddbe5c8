"""Helpers shared by the unit generators (gen_currencies.py, gen_measures.py)."""
import lexlib as L


def forms_of(e):
    return [e.surface] + list(e.aliases)


def check_unique_forms(relpath, entries, fold):
    """Refuse a surface/alias that occurs in two entries of one file (case-folded when the
    file is matched with #case: fold), so every form resolves to exactly one entry."""
    seen = {}
    for e in entries:
        for f in forms_of(e):
            k = f.casefold() if fold else f
            if k in seen and seen[k] != e.id:
                raise ValueError("%s: form %r in both %s and %s" % (relpath, f, seen[k], e.id))
            seen[k] = e.id


def pop_flag(e, key, default="1"):
    """Remove a generator-only attribute from an entry; return its value (default if absent)."""
    return e.attrs.pop(key, default)


def symbol_ident(s):
    """Stable identifier fragment for a symbol: ASCII letters/digits kept (case preserved),
    other characters as _<hex code point>; '$' -> '_24', 'US$' -> 'US_24', '€' -> '_20ac'."""
    return "".join(c if c.isascii() and c.isalnum() else "_%x" % ord(c) for c in L.clean(s))

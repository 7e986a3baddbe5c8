#!/usr/bin/env python3
"""Generate the currency lexicons (class unit.currency):

  units/currency_codes.tsv  case exact: ISO 4217 codes (Debian iso-codes iso_4217.json, less
                            the codes listed with exclude=1) + historic / non-standard codes,
                            abbreviations and symbols from tools/data/currency_codes.txt
  units/currency_names.tsv  case fold: news names and plurals from tools/data/currency_names.txt
                            + the ISO 4217 official names (and a regular English plural) not
                            already listed there and not dropped (drop=1)

Canonical = the currency code; every entry has code=, and name= (ISO official name, or the
curated name= for non-ISO codes).  Codes that are English words (ALL, TOP, TRY) carry
common_word=1; the most traded are also matched in lower case ("usd", "rmb"). Word forms that
are English words carry ambiguous_forms= (lexlib rule)."""
import os
import re
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lexlib as L
import lexunits as U

# Codes also matched in lower case ("10 rmb 20 usd"): the 20 most traded currencies of the BIS
# Triennial Central Bank Survey 2022 (public figures), and RMB. Not every code: in lower case
# many are unit abbreviations or words of their own ("kgs", "std", "php").
LOWER_CASE = {"USD", "EUR", "JPY", "GBP", "CNY", "AUD", "CAD", "CHF", "HKD", "SGD", "SEK", "KRW",
              "NOK", "NZD", "INR", "MXN", "TWD", "ZAR", "BRL", "DKK", "RMB"}
CODES_OUT = "units/currency_codes.tsv"
NAMES_OUT = "units/currency_names.tsv"
# Plural of the last word of an ISO official name; words not listed get no automatic plural
# (invariant in English, e.g. yen, baht, naira, or irregular and handled in the curated list).
PLURAL = {"Dollar": "Dollars", "Pound": "Pounds", "Franc": "Francs", "Peso": "Pesos",
          "Rupee": "Rupees", "Dinar": "Dinars", "Dirham": "Dirhams", "Rial": "Rials",
          "Riyal": "Riyals", "Shilling": "Shillings", "Ruble": "Rubles", "Real": "Reais",
          "Leu": "Lei", "Lev": "Leva", "Escudo": "Escudos", "Guilder": "Guilders",
          "Florin": "Florins", "Mark": "Marks", "Cedi": "Cedis", "Colon": "Colones",
          "Koruna": "Korunas", "Manat": "Manats", "Dram": "Drams", "Denar": "Denars",
          "Zloty": "Zlotys", "Forint": "Forints", "Hryvnia": "Hryvnias", "Euro": "Euros"}


def iso_currencies():
    return {c["alpha_3"]: L.clean(c["name"]) for c in L.iso_codes("iso_4217.json")["4217"]}


def codes_entries(iso):
    excluded = set()
    curated = []
    for e in L.curated_entries("currency_codes.txt", "cur:"):
        if U.pop_flag(e, "exclude", "0") == "1":
            excluded.update(U.forms_of(e))
        else:
            curated.append(e)
    unknown = sorted(excluded - set(iso))
    if unknown:
        raise ValueError("currency_codes.txt: excluded codes not in ISO 4217: %s" % unknown)
    words = L.english_words()
    out = []
    for code in sorted(set(iso) - excluded):
        out.append(L.Entry(code, code, "cur:" + code.lower(), (),
                           {"code": code, "kind": "code", "pos": "both", "name": iso[code]}))
    for e in curated:
        code = e.attrs.get("code")
        if not code:
            raise ValueError("currency_codes.txt: %s has no code=" % e.surface)
        if e.attrs.get("kind") == "code":
            e.id = "cur:" + code.lower()
            e.attrs.setdefault("pos", "both")
        else:
            e.id = "cur:%s:%s" % (code.lower(), U.symbol_ident(e.surface))
        e.canonical = code
        out.append(e)
    names = {code: name for code, name in iso.items()}
    names.update({e.attrs["code"]: e.attrs["name"] for e in curated if "name" in e.attrs})
    for e in out:
        code = e.attrs["code"]
        if code not in names:
            raise ValueError("currency_codes.txt: unknown code %s (%s)" % (code, e.surface))
        attrs = {"code": code}
        attrs.update(e.attrs)
        attrs["name"] = names[code]
        if any(f.lower() in words for f in U.forms_of(e) if f.isupper()):
            attrs["common_word"] = "1"
        elif e.surface in LOWER_CASE:
            e.add_alias(e.surface.lower())  # "10 rmb 20 usd"
        e.attrs = attrs
    return out, names


def names_entries(iso, names, excluded_codes):
    curated, dropped = [], set()
    for e in L.curated_entries("currency_names.txt", "cur:name:"):
        if U.pop_flag(e, "drop", "0") == "1":
            dropped.update(f.casefold() for f in U.forms_of(e))
        else:
            curated.append(e)
    by_form = {f.casefold(): e for e in curated for f in U.forms_of(e)}
    out = list(curated)
    for code in sorted(iso):
        name = iso[code]
        if code in excluded_codes or "(" in name or name.casefold() in dropped:
            continue
        forms = [name]
        last = name.split()[-1]
        if last in PLURAL:
            forms.append(name[:len(name) - len(last)] + PLURAL[last])
        owners = [by_form[f.casefold()] for f in forms if f.casefold() in by_form]
        new = [f for f in forms if f.casefold() not in by_form]
        if not new:
            continue
        if owners:
            owner = owners[0]
            if owner.attrs.get("code") != code:
                continue  # form already used for another currency: leave it there
            owner.add_alias(*new)
        else:
            owner = L.Entry(new[0], code, "cur:name:" + L.slug(new[0]), new[1:],
                            {"code": code, "official": "1"})
            out.append(owner)
        by_form.update((f.casefold(), owner) for f in new)
    for e in out:
        code = e.attrs.get("code")
        if code not in names:
            raise ValueError("currency_names.txt: %s: unknown code %r" % (e.surface, code))
        e.canonical = code
        attrs = {"code": code}
        attrs.update(e.attrs)
        attrs["name"] = names[code]
        e.attrs = attrs
    L.mark_ambiguous(out)
    return out


def main():
    iso = iso_currencies()
    codes, names = codes_entries(iso)
    emitted = {e.attrs["code"] for e in codes}
    excluded = set(iso) - emitted
    U.check_unique_forms(CODES_OUT, codes, fold=False)
    L.write_lexicon(CODES_OUT, "unit.currency", "exact",
                    "Debian iso-codes %s ISO 4217 (LGPL-2.1) + hand-curated symbols, abbreviations, "
                    "historic and crypto codes (tools/data/currency_codes.txt)" % iso_version(),
                    codes)
    nm = names_entries(iso, names, excluded)
    U.check_unique_forms(NAMES_OUT, nm, fold=True)
    L.write_lexicon(NAMES_OUT, "unit.currency", "fold",
                    "Debian iso-codes %s ISO 4217 official names (LGPL-2.1) + hand-curated news "
                    "forms (tools/data/currency_names.txt)" % iso_version(), nm)


def iso_version():
    """Upstream version of the installed Debian iso-codes package (from the dpkg status file)."""
    try:
        with open("/var/lib/dpkg/status", encoding="utf-8", errors="replace") as f:
            block = f.read().split("\n\n")
        for b in block:
            if re.search(r"^Package: iso-codes$", b, re.M):
                m = re.search(r"^Version: (\S+)", b, re.M)
                if m:
                    return m.group(1).split("-")[0]
    except OSError:
        pass
    return "(unknown version)"


if __name__ == "__main__":
    main()

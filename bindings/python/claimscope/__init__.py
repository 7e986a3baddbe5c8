"""claimscope: who and what a news text talks about, and who said what.

    import claimscope

    engine = claimscope.Engine()                       # build once: compiles the resources
    record = engine.extract(text, id="doc-1", date="2024-04-01")
    for q in record["quotes"]:
        print(q["kind"], q["text"], q["speaker"] and q["speaker"]["resolved"])

    records = engine.extract_many(docs, threads=4)     # str or {"id", "text", "date"} items

Records are plain dicts equal to ``json.loads`` of the line ``claimscope extract`` writes for
the same document (docs/output.md): spans are UTF-8 byte offsets unless
``offsets="codepoints"`` (Python ``str`` indices) or ``"utf16"`` is asked for.

Threads: an Engine is immutable and may be shared by any number of threads; extraction
releases the GIL, so Python threads calling ``extract`` run in parallel, and
``extract_many`` runs its own worker threads. Processes (multiprocessing, Dask, Spark): an
Engine pickles as its options, and unpickles to the process's shared engine for those
options (``shared_engine``), so each worker process builds it once.
"""

import functools
import json

from . import _claimscope

__all__ = ["Engine", "Error", "shared_engine", "__version__"]

__version__ = _claimscope.__version__

#: Raised when an engine cannot be built (a missing folder, a malformed lexicon or grammar
#: file). ``str(error)`` is the message ("lexicons/x.tsv:12:3: ..."); ``error.code`` is
#: "not_found", "parse_error", "io_error", "invalid_argument", ...; ``error.file`` and
#: ``error.line`` point at the resource file at fault when there is one.
Error = _claimscope.Error

_loads = json.loads


class Engine:
    """A compiled extraction engine.

    Engine(lexicon_dirs=(), grammar_dirs=(), replace_defaults=False, entities=True,
           quantities=True, quotes=True, max_doc_bytes=64 * 2**20, unit_mentions=False,
           any_language=False)

    ``lexicon_dirs`` / ``grammar_dirs``: extra resource folders (docs/lexicons.md,
    docs/grammars.md), loaded after the built-in ones, or instead of them with
    ``replace_defaults=True``. ``entities``, ``quantities``, ``quotes`` turn extractors on or
    off. Documents over ``max_doc_bytes`` get a "too_large" error. ``unit_mentions=True``
    also reports units named without a number ("a percentage") with a null value, as
    Microsoft Recognizers-Text does. ``any_language=True`` applies the English rules to a
    document surely in another language too (by default it gets a "not_english" warning and
    no mentions). Raises ``Error``.
    """

    __slots__ = ("_native", "_options")

    def __init__(self, lexicon_dirs=(), grammar_dirs=(), replace_defaults=False,
                 entities=True, quantities=True, quotes=True, max_doc_bytes=64 << 20,
                 unit_mentions=False, any_language=False):
        if isinstance(lexicon_dirs, (str, bytes)):
            lexicon_dirs = [lexicon_dirs]
        if isinstance(grammar_dirs, (str, bytes)):
            grammar_dirs = [grammar_dirs]
        options = dict(
            lexicon_dirs=tuple(str(d) for d in lexicon_dirs),
            grammar_dirs=tuple(str(d) for d in grammar_dirs),
            replace_defaults=bool(replace_defaults),
            entities=bool(entities),
            quantities=bool(quantities),
            quotes=bool(quotes),
            max_doc_bytes=int(max_doc_bytes),
            unit_mentions=bool(unit_mentions),
            any_language=bool(any_language),
        )
        native_options = dict(options, lexicon_dirs=list(options["lexicon_dirs"]),
                              grammar_dirs=list(options["grammar_dirs"]))
        self._native = _claimscope.Engine(**native_options)
        self._options = options

    @property
    def options(self):
        """The options the engine was built with, as keyword arguments of Engine()."""
        return dict(self._options)

    @property
    def stats(self):
        """What was compiled: lexicon files, entries, grammar rules, build time."""
        return self._native.stats

    def extract(self, text, id=None, date=None, fallback_date=None, *, explain=False,
                offsets="bytes", errors=None):
        """The record of one document, as a dict.

        ``text``: str or UTF-8 bytes (invalid bytes are reported in ``errors``). ``id``: str,
        int or None (""). ``date``: "YYYY-MM-DD" or None; when None the document's
        "date YYYY-MM-DD" first line is used if present, else ``fallback_date``. A malformed
        date is reported in the record's ``errors``, not raised. ``errors``: diagnostics of
        your own, dicts {"code", "message", "offset"}, put first in the record's ``errors``
        (as the CLI does for a line it could not read).
        """
        return _loads(self._native.extract_json(text, id, date, fallback_date,
                                                explain=explain, offsets=offsets,
                                                errors=errors))

    def extract_json(self, text, id=None, date=None, fallback_date=None, *, explain=False,
                     pretty=False, offsets="bytes", errors=None):
        """The record of one document as the JSON line the CLI writes (no newline)."""
        return self._native.extract_json(text, id, date, fallback_date, explain=explain,
                                         pretty=pretty, offsets=offsets, errors=errors)

    def extract_many(self, docs, threads=0, *, fallback_date=None, explain=False,
                     offsets="bytes", as_json=False):
        """Records of many documents, in input order.

        ``docs``: an iterable of str/bytes, or of dicts with "text" and optional "id" and
        "date" (the JSONL fields of ``claimscope extract --input jsonl``; as there, a date
        that is not a string is ignored) and "errors" (as in ``extract``). ``threads``: worker
        threads, each with its own workspace (0: one per core); the GIL is released while
        they run. ``as_json=True`` returns the JSON lines instead of dicts.
        """
        lines = self._native.extract_many_json(docs, threads, fallback_date=fallback_date,
                                               explain=explain, offsets=offsets)
        if as_json:
            return lines
        return [_loads(line) for line in lines]

    def __reduce__(self):
        return (_restore, (self._options,))

    def __repr__(self):
        extras = {k: v for k, v in self._options.items()
                  if v != _DEFAULTS.get(k)}
        inside = ", ".join(f"{k}={v!r}" for k, v in extras.items())
        return f"claimscope.Engine({inside})"


_DEFAULTS = dict(lexicon_dirs=(), grammar_dirs=(), replace_defaults=False, entities=True,
                 quantities=True, quotes=True, max_doc_bytes=64 << 20, unit_mentions=False,
                 any_language=False)


def _key(options):
    merged = dict(_DEFAULTS)
    merged.update(options)
    merged["lexicon_dirs"] = tuple(str(d) for d in merged["lexicon_dirs"])
    merged["grammar_dirs"] = tuple(str(d) for d in merged["grammar_dirs"])
    return tuple(sorted(merged.items()))


@functools.lru_cache(maxsize=8)
def _shared(key):
    return Engine(**dict(key))


def shared_engine(**options):
    """The process-wide Engine for these options, built on first use and then reused: the
    way to get one engine per worker process under multiprocessing, Dask or Spark."""
    return _shared(_key(options))


def _restore(options):
    return shared_engine(**options)

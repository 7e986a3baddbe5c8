"""The C API (bindings/c) through ctypes, when it was built as a shared library
(-DCLAIMSCOPE_C_SHARED=ON): the JSON equals the CLI's, errors are codes and messages."""

import ctypes
import json
import os

import pytest

from conftest import BUILD, REPO, run_cli

LIB = os.path.join(BUILD, "bindings", "c", "libclaimscope_c.so")


@pytest.fixture(scope="module")
def lib():
    if not os.path.exists(LIB):
        pytest.skip(f"no {LIB} (configure with -DCLAIMSCOPE_C_SHARED=ON)")
    lib = ctypes.CDLL(LIB)
    p = ctypes.c_void_p
    lib.claimscope_last_error.restype = ctypes.c_char_p
    lib.claimscope_version.restype = ctypes.c_char_p
    lib.claimscope_options_new.argtypes = [ctypes.POINTER(p)]
    lib.claimscope_options_add_lexicon_dir.argtypes = [p, ctypes.c_char_p]
    lib.claimscope_options_free.argtypes = [p]
    lib.claimscope_engine_new.argtypes = [p, ctypes.POINTER(p)]
    lib.claimscope_engine_free.argtypes = [p]
    lib.claimscope_workspace_new.argtypes = [ctypes.POINTER(p)]
    lib.claimscope_workspace_free.argtypes = [p]
    lib.claimscope_extract_json.argtypes = [p, p, ctypes.c_char_p, ctypes.c_size_t,
                                            ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p,
                                            ctypes.c_int, ctypes.POINTER(p),
                                            ctypes.POINTER(ctypes.c_size_t)]
    lib.claimscope_string_free.argtypes = [p]
    return lib


def test_json_equals_cli(lib):
    engine, ws = ctypes.c_void_p(), ctypes.c_void_p()
    assert lib.claimscope_engine_new(None, ctypes.byref(engine)) == 0
    assert lib.claimscope_workspace_new(ctypes.byref(ws)) == 0
    path = "examples/article.txt"
    with open(os.path.join(REPO, path), "rb") as f:
        text = f.read()
    out, size = ctypes.c_void_p(), ctypes.c_size_t()
    assert lib.claimscope_extract_json(engine, ws, text, len(text), path.encode(), None, None,
                                       0, ctypes.byref(out), ctypes.byref(size)) == 0
    line = ctypes.string_at(out, size.value).decode("utf-8")
    lib.claimscope_string_free(out)
    (want,) = run_cli(os.path.join(BUILD, "claimscope"), path)
    assert line == want
    # A bad date is in the record, not a failure.
    assert lib.claimscope_extract_json(engine, None, b"Hi.", 3, b"d", b"tomorrow", None, 0,
                                       ctypes.byref(out), None) == 0
    record = json.loads(ctypes.string_at(out).decode())
    lib.claimscope_string_free(out)
    assert [e["code"] for e in record["warnings"]] == ["invalid_date"]
    # No engine: an error code and a message, no crash.
    assert lib.claimscope_extract_json(None, None, b"x", 1, None, None, None, 0,
                                       ctypes.byref(out), None) == 1
    assert b"engine is NULL" in lib.claimscope_last_error()
    lib.claimscope_workspace_free(ws)
    lib.claimscope_engine_free(engine)


def test_bad_lexicon_dir(lib):
    options, engine = ctypes.c_void_p(), ctypes.c_void_p()
    assert lib.claimscope_options_new(ctypes.byref(options)) == 0
    assert lib.claimscope_options_add_lexicon_dir(options, b"/no/such/dir") == 0
    assert lib.claimscope_engine_new(options, ctypes.byref(engine)) == 2  # NOT_FOUND
    assert engine.value is None
    assert b"/no/such/dir" in lib.claimscope_last_error()
    lib.claimscope_options_free(options)

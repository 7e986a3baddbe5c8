"""Shared fixtures of the Python tests: where the build, the CLI and the module are.

Run them with tests/python/run_pytest.sh BUILD_DIR (what CTest does), or by hand:
    CLAIMSCOPE_BUILD_DIR=build PYTHONPATH=build/python /usr/bin/python3 -m pytest tests/python
"""

import json
import os
import subprocess
import sys

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BUILD = os.path.abspath(os.environ.get("CLAIMSCOPE_BUILD_DIR", os.path.join(REPO, "build")))

if os.path.isdir(os.path.join(BUILD, "python")) and os.path.join(BUILD, "python") not in sys.path:
    sys.path.insert(0, os.path.join(BUILD, "python"))


@pytest.fixture(scope="session")
def repo():
    return REPO


@pytest.fixture(scope="session")
def build_dir():
    return BUILD


@pytest.fixture(scope="session")
def cli():
    path = os.path.join(BUILD, "claimscope")
    if not os.access(path, os.X_OK):
        pytest.skip(f"no CLI at {path}")
    return path


@pytest.fixture(scope="session")
def claimscope():
    return pytest.importorskip("claimscope", reason=f"module not built in {BUILD}/python")


@pytest.fixture(scope="session")
def engine(claimscope):
    return claimscope.Engine()


def run_cli(cli, *args, input_bytes=None):
    """The CLI's records (parsed) for `args`, run from the repository root."""
    done = subprocess.run([cli, "extract", "--quiet", *args], cwd=REPO, input=input_bytes,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    assert done.returncode in (0, 1), done.stderr.decode(errors="replace")
    return [line for line in done.stdout.decode("utf-8").split("\n") if line]


def records(lines):
    return [json.loads(line) for line in lines]

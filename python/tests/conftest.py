import os
import subprocess
import sys

import pytest

ROOT = os.environ.get("NEWSDESK_ROOT", os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..")))
CLI = os.environ.get("NEWSDESK_CLI", os.path.join(ROOT, "build", "newsdesk"))
GOLDEN = os.path.join(ROOT, "tests", "golden")


@pytest.fixture(scope="session")
def golden_pages():
    cases = sorted(d for d in os.listdir(GOLDEN) if os.path.isfile(os.path.join(GOLDEN, d, "input.html")))
    return [os.path.join(GOLDEN, d, "input.html") for d in cases]


@pytest.fixture(scope="session")
def warc_files(tmp_path_factory, golden_pages):
    """Two WARC files made by tools/make_warc.py from the golden pages (one with faults)."""
    tmp = tmp_path_factory.mktemp("warcs")
    a = str(tmp / "a.warc.gz")
    b = str(tmp / "b.warc.gz")
    make = os.path.join(ROOT, "tools", "make_warc.py")
    subprocess.run([sys.executable, make, a] + golden_pages + ["--repeat", "2"], check=True)
    subprocess.run([sys.executable, make, b] + golden_pages + ["--non-html", "--latin1", "--wrong-length"], check=True)
    return [a, b]


def cli_lines(*args):
    out = subprocess.run([CLI] + list(args), capture_output=True, text=True)
    return [line for line in out.stdout.split("\n") if line]

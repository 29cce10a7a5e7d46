#!/usr/bin/env python3
"""examples/dask_audit.py end to end on a LocalCluster of 2 workers: the
merged report equals the single run's byte for byte (docs/operations.md,
"Running on a cluster").

  tests/e2e/dask_test.py HUASHU SOURCE_DIR

Exit 77 (skipped) when Dask's distributed scheduler cannot be imported
(Debian: python3-distributed), also under the system Python.
"""

import os
import subprocess
import sys
import tempfile

SKIP = 77
SYSTEM_PYTHON = "/usr/bin/python3"

try:
    import distributed  # noqa: F401
except ImportError:
    # ctest may run another Python than the one Debian's package is for.
    if (os.path.exists(SYSTEM_PYTHON) and os.path.realpath(sys.executable) !=
            os.path.realpath(SYSTEM_PYTHON) and
            subprocess.run([SYSTEM_PYTHON, "-c", "import distributed"],
                           capture_output=True).returncode == 0):
        os.execv(SYSTEM_PYTHON, [SYSTEM_PYTHON] + sys.argv)
    print("SKIPPED: Dask's distributed scheduler is not installed "
          "(apt-get install python3-distributed); examples/dask_audit.py not tested")
    sys.exit(SKIP)

from distributed import Client, LocalCluster  # noqa: E402

HUASHU = os.path.abspath(sys.argv[1])
ROOT = os.path.abspath(sys.argv[2])
os.chdir(ROOT)
sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.join(ROOT, "examples"))
import dask_audit  # noqa: E402

# Inputs of every kind, as tests/e2e/merge_test.cc uses them: rejected
# records, reader notes, chat exports, CSV, templates, a missing file.
INPUTS = ("samples/chats.jsonl tests/e2e/inputs/mixed_records.jsonl samples/shop_export.txt "
          "tests/e2e/inputs/rejected_rows.csv samples/calls.jsonl no-such-file.jsonl "
          "samples/reply_templates.txt tests/e2e/inputs/templates_pdd.txt samples/calls.csv").split()
STRICT = ["--rules", "tests/e2e/inputs/scoring/strict.yaml"]

failures = []


def single_run(args, fmt="json"):
    p = subprocess.run([HUASHU, "check", "--fail-on", "never", "-o", fmt] + args,
                       capture_output=True)
    assert p.stdout, p.stderr
    return p.stdout


def expect_equal(what, got, want):
    if got == want:
        print(f"ok: {what}: {len(want)} bytes, equal to the single run's")
    else:
        failures.append(what)
        print(f"FAIL: {what}: the merged report differs from the single run's")
        for i, (a, b) in enumerate(zip(got.splitlines(), want.splitlines())):
            if a != b:
                print(f"  line {i + 1}:\n  merged {a[:300]!r}\n  single {b[:300]!r}")
                break


def main():
    with tempfile.TemporaryDirectory(prefix="huashu-dask-test-") as work:
        # The script as a user runs it: its own LocalCluster of 2 workers.
        out = os.path.join(work, "day.json")
        p = subprocess.run([sys.executable, "examples/dask_audit.py", "--workers", "2",
                            "--huashu", HUASHU, "-o", out] + INPUTS, capture_output=True)
        if p.returncode != 2:  # no-such-file.jsonl: exit 2 as for the single run
            failures.append("exit status")
            print(f"FAIL: dask_audit.py exited {p.returncode}, want 2:\n"
                  f"{p.stderr.decode(errors='replace')[-2000:]}")
        if os.path.exists(out):
            with open(out, "rb") as f:
                expect_equal("dask_audit.py, one task per file", f.read(), single_run(INPUTS))
        else:
            failures.append("no report")
            print("FAIL: dask_audit.py wrote no report")

        # The other modes through the library function, on one cluster.
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                          dashboard_address=None) as cluster, Client(cluster) as client:
            def audit(name, inputs, **kw):
                d = os.path.join(work, name)
                os.makedirs(d)
                report, status, messages = dask_audit.audit(client, HUASHU, inputs, d, **kw)
                if report is None:
                    failures.append(name)
                    print(f"FAIL: {name}: no report: {messages}")
                    return b""
                return report

            expect_equal("--shards 3", audit("shards", INPUTS, shards=3), single_run(INPUTS))
            dirs = ["samples", "tests/e2e/inputs/scoring"]
            expect_equal("directories, one task per file", audit("dirs", dirs), single_run(dirs))
            strict = audit("strict", INPUTS, check_args=STRICT)
            expect_equal("a scoring book (-- --rules strict.yaml)", strict,
                         single_run(STRICT + INPUTS))
            if b'"failed":true' not in strict or b'"scoring":[' not in strict:
                failures.append("strict scoring")
                print("FAIL: the strict book's report has no failed conversation or no model")
    if failures:
        print(f"{len(failures)} failure(s): {', '.join(failures)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

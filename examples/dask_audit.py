#!/usr/bin/env python3
"""A day's audit on a Dask cluster: huashu over many input files, merged.

Each Dask task runs the huashu binary on one input file (or, with --shards N,
on shard K/N of all the inputs) and writes its report into a work directory;
the client then runs `huashu merge` over the reports, which gives the report
one `huashu check` over the same inputs would have written (docs/operations.md,
"Running on a cluster").

    # on one machine: a LocalCluster of 4 worker processes
    python3 examples/dask_audit.py --workers 4 -o day.json calls/*.jsonl chats/*.jsonl

    # on a cluster: every worker sees the inputs and the work directory at the
    # same paths (a shared file system) and has huashu on its PATH
    python3 examples/dask_audit.py --scheduler tcp://10.0.0.5:8786 \
        --work-dir /shared/audit/2026-11-30 -o day.json /shared/chats/2026-11-30/*.jsonl

Arguments after `--` go to every `huashu check` (e.g. -- --rules ours.yaml).
Needs Dask's distributed scheduler (Debian: python3-distributed).
Exit status: that of `huashu check --fail-on never` over the same inputs (0,
or 2 when an input could not be opened: the report is written all the same),
or 2 when a task wrote no report (a rulebook error) or the merge failed; the
messages of the tasks and of the merge are printed on standard error.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile


def expand_inputs(args):
    """Files in the order huashu check reads them: arguments in order, a
    directory walked with its entries sorted by path, hidden names and
    symbolic links to directories skipped."""
    files = []

    def walk(d):
        for entry in sorted(os.scandir(d), key=lambda e: e.path):
            if entry.name.startswith("."):
                continue
            if entry.is_dir():
                if not entry.is_symlink():
                    walk(entry.path)
            elif entry.is_file():
                files.append(entry.path)

    for a in args:
        if a != "-" and os.path.isdir(a):
            walk(a)
        else:
            files.append(a)
    return files


def run_check(huashu, cwd, check_args, inputs, report):
    """One task: `huashu check` over `inputs`, the report into `report`.
    Runs on a worker; returns (report, exit status, standard error)."""
    with open(report, "wb") as out:
        try:
            p = subprocess.run([huashu, "check", "--fail-on", "never", "--quiet"] + check_args +
                               inputs, cwd=cwd, stdout=out, stderr=subprocess.PIPE)
        except OSError as e:  # no such binary on this worker
            return report, 2, f"dask_audit: cannot run {huashu}: {e}\n"
    return report, p.returncode, p.stderr.decode("utf-8", "replace")


def audit(client, huashu, inputs, work_dir, output_format="json", shards=0, check_args=()):
    """Runs the audit on `client`'s cluster. `shards` = 0: one task per input
    file; N > 0: N tasks, task K checking `--shard K/N` of all the inputs.
    Returns (merged report bytes or None, exit status, messages): the status
    is the one `huashu check --fail-on never` over the inputs would give (2
    when an input could not be opened; the report is still written) or 2
    when a task wrote no report or the merge failed."""
    cwd = os.getcwd()
    check_args = ["-o", output_format] + list(check_args)
    ext = "jsonl" if output_format == "jsonl" else "json"
    if shards > 0:
        jobs = [(check_args + ["--shard", "%d/%d" % (k, shards)], list(inputs))
                for k in range(shards)]
    else:
        jobs = [(check_args, [f]) for f in expand_inputs(inputs)]
    futures = [
        client.submit(run_check, huashu, cwd, args, files,
                      os.path.join(work_dir, "part%06d.%s" % (k, ext)), pure=False)
        for k, (args, files) in enumerate(jobs)
    ]
    results = client.gather(futures)  # in submission order: the input order
    messages = "".join(err for _, _, err in results)
    status = max([0] + [s for _, s, _ in results])
    if any(os.path.getsize(report) == 0 for report, _, _ in results):
        return None, 2, messages  # a rulebook or usage error: nothing to merge
    merge = [huashu, "merge", "-o", output_format]
    if shards == 0:
        merge.append("--parts")
    p = subprocess.run(merge + [r[0] for r in results], cwd=cwd, capture_output=True)
    messages += p.stderr.decode("utf-8", "replace")
    if p.returncode != 0:
        return None, 2, messages
    return p.stdout, status, messages


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    extra = []
    if "--" in argv:
        at = argv.index("--")
        argv, extra = argv[:at], argv[at + 1:]
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="+", help="input files or directories")
    ap.add_argument("--scheduler", help="address of a Dask scheduler (default: a LocalCluster)")
    ap.add_argument("--workers", type=int, default=2, help="LocalCluster workers (default 2)")
    ap.add_argument("--huashu", default=shutil.which("huashu") or "huashu",
                    help="the huashu binary, as the workers find it (default: huashu on PATH)")
    ap.add_argument("--shards", type=int, default=0,
                    help="N tasks over all the inputs (check --shard K/N) instead of one per file")
    ap.add_argument("--format", choices=["json", "jsonl"], default="json",
                    help="report format of the tasks and of the merged report")
    ap.add_argument("--work-dir", help="where the tasks write their reports (shared by every "
                    "worker on a cluster; default: a temporary directory, removed at the end)")
    ap.add_argument("-o", "--output", help="the merged report (default: standard output)")
    a = ap.parse_args(argv)

    try:
        from distributed import Client, LocalCluster
    except ImportError:
        sys.exit("dask_audit: needs Dask's distributed scheduler (Debian: apt-get install "
                 "python3-distributed)")
    temp = None
    work_dir = a.work_dir
    if work_dir is None:
        temp = tempfile.TemporaryDirectory(prefix="huashu-dask-")
        work_dir = temp.name
    os.makedirs(work_dir, exist_ok=True)
    huashu = os.path.abspath(a.huashu) if os.sep in a.huashu else a.huashu
    try:
        if a.scheduler:
            client, cluster = Client(a.scheduler), None
        else:
            cluster = LocalCluster(n_workers=a.workers, threads_per_worker=1,
                                   dashboard_address=None)
            client = Client(cluster)
        try:
            report, status, messages = audit(client, huashu, a.inputs,
                                             os.path.abspath(work_dir), a.format, a.shards, extra)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
    finally:
        if temp is not None:
            temp.cleanup()
    sys.stderr.write(messages)
    if report is None:
        return 2
    if a.output:
        with open(a.output, "wb") as f:
            f.write(report)
    else:
        sys.stdout.buffer.write(report)
    return status


if __name__ == "__main__":
    sys.exit(main())

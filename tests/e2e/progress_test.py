#!/usr/bin/env python3
"""Progress of huashu check on standard error, seen through a pseudo-terminal.

Usage: progress_test.py HUASHU SOURCE_DIR

Progress is drawn only when standard error is a terminal, no report goes to
the same terminal and --quiet is not given; it is erased at the end, so the
report on standard output is the same bytes as without it.
"""

import os
import pty
import subprocess
import sys
import tempfile


def run(huashu, args, cwd, stderr_tty=True, stdout_tty=False):
    """Runs huashu; returns (status, stdout bytes, what the terminal got)."""
    master, slave = pty.openpty()
    env = dict(os.environ, LANG="C", LC_ALL="", LC_MESSAGES="")
    with tempfile.TemporaryFile() as out:
        p = subprocess.Popen(
            [huashu] + args, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
            stdout=slave if stdout_tty else out,
            stderr=slave if stderr_tty else subprocess.PIPE)
        os.close(slave)
        seen = b""
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: every writer closed the terminal
                break
            if not chunk:
                break
            seen += chunk
        _, err = p.communicate()
        os.close(master)
        out.seek(0)
        if not stderr_tty:
            seen = err or b""
        return p.returncode, out.read(), seen


def main():
    huashu, src = sys.argv[1], sys.argv[2]
    inputs = ["samples/chats.jsonl", "samples/calls.jsonl", "samples/shop_export.txt"]
    failures = []

    def expect(cond, what):
        if not cond:
            failures.append(what)

    plain = subprocess.run([huashu, "check", "--fail-on", "never"] + inputs, cwd=src,
                           capture_output=True, env=dict(os.environ, LANG="C"))
    status, out, term = run(huashu, ["check", "--fail-on", "never"] + inputs, src)
    expect(status == 0, "check exits 0, got %d" % status)
    expect(b"records" in term and b"MB/s" in term and b"ETA" in term,
           "progress on a terminal: %r" % term[:300])
    expect(b"file 1/3" in term, "the first file of three: %r" % term[:300])
    expect(term.endswith(b"\r\x1b[K"), "the line is erased at the end: %r" % term[-40:])
    expect(out == plain.stdout, "the report is the same with progress on stderr")

    _, _, term = run(huashu, ["check", "--quiet", "--fail-on", "never"] + inputs, src)
    expect(b"MB/s" not in term, "--quiet: no progress: %r" % term[:300])

    _, _, err = run(huashu, ["check", "--fail-on", "never"] + inputs, src, stderr_tty=False)
    expect(b"MB/s" not in err, "stderr not a terminal: no progress: %r" % err[:300])

    _, _, term = run(huashu, ["check", "-o", "text", "--fail-on", "never"] + inputs, src,
                     stdout_tty=True)
    expect(b"MB/s" not in term, "a report on the same terminal: no progress")

    # A diagnostic printed while progress is shown erases the line first.
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as bad:
        bad.write('{"id": "ok", "turns": [{"speaker": "agent", "text": "您好"}]}\nnot json\n')
    try:
        _, _, term = run(huashu, ["check", "--fail-on", "never", bad.name], src)
        line = term.find(b".jsonl:2:")
        expect(line > 0 and term.rfind(b"\r\x1b[K", 0, line) >= 0,
               "the line is erased before a diagnostic: %r" % term[:400])
    finally:
        os.unlink(bad.name)

    for f in failures:
        print("FAIL:", f)
    print("progress test: %d failures" % len(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Runs the examples of README.md and docs/*.md against the binary.

Every fenced code block in those files must be marked by an HTML comment on
the line before it (invisible when rendered):

  <!-- test: session -->      lines "$ huashu ..." / "$ build/huashu ..." are run; the
                              lines shown under each are an excerpt that must appear,
                              in order and contiguous, in what the command prints
  <!-- test: synopsis -->     the command-line synopsis: every --option of
                              `huashu check --help` is in it, and every one in it exists
  <!-- test: jsonl ARGS -->   one JSON conversation (may span lines): checked with
                              `huashu check ARGS -`: exit 0, one conversation, no diagnostic
  <!-- test: chat ARGS -->    a chat export: the same with --input chat
  <!-- test: violation -->    a violation object: its keys are those of a real finding
  <!-- test: rule -->         a rule (a YAML list item): loads as a book of that rule
  <!-- test: rule-test -->    the same, and `huashu rules test` passes its examples
  <!-- test: exit=N CMD -->   the block is input to CMD (run by the shell with $HUASHU
                              the binary and $BLOCK a file holding the block); exit N
  <!-- no-test: REASON -->    not run, for the reason given

An unmarked block fails the test, so a new example cannot escape it.

  tests/docs_test.py BIN [ROOT]
"""

import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MARK = re.compile(r"^<!--\s*(test|no-test):\s*(.*?)\s*-->\s*$")
FENCE = re.compile(r"^(```+|~~~+)(.*)$")

failures = []


def fail(where, message):
    failures.append(f"{where}: {message}")


def blocks(path):
    """Yields (line, marker kind, marker args, info string, text) per fenced block."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        fence, info = m.group(1), m.group(2).strip()
        start = i
        j = i + 1
        while j < len(lines) and not lines[j].startswith(fence):
            j += 1
        text = "\n".join(lines[start + 1 : j]) + "\n"
        k = start - 1
        while k >= 0 and not lines[k].strip():
            k -= 1
        mark = MARK.match(lines[k]) if k >= 0 else None
        kind, args = (mark.group(1), mark.group(2)) if mark else (None, "")
        yield start + 1, kind, args, info, text
        i = j + 1


def run(binary, args, stdin=None, cwd=ROOT, shell=False):
    env = dict(os.environ, HUASHU=binary)
    env.pop("NO_COLOR", None)
    p = subprocess.run(args, input=stdin, cwd=cwd, capture_output=True, shell=shell, env=env,
                       timeout=120)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def huashu_args(binary, command):
    """`huashu check ...` or `build/huashu check ...` as an argument list."""
    import shlex

    words = shlex.split(command)
    if not words or os.path.basename(words[0]) != "huashu":
        return None
    return [binary] + words[1:]


def test_session(binary, where, text):
    chunks = []
    for line in text.rstrip("\n").split("\n"):
        if line.startswith("$ "):
            chunks.append([line[2:], []])
        elif chunks:
            chunks[-1][1].append(line)
        elif line.strip():
            fail(where, f"output before any '$ ' command: {line}")
    if not chunks:
        fail(where, "a session block without '$ ' commands")
    for command, expected in chunks:
        args = huashu_args(binary, command)
        if args is None:
            fail(where, f"not a huashu command: {command}")
            continue
        _, out, _ = run(binary, args)
        while expected and not expected[-1].strip():
            expected.pop()
        actual = [l.rstrip() for l in out.split("\n")]
        want = [l.rstrip() for l in expected]
        if not want:
            continue
        found = any(actual[i : i + len(want)] == want for i in range(len(actual) - len(want) + 1))
        if not found:
            fail(where, f"the output of `{command}` does not contain the lines shown:\n  "
                 + "\n  ".join(want) + "\n--- actual output (start):\n  "
                 + "\n  ".join(actual[:30]))


def help_options(binary, sub):
    """[(aliases, choices or None)] of `huashu SUB --help`."""
    _, out, _ = run(binary, [binary, sub, "--help"])
    found = []
    for m in re.finditer(r"^\s+((?:-\w,)?--[\w-]+)(?: \w+(?::\{([^}]*)\})?)?", out, re.M):
        aliases = set(m.group(1).split(",")) - {"-h", "--help"}
        if aliases:
            found.append((aliases, set(m.group(2).split(",")) if m.group(2) else None))
    return found


def test_synopsis(binary, where, text):
    shown = set(re.findall(r"(?<![\w-])(--[a-z][a-z-]*|-[a-zA-Z])\b", text))
    shown_choices = {m.group(1): set(m.group(2).split("|"))
                     for m in re.finditer(r"\[(--[\w-]+) ([\w]+(?:\|[\w]+)+)\]", text)}
    check = help_options(binary, "check")
    known = set().union(*(a for a, _ in check), *(a for a, _ in help_options(binary, "rules")))
    for aliases, choices in check:
        if not aliases & shown:
            fail(where, f"option {'/'.join(sorted(aliases))} of `huashu check` is missing "
                 "from the synopsis")
        for a in aliases:
            if choices and a in shown_choices and shown_choices[a] != choices:
                fail(where, f"{a} takes {sorted(choices)}, the synopsis says "
                     f"{sorted(shown_choices[a])}")
    for sub in re.findall(r"^huashu rules (\w+)", text, re.M):
        code, out, err = run(binary, [binary, "rules", sub, "--help"])
        if code != 0:
            fail(where, f"`huashu rules {sub} --help` exits {code}: {err.strip()}")
        known |= set(re.findall(r"(?<![\w-])(--[a-z][a-z-]*)\b", out))
    # Other subcommands in the synopsis (huashu stats, sample, ...): their own options.
    for sub in set(re.findall(r"^huashu (\w+)", text, re.M)) - {"check", "rules"}:
        code, out, err = run(binary, [binary, sub, "--help"])
        if code != 0:
            fail(where, f"`huashu {sub} --help` exits {code}: {err.strip()}")
        known |= set(re.findall(r"(?<![\w-])(--[a-z][a-z-]*)\b", out))
    unknown = shown - known
    if unknown:
        fail(where, f"options in the synopsis that huashu does not know: {sorted(unknown)}")


def test_input(binary, where, text, args, fmt):
    import shlex

    data = text
    if fmt == "jsonl":
        try:
            data = json.dumps(json.loads(text), ensure_ascii=False) + "\n"
        except ValueError as e:
            fail(where, f"not one JSON value: {e}")
            return
    cmd = [binary, "check", "--fail-on", "never"] + (["--input", fmt] if fmt == "chat" else [])
    cmd += shlex.split(args) + ["-"]
    code, out, err = run(binary, cmd, stdin=data.encode())
    if code != 0:
        fail(where, f"`{' '.join(cmd[1:])}` exits {code}: {err.strip()}")
        return
    report = json.loads(out)
    if len(report["conversations"]) != 1 or report["diagnostics"]:
        fail(where, f"expected one conversation and no diagnostic, got "
             f"{len(report['conversations'])} and {report['diagnostics']}")
    if "no agent turn" in err:
        fail(where, err.strip())


def test_violation(binary, where, text):
    try:
        shown = json.loads(text)
    except ValueError as e:
        fail(where, f"not JSON: {e}")
        return
    _, out, _ = run(binary, [binary, "check", "--fail-on", "never", "samples/chats.jsonl"])
    # A real phrase finding matched the same way (威信 by pinyin in the samples).
    how = (shown.get("match") or {}).get("how", "pinyin")
    real = [v for c in json.loads(out)["conversations"] for v in c["violations"]
            if (v.get("match") or {}).get("how") == how]
    if not real:
        fail(where, "no finding of that kind in samples/chats.jsonl to compare with")
        return
    if set(shown) != set(real[0]):
        fail(where, f"keys differ from a real finding: shown only {sorted(set(shown) - set(real[0]))},"
             f" real only {sorted(set(real[0]) - set(shown))}")
    for key in ("span", "source", "match"):
        if isinstance(shown.get(key), dict) and isinstance(real[0].get(key), dict) and set(
                shown[key]) != set(real[0][key]):
            fail(where, f"keys of {key} differ from a real finding")


def test_rule(binary, where, text, selftest):
    book = "name: doc\nrules:\n" + "".join("  " + l + "\n" for l in text.rstrip("\n").split("\n"))
    with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False, encoding="utf-8") as f:
        f.write(book)
        path = f.name
    try:
        code, out, err = run(binary, [binary, "rules", "list", "--rules", path])
        if code != 0:
            fail(where, f"the rule does not load: {err.strip()}")
            return
        if selftest:
            code, out, err = run(binary, [binary, "rules", "test", path])
            if code != 0:
                fail(where, f"`huashu rules test` on it exits {code}:\n{out}{err}")
    finally:
        os.unlink(path)


def test_exit(binary, where, text, args):
    m = re.match(r"exit=(\d+)\s+(.*)$", args)
    if not m:
        fail(where, f"bad marker 'test: {args}'")
        return
    with tempfile.NamedTemporaryFile("w", delete=False, encoding="utf-8") as f:
        f.write(text)
        path = f.name
    try:
        env_cmd = f"BLOCK={path}; export BLOCK; {m.group(2)}"
        code, out, err = run(binary, env_cmd, shell=True)
        if code != int(m.group(1)):
            fail(where, f"`{m.group(2)}` exits {code}, the doc says {m.group(1)}:\n{out}{err}")
    finally:
        os.unlink(path)


def main():
    global ROOT
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    binary = os.path.abspath(sys.argv[1])
    root = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else ROOT
    ROOT = root
    docs = [os.path.join(root, "README.md")]
    docs_dir = os.path.join(root, "docs")
    if not os.path.isdir(docs_dir):
        sys.exit("docs_test: docs/ is missing")
    docs += sorted(os.path.join(docs_dir, n) for n in os.listdir(docs_dir) if n.endswith(".md"))
    ran = skipped = 0
    for path in docs:
        rel = os.path.relpath(path, root)
        for line, kind, args, info, text in blocks(path):
            where = f"{rel}:{line}"
            if kind is None:
                fail(where, "unmarked code block: put <!-- test: ... --> or "
                     "<!-- no-test: REASON --> on the line before it")
                continue
            if kind == "no-test":
                if not args:
                    fail(where, "no-test needs a reason")
                skipped += 1
                continue
            ran += 1
            name, _, rest = args.partition(" ")
            if name == "session":
                test_session(binary, where, text)
            elif name == "synopsis":
                test_synopsis(binary, where, text)
            elif name in ("jsonl", "chat"):
                test_input(binary, where, text, rest, name)
            elif name == "violation":
                test_violation(binary, where, text)
            elif name in ("rule", "rule-test"):
                test_rule(binary, where, text, name == "rule-test")
            elif name.startswith("exit="):
                test_exit(binary, where, text, args)
            else:
                fail(where, f"unknown marker 'test: {args}'")
    for f in failures:
        print("FAIL " + f)
    print(f"docs test: {ran} examples run, {skipped} marked no-test, {len(failures)} failures")
    if ran < 10:
        print("docs test: fewer than 10 examples ran; were the markers lost?")
        return 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

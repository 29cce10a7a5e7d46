#!/usr/bin/env python3
"""Mutation testing for huashu: plant one small bug at a time, see if a test fails.

In the spirit of universalmutator (regex rules over source lines, one mutant
per rule application), with no dependency beyond Python 3 and the project's
own build. For each mutant:

  1. the mutated line is written into a scratch copy of the tree (never the
     checkout you work in);
  2. the scratch build is rebuilt incrementally (a mutant that does not
     compile is "invalid" and not counted);
  3. a mutant whose object file is byte-identical to the original's is
     "equivalent" (trivial compiler equivalence) and not counted;
  4. otherwise the fast test subset runs (ctest with a timeout, stopping at
     the first failure); a failing or timed-out run kills the mutant, a
     passing one lets it survive.

The score is killed / (killed + survived). Survivors are printed as
file:line, the original line and the mutant, and written with --report.

  scripts/mutate.py --list                       # the mutants of the core, no build
  scripts/mutate.py --sample 150 --seed 1        # a random sample of 150 of them
  scripts/mutate.py --rev main --sample 150      # the same on another commit's tree
  scripts/mutate.py --files 'src/check/*.cc' --max 20
  scripts/mutate.py --replay before.json         # the survivors of an earlier run, again
  scripts/mutate.py --rev main --sample 60 --then HEAD
                       # each mutant on main's tree; a survivor is tried again on HEAD's
                       # tree (same line, found by content): before/after scores of one sample

Not part of ./dev test (minutes per dozen mutants on 2 cores).
"""

import argparse
import fnmatch
import glob
import hashlib
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# The core: text folding, matching, rules, checks, reports, and the CLI's exit
# and shard logic (only lines of the CLI matching the regex after '::').
DEFAULT_FILES = [
    "src/text/**/*.cc",
    "src/match/**/*.cc",
    "src/rules/**/*.cc",
    "src/check/**/*.cc",
    "src/check/**/*.h",
    "src/report/**/*.cc",
    "src/cli/**/*.cc::shard|record\\+\\+|AtLeast|rank\\(|fail_on|failing|io_error|rejected\\(\\)|return [0-2];",
]

# ctest subset run per mutant: everything but what needs the sanitizers.
DEFAULT_TEST = "ctest --timeout {timeout} --stop-on-failure -j {jobs} -E 'asan'"

# (name, pattern, replacement). Patterns are applied to code only (comments and
# string literals are blanked out first); each match yields one mutant.
OPERATORS = [
    ("rel", r" < ", " <= "),
    ("rel", r" <= ", " < "),
    ("rel", r" > ", " >= "),
    ("rel", r" >= ", " > "),
    ("eq", r" == ", " != "),
    ("eq", r" != ", " == "),
    ("logic", r" && ", " || "),
    ("logic", r" \|\| ", " && "),
    ("not", r"(?<=[(\s])!(?=[\w(*])", ""),
    ("arith", r" \+ 1\b", " - 1"),
    ("arith", r" - 1\b", " + 1"),
    ("arith", r" \+ (?!1\b)", " - "),
    ("arith", r" - (?!1\b)", " + "),
    ("arith", r"\+\+", "--"),
    ("arith", r"(?<=\w)--", "++"),
    ("const", r"\b0\b(?![.xX])", "1"),
    ("const", r"\b1\b(?!\.)", "0"),
    ("const", r"\b([2-9])\b(?!\.)", lambda m: str(int(m.group(1)) + 1)),
    ("bool", r"\btrue\b", "false"),
    ("bool", r"\bfalse\b", "true"),
    ("minmax", r"\bstd::min\b", "std::max"),
    ("minmax", r"\bstd::max\b", "std::min"),
    ("jump", r"\bbreak;", "continue;"),
    ("jump", r"\bcontinue;", "break;"),
]

# Whole-line operators: delete a statement that is a call or an assignment, or
# a jump; return the other constant.
STATEMENT = re.compile(
    r"^\s*(?!return\b|case\b|default\b|else\b|if\b|for\b|while\b|switch\b|do\b|\}|\{)"
    r"(?:[\w:.\->\[\]*()]+\s*(?:[-+*/|&]?=(?!=)\s*.+|\(.*\))|\+\+\w+|\w+\+\+|--\w+|\w+--"
    r"|break|continue);\s*$"
)
RETURN_SWAPS = [
    (r"return true;", "return false;"),
    (r"return false;", "return true;"),
    (r"return 0;", "return 1;"),
    (r"return 1;", "return 0;"),
    (r"return 2;", "return 1;"),
    (r"return \{\};", None),  # nothing sensible to swap to
]


def blank_strings_and_comments(line, in_block):
    """Returns (code, in_block): the line with string/char literals and
    comments replaced by spaces (same length), so operators only match code."""
    out = []
    i = 0
    n = len(line)
    while i < n:
        if in_block:
            end = line.find("*/", i)
            if end < 0:
                out.append(" " * (n - i))
                return "".join(out), True
            out.append(" " * (end + 2 - i))
            i = end + 2
            in_block = False
            continue
        c = line[i]
        if line.startswith("//", i):
            out.append(" " * (n - i))
            break
        if line.startswith("/*", i):
            in_block = True
            out.append("  ")
            i += 2
            continue
        if c == 'R' and line.startswith('R"', i):
            m = re.match(r'R"([^(]*)\(', line[i:])
            if m:
                close = ")" + m.group(1) + '"'
                end = line.find(close, i + len(m.group(0)))
                end = n if end < 0 else end + len(close)
                out.append(" " * (end - i))
                i = end
                continue
        if c in "\"'":
            j = i + 1
            while j < n and line[j] != c:
                j += 2 if line[j] == "\\" else 1
            j = min(j + 1, n)
            out.append(c + " " * (j - i - 2) + c if j - i >= 2 else " " * (j - i))
            i = j
            continue
        out.append(c)
        i += 1
    return "".join(out), in_block


def mutants_of(path, rel, line_filter):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    out = []
    in_block = False
    prev_code = ";"
    for idx, line in enumerate(lines):
        code, in_block = blank_strings_and_comments(line, in_block)
        stripped = code.strip()
        skip = (
            not stripped
            or stripped.startswith("#")
            or "static_assert" in code
            or "constexpr char" in code
            or (line_filter and not re.search(line_filter, line))
        )
        if not skip:
            for name, pat, rep in OPERATORS:
                for m in re.finditer(pat, code):
                    r = rep(m) if callable(rep) else rep
                    new = line[: m.start()] + r + line[m.end():]
                    if new != line:
                        out.append((rel, idx + 1, name, line, new))
            for pat, rep in RETURN_SWAPS:
                if rep and re.search(pat, code):
                    out.append((rel, idx + 1, "return", line, re.sub(pat, rep, line, count=1)))
            # Delete a one-line statement (the previous code line ended a
            # statement or opened a block, so this is not a continuation).
            if STATEMENT.match(code) and prev_code.rstrip()[-1:] in (";", "{", "}", ":"):
                indent = line[: len(line) - len(line.lstrip())]
                out.append((rel, idx + 1, "delete", line, indent + ";  // deleted"))
        if stripped:
            prev_code = stripped
    return out


def replay(report, root):
    """The survivors of an earlier report, located in the current tree."""
    with open(report, encoding="utf-8") as f:
        earlier = json.load(f)["results"]
    out = []
    for r in earlier:
        if r["status"] != "survived":
            continue
        path = os.path.join(root, r["file"])
        if not os.path.exists(path):
            print(f"mutate: {r['file']} is gone; not replayed", file=sys.stderr)
            continue
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        hits = [i for i, l in enumerate(lines) if l.strip() == r["original"]]
        if not hits:
            print(f"mutate: {r['file']}:{r['line']}: line no longer there; not replayed",
                  file=sys.stderr)
            continue
        i = min(hits, key=lambda i: abs(i + 1 - r["line"]))
        indent = lines[i][: len(lines[i]) - len(lines[i].lstrip())]
        out.append((r["file"], i + 1, r["operator"], lines[i], indent + r["mutant"]))
    return out


def expand(specs, root):
    files = []
    for spec in specs:
        pattern, _, line_filter = spec.partition("::")
        matched = sorted(glob.glob(os.path.join(root, pattern), recursive=True))
        if not matched:
            print(f"mutate: warning: '{pattern}' matches no file", file=sys.stderr)
        for p in matched:
            rel = os.path.relpath(p, root)
            if not any(rel == f for f, _ in files):
                files.append((rel, line_filter or None))
    return files


def run(cmd, cwd, timeout=None, quiet=True):
    try:
        p = subprocess.run(
            cmd,
            cwd=cwd,
            shell=isinstance(cmd, str),
            stdout=subprocess.DEVNULL if quiet else None,
            stderr=subprocess.DEVNULL if quiet else None,
            timeout=timeout,
        )
        return p.returncode
    except subprocess.TimeoutExpired:
        return "timeout"


def object_of(build, rel):
    hits = glob.glob(os.path.join(build, "**", rel + ".o"), recursive=True)
    return hits


def digest(paths):
    h = hashlib.sha256()
    for p in sorted(paths):
        with open(p, "rb") as f:
            h.update(f.read())
    return h.hexdigest()


def prepare_scratch(args, rev_name=None, work=None):
    rev_name = rev_name or args.rev
    work = work or args.work
    src = os.path.join(work, "src-tree")
    build = os.path.join(work, "build")
    os.makedirs(work, exist_ok=True)
    stamp = os.path.join(work, "tree.rev")
    rev = subprocess.run(
        ["git", "rev-parse", rev_name], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()
    old = open(stamp).read().strip() if os.path.exists(stamp) else ""
    if old != rev or not os.path.isdir(src):
        # Unpack beside it and copy only what differs, so that the build
        # stays incremental when the scratch tree moves to another commit.
        fresh = src + ".new"
        shutil.rmtree(fresh, ignore_errors=True)
        os.makedirs(fresh)
        archive = subprocess.run(["git", "archive", rev], cwd=ROOT, capture_output=True, check=True)
        subprocess.run(["tar", "-x", "-C", fresh], input=archive.stdout, check=True)
        os.makedirs(src, exist_ok=True)
        wanted = set()
        for d, _, names in os.walk(fresh):
            for n in names:
                rel = os.path.relpath(os.path.join(d, n), fresh)
                wanted.add(rel)
                a, b = os.path.join(fresh, rel), os.path.join(src, rel)
                with open(a, "rb") as f:
                    data = f.read()
                if os.path.exists(b):
                    with open(b, "rb") as f:
                        if f.read() == data:
                            continue
                os.makedirs(os.path.dirname(b), exist_ok=True)
                shutil.copy2(a, b)
                os.utime(b)  # newer than its objects
        for d, _, names in os.walk(src):
            for n in names:
                rel = os.path.relpath(os.path.join(d, n), src)
                if rel not in wanted:
                    os.remove(os.path.join(src, rel))
        shutil.rmtree(fresh)
        with open(stamp, "w") as f:
            f.write(rev + "\n")
    print(f"mutate: tree of {rev_name} ({rev[:12]}) in {src}", flush=True)
    if run(
        ["cmake", "-S", src, "-B", build, f"-DCMAKE_BUILD_TYPE={args.build_type}",
         "-DHUASHU_BUILD_BENCH=OFF"],
        cwd=work,
    ) != 0:
        sys.exit("mutate: cmake configure failed")
    print("mutate: building the unmutated tree ...", flush=True)
    t = time.time()
    if run(["nice", "-n", "10", "cmake", "--build", build, "-j", str(args.jobs)], cwd=work,
           quiet=False) != 0:
        sys.exit("mutate: the unmutated tree does not build")
    print(f"mutate: built in {time.time() - t:.0f}s; running the tests once ...", flush=True)
    t = time.time()
    test_cmd = args.test.format(timeout=args.timeout, jobs=args.jobs)
    if run(test_cmd, cwd=build, timeout=args.timeout * 10, quiet=False) != 0:
        sys.exit("mutate: the tests fail on the unmutated tree; fix that first")
    base_test = time.time() - t
    print(f"mutate: tests pass in {base_test:.0f}s", flush=True)
    return src, build, test_cmd


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--files", nargs="+", default=DEFAULT_FILES,
                    help="globs relative to the tree; GLOB::REGEX mutates only lines matching REGEX")
    ap.add_argument("--max", type=int, default=0, help="stop after N mutants")
    ap.add_argument("--sample", type=int, default=0, help="a random sample of N mutants")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--operators", default="", help="comma list of operator names to keep")
    ap.add_argument("--list", action="store_true", help="list the mutants and stop")
    ap.add_argument("--rev", default="HEAD", help="git revision whose tree is mutated")
    ap.add_argument("--work", default="/tmp/huashu-mutate", help="scratch directory")
    ap.add_argument("--build-type", default="Release")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=int, default=60, help="seconds per test (ctest --timeout)")
    ap.add_argument("--test", default=DEFAULT_TEST,
                    help="test command run in the build dir; {timeout} and {jobs} are filled in")
    ap.add_argument("--report", help="write every result as JSON to this file")
    ap.add_argument("--then", help="a second revision: survivors are run again on its tree; "
                    "prints the score of both")
    ap.add_argument("--then-work", help="scratch directory of --then (default: WORK-then)")
    ap.add_argument("--replay", help="run the survivors of an earlier --report again (each "
                    "found by its original line, nearest to where it was)")
    args = ap.parse_args()

    listing_root = ROOT
    if not args.list:
        src, build, test_cmd = prepare_scratch(args)
        listing_root = src
    files = expand(args.files, listing_root)
    all_mutants = []
    for rel, flt in files:
        all_mutants += mutants_of(os.path.join(listing_root, rel), rel, flt)
    if args.operators:
        keep = set(args.operators.split(","))
        all_mutants = [m for m in all_mutants if m[2] in keep]
    mutants = list(all_mutants)
    if args.replay:
        mutants = replay(args.replay, listing_root)
    elif args.sample:
        rng = random.Random(args.seed)
        # In random order, so that a run stopped early is still a fair sample.
        mutants = rng.sample(mutants, min(args.sample, len(mutants)))
    if args.max:
        mutants = mutants[: args.max]
    print(f"mutate: {len(all_mutants)} mutants in {len(files)} files; running {len(mutants)}",
          flush=True)
    if args.list:
        for rel, line, op, old, new in mutants:
            print(f"{rel}:{line}: [{op}] {old.strip()}  ==>  {new.strip()}")
        return 0

    # A SIGTERM must still restore the file being mutated.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    then = None
    if args.then:
        then = prepare_scratch(args, args.then, args.then_work or args.work + "-then")
    base_objects = {}

    def try_mutant(src, build, test_cmd, rel, line, old, new):
        path = os.path.join(src, rel)
        with open(path, encoding="utf-8") as f:
            original = f.read()
        key = (build, rel)
        if key not in base_objects:
            objs = object_of(build, rel)
            base_objects[key] = (objs, digest(objs) if objs else None)
        lines = original.split("\n")
        if line is None:  # find the same line in another tree, nearest to where it was
            hits = [i for i, l in enumerate(lines) if l == old]
            if not hits:
                return "gone"
            line = min(hits, key=lambda i: abs(i + 1 - line_hint[0])) + 1
        assert lines[line - 1] == old, (rel, line)
        lines[line - 1] = new
        try:
            with open(path, "w", encoding="utf-8") as f:
                f.write("\n".join(lines))
            rc = run(["nice", "-n", "10", "cmake", "--build", build, "-j", str(args.jobs)],
                     cwd=build, timeout=600)
            if rc != 0:
                return "invalid"
            objs, base = base_objects[key]
            if base and digest(objs) == base:
                return "equivalent"
            rc = run("nice -n 10 " + test_cmd, cwd=build, timeout=args.timeout * 20)
            return "survived" if rc == 0 else "killed"
        finally:
            with open(path, "w", encoding="utf-8") as f:
                f.write(original)

    results = []
    counts = {"killed": 0, "survived": 0, "invalid": 0, "equivalent": 0}
    then_killed = 0
    line_hint = [0]
    start = time.time()
    try:
        for i, (rel, line, op, old, new) in enumerate(mutants, 1):
            t = time.time()
            status = try_mutant(src, build, test_cmd, rel, line, old, new)
            result = {"file": rel, "line": line, "operator": op, "original": old.strip(),
                      "mutant": new.strip(), "status": status}
            if then and status == "survived":
                line_hint[0] = line
                result["then"] = try_mutant(then[0], then[1], then[2], rel, None, old, new)
                then_killed += result["then"] == "killed"
            counts[status] += 1
            results.append(result)
            scored = counts["killed"] + counts["survived"]
            score = 100.0 * counts["killed"] / scored if scored else 0.0
            after = ""
            if then:
                after = f"; then {100.0 * (counts['killed'] + then_killed) / scored if scored else 0:.1f}%"
                if "then" in result:
                    status += "/" + result["then"]
            print(f"[{i}/{len(mutants)}] {status:10} {rel}:{line} [{op}] {new.strip()[:90]}"
                  f"   ({time.time() - t:.0f}s; score {score:.1f}%{after})", flush=True)
            if args.report:  # after every mutant, so a stopped run leaves its results
                with open(args.report, "w", encoding="utf-8") as f:
                    json.dump({"command": sys.argv, "counts": counts, "score": score,
                               "results": results}, f, ensure_ascii=False, indent=1)
    finally:
        # Leave the scratch builds matching the unmutated trees.
        run(["nice", "-n", "10", "cmake", "--build", build, "-j", str(args.jobs)], cwd=build)
        if then:
            run(["nice", "-n", "10", "cmake", "--build", then[1], "-j", str(args.jobs)],
                cwd=then[1])

    scored = counts["killed"] + counts["survived"]
    score = 100.0 * counts["killed"] / scored if scored else 0.0
    print()
    print(f"mutation score: {counts['killed']}/{scored} killed = {score:.1f}% "
          f"({counts['invalid']} did not compile, {counts['equivalent']} compiled to identical "
          f"code; {time.time() - start:.0f}s)")
    if then:
        print(f"with the tests of {args.then}: {counts['killed'] + then_killed}/{scored} killed = "
              f"{100.0 * (counts['killed'] + then_killed) / scored if scored else 0:.1f}%")
    survivors = [r for r in results if r["status"] == "survived"]
    if survivors:
        print("survivors:" + (f" (then on {args.then})" if then else ""))
        for r in survivors:
            extra = f"  [{r['then']}]" if "then" in r else ""
            print(f"  {r['file']}:{r['line']}: [{r['operator']}] {r['original']}  ==>  "
                  f"{r['mutant']}{extra}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

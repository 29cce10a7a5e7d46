#!/usr/bin/env python3
"""Rewrites tests/e2e/expected/ from what the binary reports now.

  scripts/update-goldens.py [BIN]      (default build/huashu; ./dev update-goldens builds first)

The golden test (tests/e2e/golden_test.cc) only ever compares; accepting new
output after a deliberate change is this separate step, and its result is a
diff of tests/e2e/expected/ to review and commit. Each input is every file of
samples/ and tests/e2e/inputs/ (but *.md and *.args); NAME.args beside an input
holds extra arguments. The JSON is written the way the test reads it: the
tool version removed, keys sorted, one-space indent.
"""

import json
import os
import shlex
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
INPUT_DIRS = ["samples", "tests/e2e/inputs"]
EXPECTED = os.path.join(ROOT, "tests", "e2e", "expected")


def inputs():
    out = []
    for d in INPUT_DIRS:
        path = os.path.join(ROOT, d)
        if not os.path.isdir(path):
            sys.exit(f"update-goldens: {d}/ is missing")
        for name in os.listdir(path):
            full = os.path.join(path, name)
            if not os.path.isfile(full) or name.endswith((".md", ".args")):
                continue
            out.append(f"{d}/{name}")
    return sorted(out)


def main():
    binary = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build", "huashu"))
    if not os.access(binary, os.X_OK):
        sys.exit(f"update-goldens: no binary {binary} (build first)")
    written = set()
    changed = 0
    for rel in inputs():
        args = ["--fail-on", "never", "-o", "json"]
        args_file = os.path.join(ROOT, rel + ".args")
        if os.path.exists(args_file):
            args += shlex.split(open(args_file, encoding="utf-8").read())
        p = subprocess.run([binary, "check", *args, rel], cwd=ROOT, capture_output=True)
        if p.returncode != 0:
            sys.exit(f"update-goldens: huashu check {' '.join(args)} {rel} exited {p.returncode}:\n"
                     + p.stderr.decode(errors="replace"))
        report = json.loads(p.stdout)
        report["tool"].pop("version", None)
        text = json.dumps(report, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        name = rel.replace("/", "_") + ".json"
        path = os.path.join(EXPECTED, name)
        old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
        if old != text:
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            changed += 1
            print(f"updated {os.path.relpath(path, ROOT)}")
        written.add(name)
    for name in sorted(os.listdir(EXPECTED)):
        if name not in written:
            os.remove(os.path.join(EXPECTED, name))
            changed += 1
            print(f"removed {name} (its input is gone)")
    print(f"update-goldens: {len(written)} inputs, {changed} files changed; "
          "review `git diff tests/e2e/expected` before committing")
    return 0


if __name__ == "__main__":
    sys.exit(main())

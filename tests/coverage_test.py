#!/usr/bin/env python3
"""Keeps docs/coverage.md in step with the books and rules/coverage-gaps.yaml.

Runs `huashu rules coverage` (the embedded books and gap list) and fails when
its output differs from docs/coverage.md, printing the difference and the
command that regenerates the file. When the reference documents are at hand
(ROOT/../shared/seeds/ID_*.txt, or the directory in $HUASHU_SEEDS), it also
checks that every quote of the table occurs verbatim in its document, so a
quote cannot point at nothing.

  tests/coverage_test.py BIN [ROOT]
"""

import difflib
import glob
import os
import re
import subprocess
import sys


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    binary = os.path.abspath(sys.argv[1])
    root = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else os.path.dirname(
        os.path.dirname(os.path.abspath(__file__)))
    p = subprocess.run([binary, "rules", "coverage"], capture_output=True, timeout=120)
    if p.returncode != 0:
        sys.exit(f"huashu rules coverage exits {p.returncode}: {p.stderr.decode('utf-8', 'replace')}")
    generated = p.stdout.decode("utf-8")
    path = os.path.join(root, "docs", "coverage.md")
    with open(path, encoding="utf-8") as f:
        written = f.read()
    failures = 0
    if generated != written:
        sys.stdout.writelines(difflib.unified_diff(
            written.splitlines(True), generated.splitlines(True), "docs/coverage.md",
            "huashu rules coverage"))
        print("docs/coverage.md differs from `huashu rules coverage`: run\n"
              "  build/huashu rules coverage > docs/coverage.md\nand review the difference.")
        failures += 1
    if "## Rules that cite no requirement" in generated:
        print("some shipped rules cite no requirement (source:); see the end of the table")
        failures += 1

    seeds = os.environ.get("HUASHU_SEEDS") or os.path.join(root, "..", "shared", "seeds")
    texts = {}
    for f in glob.glob(os.path.join(seeds, "*_*.txt")):
        with open(f, encoding="utf-8") as fh:
            texts[os.path.basename(f).split("_")[0]] = fh.read()
    if not texts:
        print(f"coverage: no reference documents in {seeds}; quotes not checked")
    else:
        doc, checked = None, 0
        for line in generated.splitlines():
            m = re.match(r"^## (\S+) ", line)
            if m:
                doc = m.group(1)
                continue
            cells = [c.replace("\\|", "|").strip() for c in re.split(r"(?<!\\)\|", line)[1:-1]]
            if doc is None or len(cells) != 3 or cells[0] in ("section", "---"):
                continue
            quote = cells[1]
            if not quote or doc not in texts:
                continue
            checked += 1
            if quote not in texts[doc]:
                print(f"quote not in document {doc}: 「{quote}」 ({cells[0]})")
                failures += 1
        if not failures:
            print(f"coverage: {checked} quotes found in their documents")
    if failures:
        sys.exit(1)


if __name__ == "__main__":
    main()

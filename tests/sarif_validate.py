#!/usr/bin/env python3
"""Validates huashu's SARIF with Microsoft's SARIF Multitool.

  tests/sarif_validate.py BIN [ROOT]

Runs `huashu check -o sarif` over every input of samples/ and
tests/e2e/inputs/ (with NAME.args beside an input, as the golden test does),
plus a run with a .huashu.yaml project root and a baseline, and validates
all the logs in one `Sarif.Multitool validate --rule-kind "Sarif;Gh"` run:
the SARIF 2.1.0 JSON schema (JSON rules), the SARIF specification's rules
(SARIF1xxx, SARIF2xxx) and GitHub code scanning's ingestion rules (GHxxxx).
Every result fails the test except the few listed in ACCEPTED, each with
the reason it does not apply to huashu.

The validator is the npm package @microsoft/sarif-multitool-linux, installed
by scripts/install-deps.sh into ROOT/.cache/npm (not part of the repository);
HUASHU_SARIF_MULTITOOL names another copy. Without it the test is skipped
(exit 77, ctest's SKIP_RETURN_CODE) and says how to install it.
"""

import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile

SKIP = 77
TOOL_IN_CACHE = ".cache/npm/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"

# Rule id (or rule id/message id) -> why huashu does not follow its advice.
# Anything else fails.
ACCEPTED = {
    "SARIF2010": "no snippet for findings about a missing phrase or a timing (a closing not "
                 "said, a hold too long): there is no text to quote",
    "SARIF2012/Note_ProvideHelpUri": "helpUri: huashu has no public documentation site yet; "
                                     "help.text names `huashu rules explain ID`",
    "SARIF2002": "messages are finished Chinese sentences with the rule's own wording, "
                 "not message ids with arguments",
    "SARIF2003": "a checker of templates cannot know the version control details of the "
                 "checkout; code-scanning upload steps add them",
    "SARIF2005": "informationUri: huashu has no public home page to point to yet",
    "SARIF2006": "the $schema URI is the one GitHub documents; the test machine has no "
                 "network to fetch it",
    "SARIF2009": "rule ids are huashu's own public names (forbidden.impatient), not "
                 "tool-prefixed numbers",
    "SARIF2011": "no contextRegion: the finding's own line is the context of a template",
}


def find_tool(root):
    tool = os.environ.get("HUASHU_SARIF_MULTITOOL") or os.path.join(root, TOOL_IN_CACHE)
    return tool if os.access(tool, os.X_OK) else None


def tool_version(tool):
    try:
        with open(os.path.join(os.path.dirname(tool), "package.json"), encoding="utf-8") as f:
            return json.load(f).get("version", "?")
    except (OSError, ValueError):
        return "?"


def inputs(root):
    out = []
    for d in ("samples", "tests/e2e/inputs"):
        for name in sorted(os.listdir(os.path.join(root, d))):
            full = os.path.join(root, d, name)
            if os.path.isfile(full) and not name.endswith((".md", ".args")):
                out.append(f"{d}/{name}")
    return out


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    binary = os.path.abspath(sys.argv[1])
    root = os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else
                           os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    tool = find_tool(root)
    if not tool:
        print("SKIP: the SARIF validator is not installed (scripts/install-deps.sh installs "
              f"@microsoft/sarif-multitool-linux into {TOOL_IN_CACHE}; or set "
              "HUASHU_SARIF_MULTITOOL)")
        return SKIP
    work = tempfile.mkdtemp(prefix="huashu_sarif_")
    try:
        logs = []
        for rel in inputs(root):
            args = ["--fail-on", "never", "--no-config", "-o", "sarif"]
            args_file = os.path.join(root, rel + ".args")
            if os.path.exists(args_file):
                args += shlex.split(open(args_file, encoding="utf-8").read())
            p = subprocess.run([binary, "check", *args, rel], cwd=root, capture_output=True)
            if p.returncode != 0:
                print(f"FAIL huashu check {' '.join(args)} {rel} exited {p.returncode}:\n"
                      + p.stderr.decode(errors="replace"))
                return 1
            log = os.path.join(work, rel.replace("/", "_") + ".sarif")
            with open(log, "wb") as f:
                f.write(p.stdout)
            logs.append(log)
        # A project: .huashu.yaml at its root, run from a subdirectory, with a
        # baseline and a Chinese file name (percent-encoded URIs).
        proj = os.path.join(work, "project")
        os.makedirs(os.path.join(proj, "replies", "sub"))
        shutil.copy(os.path.join(root, "samples", "reply_templates.txt"),
                    os.path.join(proj, "replies", "话术 模板.txt"))
        with open(os.path.join(proj, ".huashu.yaml"), "w", encoding="utf-8") as f:
            f.write("input: template\nfiles: [replies]\nfail_on: never\n")
        with open(os.path.join(proj, "base.json"), "w", encoding="utf-8") as f:
            f.write('{"version": 1, "findings": [{"file": "replies/话术 模板.txt", '
                    '"rule": "ad.absolute", "text": "绝对"}]}\n')
        log = os.path.join(work, "project.sarif")
        p = subprocess.run([binary, "check", "--baseline", "../../base.json", "-o", "sarif:" + log],
                           cwd=os.path.join(proj, "replies", "sub"), capture_output=True)
        if p.returncode != 0:
            print("FAIL the project run exited", p.returncode, p.stderr.decode(errors="replace"))
            return 1
        logs.append(log)

        out = os.path.join(work, "validation.sarif")
        # The files first: list-valued options (--log, --level) take every
        # word after them.
        cmd = [tool, "validate", *logs, "--output", out, "--rule-kind", "Sarif;Gh",
               "--level", "Error;Warning;Note", "--log", "ForceOverwrite"]
        p = subprocess.run(cmd, capture_output=True, cwd=work)
        if not os.path.exists(out):
            print(f"FAIL the validator did not run (exit {p.returncode}):\n"
                  + p.stdout.decode(errors="replace") + p.stderr.decode(errors="replace"))
            return 1
        report = json.load(open(out, encoding="utf-8-sig"))
        failures, accepted = [], {}
        for run in report.get("runs", []):
            for r in run.get("results", []):
                rid = r.get("ruleId", "?")
                key = rid if rid in ACCEPTED else f"{rid}/{r.get('message', {}).get('id', '')}"
                if key in ACCEPTED:
                    accepted[key] = accepted.get(key, 0) + 1
                    continue
                loc = r.get("locations", [{}])[0].get("physicalLocation", {})
                where = os.path.basename(loc.get("artifactLocation", {}).get("uri", "?"))
                msg = r.get("message", {})
                text = msg.get("text") or " ".join(msg.get("arguments", []))
                failures.append(f"{where}: {r.get('level', 'warning')} {rid}: {text}")
            for n in run.get("invocations", [{}])[0].get("toolExecutionNotifications", []):
                if n.get("level") == "error":
                    failures.append("validator: " + n.get("message", {}).get("text", ""))
        for f in failures[:50]:
            print("FAIL " + f)
        print(f"sarif validate: {len(logs)} logs, {len(failures)} failures, accepted: "
              + (", ".join(f"{k}×{v}" for k, v in sorted(accepted.items())) or "none")
              + f" (SARIF Multitool {tool_version(tool)}, --rule-kind Sarif;Gh)")
        return 1 if failures else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""The HTML report (-o html) opened in a real browser: headless Chromium.

Usage: html_test.py HUASHU SOURCE_DIR OUT_DIR

Renders a report of the shipped samples plus generated chats (enough
findings for two pages) and a conversation carrying a mobile number, lets
Chromium run the page's script (--dump-dom) and checks the DOM it built:
the finding count, the rows of a page, a highlighted span, filters given in
the URL hash and in the query string, paging, and that the number appears
only masked. Writes OUT_DIR/html_report.html and a screenshot,
OUT_DIR/html_report.png, as artefacts.

Exits 77 (ctest SKIP_RETURN_CODE) when Chromium is not installed.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

SKIP = 77


def chromium():
    for name in (os.environ.get("CHROMIUM", ""), "chromium", "chromium-browser", "google-chrome"):
        if name and shutil.which(name):
            return shutil.which(name)
    return None


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


def check(cond, msg):
    if not cond:
        fail(msg)


def main():
    huashu, src, out = (os.path.abspath(a) for a in sys.argv[1:4])
    browser = chromium()
    if not browser:
        print("SKIP: chromium is not installed (apt-get install chromium); the HTML report "
              "was not tested in a browser")
        return SKIP
    os.makedirs(out, exist_ok=True)
    work = tempfile.mkdtemp(prefix="huashu_html_")
    profile = os.path.join(work, "profile")

    # Input: the sample chats, 25 renamed copies of them (over 200 findings:
    # two pages) and one conversation in which the agent sends a full mobile
    # number.
    chats = open(os.path.join(src, "samples/chats.jsonl"), encoding="utf-8").read().splitlines()
    lines = list(chats)
    for i in range(25):
        for line in chats:
            rec = json.loads(line)
            rec["id"] = "%s-copy%d" % (rec["id"], i)
            lines.append(json.dumps(rec, ensure_ascii=False))
    lines.append(json.dumps({
        "id": "pii-chat", "channel": "chat", "platform": "jd",
        "agent": {"id": "jd-kf-99", "name": "小安"},
        "started_at": "2026-11-23T21:15:00+08:00",
        "turns": [{"speaker": "customer", "text": "怎么联系你们？"},
                  {"speaker": "agent", "text": "您好，您可以直接打我手机13812345678联系我哦"}]},
        ensure_ascii=False))
    day = os.path.join(work, "day.jsonl")
    with open(day, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    calls = os.path.join(src, "samples/calls.jsonl")

    report = os.path.join(out, "html_report.html")
    with open(report, "wb") as f:
        r = subprocess.run([huashu, "check", "-o", "html", day, calls], stdout=f,
                           stderr=subprocess.PIPE)
    check(r.returncode in (0, 1), "huashu check -o html exited %d: %s" % (r.returncode, r.stderr))
    j = json.loads(subprocess.run([huashu, "check", "-o", "json", day, calls],
                                  capture_output=True).stdout)
    findings = [v for c in j["conversations"] for v in c["violations"]]
    total = len(findings)
    check(total > 200, "want more than one page of findings, got %d" % total)
    page = open(report, encoding="utf-8").read()
    check("13812345678" not in page, "the mobile number appears unmasked in the page")
    check("138****5678" in page, "the masked mobile number is missing from the page")
    check("<script src" not in page and "<link" not in page, "the page fetches something")

    def dom(query, timeout=120):
        url = "file://" + report + query
        cmd = [browser, "--headless", "--disable-gpu", "--no-sandbox", "--no-first-run",
               "--user-data-dir=" + profile, "--dump-dom", url]
        t0 = time.time()
        r = subprocess.run(cmd, capture_output=True, timeout=timeout)
        print("chromium --dump-dom %s: %.2f s" % (query or "(no filter)", time.time() - t0))
        text = r.stdout.decode("utf-8", "replace")
        check('data-ready="1"' in text, "the page's script did not run (%s): %s" %
              (query, r.stderr.decode("utf-8", "replace")[-2000:]))
        return text

    def count(text):
        m = re.search(r'id="hs-count">(\d+)<', text)
        check(m, "no finding count in the DOM")
        return int(m.group(1))

    def rows(text):
        return re.findall(r'<tr class="sev-row-\w+" data-rule="([^"]*)" data-agent="([^"]*)">',
                          text)

    # Unfiltered: every finding counted, the first page of 200 rows, spans marked.
    text = dom("")
    check(count(text) == total, "count %d, JSON report has %d findings" % (count(text), total))
    check(len(rows(text)) == 200, "first page has %d rows, want 200" % len(rows(text)))
    check("第 1 / %d 页" % ((total + 199) // 200) in text, "no page indicator")
    check(len(re.findall(r'<mark class="hs-hit">', text)) > 100, "spans are not highlighted")
    check('<section id="overview">' in text and "<svg" in text, "no overview charts")

    # A filter in the hash: personal data only; the number is shown masked and marked.
    pii = [v for v in findings if v["category"] == "pii"]
    text = dom("#category=pii")
    check(count(text) == len(pii), "pii filter: %d, want %d" % (count(text), len(pii)))
    check(all(r[0].startswith("pii.") for r in rows(text)), "pii filter shows other rules")
    marks = re.findall(r'<mark class="hs-hit">([^<]*)</mark>', text)
    check("138****5678" in marks, "the masked number is not the highlighted span: %s" % marks)
    check("13812345678" not in text, "the page shows the number unmasked")

    # A filter in the query string, and paging in the hash.
    by_agent = {}
    for c in j["conversations"]:
        key = (c.get("agent") or {}).get("id") or (c.get("agent") or {}).get("name") or "(unknown)"
        by_agent[key] = by_agent.get(key, 0) + len(c["violations"])
    agent, n = max(by_agent.items(), key=lambda kv: kv[1])
    text = dom("?agent=" + agent)
    check(count(text) == n, "agent filter: %d, want %d" % (count(text), n))
    check(all(r[1] == agent for r in rows(text)), "agent filter shows other agents")
    last = total - 200 * ((total - 1) // 200)
    text = dom("#page=%d" % ((total + 199) // 200))
    check(len(rows(text)) == last, "last page has %d rows, want %d" % (len(rows(text)), last))

    # Two filters at once.
    rule = "ad.efficacy"
    want = sum(1 for c in j["conversations"] for v in c["violations"]
               if v["rule"] == rule and c.get("platform") == "taobao")
    check(want > 0, "no %s finding on taobao in the input" % rule)
    text = dom("#rule=%s&platform=taobao" % rule)
    check(count(text) == want, "rule+platform filter: %d, want %d" % (count(text), want))

    # The screenshot, as an artefact of the test run.
    png = os.path.join(out, "html_report.png")
    if os.path.exists(png):
        os.remove(png)
    subprocess.run([browser, "--headless", "--disable-gpu", "--no-sandbox", "--no-first-run",
                    "--hide-scrollbars", "--user-data-dir=" + profile, "--window-size=1280,2000",
                    "--screenshot=" + png, "file://" + report],
                   capture_output=True, timeout=120)
    check(os.path.exists(png) and open(png, "rb").read(8) == b"\x89PNG\r\n\x1a\n",
          "no screenshot written")
    print("ok: %d findings; report %s (%d bytes); screenshot %s" %
          (total, report, os.path.getsize(report), png))
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

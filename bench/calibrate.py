#!/usr/bin/env python3
"""Precision and recall of a huashu build against the calibration labels.

    bench/calibrate.py --bin build/huashu [--corpus DIR] [--json] [--list-unlabelled] [--list-missed]

For every corpus present in DIR (default: ../shared/corpora next to the
repository) that has labels in bench/labels/, runs `BIN check CORPUS -o jsonl`
and joins the findings with the labels:

  <name>_findings.tsv  conversation, turn, rule, category, verdict (tp/fp), note
  <name>_turns.tsv     conversation, turn, category, kind, note (recall sample;
                       category `none` = the turn was read and is fine)

Turns in the label files are 0-based indexes into `turns`; `-` marks a
conversation-level finding. The report's `turn` is 1-based (docs/report.md);
--turn-base says otherwise for a build that changes it.

A finding is joined with the label of the same (conversation, turn, rule),
else with the labels of the same (conversation, turn, category) when they all
agree. Precision is tp/(tp+fp) over the labelled findings of a category; the
unlabelled ones are counted (list them with --list-unlabelled to label them).
Recall is the fraction of the labelled problems of the turn sample whose
(conversation, turn) has a finding of the same category ("any category":
a finding of any category on that turn). Respond rules report at the customer
turn that triggered them, so a `response` problem of an agent turn also
counts as found when the nearest customer turn before it has a `response`
finding, or when a `response` finding names that turn as the reply it
judged (`reply_turn`, reports since the twelfth session; --no-reply-turn
leaves it out, to compare with builds that do not write it).

The corpora are third-party text and are not in the repository: a missing
corpus is reported and skipped (exit status 0). Standard library only.
"""

import argparse
import collections
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)

# (name, corpus file, label prefix)
CORPORA = [
    ("jd", "jd_chats_dev.jsonl", "jd"),
    ("meituan", "meituan_dev.jsonl", "meituan"),
]

STRICT_CATEGORIES = ("ad_claim", "platform")


def read_tsv(path):
    """Rows of a tab-separated file with a header line, as dicts."""
    with open(path, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if l.strip() and not l.startswith("#")]
    if not lines:
        return []
    head = lines[0].split("\t")
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) < len(head):
            cells += [""] * (len(head) - len(cells))
        row = dict(zip(head, cells))
        row["_line"] = n
        rows.append(row)
    return rows


def read_corpus(corpus_path):
    """Number of agent turns, and the speakers of every conversation's turns."""
    count = 0
    speakers = {}
    with open(corpus_path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            try:
                conv = json.loads(line)
            except ValueError:
                continue
            sp = [t.get("speaker") for t in conv.get("turns", [])]
            speakers[conv.get("id")] = sp
            count += sum(1 for s in sp if s == "agent")
    return count, speakers


REPLY_WINDOW = 2
# Rules whose finding stands for every reply of its window that failed to
# apologise.
APOLOGY_RULES = ("response.complaint.", "response.harm")


def trigger_turns(speakers, conv, turn):
    """The customer turns a reply at `turn` answers: the customer's burst of
    messages before it (a complaint, then 嗯，是这个订单 or a number sent
    before the agent replies), skipping the agent's own earlier messages of
    the same reply. Returns (burst, window): `window` holds the customer
    turns further back whose apology window still reaches `turn`."""
    sp = speakers.get(conv)
    try:
        i = int(turn) - 1
    except ValueError:
        return [], []
    while sp and 0 <= i < len(sp) and sp[i] != "customer":
        i -= 1
    out = []
    while sp and 0 <= i < len(sp) and sp[i] == "customer":
        out.append(str(i))
        i -= 1
    # ...and, further back, a customer turn whose reply window reaches this
    # reply: the reply rules judge the agent's next REPLY_WINDOW messages
    # (`within: {turns: 2}`), so one finding at the complaint stands for
    # each of those replies that failed it (稍等 → 嗯 → an answer with no
    # apology is one unanswered complaint, labelled at either reply).
    burst = list(out)
    agent_turns = 0
    j = int(turn)
    while sp and 0 <= j < len(sp):
        if sp[j] == "agent":
            agent_turns += 1
        elif sp[j] == "customer" and agent_turns <= REPLY_WINDOW and str(j) not in burst:
            out.append(str(j))
        if agent_turns > REPLY_WINDOW:
            break
        j -= 1
    return burst, out[len(burst):]


def run_check(binary, corpus_path, extra):
    cmd = [binary, "check", corpus_path, "-o", "jsonl"] + extra
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if proc.returncode not in (0, 1):
        sys.stderr.write(proc.stderr.decode("utf-8", "replace"))
        raise SystemExit("calibrate: %s exited with status %d" % (" ".join(cmd), proc.returncode))
    findings = []
    for line in proc.stdout.decode("utf-8").splitlines():
        line = line.strip()
        if not line:
            continue
        rec = json.loads(line)
        if "rule" not in rec:  # the summary record
            continue
        findings.append(rec)
    return findings


def rule_ids(binary):
    """Ids of every rule of the embedded books."""
    proc = subprocess.run([binary, "rules", "list", "-o", "json"], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE)
    if proc.returncode != 0:
        return set()
    return {r["id"] for r in json.loads(proc.stdout.decode("utf-8"))}


def turn_key(value, base):
    if value is None:
        return "-"
    return str(int(value) - base)


def pct(num, den):
    return None if den == 0 else 100.0 * num / den


def fmt_pct(value):
    return "   -  " if value is None else "%5.1f%%" % value


def evaluate(name, corpus_path, labels_dir, prefix, binary, turn_base, extra,
             use_reply_turn=True):
    fpath = os.path.join(labels_dir, prefix + "_findings.tsv")
    tpath = os.path.join(labels_dir, prefix + "_turns.tsv")
    have_f, have_t = os.path.exists(fpath), os.path.exists(tpath)
    result = {"corpus": name, "file": corpus_path}
    if not have_f and not have_t:
        result["note"] = "no labels (%s_findings.tsv / %s_turns.tsv)" % (prefix, prefix)
        return result

    findings = run_check(binary, corpus_path, extra)
    current_rules = rule_ids(binary)
    n_agent, speakers = read_corpus(corpus_path)
    result["agent_turns"] = n_agent
    result["findings"] = len(findings)

    # ---- precision
    by_rule, by_cat = {}, collections.defaultdict(list)
    # Later labels (bench/labels/extra/<prefix>_*.tsv, one file per author)
    # add to and override the first round.
    extra_dir = os.path.join(labels_dir, "extra")
    label_files = [fpath] if have_f else []
    if os.path.isdir(extra_dir):
        label_files += sorted(os.path.join(extra_dir, f) for f in os.listdir(extra_dir)
                              if f.startswith(prefix + "_") and f.endswith(".tsv")
                              and not f.startswith(prefix + "_turns"))
    for label_file in label_files:
        for row in read_tsv(label_file):
            verdict = row.get("verdict", "").strip().lower()
            if verdict not in ("tp", "fp"):
                continue
            key = (row["conversation"], row["turn"].strip() or "-", row["rule"])
            by_rule[key] = (verdict, row.get("note", ""))
            # A label stands in for another rule of its category only when its
            # own rule is gone from the books (renamed since it was written):
            # a verdict on closing.chat_ask says nothing about closing.chat.
            if row["rule"] not in current_rules:
                by_cat[(row["conversation"], key[1], row["category"])].append((verdict, row.get("note", "")))

    cats = collections.OrderedDict()
    rules = collections.OrderedDict()
    unlabelled = []
    fp_classes = collections.defaultdict(collections.Counter)
    strict_fp = 0
    for f in findings:
        cat = f.get("category", "?")
        c = cats.setdefault(cat, {"findings": 0, "tp": 0, "fp": 0, "unlabelled": 0})
        c["findings"] += 1
        r = rules.setdefault(f["rule"], {"category": cat, "findings": 0, "tp": 0, "fp": 0, "unlabelled": 0})
        r["findings"] += 1
        t = turn_key(f.get("turn"), turn_base)
        label = by_rule.get((f["conversation"], t, f["rule"]))
        if label is None:
            group = by_cat.get((f["conversation"], t, cat))
            if group and len(set(v for v, _ in group)) == 1:
                label = group[0]
        if label is None:
            c["unlabelled"] += 1
            r["unlabelled"] += 1
            unlabelled.append({"conversation": f["conversation"], "turn": t,
                               "rule": f["rule"], "category": cat, "text": f.get("text", "")})
            continue
        verdict, note = label
        c[verdict] += 1
        r[verdict] += 1
        if verdict == "fp":
            fp_classes[cat][note or "?"] += 1
            if cat in STRICT_CATEGORIES:
                strict_fp += 1
    for cat, c in cats.items():
        c["precision"] = pct(c["tp"], c["tp"] + c["fp"])
        c["fp_classes"] = dict(fp_classes[cat].most_common())
    total_tp = sum(c["tp"] for c in cats.values())
    total_fp = sum(c["fp"] for c in cats.values())
    for r in rules.values():
        r["precision"] = pct(r["tp"], r["tp"] + r["fp"])
    result["precision"] = cats
    result["precision_by_rule"] = rules
    result["precision_all"] = pct(total_tp, total_tp + total_fp)
    result["unlabelled"] = unlabelled
    result["false_ad_platform"] = strict_fp
    result["false_ad_platform_per_1000_turns"] = (
        None if n_agent == 0 else 1000.0 * strict_fp / n_agent)

    # ---- recall
    if have_t:
        hits = collections.defaultdict(set)  # (conv, turn) -> categories
        apology_hits = set()  # (conv, turn) of findings owing an apology
        reply_hits = set()  # (conv, turn) of the replies respond findings judged
        for f in findings:
            key = (f["conversation"], turn_key(f.get("turn"), turn_base))
            hits[key].add(f.get("category"))
            if use_reply_turn and f.get("reply_turn") and f.get("category") == "response":
                reply_hits.add((f["conversation"], turn_key(f["reply_turn"], turn_base)))
            if f.get("rule", "").startswith(APOLOGY_RULES):
                apology_hits.add(key)
        sampled = set()
        per_cat = collections.defaultdict(lambda: [0, 0])
        per_kind = collections.defaultdict(lambda: [0, 0])
        found = found_any = problems = 0
        missed_problems = []
        # Later turn samples: bench/labels/extra/<prefix>_turns_*.tsv.
        turn_rows = read_tsv(tpath)
        if os.path.isdir(extra_dir):
            for f in sorted(os.listdir(extra_dir)):
                if f.startswith(prefix + "_turns") and f.endswith(".tsv"):
                    turn_rows += read_tsv(os.path.join(extra_dir, f))
        for row in turn_rows:
            key = (row["conversation"], row["turn"].strip())
            sampled.add(key)
            cat = row["category"].strip()
            if cat in ("none", ""):
                continue
            problems += 1
            kind = row.get("kind", "").strip() or "?"
            cats_here = set(hits.get(key, set()))
            # respond rules report at the customer turn that triggered them
            burst, window = trigger_turns(speakers, key[0], key[1])
            if any("response" in hits.get((key[0], trig), set()) for trig in burst) or any(
                    (key[0], trig) in apology_hits for trig in window) or key in reply_hits:
                cats_here.add("response")
            ok = cat in cats_here
            found += ok
            found_any += bool(cats_here)
            per_cat[cat][0] += ok
            per_cat[cat][1] += 1
            per_kind[(cat, kind)][0] += ok
            per_kind[(cat, kind)][1] += 1
            if not ok:
                missed_problems.append({"conversation": key[0], "turn": key[1], "category": cat,
                                        "kind": kind, "note": row.get("note", "").strip()})
        flagged_fine = sum(1 for k in sampled if hits.get(k)) if sampled else 0
        missed = collections.Counter("%s/%s" % (m["category"], m["kind"]) for m in missed_problems)
        result["recall"] = {
            "sampled_turns": len(sampled),
            "problems": problems,
            "found": found,
            "recall": pct(found, problems),
            "found_any_category": found_any,
            "recall_any_category": pct(found_any, problems),
            "by_category": {k: {"found": v[0], "problems": v[1], "recall": pct(v[0], v[1])}
                            for k, v in sorted(per_cat.items())},
            "by_kind": {"%s/%s" % k: {"found": v[0], "problems": v[1], "recall": pct(v[0], v[1])}
                        for k, v in sorted(per_kind.items(), key=lambda kv: (-kv[1][1], kv[0]))},
            "missed": dict(missed.most_common()),
            "missed_problems": missed_problems,
            "sampled_turns_with_a_finding": flagged_fine,
        }
    return result


def print_text(res, list_unlabelled, list_missed=False):
    print("== %s (%s)" % (res["corpus"], res["file"]))
    if "note" in res:
        print("   " + res["note"])
        return
    print("   %d findings on %d agent turns" % (res["findings"], res["agent_turns"]))
    print()
    print("   %-10s %8s %5s %5s %10s %10s" % ("category", "findings", "tp", "fp", "precision", "unlabelled"))
    for cat, c in res["precision"].items():
        print("   %-10s %8d %5d %5d %10s %10d" % (cat, c["findings"], c["tp"], c["fp"],
                                                fmt_pct(c["precision"]), c["unlabelled"]))
    print("   %-10s %8s %5s %5s %10s" % ("all", "", "", "", fmt_pct(res["precision_all"])))
    print()
    print("   %-32s %8s %5s %5s %10s %10s" % ("rule", "findings", "tp", "fp", "precision", "unlabelled"))
    for rule, c in sorted(res["precision_by_rule"].items(), key=lambda kv: (kv[1]["category"], kv[0])):
        print("   %-32s %8d %5d %5d %10s %10d" % (rule, c["findings"], c["tp"], c["fp"],
                                                fmt_pct(c["precision"]), c["unlabelled"]))
    per = res["false_ad_platform_per_1000_turns"]
    print()
    print("   false ad_claim+platform findings: %d = %s per 1,000 agent turns"
          % (res["false_ad_platform"], "-" if per is None else "%.2f" % per))
    classes = [(cat, note, n) for cat, c in res["precision"].items()
               for note, n in c["fp_classes"].items()]
    if classes:
        print()
        print("   false-alarm classes (labelled fp):")
        for cat, note, n in sorted(classes, key=lambda x: (-x[2], x[0], x[1])):
            print("     %4d  %-10s %s" % (n, cat, note))
    rec = res.get("recall")
    if rec:
        print()
        print("   recall on %d sampled agent turns, %d labelled problems:"
              % (rec["sampled_turns"], rec["problems"]))
        print("     same category: %d/%d = %s" % (rec["found"], rec["problems"], fmt_pct(rec["recall"]).strip()))
        print("     any category:  %d/%d = %s" % (rec["found_any_category"], rec["problems"],
                                                 fmt_pct(rec["recall_any_category"]).strip()))
        for cat, v in rec["by_category"].items():
            print("     %-10s %3d/%-3d %s" % (cat, v["found"], v["problems"], fmt_pct(v["recall"])))
        print("   by kind:")
        for kind, v in rec["by_kind"].items():
            print("     %3d/%-3d %s  %s" % (v["found"], v["problems"], fmt_pct(v["recall"]), kind))
    if list_missed and rec and rec["missed_problems"]:
        print()
        print("   missed problems (conversation, turn, category, kind, note):")
        for m in rec["missed_problems"]:
            print("   %s\t%s\t%s\t%s\t%s" % (m["conversation"], m["turn"], m["category"],
                                           m["kind"], m["note"]))
    if list_unlabelled and res["unlabelled"]:
        print()
        print("   unlabelled findings (conversation, turn, rule, category):")
        for u in res["unlabelled"]:
            print("   %s\t%s\t%s\t%s" % (u["conversation"], u["turn"], u["rule"], u["category"]))
    elif res["unlabelled"]:
        print()
        print("   %d findings are unlabelled (--list-unlabelled lists them)" % len(res["unlabelled"]))
    print()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bin", required=True, help="huashu binary to measure")
    ap.add_argument("--corpus", default=os.path.join(REPO, "..", "shared", "corpora"),
                    help="directory holding the corpora (default: ../shared/corpora)")
    ap.add_argument("--labels", default=os.path.join(HERE, "labels"), help="label directory")
    ap.add_argument("--json", action="store_true", help="print one JSON document")
    ap.add_argument("--list-unlabelled", action="store_true",
                    help="print the key of every unlabelled finding")
    ap.add_argument("--list-missed", action="store_true",
                    help="print the key and label of every labelled problem no finding reported")
    ap.add_argument("--turn-base", type=int, default=1,
                    help="index of the first turn in the report's `turn` (default 1)")
    ap.add_argument("--no-reply-turn", action="store_true",
                    help="match response problems by trigger turn only, as before reply_turn existed")
    ap.add_argument("--only", choices=[c[0] for c in CORPORA], help="measure one corpus")
    ap.add_argument("check_args", nargs="*", help="extra arguments for `huashu check` (after --)")
    args = ap.parse_args()

    results = []
    for name, fname, prefix in CORPORA:
        if args.only and name != args.only:
            continue
        path = os.path.join(args.corpus, fname)
        if not os.path.exists(path):
            results.append({"corpus": name, "file": path,
                            "note": "corpus not present: skipped (it is not part of the repository)"})
            continue
        results.append(evaluate(name, path, args.labels, prefix, args.bin,
                                args.turn_base, args.check_args, not args.no_reply_turn))

    if args.json:
        for r in results:
            if "unlabelled" in r and not args.list_unlabelled:
                r["unlabelled"] = len(r["unlabelled"])
            if "recall" in r and not args.list_missed:
                del r["recall"]["missed_problems"]
        json.dump({"corpora": results}, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for r in results:
            print_text(r, args.list_unlabelled, args.list_missed)
    return 0


if __name__ == "__main__":
    sys.exit(main())

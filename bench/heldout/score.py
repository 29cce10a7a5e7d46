#!/usr/bin/env python3
"""Scores huashu on the held-out set (violating.jsonl, compliant.jsonl).

  python3 bench/heldout/score.py --bin build/huashu            # per-rule table and totals
  python3 bench/heldout/score.py --bin build/huashu --show v012  # one conversation and its findings
  python3 bench/heldout/score.py --bin build/huashu --list       # every miss and false alarm, one a line
  python3 bench/heldout/score.py --bin build/huashu --set bench/heldout/round2  # another set (same file names)

expected.tsv: id, expected rules, reason. In the rules column "a,b" means both
should fire, "a|b" either one (the books split one seed requirement into
overlapping ids), and a trailing "?" marks an id that fairly applies too: it
is neither required nor counted as a false alarm.
"""
import argparse
import collections
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ("violating.jsonl", "compliant.jsonl")


def parse_expect(spec):
  """Returns [(alternatives, optional)]."""
  items = []
  for part in filter(None, (p.strip() for p in spec.split(","))):
    optional = part.endswith("?")
    part = part.rstrip("?")
    items.append((part.split("|"), optional))
  return items


def load_expected(set_dir=HERE):
  exp = {}
  with open(os.path.join(set_dir, "expected.tsv"), encoding="utf-8") as f:
    for line in f:
      if line.startswith("#") or not line.strip():
        continue
      cid, spec, reason = line.rstrip("\n").split("\t")
      exp[cid] = (parse_expect(spec), reason)
  return exp


def run(binary, path):
  proc = subprocess.run([binary, "check", "--no-config", "-o", "json", "--fail-on", "never", path],
                        capture_output=True, text=True)
  if proc.returncode not in (0, 1):
    sys.exit(f"{binary} check {path}: exit {proc.returncode}\n{proc.stderr}")
  report = json.loads(proc.stdout)
  if report.get("diagnostics"):
    sys.exit(f"{path}: rejected records: {report['diagnostics']}")
  return report


def known_rules(binary):
  proc = subprocess.run([binary, "rules", "list", "--output", "json"], capture_output=True, text=True)
  if proc.returncode != 0:
    sys.exit(f"{binary} rules list: exit {proc.returncode}\n{proc.stderr}")
  return {r["id"] for r in json.loads(proc.stdout)}


def load_records(set_dir=HERE):
  recs = {}
  for name in FILES:
    with open(os.path.join(set_dir, name), encoding="utf-8") as f:
      for line in f:
        r = json.loads(line)
        recs[r["id"]] = (name, r)
  return recs


def show(cid, reports, exp, recs):
  name, rec = recs[cid]
  items, reason = exp[cid]
  print(f"{cid}  ({name}, {rec.get('channel', 'chat')}, platform={rec.get('platform', '-')}"
        f"{', ' + rec['direction'] if rec.get('direction') else ''})")
  print(f"expected: {', '.join('|'.join(a) + ('?' if o else '') for a, o in items) or '(none)'}")
  print(f"reason:   {reason}")
  for i, t in enumerate(rec["turns"]):
    when = t.get("start", t.get("time", ""))
    end = f"-{t['end']}" if "end" in t else ""
    print(f"  [{i}] {when}{end} {t['speaker']:8} {t['text']}")
  for e in rec.get("events", []):
    print(f"  event {e['type']} at {e['at']}{' by ' + e['by'] if 'by' in e else ''}")
  conv = reports[cid]
  print("findings:")
  for v in conv["violations"]:
    print(f"  {v['rule']:40} turn={v['turn']} text={v.get('text')!r} {v['message']}")
  if not conv["violations"]:
    print("  (none)")
  for nj in conv.get("not_judged", []) or []:
    print(f"  not judged: {nj}")


def main():
  ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
  ap.add_argument("--bin", default="build/huashu")
  ap.add_argument("--show", metavar="ID", action="append")
  ap.add_argument("--list", action="store_true", help="print every miss and false alarm")
  ap.add_argument("--set", metavar="DIR", default=HERE,
                  help="directory holding violating.jsonl, compliant.jsonl and expected.tsv "
                       "(default: the round-1 set next to this script)")
  args = ap.parse_args()

  exp = load_expected(args.set)
  recs = load_records(args.set)
  reports = {}
  for name in FILES:
    for conv in run(args.bin, os.path.join(args.set, name))["conversations"]:
      reports[conv["id"]] = conv
  missing = set(recs) - set(reports)
  if missing:
    sys.exit(f"no report for {sorted(missing)}")

  if args.show:
    for cid in args.show:
      show(cid, reports, exp, recs)
      print()
    return

  known = known_rules(args.bin)
  expected_n = collections.Counter()
  absent = set()  # expected ids the binary has no rule for (all alternatives unknown)
  found_n = collections.Counter()
  missed = collections.defaultdict(list)
  fa_compliant = collections.defaultdict(list)
  extra_violating = collections.defaultdict(list)
  n_viol = n_comp = viol_clean = comp_clean = 0
  for cid, (name, rec) in recs.items():
    items, _ = exp[cid]
    fired = collections.Counter(v["rule"] for v in reports[cid]["violations"])
    if name == "compliant.jsonl":
      n_comp += 1
      for rule in fired:
        fa_compliant[rule].append(cid)
      comp_clean += not fired
      continue
    n_viol += 1
    allowed = set()
    ok = True
    for alts, optional in items:
      allowed.update(alts)
      if optional:
        continue
      key = alts[0]
      expected_n[key] += 1
      if not any(a in known for a in alts):
        absent.add(key)
      if any(a in fired for a in alts):
        found_n[key] += 1
      else:
        missed[key].append(cid)
        ok = False
    extras = [r for r in fired if r not in allowed]
    for rule in extras:
      extra_violating[rule].append(cid)
    viol_clean += ok and not extras

  rules = sorted(set(expected_n) | set(fa_compliant) | set(extra_violating))
  print(f"{'rule':40} {'exp':>4} {'found':>5} {'miss':>4} {'FA-c':>4} {'extra-v':>7}  ids (miss / FA on compliant / extra on violating)")
  for r in rules:
    ids = []
    if missed[r]:
      ids.append("miss " + " ".join(missed[r]))
    if fa_compliant[r]:
      ids.append("FA " + " ".join(fa_compliant[r]))
    if extra_violating[r]:
      ids.append("extra " + " ".join(extra_violating[r]))
    mark = "*" if r in absent else " "
    print(f"{r:39}{mark} {expected_n[r]:4} {found_n[r]:5} {len(missed[r]):4} {len(fa_compliant[r]):4} "
          f"{len(extra_violating[r]):7}  {'; '.join(ids)}")
  te, tf = sum(expected_n.values()), sum(found_n.values())
  tfa = sum(len(v) for v in fa_compliant.values())
  tex = sum(len(v) for v in extra_violating.values())
  comp_fa_convs = n_comp - comp_clean
  print()
  print(f"violating conversations: {n_viol}; expected findings {te}, found {tf} "
        f"(recall {100.0 * tf / max(te, 1):.1f}%); extra rules on violating: {tex}; "
        f"exactly right: {viol_clean}/{n_viol}")
  print(f"compliant conversations: {n_comp}; with a false alarm: {comp_fa_convs} "
        f"({100.0 * comp_fa_convs / max(n_comp, 1):.1f}%); false-alarm findings: {tfa}")
  if absent:
    ne = sum(expected_n[r] for r in absent)
    print(f"* not a rule of this binary: {len(absent)} ids, {ne} expected findings; "
          f"recall over the rules it has: {tf}/{te - ne} ({100.0 * tf / max(te - ne, 1):.1f}%)")
  if args.list:
    print()
    for r in rules:
      for cid in missed[r]:
        print(f"MISS  {r:40} {cid}  {exp[cid][1]}")
      for cid in fa_compliant[r]:
        print(f"FA    {r:40} {cid}  {exp[cid][1]}")
      for cid in extra_violating[r]:
        print(f"EXTRA {r:40} {cid}  {exp[cid][1]}")


if __name__ == "__main__":
  main()

"""The conversation model of the held-out set: a line format with speakers,
gaps and speaking rates, turned into records of the input schema (times and
events derived, so they stay consistent)."""

import json
import os
import re
import sys
from datetime import datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

LETTER = re.compile(r"[\w]", re.UNICODE)
SPEAKERS = {"A": "agent", "C": "customer", "S": "system"}
LINE = re.compile(
    r"^(?:(?P<gap>[+~][0-9.]+)\s+)?(?P<who>[ACS])(?:/(?P<rate>[0-9.]+))?(?:=(?P<dur>[0-9.]+))?:\s?(?P<text>.*)$",
    re.S)


def letters(text):
  return len([ch for ch in text if LETTER.match(ch) and ch != "_"])


class Conv:
  def __init__(self, cid, channel, turns, expect="", reason="", platform=None,
               direction=None, started=None, rings=None, hangup="customer",
               timed=True, iso=False, agent=None):
    self.cid = cid
    self.channel = channel
    self.lines = turns
    self.expect = expect
    self.reason = reason
    self.platform = platform
    self.direction = direction
    self.started = started
    self.rings = rings
    self.hangup = hangup
    self.timed = timed
    self.iso = iso
    self.agent = agent

  def record(self):
    rec = {"id": self.cid, "channel": self.channel}
    if self.platform:
      rec["platform"] = self.platform
    if self.direction:
      rec["direction"] = self.direction
    if self.agent:
      rec["agent"] = self.agent
    start_time = self.started or "2026-11-24T10:15:00+08:00"
    if self.timed:
      rec["started_at"] = start_time
    turns, events = [], []
    clock = 0.0
    if self.rings:
      for k in range(self.rings):
        events.append({"type": "ring", "at": round(clock, 1)})
        clock += 3.0
      events.append({"type": "answer", "at": round(clock - 1.0, 1)})
      clock -= 0.5
    prev = None
    first_agent_done = False
    for raw in self.lines:
      raw = raw.strip("\n")
      if raw.startswith("!"):
        parts = raw[1:].split()
        if parts[0] == "wait":
          clock += float(parts[1])
          continue
        ev = {"type": parts[0], "at": round(clock, 1)}
        if len(parts) > 1:
          ev["by"] = parts[1]
        events.append(ev)
        continue
      m = LINE.match(raw)
      if not m:
        raise SystemExit(f"{self.cid}: bad line {raw!r}")
      who = SPEAKERS[m.group("who")]
      text = m.group("text")
      gap = m.group("gap")
      if self.channel == "call":
        if gap is None:
          start = clock + (0.7 if prev is not None else 0.6)
        elif gap.startswith("+"):
          start = clock + float(gap[1:])
        else:
          start = clock - float(gap[1:])
        if m.group("dur"):
          dur = float(m.group("dur"))
        else:
          rate = float(m.group("rate") or 3.5)
          dur = max(0.8, letters(text) / rate)
        end = start + dur
        turn = {"speaker": who, "start": round(start, 1), "end": round(end, 1), "text": text}
        clock = end
      else:
        if gap is not None:
          start = clock + float(gap[1:])
        elif prev is None:
          start = 0.0
        elif who == "agent" and prev != "agent":
          start = clock + (2.0 if not first_agent_done else 9.0)
        elif who == "customer" and prev != "customer":
          start = clock + 14.0
        else:
          start = clock + 4.0
        turn = {"speaker": who, "text": text}
        if self.timed:
          if self.iso:
            base = datetime.fromisoformat(start_time)
            turn["time"] = (base + timedelta(seconds=start)).isoformat()
          else:
            turn["start"] = round(start, 1)
        clock = start
      if who == "agent":
        first_agent_done = True
      prev = who
      turns.append(turn)
    if self.channel == "call" and self.hangup and self.timed:
      if not any(e["type"] == "hangup" for e in events):
        events.append({"type": "hangup", "at": round(clock + 1.2, 1), "by": self.hangup})
    rec["turns"] = turns
    if self.channel == "call" and self.timed:
      rec["events"] = events
    if not self.timed:
      for t in rec["turns"]:
        t.pop("start", None)
        t.pop("end", None)
    return rec


def call(cid, turns, expect="", reason="", **kw):
  return Conv(cid, "call", turns, expect, reason, **kw)


def chat(cid, turns, expect="", reason="", platform="taobao", **kw):
  return Conv(cid, "chat", turns, expect, reason, platform=platform, **kw)



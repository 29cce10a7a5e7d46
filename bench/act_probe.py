#!/usr/bin/env python3
"""How far a purely lexical "act" detector gets on JD complaints.

A customer turn holding a negation or failure word within six letters of an
order/delivery/product noun, answered by an agent turn with no apology word,
is taken as "a problem reported and not apologised for". The script reports
how often that fires on the labelled JD agent turns (bench/labels turn files)
and how many of the reviewer's complaint-without-apology rows it reaches.
Needs ../shared/corpora (not part of the tests).

  python3 bench/act_probe.py
"""
import collections, glob, json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
corp={c['id']:c for c in map(json.loads,open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared', 'corpora', 'jd_chats_dev.jsonl')))}
lab=collections.defaultdict(set); sampled=set()
for f in glob.glob(os.path.join(HERE, 'labels', 'jd_turns.tsv')) + glob.glob(os.path.join(HERE, 'labels', 'extra', 'jd_turns_round*.tsv')):
    for row in open(f):
        if row.startswith('#') or row.startswith('conversation'): continue
        p=row.rstrip('\n').split('\t')
        c,t,cat=p[0],int(p[1]),p[2]; kind=p[3] if len(p)>3 else ''
        sampled.add((c,t))
        if cat=='response' and ('complaint' in kind or 'soothing' in kind or 'apology' in kind): lab[(c,t)].add(kind)
NEG=r'(没|没有|未|不|坏|错|慢|少|漏|破|丢|烂|假|差|晚|迟|还在|一直|怎么|为什么|为啥)'
OBJ=r'(货|快递|订单|物流|商品|东西|包裹|发票|退款|售后|安装|师傅|配送|快递员|客服|到账|发货|收到|送到|质量|屏|机器)'
det=re.compile(NEG+'.{0,6}'+OBJ+'|'+OBJ+'.{0,6}'+NEG)
APO=re.compile(r'(抱歉|不好意思|对不起|歉意|谅解|见谅|理解您|着急|久等|辛苦|添麻烦|不便)')
tp=fp=0; hits=0; tot=len([k for k in lab])
for (c,t) in sampled:
    ts=corp[c]['turns']
    if ts[t]['speaker']!='agent': continue
    pc=max([k for k in range(t) if ts[k]['speaker']=='customer'],default=None)
    if pc is None or pc!=t-1: continue
    if det.search(ts[pc]['text']) and not APO.search(ts[t]['text']):
        hits+=1
        if (c,t) in lab: tp+=1
        else: fp+=1
print('labelled complaint-no-apology turns:',tot,'detector fires on',hits,'of sampled agent turns; tp',tp,'fp',fp,'precision %.1f%%'%(100*tp/max(1,hits)),'recall %.1f%%'%(100*tp/max(1,tot)))

#!/usr/bin/env python3
"""Fits the weights of the link score (LinkScorer) to hand-written gold, by logistic regression.

usage: fit_link_weights.py PAIRS.jsonl GOLD.json TEXTS_DIR [--cv]

PAIRS.jsonl comes from LinkPairDump (every pair of values the aligner scores, with each signal's value).
A pair is labelled from the gold only where the gold knows the answer:
  * same fact:      both values lie inside variants of one gold item;
  * different fact: one value lies inside a variant of item X and the other article states X elsewhere
                    (so this value is not X's counterpart there), or the two lie in variants of two items.
Pairs the gold says nothing about are left out. --cv prints leave-one-cluster-out figures beside the fit.
"""
import collections
import json
import math
import os
import sys

import numpy as np
from scipy.optimize import minimize

FEATURES = ["clause", "thing_same", "thing_different", "verb_dated", "verb", "holder_same",
            "holder_different", "dates_different", "names"]


def features(t):
    dated = abs(t["verb_w"] - 0.1) > 1e-9
    return [t["clause"], max(t["thing"], 0.0), 1.0 if t["thing"] < 0 else 0.0,
            t["verb"] if dated else 0.0, 0.0 if dated else t["verb"],
            max(t["holder"], 0.0), 1.0 if t["holder"] < 0 else 0.0,
            1.0 if t["dates"] < 0 else 0.0, t["names"]]


def gold_spans(gold, texts):
    """(cluster, doc) -> list of (start, end, item id)."""
    spans = collections.defaultdict(list)
    for cl in gold["clusters"]:
        for item in cl["discrepancies"] + cl["agreements"]:
            for v in item["variants"]:
                text = open(os.path.join(texts, cl["cluster"], v["doc"]), encoding="utf-8").read()
                at = text.find(v["context"])
                if at < 0:
                    continue
                start = at + v["context"].find(v["text"])
                spans[(cl["cluster"], v["doc"])].append((start, start + len(v["text"]), item["id"]))
    return spans


def items_at(spans, cluster, doc, start, end):
    return {i for s, e, i in spans.get((cluster, doc), []) if s < end and start < e}


def label(row, spans):
    c = row["cluster"]
    a = items_at(spans, c, row["docA"], row["startA"], row["endA"])
    b = items_at(spans, c, row["docB"], row["startB"], row["endB"])
    if a & b:
        return 1
    if a and b:
        return 0
    in_b = {i for _, _, i in spans.get((c, row["docB"]), [])}
    in_a = {i for _, _, i in spans.get((c, row["docA"]), [])}
    if (a & in_b) or (b & in_a):
        return 0
    return None


def fit(x, y, l2=1.0):
    x1 = np.hstack([x, np.ones((len(x), 1))])
    pos = y.sum()
    # both classes weigh the same in total: the gold holds far more "different" pairs than "same" ones
    w_sample = np.where(y == 1, len(y) / (2 * pos), len(y) / (2 * (len(y) - pos)))

    def loss(w):
        z = x1 @ w
        p = 1 / (1 + np.exp(-z))
        eps = 1e-12
        ll = -(w_sample * (y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps))).sum()
        reg = l2 * (w[:-1] ** 2).sum()
        grad = x1.T @ (w_sample * (p - y)) + np.append(2 * l2 * w[:-1], 0)
        return ll + reg, grad

    return minimize(loss, np.zeros(x1.shape[1]), jac=True, method="L-BFGS-B").x


def counts(pred, y):
    tp = int(((pred == 1) & (y == 1)).sum())
    fp = int(((pred == 1) & (y == 0)).sum())
    fn = int(((pred == 0) & (y == 1)).sum())
    return tp, fp, fn


def main():
    pairs, gold, texts = sys.argv[1:4]
    spans = gold_spans(json.load(open(gold, encoding="utf-8")), texts)
    rows = [json.loads(l) for l in open(pairs, encoding="utf-8")]
    data = [(r, label(r, spans)) for r in rows]
    data = [(r, l) for r, l in data if l is not None]
    x = np.array([features(r["terms"]) for r, _ in data])
    y = np.array([l for _, l in data], dtype=float)
    old = np.array([r["score"] for r, _ in data])
    print(f"labelled pairs: {len(y)} ({int(y.sum())} same fact, {int(len(y) - y.sum())} different)")
    w = fit(x, y)
    for name, v in zip(FEATURES + ["bias"], w):
        print(f"  {name:18s} {v:+.3f}")
    scale = 1.0 / w[0] if w[0] > 0 else 1.0
    print(f"as LinkScorer weights (clause weight 1): threshold {-w[-1] * scale:.3f}; "
          + ", ".join(f"{n} {v * scale:+.3f}" for n, v in zip(FEATURES, w[:-1])))
    print("current weights at 0.48, same pairs: tp/fp/fn", counts((old >= 0.48).astype(int), y))
    print("fitted at p >= 0.5, same pairs:      tp/fp/fn",
          counts(((np.hstack([x, np.ones((len(x), 1))]) @ w) >= 0).astype(int), y))
    z = np.hstack([x, np.ones((len(x), 1))]) @ w
    fp_now = counts((old >= 0.48).astype(int), y)[1]
    at = np.sort(z[y == 0])[::-1][fp_now]
    print(f"fitted, cut where it makes as many wrong links as the current weights ({fp_now}): tp/fp/fn",
          counts((z > at).astype(int), y), f"at p {1 / (1 + math.exp(-at)):.2f}, score {(at - w[-1]) * scale:.3f}")
    if "--cv" in sys.argv:
        clusters = sorted({r["cluster"] for r, _ in data})
        total = np.zeros(3, dtype=int)
        for c in clusters:
            test = np.array([r["cluster"] == c for r, _ in data])
            wc = fit(x[~test], y[~test])
            z = np.hstack([x[test], np.ones((test.sum(), 1))]) @ wc
            total += counts((z >= 0).astype(int), y[test])
        print("leave-one-cluster-out, fitted:       tp/fp/fn", tuple(total))


if __name__ == "__main__":
    main()

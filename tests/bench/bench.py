#!/usr/bin/python3
"""The analysis benchmarks' other side: the same computations in numpy/pandas, on the same
data, timed in the same run. Reads peakend_bench's JSON lines from OUTDIR/peakend.jsonl and
prints one table with both timings and their ratio.

usage: bench.py OUTDIR   (run by tests/bench/run)
"""
import json
import os
import sqlite3
import sys
import time

import numpy as np
import pandas as pd

SHAPLEY_CAP_S = 120.0  # a numpy all-subsets run longer than this is stopped and extrapolated


def median_ms(runs, work):
    times = []
    result = None
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        times.append((time.perf_counter() - start) * 1000.0)
    times.sort()
    return times[len(times) // 2], result


def load(path):
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    q = lambda sql: pd.read_sql_query(sql, con)
    data = {
        "scale": q("SELECT scale_min, scale_max, scale_neutral FROM project").iloc[0],
        "subprocesses": q("SELECT id FROM subprocess ORDER BY position")["id"].to_numpy(),
        "factors": q("SELECT id, name FROM factor ORDER BY position"),
        "respondents": q("SELECT id AS respondent_id, weight FROM respondent"),
        "ratings": q("SELECT respondent_id, vendor_id, subprocess_id, value FROM rating"),
        "factor_ratings": q("SELECT respondent_id, vendor_id, factor_id, kind, value FROM factor_rating"),
        "evaluations": q("SELECT respondent_id, vendor_id, overall, recommend FROM evaluation"),
        "reasons": q("SELECT respondent_id, vendor_id, factor_id, polarity FROM reason"),
        "incidents": q("SELECT touchpoint_id, polarity, response_hours FROM critical_incident"),
    }
    con.close()
    return data


def relative_weights(r):
    p = r.shape[0] - 1
    values, vectors = np.linalg.eigh(r[:p, :p])
    root = np.sqrt(np.clip(values, 0.0, None))
    lam = vectors @ np.diag(root) @ vectors.T
    beta = vectors @ np.diag(1.0 / root) @ vectors.T @ r[:p, p]
    return (lam ** 2) @ (beta ** 2)


def regression(r):
    p = r.shape[0] - 1
    beta = np.linalg.solve(r[:p, :p], r[:p, p])
    return beta, float(beta @ r[:p, p]), relative_weights(r)


def wilson(hits, n, z=1.959963984540054):
    p = hits / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z / (1 + z * z / n) * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return p, centre - half, centre + half


def nps(answers):
    answers = answers.dropna()
    n = len(answers)
    pp = (answers >= 9).mean()
    pd_ = (answers <= 6).mean()
    score = 100 * (pp - pd_)
    se = 100 * np.sqrt((pp + pd_ - (pp - pd_) ** 2) / n)
    return score, se, np.bincount(answers.astype(int), minlength=11)


def analyse(path):
    """Everything ProjectAnalysis computes for the B2B demo, except exact LMG."""
    d = load(path)
    scale = d["scale"]
    ratings = d["ratings"].merge(d["respondents"], on="respondent_id")
    # Emotion curves: weighted mean, n, SD, 95 % CI per vendor × subprocess; benchmark e.
    ratings["wv"] = ratings["weight"] * ratings["value"]
    cells = ratings.groupby(["vendor_id", "subprocess_id"]).agg(
        n=("value", "size"), sw=("weight", "sum"), swv=("wv", "sum"), sd=("value", "std"))
    cells["mean"] = cells["swv"] / cells["sw"]
    cells["se"] = cells["sd"] / np.sqrt(cells["n"])
    cells["low"] = cells["mean"] - 1.96 * cells["se"]
    cells["high"] = cells["mean"] + 1.96 * cells["se"]
    means = cells["mean"].unstack().reindex(columns=d["subprocesses"])
    counts = means.notna().sum(axis=0)
    e = means - (means.sum(axis=0) - means) / (counts - 1)
    best = means.max(axis=0)
    leaders = (means == best)
    wins = (leaders / leaders.sum(axis=0)).sum(axis=1)
    evaluations = d["evaluations"].merge(d["respondents"], on="respondent_id")
    overall = evaluations.groupby("vendor_id")["overall"].mean()
    overall_rank = overall.rank(ascending=False, method="min")
    wins_rank = wins.rank(ascending=False, method="min")
    shapes = {}
    for vendor, row in e.iterrows():
        values = row.to_numpy()
        valid = np.flatnonzero(~np.isnan(values))
        end = valid[-1]
        intense = valid[np.argmax(np.abs(values[valid]))]
        shapes[vendor] = (np.nanargmax(values), np.nanargmin(values), end,
                          (values[intense] + values[end]) / 2,
                          (np.nanmax(values) + np.nanmin(values) + values[end]) / 3)
    third = len(overall) / 3
    paradox = (wins > 0) & (wins_rank <= third) & (overall_rank > len(overall) - third)

    # One row per respondent × vendor: the 25 ratings and the overall rating.
    wide = ratings.pivot_table(index=["respondent_id", "vendor_id"], columns="subprocess_id",
                               values="value").reindex(columns=d["subprocesses"])
    wide = wide.join(evaluations.set_index(["respondent_id", "vendor_id"])[["overall", "weight"]])
    x = wide[d["subprocesses"]].to_numpy()
    y = wide["overall"].to_numpy()
    # Memory model: each rule's summary of the respondent's own curve against overall.
    reference = e.reindex(index=wide.index.get_level_values("vendor_id")).to_numpy()
    ref = means.reindex(index=wide.index.get_level_values("vendor_id")).to_numpy() - reference
    ej = x - ref
    last = ej[:, -1]
    intense = ej[np.arange(len(ej)), np.nanargmax(np.abs(ej), axis=1)]
    rules = {
        "mean": np.nanmean(ej, axis=1),
        "peak-end": (intense + last) / 2,
        "peak-pain-end": (np.nanmax(ej, axis=1) + np.nanmin(ej, axis=1) + last) / 3,
        "end": last,
        "weakest": np.nanmin(ej, axis=1),
    }
    fits = {name: (np.corrcoef(v, y)[0, 1] ** 2,
                   pd.Series(v).rank().corr(pd.Series(y).rank()))
            for name, v in rules.items()}
    # Derived importance: subprocesses and factors → overall (r, beta, R², relative weights).
    journey = regression(np.corrcoef(np.column_stack([x, y]), rowvar=False))
    factors = d["factor_ratings"]
    experience = factors[factors["kind"] == 0].pivot_table(
        index=["respondent_id", "vendor_id"], columns="factor_id", values="value")
    fx = experience.join(evaluations.set_index(["respondent_id", "vendor_id"])["overall"])
    factor_fit = regression(np.corrcoef(fx.to_numpy(), rowvar=False))
    stated = factors.groupby(["factor_id", "kind"])["value"].mean().unstack()
    # Reasons: like / dislike shares with Wilson intervals.
    n = len(evaluations)
    shares = d["reasons"].groupby(["factor_id", "polarity"]).size().unstack(fill_value=0)
    reason_table = {k: wilson(shares[k].to_numpy(), n) for k in shares.columns}
    # NPS overall and per vendor; weakest link per vendor.
    scores = {v: nps(g["recommend"]) for v, g in evaluations.groupby("vendor_id")}
    everyone = nps(evaluations["recommend"])
    threshold = scale["scale_min"] + 1
    ratings["dissatisfied"] = ratings["value"] <= threshold
    links = ratings.groupby(["vendor_id", "subprocess_id"]).agg(
        mean=("value", "mean"), dissatisfied=("dissatisfied", "mean"))
    weakest = links.groupby("vendor_id")["mean"].idxmin()
    # Critical incidents: counts and the share answered within 48 hours.
    incidents = d["incidents"]
    counts_by = incidents.groupby(["touchpoint_id", "polarity"]).size()
    in_time = (incidents["response_hours"] <= 48).mean()
    return {"wins": wins, "overall_rank": overall_rank, "paradox": paradox, "fits": fits,
            "journey_r2": journey[1], "factor_r2": factor_fit[1], "stated": stated,
            "reasons": reason_table, "nps": everyone, "weakest": weakest, "in_time": in_time,
            "counts": counts_by, "shapes": shapes, "vendor_nps": scores}


def lmg_all_subsets(r, deadline):
    """Exact LMG the straightforward way: one solve per subset, then the Shapley sums.
    Returns (lmg, subsets fitted) — fewer than 2^p when the deadline stopped it."""
    p = r.shape[0] - 1
    rxx, rxy = r[:p, :p], r[:p, p]
    count = 1 << p
    r2 = np.zeros(count)
    for mask in range(1, count):
        idx = [j for j in range(p) if mask >> j & 1]
        sub = rxy[idx]
        r2[mask] = sub @ np.linalg.solve(rxx[np.ix_(idx, idx)], sub)
        if mask & 0xFFF == 0 and time.perf_counter() > deadline:
            return None, mask
    sizes = np.array([bin(m).count("1") for m in range(count)])
    from math import comb
    weight = np.array([1.0 / (p * comb(p - 1, k)) for k in range(p)])
    lmg = np.zeros(p)
    masks = np.arange(count)
    for j in range(p):
        without = masks[(masks >> j & 1) == 0]
        lmg[j] = np.sum(weight[sizes[without]] * (r2[without | (1 << j)] - r2[without]))
    return lmg, count


def bootstrap_rw(path, resamples=1000, seed=1):
    d = load(path)
    ratings = d["ratings"]
    wide = ratings.pivot_table(index=["respondent_id", "vendor_id"], columns="subprocess_id",
                               values="value").reindex(columns=d["subprocesses"])
    wide = wide.join(d["evaluations"].set_index(["respondent_id", "vendor_id"])["overall"])
    data = wide.to_numpy()
    groups = wide.groupby(level="respondent_id").indices
    rows = list(groups.values())
    rng = np.random.default_rng(seed)

    def run():
        out = []
        for _ in range(resamples):
            draw = rng.integers(0, len(rows), len(rows))
            idx = np.concatenate([rows[k] for k in draw])
            out.append(relative_weights(np.corrcoef(data[idx], rowvar=False)))
        return np.percentile(np.array(out), [2.5, 97.5], axis=0)

    return run


def main():
    out = sys.argv[1]
    peakend = {}
    with open(os.path.join(out, "peakend.jsonl")) as lines:
        for line in lines:
            entry = json.loads(line)
            peakend[entry["name"]] = entry
    project = os.path.join(out, "b2b.peakend")
    rows = []

    py_ms, result = median_ms(5, lambda: analyse(project))
    rows.append(("Full analysis, B2B demo, without LMG", peakend["full_analysis_no_lmg"]["ms"],
                 py_ms, "", ""))
    rows.append(("Full analysis, B2B demo, with exact LMG (25 + 6 drivers)",
                 peakend["full_analysis"]["ms"], None, "< 100 ms", "numpy: see Shapley p = 25"))
    best_rule = max(result["fits"], key=lambda k: result["fits"][k][0])

    run = bootstrap_rw(project)
    py_ms, _ = median_ms(1, run)
    rows.append(("Bootstrap 1,000 resamples of RW (25 drivers, 1,402 rows)",
                 peakend["bootstrap_rw_1000"]["ms"], py_ms, "< 2 s", ""))

    rate = None
    for p in (15, 20, 25):
        name = f"shapley_p{p}"
        ours = peakend[name]["ms"]
        csv = os.path.join(out, f"shapley-{p}.csv")
        if p == 25:
            estimate = rate * (1 << p) if rate else None
            rows.append((f"Exact Shapley p = {p}, 10,000 rows", ours, estimate, "< 5 s",
                         "numpy not run: estimated from the p = 20 rate"))
            continue
        data = np.loadtxt(csv, delimiter=",", skiprows=1)
        start = time.perf_counter()
        r = np.corrcoef(data, rowvar=False)
        lmg, fitted = lmg_all_subsets(r, start + SHAPLEY_CAP_S)
        elapsed = (time.perf_counter() - start) * 1000.0
        rate = elapsed / fitted
        if lmg is None:
            rows.append((f"Exact Shapley p = {p}, 10,000 rows", ours, rate * (1 << p), "",
                         f"numpy stopped after {fitted} of {1 << p} subsets: estimated"))
            continue
        check = float(np.sum(lmg))
        ours_sum = float(peakend[name]["detail"].split()[-1])
        rows.append((f"Exact Shapley p = {p}, 10,000 rows", ours, elapsed, "",
                     f"sums agree to {abs(check - ours_sum):.1e}"))

    print()
    print(f"{'measurement':<58} {'Peakend':>11} {'numpy/pandas':>13} {'ratio':>8}  target / note")
    print("-" * 118)
    for label, ours, theirs, target, note in rows:
        theirs_text = f"{theirs:,.1f} ms" if theirs is not None else "—"
        ratio = f"{theirs / ours:,.1f}×" if theirs is not None else "—"
        text = "; ".join(t for t in (target, note) if t)
        print(f"{label:<58} {ours:>8.1f} ms {theirs_text:>13} {ratio:>8}  {text}")
    print()
    print("ratio = numpy/pandas time ÷ Peakend time (median of several runs; same machine, same run).")
    print(f"numpy's memory-model check on the demo: best rule '{best_rule}'; "
          f"{int(result['paradox'].sum())} vendor(s) with the efficiency paradox.")


if __name__ == "__main__":
    main()

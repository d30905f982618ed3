#!/usr/bin/python3
"""The scale benchmark of issue 22: generates wide survey exports of 1 M and 10 M ratings
(respondent, vendor, S1..S25, overall, recommend; every respondent rates two of 14 vendors),
imports each into a new project with `peakend import --create-missing`, then times, process
start to exit with peak resident memory, what a user runs on it:

- `peakend export --chart curves` (the first chart a user sees),
- `peakend analyze --what curves`, `--what nps`,
- `peakend analyze --what all --resamples 0` (every measure, point estimates),
- `peakend analyze --what all` (with 1,000 bootstrap resamples of the drivers),

next to pandas reading the same CSV and computing the curves' means (the tool an analyst
would otherwise use), timed the same way: a process from start to exit. pandas parses the
CSV; Peakend reads and checks the project file, computes intervals and peaks too.

usage: scale_bench.py PEAKEND OUTDIR [1m|10m|all]     (run by tests/bench/run scale)
"""
import json
import os
import random
import subprocess
import sys
import time

SUBPROCESSES = 25
VENDORS = [f"Vendor {v}" for v in range(1, 15)]
SIZES = {"1m": 20000, "10m": 200000}  # respondents; × 2 vendors × 25 subprocesses ratings


def generate(path, respondents):
    """A wide export: each respondent rates two vendors, 25 subprocesses, overall and
    likelihood to recommend (0–10), with a vendor effect so that the curves differ."""
    rng = random.Random(22)
    header = ["respondent", "vendor"] + [f"S{s}" for s in range(1, SUBPROCESSES + 1)]
    with open(path, "w", newline="") as f:
        f.write(",".join(header + ["overall", "recommend"]) + "\n")
        for r in range(1, respondents + 1):
            first = rng.randrange(len(VENDORS))
            second = (first + 1 + rng.randrange(len(VENDORS) - 1)) % len(VENDORS)
            for v in (first, second):
                base = 5.0 + (v % 5) * 0.4 + rng.gauss(0.0, 1.0)
                ratings = [min(10, max(1, round(base + rng.gauss(0.0, 1.5))))
                           for _ in range(SUBPROCESSES)]
                overall = min(10, max(1, round(sum(ratings[-5:]) / 5 + rng.gauss(0.0, 1.0))))
                recommend = min(10, max(0, overall + rng.randint(-1, 1)))
                f.write(f"R{r:07d},{VENDORS[v]},{','.join(map(str, ratings))},"
                        f"{overall},{recommend}\n")


def timed(command):
    """Wall seconds and peak RSS (MB) of one child process, through /usr/bin/time."""
    start = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-f", "%M"] + command, capture_output=True,
                            text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{result.stderr}")
    kib = int(result.stderr.strip().splitlines()[-1])
    return elapsed, kib / 1024.0


PANDAS = """
import pandas as pd
frame = pd.read_csv({csv!r})
columns = [f"S{{s}}" for s in range(1, 26)]
means = frame.groupby("vendor")[columns].mean()
counts = frame.groupby("vendor")[columns].count()
"""


def median_run(command, runs):
    samples = sorted((timed(command) for _ in range(runs)), key=lambda s: s[0])
    return samples[len(samples) // 2]


def main():
    peakend, out = sys.argv[1], sys.argv[2]
    which = sys.argv[3] if len(sys.argv) > 3 else "all"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    os.environ.update(env)
    rows = []
    for label, respondents in SIZES.items():
        if which not in ("all", label):
            continue
        csv = os.path.join(out, f"scale-{label}.csv")
        project = os.path.join(out, f"scale-{label}.peakend")
        print(f"Scale {label}: generating {respondents * 2 * SUBPROCESSES:,} ratings…",
              flush=True)
        generate(csv, respondents)
        subprocess.run([peakend, "new", project, "--force"], check=True, capture_output=True)
        seconds, mb = timed([peakend, "import", project, csv, "--create-missing",
                             "--name", f"Scale {label}"])
        rows.append((label, "import (wide CSV)", seconds, mb, None))
        runs = 3 if label == "1m" else 1
        png = os.path.join(out, f"curves-{label}.png")
        for name, command in [
            ("export --chart curves", [peakend, "export", project, "--chart", "curves", "-o",
                                       png]),
            ("analyze --what curves", [peakend, "analyze", project, "--what", "curves"]),
            ("analyze --what nps", [peakend, "analyze", project, "--what", "nps"]),
            ("analyze --what all --resamples 0",
             [peakend, "analyze", project, "--what", "all", "--resamples", "0"]),
            ("analyze --what all", [peakend, "analyze", project, "--what", "all"]),
        ]:
            seconds, mb = median_run(command, runs)
            rows.append((label, name, seconds, mb, None))
        seconds, mb = median_run([sys.executable, "-c", PANDAS.format(csv=csv)], runs)
        rows.append((label, "pandas: read_csv + curve means", seconds, mb, None))
        for i, row in enumerate(rows):
            if row[0] == label and row[1] in ("export --chart curves", "analyze --what curves"):
                rows[i] = row[:4] + (seconds / row[2],)
        os.remove(csv)

    print()
    print(f"{'ratings':8} {'command':36} {'seconds':>9} {'peak MB':>9} {'pandas ÷ Peakend':>17}")
    for label, name, seconds, mb, ratio in rows:
        ratio_text = f"{ratio:.1f}×" if ratio else ""
        print(f"{label:8} {name:36} {seconds:9.2f} {mb:9.0f} {ratio_text:>17}")
        print(json.dumps({"name": f"scale_{label}_{name}", "s": round(seconds, 3),
                          "peak_mb": round(mb, 1)}), file=sys.stderr)


if __name__ == "__main__":
    main()

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

usage: scale_bench.py PEAKEND OUTDIR [1m|10m|all] [--before OLD_PEAKEND]
       (run by tests/bench/run scale; --before times an older build on the same projects)
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
    """(seconds, MB) of the median run, or None when the command fails (an older build that
    lacks an option)."""
    try:
        samples = sorted((timed(command) for _ in range(runs)), key=lambda s: s[0])
    except RuntimeError:
        return None
    return samples[len(samples) // 2]


def figures(result):
    return ("—", "—") if result is None else (f"{result[0]:.2f}", f"{result[1]:.0f}")


def main():
    arguments = sys.argv[1:]
    before = None
    if "--before" in arguments:
        at = arguments.index("--before")
        before = arguments[at + 1]
        del arguments[at:at + 2]
    peakend, out = arguments[0], arguments[1]
    which = arguments[2] if len(arguments) > 2 else "all"
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    rows = []  # (ratings, command, result, result before, pandas ÷ Peakend)
    for label, respondents in SIZES.items():
        if which not in ("all", label):
            continue
        csv = os.path.join(out, f"scale-{label}.csv")
        project = os.path.join(out, f"scale-{label}.peakend")
        print(f"Scale {label}: generating {respondents * 2 * SUBPROCESSES:,} ratings…",
              flush=True)
        generate(csv, respondents)
        subprocess.run([peakend, "new", project, "--force"], check=True, capture_output=True)
        imported = timed([peakend, "import", project, csv, "--create-missing",
                          "--name", f"Scale {label}"])
        rows.append((label, "import (wide CSV)", imported, None, None))
        runs = 3 if label == "1m" else 1
        png = os.path.join(out, f"curves-{label}.png")
        for name, arguments in [
            ("export --chart curves", ["export", project, "--chart", "curves", "-o", png]),
            ("analyze --what curves", ["analyze", project, "--what", "curves"]),
            ("analyze --what nps", ["analyze", project, "--what", "nps"]),
            ("analyze --what all --resamples 0",
             ["analyze", project, "--what", "all", "--resamples", "0"]),
            ("analyze --what all", ["analyze", project, "--what", "all"]),
        ]:
            now = median_run([peakend] + arguments, runs)
            then = median_run([before] + arguments, runs) if before else None
            rows.append((label, name, now, then, None))
        reference = median_run([sys.executable, "-c", PANDAS.format(csv=csv)], runs)
        rows.append((label, "pandas: read_csv + curve means", reference, None, None))
        for i, row in enumerate(rows):
            if row[0] == label and row[1] in ("export --chart curves", "analyze --what curves"):
                rows[i] = row[:4] + (reference[0] / row[2][0],)
        os.remove(csv)

    print()
    header = f"{'ratings':8} {'command':34} {'seconds':>8} {'peak MB':>8}"
    if before:
        header += f" {'before s':>9} {'before MB':>9}"
    print(header + f" {'pandas ÷ Peakend':>17}")
    for label, name, now, then, ratio in rows:
        line = f"{label:8} {name:34} " + " ".join(f"{x:>8}" for x in figures(now))
        if before:
            line += " " + " ".join(f"{x:>9}" for x in figures(then))
        print(line + f" {(f'{ratio:.1f}×' if ratio else ''):>17}")
        if now:
            print(json.dumps({"name": f"scale_{label}_{name}", "s": round(now[0], 3),
                              "peak_mb": round(now[1], 1)}), file=sys.stderr)


if __name__ == "__main__":
    main()

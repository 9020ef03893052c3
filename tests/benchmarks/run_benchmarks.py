#!/usr/bin/env python3
"""Runs chongal-solve on a set of academic VRP benchmarks and compares with best-known solutions.

One instance at a time (the solver is timed), a line per instance, then a summary; all figures
also go to a JSON file. Python 3 standard library only. See tests/benchmarks/README.md.
"""
import argparse
import csv
import datetime
import fnmatch
import json
import os
import pathlib
import statistics
import subprocess
import sys

REPO = pathlib.Path(__file__).resolve().parents[2]

# set name -> (instance folder under benchmarks/, BKS table per objective under benchmarks/bks/)
SETS = {
    "solomon": ("vrptw/solomon",
                {"hierarchical": "solomon_bks.csv", "distance": "solomon_distance_bks.csv"}),
    "homberger_200": ("vrptw/homberger_200", {"hierarchical": "homberger_bks.csv"}),
    "homberger_1000": ("vrptw/homberger_1000", {"hierarchical": "homberger_bks.csv"}),
    "li_lim_100": ("pdptw/li_lim_100", {"hierarchical": "li_lim_bks.csv"}),
    "li_lim_200": ("pdptw/li_lim_200", {"hierarchical": "li_lim_bks.csv"}),
}


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--set", required=True, choices=sorted(SETS), help="benchmark set to run")
    p.add_argument("--time-limit", type=float, default=10.0, metavar="S",
                   help="seconds per instance (default 10)")
    p.add_argument("--objective", choices=["hierarchical", "distance"], default="hierarchical",
                   help="hierarchical: vehicles then distance (default); distance: distance only")
    p.add_argument("--solver", default=None, metavar="PATH",
                   help="chongal-solve executable (default: first of build*/app/chongal-solve)")
    p.add_argument("--shared", default=str(REPO.parent / "shared"), metavar="DIR",
                   help="folder holding benchmarks/ (default: ../shared next to the repository)")
    p.add_argument("--only", default=None, metavar="PATTERN",
                   help="instances whose name matches: a glob ('C1*', 'lc10?') or, without "
                        "wildcards, a substring; case-insensitive")
    p.add_argument("--seed", type=int, default=1, help="seed passed to the solver (default 1)")
    p.add_argument("--keep-solutions", default=None, metavar="DIR",
                   help="also write each instance's routes (SINTEF form) into DIR")
    p.add_argument("--out", default="results.json", metavar="FILE",
                   help="JSON results file (default results.json)")
    return p.parse_args(argv)


def find_solver(explicit):
    if explicit:
        return pathlib.Path(explicit).resolve()
    for candidate in sorted(REPO.glob("build*/app/chongal-solve")):
        if os.access(candidate, os.X_OK):
            return candidate
    sys.exit("run_benchmarks: no chongal-solve found under build*/app/; pass --solver PATH")


def matches(name, pattern):
    if pattern is None:
        return True
    name, pattern = name.lower(), pattern.lower()
    if any(c in pattern for c in "*?["):
        return fnmatch.fnmatchcase(name, pattern)
    return pattern in name


def load_bks(path):
    """instance name (lower case) -> (vehicles, distance)."""
    table = {}
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            table[row["instance"].lower()] = (int(row["vehicles"]), float(row["distance"]))
    return table


def run_one(solver, instance, args):
    cmd = [str(solver), str(instance), "--time-limit", str(args.time_limit),
           "--objective", args.objective, "--seed", str(args.seed)]
    if args.keep_solutions:
        cmd += ["--solution", str(pathlib.Path(args.keep_solutions) / (instance.stem + ".sol.txt"))]
    # Generous wall-clock guard: the solver must honour its limit; a hang is reported, not waited on.
    timeout = args.time_limit * 3 + 60
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"error": f"no answer within {timeout:.0f} s"}
    lines = proc.stdout.strip().splitlines()
    if proc.returncode != 0 or not lines:
        tail = proc.stderr.strip().splitlines()[-3:]
        return {"error": f"exit status {proc.returncode}: " + " | ".join(tail)}
    try:
        result = json.loads(lines[-1])
    except json.JSONDecodeError as e:
        return {"error": f"output is not JSON ({e}): {lines[-1][:200]}"}
    missing = {"vehicles", "distance", "feasible", "unassigned", "seconds"} - set(result)
    if missing:
        return {"error": "JSON lacks " + ", ".join(sorted(missing))}
    return result


def gap_percent(distance, bks_distance):
    return 100.0 * (distance - bks_distance) / bks_distance


def mean(values):
    return statistics.fmean(values) if values else None


def summarize(rows):
    done = [r for r in rows if "error" not in r]
    feasible = [r for r in done if r["feasible"]]
    with_bks = [r for r in feasible if r.get("bks_vehicles") is not None]
    reached = [r for r in with_bks if r["vehicles"] <= r["bks_vehicles"]]
    return {
        "instances": len(rows),
        "errors": len(rows) - len(done),
        "infeasible": len(done) - len(feasible),
        "with_bks": len(with_bks),
        "bks_vehicles_reached": len(reached),
        "mean_gap_pct_when_vehicles_reached": mean([r["gap_pct"] for r in reached]),
        "mean_gap_pct_all_feasible": mean([r["gap_pct"] for r in with_bks]),
        "mean_vehicle_excess_all_feasible": mean([r["vehicles"] - r["bks_vehicles"]
                                                  for r in with_bks]),
        "mean_seconds": mean([r["seconds"] for r in done]),
    }


def fmt(value, spec, none="n/a"):
    return none if value is None else format(value, spec)


def pct(value):
    return fmt(value, "+.2f") + ("%" if value is not None else "")


def print_row(r):
    name = r["instance"]
    if "error" in r:
        print(f"{name:<12} ERROR {r['error']}", flush=True)
        return
    bks_v = fmt(r.get("bks_vehicles"), "d", "?")
    bks_d = fmt(r.get("bks_distance"), ".2f", "?")
    status = "ok" if r["feasible"] else f"INFEASIBLE (unassigned {r['unassigned']})"
    print(f"{name:<12} veh {r['vehicles']:>3}/{bks_v:<3} dist {r['distance']:>10.2f}/{bks_d:<10} "
          f"gap {fmt(r.get('gap_pct'), '+7.2f', '      -')}%  {r['seconds']:6.2f}s  {status}",
          flush=True)


def print_summary(s, objective, bks_table):
    print("-" * 78)
    print(f"instances {s['instances']}  (errors {s['errors']}, infeasible {s['infeasible']}); "
          f"BKS from {bks_table}, objective {objective}")
    print(f"BKS vehicle count reached: {s['bks_vehicles_reached']}/{s['with_bks']}; "
          f"mean distance gap there: {pct(s['mean_gap_pct_when_vehicles_reached'])}")
    print(f"mean distance gap, all feasible: {pct(s['mean_gap_pct_all_feasible'])}; "
          f"mean extra vehicles: {fmt(s['mean_vehicle_excess_all_feasible'], '.2f')}; "
          f"mean seconds: {fmt(s['mean_seconds'], '.2f')}")


def main(argv):
    args = parse_args(argv)
    solver = find_solver(args.solver)
    bench = pathlib.Path(args.shared) / "benchmarks"
    folder, tables = SETS[args.set]
    bks_name = tables.get(args.objective, tables["hierarchical"])
    if args.objective not in tables:
        print(f"note: no {args.objective}-only BKS for {args.set}; comparing with {bks_name} "
              "(hierarchical: fewest vehicles first)", file=sys.stderr)
    bks = load_bks(bench / "bks" / bks_name)
    instances = sorted((bench / folder).glob("*.txt"), key=lambda p: p.stem.lower())
    instances = [p for p in instances if matches(p.stem, args.only)]
    if not instances:
        sys.exit(f"run_benchmarks: no instance in {bench / folder} matches {args.only!r}")
    if args.keep_solutions:
        pathlib.Path(args.keep_solutions).mkdir(parents=True, exist_ok=True)

    print(f"{args.set}: {len(instances)} instances, {args.time_limit:g} s each, objective "
          f"{args.objective}, solver {solver}", flush=True)
    rows = []
    interrupted = False
    try:
        for path in instances:
            r = {"instance": path.stem, **run_one(solver, path, args)}
            known = bks.get(path.stem.lower())
            if known:
                r["bks_vehicles"], r["bks_distance"] = known
            if "error" not in r and r["feasible"] and known:
                r["gap_pct"] = gap_percent(r["distance"], known[1])
            rows.append(r)
            print_row(r)
    except KeyboardInterrupt:
        interrupted = True
        print("interrupted: writing the results so far", file=sys.stderr)

    summary = summarize(rows)
    print_summary(summary, args.objective, bks_name)
    report = {
        "set": args.set,
        "objective": args.objective,
        "time_limit": args.time_limit,
        "seed": args.seed,
        "solver": str(solver),
        "bks_table": bks_name,
        "only": args.only,
        "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "interrupted": interrupted,
        "summary": summary,
        "results": rows,
    }
    with open(args.out, "w") as f:
        json.dump(report, f, indent=1)
        f.write("\n")
    print(f"results written to {args.out}")
    return 1 if summary["errors"] or interrupted else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

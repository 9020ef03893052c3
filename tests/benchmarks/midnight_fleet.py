#!/usr/bin/env python3
"""Fewest couriers that deliver a whole Midnight Express shift on time, per dispatcher.

Runs `chongal --headless` for fleet sizes from --high down to --low and reports, for each
dispatcher, every run's KPIs and the smallest fleet whose run was 100 % on time; also the fewest
couriers actually used by an all-on-time run (the solver leaves couriers idle when it can).
Prints one JSON line last, like the bench_* executables.

    tests/benchmarks/midnight_fleet.py --chongal build/app/chongal --seed 1 \
        --dispatcher solver --high 100 --low 90 --step 2
"""
import argparse
import json
import subprocess
import sys


def run(chongal, dispatcher, fleet, seed, plan_seconds):
    cmd = [chongal, "--headless", "--scenario", "midnight-express", "--seed", str(seed),
           "--fleet", str(fleet), "--dispatcher", dispatcher, "--plan-seconds", str(plan_seconds)]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chongal", default="build/app/chongal")
    ap.add_argument("--dispatcher", action="append", choices=["solver", "greedy"])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--high", type=int, default=100)
    ap.add_argument("--low", type=int, default=90)
    ap.add_argument("--step", type=int, default=2)
    ap.add_argument("--plan-seconds", type=float, default=9.5)
    args = ap.parse_args()

    summary = {"seed": args.seed, "plan_seconds": args.plan_seconds}
    for dispatcher in args.dispatcher or ["solver"]:
        runs = []
        for fleet in range(args.high, args.low - 1, -args.step):
            k = run(args.chongal, dispatcher, fleet, args.seed, args.plan_seconds)
            k["fleet"] = fleet
            runs.append(k)
            print(f"{dispatcher:6} fleet {fleet:4}: on time {k['on_time_rate'] * 100:6.2f} %  "
                  f"used {k['couriers_used']:4}  avg {k['avg_delivery_min']:.1f} min  "
                  f"p90 {k['p90_delivery_min']:.1f}  planning {k.get('planning_seconds', 0):.2f} s",
                  flush=True)
        on_time = [r for r in runs if r["on_time_rate"] >= 1.0]
        summary[dispatcher] = {
            "smallest_fleet_all_on_time": min((r["fleet"] for r in on_time), default=None),
            "fewest_couriers_used_all_on_time": min((r["couriers_used"] for r in on_time),
                                                    default=None),
            "runs": [{key: r[key] for key in ("fleet", "on_time_rate", "couriers_used",
                                               "avg_delivery_min", "p90_delivery_min")}
                     for r in runs],
        }
    print(json.dumps(summary))


if __name__ == "__main__":
    sys.exit(main())

"""Benchmark of the bundle (issue 16): the bundled program against the same program from source, one run.

Run: ``.venv/bin/python tests/benchmarks/bench_bundle.py [--bundle dist/rimedio] [--runs 7]`` (offscreen).

Both start as a user would start them — ``dist/rimedio/rimedio`` and ``.venv/bin/python -m ui.entry`` (what ``.venv/bin/rimedio`` runs) — on the same demo
shop, interleaved so both see the same machine load, and are timed from process start to the inbox painted
with its rows (``RIMEDIO_QUIT_WHEN_PAINTED``, ui/startup/painted.py), then close. Target: bundle ≤ 1.2× source.
Also prints the bundle's size on disk.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def painted_seconds(command: list[str], env: dict[str, str]) -> float:
    started = time.time()
    done = subprocess.run(
        command,
        env=dict(env, RIMEDIO_QUIT_WHEN_PAINTED=repr(started)),
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    for line in done.stdout.splitlines():
        if line.startswith("painted-inbox-seconds:"):
            return float(line.split(":")[1])
    raise SystemExit(f"{command[0]} did not reach the painted inbox (exit {done.returncode}):\n{done.stderr}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "rimedio")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    bundled = args.bundle / "rimedio"
    source = [
        str(ROOT / ".venv" / "bin" / "python"),
        "-m",
        "ui.entry",
    ]  # what .venv/bin/rimedio runs, this checkout's
    if not bundled.is_file():
        raise SystemExit(f"no bundle at {args.bundle}: bash packaging/build.sh")
    home = Path(tempfile.mkdtemp(prefix="rimedio-bench-bundle-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("RIMEDIO_", "PYTHON"))}
    env.update(
        RIMEDIO_HOME=str(home),
        RIMEDIO_USER="agent",
        RIMEDIO_PASSWORD="agent",
        RIMEDIO_LANG="en",
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        XDG_CONFIG_HOME=str(home / "config"),
    )
    subprocess.run([*source, "init"], env=env, check=True, capture_output=True)
    subprocess.run([*source, "demo"], env=env, check=True, capture_output=True)
    painted_seconds(source, env)  # first starts warm the disk cache for both
    painted_seconds([str(bundled)], env)
    src, bun = [], []
    for _ in range(args.runs):
        src.append(painted_seconds(source, env))
        bun.append(painted_seconds([str(bundled)], env))
    s, b = statistics.median(src) * 1000, statistics.median(bun) * 1000
    size = sum(p.stat().st_size for p in args.bundle.rglob("*") if p.is_file() and not p.is_symlink())
    print(
        f"Rimedio bundle benchmark — platform {env['QT_QPA_PLATFORM']}, {args.runs} runs each, Python {sys.version.split()[0]}"
    )
    print(f"bundle size: {size / 1e6:.0f} MB ({size / 2**20:.0f} MiB) in {args.bundle}")
    print(
        f"start-up to the painted inbox, from source: median {s:6.0f} ms (runs: {', '.join(f'{x * 1000:.0f}' for x in src)})"
    )
    print(
        f"start-up to the painted inbox, bundled:     median {b:6.0f} ms (runs: {', '.join(f'{x * 1000:.0f}' for x in bun)})"
    )
    print(f"  ratio {b / s:.2f}× (target ≤ 1.2×) — {'OK' if b <= 1.2 * s else 'MISSED'}")


if __name__ == "__main__":
    main()

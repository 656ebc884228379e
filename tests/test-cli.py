#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The headless command line: each verb and each error case, with no display."""
import os
import stat
import subprocess
import sys
import tempfile

exe = sys.argv[1]
failures = 0
checks = 0


def check(condition, message):
    global failures, checks
    checks += 1
    if not condition:
        failures += 1
        print("FAIL:", message)


def run(data_home, *args):
    env = dict(os.environ)
    env["XDG_DATA_HOME"] = data_home
    for var in ("DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(var, None)
    return subprocess.run([exe, *args], env=env, capture_output=True, text=True, timeout=60)


def one_line_error(result, what):
    check(result.returncode != 0, f"{what}: exit status should be non-zero, was {result.returncode}")
    lines = [l for l in result.stderr.splitlines() if l.strip()]
    check(len(lines) == 1, f"{what}: expected one line on stderr, got {result.stderr!r}")
    check(result.stdout == "", f"{what}: nothing on stdout, got {result.stdout!r}")


with tempfile.TemporaryDirectory() as home:
    r = run(home, "--version")
    check(r.returncode == 0 and r.stdout.startswith("coachbook "), f"--version: {r!r}")

    r = run(home, "--list-practices")
    check(r.returncode == 0 and r.stdout == "", f"--list-practices on a new machine: {r!r}")

    r = run(home, "--create-sample-practice", "Sample Practice")
    check(r.returncode == 0, f"--create-sample-practice: {r!r}")
    sample_id = r.stdout.strip()
    check(len(sample_id) == 36, f"prints the new practice's id: {r.stdout!r}")

    one_line_error(run(home, "--create-sample-practice", "sample practice"), "name already taken")
    one_line_error(run(home, "--create-sample-practice", "   "), "empty name")

    r = run(home, "--list-practices")
    check(r.returncode == 0, f"--list-practices: {r!r}")
    check(r.stdout == f"{sample_id}\tSample Practice\n", f"--list-practices lists it: {r.stdout!r}")

    for name in ("Sample Practice", sample_id):
        r = run(home, "--practice", name, "--list-clients")
        check(r.returncode == 0, f"--list-clients: {r!r}")
        rows = [line.split("\t") for line in r.stdout.splitlines()]
        check(len(rows) >= 5, f"sample has clients: {r.stdout!r}")
        check(all(len(row) == 4 for row in rows), f"four tab-separated fields: {rows!r}")
        check(all(row[3] in ("enquiry", "active", "paused", "ended") for row in rows), f"statuses: {rows!r}")
        check(any(row[1] == "Priya Raman" and row[2] == "Northfield Community Health" for row in rows),
              f"a sample client with name and organisation: {rows!r}")

    one_line_error(run(home, "--practice", "Nowhere", "--list-clients"), "unknown practice")
    one_line_error(run(home, "--list-clients"), "--list-clients without --practice")
    one_line_error(run(home, "--practice", "Sample Practice"), "--practice without a command")
    one_line_error(run(home, "--list-practices", "--create-sample-practice", "X"), "two commands")

    r = run(home, "--no-such-option")
    check(r.returncode != 0, f"bad option exits non-zero: {r!r}")
    check("no-such-option" in r.stderr, f"bad option is named: {r.stderr!r}")

    # What the command line wrote is private.
    root = os.path.join(home, "coachbook")
    for dirpath, dirnames, filenames in os.walk(root):
        check(stat.S_IMODE(os.stat(dirpath).st_mode) == 0o700, f"{dirpath} is 0700")
        for f in filenames:
            mode = stat.S_IMODE(os.stat(os.path.join(dirpath, f)).st_mode)
            check(mode == 0o600, f"{f} is 0600, is {oct(mode)}")

with tempfile.TemporaryDirectory() as home:
    # A data folder that cannot be read: 'practices' is a file.
    os.makedirs(os.path.join(home, "coachbook"))
    with open(os.path.join(home, "coachbook", "practices"), "w") as f:
        f.write("in the way")
    one_line_error(run(home, "--list-practices"), "unreadable folder")
    one_line_error(run(home, "--create-sample-practice", "X"), "unwritable folder")

with tempfile.TemporaryDirectory() as home:
    # A client file that cannot be read: listed clients go on, the problem is told on stderr.
    r = run(home, "--create-sample-practice", "S")
    pid = r.stdout.strip()
    clients = os.path.join(home, "coachbook", "practices", pid, "clients")
    victim = sorted(os.listdir(clients))[0]
    with open(os.path.join(clients, victim, "client.json"), "w") as f:
        f.write("{ broken")
    r = run(home, "--practice", "S", "--list-clients")
    check(r.returncode == 0, f"listing goes on past a broken file: {r!r}")
    check(len(r.stdout.splitlines()) == 5, f"the other five clients are listed: {r.stdout!r}")
    check("quarantine" in r.stderr and "client.json" in r.stderr, f"the broken file is named: {r.stderr!r}")

print(f"{checks - failures} passed, {failures} failed")
sys.exit(1 if failures else 0)

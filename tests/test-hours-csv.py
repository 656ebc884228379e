#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""coachbook --export-hours-csv, read back with Python's csv module: the
ICF log's columns, one record per line of the model's log, clients not to
be named anonymised or left off as the practice says, a totals record that
adds up, a private file written whole, and one-line errors that leave no
file behind."""
import csv
import json
import os
import stat
import subprocess
import sys
import tempfile

exe, tool = sys.argv[1], sys.argv[2]
failures = 0
checks = 0

COLUMNS = ["Client Name", "Contact Information", "Individual/Group", "Number in Group",
           "Start Date", "End Date", "Paid Hours", "Pro-bono Hours"]


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


def read_csv(path):
    with open(path, "rb") as f:
        raw = f.read()
    check(not raw.startswith(b"\xef\xbb\xbf"), "no byte order mark")
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    # Every record ends with CRLF; a line break inside a quoted name is the
    # name's own.
    check(raw.endswith(b"\r\n") and raw.count(b"\r\n") == len(rows), "records end with CRLF")
    return rows


def model(home):
    out = subprocess.run([tool, "hours", os.path.join(home, "coachbook"), "Sample"],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def set_practice_member(home, name, value):
    practices = os.path.join(home, "coachbook", "practices")
    (practice_id,) = os.listdir(practices)
    path = os.path.join(practices, practice_id, "practice.json")
    with open(path, encoding="utf-8") as f:
        document = json.load(f)
    document[name] = value
    with open(path, "w", encoding="utf-8") as f:
        json.dump(document, f, ensure_ascii=False, indent=2)


def check_log(rows, counted, unnamed):
    check(rows[0] == COLUMNS, f"the ICF log's columns, got {rows[0]}")
    body, total = rows[1:-1], rows[-1]
    check(all(len(r) == len(COLUMNS) for r in rows), "every record has eight fields")

    expected = [r for r in counted["rows"] if r["named"] or unnamed == "anonymise"]
    check(len(body) == len(expected), f"one record per line of the log: {len(body)} vs {len(expected)}")
    anonymous = 0
    for record, line in zip(body, expected):
        if line["named"]:
            check(record[0] == line["name"], f"named: {record[0]} vs {line['name']}")
            check("@" in record[1], f"contact information for {record[0]}: {record[1]!r}")
        else:
            anonymous += 1
            check(record[0] == f"Client {anonymous}", f"anonymised as Client {anonymous}: {record[0]}")
            check(record[1] == "", "no contact information for an anonymised client")
        check(record[2] == ("Group" if line["group"] else "Individual"), f"individual/group: {record}")
        check(record[3] == (str(line["number_in_group"]) if line["group"] and line["number_in_group"] else ""),
              f"number in group: {record}")
        check(len(record[4]) == 10 and record[4] <= record[5], f"ISO start and end dates: {record}")
        check(abs(float(record[6]) - line["paid_minutes"] / 60) < 0.006, f"paid hours: {record}")
        check(abs(float(record[7]) - line["pro_bono_minutes"] / 60) < 0.006, f"pro bono hours: {record}")

    check(total[0] == "Total", f"a totals record: {total}")
    paid = sum(float(r[6]) for r in body)
    pro_bono = sum(float(r[7]) for r in body)
    check(abs(float(total[6]) - paid) < 0.006 and abs(float(total[7]) - pro_bono) < 0.006,
          f"the totals add up the records: {total} vs {paid}, {pro_bono}")
    shown = [r for r in counted["rows"] if r["named"] or unnamed == "anonymise"]
    check(abs(float(total[6]) - sum(r["paid_minutes"] for r in shown) / 60) < 0.006,
          "paid total matches the model")
    if body:
        check(total[4] == min(r[4] for r in body) and total[5] == max(r[5] for r in body),
              "the totals record spans the first and last meetings")
    return body


with tempfile.TemporaryDirectory() as home:
    r = run(home, "--create-sample-practice", "Sample")
    check(r.returncode == 0, f"sample practice: {r.stderr}")

    path = os.path.join(home, "hours.csv")
    r = run(home, "--practice", "Sample", "--export-hours-csv", path)
    check(r.returncode == 0 and r.stderr == "" and r.stdout == "", f"export: {r!r}")
    check(stat.S_IMODE(os.stat(path).st_mode) == 0o600, "a private file (0600)")

    counted = model(home)
    check(counted["unnamed"] == "anonymise", "the sample anonymises")
    body = check_log(read_csv(path), counted, "anonymise")
    check(any(r[2] == "Group" and r[3] == "5" for r in body), "the sample's group of five")
    check(any(r[0].startswith("Client ") for r in body), "the sample's client who did not agree is anonymised")
    check(any("Wiśniewski" in r[0] for r in body), "non-ASCII names are kept")
    check(any("," in r[1] for r in body), "contact information with a comma is quoted and read back whole")

    # Left off: the unnamed client's line and hours are not in the log.
    set_practice_member(home, "log_unnamed", "leave-off")
    r = run(home, "--practice", "Sample", "--export-hours-csv", path)
    check(r.returncode == 0, f"export, left off: {r.stderr}")
    body = check_log(read_csv(path), model(home), "leave-off")
    check(not any(r[0].startswith("Client ") for r in body), "left off: no anonymised lines")

    # Names that need quoting: commas, quotes, a line break, non-ASCII.
    practices = os.path.join(home, "coachbook", "practices")
    (practice_id,) = os.listdir(practices)
    clients = os.path.join(practices, practice_id, "clients")
    awkward = 'O\'Brien, "Bea"\nSecond line – Zoë'
    for client_id in os.listdir(clients):
        client_path = os.path.join(clients, client_id, "client.json")
        with open(client_path, encoding="utf-8") as f:
            client = json.load(f)
        if client.get("name") == "Priya Raman":
            client["name"] = awkward
            with open(client_path, "w", encoding="utf-8") as f:
                json.dump(client, f, ensure_ascii=False, indent=2)
    r = run(home, "--practice", "Sample", "--export-hours-csv", path)
    check(r.returncode == 0, f"export, awkward name: {r.stderr}")
    body = check_log(read_csv(path), model(home), "leave-off")
    check(any(r[0] == awkward for r in body), "a name with a comma, quotes and a line break reads back whole")

    # Errors: one line on stderr, non-zero, nothing written.
    before = sorted(os.listdir(home))
    for what, args in [
        ("unknown practice", ["--practice", "Nowhere", "--export-hours-csv", os.path.join(home, "x.csv")]),
        ("missing folder", ["--practice", "Sample", "--export-hours-csv", os.path.join(home, "no", "x.csv")]),
        ("a folder", ["--practice", "Sample", "--export-hours-csv", home]),
        ("no practice", ["--export-hours-csv", os.path.join(home, "x.csv")]),
        ("two commands", ["--practice", "Sample", "--export-hours-csv", os.path.join(home, "x.csv"), "--list-clients"]),
    ]:
        r = run(home, *args)
        lines = [l for l in r.stderr.splitlines() if l.strip()]
        check(r.returncode != 0, f"{what}: non-zero exit")
        check(len(lines) == 1, f"{what}: one line on stderr, got {r.stderr!r}")
    check(sorted(os.listdir(home)) == before, f"no partial file left behind: {sorted(os.listdir(home))}")

print(f"{checks - failures} passed, {failures} failed")
sys.exit(1 if failures else 0)

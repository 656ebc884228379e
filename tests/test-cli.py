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

# Documents and forms.
with tempfile.TemporaryDirectory() as home:
    r = run(home, "--create-sample-practice", "Forms")
    check(r.returncode == 0, f"sample for forms: {r!r}")

    r = run(home, "--list-templates")
    names = [line.split("\t")[0] for line in r.stdout.splitlines()]
    check(r.returncode == 0 and {"learning-contract", "mentoring", "peer-mentoring", "coaching",
                                 "client-profile", "coach-profile"} <= set(names),
          f"--list-templates: {r.stdout!r}")

    r = run(home, "--practice", "Forms", "--list-documents")
    check(r.returncode == 0, f"--list-documents: {r!r}")
    rows = [line.split("\t") for line in r.stdout.splitlines()]
    check(all(len(row) == 5 for row in rows), f"five fields per document: {rows!r}")
    agreements = [row for row in rows if row[1] == "coachbook.agreement"]
    clients = [row for row in rows if row[1] == "coachbook.client"]
    check(len(agreements) >= 4, f"the sample has an agreement of each kind: {rows!r}")
    check(len(clients) >= 5, f"clients are documents too: {rows!r}")
    check(all(len(row[2]) == 36 for row in agreements), f"agreements name their client: {agreements!r}")
    check(all(len(row[3]) == 10 and row[3][4] == "-" for row in rows), f"dates: {rows!r}")

    pdf = os.path.join(home, "agreement.pdf")
    if agreements:
        r = run(home, "--practice", "Forms", "--export-pdf", agreements[0][0], pdf, "--paper", "a4")
        check(r.returncode == 0 and r.stderr == "", f"--export-pdf: {r!r}")
        with open(pdf, "rb") as f:
            check(f.read(5) == b"%PDF-", "a PDF was written")
        check(stat.S_IMODE(os.stat(pdf).st_mode) == 0o600, "the PDF is private")

    # The coach profile is the source's one-page profile.
    r = run(home, "--list-practices")
    practice_id = r.stdout.split("\t")[0]
    profile = os.path.join(home, "profile.pdf")
    r = run(home, "--practice", "Forms", "--export-pdf", practice_id, profile, "--paper", "a4")
    check(r.returncode == 0, f"coach profile PDF: {r!r}")
    info = subprocess.run(["pdfinfo", profile], capture_output=True, text=True).stdout
    check("Pages:           1" in info, f"the sample coach profile fits on one page: {info!r}")
    text = subprocess.run(["pdftotext", profile, "-"], capture_output=True, text=True).stdout
    check("Morgan Ellery" in text and "Coaching / Mentoring Methods" in text, "the profile's text is there")

    blank = os.path.join(home, "blank.pdf")
    check({"meeting", "plan", "review", "referral", "evaluation"} <= set(names),
          f"every kind of document prints blank: {names!r}")
    for name in names:
        r = run(home, "--practice", "Forms", "--export-blank-pdf", name, blank, "--paper", "letter")
        check(r.returncode == 0, f"--export-blank-pdf {name}: {r!r}")
        check(os.path.getsize(blank) > 1000, f"blank {name} written")

    before = sorted(os.listdir(home))
    one_line_error(run(home, "--practice", "Forms", "--export-pdf", "no-such-id", os.path.join(home, "x.pdf")),
                   "unknown document id")
    one_line_error(run(home, "--practice", "Forms", "--export-blank-pdf", "no-such-form", os.path.join(home, "x.pdf")),
                   "unknown template")
    one_line_error(run(home, "--practice", "Forms", "--export-blank-pdf", "mentoring",
                       os.path.join(home, "missing-folder", "x.pdf")), "unwritable file")
    one_line_error(run(home, "--practice", "Forms", "--export-blank-pdf", "mentoring"), "no file named")
    one_line_error(run(home, "--practice", "Forms", "--export-blank-pdf", "mentoring", blank, "--paper", "a3"),
                   "bad paper size")
    check(sorted(os.listdir(home)) == before, f"no partial file left behind: {sorted(os.listdir(home))} vs {before}")

# Meetings and the calendar export.
with tempfile.TemporaryDirectory() as home:
    r = run(home, "--create-sample-practice", "Calendar")
    check(r.returncode == 0, f"sample for the calendar: {r!r}")

    r = run(home, "--practice", "Calendar", "--list-documents")
    meetings = [line.split("\t") for line in r.stdout.splitlines() if "\tcoachbook.meeting\t" in line]
    check(len(meetings) >= 5, f"the sample has meetings: {r.stdout!r}")
    check(all(len(row[2]) == 36 for row in meetings), f"meetings name their client: {meetings!r}")

    r = run(home, "--list-templates")
    check("meeting\tRecord of Meeting" in r.stdout.splitlines(), f"a blank record of meeting: {r.stdout!r}")
    blank = os.path.join(home, "blank-meeting.pdf")
    r = run(home, "--practice", "Calendar", "--export-blank-pdf", "meeting", blank, "--paper", "a4")
    check(r.returncode == 0 and os.path.getsize(blank) > 1000, f"--export-blank-pdf meeting: {r!r}")
    if meetings:
        pdf = os.path.join(home, "meeting.pdf")
        r = run(home, "--practice", "Calendar", "--export-pdf", meetings[0][0], pdf, "--paper", "a4")
        check(r.returncode == 0, f"--export-pdf of a meeting: {r!r}")
        text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
        check("Record of Meeting" in text and "Actions agreed" in text, f"the record's headings: {text[:400]!r}")

    ics = os.path.join(home, "meetings.ics")
    r = run(home, "--practice", "Calendar", "--export-ics", ics)
    check(r.returncode == 0 and r.stdout == "" and r.stderr == "", f"--export-ics: {r!r}")
    with open(ics, "rb") as f:
        data = f.read()
    check(data.startswith(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), f"an iCalendar file: {data[:80]!r}")
    check(data.endswith(b"END:VCALENDAR\r\n"), "ends the calendar")
    # The sample books meetings today and in the coming days, whatever the date.
    check(data.count(b"BEGIN:VEVENT") >= 3, f"the sample's booked meetings: {data.count(b'BEGIN:VEVENT')}")
    check(b"Coaching: Priya Raman" in data, "a meeting booked with Priya")
    for secret in (b"sleeping badly", b"impostor", b"Tension between", b"compassionate leadership"):
        check(secret not in data.replace(b"\r\n ", b""), f"never private notes or session content: {secret!r}")
    check(stat.S_IMODE(os.stat(ics).st_mode) == 0o600, "the calendar is private")

    # Exported again over the old file: the same events.
    r = run(home, "--practice", "Calendar", "--export-ics", ics)
    with open(ics, "rb") as f:
        again = f.read()
    uids = lambda d: sorted(l for l in d.split(b"\r\n") if l.startswith(b"UID:"))
    check(r.returncode == 0 and uids(again) == uids(data), "UIDs are stable across exports")

    before = sorted(os.listdir(home))
    one_line_error(run(home, "--export-ics", os.path.join(home, "x.ics")), "--export-ics without --practice")
    one_line_error(run(home, "--practice", "Nowhere", "--export-ics", os.path.join(home, "x.ics")), "unknown practice")
    one_line_error(run(home, "--practice", "Calendar", "--export-ics", os.path.join(home, "missing-folder", "x.ics")),
                   "missing folder")
    one_line_error(run(home, "--practice", "Calendar", "--export-ics", home), "a folder, not a file")
    one_line_error(run(home, "--practice", "Calendar", "--export-ics", os.path.join(home, "x.ics"), "--list-clients"),
                   "two commands")
    one_line_error(run(home, "--practice", "Calendar", "--export-ics", os.path.join(home, "x.ics"), "extra"),
                   "an extra argument")
    one_line_error(run(home, "--practice", "Calendar", "--export-ics"), "no file named")
    check(sorted(os.listdir(home)) == before, f"no partial calendar left behind: {sorted(os.listdir(home))} vs {before}")

    if os.geteuid() != 0:
        locked = os.path.join(home, "locked")
        os.mkdir(locked, 0o500)
        one_line_error(run(home, "--practice", "Calendar", "--export-ics", os.path.join(locked, "x.ics")),
                       "a folder that cannot be written")
        check(os.listdir(locked) == [], "nothing left in the locked folder")

# The coach's self-assessment: its blank form and the sample's attempts.
with tempfile.TemporaryDirectory() as home:
    r = run(home, "--create-sample-practice", "Me")
    check(r.returncode == 0, f"sample for the self-assessment: {r!r}")

    r = run(home, "--list-templates")
    check("self-assessment\tWhere are you now?" in r.stdout.splitlines(),
          f"the coach's own types print blank too: {r.stdout!r}")

    blank = os.path.join(home, "blank-assessment.pdf")
    r = run(home, "--practice", "Me", "--export-blank-pdf", "self-assessment", blank, "--paper", "a4")
    check(r.returncode == 0 and r.stderr == "", f"--export-blank-pdf self-assessment: {r!r}")
    text = subprocess.run(["pdftotext", "-layout", blank, "-"], capture_output=True, text=True).stdout
    check("Where are you now?" in text and "If most of your scores are:" in text, f"the blank form: {text[:300]!r}")
    check("Client" not in text, "a form of the coach's own asks for no client")
    check(text.count("Usually") >= 3 and "Observe people at work alertly and accurately" in text,
          "the blank grid heads its columns with the answers")

    r = run(home, "--practice", "Me", "--list-documents")
    attempts = sorted(line.split("\t") for line in r.stdout.splitlines() if "\tcoachbook.self-assessment\t" in line)
    check(len(attempts) == 3 and all(row[2] == "" for row in attempts),
          f"three attempts of the coach's own, no client: {attempts!r}")
    summaries = []
    for row in sorted(attempts, key=lambda row: row[3]):
        pdf = os.path.join(home, "attempt.pdf")
        r = run(home, "--practice", "Me", "--export-pdf", row[0], pdf, "--paper", "a4")
        check(r.returncode == 0 and r.stderr == "", f"--export-pdf of an attempt: {r!r}")
        text = " ".join(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout.split())
        summaries.append([s for s in ("Mostly Sometimes", "Evenly split between Usually and Sometimes", "Mostly Usually")
                          if s in text])
        # (The note may run over a page break, with the footer between.)
        check("You can use this self evaluation to trigger your own development" in text and
              "Evaluate and Develop own Practice." in text, "the G3 note is printed")
    check(summaries == [["Mostly Sometimes"], ["Evenly split between Usually and Sometimes"], ["Mostly Usually"]],
          f"the sample's attempts move towards Usually: {summaries!r}")

print(f"{checks - failures} passed, {failures} failed")
sys.exit(1 if failures else 0)

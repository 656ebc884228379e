#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The calendar export (RFC 5545), read back with an independent parser
(python3-icalendar): a practice of meetings written by
`cb-schema-tool ics ROOT`, then the same practice exported again through
`coachbook --practice NAME --export-ics FILE`."""
import datetime
import json
import os
import re
import subprocess
import sys
import tempfile

import icalendar

schema_tool = sys.argv[1]
coachbook = sys.argv[2] if len(sys.argv) > 2 else None
failures = 0
checks = 0


def check(condition, message):
    global failures, checks
    checks += 1
    if not condition:
        failures += 1
        print("FAIL:", message)


def duration(text):
    m = re.fullmatch(r"P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?", text)
    assert m, text
    days, hours, minutes = (int(g or 0) for g in m.groups())
    return datetime.timedelta(days=days, hours=hours, minutes=minutes)


def check_raw(data, what, secrets):
    check(data.endswith(b"\r\n"), f"{what}: ends with CRLF")
    lines = data.split(b"\r\n")[:-1]
    for n, line in enumerate(lines, 1):
        check(b"\r" not in line and b"\n" not in line, f"{what}: line {n} has a bare CR or LF: {line!r}")
        check(len(line) <= 75, f"{what}: line {n} is {len(line)} octets: {line!r}")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            check(False, f"{what}: line {n} splits a UTF-8 character: {line!r}")
    check(any(l.startswith(b" ") for l in lines), f"{what}: the long location is folded")
    unfolded = data.replace(b"\r\n ", b"")
    for secret in secrets:
        check(secret.encode() not in data and secret.encode() not in unfolded,
              f"{what}: {secret} must never be in a calendar")
    check(b"SENTINEL" not in unfolded, f"{what}: no session content or private notes")


def events_by_uid(data, what):
    cal = icalendar.Calendar.from_ical(data)
    check(str(cal.get("VERSION")) == "2.0", f"{what}: VERSION:2.0")
    check(str(cal.get("PRODID")) == "-//Coachbook//Coachbook 0.1//EN", f"{what}: PRODID {cal.get('PRODID')!r}")
    check(str(cal.get("CALSCALE")) == "GREGORIAN", f"{what}: CALSCALE")
    events = {}
    for event in cal.walk("VEVENT"):
        uid = str(event.get("UID"))
        check(uid not in events, f"{what}: UID {uid} is unique")
        events[uid] = event
    return events


def check_events(events, expected, what):
    check(sorted(events) == sorted(e["uid"] for e in expected),
          f"{what}: events {sorted(events)} expected {sorted(e['uid'] for e in expected)}")
    for e in expected:
        event = events.get(e["uid"])
        if event is None:
            continue
        uid = e["uid"]
        start = event.decoded("DTSTART")
        if "T" in e["dtstart"]:
            check(isinstance(start, datetime.datetime) and start.tzinfo is None,
                  f"{uid}: DTSTART is a floating local time: {start!r}")
            check(start.strftime("%Y%m%dT%H%M%S") == e["dtstart"], f"{uid}: DTSTART {start} expected {e['dtstart']}")
        else:
            check(isinstance(start, datetime.date) and not isinstance(start, datetime.datetime),
                  f"{uid}: DTSTART is a date: {start!r}")
            check(start.strftime("%Y%m%d") == e["dtstart"], f"{uid}: DTSTART {start} expected {e['dtstart']}")
            check(event["DTSTART"].params.get("VALUE") == "DATE", f"{uid}: VALUE=DATE")
        check(event.decoded("DURATION") == duration(e["duration"]),
              f"{uid}: DURATION {event.decoded('DURATION')} expected {e['duration']}")
        location = event.get("LOCATION")
        if e["location"] is None:
            check(location is None, f"{uid}: no LOCATION, got {location!r}")
        else:
            check(str(location) == e["location"], f"{uid}: LOCATION {str(location)!r} expected {e['location']!r}")
        check(str(event.get("SUMMARY")) == e["summary"], f"{uid}: SUMMARY {str(event.get('SUMMARY'))!r} expected {e['summary']!r}")
        stamp = event.decoded("DTSTAMP")
        check(isinstance(stamp, datetime.datetime) and stamp.utcoffset() == datetime.timedelta(0),
              f"{uid}: DTSTAMP in UTC: {stamp!r}")
        check(event.get("DESCRIPTION") is None, f"{uid}: no DESCRIPTION")


with tempfile.TemporaryDirectory() as root:
    r = subprocess.run([schema_tool, "ics", root], capture_output=True, text=True, timeout=60)
    check(r.returncode == 0, f"cb-schema-tool ics: {r!r}")
    fixture = json.loads(r.stdout)
    expected = fixture["events"]
    secrets = fixture["secrets"]

    with open(fixture["ics"], "rb") as f:
        data = f.read()
    check(oct(os.stat(fixture["ics"]).st_mode & 0o777) == oct(0o600), "the calendar is private (0600)")
    check_raw(data, "export", secrets)
    first = events_by_uid(data, "export")
    check_events(first, expected, "export")
    check(len(first) == 4, f"four events: {len(first)}")

    # The command line writes the same events, with the same UIDs.
    if coachbook is not None:
        env = dict(os.environ)
        env["XDG_DATA_HOME"] = root
        for var in ("DISPLAY", "WAYLAND_DISPLAY"):
            env.pop(var, None)
        out = os.path.join(root, "again.ics")
        r = subprocess.run([coachbook, "--practice", fixture["practice"], "--export-ics", out],
                           env=env, capture_output=True, text=True, timeout=60)
        check(r.returncode == 0 and r.stdout == "" and r.stderr == "", f"--export-ics: {r!r}")
        with open(out, "rb") as f:
            again = f.read()
        check_raw(again, "command line", secrets)
        check_events(events_by_uid(again, "command line"), expected, "command line")
        # Apart from DTSTAMP, two exports of the same book are the same.
        strip = lambda d: re.sub(rb"DTSTAMP:[0-9TZ]+\r\n", b"", d)
        check(strip(again) == strip(data), "the export is stable")

print(f"{checks - failures}/{checks} checks passed")
sys.exit(1 if failures else 0)

#!/usr/bin/env python3
"""Check data/evidence/criteria.json against the text extract of the CMI units.

Usage: check-criteria.py CRITERIA_JSON SEED_002_TEXT

The seed text is an extraction of a table (learning outcomes | assessment
criteria | good practice).  Some rows survive as tab-separated fields, others
were flattened to one cell per line, and some cells are wrapped in <p>...</p>.
This script scans it independently of the data file:

  * a unit starts at a unit number such as "3011V1";
  * the criteria table runs from "LEARNING OUTCOMES" to "ADDITIONAL
    INFORMATION ABOUT THIS UNIT";
  * an assessment criterion is a cell (a whole line, or a tab-separated
    field) that is either just "N.N" -- its text is then the next non-empty
    cell -- or "N.N Text...", where the text starts with a capital letter.
    Numbers quoted inside good-practice paragraphs ("This would link to 2.1")
    are not at the start of a cell and are ignored.

It then checks that the CMI units of the data file hold exactly the same
(unit, criterion) pairs, that every criterion's text occurs in the seed text
and equals the text found beside its number (whitespace-normalised), and that
every learning outcome's text occurs in the seed text.

Prints one line per problem and exits 1 if there are any; otherwise prints
"N criteria in M units match the source" and exits 0.  When the seed text
is not on this machine it says so and exits 77, which meson reports as a
skipped test (the data cannot be checked without its source).
"""

import json
import os
import re
import sys

SKIP = 77

UNIT_RE = re.compile(r"\b(30\d\d)V\d+\b")
TABLE_START = "LEARNING OUTCOMES"
TABLE_END = "ADDITIONAL INFORMATION ABOUT THIS UNIT"
TAG_RE = re.compile(r"</?p>", re.IGNORECASE)
NUM_ONLY_RE = re.compile(r"^(\d+)\.(\d+)$")
NUM_TEXT_RE = re.compile(r"^(\d+)\.(\d+)\s+([A-Z].*)$")


def norm(text):
    """Collapse whitespace (and the extraction's <p> tags) to single spaces."""
    return " ".join(TAG_RE.sub(" ", text).split())


def cells(line):
    """The non-empty cells of one extracted line, tags removed."""
    out = []
    for field in line.split("\t"):
        field = norm(field)
        if field:
            out.append(field)
    return out


def scan_seed(lines):
    """Return {(unit, criterion): text-beside-number}, plus unit order and problems."""
    found = {}
    order = []
    problems = []
    unit = None
    in_table = False
    pending = None  # (unit, number) waiting for its text on a later line

    for lineno, raw in enumerate(lines, 1):
        line = raw.rstrip("\n")
        m = UNIT_RE.search(line)
        if m:
            unit = m.group(1)
            if unit not in order:
                order.append(unit)
            in_table = False
            pending = None
            continue
        stripped = norm(line)
        if stripped.startswith(TABLE_START):
            in_table = unit is not None
            continue
        if stripped.startswith(TABLE_END):
            if pending:
                problems.append("seed line %d: criterion %s %s has no text"
                                % (lineno, pending[0], pending[1]))
            in_table = False
            pending = None
            continue
        if not in_table:
            continue

        row = cells(line)
        if not row:
            continue
        i = 0
        if pending:
            # A criterion number stood alone on an earlier line: its text is
            # the first cell of this non-empty line.
            key = pending
            pending = None
            record(found, problems, key, row[0], lineno)
            i = 1
        while i < len(row):
            cell = row[i]
            m1 = NUM_ONLY_RE.match(cell)
            m2 = NUM_TEXT_RE.match(cell)
            if m1:
                key = (unit, "%s.%s" % (m1.group(1), m1.group(2)))
                if i + 1 < len(row):
                    record(found, problems, key, row[i + 1], lineno)
                    i += 2
                    continue
                pending = key
            elif m2:
                key = (unit, "%s.%s" % (m2.group(1), m2.group(2)))
                record(found, problems, key, m2.group(3), lineno)
            i += 1
    if pending:
        problems.append("seed: criterion %s %s has no text" % pending)
    return found, order, problems


def record(found, problems, key, text, lineno):
    if key in found:
        problems.append("seed line %d: criterion %s %s appears twice"
                        % (lineno, key[0], key[1]))
        return
    found[key] = norm(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: %s CRITERIA_JSON SEED_002_TEXT\n" % argv[0])
        return 2
    if not os.path.isfile(argv[2]):
        print("SKIP: the source text %s is not on this machine; "
              "the criteria cannot be checked against it" % argv[2])
        return SKIP
    with open(argv[1], encoding="utf-8") as f:
        data = json.load(f)
    with open(argv[2], encoding="utf-8") as f:
        lines = f.readlines()
    seed_norm = norm("".join(lines))

    problems = []
    found, order, seed_problems = scan_seed(lines)
    problems.extend(seed_problems)
    if not found:
        problems.append("no assessment criteria found in %s" % argv[2])

    data_pairs = {}
    cmi_units = []
    for u in data.get("units", []):
        if u.get("scheme") != "CMI":
            continue
        unum = str(u.get("number", ""))
        if unum in cmi_units:
            problems.append("unit %s appears twice in the data file" % unum)
        cmi_units.append(unum)
        outcomes = {}
        for o in u.get("outcomes", []):
            onum = str(o.get("number", ""))
            otext = o.get("text", "")
            if onum in outcomes:
                problems.append("unit %s: outcome %s appears twice" % (unum, onum))
            outcomes[onum] = otext
            if not norm(otext) or norm(otext) not in seed_norm:
                problems.append("unit %s outcome %s: text not found in source: %r"
                                % (unum, onum, otext))
        used = set()
        for c in u.get("criteria", []):
            cnum = str(c.get("number", ""))
            key = (unum, cnum)
            if key in data_pairs:
                problems.append("unit %s: criterion %s appears twice" % key)
            data_pairs[key] = c.get("text", "")
            onum = str(c.get("outcome", ""))
            if cnum.split(".")[0] != onum:
                problems.append("unit %s criterion %s: outcome is %r" % (unum, cnum, onum))
            if onum not in outcomes:
                problems.append("unit %s criterion %s: outcome %s not listed"
                                % (unum, cnum, onum))
            used.add(onum)
        for onum in outcomes:
            if onum not in used:
                problems.append("unit %s: outcome %s has no criteria" % (unum, onum))

    seed_units = set(k[0] for k in found)
    for unum in order:
        if unum not in cmi_units:
            problems.append("unit %s is in the source but not in the data file" % unum)
    for unum in cmi_units:
        if unum not in seed_units:
            problems.append("unit %s is in the data file but not in the source" % unum)

    def sort_key(k):
        return (k[0], [int(x) if x.isdigit() else x for x in k[1].split(".")])

    for key in sorted(set(found) - set(data_pairs), key=sort_key):
        problems.append("missing criterion %s %s: %r" % (key[0], key[1], found[key]))
    for key in sorted(set(data_pairs) - set(found), key=sort_key):
        problems.append("criterion %s %s is not in the source" % key)
    for key in sorted(set(found) & set(data_pairs), key=sort_key):
        text = norm(data_pairs[key])
        if not text or text not in seed_norm:
            problems.append("criterion %s %s: text not found in source: %r"
                            % (key[0], key[1], data_pairs[key]))
        elif text != found[key]:
            problems.append("criterion %s %s: text differs from source: %r != %r"
                            % (key[0], key[1], data_pairs[key], found[key]))

    for p in problems:
        print(p)
    if problems:
        return 1
    print("%d criteria in %d units match the source" % (len(data_pairs), len(cmi_units)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The shipped JSON Schemas match the field tables, are valid schemas, and
every document the store writes for the sample practice validates against
its schema (checked with python3-jsonschema, an independent validator)."""
import json
import os
import subprocess
import sys
import tempfile

tool, schema_dir = sys.argv[1], sys.argv[2]
failures = 0


def fail(message):
    global failures
    failures += 1
    print("FAIL:", message)


types = subprocess.run([tool, "types"], check=True, capture_output=True, text=True).stdout.split()
schemas = {}
for name in types:
    generated = subprocess.run([tool, "schema", name], check=True, capture_output=True, text=True).stdout
    path = os.path.join(schema_dir, name + ".schema.json")
    if not os.path.exists(path):
        fail(f"{path} is missing; generate it with: {tool} schema {name} > {path}")
        continue
    with open(path, encoding="utf-8") as f:
        shipped = f.read()
    if json.loads(shipped) != json.loads(generated):
        fail(f"{path} differs from the field table; regenerate it with: {tool} schema {name} > {path}")
    schemas[name] = json.loads(shipped)

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is not installed; install it (tools/test does)")
    sys.exit(1)

for name, schema in schemas.items():
    jsonschema.Draft202012Validator.check_schema(schema)

with tempfile.TemporaryDirectory() as root:
    subprocess.run([tool, "sample", root], check=True)
    checked = 0
    for dirpath, _, files in os.walk(root):
        for file in files:
            if not file.endswith(".json"):
                continue
            with open(os.path.join(dirpath, file), encoding="utf-8") as f:
                document = json.load(f)
            schema = schemas.get(document.get("type"))
            if schema is None:
                fail(f"{file}: no schema for type {document.get('type')}")
                continue
            errors = list(jsonschema.Draft202012Validator(schema).iter_errors(document))
            for error in errors:
                fail(f"{file}: {error.message}")
            checked += 1
    if checked < 3:
        fail(f"only {checked} documents were written")
    print(f"{checked} documents validated against {len(schemas)} schemas")

    # A schema that accepts anything would prove nothing: a broken document must fail.
    broken = {"type": "coachbook.client", "version": 0, "id": "x", "status": "sleeping"}
    if "coachbook.client" in schemas and not list(jsonschema.Draft202012Validator(schemas["coachbook.client"]).iter_errors(broken)):
        fail("the client schema accepts a broken document")

sys.exit(1 if failures else 0)

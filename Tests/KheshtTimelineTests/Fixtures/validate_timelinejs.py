"""Validates a TimelineJS3 JSON file against the schema fixture; exits non-zero with the errors if invalid.

Beyond the schema: unique_id values are unique, and an end_date never precedes its start_date.
Usage: validate_timelinejs.py SCHEMA JSONFILE
"""
import json
import sys

import jsonschema  # required: pip install jsonschema (the test fails when it is missing)


def key(date):
    return tuple(int(date.get(part, default)) for part, default in
                 (("year", 0), ("month", 1), ("day", 1), ("hour", 0), ("minute", 0)))


def main():
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    document = json.load(open(sys.argv[2], encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    errors = [f"{'/'.join(map(str, e.path))}: {e.message}" for e in validator.iter_errors(document)]
    ids = [event["unique_id"] for event in document.get("events", [])]
    if len(ids) != len(set(ids)):
        errors.append("unique_id values repeat")
    for event in document.get("events", []):
        if "end_date" in event and key(event["end_date"]) < key(event["start_date"]):
            errors.append(f"{event['unique_id']}: end_date before start_date")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print(f"valid: {len(document.get('events', []))} events")


main()

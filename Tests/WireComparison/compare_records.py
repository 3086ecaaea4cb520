#!/usr/bin/env python3
"""Compares two `kaltura serve --record` files call by call.

Ignores what the issue allows to differ: clientTag, apiVersion, format, kalsig, and a value spelled
as a string by one client and as a number or boolean by the other ("2" vs 2, "True" vs true, "1" vs
true). Ids the server generated (entry ids like 0_k3x9q2ab) differ between two runs and are masked.
Prints every difference and exits 1 when there is any. Usage: compare_records.py OURS THEIRS
"""
import json
import re
import sys

IGNORED = {"clientTag", "apiVersion", "format", "kalsig"}
GENERATED_ID = re.compile(r"^\d+_[a-z0-9]{8}$")


def canonical(value):
    if isinstance(value, dict):
        return {k: canonical(v) for k, v in value.items() if k not in IGNORED}
    if isinstance(value, list):
        return [canonical(v) for v in value]
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, (int, float)):
        return str(int(value)) if float(value).is_integer() else repr(float(value))
    if isinstance(value, str):
        if GENERATED_ID.match(value):
            return "<generated id>"
        lowered = value.lower()
        if lowered in ("true", "false"):
            return "1" if lowered == "true" else "0"
        try:
            number = float(value)
            if number.is_integer() and re.fullmatch(r"-?\d+(\.0+)?", value):
                return str(int(number))
        except ValueError:
            pass
        return value
    if value is None:
        return None
    return value


def load(path):
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def differences(ours, theirs, path=""):
    if isinstance(ours, dict) and isinstance(theirs, dict):
        for key in sorted(set(ours) | set(theirs)):
            where = f"{path}.{key}" if path else key
            if key not in ours:
                yield f"{where}: only the official client sent it ({json.dumps(theirs[key])})"
            elif key not in theirs:
                yield f"{where}: only our client sent it ({json.dumps(ours[key])})"
            else:
                yield from differences(ours[key], theirs[key], where)
    elif isinstance(ours, list) and isinstance(theirs, list) and len(ours) == len(theirs):
        for index, (a, b) in enumerate(zip(ours, theirs)):
            yield from differences(a, b, f"{path}[{index}]")
    elif ours != theirs:
        yield f"{path}: ours {json.dumps(ours)} vs official {json.dumps(theirs)}"


def main():
    ours, theirs = load(sys.argv[1]), load(sys.argv[2])
    failures = {}  # call number (0 for the call count) -> problems
    if len(ours) != len(theirs):
        failures[0] = [f"call count: ours {len(ours)} vs official {len(theirs)}"]
    for index, (a, b) in enumerate(zip(ours, theirs), start=1):
        name_a, name_b = f"{a.get('service')}.{a.get('action')}", f"{b.get('service')}.{b.get('action')}"
        problems = []
        if name_a.lower() != name_b.lower():
            problems.append(f"ours {name_a} vs official {name_b}")
        else:
            problems += list(differences(canonical(a.get("params", {})), canonical(b.get("params", {}))))
            if a.get("error") != b.get("error"):
                problems.append(f"error ours {a.get('error')} vs official {b.get('error')}")
        if problems:
            failures[index] = [f"call {index} {name_a}: {p}" for p in problems]
        else:
            print(f"same    call {index} {name_a}")
    for index in sorted(failures):
        for problem in failures[index]:
            print(f"DIFFER  {problem}")
    compared = min(len(ours), len(theirs))
    failed = len(failures)
    print(f"{compared - len([i for i in failures if i > 0])} passed, {failed} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

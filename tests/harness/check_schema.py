#!/usr/bin/env python3
"""Checks gilbench results against results/SCHEMA.md.

The field tables of SCHEMA.md are the specification: every field a result
contains must be documented there with a matching type, and every field not
marked *optional* must be present.  Usage: check_schema.py RESULTS.json...
(exit 1 with one line per problem).  Tests import check_file / check_doc.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCHEMA_MD = os.path.join(HERE, "..", "..", "results", "SCHEMA.md")
ENUMS = {
    "runs[].mode": {"seq", "threads", "subinterp", "procs"},
    "runs[].status": {"ok", "failed", "timeout"},
    "runs[].gil": {"new", "legacy", "none", "fifo", "priority", "fair"},
}


def _cells(line):
    parts = re.split(r"(?<!\\)\|", line.strip())[1:-1]
    return [p.strip().replace("\\|", "|") for p in parts]


def load_spec(path=SCHEMA_MD):
    """(fields, named): path -> (types, optional); named type -> its fields."""
    fields, named, section = {}, {}, None
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^###\s+([a-z][a-z-]*)\s*$", line)
            if m:
                section = m.group(1)
                named[section] = {}
                continue
            if line.startswith("## "):
                section = None
            m = re.match(r"^\|\s*`([^`]+)`\s*\|", line)
            if not m:
                continue
            c = _cells(line)
            entry = (set(c[1].split("|")), "*optional*" in c[3])
            (named[section] if section else fields)[m.group(1)] = entry
    return fields, named


def _type_ok(v, t, named):
    if t == "any":
        return True
    if t == "null":
        return v is None
    if t == "string":
        return isinstance(v, str)
    if t == "boolean":
        return isinstance(v, bool)
    if t == "integer":
        return isinstance(v, int) and not isinstance(v, bool)
    if t == "number":
        return isinstance(v, (int, float)) and not isinstance(v, bool)
    if t == "array":
        return isinstance(v, list)
    if t in ("object",) or t in named:
        return isinstance(v, dict)
    raise ValueError("SCHEMA.md uses an unknown type: " + t)


def _check(v, path, fields, named, errs, scope):
    spec = scope.get(path)
    if spec is None:
        errs.append(f"{path}: not documented in SCHEMA.md")
        return
    types, _ = spec
    if not any(_type_ok(v, t, named) for t in types):
        errs.append(f"{path}: {json.dumps(v)[:60]} is not {'|'.join(sorted(types))}")
        return
    if path in ENUMS and v not in ENUMS[path]:
        errs.append(f"{path}: unexpected value {v!r}")
    named_t = next((t for t in types if t in named), None)
    if named_t and isinstance(v, dict):
        _check_object(v, "", named[named_t], named, errs, path)
    elif isinstance(v, dict):
        _check_object(v, path, scope, named, errs, path)
    elif isinstance(v, list):
        elem = path + "[]"
        if elem not in scope and any(k.startswith(elem + ".") for k in scope):
            scope = dict(scope, **{elem: ({"object"}, False)})  # rows describe its fields
        if elem in scope:
            for e in v:
                _check(e, elem, fields, named, errs, scope)


def _check_object(obj, path, scope, named, errs, shown):
    prefix = path + "." if path else ""
    kids = {k[len(prefix):]: s for k, s in scope.items()
            if k.startswith(prefix) and re.fullmatch(r"[a-z0-9_]+", k[len(prefix):])}
    for k, v in obj.items():
        if k not in kids:
            errs.append(f"{shown + '.' if shown else ''}{k}: not documented in SCHEMA.md")
        else:
            sub = []
            _check(v, prefix + k, None, named, sub, scope)
            errs.extend(e if not shown or path else f"{shown}.{e}" for e in sub)
    for k, (_, optional) in kids.items():
        if k not in obj and not optional:
            errs.append(f"{shown + '.' if shown else ''}{k}: required, missing")


def check_doc(doc, spec=None):
    fields, named = spec or load_spec()
    errs = []
    _check_object(doc, "", fields, named, errs, "")
    if doc.get("schema") != "gilbench-result/1":
        errs.append(f"schema: {doc.get('schema')!r}, expected 'gilbench-result/1'")
    return errs


def check_file(path):
    with open(path, encoding="utf-8") as f:
        return check_doc(json.load(f))


def main(argv):
    bad = 0
    for p in argv[1:]:
        for e in check_file(p):
            print(f"{p}: {e}")
            bad = 1
    return bad


if __name__ == "__main__":
    sys.exit(main(sys.argv))

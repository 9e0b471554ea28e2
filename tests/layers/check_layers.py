#!/usr/bin/env python3
"""The layers on disk hold: no folder includes a header of a layer above it,
and (in a strict tree) every header declares only its own folder's functions
and the modules depend on each other without a cycle.

    check_layers.py ROOT    the repository; exit 0 ok, 1 with the violations

LAYERS below is the one definition of the order (bottom first); a tuple is
one layer of folders that may use each other. A module is a .c file; it
depends on another when it includes (directly or through other headers) a
header declaring the other's functions and uses one of them: sharing a
header is no dependency. Includes that resolve to no file of the tree
(system, other libraries' public headers) are not checked.
"""
import os
import re
import sys

LAYERS = {
    # The interpreter's core folders call each other (the VM raises through
    # objects, objects call back into the VM): one layer, checked for order
    # against the shared header below and the modules above, not strictly.
    "interp/src": {"order": [".", ("front", "objects", "runtime"), "modules"], "strict": False},
    "harness": {
        "order": ["server", "core", "engine", "results", "analysis", "output", "session", "cli"],
        "strict": True,
    },
}

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
CALL = re.compile(r"\b([A-Za-z_]\w*)\s*\(")


def strip(text):
    """C text without comments, string and character literals."""
    return re.sub(r'/\*.*?\*/|//[^\n]*|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'',
                  lambda m: "" if m.group(0)[0] == "/" else '""', text, flags=re.S)


def functions(text):
    """Names of the non-static functions that C text defines, and of those
    it declares (prototypes at file level)."""
    text = re.sub(r"^\s*#.*$", "", strip(text), flags=re.M)
    defined, declared, depth, start = [], [], 0, 0
    for i, ch in enumerate(text):
        if ch in "{;" and depth == 0:
            decl = text[start:i]
            m = CALL.search(decl.split("(")[0] + "(") if "(" in decl else None
            plain = m and "=" not in decl and not re.search(r"\b(static|typedef)\b", decl)
            if plain and ch == "{":
                defined.append(m.group(1))
            elif plain and "(*" not in decl.replace(" ", ""):
                declared.append(m.group(1))
            start = i + 1
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                start = i + 1
    return defined, declared


def rank_of(order):
    rank = {}
    for r, layer in enumerate(order):
        for folder in layer if isinstance(layer, tuple) else (layer,):
            rank[folder] = r
    return rank


def check_tree(root, tree, spec):
    base = os.path.join(root, tree)
    rank = rank_of(spec["order"])
    files = {}  # path relative to base -> text
    for folder in rank:
        d = os.path.join(base, folder)
        for name in sorted(os.listdir(d)):
            if name.endswith((".c", ".h")):
                with open(os.path.join(d, name), encoding="utf-8") as f:
                    files[os.path.normpath(os.path.join(folder, name))] = f.read()
    unlisted = [n for n in sorted(os.listdir(base))
                if os.path.isdir(os.path.join(base, n)) and n not in rank]
    errors = [f"{tree}/{n}/: a folder in no layer (add it to LAYERS)" for n in unlisted]
    headers = {}
    for path in files:
        if path.endswith(".h"):
            name = os.path.basename(path)
            if name in headers:
                errors.append(f"{tree}: two headers named {name}")
            headers[name] = path
    folder_of = lambda p: os.path.dirname(p) or "."
    module_of = lambda p: os.path.splitext(p)[0]
    defined = {}  # function -> module that defines it
    for path, text in files.items():
        if path.endswith(".c"):
            for fn in functions(text)[0]:
                defined[fn] = module_of(path)
    declares = {}  # header -> the modules whose functions it declares
    for name, path in headers.items():
        own = {module_of(path)} if module_of(path) + ".c" in files else set()
        used = {defined[fn] for fn in functions(files[path])[1] if fn in defined}
        declares[name] = own | used
        for m in sorted(used):
            if spec["strict"] and folder_of(m) != folder_of(path):
                errors.append(f"{tree}/{path} declares what {tree}/{m}.c defines: "
                              f"a header's functions belong to its folder")
    included = {p: set() for p in files}  # file -> headers it includes, directly or not
    for path, text in files.items():
        for inc in INCLUDE.findall(text):
            target = headers.get(os.path.basename(inc))
            if not target:
                continue
            included[path].add(os.path.basename(target))
            src, dst = folder_of(path), folder_of(target)
            if rank[dst] > rank[src]:
                errors.append(f"{tree}/{path} includes {tree}/{target}: {dst}/ is a layer "
                              f"above {src}/")
    grew = True
    while grew:  # through the headers' own includes
        grew = False
        for path in files:
            more = set().union(*(included[headers[h]] for h in included[path])) - included[path]
            included[path] |= more
            grew = grew or bool(more)
    deps = {}
    for path, text in files.items():
        if not path.endswith(".c"):
            continue
        me = module_of(path)
        used = {defined[t] for t in set(re.findall(r"\b\w+\b", strip(text))) if t in defined}
        reach = set().union(*(declares[h] for h in included[path]))
        deps[me] = (used & reach) - {me}
    if spec["strict"]:
        errors += [f"{tree}: module cycle " + " -> ".join(c) for c in cycles(deps)]
    return errors


def cycles(deps):
    """One cycle per strongly connected component of more than one module."""
    index, low, stack, on, out, counter = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(deps.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(path_through(deps, set(comp), min(comp)))

    for v in sorted(deps):
        if v not in index:
            visit(v)
    return out


def path_through(deps, comp, start):
    """A cycle from start back to it inside comp (breadth first)."""
    prev, todo = {start: None}, [start]
    while todo:
        v = todo.pop(0)
        for w in sorted(deps[v] & comp):
            if w == start:
                chain = []
                while v is not None:
                    chain.append(v)
                    v = prev[v]
                return chain[::-1] + [start]
            if w not in prev:
                prev[w] = v
                todo.append(w)
    return [start]


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "../..")
    errors = []
    for tree, spec in LAYERS.items():
        errors += check_tree(root, tree, spec)
    for e in errors:
        print(e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

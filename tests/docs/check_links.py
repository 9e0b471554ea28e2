#!/usr/bin/env python3
"""check_links.py — the repository's documentation points only at things
that exist, inside the repository.

    python3 tests/docs/check_links.py [--root DIR] [--gilpy BIN] [--gilbench BIN]

Reads every README.md, docs/**/*.md, results/SCHEMA.md and
results/reference/report.md, and the --help texts of gilpy and of gilbench
and each of its commands (when the binaries are given), and fails when

  - a Markdown link or image points at a file that does not exist, or at an
    anchor (#heading) that the target Markdown file does not have;
  - a repository path named in the text (`workloads/suite.json`,
    `runtime/gil.c` in interp/src/README.md, a command line in a code block)
    does not exist. A path counts as named when it has a slash and either
    starts with a top-level entry of the repository, or starts with ./ or
    ../, or ends with / or a file extension. It may be relative to the
    repository, to the document's folder or any folder above it, or to a
    top-level folder (a layout listing names `include/gilpy.h` under
    `interp/`). A glob
    (`tests/unit/test_*.c`) must match something. Placeholders (NAME, DIR,
    <date>, {url}), absolute paths and URLs are not paths;
  - any text file of the repository refers to the planning notes outside it
    (a path into shared/, or LANGUAGE.md, DESIGN.md, EXPERIMENTS.md).

Exit status 0 when everything is found, 1 otherwise (each problem on a line
of its own, with the file and line).
"""
import argparse
import fnmatch
import glob
import os
import re
import subprocess
import sys

# Paths a run or a build creates: named in the docs, absent from a checkout.
GENERATED = ("build/", "build-asan/", "build-tsan/", "build-fuzz/", "results/runs/",
             "figures/", "data/", "my-run/", "out/")
# Files of other projects the docs cite by their own paths.
EXTERNAL = {"Python/ceval_gil.c"}

EXTENSIONS = ("c", "h", "py", "sh", "json", "md", "gp", "cmake", "tsv", "csv", "png", "svg",
              "txt", "lua")
# The planning notes live outside the repository; nothing in it may point there.
FORBIDDEN = re.compile(r"(?<![\w-])(?:\.\./)*shared/|\b(?:LANGUAGE|DESIGN|EXPERIMENTS)\.md\b")
# Files the forbidden-reference scan skips: this checker (it names the
# patterns), fuzz inputs (arbitrary Python found in the wild) and generated runs.
SCAN_SKIP = ("tests/docs/check_links.py", "tests/fuzz/corpus/", "results/runs/", ".git/", "build")

LINK = re.compile(r"!?\[(?:[^\]\\]|\\.)*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
URL = re.compile(r"\b[a-z][a-z0-9+.-]*://\S+")
PATHLIKE = re.compile(r"(?<![\w./~$-])((?:\.{1,2}/)*[\w.*-]+(?:/[\w.*-]*)+)")
PLACEHOLDER = re.compile(r"^[A-Z][A-Z0-9_]*$")


def slug(heading):
    """GitHub's anchor for a Markdown heading."""
    s = heading.strip().lower()
    s = re.sub(r"[^\w\- ]", "", s)
    return s.replace(" ", "-")


def anchors(path):
    out, fence = set(), False
    for line in open(path, encoding="utf-8"):
        if line.startswith("```"):
            fence = not fence
        elif not fence and line.startswith("#"):
            out.add(slug(line.lstrip("#")))
    return out


def bases(root, doc_dir):
    """The folders a path in a document may be relative to: the document's
    folder and every folder above it up to the repository root."""
    out, d = [], doc_dir
    while True:
        out.append(d)
        if os.path.samefile(d, root):
            break
        parent = os.path.dirname(d)
        if parent == d:
            break
        d = parent
    return out


def exists(path, dirs):
    for d in dirs:
        p = os.path.normpath(os.path.join(d, path))
        if glob.has_magic(path):
            if glob.glob(p):
                return True
        elif os.path.exists(p):
            return True
    return False


class Checker:
    def __init__(self, root):
        self.root = os.path.abspath(root)
        self.top = set(os.listdir(self.root)) - {".git"}
        self.problems = []
        self.checked = 0

    def fail(self, where, msg):
        self.problems.append(f"{where}: {msg}")

    def missing(self, where, path, rel_to_root):
        self.fail(where, f"'{path}' does not exist")

    def is_path(self, tok):
        parts = tok.split("/")
        if any(PLACEHOLDER.match(p) for p in parts):
            return False
        if tok.startswith(("./", "../")) or parts[0] in self.top:
            return True
        if tok.endswith("/"):
            return any(c.isalpha() for c in tok)
        last = parts[-1]
        return "." in last and last.rsplit(".", 1)[1] in EXTENSIONS

    def check_text(self, name, text, doc_dir, markdown):
        # a layout listing names a folder's entries without the folder
        # (`interp/  include/gilpy.h, src/`): one level below the top counts
        dirs = bases(self.root, doc_dir) + [
            os.path.join(self.root, t) for t in sorted(self.top)
            if os.path.isdir(os.path.join(self.root, t))]
        for n, line in enumerate(text.splitlines(), 1):
            where = f"{name}:{n}"
            if markdown:
                for m in LINK.finditer(line):
                    self.check_link(where, m.group(1), doc_dir)
                line = LINK.sub(" ", line)
            line = URL.sub(" ", line)
            for m in PATHLIKE.finditer(line):
                tok = m.group(1).rstrip(".")
                if not self.is_path(tok) or tok.startswith("/"):
                    continue
                if tok.startswith(GENERATED) or tok in EXTERNAL or "<" in tok or "{" in tok:
                    continue
                self.checked += 1
                if not exists(tok, dirs):
                    self.missing(where, tok, tok if tok.split("/")[0] in self.top else None)

    def check_link(self, where, target, doc_dir):
        if re.match(r"^[a-z][a-z0-9+.-]*:", target):
            return
        path, _, frag = target.partition("#")
        self.checked += 1
        full = os.path.normpath(os.path.join(doc_dir, path)) if path else None
        rel = os.path.relpath(full, self.root) if full else None
        if full and not os.path.exists(full):
            self.missing(where, target, rel)
            return
        if rel and rel.startswith(".."):
            self.fail(where, f"'{target}' points outside the repository")
            return
        if frag:
            md = full or os.path.join(self.root, where.rsplit(":", 1)[0])
            if md.endswith(".md") and slug(frag) != frag:
                self.fail(where, f"anchor '#{frag}' is not a heading's anchor")
            elif md.endswith(".md") and frag not in anchors(md):
                self.fail(where, f"'{target}': no heading with anchor #{frag}")

    def documents(self):
        docs = []
        for d, subdirs, files in os.walk(self.root):
            rel = os.path.relpath(d, self.root)
            subdirs[:] = [s for s in subdirs
                          if not s.startswith((".git", "build")) and
                          os.path.join(rel, s) not in ("results/runs", "tests/fuzz/corpus")]
            for f in files:
                p = os.path.normpath(os.path.join(rel, f))
                if f == "README.md" or (p.startswith("docs/") and f.endswith(".md")):
                    docs.append(p)
        docs += ["results/SCHEMA.md", "results/reference/report.md"]
        return sorted(set(d for d in docs if os.path.exists(os.path.join(self.root, d))))

    def check_docs(self):
        for rel in self.documents():
            full = os.path.join(self.root, rel)
            text = open(full, encoding="utf-8").read()
            self.check_text(rel, text, os.path.dirname(full), markdown=True)

    def check_help(self, gilpy, gilbench):
        texts = []
        if gilpy:
            texts.append(("gilpy --help", [gilpy, "--help"]))
        if gilbench:
            top = subprocess.run([gilbench, "--help"], capture_output=True, text=True).stdout
            texts.append(("gilbench --help", [gilbench, "--help"]))
            cmds = re.findall(r"^  ([a-z]+)  ", top, re.M)
            if not cmds:
                self.fail("gilbench --help", "lists no commands")
            for c in cmds:
                texts.append((f"gilbench {c} --help", [gilbench, c, "--help"]))
        for name, argv in texts:
            p = subprocess.run(argv, capture_output=True, text=True)
            if p.returncode != 0 or not p.stdout.strip():
                self.fail(name, f"exit status {p.returncode}, no help text")
                continue
            self.check_text(name, p.stdout, self.root, markdown=False)

    def check_forbidden(self):
        for d, subdirs, files in os.walk(self.root):
            rel = os.path.relpath(d, self.root)
            subdirs[:] = [s for s in subdirs
                          if not os.path.normpath(os.path.join(rel, s)).startswith(SCAN_SKIP)]
            for f in files:
                p = os.path.normpath(os.path.join(rel, f))
                if p.startswith(SCAN_SKIP):
                    continue
                try:
                    text = open(os.path.join(d, f), encoding="utf-8").read()
                except (UnicodeDecodeError, OSError):
                    continue  # binary (figures) or unreadable: not documentation
                for n, line in enumerate(text.splitlines(), 1):
                    m = FORBIDDEN.search(line)
                    if m:
                        self.fail(f"{p}:{n}", f"refers to '{m.group(0)}', outside the "
                                  "repository (use docs/ instead)")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--root", default=os.path.dirname(os.path.dirname(here)))
    ap.add_argument("--gilpy")
    ap.add_argument("--gilbench")
    a = ap.parse_args()
    c = Checker(a.root)
    c.check_docs()
    c.check_help(a.gilpy, a.gilbench)
    c.check_forbidden()
    for p in c.problems:
        print(p)
    print(f"check_links: {c.checked} links and paths checked, {len(c.problems)} problem(s)")
    return 1 if c.problems else 0


if __name__ == "__main__":
    sys.exit(main())

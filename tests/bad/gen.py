#!/usr/bin/env python3
"""Writes the hostile test programs that are too big or too binary to commit.

  gen.py --list            the case names, one per line
  gen.py OUTDIR [NAME...]  writes OUTDIR/NAME.py for the named cases (default: all)

Each file starts with the same `# expect:` header the committed tests/bad/*.py
files carry (see tests/difftest.py), so the runner treats both alike.
"""
import os
import sys


def nested(opener, closer, depth, inner="1"):
    return "x = " + opener * depth + inner + closer * depth + "\n"


def deep_ifs(depth):
    lines = []
    for i in range(depth):
        lines.append(" " * i + "if True:\n")
    lines.append(" " * depth + "print('deep')\n")
    return "".join(lines)


def case(header, body):
    if isinstance(body, str):
        body = body.encode("utf-8")
    return b"# expect: " + header.encode() + b"\n" + body


def cases():
    return {
        # Bytes no Python source may contain.
        "nul_byte_in_string": lambda: case("type=SyntaxError line=3",
                                           b"x = 1\ny = 'a\x00b'\nprint(y)\n"),
        "nul_byte_in_code": lambda: case("type=SyntaxError line=2", b"x = 1 \x00+ 2\nprint(x)\n"),
        "nul_byte_in_comment": lambda: case("type=SyntaxError line=3",
                                            b"x = 1\n# comment \x00 here\nprint(x)\n"),
        "invalid_utf8_in_string": lambda: case("type=SyntaxError line=3",
                                               b"x = 1\ny = 'caf\xe9'\nprint(y)\n"),
        "invalid_utf8_in_comment": lambda: case("type=SyntaxError line=2",
                                                b"# \xff\xfe bytes\nprint(1)\n"),
        "invalid_utf8_overlong": lambda: case("type=SyntaxError line=2", b"s = '\xc0\xaf'\n"),
        "invalid_utf8_surrogate": lambda: case("type=SyntaxError line=2", b"s = '\xed\xa0\x80'\n"),
        "truncated_utf8_at_eof": lambda: case("type=SyntaxError line=2", b"s = 1 # \xe2\x82"),
        "utf8_bom_ok": lambda: b"\xef\xbb\xbf" + case("ok", "print('bom is fine')\n"),
        "crlf_line_endings_ok": lambda: case("ok", b"x = 1\r\nif x:\r\n    print('crlf', x)\r\n"),
        "no_final_newline_ok": lambda: case("ok", b"x = 2\nprint(x * 21)"),
        "form_feed_ok": lambda: case("ok", b"\x0cx = 1\n\x0cprint(x)\n"),
        # Nesting far beyond any sane limit must be an error, not a stack overflow.
        "nested_brackets_10k": lambda: case("type=SyntaxError line=2", nested("[", "]", 10000)),
        "nested_brackets_100k": lambda: case("type=SyntaxError line=2", nested("(", ")", 100000)),
        "nested_braces_10k": lambda: case("type=SyntaxError line=2", nested("{'k': ", "}", 10000)),
        "nested_unclosed_100k": lambda: case("type=SyntaxError line=2", "x = " + "[" * 100000 + "\n"),
        "nested_parens_50_ok": lambda: case("ok", nested("(", ")", 50) + "print(x)\n"),
        "nested_lists_50_ok": lambda: case("ok", nested("[", "]", 50) + "print(len(str(x)))\n"),
        "deep_ifs_500": lambda: case("type=SyntaxError|IndentationError py=IndentationError",
                                     deep_ifs(500)),
        "deep_ifs_50_ok": lambda: case("ok", deep_ifs(50)),
        "unary_minus_100k": lambda: case(
            "type=SyntaxError|MemoryError|RecursionError line=2 py=MemoryError|RecursionError",
            "x = " + "-" * 100000 + "1\nprint(x)\n"),
        "not_chain_100k": lambda: case(
            "type=SyntaxError|MemoryError|RecursionError line=2 py=MemoryError|RecursionError",
            "x = " + "not " * 100000 + "True\nprint(x)\n"),
        "binop_chain_100k": lambda: case(
            "type=SyntaxError|MemoryError|RecursionError line=2 py=MemoryError|RecursionError",
            "x = 1" + " + 1" * 100000 + "\nprint(x)\n"),
        "call_chain_10k": lambda: case("type=SyntaxError|MemoryError|RecursionError line=4",
                                       "def f(x):\n    return x\nx = " + "f(" * 10000 + "1"
                                       + ")" * 10000 + "\n"),
        # Large but legal programs.
        "string_literal_10mb_ok": lambda: case("ok time=20", "x = '" + "a" * 10_000_000
                                               + "'\nprint(len(x), x[:3], x[-3:])\n"),
        "long_line_1m_items_ok": lambda: case("ok time=20", "x = [" + "1, " * 1_000_000
                                              + "]\nprint(len(x), sum(x))\n"),
        "long_identifier_ok": lambda: case("ok", "v" * 100000 + " = 5\nprint(" + "v" * 100000
                                           + " * 2)\n"),
        "many_lines_ok": lambda: case("ok time=20", "x = 0\n" + "x += 1\n" * 200000 + "print(x)\n"),
        "many_functions_ok": lambda: case("ok time=20", "".join(
            "def f%d(a):\n    return a + %d\n" % (i, i) for i in range(5000))
            + "print(f0(1) + f4999(1))\n"),
        "huge_decimal_literal": lambda: case("type=SyntaxError|ValueError line=2 py=SyntaxError",
                                             "x = " + "7" * 100000 + "\nprint(1)\n"),
        "huge_hex_literal_ok": lambda: case("ok", "x = 0x" + "f" * 100000
                                            + "\nprint(x % 1000003, x & 255)\n"),
        "many_string_escapes_ok": lambda: case("ok", "s = '" + "\\x41\\n" * 100000
                                               + "'\nprint(len(s), s[:4])\n"),
    }


def main(argv):
    table = cases()
    if len(argv) == 2 and argv[1] == "--list":
        print("\n".join(table))
        return 0
    if len(argv) < 2:
        print(__doc__)
        return 2
    outdir, names = argv[1], argv[2:] or list(table)
    os.makedirs(outdir, exist_ok=True)
    for name in names:
        if name not in table:
            print("gen.py: no case named %r" % name, file=sys.stderr)
            return 2
        with open(os.path.join(outdir, name + ".py"), "wb") as f:
            f.write(table[name]())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

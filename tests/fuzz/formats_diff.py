#!/usr/bin/env python3
# Differential replay for fuzz_formats: what each input gives (a value or
# the exception's type and message) under the interpreter running this
# script. Run it with python3 and with gilpy on the same folders and diff:
# the check module's assertions hold in both, but a wrong answer or
# message only shows against CPython.
#   tests/fuzz/formats_diff.py DIR... > py.out
#   build/bin/gilpy tests/fuzz/formats_diff.py DIR... > gp.out; diff py.out gp.out
# It reads the check module out of fuzz_formats.c and converts each file's
# bytes as fuzz_vm_check_text does (UTF-8, else a byte's Latin-1 code point).
import csv
import io
import os
import struct
import sys
import time
from datetime import datetime

_here = os.path.dirname(os.path.abspath(__file__))


def _check_module():
    src = []
    for line in open(os.path.join(_here, 'fuzz_formats.c')):
        s = line.strip()
        if s.startswith('"') and (s.endswith('"') or s.endswith('";')):
            src.append(eval(s.rstrip(';')))  # a C string literal of the check
    ns = {}
    exec(''.join(src), ns)
    return ns


C = _check_module()


def _text(b):
    out, i = [], 0
    while i < len(b):
        c, k = b[i], 1
        k = 1 if c < 0x80 else 2 if c >> 5 == 6 else 3 if c >> 4 == 14 else 4 if c >> 3 == 30 else 0
        try:
            s = b[i:i + k].decode('utf-8') if k > 1 else None
        except UnicodeDecodeError:
            s = None
        if s is not None and len(s) == 1:
            out.append(s)
            i += k
        else:
            out.append(chr(c))
            i += 1
    return ''.join(out)


def _o(f):
    try:
        return repr(f())
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)


def _csv(t):
    kw = C['_csv_dialect'](ord(t[0]) if t else 0)
    return [_o(lambda: list(csv.reader(io.StringIO(t[1:], newline=''), **kw)))]


def _struct(t):
    fmt, _, rest = t.partition('\0')
    buf = rest.encode('utf-8')
    return [_o(lambda: struct.calcsize(fmt)), _o(lambda: struct.unpack(fmt, buf)),
            _o(lambda: struct.unpack_from(fmt, buf, len(buf) // 2)),
            _o(lambda: list(struct.iter_unpack(fmt, buf)))]


def _argparse(t):
    argv = t[1:].split(' ') if len(t) > 1 else []
    p = C['_PARSERS'][ord(t[0]) & 1 if t else 0]
    err, out = sys.stderr, sys.stdout
    sys.stderr = sys.stdout = io.StringIO()
    try:
        r = _o(lambda: sorted(vars(p.parse_args(argv)).items()))
    except SystemExit as e:
        r = 'SystemExit: %s' % e.code
    finally:
        said = sys.stderr.getvalue()
        sys.stderr, sys.stdout = err, out
    return [r, repr(said)]


def _strptime(t):
    s, nul, fmt = t.partition('\0')
    if not nul:
        formats = C['_DATE_FORMATS']
        fmt = formats[ord(s[0]) % len(formats)] if s else '%Y'
        s = s[1:]
    return [_o(lambda: datetime.strptime(s, fmt)), _o(lambda: tuple(time.strptime(s, fmt)))]


def _number(t):
    base = ord(t[0]) % 37 if t else 10
    return [_o(lambda: float(t)), _o(lambda: int(t)),
            _o(lambda: int(t[1:], 0 if base == 1 else base))]


def _format(t):
    values = C['_VALUES']
    v = values[ord(t[0]) % len(values)] if t else 0
    spec = t[1:]
    if C['_huge'](spec):
        return []
    r = [_o(lambda: format(v, spec)), _o(lambda: spec.format(v, v, a=v))]
    for args in ((v,), (v, v), {'a': v}):
        r.append(_o(lambda: spec % args))
        r.append(_o(lambda: spec.encode('utf-8') % args))
    return r


_READERS = (_csv, _struct, _argparse, _strptime, _number, _format)

for d in sys.argv[1:]:
    for name in sorted(os.listdir(d)):
        t = _text(open(os.path.join(d, name), 'rb').read())
        if t:
            for r in _READERS[ord(t[0]) % len(_READERS)](t[1:]):
                print(name, r)

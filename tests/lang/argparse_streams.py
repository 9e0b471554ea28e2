# argparse: help and usage into a file object, an error caught with
# stderr swapped for a StringIO, and a subclass overriding error().
import argparse
import io
import sys

p = argparse.ArgumentParser(prog='io')
p.add_argument('--n', type=int, help='a number')
buf = io.StringIO()
p.print_help(buf)
p.print_usage(file=buf)
print(repr(buf.getvalue()))
saved = sys.stderr
sys.stderr = io.StringIO()
try:
    p.parse_args(['--n', 'x'])
except SystemExit as e:
    captured = sys.stderr.getvalue()
    sys.stderr = saved
    print('exit', e.code, repr(captured))


class Raising(argparse.ArgumentParser):
    def error(self, message):
        raise ValueError(message)


r = Raising(prog='raising')
r.add_argument('x', choices=['a', 'b'])
for argv in (['c'], [], ['a', 'b']):
    try:
        r.parse_args(argv)
    except ValueError as e:
        print('ValueError:', e)

# stderr: full
# argparse: corner cases: help's %-keys, subcommand errors and -h, glued
# values on flags, negative-number options, allow_abbrev=False,
# fromfile_prefix_chars, SUPPRESSed usage, groups inside groups.
import argparse
import os
import sys
import tempfile


def attempt(p, argv):
    try:
        print(p.parse_args(argv))
    except SystemExit as e:
        print('exit', e.code)
    sys.stdout.flush(); sys.stderr.flush()
p = argparse.ArgumentParser(prog='top')
p.add_argument('--lst', default=[1, 2], help='list %(default)s %(type)s %(const)s %(dest)s %(metavar)s %(nargs)s %(required)s %(option_strings)s')
p.add_argument('-x', action='store_true')
p.add_argument('--fl', type=float, default=1.5, help='f %(default).2f')
sp = p.add_subparsers(dest='cmd')
a = sp.add_parser('a', help='the a', description='A desc')
a.add_argument('need')
a.add_argument('--k', choices=['1', '2'], required=True)
p.print_help()
attempt(p, ['a'])
attempt(p, ['a', 'n', '--k', '3'])
attempt(p, ['a', 'n', '--k', '1', 'extra'])
attempt(p, ['-x=1'])
attempt(p, ['-xy'])
attempt(p, ['a', '-h'])
attempt(p, ['-x', '-x', 'a', 'z', '--k=2'])
q = argparse.ArgumentParser(prog='neg')
q.add_argument('-1', dest='one', action='store_true')
q.add_argument('n', nargs='?')
attempt(q, ['-1'])
attempt(q, ['-2'])
r = argparse.ArgumentParser(prog='abbr', allow_abbrev=False)
r.add_argument('--long', action='store_true')
attempt(r, ['--lo'])
attempt(r, ['--long'])
s = argparse.ArgumentParser(prog='pf', fromfile_prefix_chars='@')
s.add_argument('--a')
s.add_argument('rest', nargs='*')
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'args.txt')
    with open(path, 'w') as f:
        f.write('--a\nfromfile\npos1\n')
    attempt(s, ['@' + path, 'pos2'])
attempt(s, ['@no_such_argparse_args_file'])
t = argparse.ArgumentParser(prog='desc', description='x ' * 60, epilog='%(prog)s epilog')
t.add_argument('--a-very-long-option-name', metavar='SOMETHING_LONG', help='y ' * 50)
t.add_argument('--b', help='short help\n\nwith  gaps\tand tabs')
t.print_help()
print(repr(t.format_help()[-30:]))
u = argparse.ArgumentParser(prog='nohelp', add_help=False, usage=argparse.SUPPRESS)
u.add_argument('x')
u.print_help()
print(repr(u.format_usage()))
attempt(u, [])
v = argparse.ArgumentParser(prog='grp')
g = v.add_argument_group('G')
m = g.add_mutually_exclusive_group()
m.add_argument('--p', action='store_true')
m.add_argument('--q', action='store_true')
v.add_argument('--long-option-after', nargs='+', metavar='VALUE')
v.print_help()
attempt(v, ['--p', '--q'])
attempt(v, ['--q', '--p'])
w = argparse.ArgumentParser(prog='w')
w.add_argument('--c', action='count')
w.add_argument('--v', action='version', version='1.0')
w.add_argument('--e', action='extend', nargs='*')
attempt(w, ['--c', '--c', '--e', 'a', '--e'])
attempt(w, ['--c=3'])
print(w.parse_known_args(['--zz=3', 'x', '-q']))
attempt(w, ['--', '--'])

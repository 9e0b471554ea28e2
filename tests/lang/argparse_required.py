# stderr: full
# argparse: required options and positionals, required mutually exclusive
# groups and required subcommands report what is missing.
import argparse

p = argparse.ArgumentParser(prog='req')
p.add_argument('--must', required=True)
p.add_argument('a')
p.add_argument('b', nargs='+')
for argv in ([], ['x'], ['--must', 'm', 'x']):
    try:
        p.parse_args(argv)
    except SystemExit as e:
        print('exit', e.code)
q = argparse.ArgumentParser(prog='mx')
g = q.add_mutually_exclusive_group(required=True)
g.add_argument('--on', action='store_true')
g.add_argument('--off', action='store_true')
g.add_argument('--hidden', action='store_true', help=argparse.SUPPRESS)
q.print_usage()
try:
    q.parse_args([])
except SystemExit as e:
    print('exit', e.code)
s = argparse.ArgumentParser(prog='sub')
sp = s.add_subparsers(required=True)
sp.add_parser('go')
sp.add_parser('stop')
try:
    s.parse_args([])
except SystemExit as e:
    print('exit', e.code)
try:
    s.parse_args(['went'])
except SystemExit as e:
    print('exit', e.code)
s2 = argparse.ArgumentParser(prog='sub2')
sp2 = s2.add_subparsers(dest='cmd', required=True)
sp2.add_parser('go')
s2.parse_args([])

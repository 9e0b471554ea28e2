# stderr: full
# argparse: the standard error messages, caught as SystemExit(2) with the
# usage and "prog: error: ..." on stderr.
import argparse
import sys

p = argparse.ArgumentParser(prog='err')
p.add_argument('-n', type=int)
p.add_argument('--mode', choices=['a', 'b'])
p.add_argument('--pair', nargs=2)
p.add_argument('--opt', nargs='?')
p.add_argument('--plus', nargs='+')
p.add_argument('--flag', action='store_true')
p.add_argument('--float', type=float)
p.add_argument('--verbose', action='store_true')
p.add_argument('--version2', action='store_true')
p.add_argument('name')
m = p.add_mutually_exclusive_group()
m.add_argument('--yes', action='store_true')
m.add_argument('--no', action='store_true')
cases = [[], ['x', '--bogus'], ['x', 'y'], ['x', '-n', 'q'], ['x', '--mode', 'z'],
         ['x', '-n'], ['x', '--pair', '1'], ['x', '--plus'], ['x', '--yes', '--no'],
         ['x', '--float', 'nan?'], ['x', '--ver'], ['x', '--flag=1'], ['x', '-n', '1', '-n'],
         ['x', '--mode']]
for argv in cases:
    try:
        p.parse_args(argv)
    except SystemExit as e:
        print(argv, 'exit', e.code)
        sys.stderr.flush()

# stderr: full
# argparse: parse_intermixed_args lets positionals and options mix, and
# parse_known_intermixed_args returns what neither pass took.
import argparse

p = argparse.ArgumentParser(prog='mix')
p.add_argument('--foo')
p.add_argument('-v', action='store_true')
p.add_argument('cmd')
p.add_argument('rest', nargs='*', type=int)
argv = 'doit 1 --foo bar 2 -v 3'.split()
print(p.parse_known_args(argv))
print(p.parse_intermixed_args(argv))
print(p.parse_known_intermixed_args(argv + ['--zz']))
print(p.usage, [a.nargs for a in p._actions])
r = argparse.ArgumentParser(prog='req')
r.add_argument('--must', required=True)
r.add_argument('x', nargs='+')
print(r.parse_intermixed_args(['a', '--must', 'm', 'b']))
for bad in (['a', 'b'], ['--must', 'm'], ['a', '--must', 'm', '--what']):
    try:
        r.parse_intermixed_args(bad)
    except SystemExit as e:
        print('exit', e.code)
s = argparse.ArgumentParser(prog='sub')
s.add_argument('x', nargs=argparse.REMAINDER)
try:
    s.parse_intermixed_args([])
except TypeError as e:
    print('TypeError:', e)

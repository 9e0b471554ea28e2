# argparse: argument groups as titled help sections, mutually exclusive
# groups in usage and help.
import argparse

p = argparse.ArgumentParser(prog='grp', description='groups demo')
g = p.add_argument_group('network', 'options for the network')
g.add_argument('--host', default='localhost', help='the host')
g.add_argument('--port', type=int, default=80, help='the port')
o = p.add_argument_group('output')
o.add_argument('--fmt', choices=['json', 'text'], help='format')
m = p.add_mutually_exclusive_group()
m.add_argument('-v', '--verbose', action='store_true', help='more')
m.add_argument('-q', '--quiet', action='store_true', help='less')
r = p.add_mutually_exclusive_group(required=True)
r.add_argument('--foo', action='store_true')
r.add_argument('--bar', type=int)
p.add_argument('target')
p.print_help()
print(p.parse_args(['--foo', 't', '-v', '--port', '8080']))
print(p.parse_args(['--bar', '3', 't']))
one = argparse.ArgumentParser(prog='one')
g1 = one.add_mutually_exclusive_group(required=True)
g1.add_argument('--only', action='store_true')
g1.add_argument('--hidden', action='store_true', help=argparse.SUPPRESS)
g2 = one.add_mutually_exclusive_group()
g2.add_argument('--a', metavar='(x)')
g2.add_argument('--b', action='store_true')
one.print_usage()
print(one.parse_args(['--only']))
# an explicit value equal to the default still conflicts, unless CPython's
# int() hands back the very default object (small ints are cached)
same = argparse.ArgumentParser(prog='same')
sm = same.add_mutually_exclusive_group()
sm.add_argument('--a', type=int, default=1)
sm.add_argument('--big', type=int, default=300)
sm.add_argument('--f', type=float, default=1.5)
sm.add_argument('--b', action='store_true')
print(same.parse_args(['--a', '1', '--b']))
for words in (['--big', '300', '--b'], ['--f', '1.5', '--b']):
    try:
        same.parse_args(words)
    except SystemExit as e:
        print('exit', e.code)

# argparse: set_defaults, get_default, argument_default, parse_args with
# an existing namespace, parse_known_args and SUPPRESS defaults.
import argparse

p = argparse.ArgumentParser(prog='d', argument_default=argparse.SUPPRESS)
p.add_argument('--a', type=int)
p.add_argument('--b', default=5)
p.set_defaults(extra='yes', b=6)
print(p.parse_args([]))
print(p.get_default('b'), p.get_default('extra'), p.get_default('a'), p.get_default('zz'))
ns = argparse.Namespace(a=1, z=0)
print(p.parse_args(['--b', '9'], namespace=ns) is ns, ns)
q = argparse.ArgumentParser(prog='k')
q.add_argument('--x')
q.add_argument('pos', nargs='?')
print(q.parse_known_args(['--x', '1', '--y', '2', 'p', 'q']))
print(q.parse_known_args(['-z']))
class C:
    pass
c = C()
q.parse_args(['--x', 'v'], namespace=c)
print(c.x, c.pos)

# argparse: positionals and optionals from an explicit list, the Namespace
# they fill (repr, equality, vars, `in`).
import argparse

p = argparse.ArgumentParser(prog='demo')
p.add_argument('src')
p.add_argument('dst')
p.add_argument('-v', '--verbose', action='store_true')
p.add_argument('-n', '--count', type=int, default=1)
p.add_argument('--name', dest='who', default='world')
ns = p.parse_args(['a.txt', '-v', 'b.txt', '--count', '3'])
print(ns)
print(vars(ns))
print(ns.src, ns.dst, ns.verbose, ns.count, ns.who)
print('src' in ns, 'nope' in ns)
print(ns == argparse.Namespace(src='a.txt', dst='b.txt', verbose=True, count=3, who='world'))
print(ns == argparse.Namespace(src='x'), ns != argparse.Namespace())
print(p.parse_args(['x', 'y']))
print(argparse.Namespace(**{'a-b': 1, 'c': 2}))
print(argparse.Namespace())

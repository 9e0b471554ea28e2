# argparse: subcommands with dest=, help=, aliases=, set_defaults(func=)
# and the parent's and children's help.
import argparse


def do_add(ns):
    print('adding', ns.x + ns.y)


def do_list(ns):
    print('listing', ns.all)


p = argparse.ArgumentParser(prog='git2')
p.add_argument('--debug', action='store_true')
sub = p.add_subparsers(dest='command', help='sub-command help')
a = sub.add_parser('add', help='add two numbers', aliases=['plus'])
a.add_argument('x', type=int)
a.add_argument('y', type=int)
a.set_defaults(func=do_add)
ls = sub.add_parser('list', help='list things')
ls.add_argument('--all', action='store_true', help='everything')
ls.set_defaults(func=do_list)
sub.add_parser('quiet')
for argv in (['add', '1', '2'], ['--debug', 'plus', '3', '4'], ['list', '--all']):
    ns = p.parse_args(argv)
    print(sorted(k for k in vars(ns)), ns.command, ns.debug)
    ns.func(ns)
print(p.parse_args([]))
print(p.parse_args(['quiet']))
p.print_help()
a.print_help()
ls.print_usage()

# expect: type=tool line=none exit=2
# argparse: a subcommand that is not one of the choices exits 2.
import argparse

p = argparse.ArgumentParser(prog='tool')
sub = p.add_subparsers(dest='cmd')
sub.add_parser('start')
sub.add_parser('stop')
p.parse_args(['restart'])

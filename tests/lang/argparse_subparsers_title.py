# argparse: add_subparsers(title=, description=, required=) makes a
# titled section; subparser prog includes the parent's positionals.
import argparse

p = argparse.ArgumentParser(prog='tool')
p.add_argument('config')
sub = p.add_subparsers(title='commands', description='what to run',
                       dest='cmd', required=True, metavar='CMD')
run = sub.add_parser('run', help='run it')
run.add_argument('--times', type=int, default=1)
sub.add_parser('stop', help='stop it')
p.print_help()
print(run.prog)
run.print_help()
print(p.parse_args(['c.ini', 'run', '--times', '2']))

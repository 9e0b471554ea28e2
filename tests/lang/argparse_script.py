# args: --threads 4 --size=1000 -q run fib 30
# argparse: the shape of a benchmark script's main(): parse sys.argv,
# dispatch on a subcommand.
import argparse
import sys


def build_parser():
    parser = argparse.ArgumentParser(description='Run a benchmark workload.')
    parser.add_argument('--threads', type=int, default=1, help='worker threads')
    parser.add_argument('--size', type=int, default=100, help='problem size')
    parser.add_argument('-q', '--quiet', action='store_true', help='less output')
    sub = parser.add_subparsers(dest='command', required=True)
    run = sub.add_parser('run', help='run one workload')
    run.add_argument('workload', choices=['fib', 'sort', 'nbody'])
    run.add_argument('args', nargs='*', type=int)
    sub.add_parser('list', help='list workloads')
    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    print(args)
    if args.command == 'run':
        print('running %s with %s on %d threads' % (args.workload, args.args, args.threads))
    return 0


if __name__ == '__main__':
    build_parser().print_help()
    sys.exit(main())

# argparse: print_help for an ordinary parser (description, epilog,
# positionals, options, metavars, %(default)s and %(prog)s in help).
import argparse

p = argparse.ArgumentParser(prog='tool', description='Process some integers.',
                            epilog='See the manual for more.')
p.add_argument('integers', metavar='N', type=int, nargs='+',
               help='an integer for the accumulator')
p.add_argument('--sum', dest='accumulate', action='store_const',
               const=sum, default=max,
               help='sum the integers (default: find the max)')
p.add_argument('-o', '--output', metavar='FILE', default='out.txt',
               help='write to FILE (default: %(default)s)')
p.add_argument('-q', action='store_true', help='%(prog)s stays quiet')
p.add_argument('--level', choices=['a', 'b'], help='one of %(choices)s')
p.add_argument('--secret', help=argparse.SUPPRESS)
p.add_argument('--nohelp')
p.print_help()
print('---')
print(p.format_usage(), end='')
p.print_usage()

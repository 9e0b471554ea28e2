# argparse: metavar as a string and a tuple, in usage and help; dest and
# choices as metavars; nargs forms in usage.
import argparse

p = argparse.ArgumentParser(prog='mv')
p.add_argument('--point', nargs=2, metavar=('X', 'Y'), help='a point')
p.add_argument('--star', nargs='*', help='any number')
p.add_argument('--star2', nargs='*', metavar=('A', 'B'), help='two metavars')
p.add_argument('--plus', nargs='+', metavar='P', help='at least one')
p.add_argument('--opt', nargs='?', help='maybe one')
p.add_argument('--three', nargs=3, help='exactly three')
p.add_argument('--pick', choices=[1, 2, 3], type=int, help='choice')
p.add_argument('-s', '--long-name', dest='ln', help='dest differs')
p.add_argument('in_file', metavar='INPUT', help='input')
p.add_argument('rest', nargs=argparse.REMAINDER, help='the rest')
p.print_help()
print(p.parse_args(['i', 'a', '--b', '-c']))
print(p.parse_args(['--point', '1', '2', 'i']))

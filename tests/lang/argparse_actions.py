# argparse: every built-in action kind.
import argparse

p = argparse.ArgumentParser(prog='acts')
p.add_argument('--const', action='store_const', const=42)
p.add_argument('-t', action='store_true')
p.add_argument('-f', action='store_false')
p.add_argument('--inc', action='append')
p.add_argument('--py', dest='kinds', action='append_const', const=str)
p.add_argument('--int', dest='kinds', action='append_const', const=int)
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('--ext', action='extend', nargs='+', type=int)
p.add_argument('--flag', action=argparse.BooleanOptionalAction, default=True)
print(p.parse_args([]))
print(p.parse_args(['--const', '-t', '-f', '--inc', 'a', '--inc', 'b']))
print(p.parse_args(['--py', '--int', '--py', '-vvv', '--verbose']))
print(p.parse_args(['--ext', '1', '2', '--ext', '3', '--no-flag']))
print(p.parse_args(['--flag', '-v', '-v']))
d = []
q = argparse.ArgumentParser()
q.add_argument('--x', action='append', default=d)
print(q.parse_args(['--x', '1']), d)

# argparse: type= int, float, any callable; string defaults go through
# type=, non-string ones do not; choices.
import argparse


def pair(s):
    a, b = s.split(',')
    return (int(a), int(b))


p = argparse.ArgumentParser(prog='types')
p.add_argument('--i', type=int, default='7')
p.add_argument('--f', type=float, default=0.5)
p.add_argument('--p', type=pair)
p.add_argument('--up', type=str.upper, default='low')
p.add_argument('--mode', choices=['fast', 'slow'], default='fast')
p.add_argument('--lvl', type=int, choices=range(1, 4))
p.add_argument('n', type=int, nargs='*')
print(p.parse_args([]))
print(p.parse_args(['--i', '3', '--f', '2.5', '--p', '1,2', '1', '2', '3']))
print(p.parse_args(['--up', 'abc', '--mode', 'slow', '--lvl', '2']))
print(p.parse_args(['--i=-4', '--f=-1e3']))

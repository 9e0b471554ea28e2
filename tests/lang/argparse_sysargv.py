# args: --count 3 -v input.txt
# argparse: parse_args() reads sys.argv[1:], prog is the script's name.
import argparse

p = argparse.ArgumentParser(description='reads sys.argv')
p.add_argument('--count', type=int)
p.add_argument('-v', action='store_true')
p.add_argument('file')
print(p.parse_args())
print(p.prog)
print(p.format_usage(), end='')

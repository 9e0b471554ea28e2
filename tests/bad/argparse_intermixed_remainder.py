# expect: type=TypeError line=8
# argparse: parse_intermixed_args cannot share words out to a REMAINDER
# positional, and says so with a TypeError.
import argparse

p = argparse.ArgumentParser(prog='tool')
p.add_argument('rest', nargs=argparse.REMAINDER)
p.parse_intermixed_args(['a', '-x'])

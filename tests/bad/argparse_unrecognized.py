# expect: type=tool line=none exit=2
# argparse: an unknown option is reported on stderr after the usage, and
# the program exits with status 2.
import argparse

p = argparse.ArgumentParser(prog='tool')
p.add_argument('--known')
p.parse_args(['--bogus'])
print('not reached')

# expect: type=tool line=none exit=2
# argparse: an abbreviation that matches two long options exits 2.
import argparse

p = argparse.ArgumentParser(prog='tool')
p.add_argument('--verbose', action='store_true')
p.add_argument('--version-file')
p.parse_args(['--ver'])

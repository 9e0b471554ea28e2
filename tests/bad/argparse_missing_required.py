# expect: type=tool line=none exit=2
# argparse: missing positionals exit 2 naming them.
import argparse

p = argparse.ArgumentParser(prog='tool')
p.add_argument('src')
p.add_argument('dst')
p.parse_args([])

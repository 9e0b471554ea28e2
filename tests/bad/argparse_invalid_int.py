# expect: type=tool line=none exit=2
# argparse: a value type=int cannot convert exits 2 ("invalid int value").
import argparse

p = argparse.ArgumentParser(prog='tool')
p.add_argument('-n', type=int)
p.parse_args(['-n', 'x'])

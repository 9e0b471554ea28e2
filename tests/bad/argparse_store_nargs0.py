# expect: type=ValueError line=7
# argparse: a store action that takes no values is a programming error,
# raised by add_argument.
import argparse

p = argparse.ArgumentParser(prog='tool')
p.add_argument('--x', nargs=0)

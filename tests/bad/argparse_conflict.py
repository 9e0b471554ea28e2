# expect: type=argparse.ArgumentError line=7
# argparse: two arguments with the same option string raise ArgumentError.
import argparse

p = argparse.ArgumentParser(prog='tool')
p.add_argument('-x')
p.add_argument('-x', '--extra')

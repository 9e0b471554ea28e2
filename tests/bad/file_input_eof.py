# expect: type=EOFError line=4
# input() with nothing left on stdin.
import sys
name = input('name: ')

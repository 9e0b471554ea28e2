# With nothing on stdin: read() is '', readline() is '', input() raises
# EOFError after writing its prompt.
import sys

print(repr(sys.stdin.read()), repr(sys.stdin.readline()), list(sys.stdin))
try:
    input('name? ')
except EOFError as e:
    print('|', e)

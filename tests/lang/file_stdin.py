# stdin-text: first line\nsecond: 2 3\nthird ünïcode\r\nfourth\nfifth\nlast without newline
# input() reads a line (without its newline) after writing the prompt;
# sys.stdin reads the rest: readline, iteration, read; EOFError at the end.
import sys

print(repr(sys.stdin), sys.stdin.encoding, sys.stdin.fileno(), sys.stdin.readable())
a = input()
b = input('prompt> ')
print()
print(repr(a), repr(b), sum(int(x) for x in b.split(':')[1].split()))
print(repr(input()))
print(repr(sys.stdin.readline()))
for line in sys.stdin:
    print('line', repr(line))
    break
print(repr(sys.stdin.read()))
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
try:
    input('at eof> ')
except EOFError as e:
    print()
    print(type(e).__name__, e)

# sys.stdout.write and flush, as benchmark programs print their rows, mixed
# with print() in order; sys.stderr takes diagnostics; print(file=...) works
# with both.
import sys

write = sys.stdout.write
n = write('no newline, ')
print(n, 'chars, then print')
for row in range(3):
    sys.stdout.write('%d:' % row + '*' * row + '\n')
print(write('caf\u00e9 \U0001f600\n'))
sys.stdout.flush()
print('to stdout via file=', file=sys.stdout)
print('to stderr via file=', file=sys.stderr)
sys.stderr.write('diagnostic\n')
sys.stderr.flush()
try:
    sys.stdout.write(42)
except TypeError as e:
    print('TypeError:', e)
print(write(''), sys.stdout is sys.stdout, sys.stdout is not sys.stderr)
digits = '3141592653589793238462643383279502884197'
for i in range(0, len(digits), 10):
    sys.stdout.write(digits[i:i + 10] + '\t:%d\n' % (i + 10))

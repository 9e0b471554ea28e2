# Concatenating and repeating empty lists: the result has no item array,
# and offsetting a NULL array (even by 0) was undefined behaviour the
# sanitizers caught (fuzz_formats, through argparse's list sums).
a = []
print(a + [], [] + a, a + [1], [1] + a)
print(a * 5, 5 * a, a * 0, [1, 2] * 0, [1, 2] * 2)
b = []
b += a
b *= 3
print(b, len(b))
c = [7]
c *= 0
print(c)
print(sum([[], [], [1], []], []))

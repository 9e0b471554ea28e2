# Slicing strings: every combination of start/stop/step, negative, out of range.
s = 'abcdefghij'
print(s[:], s[2:], s[:3], s[2:5], s[-3:], s[:-3], s[-5:-2], s[5:2], s[100:], s[:100], s[-100:3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[2:8:-1], s[-1:-4:-1], s[::3], s[::100])
print(s[3:3], s[len(s):], s[-1:], s[:-100], s[7::-3], s[:3:-1], s[None:None:None], s[None:2])
print(s[2**64:], s[-2**64:2], s[::2**64], s[True:], s[:False])
for start in [None, -12, -3, 0, 4, 11]:
    for stop in [None, -12, -2, 0, 6, 11]:
        for step in [None, 1, 2, 3, -1, -2, -4]:
            print(s[start:stop:step], end=',')
    print()
try:
    s[::0]
except ValueError as e:
    print('ValueError', e)
print(''[1:5], ''[::-1], 'é€😀x'[1:3], 'é€😀x'[::-1])

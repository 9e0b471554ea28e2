# stdin-text: 3\n10 20 30\nalpha beta\n\ngamma\n
# The competitive-programming shapes: input() for a count, then
# `for line in sys.stdin` to the end (a blank line included).
import sys

n = int(input())
nums = list(map(int, input().split()))
print(n, nums, sum(nums))
words = []
for line in sys.stdin:
    words.extend(line.split())
print(words, len(words))
print(repr(sys.stdin.readline()))

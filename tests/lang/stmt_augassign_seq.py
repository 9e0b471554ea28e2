# Augmented assignment on sequences, subscripts and dict entries.
s = 'ab'
s += 'cd'
s *= 2
print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
lst *= 2
print(lst, alias is lst)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
nums = [10, 20, 30]
nums[0] += 5
nums[1] -= 5
nums[2] *= 2
nums[-1] //= 7
print(nums)
d = {'a': 1, 'b': 2.5, 'c': 'x'}
d['a'] += 10
d['b'] **= 2
d['c'] += 'y'
d['a'] <<= 2
d['a'] >>= 1
d['a'] %= 7
d['a'] &= 0xf
d['a'] |= 0x10
d['a'] ^= 1
d['b'] /= 2
print(d)
calls = []


def idx(i):
    calls.append(i)
    return i


arr = [0, 0, 0]
arr[idx(1)] += 1
print(arr, calls)
grid = [[1, 2], [3, 4]]
grid[1][0] += 100
print(grid)
counts = {}
for w in 'a b a c b a'.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)

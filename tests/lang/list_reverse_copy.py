# list.reverse (in place) and list.copy (shallow).
a = [1, 2, 3, 4]
print(a.reverse(), a)
b = []
b.reverse()
c = [1]
c.reverse()
print(b, c)
orig = [[1], 2]
cp = orig.copy()
print(cp == orig, cp is orig, cp[0] is orig[0])
cp.append(3)
cp[0].append('shared')
print(orig, cp)
alias = a
alias.reverse()
print(a)
print([1, 2, 3][::-1] == list(reversed([1, 2, 3])))

# list.append and list.pop (default, positive, negative index), growth and shrink.
lst = []
for i in range(10):
    lst.append(i * i)
print(lst, len(lst))
print(lst.pop(), lst.pop(0), lst.pop(-1), lst.pop(2), lst.pop(-3), lst)
lst.append([1, 2])
lst.append(lst[0])
lst.append(None)
print(lst)
r = lst.append('x')
print(r)
big = []
for i in range(100000):
    big.append(i)
total = 0
while big:
    total += big.pop()
print(total, big)
q = [1, 2, 3]
print(q.pop(0), q.pop(0), q.pop(0), q)
try:
    q.pop()
except IndexError as e:
    print('IndexError', e)
s = [1]
s.append(2)
print(s)

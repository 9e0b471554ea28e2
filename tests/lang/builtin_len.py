# len of every sized built-in type.
print(len(''), len('abc'), len('héllo'), len('😀😀'), len('\n\t'))
print(len([]), len([1, [2, 3]]), len(()), len((1,)), len({}), len({'a': 1, 'b': 2}))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0)), len(range(-5, 5, 2)))
d = {'x': 1}
print(len(d.keys()), len(d.values()), len(d.items()))
lst = list(range(1000))
print(len(lst), len(lst[::7]), len(str(2**100)), len([0] * 10**5))
lst.append(1)
del lst[0]
lst.pop()
print(len(lst))
for bad in [5, 2.5, None, True]:
    try:
        len(bad)
    except TypeError as e:
        print('TypeError', e)

# while loops, with else (runs unless the loop breaks).
n = 5
while n > 0:
    n -= 1
else:
    print('else ran, n =', n)
n = 5
while n > 0:
    n -= 1
    if n == 2:
        break
else:
    print('not printed')
print('broke at', n)
while False:
    print('never')
else:
    print('else of a loop that never ran')
i = 0
total = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    total += i
else:
    print('sum of evens', total)
count = 0
while True:
    count += 1
    if count >= 1000:
        break
print(count)
a, b = 0, 1
while b < 1000:
    a, b = b, a + b
print(a, b)
outer = 0
while outer < 3:
    inner = 0
    while inner < 3:
        if inner == outer:
            break
        inner += 1
    else:
        print('inner else', outer)
    outer += 1
print('done', outer)

# A small Mandelbrot set in ASCII, the way benchmark programs write it.
def mandel(c, limit=50):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return i
    return limit


chars = ' .:-=+*#%@'
for y in range(-12, 13):
    row = []
    for x in range(-39, 21):
        n = mandel(complex(x / 20, y / 10))
        row.append(chars[min(n, 49) * len(chars) // 50])
    print(''.join(row).rstrip())
total = sum(mandel(complex(x / 10, y / 10)) for x in range(-20, 6) for y in range(-10, 11))
print('iterations', total)

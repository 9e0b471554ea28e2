# Nested replacement fields inside format specs.
w = 10
p = 3
x = 3.14159265
n = 1234567
for width in [1, 5, 12]:
    print(f'[{x:{width}.{p}f}] [{n:>{width}}] [{n:{width},}]')
for prec in range(0, 5):
    print(f'{x:.{prec}f} {x:{w}.{prec}f}|')
align = '<'
print(f'[{n:{align}{w}}]')
fill = '*'
print(f'[{"s":{fill}^{w}}]')
spec = '>8.2f'
print(f'[{x:{spec}}]')
print(f'{x:{w - 2}.{p + 1}f}')

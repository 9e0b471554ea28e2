# f-strings: expressions, nested quotes, brace escapes, concatenation.
x = 42
name = 'gil'
items = [1, 2, 3]
d = {'k': 'v', 'n': 5}
print(f'{x}')
print(f"{x} and {name}")
print(f'{x + 1} {x * 2} {x // 5} {x % 5} {-x}')
print(f'{items} {items[0]} {items[-1]} {len(items)}')
print(f"{d['k']} {d['n'] + 1}")
print(f'{name.upper()} {name[1:]}')
print(f'{{literal braces}} {{{x}}}')
print(f'{x}{x}{x}')
print(f'')
print(f'no fields')
print(f'{3.5} {1/3} {True} {None} {2**70}')
print(f'{"nested double"}')
print(F'capital F {x}')
print(f'a' f'{x}' 'b' f"{name}")
print(f'{x if x > 10 else 0}')
print(f'{[i * i for i in range(4)]}')
print(f'{x == 42} {x != 42} {not x}')
print(f'{"a" + "b"!r}')
print(f'{(1, 2)} {()}')
y = 7
print(f'''triple {y}
second line {y + 1}''')
print(f'{x}' * 2)
print(rf'raw \n {x}', fr'{x} \t')

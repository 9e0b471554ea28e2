# Format specs applied to strings (width, alignment, fill, precision).
for s in ['', 'a', 'gil', 'longer text']:
    print(f'[{s:>8}] [{s:<8}] [{s:^8}] [{s:*^9}] [{s:.2}] [{s:6.3}] [{s}]')
print(f'{"x":->5}{"y":-<5}')
print(f'[{"é":>4}] [{"中文":^6}]')
print(f'[{"abc":3}] [{"abcd":3}]')

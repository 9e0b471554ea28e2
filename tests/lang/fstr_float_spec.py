# Format specs applied to floats in f-strings.
values = [0.0, 3.14159, -3.14159, 2.5, 1234567.891, 0.000123, 1e22, -0.0, 1.0, 99.995]
for x in values:
    print(f'[{x:.2f}] [{x:8.3f}] [{x:.0f}] [{x:,.2f}] [{x:>10.1f}] [{x:<10.4f}]')
    print(f'[{x:e}] [{x:.3e}] [{x:g}] [{x:.3g}] [{x:+.1f}] [{x:010.2f}]')
for p in [0.0, 0.5, 0.123, 0.1234, 1.0, 2.5, -0.25, 0.0005]:
    print(f'{p:.1%} {p:.0%} {p:%} {p:8.2%}')
print(f'{2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f} {2.675:.2f} {1.005:.2f}')
print(f'{1e300:.2f}'[:20], len(f'{1e300:.2f}'))
print(f'{float("inf"):.2f} {float("-inf"):8.1f} {float("nan"):.3f}')
print(f'{float("inf"):%} {float("inf"):e} {float("nan"):g}')
print(f'{1234.5:,} {1234.5:_} {0.1 + 0.2} {1e16:.1f}')
print(f'{3.0:g} {1e-5:g} {1e16:g} {123456789.0:g} {0.0001:g}')
print(f'{5:.2f} {-5:.1f} {10**20:.1f}')
print(f'{12.5:*^12.2f}|{12.5:^9}|{-12.5:=9.1f}')

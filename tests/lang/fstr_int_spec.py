# Format specs applied to ints in f-strings.
values = [0, 7, -7, 42, 1234, -1234, 1234567, -9876543210, 2**63, -2**64, 10**25]
for n in values:
    print(f'[{n:d}] [{n:,}] [{n:>8}] [{n:<8}] [{n:^8}] [{n:08d}]')
    print(f'[{n:+d}] [{n: d}] [{n:_}] [{n:12,}] [{n:>12,d}] [{n:=+10}]')
for n in [0, 5, 255, -255, 4096, 2**64 + 1]:
    print(f'{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#o} {n:#b} {n:08b} {n:#010x}')
print(f'{1000000:_d} {1000000:,d} {0:,}')
print(f'{True:d} {False:>3}')
print(f'{42:*^10} {42:->6} {42:.<6}')
print(f'{7:3}|{7:<3}|{-7:3}|{-7:03}')
print(f'{123:f} {123:.2f} {123:e} {123:%}')

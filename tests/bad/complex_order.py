# expect: type=TypeError line=3
# complex numbers have no order
print(1j < 2j)

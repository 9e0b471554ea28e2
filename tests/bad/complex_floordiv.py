# expect: type=TypeError line=3
# complex has no floor division since 3.10
print(1j // 2)

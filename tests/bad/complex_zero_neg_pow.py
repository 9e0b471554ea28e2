# expect: type=ZeroDivisionError line=3
# 0j to a negative power
print(0j ** -1)

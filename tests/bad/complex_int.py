# expect: type=TypeError line=3
# int() takes no complex
print(int(1 + 0j))

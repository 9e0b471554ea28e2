# expect: type=ValueError line=3
# three-argument pow() of a complex
print(pow(1j, 2, 3))

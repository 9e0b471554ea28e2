# expect: type=SyntaxError line=3
# A parenthesized name is not a name target: CPython names it "name".
print(((x) := 1))

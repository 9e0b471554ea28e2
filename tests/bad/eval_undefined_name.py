# expect: type=NameError line=4
# A name eval cannot find in the given globals, locals or builtins.
scope = {"a": 1}
print(eval("a + b", scope))

# expect: type=NotImplementedError line=3 py=ok
# compile()'s interactive mode, which prints expression values.
code = compile("1 + 1", "<input>", "single")
exec(code)

# compile(source, filename, 'single'): the interactive mode, where an
# expression statement prints its value's repr (None prints nothing) and
# keeps it in builtins._; more than one statement is a SyntaxError.
exec(compile("1 + 1", "<input>", "single"))
exec(compile("x = 5; x * 2", "<input>", "single"))
exec(compile("'text'", "<input>", "single"))
print(_)
exec(compile("None", "<input>", "single"))
exec(compile("[i * i for i in range(4)]", "<input>", "single"))
exec(compile("for i in range(3): i\n", "<input>", "single"))
exec(compile("def f():\n    42\n", "<input>", "single"))
f()
ns = {}
exec(compile("y = 7", "<input>", "single"), ns)
print(ns["y"])
try:
    compile("a = 1\nb = 2\n", "<input>", "single")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno)
code = compile("divmod(7, 2)", "<input>", "single")
print(code.co_filename)
exec(code)

# expect: type=TypeError line=4
e = ValueError("v")
e.__notes__ = ("a",)
e.add_note("b")

# expect: type=TypeError line=3
e = ValueError("v")
e.add_note(42)

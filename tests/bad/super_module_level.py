# expect: type=RuntimeError line=2
super()

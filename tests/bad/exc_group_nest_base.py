# expect: type=TypeError line=2
ExceptionGroup("m", [ValueError(), KeyboardInterrupt()])

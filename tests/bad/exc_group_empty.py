# expect: type=ValueError line=2
BaseExceptionGroup("m", [])

# ExceptionGroup construction checks, str/repr, isinstance relations.
tests = [
 "BaseExceptionGroup(1, [ValueError()])",
 "BaseExceptionGroup('m', 5)",
 "BaseExceptionGroup('m', [])",
 "BaseExceptionGroup('m', [1])",
 "BaseExceptionGroup('m', {ValueError()})",
 "ExceptionGroup('m', [KeyboardInterrupt()])",
 "BaseExceptionGroup('m')",
 "BaseExceptionGroup('m', [ValueError()], 3)",
 "BaseExceptionGroup(message='m', exceptions=[ValueError()])",
 "type(BaseExceptionGroup('m', [KeyboardInterrupt()]))",
 "type(BaseExceptionGroup('m', (ValueError(),)))",
 "repr(ExceptionGroup('m', (ValueError(1),)))",
 "str(ExceptionGroup('m', (ValueError(1),)))",
 "str(ExceptionGroup('m', (ValueError(1),ValueError(2))))",
 "ExceptionGroup('m', (ValueError(1),)).args",
 "ExceptionGroup('m', [ValueError(1),]).exceptions",
 "ExceptionGroup.__mro__", "ExceptionGroup.__module__", "repr(ExceptionGroup)",
 "ExceptionGroup('m', [ValueError(1)]).subgroup(5)",
 "ExceptionGroup('m', [ValueError(1)]).split(int)",
 "ExceptionGroup('m', [ValueError(1)]).__dict__",
 "ExceptionGroup('m', [ValueError(1)]).message",
 "issubclass(ExceptionGroup, Exception), issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(BaseExceptionGroup, Exception)",
]
for s in tests:
    try: print(s, '->', repr(eval(s)))
    except Exception as e: print(s, '!!', type(e).__name__, e)
class M(BaseExceptionGroup, Exception): pass
try: M('x',[KeyboardInterrupt()])
except Exception as e: print(type(e).__name__, e)
class N(ExceptionGroup): pass
try: N('x',[KeyboardInterrupt()])
except Exception as e: print(type(e).__name__, e)

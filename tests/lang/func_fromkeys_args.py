# dict.fromkeys: positional-only arguments with CPython's messages.
from collections import OrderedDict
print(dict.fromkeys('ab'), dict.fromkeys('ab', 1), OrderedDict.fromkeys('a'))
for call in [lambda: dict.fromkeys(), lambda: dict.fromkeys(value=1), lambda: dict.fromkeys(1, 2, 3)]:
    try: call()
    except TypeError as e: print(e)

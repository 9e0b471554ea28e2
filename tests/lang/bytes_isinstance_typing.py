# bytes as a type: isinstance, type(), typing
from typing import AnyStr, Union, Optional, List
print(isinstance(b'', bytes), isinstance('', bytes), isinstance(b'', str), issubclass(bytes, object))
print(type(b'x') is bytes, bytes.__name__, repr(bytes), str(bytes))
print(AnyStr.__constraints__, AnyStr)
print(Union[str, bytes], Optional[bytes], List[bytes], bytes | None, list[bytes])
def concat(a: AnyStr, b: AnyStr) -> AnyStr:
    return a + b
print(concat(b'x', b'y'), concat('x', 'y'))
print(isinstance(b'', (str, bytes)), type(bytes()).__name__)

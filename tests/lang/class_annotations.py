"""Annotations of a module and of class bodies are kept in __annotations__,
evaluated in order; those inside functions and of attributes are not."""
from typing import ClassVar, List, Optional

count: int = 0
names: List[str]
print(__annotations__, count, __doc__.split()[0])


def trace(x):
    print('evaluated', x)
    return x


class Config:
    """Settings."""
    debug: trace(bool) = False
    level: trace('int')
    tags: ClassVar[List[str]] = []
    if True:
        nested: Optional[str] = None

    def method(self) -> None:
        local: int = 5
        self.attr: str = 'x'
        print(local, self.attr)


print(Config.__annotations__, Config.__doc__, Config.debug, Config.nested, hasattr(Config, 'level'))
Config().method()


class Child(Config):
    extra: float = 1.5


print(Child.__annotations__, Child.debug, 'debug' in Child.__dict__)


class Plain:
    x = 1


print('__annotations__' in Plain.__dict__)


def outer():
    class Inner:
        a: int = 1
        b: str
    return Inner


print(outer().__annotations__)

# Methods, static and class methods, async defs, generators and nested
# defs keep their annotations too; decorators see the annotated function.
import asyncio
from typing import Iterator, Optional


def show(fn):
    print(fn.__name__, fn.__annotations__)
    return fn


class Repo:
    @show
    def find(self, key: str) -> Optional[int]:
        return None

    @staticmethod
    @show
    def make(n: int) -> 'Repo':
        return Repo()

    @classmethod
    @show
    def build(cls, *items: int) -> 'Repo':
        return cls()


@show
async def fetch(url: str, timeout: float = 1.0) -> str:
    return url


@show
def count(n: int) -> Iterator[int]:
    yield from range(n)


print(Repo.find.__annotations__, Repo.make.__annotations__)
print(list(count(3)), asyncio.run(fetch('u')))

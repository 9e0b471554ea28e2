# Async comprehensions keep their variables to themselves, see closures
# and class-level names as other comprehensions do, and nest inside async
# generators and lambdas' callers.
import asyncio

async def arange(n):
    for i in range(n):
        yield i

async def gen_of_lists(n):
    for k in range(n):
        yield [i async for i in arange(k)]

def outer(factor):
    async def scaled(n):
        return [factor * i async for i in arange(n)]
    return scaled

async def main():
    i = "kept"
    print([i async for i in arange(3)], i)
    print([x async for x in gen_of_lists(3)])
    print(await outer(10)(3))
    funcs = [lambda i=i: i * 2 async for i in arange(3)]
    print([f() for f in funcs])
    pairs = {k: [v async for v in arange(k)] async for k in arange(3)}
    print(pairs)

asyncio.run(main())

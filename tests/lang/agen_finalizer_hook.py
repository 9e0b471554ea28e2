# An async generator dropped unfinished mid-program: the loop's finalizer
# hook schedules its aclose(), so its finally runs a few loop iterations
# later, while the main coroutine goes on.
import asyncio

async def numbers(tag):
    try:
        for i in range(10):
            yield i
    finally:
        print("finally", tag)

async def main():
    async for x in numbers("temporary"):
        if x == 1:
            break
    print("after break")
    for i in range(4):
        await asyncio.sleep(0)
        print("step", i)
    g = numbers("variable")
    print(await g.__anext__())
    del g
    for i in range(4):
        await asyncio.sleep(0)
        print("step", i)
    kept = numbers("kept")
    print(await kept.__anext__())
    print("main returns")

asyncio.run(main())
print("after run")

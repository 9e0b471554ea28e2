# expect: type=NotImplementedError line=any py=skip
# A failing task makes CPython raise an ExceptionGroup, which gilpy lacks.
import asyncio


async def failing():
    raise ValueError("bad")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(failing())

asyncio.run(main())

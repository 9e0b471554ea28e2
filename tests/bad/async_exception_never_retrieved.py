# expect: type=ValueError line=none exit=3
# A task's exception nobody retrieved is reported when the task goes
# ("Task exception was never retrieved"); the program goes on.
import asyncio
import sys


async def boom():
    raise ValueError("lost")


async def main():
    asyncio.create_task(boom())
    await asyncio.sleep(0.01)
    print("main done")

asyncio.run(main())
print("end")
sys.exit(3)

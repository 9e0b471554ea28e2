# An error while shutdown_asyncgens closes a generator goes to the loop's
# exception handler; the run still completes.
import asyncio

async def broken():
    try:
        yield 1
    finally:
        raise ValueError("cleanup failed")

def handler(loop, context):
    print("handler:", context["message"].split(" <")[0], repr(context["exception"]))

async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    g = broken()
    print(await g.__anext__())
    return g

asyncio.run(main())
print("run finished")

# The playful "sleep sort" and a rate-limited API client: tasks finish in
# order of their delays; loop.call_later and a Future set from a callback;
# run_in_executor and to_thread for blocking code.
import asyncio
import time


async def sleeper(n, out):
    await asyncio.sleep(n / 200)
    out.append(n)


async def sleep_sort(values):
    out = []
    await asyncio.gather(*(sleeper(v, out) for v in values))
    return out


def blocking_io(x):
    time.sleep(0.002)
    return x * 2


async def main():
    print(await sleep_sort([9, 3, 27, 1, 15]))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.005, fut.set_result, "timer fired")
    print(await fut)
    r1 = await loop.run_in_executor(None, blocking_io, 21)
    r2 = await asyncio.to_thread(blocking_io, 50)
    print(r1, r2)
    results = await asyncio.gather(*(asyncio.to_thread(blocking_io, i) for i in range(4)))
    print(results)
    task = asyncio.create_task(sleeper(1, []), name="named")
    await task
    print(task.get_name(), task.done(), task.result())

asyncio.run(main())

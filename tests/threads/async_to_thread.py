# asyncio.to_thread and run_in_executor: blocking functions run on threads
# while the event loop keeps running tasks, and a thread's completion wakes
# the waiting loop (which sleeps, the GIL released, until then).
import asyncio
import threading
import time

ready = threading.Event()


def waits_for_partner():
    # Only returns True if the other thread runs at the same time.
    return ready.wait(10)


def sets_after_a_while():
    time.sleep(0.2)
    ready.set()
    return "set"


def count(n):
    total = 0
    for i in range(n):
        total += i
    return total, threading.current_thread() is not threading.main_thread()


def fails():
    raise KeyError("in thread")


async def ticker():
    for i in range(3):
        await asyncio.sleep(0)
        print("tick", i)


async def main():
    res = await asyncio.gather(asyncio.to_thread(waits_for_partner),
                               asyncio.to_thread(sets_after_a_while), ticker())
    print(res)
    sums = await asyncio.gather(*(asyncio.to_thread(count, n) for n in (10, 20000, 300, 4)))
    print(sums)
    try:
        await asyncio.to_thread(fails)
    except KeyError as e:
        print("raised", e)
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, count, 5))
    print(await asyncio.wait_for(asyncio.to_thread(time.sleep, 0.01), 10))


asyncio.run(main())
print("threads left", threading.active_count())

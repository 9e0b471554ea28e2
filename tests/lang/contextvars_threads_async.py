# contextvars across threads and asyncio tasks: a thread starts with an
# empty context; a task runs in a copy of its creator's context, so a
# variable one task sets is not seen by another nor by the caller.
import asyncio
import contextvars
import threading

request = contextvars.ContextVar('request', default='none')
request.set('main')

seen = {}


def worker(n):
    seen[n] = [request.get()]
    request.set(f'thread-{n}')
    seen[n].append(request.get())


threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(sorted(seen.items()), request.get())

# a thread running ctx.run sees the context it was given
ctx = contextvars.copy_context()
out = []
th = threading.Thread(target=lambda: out.append(ctx.run(request.get)))
th.start()
th.join()
print(out)


async def handler(name, delay):
    before = request.get()
    request.set(name)
    await asyncio.sleep(delay)
    return before, request.get()


async def main():
    request.set('in-main')
    results = await asyncio.gather(handler('a', 0.02), handler('b', 0.01), handler('c', 0))
    print(results, request.get())
    t = asyncio.create_task(handler('d', 0))
    request.set('after-create')
    print(await t, request.get())
    own = contextvars.Context()
    t = asyncio.get_running_loop().create_task(handler('e', 0), context=own)
    print(await t, own[request], request.get())
    # call_soon runs a callback in a copy of the caller's context
    done = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(lambda: done.set_result(request.get()))
    print(await done)
    other = contextvars.Context()
    other.run(request.set, 'other-ctx')
    done = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(lambda: done.set_result(request.get()), context=other)
    print(await done)
    print(await asyncio.to_thread(request.get))
    return request.get()


print(asyncio.run(main()), request.get())

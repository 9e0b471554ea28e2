# Async generators in reference cycles: the collector finalizes them as
# refcounting does (closed at once without an event loop, through the
# loop's finalizer hook inside one); an error in the firstiter hook
# reaches the caller of __anext__.
import gc, asyncio
class Holder: pass
async def agen(h):
    h.me = None
    try:
        yield 1
        yield 2
    finally:
        print("finally runs")
def drive(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
h = Holder()
g = agen(h)
h.g = g
print(drive(g.__anext__()))
del g, h
gc.collect()
print("collected")
async def main():
    h = Holder()
    g = agen(h)
    h.g = g
    print(await g.__anext__())
    del g, h
    gc.collect()
    print("main end")
asyncio.run(main())
async def bad_hook_gen():
    yield 1
import sys
def hook(ag): raise ValueError("hook failed")
sys.set_asyncgen_hooks(firstiter=hook)
try:
    bad_hook_gen().__anext__()
except ValueError as e:
    print("hook error", e)
sys.set_asyncgen_hooks(None, None)

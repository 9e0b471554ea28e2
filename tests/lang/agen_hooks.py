# sys.set_asyncgen_hooks: the firstiter hook sees each async generator at
# its first iteration; the loop installs its own hooks only while running.
import asyncio
import sys

seen = []

def firstiter(agen):
    seen.append(agen.__name__)

async def gen_a():
    yield 1

async def gen_b():
    yield 2

def drive(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value

print(sys.get_asyncgen_hooks()[0] is None)
sys.set_asyncgen_hooks(firstiter=firstiter)
a = gen_a()
print("created", seen)
print(drive(a.__anext__()))
print(drive(gen_b().asend(None)))
drive(a.__anext__().__await__()) if False else None
print("seen", seen)
print(sys.get_asyncgen_hooks()[0] is firstiter)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks()[0] is None)
try:
    sys.set_asyncgen_hooks(firstiter=42)
except TypeError as e:
    print("TypeError:", e)

async def main():
    return sys.get_asyncgen_hooks()[0] is not None

print(asyncio.run(main()), sys.get_asyncgen_hooks()[0] is None)

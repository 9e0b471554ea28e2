/*
** heapq_py.c — heapq.merge, in Python as CPython's heapq.py writes it, run
** in the heapq module's dict over heapqmod.c's heap functions.
*/
#include "module.h"
#include "vm.h"

static const char heapq_src[] =
    "# heapq.merge as CPython's heapq.py writes it: entries [key, order, value,\n"
    "# next] in a heap, order breaking ties by the iterables' order. For reverse\n"
    "# CPython keeps a max-heap; here _Rev inverts the entries' order for the\n"
    "# min-heap functions, which pops the same entries in the same order.\n"
    "class _Rev:\n"
    "    __slots__ = ('e',)\n"
    "\n"
    "    def __init__(self, e):\n"
    "        self.e = e\n"
    "\n"
    "    def __lt__(self, other):\n"
    "        return other.e < self.e\n"
    "\n"
    "\n"
    "def merge(*iterables, key=None, reverse=False):\n"
    "    wrap = _Rev if reverse else (lambda e: e)\n"
    "    unwrap = (lambda w: w.e) if reverse else (lambda e: e)\n"
    "    direction = -1 if reverse else 1\n"
    "    h = []\n"
    "    for order, it in enumerate(map(iter, iterables)):\n"
    "        nxt = it.__next__\n"
    "        try:\n"
    "            value = nxt()\n"
    "        except StopIteration:\n"
    "            continue\n"
    "        if key is None:\n"
    "            h.append(wrap([value, order * direction, value, nxt]))\n"
    "        else:\n"
    "            h.append(wrap([key(value), order * direction, value, nxt]))\n"
    "    heapify(h)\n"
    "    while len(h) > 1:\n"
    "        try:\n"
    "            while True:\n"
    "                s = unwrap(h[0])\n"
    "                _, _, value, nxt = s\n"
    "                yield value\n"
    "                value = nxt()\n"
    "                s[0] = value if key is None else key(value)\n"
    "                s[2] = value\n"
    "                heapreplace(h, h[0])\n"
    "        except StopIteration:\n"
    "            heappop(h)\n"
    "    if h:\n"
    "        _, _, value, nxt = unwrap(h[0])\n"
    "        yield value\n"
    "        yield from nxt.__self__\n";

int gp_heapq_py_open(GpThread *t, GpObj *d) {
  return gp_module_run_source(t, d, heapq_src, "<heapq>");
}

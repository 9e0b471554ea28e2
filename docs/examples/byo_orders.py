# A researcher's own CPU-bound program, as a blog post on "threads vs
# processes" would write it: a small order-processing model (dataclasses,
# an Enum, collections) timed sequentially, on a thread pool and on a
# process pool. gilbench measures process_orders itself; see README.md,
# "Bring your own workload".
import time
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from enum import Enum


class Status(Enum):
    NEW = 1
    PAID = 2
    SHIPPED = 3


@dataclass
class Line:
    sku: str
    qty: int
    cents: int


@dataclass
class Order:
    number: int
    customer: str
    lines: list = field(default_factory=list)
    status: Status = Status.NEW

    def total(self):
        return sum(line.qty * line.cents for line in self.lines)


def make_order(i):
    order = Order(i, f"c{i % 97}")
    for k in range(1 + i % 4):
        order.lines.append(Line(f"sku{(i * 7 + k) % 50}", 1 + k, 100 + (i * 13 + k) % 900))
    order.status = Status((i % 3) + 1)
    return order


def process_orders(n):
    """Build n orders and summarise them; returns a checksum."""
    orders = [make_order(i) for i in range(n)]
    by_status = Counter(o.status for o in orders)
    revenue = defaultdict(int)
    for o in orders:
        revenue[o.customer] += o.total()
    top = sorted(revenue.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    return sum(v for _, v in top) + by_status[Status.PAID]


if __name__ == '__main__':
    n, tasks = 20_000, 2
    start = time.perf_counter()
    results = [process_orders(n) for _ in range(tasks)]
    seq = time.perf_counter() - start
    print(f"Sequential:   {seq:.2f}s")
    for name, pool in (("Threads", ThreadPoolExecutor), ("Processes", ProcessPoolExecutor)):
        start = time.perf_counter()
        with pool(max_workers=tasks) as ex:
            assert list(ex.map(process_orders, [n] * tasks)) == results
        t = time.perf_counter() - start
        print(f"{name + ':':13} {t:.2f}s ({seq / t:.1f}x)")

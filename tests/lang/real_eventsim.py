# A discrete-event simulation of a bank with tellers, driven by a heapq
# of (time, sequence, event) entries: seeded arrivals, service, balking
# when the line is long, and summary statistics at the end.
import heapq
import random
from collections import deque


class Simulation:
    def __init__(self, tellers, seed, max_line=6):
        self.rng = random.Random(seed)
        self.now = 0.0
        self.events = []
        self.seq = 0
        self.free = tellers
        self.line = deque()
        self.max_line = max_line
        self.waits = []
        self.balked = 0
        self.served = 0
        self.busy_time = 0.0
        self.log = []

    def schedule(self, delay, kind, who):
        self.seq += 1
        heapq.heappush(self.events, (self.now + delay, self.seq, kind, who))

    def arrive(self, who):
        if len(self.line) >= self.max_line:
            self.balked += 1
            self.note(f'{who} balks')
        elif self.free:
            self.free -= 1
            self.start(who, self.now)
        else:
            self.line.append((who, self.now))
        if who < 60:
            self.schedule(self.rng.expovariate(1.0), 'arrive', who + 1)

    def start(self, who, arrived):
        self.waits.append(self.now - arrived)
        service = self.rng.uniform(1.0, 4.5)
        self.busy_time += service
        self.schedule(service, 'depart', who)
        self.note(f'{who} served after {self.now - arrived:.2f}')

    def depart(self, who):
        self.served += 1
        if self.line:
            nxt, arrived = self.line.popleft()
            self.start(nxt, arrived)
        else:
            self.free += 1

    def note(self, text):
        if len(self.log) < 8:
            self.log.append(f'{self.now:7.3f} {text}')

    def run(self, until):
        self.schedule(0.0, 'arrive', 1)
        while self.events:
            time, _, kind, who = heapq.heappop(self.events)
            if time > until:
                break
            self.now = time
            getattr(self, kind)(who)
        return self


for tellers in (1, 2, 3):
    sim = Simulation(tellers, seed=2024).run(until=100.0)
    avg = sum(sim.waits) / len(sim.waits)
    print(f'tellers={tellers} served={sim.served} balked={sim.balked} '
          f'avg wait={avg:.3f} max wait={max(sim.waits):.3f} util={sim.busy_time / (100 * tellers):.1%}')
print('\n'.join(sim.log))

heap = []
for word in 'the event queue orders by time then by sequence number'.split():
    heapq.heappush(heap, (len(word), word))
print([heapq.heappop(heap) for _ in range(4)], heapq.nsmallest(2, heap), heapq.nlargest(2, heap))
h = [5, 1, 8, 3, 9, 2]
heapq.heapify(h)
print(h, heapq.heappushpop(h, 4), heapq.heapreplace(h, 7), sorted(h))

# A researcher's bank simulation: accounts guarded by a Lock, transfers
# that take two locks in a fixed order (no deadlock), an RLock-protected
# ledger whose methods call each other. Totals are deterministic.
import threading


class Account:
    def __init__(self, number, balance):
        self.number = number
        self.balance = balance
        self.lock = threading.Lock()

    def __repr__(self):
        return f"Account({self.number}, {self.balance})"


class Ledger:
    def __init__(self):
        self._lock = threading.RLock()
        self.entries = []

    def record(self, src, dst, amount):
        with self._lock:
            self.entries.append((src, dst, amount))
            self._check()

    def _check(self):
        with self._lock:  # re-entered from record(): an RLock allows it
            assert len(self.entries) > 0

    def count(self):
        with self._lock:
            return len(self.entries)


def transfer(a, b, amount, ledger):
    first, second = (a, b) if a.number < b.number else (b, a)
    with first.lock:
        with second.lock:
            if a.balance < amount:
                return False
            a.balance -= amount
            b.balance += amount
    ledger.record(a.number, b.number, amount)
    return True


def worker(accounts, ledger, seed, rounds, refused):
    n = len(accounts)
    for i in range(rounds):
        a = accounts[(seed * 7 + i) % n]
        b = accounts[(seed * 3 + i * 5 + 1) % n]
        if a is b:
            continue
        if not transfer(a, b, (i % 13) + 1, ledger):
            with refused_lock:
                refused.append(1)


refused_lock = threading.Lock()
accounts = [Account(i, 100) for i in range(6)]
ledger = Ledger()
refused = []
threads = [threading.Thread(target=worker, args=(accounts, ledger, s, 400, refused))
           for s in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()

total = sum(acc.balance for acc in accounts)
print("total conserved:", total == 600, total)
print("transfers + refused:", ledger.count() + len(refused))
print("no negative balance:", all(acc.balance >= 0 for acc in accounts))
print("locks free:", not any(acc.lock.locked() for acc in accounts))

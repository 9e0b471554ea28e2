# A bank simulation: accounts, a hierarchy of custom exceptions, transactions
# as context managers that roll back on error, and an audit log.
from contextlib import contextmanager


class BankError(Exception):
    """Base class of every error the bank raises."""


class InsufficientFunds(BankError):
    def __init__(self, account, needed):
        super().__init__(f'{account.owner} needs {needed - account.balance} more')
        self.account = account
        self.needed = needed


class AccountFrozen(BankError):
    pass


class LimitExceeded(BankError):
    def __init__(self, amount, limit):
        super().__init__(amount, limit)
        self.amount, self.limit = amount, limit

    def __str__(self):
        return f'{self.amount} is over the limit of {self.limit}'


class Account:
    def __init__(self, owner, balance=0, limit=1000):
        self.owner = owner
        self.balance = balance
        self.limit = limit
        self.frozen = False

    def withdraw(self, amount):
        if self.frozen:
            raise AccountFrozen(self.owner)
        if amount > self.limit:
            raise LimitExceeded(amount, self.limit)
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount

    def deposit(self, amount):
        if self.frozen:
            raise AccountFrozen(self.owner)
        self.balance += amount

    def __repr__(self):
        return f'Account({self.owner!r}, {self.balance})'


class Transaction:
    """Snapshot balances on entry; restore them if the block raises."""

    def __init__(self, bank, label):
        self.bank = bank
        self.label = label

    def __enter__(self):
        self.snapshot = {name: acc.balance for name, acc in self.bank.accounts.items()}
        self.bank.log.append(f'begin {self.label}')
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.bank.log.append(f'commit {self.label}')
            return False
        for name, balance in self.snapshot.items():
            self.bank.accounts[name].balance = balance
        self.bank.log.append(f'rollback {self.label}: {exc_type.__name__}')
        return issubclass(exc_type, BankError)


class Bank:
    def __init__(self):
        self.accounts = {}
        self.log = []

    def open(self, owner, balance=0, limit=1000):
        self.accounts[owner] = Account(owner, balance, limit)
        return self.accounts[owner]

    def transfer(self, src, dst, amount):
        with Transaction(self, f'{src}->{dst} {amount}'):
            self.accounts[dst].deposit(amount)
            self.accounts[src].withdraw(amount)

    def total(self):
        return sum(a.balance for a in self.accounts.values())


@contextmanager
def frozen(account):
    account.frozen = True
    try:
        yield account
    finally:
        account.frozen = False


@contextmanager
def audit(bank, name):
    before = bank.total()
    try:
        yield
    except KeyError as e:
        print(f'  audit {name}: no such account {e}')
    else:
        print(f'  audit {name}: total {before} -> {bank.total()}')


bank = Bank()
for owner, balance in [('ann', 500), ('ben', 120), ('cy', 0)]:
    bank.open(owner, balance)
bank.open('dee', 5000, limit=100)

with audit(bank, 'transfers'):
    bank.transfer('ann', 'ben', 200)
    bank.transfer('ben', 'cy', 1000)
    bank.transfer('dee', 'cy', 150)
    with frozen(bank.accounts['cy']) as acc:
        print('  frozen:', acc.owner, acc.frozen)
        bank.transfer('ann', 'cy', 10)
    print('  thawed:', bank.accounts['cy'].frozen)
    bank.transfer('cy', 'ann', 0)
print(sorted(bank.accounts.values(), key=lambda a: a.owner), bank.total())

with audit(bank, 'bad name'):
    bank.transfer('ann', 'zed', 5)
print(bank.accounts['ann'])

try:
    bank.accounts['ben'].withdraw(900)
except InsufficientFunds as e:
    print('InsufficientFunds:', e, e.needed)
except BankError as e:
    print(type(e).__name__, e, e.args)
try:
    bank.accounts['dee'].withdraw(101)
except (InsufficientFunds, LimitExceeded) as e:
    print(type(e).__name__, '-', e, '-', e.args, isinstance(e, BankError))

try:
    with Transaction(bank, 'crash'):
        bank.accounts['ann'].deposit(1)
        raise RuntimeError('power failure')
except RuntimeError as e:
    print('RuntimeError escaped:', e, bank.accounts['ann'].balance)
print('\n'.join(bank.log))
print([c.__name__ for c in LimitExceeded.__mro__])

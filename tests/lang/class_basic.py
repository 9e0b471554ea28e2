# Class and instance attributes, methods, bound methods.
class Account:
    bank = "GP"
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
    def deposit(self, n):
        self.balance += n
        return self
    def __repr__(self):
        return "Account(%r, %d)" % (self.owner, self.balance)
a = Account("ann")
a.deposit(5).deposit(10)
print(a, a.bank, Account.bank, a.balance)
m = a.deposit
print(m(1).balance, m.__self__ is a, m.__func__ is Account.deposit)
Account.bank = "X"
print(a.bank)
a.bank = "own"
print(a.bank, Account.bank)
del a.bank
print(a.bank)
print(Account.deposit(a, 100).balance)

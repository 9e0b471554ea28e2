# A small program: accounts in dicts, validation with exceptions, a transaction log.
accounts = {'alice': 100, 'bob': 50}
log = []


def transfer(src, dst, amount):
    if src not in accounts:
        raise KeyError(src)
    if dst not in accounts:
        raise KeyError(dst)
    if amount <= 0:
        raise ValueError('amount must be positive: ' + str(amount))
    if accounts[src] < amount:
        raise RuntimeError(f'insufficient funds in {src}: {accounts[src]} < {amount}')
    accounts[src] -= amount
    accounts[dst] += amount
    log.append((src, dst, amount))


for src, dst, amount in [('alice', 'bob', 30), ('bob', 'carol', 5), ('bob', 'alice', -1),
                         ('bob', 'alice', 500), ('bob', 'alice', 80), ('dave', 'bob', 1)]:
    try:
        transfer(src, dst, amount)
        print('ok', src, '->', dst, amount)
    except KeyError as e:
        print('unknown account', e)
    except (ValueError, RuntimeError) as e:
        print(type(e).__name__ + ':', e)
    finally:
        print('  balances', accounts)
print(log, sum(accounts.values()))

# Seed S1's cpu_task with n = 10**7: the total passes 2**63 near i = 3e6 (bignums).
def cpu_task(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


print(cpu_task(10_000_000))

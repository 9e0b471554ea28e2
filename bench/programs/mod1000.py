# Seed S1's cpu_work: total += i * i % 1000, n = 10**7.
def cpu_work(n):
    total = 0
    for i in range(n):
        total += i * i % 1000
    return total


print(cpu_work(10_000_000))

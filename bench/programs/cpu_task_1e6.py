# Seed S1's cpu_task with n = 10**6: the running total stays a small int.
def cpu_task(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


print(cpu_task(1_000_000))

# E6 time-slots. Claim (S2's table T1/T2/T3, S1's timeline): the GIL passes
# between threads in time slots. Expected: with 3 CPU-bound threads under
# gil=new and a 5 ms interval, each thread holds the GIL for about one
# interval in turn (the suite records the GIL trace and draws one lane per
# thread). Entry: squares(n), 3 threads, --trace.
from cpu_bound import squares

if __name__ == '__main__':
    from demo import compare
    compare(squares, (300_000,), 3)

# time's clocks by id (clock_gettime, _ns, clock_getres, the CLOCK_*
# constants), thread_time_ns and get_clock_info, with CPython's errors.
import time
for name in ('time', 'monotonic', 'perf_counter', 'process_time', 'thread_time'):
    print(name, time.get_clock_info(name))
a = time.clock_gettime(time.CLOCK_MONOTONIC)
b = time.clock_gettime_ns(time.CLOCK_MONOTONIC)
print(type(a).__name__, type(b).__name__, b >= int(a * 1e9) - 10**9)
print(time.clock_getres(time.CLOCK_REALTIME), time.clock_getres(time.CLOCK_THREAD_CPUTIME_ID))
print(time.thread_time_ns() >= 0, abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 1)
print(time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID, time.CLOCK_THREAD_CPUTIME_ID, time.CLOCK_BOOTTIME)
for bad in (lambda: time.get_clock_info('nope'), lambda: time.get_clock_info(3),
            lambda: time.clock_gettime(12345), lambda: time.clock_gettime('x'),
            lambda: time.clock_getres(-99)):
    try:
        bad()
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)

# E11 mixed. Claim (S1's summary table): threads help exactly as far as the
# work waits. Expected: for tasks whose CPU share is f (the rest an I/O wait),
# threads give a speedup ~ 1 / (f + (1 - f) / N) (Amdahl); processes ~ N.
# Entry: task(f, task_ms, per_us): f * task_ms of Python CPU work, then
# (1 - f) * task_ms in time.sleep; per_us is calibrate()'s iterations per
# microsecond, measured once by the suite (0: calibrate in this process).
import time
from cpu_bound import burn_us, calibrate  # calibrate: the suite's entry too


def task(f, task_ms, per_us=0.0):
    burn_us(f * task_ms * 1000.0, per_us)
    time.sleep((1.0 - f) * task_ms / 1000.0)
    return f


if __name__ == '__main__':
    from demo import compare
    for f in [0.0, 0.5, 1.0]:
        print(f"f = {f}:")
        compare(task, (f, 200.0), 4)

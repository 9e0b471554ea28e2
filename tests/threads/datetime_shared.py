# datetime from several threads: shared immutable objects, strptime,
# arithmetic; every thread's results must equal the single-threaded ones.
import threading
from datetime import datetime, timedelta, timezone, date
import time

base = datetime(2023, 6, 15, 12, tzinfo=timezone.utc)
step = timedelta(minutes=7, microseconds=3)


def work(k, out):
    acc = []
    d = base
    for i in range(120):
        d = d + step
        s = d.strftime('%Y-%m-%d %H:%M:%S.%f')
        back = datetime.strptime(s, '%Y-%m-%d %H:%M:%S.%f').replace(tzinfo=timezone.utc)
        acc.append((back == d, (d - base) // step, date.fromordinal(d.toordinal()).isoformat(),
                    time.strftime('%j', d.timetuple())))
    out[k] = acc


out = {}
ts = [threading.Thread(target=work, args=(k, out)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
ref = {}
work('ref', ref)
print(all(out[k] == ref['ref'] for k in range(4)), len(ref['ref']), ref['ref'][-1])

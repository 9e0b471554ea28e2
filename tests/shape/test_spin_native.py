#!/usr/bin/env python3
"""bench.spin_native releases the GIL: under --gil=new two threads spinning in
C run in parallel, at most 0.75x the time of the two calls in sequence."""
import shlib

gilpy = shlib.setup(need_cores=2)
shlib.check_ratio(gilpy, ["--gil=new"],
                  shlib.WORK + "import bench\nseq_vs_threads(bench.spin_native, 0.3, 2)\n",
                  "spin_native runs in parallel under gil=new", at_most=0.75, need_cores=2)

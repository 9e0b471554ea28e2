#!/usr/bin/env python3
"""Under --gil=none two CPU-bound threads run in parallel: together they take
at most 0.75x the time of the same two tasks one after the other."""
import shlib

gilpy = shlib.setup(need_cores=2)
shlib.check_ratio(gilpy, ["--gil=none"], shlib.WORK + "seq_vs_threads(work, 0.3, 2)\n",
                  "gil=none runs in parallel", at_most=0.75, need_cores=2)

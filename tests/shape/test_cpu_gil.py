#!/usr/bin/env python3
"""Under --gil=new two CPU-bound threads cannot overlap: together they take
at least 0.85x the time of running the same two tasks one after the other."""
import shlib

gilpy = shlib.setup(need_cores=1)
shlib.check_ratio(gilpy, ["--gil=new"], shlib.WORK + "seq_vs_threads(work, 0.3, 2)\n",
                  "gil=new serializes", at_least=0.85)

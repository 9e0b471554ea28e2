# e05_native_release.gp — E5: N tasks that run native code with the GIL
# released (bench.spin_native): threads scale like processes. Data: E5.tsv.
# needs: E5.tsv
# the folder of this script, wherever gnuplot is started
if (!exists("plots")) plots = system(sprintf("dirname '%s'", ARG0))
load plots . "/theme.gp"
eval output("e05_native_release")
eval titled("E5 native-release: native code that releases the GIL")

file = data . "/E5.tsv"
eval tsv
stats file using "workers" nooutput
nmax = STATS_max
keep(w) = strcol("impl") eq field(w, 1) && strcol("mode") eq field(w, 2)
label(w) = (field(w, 1) eq "cpython" ? "CPython " : "gilpy ") . field(w, 2)
style(w) = (field(w, 2) eq "threads" ? 1 : 2) + (field(w, 1) eq "cpython" ? 3 : 0)
ucols = '(column("workers")):(column("speedup")):(column("speedup_lo")):(column("speedup_hi"))'
cands = "gilpy:threads gilpy:procs cpython:threads cpython:procs"
ycol = "speedup"
eval select

set xrange [0.7:nmax + 0.3]
set xtics 1
set yrange [0:*]
set xlabel "workers N (tasks)"
set ylabel "speedup over sequential (median, 95% interval)"
# from N = 1 only: no speedup is defined below one task
cmd = idealplot
do for [k=1:nsel] { w = word(present, k); cmd = cmd . errclause("s", k, style(w), label(w)) }
eval cmd

# e11_mixed.gp — E11: speedup of N tasks that spend a fraction f of their
# time on the CPU and the rest waiting, against f; Amdahl's prediction for
# threads, 1 / (f + (1 - f) / N). Data: E11.tsv.
# needs: E11.tsv
# the folder of this script, wherever gnuplot is started
if (!exists("plots")) plots = system(sprintf("dirname '%s'", ARG0))
load plots . "/theme.gp"
eval output("e11_mixed")

file = data . "/E11.tsv"
eval tsv
stats file using "workers" nooutput
n = STATS_max
eval titled(sprintf("E11 mixed: N = %d tasks, CPU share f, the rest waiting", n))
keep(w) = strcol("impl") eq field(w, 1) && strcol("mode") eq field(w, 2)
label(w) = (field(w, 1) eq "cpython" ? "CPython " : "gilpy ") . field(w, 2)
style(w) = (field(w, 2) eq "threads" ? 1 : 2) + (field(w, 1) eq "cpython" ? 3 : 0)
ucols = '(column("arg0")):(column("speedup")):(column("speedup_lo")):(column("speedup_hi"))'
cands = "gilpy:threads gilpy:procs cpython:threads cpython:procs"
ycol = "speedup"
eval select

set xrange [-0.05:1.05]
set yrange [0:*]
set xlabel "CPU share f of each task"
set ylabel "speedup over sequential (median, 95% interval)"
amdahl(f) = 1 / (f + (1 - f) / n)
set samples 200
# f is a share: the curve only on [0, 1]
cmd = 'plot sample [x=0:1] amdahl(x) ls 9 title "Amdahl: 1 / (f + (1-f)/N)"'
do for [k=1:nsel] { w = word(present, k); cmd = cmd . errclause("s", k, style(w), label(w)) }
eval cmd

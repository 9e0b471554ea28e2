# e01_cpu_scaling.gp — E1 (and E10): speedup of N CPU-bound tasks over running
# them one after another, per mode; gilpy solid, CPython dashed; the ideal
# N/ceil(N/cores) line. Data: E1.tsv (E10.tsv adds the subinterpreter line).
# needs: E1.tsv
# the folder of this script, wherever gnuplot is started
if (!exists("plots")) plots = system(sprintf("dirname '%s'", ARG0))
load plots . "/theme.gp"
eval output("e01_cpu_scaling")
eval titled("E1 cpu-scaling: CPU-bound tasks, speedup over sequential")

file = data . "/E1.tsv"
eval tsv
stats file using "workers" nooutput
nmax = STATS_max

keep(w) = strcol("entry") eq "squares" && strcol("impl") eq field(w, 1) && strcol("mode") eq field(w, 2)
label(w) = (field(w, 1) eq "cpython" ? "CPython " : "gilpy ") . field(w, 2) . (field(w, 2) eq "subinterp" ? " (E10)" : "")
style(w) = (field(w, 2) eq "threads" ? 1 : field(w, 2) eq "procs" ? 2 : 3) + (field(w, 1) eq "cpython" ? 3 : 0)
ucols = '(column("workers")):(column("speedup")):(column("speedup_lo")):(column("speedup_hi"))'
cands = "gilpy:threads gilpy:procs cpython:threads cpython:procs"
ycol = "speedup"
eval select
n1 = nsel
p1 = present
# E10's subinterpreter line, when that experiment ran
if (system(sprintf("test -f '%s/E10.tsv' && echo 1", data)) eq "1") {
  file = data . "/E10.tsv"
  cands = "gilpy:subinterp"
  prefix = "t"
  eval select
}
n2 = prefix eq "t" ? nsel : 0
prefix = "s"

set xrange [0.7:nmax + 0.3]
set xtics 1
set yrange [0:*]
set xlabel "workers N (tasks)"
set ylabel "speedup over sequential (median, 95% interval)"
# from N = 1 only: no speedup is defined below one task
cmd = idealplot . ', 1 ls 9 dt 1 lw 1 lc rgb "#bbbbbb" title "no speedup"'
do for [k=1:n1] { cmd = cmd . errclause("s", k, style(word(p1, k)), label(word(p1, k))) }
do for [k=1:n2] { cmd = cmd . errclause("t", k, 3, "gilpy subinterp (E10)") }
eval cmd

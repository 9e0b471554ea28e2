# e12_process_cost.gp — E12: the time of N tasks, start-up included, against
# the length of one task, with threads and with processes (log-log); where
# the lines cross, processes start to pay off. Data: E12.tsv, summary.tsv.
# needs: E12.tsv
if (!exists("plots")) plots = "plots"
load plots . "/theme.gp"
eval output("e12_process_cost")
eval titled("E12 process-cost: threads or processes, by task length")

file = data . "/E12.tsv"
keep(w) = strcol("entry") eq "task_us" && strcol("impl") eq field(w, 1) && strcol("mode") eq field(w, 2)
label(w) = (field(w, 1) eq "cpython" ? "CPython " : "gilpy ") . field(w, 2)
style(w) = (field(w, 2) eq "threads" ? 1 : 2) + (field(w, 1) eq "cpython" ? 3 : 0)
ucols = '(column("arg0")):(column("total")):(column("ci_lo") + (column("total") - column("median"))):(column("ci_hi") + (column("total") - column("median")))'
cands = "gilpy:threads gilpy:procs cpython:threads cpython:procs"
ycol = "total"
eval select

set logscale xy 10
set format x "10^{%L}"
set format y "10^{%L}"
set xlabel "task length (µs of Python CPU work)"
set ylabel "time for the N tasks, start-up included (s)"
sfile = data . "/summary.tsv"
if (system(sprintf("grep -qs '^E12\tbreakeven_us' '%s' && echo 1", sfile)) eq "1") {
  eval tsv
  stats sfile using (strcol("key") eq "breakeven_us" ? column("value") : NaN) nooutput
  set arrow 5 from STATS_max, graph 0 to STATS_max, graph 1 nohead dt 3 lc rgb c_grey
  set label 5 sprintf(" processes win from ≈ %g µs", STATS_max) at STATS_max, graph 0.95 left font ",10"
  eval blocks
}
cmd = "plot NaN notitle"
do for [k=1:nsel] { w = word(present, k); cmd = cmd . clause("s", k, "using 1:2:3:4 with yerrorlines", style(w), label(w)) }
eval cmd

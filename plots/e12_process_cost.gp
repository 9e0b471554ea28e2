# e12_process_cost.gp — E12: the time of N tasks, start-up included, against
# the length of one task, with threads and with processes (log-log); where
# the lines cross, processes start to pay off. Data: E12.tsv, summary.tsv.
# needs: E12.tsv
# the folder of this script, wherever gnuplot is started
if (!exists("plots")) plots = system(sprintf("dirname '%s'", ARG0))
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
  set arrow 5 from STATS_max, graph 0 to STATS_max, graph 1 nohead ls 9
  # named in the key, not beside the line: there it ran into the key or off
  # the right edge when the crossing lies far right
  be = sprintf(STATS_max >= 100 ? "processes win from ≈ %.0f µs" : "processes win from ≈ %.3g µs", STATS_max)
  eval blocks
}
cmd = exists("be") ? sprintf('plot NaN ls 9 title "%s"', be) : "plot NaN notitle"
do for [k=1:nsel] { w = word(present, k); cmd = cmd . errclause("s", k, style(w), label(w)) }
eval cmd

# e09_thrash.gp — E9: the old GIL (gil=legacy) on 2 CPU-bound threads:
# sequential, both threads pinned to one core, spread over two cores
# (Beazley 2009: 24.6 s, 38.0 s, 45.5 s). Data: E9.tsv, summary.tsv.
# needs: E9.tsv
# the folder of this script, wherever gnuplot is started
if (!exists("plots")) plots = system(sprintf("dirname '%s'", ARG0))
load plots . "/theme.gp"
eval output("e09_thrash")
eval titled("E9 thrash: the old GIL, 2 CPU-bound threads on one core and on two")

file = data . "/E9.tsv"
slot(m, p) = m eq "seq" ? 0 : p eq "cores" ? 2 : 1
keep(w) = slot(strcol("mode"), strcol("pin")) == int(w) && strcol("gil") eq "legacy"
ucols = '(slot(strcol("mode"), strcol("pin"))):(column("median")):(column("ci_lo")):(column("ci_hi"))'
cands = "0 1 2"
ycol = "median"
eval select

set xrange [-0.6:2.6]
set yrange [0:*]
set xtics ("sequential" 0, "threads,\n1 core" 1, "threads,\n2 cores" 2)
set grid noxtics
set bmargin 4.5
set ylabel "time (s, median, 95% interval)"
set boxwidth 0.6
unset key
sfile = data . "/summary.tsv"
if (system(sprintf("grep -qs '^E9\ttwo_over_one' '%s' && echo 1", sfile)) eq "1") {
  eval tsv
  stats sfile using (strcol("key") eq "two_over_one" ? column("value") : NaN) nooutput
  set label 5 sprintf("2 cores / 1 core = %.2f×  (Beazley: 1.20×)", STATS_max) at graph 0.03, graph 0.95 left font ",11" front
  eval blocks
}
cmd = "plot 0 ls 9 notitle"
do for [k=1:nsel] {
  w = word(present, k)
  cmd = cmd . clause("s", k, "using 1:2:3:4:(0.3) with boxerrorbars", w eq "0" ? 6 : w eq "1" ? 1 : 2, "") . " fs solid 0.8"
  cmd = cmd . sprintf(', $s%d using 1:2:(sprintf("%%.3f s", $2)) with labels offset 4.5,0.6 font ",10" notitle', k)
}
eval cmd

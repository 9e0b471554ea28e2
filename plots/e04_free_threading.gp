# e04_free_threading.gp — E4: left, the speedup of N CPU-bound threads with
# no GIL (gil=none) and with the GIL (gil=new); right, one task's time under
# each model: the price of free threading. Data: E4.tsv, summary.tsv.
# needs: E4.tsv
# the folder of this script, wherever gnuplot is started
if (!exists("plots")) plots = system(sprintf("dirname '%s'", ARG0))
load plots . "/theme.gp"
eval output("e04_free_threading")

file = data . "/E4.tsv"
eval tsv
stats file using "workers" nooutput
nmax = STATS_max
keep(w) = strcol("mode") eq "threads" && strcol("gil") eq w
style(w) = w eq "none" ? 7 : 1
ucols = '(column("workers")):(column("speedup")):(column("speedup_lo")):(column("speedup_hi"))'
cands = "none new"
ycol = "speedup"
eval select
n1 = nsel
p1 = present
keep(w) = strcol("mode") eq "seq" && column("workers") == 1 && strcol("gil") eq w
ucols = '(strcol("gil") eq "none" ? 1 : 0):(1000 * column("median")):(1000 * column("ci_lo")):(1000 * column("ci_hi"))'
ycol = "median"
prefix = "t"
eval select
n2 = nsel
p2 = present
prefix = "s"
over = ""
sfile = data . "/summary.tsv"
if (system(sprintf("grep -qs '^E4\toverhead_pct' '%s' && echo 1", sfile)) eq "1") {
  eval tsv
  stats sfile using (strcol("key") eq "overhead_pct" ? column("value") : NaN) nooutput
  over = sprintf("%+.0f%%", STATS_max)
  if (over eq "-0%" || over eq "+0%") { over = "0%" }
  eval blocks
}

set multiplot title mtitle("E4 free-threading: no GIL runs threads in parallel, at a price") font ",14"
set origin 0, 0
set size 0.64, 0.9
set key inside top left box lc rgb "#cccccc" opaque
set xrange [0.7:nmax + 0.3]
set xtics 1
set yrange [0:*]
set xlabel "threads N"
set ylabel "speedup over sequential (median, 95% interval)"
cmd = idealplot
do for [k=1:n1] { w = word(p1, k); cmd = cmd . errclause("s", k, style(w), "threads, gil=" . w) }
eval cmd

set origin 0.64, 0
set size 0.36, 0.9
unset key
set xrange [-0.7:1.7]
set xtics ("gil=new" 0, "gil=none" 1)
set grid noxtics
set bmargin 4.5
set xlabel "one task, sequential"
set ylabel "time (ms, median, 95% interval)"
set boxwidth 0.6
if (strlen(over) > 0) { set label 5 "overhead " . over at graph 0.5, graph 0.97 center font ",11" front }
cmd = "plot 0 ls 9 notitle"
do for [k=1:n2] { w = word(p2, k); cmd = cmd . clause("t", k, "using 1:2:3:4:(0.3) with boxerrorbars", style(w), w) . " fs solid 0.8" }
eval cmd
unset multiplot

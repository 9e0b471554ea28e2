# e04_free_threading.gp — E4: left, the speedup of N CPU-bound threads with
# no GIL (gil=none) and with the GIL (gil=new), for each task (squares(), a
# loop over locals, solid; bodies(), objects and methods, dashed); right,
# one task's time under gil=none relative to gil=new: the price of free
# threading, per task. Data: E4.tsv, summary.tsv.
# needs: E4.tsv
# the folder of this script, wherever gnuplot is started
if (!exists("plots")) plots = system(sprintf("dirname '%s'", ARG0))
load plots . "/theme.gp"
eval output("e04_free_threading")

file = data . "/E4.tsv"
eval tsv
stats file using "workers" nooutput
nmax = STATS_max
# a series is "entry:gil"; the first task (squares) draws solid, others dashed
keep(w) = strcol("mode") eq "threads" && strcol("entry") eq field(w, 1) && strcol("gil") eq field(w, 2)
style(w) = field(w, 2) eq "none" ? (field(w, 1) eq "squares" ? 7 : 14) : (field(w, 1) eq "squares" ? 1 : 4)
ucols = '(column("workers")):(column("speedup")):(column("speedup_lo")):(column("speedup_hi"))'
cands = "squares:none squares:new bodies:none bodies:new"
ycol = "speedup"
eval select
n1 = nsel
p1 = present

# the overheads: E4's overhead_pct (squares) and overhead_pct_<entry>
sfile = data . "/summary.tsv"
n2 = 0
if (system(sprintf("grep -qs '^E4\toverhead_pct' '%s' && echo 1", sfile)) eq "1") {
  eval tsv
  isover(k) = strcol("experiment") eq "E4" && strstrt(k, "overhead_pct") == 1
  stats sfile using (isover(strcol("key")) ? 1 : 0) nooutput
  n2 = int(STATS_sum)
  row = 0
  set table $over
  plot sfile using (row = row + 1, row):(1 + column("value") / 100):(1 + column("lo") / 100):(1 + column("hi") / 100) with table if (isover(strcol("key")))
  unset table
  eval blocks
}
tasklabel(k) = k eq "overhead_pct" ? "squares()" : k[14:] . "()"

set multiplot title mtitle("E4 free-threading: no GIL runs threads in parallel, at a price") font ",14"
set origin 0, 0
set size 0.64, 0.9
# the key under the panel's axis label (both panels keep room for it):
# inside, it covered the lines near N = 2
set key at screen 0.32, screen 0.01 center bottom horizontal box lc rgb "#cccccc" font ",9" width -3
set bmargin 8
set xrange [0.7:nmax + 0.3]
set xtics 1
set yrange [0:*]
set xlabel "threads N"
set ylabel "speedup over sequential (median, 95% interval)"
cmd = idealplot
do for [k=1:n1] { w = word(p1, k); cmd = cmd . errclause("s", k, style(w), field(w, 1) . "(), gil=" . field(w, 2)) }
eval cmd

set origin 0.64, 0
set size 0.36, 0.9
unset key
set xrange [0.3:n2 + 0.7]
set yrange [0:*]
set grid noxtics
set bmargin 8
set xlabel "one task, sequential"
set ylabel "time under gil=none / gil=new (95% interval)"
set boxwidth 0.6
keys = system(sprintf("awk -F'\t' '$1 == \"E4\" && $2 ~ /^overhead_pct/ {print $2}' '%s'", sfile))
set xtics ()
do for [k=1:n2] { set xtics add (tasklabel(word(keys, k)) k) }
cmd = "plot 1 ls 9 notitle"
if (n2 > 0) { cmd = cmd . ", $over using 1:2:3:4:(0.3) with boxerrorbars lc rgb c_purple fs solid 0.8 notitle, $over using 1:4:(sprintf('%+.0f%%', 100 * ($2 - 1))) with labels offset 0,0.8 font ',11' notitle" }
eval cmd
unset multiplot

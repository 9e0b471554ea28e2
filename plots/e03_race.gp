# e03_race.gp — E3: updates lost by `counter += 1` in 2 threads, per GIL
# model, without and with a threading.Lock (bars: median; whiskers: min-max
# over the repetitions; the number on top). Data: E3.tsv.
# needs: E3.tsv
# the folder of this script, wherever gnuplot is started
if (!exists("plots")) plots = system(sprintf("dirname '%s'", ARG0))
load plots . "/theme.gp"
eval output("e03_race")
eval titled("E3 race: counter += 1 from 2 threads, updates lost")

file = data . "/E3.tsv"
# the designs of docs/gil-designs.md get slots only where the data has them
stats file using ((strcol("gil") eq "fifo" || strcol("gil") eq "priority" || strcol("gil") eq "fair") ? 1 : 0) nooutput
more = STATS_sum > 0
slot(g) = g eq "legacy" ? 0 : g eq "new" ? 1 : g eq "none" ? 2 : !more ? 3 : g eq "fifo" ? 3 : g eq "priority" ? 4 : g eq "fair" ? 5 : 6
keep(w) = (strcol("entry") eq "race") && (column("arg2") == real(w))
# the axis in millions (one tick format, not 1×10^6 beside 800000); the
# labels above the whiskers keep the exact count
ucols = '(slot(strcol("gil")) + (column("arg2") > 0.5 ? 0.2 : -0.2)):(column("result") / 1e6):(column("result_lo") / 1e6):(column("result_hi") / 1e6):(column("result"))'
# all the updates made (threads × updates each): what "all lost" would be
eval tsv
stats file using (strcol("entry") eq "race" ? column("arg0") * column("arg1") : NaN) nooutput
total = STATS_max
# 1234567 -> "1 234 567"
grp(n) = n < 1000 ? sprintf("%d", n) : grp(int(n / 1000)) . sprintf(" %03d", int(n) % 1000)
cands = "0 1"
ycol = "result"
eval select

set yrange [0:*]
if (more) {
  set xrange [-0.6:6.6]
  set xtics ("legacy\n(≤ 3.1)" 0, "new\n(≥ 3.2)" 1, "none\n(no GIL)" 2, "fifo\n(Ruby)" 3, "priority\n(bpo-7946)" 4, "fair\n(BFS)" 5, "CPython\n(real)" 6)
} else {
  set xrange [-0.6:3.6]
  set xtics ("legacy\n(CPython ≤ 3.1)" 0, "new\n(CPython ≥ 3.2)" 1, "none\n(free-threaded)" 2, "CPython\n(real)" 3)
}
unset xlabel
set ylabel "lost updates, millions (median; whiskers: min–max)"
set format y "%g"
set boxwidth 0.38
set grid noxtics
set bmargin 4.5
cmd = sprintf('plot %g ls 9 title "all %s updates"', total / 1e6, grp(total))
do for [k=1:nsel] {
  w = word(present, k)
  cmd = cmd . clause("s", k, "using 1:2:3:4:(0.19) with boxerrorbars", w eq "0" ? 2 : 1, w eq "0" ? "no lock" : "with a threading.Lock") . " fs solid 0.8"
  cmd = cmd . sprintf(', $s%d using 1:4:(grp($5)) with labels offset 0,0.7 font ",10" notitle', k)
}
eval cmd

# e07_switch_interval.gp — E7: GIL switches per second (left axis) and the
# run's time (right axis) against the switch interval (gil=new, left panel)
# and the check interval (gil=legacy, right panel: releases, which follow the
# interval, and hand-offs, which fall much faster); 2 CPU-bound threads.
# Data: E7.tsv.
# needs: E7.tsv
# the folder of this script, wherever gnuplot is started
if (!exists("plots")) plots = system(sprintf("dirname '%s'", ARG0))
load plots . "/theme.gp"
eval output("e07_switch_interval")

file = data . "/E7.tsv"
keep(w) = strcol("gil") eq w && strcol("impl") eq "gilpy"
ycol = "switches_per_s"
ucols = '(strcol("gil") eq "new" ? 1000 * column("switch_interval") : column("check_interval")):(column("switches_per_s")):(1000 * column("median")):(1000 * column("ci_lo")):(1000 * column("ci_hi")):(column("releases_per_s"))'
cands = "new legacy"
eval select

set multiplot layout 1, 2 title mtitle("E7 switch-interval: how often the GIL changes hands") font ",14"
set logscale x 10
set logscale y 10
set ytics nomirror
set y2tics nomirror
set y2range [0:*]
set ylabel "GIL events per second" tc rgb c_blue
set y2label "time, 2 threads (ms)" tc rgb c_red
# each key under its panel's axis label: inside, it covered a line at one
# end or the other
set bmargin 5.5
set key horizontal box lc rgb "#cccccc" font ",9"
set format y "10^{%L}"
set format x "%g"
do for [k=1:nsel] {
  w = word(present, k)
  set key at screen (k - 0.5) / 2, screen 0.01 center bottom
  if (w eq "new") {
    set xlabel "switch interval (ms), gil=new"
    cmd = sprintf('plot 1000 / x ls 9 title "1 / interval", $s%d using 1:2 with linespoints ls 1 title "switches/s", $s%d using 1:3:4:5 axes x1y2 with yerrorlines ls 2 title "time"', k, k)
  } else {
    set xlabel "check interval (instructions), gil=legacy"
    cmd = sprintf('plot $s%d using 1:6 with linespoints ls 1 title "releases/s", $s%d using 1:2 with linespoints ls 8 lc rgb c_blue title "hand-offs/s", $s%d using 1:3:4:5 axes x1y2 with yerrorlines ls 2 title "time"', k, k, k)
  }
  eval cmd
}
unset multiplot

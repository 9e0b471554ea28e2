# e14_convoy_designs.gp — E14: which GIL design fixes the convoy. Left: I/O
# operations per second of one thread beside k CPU-bound threads (log
# scale); right: what those k threads got done meanwhile (squares(chunk)
# calls per second). One line per design and switch interval (colour per
# design; solid: 5 ms, dashed: 100 ms, dotted: 1 ms; one key below both
# panels); whiskers: 95% interval of the median. Beside fifo at
# 100 ms, Ruby's GVL (ruby red, dash-dot, diamonds: its own 100 ms quantum),
# the reference fifo models; absent when Ruby was not measured.
# Data: E14_designs.tsv (report_e14.c).
# needs: E14_designs.tsv
# the folder of this script, wherever gnuplot is started
if (!exists("plots")) plots = system(sprintf("dirname '%s'", ARG0))
load plots . "/theme.gp"
eval output("e14_convoy_designs")

file = data . "/E14_designs.tsv"
# a series "design:interval_ms" ("-": the model has no interval)
keep(w) = strcol("gil") eq field(w, 1) && strcol("switch_interval_ms") eq field(w, 2)
name(d) = d eq "cpython" ? "CPython" : d
label(w) = field(w, 1) eq "ruby" ? "Ruby GVL (100 ms)" : \
           field(w, 2) eq "-" ? name(field(w, 1)) : name(field(w, 1)) . ", " . field(w, 2) . " ms"
# colour per design, dash per interval
set style line 21 lc rgb c_green lw 2 pt 9 ps 1.2 dt 1
set style line 22 lc rgb c_red lw 2 pt 5 ps 1.0 dt 1
set style line 23 lc rgb "#9B111E" lw 2.5 pt 12 ps 1.4 dt 4
do for [i=0:4] {
  col = word(sprintf("%s %s %s %s %s", c_blue, c_red, c_green, c_sky, c_black), i + 1)
  eval sprintf('set style line %d lc rgb "%s" lw 2 pt %d ps 1.0 dt 2', 31 + i, col, 4 + i)
  eval sprintf('set style line %d lc rgb "%s" lw 2 pt %d ps 1.0 dt 3', 41 + i, col, 4 + i)
}
base(d) = d eq "new" ? 0 : d eq "fifo" ? 1 : d eq "priority" ? 2 : d eq "fair" ? 3 : 4
style(w) = field(w, 1) eq "ruby" ? 23 : field(w, 1) eq "legacy" ? 8 : field(w, 1) eq "none" ? 7 : \
           field(w, 2) eq "100" ? 31 + base(field(w, 1)) : field(w, 2) eq "1" ? 41 + base(field(w, 1)) : \
           field(w, 1) eq "new" ? 1 : field(w, 1) eq "fifo" ? 22 : field(w, 1) eq "priority" ? 21 : \
           field(w, 1) eq "fair" ? 10 : 11
cands = "legacy:- none:-"
do for [d in "new fifo priority fair cpython"] { do for [s in "5 1 100"] { cands = cands . " " . d . ":" . s } }
cands = cands . " ruby:100"

prefix = "io"
ycol = "io"
ucols = '(column("k")):(column("io")):(column("io_lo")):(column("io_hi"))'
eval select
nio = nsel; pio = present
prefix = "cpu"
ycol = "cpu"
ucols = '(column("k")):(column("cpu")):(column("cpu_lo")):(column("cpu_hi"))'
eval select

# two panels side by side above a strip for the one key of both: inside a
# panel it covered data or squeezed the log scale; the strip holds four rows
# (17 series with Ruby's), below the panels' axis labels
set multiplot title mtitle("E14 convoy designs: an I/O thread beside k CPU-bound threads") font ",14"
set origin 0, 0.2
set size 0.5, 0.72
set xtics 1
set xrange [-0.3:*]
set xlabel "CPU-bound threads beside the I/O thread (k)"
unset key
set logscale y 10
set format y "10^{%L}"
set ylabel "I/O operations per second"
cmd = 'plot 200 ls 9 notitle'
do for [k=1:nio] { w = word(pio, k); cmd = cmd . errclause("io", k, style(w), label(w)) }
eval cmd
unset logscale y
set format y "%g"
set yrange [0:*]
set origin 0.5, 0.2
set ylabel "CPU threads' work (chunks per second, all k)"
cmd = 'plot NaN notitle'
do for [k=1:nsel] { w = word(present, k); cmd = cmd . errclause("cpu", k, style(w), label(w)) }
eval cmd
# the key: every series of either panel, drawn with no data
set origin 0, 0
set size 1, 0.2
unset border
unset tics
unset grid
unset xlabel
unset ylabel
set xrange [0:1]
set yrange [0:1]
set key inside center center horizontal maxrows 4 box lc rgb "#cccccc" samplen 3 spacing 1.1
cmd = 'plot 200 ls 9 title "one op per 5 ms"'
do for [k=1:nsel] { w = word(present, k); cmd = cmd . sprintf(', NaN with linespoints ls %d title "%s"', style(w), label(w)) }
eval cmd
unset multiplot

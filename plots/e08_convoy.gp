# e08_convoy.gp — E8: I/O operations per second of one thread beside k
# CPU-bound threads, per GIL model (log scale; whiskers: min-max over the
# repetitions). Under gil=new each I/O op waits about one switch interval.
# Data: E8.tsv.
# needs: E8.tsv
if (!exists("plots")) plots = "plots"
load plots . "/theme.gp"
eval output("e08_convoy")
eval titled("E8 convoy: an I/O thread beside k CPU-bound threads")

file = data . "/E8.tsv"
# a series: a model, with its switch interval where it has one
keep(w) = strcol("gil") eq field(w, 1) && (field(w, 2) eq "-" || abs(1000 * column("switch_interval") - real(field(w, 2))) < 1e-6)
label(w) = field(w, 1) eq "cpython" ? "CPython, " . field(w, 2) . " ms" : field(w, 2) eq "-" ? "gil=" . field(w, 1) : "gil=new, " . field(w, 2) . " ms"
style(w) = field(w, 1) eq "legacy" ? 8 : field(w, 1) eq "none" ? 7 : field(w, 1) eq "cpython" ? 11 : field(w, 1) eq "fifo" ? 2 : field(w, 1) eq "priority" ? 3 : field(w, 1) eq "fair" ? 13 : (field(w, 2) eq "5" ? 1 : 10)
cands = "legacy:- none:- fifo:- priority:- fair:-"
do for [s in "0.1 0.5 1 2 5 10 20"] { cands = cands . " new:" . s . " cpython:" . s }
ucols = '(column("arg1")):(column("result")):(column("result_lo")):(column("result_hi"))'
ycol = "result"
eval select

set logscale y 10
set format y "10^{%L}"
set xtics 1
set xrange [-0.3:*]
set xlabel "CPU-bound threads beside the I/O thread (k)"
set ylabel "I/O operations per second"
cmd = 'plot 200 ls 9 title "one op per 5 ms interval"'
do for [k=1:nsel] { w = word(present, k); cmd = cmd . clause("s", k, "using 1:2:3:4 with yerrorlines", style(w), label(w)) }
eval cmd

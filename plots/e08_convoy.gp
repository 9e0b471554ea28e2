# e08_convoy.gp — E8: I/O operations per second of one thread beside k
# CPU-bound threads, per GIL model (log scale; whiskers: min-max over the
# repetitions). Under gil=new each I/O op waits about one switch interval.
# Data: E8.tsv.
# needs: E8.tsv
# the folder of this script, wherever gnuplot is started
if (!exists("plots")) plots = system(sprintf("dirname '%s'", ARG0))
load plots . "/theme.gp"
eval output("e08_convoy")
eval titled("E8 convoy: an I/O thread beside k CPU-bound threads")

file = data . "/E8.tsv"
# a series: a model, with its switch interval where it has one
keep(w) = strcol("gil") eq field(w, 1) && (field(w, 2) eq "-" || abs(1000 * column("switch_interval") - real(field(w, 2))) < 1e-6)
label(w) = field(w, 1) eq "cpython" ? "CPython, " . field(w, 2) . " ms" : field(w, 2) eq "-" ? "gil=" . field(w, 1) : "gil=new, " . field(w, 2) . " ms"
# one colour per switch interval (5 ms blue, 1 ms sky, any other green),
# gilpy solid and CPython dashed in it: CPython's intervals no longer share a style;
# the other designs (docs/gil-designs.md) one style each
sistyle(w) = field(w, 2) eq "5" ? 1 : field(w, 2) eq "1" ? 10 : 3
twin(ls) = ls == 1 ? 4 : ls == 10 ? 12 : 15
design(m) = m eq "legacy" ? 8 : m eq "none" ? 7 : m eq "fifo" ? 16 : m eq "priority" ? 17 : m eq "fair" ? 18 : 0
style(w) = design(field(w, 1)) > 0 ? design(field(w, 1)) : field(w, 1) eq "cpython" ? twin(sistyle(w)) : sistyle(w)
cands = "legacy:- none:- fifo:- priority:- fair:-"
do for [s in "0.1 0.2 0.5 1 2 5 10 20"] { cands = cands . " new:" . s . " cpython:" . s }
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
do for [k=1:nsel] { w = word(present, k); cmd = cmd . errclause("s", k, style(w), label(w)) }
eval cmd

# e02_io_overlap.gp — E2: speedup of N threads that each wait on I/O
# (bench.fetch to the loopback server, or time.sleep) over doing the N waits
# one after another; one line per wait and latency; ideal = N. Data: E2.tsv.
# needs: E2.tsv
# the folder of this script, wherever gnuplot is started
if (!exists("plots")) plots = system(sprintf("dirname '%s'", ARG0))
load plots . "/theme.gp"
eval output("e02_io_overlap")
eval titled("E2 io-overlap: threads that wait on I/O, speedup over sequential")

file = data . "/E2.tsv"
eval tsv
stats file using "workers" nooutput
nmax = STATS_max

# a row's wait per task in ms: the server's latency, or sleep_n's seconds
wait_ms(x) = strcol("entry") eq "sleep_n" ? 1000 * column("arg0") : column("latency_ms")
keep(w) = strcol("mode") eq "threads" && strcol("impl") eq field(w, 1) && \
          strcol("entry") eq field(w, 2) && abs(wait_ms(0) - real(field(w, 3))) < 1e-6
label(w) = sprintf("%s %s, %s ms", field(w, 1) eq "cpython" ? "CPython" : "gilpy", \
                   field(w, 2) eq "fetch_n" ? "fetch" : "sleep", field(w, 3))
# fetch lines by latency rank r: blue, sky, purple (dashed for CPython); sleep green
fstyle(r, cpy) = r == 0 ? (cpy ? 4 : 1) : r == 1 ? (cpy ? 12 : 10) : (cpy ? 14 : 13)
cands = ""
do for [i in "gilpy cpython"] { do for [e in "fetch_n sleep_n"] { do for [l in "1 2 5 10 20 50 100 200 500 1000"] {
  cands = cands . sprintf(" %s:%s:%s", i, e, l) } } }
ucols = '(column("workers")):(column("speedup")):(column("speedup_lo")):(column("speedup_hi"))'
ycol = "speedup"
eval select

# the y range holds every drawn whisker: at N = 1 the lowest can fall
# below 1 (a thread started beside the wait), and was clipped at 0.8
stats file using (strcol("mode") eq "threads" ? column("speedup_lo") : NaN) nooutput
ylo = STATS_min < 0.8 ? STATS_min / 1.15 : 0.8
stats file using (strcol("mode") eq "threads" ? column("speedup_hi") : NaN) nooutput
yhi = STATS_max > nmax ? STATS_max * 1.25 : nmax * 1.25

set logscale xy 2
set xrange [0.8:nmax * 1.25]
set yrange [ylo:yhi]
set xlabel "threads N (one wait each)"
set ylabel "speedup over sequential (median, 95% interval)"
cmd = 'plot sample [x=1:nmax * 1.25] x ls 9 title "ideal: N"'
rank_g = 0
rank_c = 0
do for [k=1:nsel] {
  w = word(present, k)
  cpy = field(w, 1) eq "cpython"
  if (field(w, 2) eq "sleep_n") { st = cpy ? 15 : 3 } else { st = fstyle(cpy ? rank_c : rank_g, cpy) }
  if (field(w, 2) eq "fetch_n") { if (cpy) { rank_c = rank_c + 1 } else { rank_g = rank_g + 1 } }
  cmd = cmd . errclause("s", k, st, label(w))
}
eval cmd

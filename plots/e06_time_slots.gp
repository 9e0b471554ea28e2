# e06_time_slots.gp — E6: who holds the GIL, measured: one lane per thread,
# a bar where it holds the GIL, a thin line where it waits for it (the seeds'
# ASCII timelines, from the GIL trace). Data: E6_timeline.tsv, E6.tsv.
# needs: E6_timeline.tsv E6.tsv
# the folder of this script, wherever gnuplot is started
if (!exists("plots")) plots = system(sprintf("dirname '%s'", ARG0))
load plots . "/theme.gp"
eval output("e06_time_slots")

file = data . "/E6_timeline.tsv"
eval tsv
stats file using "thread" nooutput
nlanes = STATS_max
stats file using (strcol("kind") eq "hold" ? column("start_ms") : NaN) nooutput
t0 = STATS_min
si = 5.0
stats data . "/E6.tsv" using (1000 * column("switch_interval")) nooutput
si = STATS_max
# a window of about 24 intervals shows the rotation without crowding it
stats file using "end_ms" nooutput
t1 = STATS_max < t0 + 24 * si ? STATS_max : t0 + 24 * si
keep(w) = strcol("kind") eq w
ucols = '(column("start_ms") - t0):(column("end_ms") - t0):(column("thread"))'
cands = "hold wait"
ycol = "end_ms"
eval select

eval titled(sprintf("E6 time-slots: who holds the GIL (%d CPU-bound threads, interval %g ms)", nlanes, si))
set xrange [0:t1 - t0]
set yrange [0.4:nlanes + 0.6]
set ytics 1
do for [i=1:nlanes] { set ytics add (sprintf("thread %d", i) i) }
set grid xtics noytics
set xlabel "time since the first hold (ms)"
set ylabel ""
set mxtics 5
cmd = "plot NaN notitle"
do for [k=1:nsel] {
  w = word(present, k)
  if (w eq "hold") {
    # one key entry per thread, in its colour (lc variable showed one colour)
    do for [i=1:nlanes] {
      cmd = cmd . sprintf(', $s%d using ($3 == %d ? ($1 + $2) / 2 : NaN):3:(($2 - $1) / 2):(0.32) with boxxyerror fs solid 0.85 noborder lt %d title "thread %d holds the GIL"', k, i, i, i)
    }
  } else {
    cmd = cmd . sprintf(', $s%d using 1:3:($2 - $1):(0) with vectors nohead lw 1.5 lc rgb "#999999" title "waits for it"', k)
  }
}
set linetype 1 lc rgb c_blue
set linetype 2 lc rgb c_red
set linetype 3 lc rgb c_green
set linetype 4 lc rgb c_purple
set linetype 5 lc rgb c_orange
eval cmd

# compare.gp — machines side by side: per experiment, each machine's median
# time relative to the first one's (E8, E14: the time an I/O operation took,
# the first one's rate over this one's; geometric mean over the runs both
# have; whiskers from the 95% intervals; lower is faster). Data: `gilbench compare
# ... --tsv FILE` (compare.tsv), one column triple per machine, headed by its
# label ("A: host (2 cores)", tab-separated).
# needs: compare.tsv
# the folder of this script, wherever gnuplot is started
if (!exists("plots")) plots = system(sprintf("dirname '%s'", ARG0))
load plots . "/theme.gp"
if (!exists("file")) file = data . "/compare.tsv"
# compare_per_core.gp sets these to draw its figure with this script
if (!exists("figure")) figure = "compare"
if (!exists("heading")) heading = "Machines compared: median time relative to the first"
if (!exists("ylab")) ylab = "time relative to the first machine"
eval output(figure)
eval titled(heading)
nm = (int(system(sprintf("head -1 '%s' | awk -F'\t' '{print NF}'", file))) - 1) / 3
eval tsv
set style data histograms
set style histogram errorbars gap 1.5 lw 1.2
set style fill solid 0.85 border lc rgb "#444444"
set yrange [0:*]
set grid noxtics
set xlabel "experiment"
set ylabel ylab
set linetype 1 lc rgb c_blue
set linetype 2 lc rgb c_red
set linetype 3 lc rgb c_green
set linetype 4 lc rgb c_purple
set linetype 5 lc rgb c_orange
set linetype 6 lc rgb c_sky
plot for [i=1:nm] file using (column(3 * i - 1)):(column(3 * i)):(column(3 * i + 1)):xtic(1) lt i title columnheader(3 * i - 1) noenhanced, \
     1 ls 9 notitle

# runs.gp — a `gilbench run` results file: each task's median time per
# repetition by mode, its speedup over seq written on the bar. Data: runs.tsv
# (gilbench report / export of a file without suite experiments).
# needs: runs.tsv
if (!exists("plots")) plots = system(sprintf("dirname '%s'", ARG0))
load plots . "/theme.gp"
eval output("runs")
eval titled("median time per repetition by mode")

file = data . "/runs.tsv"
set style data boxes
set boxwidth 0.6
set yrange [0:*]
set grid noxtics
set xtics rotate by -25 left noenhanced font ",9"
set bmargin 9
set rmargin 16
set ylabel "time (s, median)"
unset key
lab(s) = strcol("mode") eq "seq" ? "" : sprintf("%.2f×", column("speedup"))
plot file using 0:"median":xtic(strcol("mode") . "  " . strcol("task")) with boxes ls 1 fs solid 0.8, \
     file using 0:"median":(lab(0)) with labels offset 0,0.7 font ",10"

# theme.gp — the house style of every gilbench figure, loaded first by each
# plots/*.gp script. render.sh sets (gnuplot -e):
#   data     folder of the data files (gilbench suite / report: RUN/data)
#   out      folder for the figures
#   fmt      "png" (pngcairo) or "svg"
#   machine  the machine in one line, drawn as the subtitle
#   cores    physical cores of that machine (the ideal-speedup line)

if (!exists("data")) data = "data"
if (!exists("out")) out = "."
if (!exists("fmt")) fmt = "png"
if (!exists("machine")) machine = ""
if (!exists("cores")) cores = 2

if (fmt eq "svg") {
  set terminal svg size 900,560 dynamic enhanced font "DejaVu Sans,13" background rgb "white"
} else {
  set terminal pngcairo size 900,560 enhanced font "DejaVu Sans,11" background rgb "white"
}

# The data: tab-separated, one header line, NaN for a missing number.
set datafile separator "\t"
set datafile columnheaders

# Colours: Okabe-Ito, distinguishable with every common colour-vision deficiency.
c_blue = "#0072B2"; c_red = "#D55E00"; c_green = "#009E73"; c_purple = "#CC79A7"
c_orange = "#E69F00"; c_sky = "#56B4E9"; c_grey = "#777777"; c_black = "#222222"

# One style per series kind: solid = gilpy, dashed = CPython, same colour per mode.
set style line 1 lc rgb c_blue lw 2 pt 7 ps 1.1 dt 1      # threads
set style line 2 lc rgb c_red lw 2 pt 5 ps 1.0 dt 1       # procs
set style line 3 lc rgb c_green lw 2 pt 9 ps 1.2 dt 1     # subinterp
set style line 4 lc rgb c_blue lw 2 pt 6 ps 1.1 dt 2      # CPython threads
set style line 5 lc rgb c_red lw 2 pt 4 ps 1.0 dt 2       # CPython procs
set style line 6 lc rgb c_grey lw 2 pt 13 ps 1.0 dt 1     # seq
set style line 7 lc rgb c_purple lw 2 pt 11 ps 1.2 dt 1   # gil=none
set style line 8 lc rgb c_orange lw 2 pt 13 ps 1.2 dt 1   # gil=legacy
set style line 9 lc rgb c_grey lw 1.5 dt 3                # ideal / model
set style line 10 lc rgb c_sky lw 2 pt 7 ps 1.1 dt 1      # a second gil=new setting
set style line 11 lc rgb c_black lw 2 pt 6 ps 1.1 dt 2    # CPython (models)
set style line 12 lc rgb c_sky lw 2 pt 6 ps 1.1 dt 2      # its CPython twin
set style line 13 lc rgb c_purple lw 2 pt 9 ps 1.2 dt 1   # a third setting
set style line 14 lc rgb c_purple lw 2 pt 8 ps 1.2 dt 2   # its CPython twin
set style line 15 lc rgb c_green lw 2 pt 8 ps 1.2 dt 2    # CPython, green series
set style line 16 lc rgb c_red lw 2 pt 5 ps 1.0 dt 1      # gil=fifo (no procs beside it)
set style line 17 lc rgb c_black lw 2 pt 7 ps 1.0 dt 1    # gil=priority
set style line 18 lc rgb c_grey lw 2 pt 9 ps 1.2 dt 1     # gil=fair

set border 3 lw 1 lc rgb c_black
set tics out nomirror
set grid xtics ytics lc rgb "#e4e4e4" lw 1 dt 1
set key outside right top Left reverse noautotitle samplen 2.5 spacing 1.2 width -2 nobox
set offsets graph 0, graph 0, graph 0.08, graph 0
set style fill solid 0.85 border lc rgb "#444444"
set errorbars 0.6
set bars 1.5
set encoding utf8
set minussign

# Helpers.
# The text with _ and ^ escaped for enhanced-text titles (x86_64).
esc(s) = strstrt(s, "_") ? s[1:strstrt(s, "_") - 1] . "\\_" . esc(s[strstrt(s, "_") + 1:]) : s
# The title of a multiplot: its own line, the machine below it.
mtitle(t) = sprintf("{/:Bold %s}\n{/*0.7 %s}", t, esc(machine))
finite(x) = (x == x) && abs(x) < 1e300
# The best speedup N equal tasks can reach on `cores` cores, N / ceil(N / P):
# min(N, P) when N <= P or P divides N, 1.5 for 3 tasks on 2 cores (the
# checks' own bound). idealplot draws it through the integer N
# only, up to the script's nmax.
ideal(n) = n / ceil(n / (1.0 * cores))
idealplot = sprintf('set samples nmax; plot sample [x=1:nmax] ideal(x) ls 9 title "ideal: N equal tasks on %d cores"', cores)
pick(cond, x) = cond ? x : NaN
# The title, with the machine as a smaller subtitle.
titled(t) = sprintf('set title "%s" font ",14" offset 0,0.8 noenhanced; set label 99 "%s" at graph 0.5, graph 1.035 center font ",9" tc rgb "#555555" noenhanced', t, machine)
# The output file, NAME.png or NAME.svg.
output(name) = sprintf('set output "%s/%s.%s"', out, name, fmt)
# select: for each word w of `cands` whose keep(w) picks at least one row of
# `file` with a finite value in column `ycol`, copies those rows' columns
# `ucols` (a using spec) into a datablock $<prefix><k>, k = 1, 2, ... and
# appends w to `present`. A line then joins exactly its own points, and a
# figure draws only the series that exist (nothing for gnuplot to warn about).
# Leaves the datafile settings for reading the datablocks.
prefix = "s"
tsv = 'set datafile separator "\t"; set datafile columnheaders'
blocks = 'set datafile separator whitespace; set datafile nocolumnheaders'
select = tsv . '; present = ""; nsel = 0; do for [w in cands] { stats file using ((keep(w) && finite(column(ycol))) ? 1 : 0) nooutput; if (STATS_sum > 0) { nsel = nsel + 1; present = present . " " . w; eval sprintf("set table $%s%d", prefix, nsel); plot file using @ucols with table if (keep(w) && finite(column(ycol))); unset table } }; ' . blocks
# A plot clause for datablock $<b><k>: plots are built as strings and run
# with eval, because even an empty `for` in a plot command reads its data.
clause(b, k, how, ls, t) = sprintf(', $%s%d %s ls %d title "%s"', b, k, how, ls, t)
# A series with error bars: the bars always solid (a dashed style would draw
# them as loose dashes), the line and points in the series' own style.
errclause(b, k, ls, t) = sprintf(', $%s%d using 1:2:3:4 with yerrorbars ls %d dt solid notitle, $%s%d using 1:2 with linespoints ls %d title "%s"', b, k, ls, b, k, ls, t)
# Field i of a colon-separated word ("gilpy:threads").
field(w, i) = i <= 1 ? (strstrt(w, ":") ? w[1:strstrt(w, ":") - 1] : w) : field(w[strstrt(w, ":") + 1:], i - 1)

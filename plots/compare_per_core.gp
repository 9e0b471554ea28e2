# compare_per_core.gp — machines of different core counts side by side:
# per experiment, each machine's speedup per usable core, speedup / min(N,
# its cores) (geometric mean over the runs every file has; whiskers from
# the 95% intervals; 1 = every usable core busy, higher is better). Data:
# `gilbench compare ... --tsv FILE` writes FILE_per_core.tsv when the core
# counts differ (compare_per_core.tsv), laid out as compare.tsv.
# needs: compare_per_core.tsv
if (!exists("plots")) plots = system(sprintf("dirname '%s'", ARG0))
if (!exists("data")) data = "data"
if (!exists("file")) file = data . "/compare_per_core.tsv"
figure = "compare_per_core"
heading = "Machines compared: speedup per usable core"
ylab = "speedup / min(N, cores) (geometric mean)"
load plots . "/compare.gp"

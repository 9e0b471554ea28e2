/*
** export_fmt.h — a results file in other tools' formats, one file each:
**   pyperf    pyperf's JSON (version 1.0): one benchmark per configuration
**             (run), named like "E1 gilpy threads N=2 squares(2500000) gil=new";
**             each repetition's wall time a run of one value (a round is a
**             separate measurement; CPython's is a separate process), in s;
**             the configuration and the machine as metadata. `python3 -m
**             pyperf stats|hist|compare_to` read it.
**   csv       hyperfine's --export-csv: command,mean,stddev,median,user,system,
**             min,max (s) and parameter_* columns for the configuration.
**             gilbench measures CPU time as user + system together: it is in
**             `user`, `system` is left empty.
**   markdown  hyperfine's --export-markdown table, one per experiment (the
**             Relative column compares an experiment's configurations only).
** Runs without samples (failed before any) are left out.
*/
#ifndef GB_EXPORT_FMT_H
#define GB_EXPORT_FMT_H

#include <stdbool.h>

/* fmt is one of the formats above. */
bool gb_export_fmt_known(const char *fmt);
/* gilbench export RESULTS --format FMT [--out FILE]: out NULL = stdout.
** The exit status: 0, 1 cannot write, 2 unreadable results. */
int gb_export_fmt_main(const char *path, const char *fmt, const char *out);

#endif

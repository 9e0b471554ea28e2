/*
** journal.h — the results writer. Every finished run is appended to
** OUT.journal (one JSON line, fsync'd) before anything else; the results
** file itself is only ever replaced whole (OUT.tmp, fsync, rename), so a
** crash or SIGINT leaves either the old file or the new one, and the
** journal holds every run that finished. A resumed writer starts from the
** journal's runs (suite --resume).
*/
#ifndef GB_JOURNAL_H
#define GB_JOURNAL_H

#include <jansson.h>
#include <stdbool.h>

typedef struct GbWriter GbWriter;

/* Checks that path can be written (fails fast, before any run), creates
** the journal (or, with resume, reads it back). Takes machine and tool. */
GbWriter *gb_writer_open(const char *path, bool resume, json_t *tool, json_t *machine, char *err,
                         size_t errlen);
/* What opening with resume had to drop from the journal (a torn last line
** after a crash or a full disk), or NULL: for the user to know. */
const char *gb_writer_note(const GbWriter *w);
/* Runs finished so far (resumed ones first), in order. Borrowed. */
json_t *gb_writer_runs(GbWriter *w);
/* Journals run (borrowed); -1 with err if the journal cannot be written
** (nothing of the record is left in it then): stop measuring. */
int gb_writer_add(GbWriter *w, json_t *run, char *err, size_t errlen);
/* Writes the results file atomically; when complete, removes the journal
** (an interrupted run keeps it for --resume). */
int gb_writer_finish(GbWriter *w, bool complete, char *err, size_t errlen);
void gb_writer_close(GbWriter *w);

#endif

/*
** traceback.h — CPython-shaped reports of exceptions (traceback.c).
*/
#ifndef GP_TRACEBACK_H
#define GP_TRACEBACK_H

#include "gp.h"

typedef struct GpBuf GpBuf;

/* The text CPython prints for an uncaught exception: its causes and
** contexts first ("The above exception was the direct cause ...", "During
** handling ..."), then "Traceback (most recent call last):", the frames
** with their source lines, and "Type: message\n". malloc'd; NULL if out
** of memory. Call with the GIL held (it calls str() on the exceptions). */
char *gp_traceback_format(GpThread *t, GpValue exc);
/* The same without causes and contexts. */
char *gp_traceback_format_unchained(GpThread *t, GpValue exc);
/* The "Type: message" line and the notes alone (format_exception_only). */
char *gp_traceback_format_only(GpThread *t, GpValue exc);
/* Line `line` of file path, stripped as a traceback shows it; malloc'd;
** NULL if there is none (no such file or line, a blank line, "<...>"). */
char *gp_traceback_line(const char *path, long line);
/* Writes gp_traceback_format(t, exc) to f. */
void gp_traceback_print(GpThread *t, GpValue exc, FILE *f);
/* The same without causes and contexts: what CPython's unraisable hook
** prints ("Exception ignored in: ..."). */
void gp_traceback_print_unchained(GpThread *t, GpValue exc, FILE *f);
/* Line `line` of file path, stripped (malloc'd; NULL if unreadable or blank):
** what a warning shows below its location. */
char *gp_traceback_source_line(const char *path, long line);
/* tbmarkers.c: appends the marker line CPython 3.11 prints below source line
** src[0..len) (indentation included) for an instruction at byte columns
** [col, end_col) (-1: unknown) that may continue on later lines; nothing
** when the markers would cover the whole line. */
void gp_traceback_markers(GpBuf *b, const char *src, size_t len, bool multiline, int col,
                          int end_col);

#endif

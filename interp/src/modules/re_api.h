/*
** re_api.h — what the re module's object files share (remod.c: Pattern and
** the subject; re_matchobj.c: Match; re_scan.c: findall, finditer, split,
** sub): the objects and the subject a match runs over.
*/
#ifndef GP_RE_API_H
#define GP_RE_API_H

#include "obj.h"
#include "re.h"

typedef struct RePattern {
  GpObj ob;
  ReProg prog;
  GpValue pattern;   /* the str or bytes it was compiled from */
  GpValue error;     /* re.error, for the errors a template raises */
  GpObj *groupindex; /* dict name -> group */
  int flags;
} RePattern;

/* A subject string as the matcher reads it: str and bytes characters
** directly when one byte each, else decoded; boff maps a character index
** to its UTF-8 byte offset (NULL: the same). */
typedef struct ReSubj {
  ReText t;
  GpValue str; /* borrowed: the caller keeps it alive */
  bool is_bytes;
  const char *data;
  int64_t full; /* characters in the whole string (t.len stops at endpos) */
  uint32_t *u;
  int64_t *boff;
  GpValue copy; /* a bytes copy of a bytearray / memoryview, or None */
} ReSubj;

typedef struct ReMatch {
  GpObj ob;
  GpValue string;
  RePattern *re;
  int64_t pos, endpos;
  int32_t lastindex; /* -1: None */
  int32_t ngroups;
  int64_t spans[]; /* 2 (ngroups + 1) character offsets, then byte offsets */
} ReMatch;

extern GpType re_pattern_type, re_match_type, re_iter_type;

/* The subject for pattern p: checks its type; pos and endpos clamped. */
int re_subj_init(GpThread *t, const RePattern *p, GpValue s, int64_t endpos, ReSubj *sj);
void re_subj_free(ReSubj *sj);
int64_t re_subj_byte(const ReSubj *sj, int64_t i);
GpValue re_subj_slice(GpThread *t, const ReSubj *sj, int64_t a, int64_t b);
/* A Match of the state's last success. */
GpValue re_match_new(GpThread *t, RePattern *p, const ReSubj *sj, const ReState *st, int64_t pos,
                     int64_t endpos);
/* Group g's text, or dflt when it did not take part. */
GpValue re_match_group(GpThread *t, ReMatch *m, int32_t g, GpValue dflt);
/* A group number from an int or a name: 0, or -1 with IndexError. */
int re_group_index(GpThread *t, const RePattern *p, GpValue key, int32_t *g);
/* Raises re.error(msg, pattern, pos) through p's error class. */
GpValue re_raise_error(GpThread *t, GpValue error, const char *msg, GpValue pattern, int64_t pos);

/* Successive matches with the empty-match rule of Python 3.7: an empty
** match may not start where the previous one ended empty. */
typedef struct ReIter {
  ReState st;
  ReSubj sj;
  int64_t pos, endpos;
  bool last_empty, done;
} ReIter;
int re_iter_start(GpThread *t, RePattern *p, GpValue s, int64_t pos, int64_t endpos, ReIter *it);
int re_iter_next(GpThread *t, ReIter *it); /* 1 a match in it->st.slots, 0 done, -1 error */
void re_iter_free(ReIter *it);
int re_pos_args(GpThread *t, GpValue pos, GpValue endpos, int64_t *p, int64_t *e);

/* re_scan.c: the methods that run over every match */
GpValue re_pattern_findall(GpThread *t, const GpValue *args, int nargs, GpObj *kw);
GpValue re_pattern_finditer(GpThread *t, const GpValue *args, int nargs, GpObj *kw);
GpValue re_pattern_split(GpThread *t, const GpValue *args, int nargs, GpObj *kw);
GpValue re_pattern_sub(GpThread *t, const GpValue *args, int nargs, GpObj *kw);
GpValue re_pattern_subn(GpThread *t, const GpValue *args, int nargs, GpObj *kw);
GpValue re_match_expand(GpThread *t, const GpValue *args, int nargs, GpObj *kw);

#endif

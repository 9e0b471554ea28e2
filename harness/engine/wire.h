/*
** wire.h — the framed messages a supervised run's child sends its parent
** (wire.c; supervise.c drives both ends). A frame is a GbFrameHead (magic,
** type, payload length) and the payload. The child is a fork of the same
** binary, so fixed-size records travel as their bytes; every string and
** array carries its length, and the parent checks each against the frame.
*/
#ifndef GB_WIRE_H
#define GB_WIRE_H

#include <stddef.h>
#include <stdint.h>

#include "gb.h"

typedef enum {
  GB_MSG_HEAD = 1, /* startup_s, then the bindings (replaces any earlier) */
  GB_MSG_SAMPLE,   /* one counted repetition */
  GB_MSG_REP,      /* progress: repetitions done, total (the on_rep hook) */
  GB_MSG_WARN,     /* one warning's text */
  GB_MSG_TRACE,    /* a chunk of trace events */
  GB_MSG_END       /* status, the engine's return code, the error text */
} GbMsgType;

/* Child side: each sends one frame of r's part; -1 when the pipe failed. */
int gb_wire_send_head(int fd, const GbRun *r);
int gb_wire_send_sample(int fd, const GbSample *s);
int gb_wire_send_rep(int fd, int done, int total);
int gb_wire_send_warnings(int fd, const GbRun *r);
int gb_wire_send_trace(int fd, const GbRun *r);
int gb_wire_send_end(int fd, const GbRun *r, int rc);
/* Raw bytes, and a frame cut off after its header: for the tests' knob. */
int gb_wire_write(int fd, const void *p, size_t n);
int gb_wire_send_cut(int fd);

/* Parent side: bytes read from the pipe, cut into frames. */
typedef struct GbWireReader {
  char *buf;
  size_t n, cap;
} GbWireReader;

/* Reads what fd has (one read): 1 got bytes, 0 end of file, -1 error. */
int gb_wire_read(GbWireReader *rd, int fd);
/* The next whole frame, applied to r: its type, 0 when the reader needs
** more bytes, -1 (why in err) on a malformed frame. GB_MSG_REP gives
** *done and *total; GB_MSG_END gives *rc. */
int gb_wire_next(GbWireReader *rd, GbRun *r, int *done, int *total, int *rc, char *err,
                 size_t errlen);
void gb_wire_reader_free(GbWireReader *rd);

#endif

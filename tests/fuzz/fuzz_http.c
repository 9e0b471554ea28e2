/*
** fuzz_http.c — libFuzzer target: the loopback server's request parser
** (gb_http_head_end, gb_http_parse in harness/server/server.c) on any bytes,
** as the server's input buffer holds them: never a crash or an out-of-range
** read, and every answer is one the server can send.
*/
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "server.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size > 8192) return 0; /* the server's head limit (SRV_INBUF) */
  /* an exact-size copy, so ASan sees any read past the buffer */
  char *buf = malloc(size ? size : 1);
  if (!buf) return 0;
  memcpy(buf, data, size);
  size_t end = gb_http_head_end(buf, size);
  if (end > size) abort();
  GbHttpRequest r;
  gb_http_parse(buf, end ? end : size, 7, &r); /* also a head cut short */
  if (r.status != 200 && r.status != 400 && r.status != 405 && r.status != 505) abort();
  if (r.status == 200 && (!(r.ms >= 0 && r.ms <= 600000) || r.bytes < -1 || r.bytes > 16 << 20))
    abort();
  if (r.status != 200 && !r.close) abort();
  free(buf);
  return 0;
}

/*
** arena.c — bump allocator for the AST: the parser allocates many small
** nodes and the compiler drops them all at once, so one free of a chunk list
** beats per-node bookkeeping.
*/
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"

#define ARENA_CHUNK 65536

typedef struct ArenaChunk {
  struct ArenaChunk *next;
  size_t used, size;
  max_align_t data[];
} ArenaChunk;

struct GpArena {
  ArenaChunk *head;
};

static void *arena_xalloc(size_t n) {
  void *p = malloc(n);
  if (p == NULL) {
    fputs("gilpy: out of memory in parser arena\n", stderr);
    abort();
  }
  return p;
}

GpArena *gp_arena_new(void) {
  GpArena *a = arena_xalloc(sizeof *a);
  a->head = NULL;
  return a;
}

/* Large requests get a chunk of their own, linked behind the current head so
** the head's free space is not wasted. */
static ArenaChunk *arena_chunk(GpArena *a, size_t n) {
  bool big = n > ARENA_CHUNK / 4;
  size_t size = big ? n : ARENA_CHUNK;
  ArenaChunk *c = arena_xalloc(sizeof(ArenaChunk) + size);
  c->used = 0;
  c->size = size;
  if (big && a->head != NULL) {
    c->next = a->head->next;
    a->head->next = c;
  } else {
    c->next = a->head;
    a->head = c;
  }
  return c;
}

void *gp_arena_alloc(GpArena *a, size_t n) {
  const size_t align = sizeof(max_align_t);
  if (n > SIZE_MAX / 2) {
    fputs("gilpy: arena request too large\n", stderr);
    abort();
  }
  n = n == 0 ? align : (n + align - 1) / align * align;
  ArenaChunk *c = a->head;
  if (c == NULL || c->size - c->used < n) c = arena_chunk(a, n);
  void *p = (char *)c->data + c->used;
  c->used += n;
  memset(p, 0, n);
  return p;
}

char *gp_arena_strndup(GpArena *a, const char *s, size_t n) {
  char *d = gp_arena_alloc(a, n + 1);
  if (n) memcpy(d, s, n);
  d[n] = '\0';
  return d;
}

void gp_arena_free(GpArena *a) {
  if (a == NULL) return;
  ArenaChunk *c = a->head;
  while (c != NULL) {
    ArenaChunk *next = c->next;
    free(c);
    c = next;
  }
  free(a);
}

/*
** vm_pairs.h — opcode-pair counts for choosing superinstructions, compiled
** in only with GP_PAIR_STATS (bench/CMakeLists.txt's gilpy-pairs): the eval
** loop notes each dispatched opcode after the one before it, and at exit
** the most frequent pairs go to stderr. Included by vm.c alone. The counts
** are plain (not atomic): under threads they are estimates, which is all
** choosing a fusion needs.
*/
#ifndef GP_VM_PAIRS_H
#define GP_VM_PAIRS_H

#include <stdio.h>
#include <stdlib.h>

#include "code.h"

static uint64_t vm_pair_count[OP_NCODES][OP_NCODES];
static _Thread_local unsigned vm_pair_prev = OP_NOP;

static const char *const vm_pair_names[OP_NCODES] = {
#define VM_PAIR_NAME(name) #name,
    GP_OPCODES(VM_PAIR_NAME)
#undef VM_PAIR_NAME
};

/* Prints the 40 most frequent pairs with their share of all dispatches. */
static void vm_pair_report(void) {
  uint64_t total = 0;
  for (int a = 0; a < OP_NCODES; a++)
    for (int b = 0; b < OP_NCODES; b++)
      total += vm_pair_count[a][b];
  if (total == 0) return;
  fprintf(stderr, "opcode pairs: %llu dispatches\n", (unsigned long long)total);
  for (int n = 0; n < 40; n++) {
    int ba = 0, bb = 0;
    for (int a = 0; a < OP_NCODES; a++)
      for (int b = 0; b < OP_NCODES; b++)
        if (vm_pair_count[a][b] > vm_pair_count[ba][bb]) ba = a, bb = b;
    if (vm_pair_count[ba][bb] == 0) break;
    fprintf(stderr, "%12llu %5.2f%%  %s %s\n", (unsigned long long)vm_pair_count[ba][bb],
            100.0 * (double)vm_pair_count[ba][bb] / (double)total, vm_pair_names[ba],
            vm_pair_names[bb]);
    vm_pair_count[ba][bb] = 0;
  }
}

static inline void vm_pair_note(unsigned op) {
  static _Atomic int registered;
  if (__builtin_expect(!atomic_load_explicit(&registered, memory_order_relaxed), 0) &&
      !atomic_exchange(&registered, 1))
    atexit(vm_pair_report);
  vm_pair_count[vm_pair_prev][op]++;
  vm_pair_prev = op;
}

#endif

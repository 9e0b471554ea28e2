/*
** spin.h — the native work of E5 (native-release), one definition for both
** interpreters: gilpy's bench.spin_native calls it with the GIL released,
** CPython calls it through ctypes from build/lib/libgbspin.so (ctypes drops
** the GIL around a foreign call). Same source, same loop, same cost.
*/
#ifndef GB_SPIN_H
#define GB_SPIN_H

#include <stdint.h>

/* n rounds of x = (x * 1103515245 + 12345 + i) mod 2**32 from x = 0
** (i = 0 .. n-1); returns x. n <= 0 does nothing and returns 0. */
uint32_t gb_spin(int64_t n);

#endif

/*
** sha512.h — SHA-512 (FIPS 180-4) of a byte string: random.seed(str) of
** CPython (version 2) seeds from the string's bytes and their digest.
*/
#ifndef GP_SHA512_H
#define GP_SHA512_H

#include <stddef.h>
#include <stdint.h>

#define GP_SHA512_LEN 64

void gp_sha512(const void *data, size_t len, uint8_t out[GP_SHA512_LEN]);

#endif

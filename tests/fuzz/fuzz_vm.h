/*
** fuzz_vm.h — the VM the fuzz targets that go through the embedding API
** share (fuzz_json, fuzz_bytes, fuzz_formats, fuzz_pickle): one VM a
** process, with a module that defines check(h), called once an input.
*/
#ifndef FUZZ_VM_H
#define FUZZ_VM_H

#include <stddef.h>
#include <stdint.h>

/* Opens the VM and loads src as module `name` on the first call; then
** calls name.check(arg). A traceback (a failed check) aborts with it, so
** libFuzzer keeps the input. */
void fuzz_vm_check(const char *src, const char *name, const char *arg);

/* fuzz_vm_check with the bytes as a str, no byte lost: valid UTF-8
** sequences their code points, any other byte (NUL included) its Latin-1
** code point; the str crosses as 6 hex digits a code point, as gp_call
** passes C strings. */
void fuzz_vm_check_text(const char *src, const char *name, const uint8_t *data, size_t size);

/* fuzz_vm_check with the bytes as hex, two digits a byte. */
void fuzz_vm_check_hex(const char *src, const char *name, const uint8_t *data, size_t size);

#endif

/*
** fuzz_vm.h — the VM the fuzz targets that go through the embedding API
** share (fuzz_json, fuzz_bytes): one VM a process, with a module that
** defines check(h), called once an input.
*/
#ifndef FUZZ_VM_H
#define FUZZ_VM_H

/* Opens the VM and loads src as module `name` on the first call; then
** calls name.check(arg). A traceback (a failed check) aborts with it, so
** libFuzzer keeps the input. */
void fuzz_vm_check(const char *src, const char *name, const char *arg);

#endif

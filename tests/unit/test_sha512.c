/* test_sha512.c — gp_sha512 against python3's hashlib.sha512 digests:
** the FIPS 180-4 examples, lengths around the padding's block boundary
** (111, 112, 128 bytes), a long input and UTF-8 text. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "sha512.h"

static const struct {
  int repeat; /* data is one byte repeated, or (0) a string */
  const char *data, *hex;
} cases[] = {
    {0, "",
     "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877ee"
     "c2f63b931bd47417a81a538327af927da3e"},
    {0, "abc",
     "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3fee"
     "bbd454d4423643ce80e2a9ac94fa54ca49f"},
    {0,
     "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnop"
     "qrsmnopqrstnopqrstu",
     "8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018501d289e4900f7e4331b99dec4b54"
     "33ac7d329eeb6dd26545e96e55b874be909"},
    {111, "a",
     "fa9121c7b32b9e01733d034cfc78cbf67f926c7ed83e82200ef86818196921760b4beff48404df811b95382827446"
     "1673c68d04e297b0eb7b2b4d60fc6b566a2"},
    {112, "a",
     "c01d080efd492776a1c43bd23dd99d0a2e626d481e16782e75d54c2503b5dc32bd05f0f1ba33e568b88fd2d970929"
     "b719ecbb152f58f130a407c8830604b70ca"},
    {128, "a",
     "b73d1929aa615934e61a871596b3f3b33359f42b8175602e89f7e06e5f658a243667807ed300314b95cacdd579f3e"
     "33abdfbe351909519a846d465c59582f321"},
    {1000, "a",
     "67ba5535a46e3f86dbfbed8cbbaf0125c76ed549ff8b0b9e03e0c88cf90fa634fa7b12b47d77b694de488ace8d9a6"
     "5967dc96df599727d3292a8d9d447709c97"},
    {0, "h\xc3\xa9llo \xe2\x98\x83",
     "eee557365683651283be61956a2c76b5b00bb5dd551a474e1a3c7c54708b975c6307e0bead509a46227d7eaef4f08"
     "f2d5d38035973511854665227c247838cdc"},
};

static void test_digests(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    size_t n = cases[i].repeat ? (size_t)cases[i].repeat : strlen(cases[i].data);
    char *buf = malloc(n + 1);
    assert_non_null(buf);
    if (cases[i].repeat)
      memset(buf, cases[i].data[0], n);
    else
      memcpy(buf, cases[i].data, n);
    uint8_t d[GP_SHA512_LEN];
    gp_sha512(buf, n, d);
    char hex[2 * GP_SHA512_LEN + 1];
    for (int k = 0; k < GP_SHA512_LEN; k++)
      snprintf(hex + 2 * k, 3, "%02x", d[k]);
    assert_string_equal(hex, cases[i].hex);
    free(buf);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {cmocka_unit_test(test_digests)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}

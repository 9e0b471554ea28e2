/* test_digest.c — hashlib's digests (interp/src/modules/digest.c) against
** python3's hashlib: gp_sha512 on the FIPS 180-4 examples, lengths around
** the padding's block boundary (111, 112, 128 bytes), a long input and
** UTF-8 text; every algorithm at lengths around its block boundaries, fed
** at once and in 13-byte pieces, and a final that leaves the state usable. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "digest.h"

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

/* python3 -c "hashlib.new(alg, bytes((i * 7 + 3) & 255 for i in range(n))).hexdigest()" */
static const struct {
  const char *alg;
  size_t n;
  const char *hex;
} algs[] = {
    {"md5", 0, "d41d8cd98f00b204e9800998ecf8427e"},
    {"md5", 55, "52c0e574e1198de5fe3f8f11440dcb1b"},
    {"md5", 56, "46c9907fc908ee68b1e7b8e71286a518"},
    {"md5", 64, "7160b8fb5e9e4023d549c3971fbaeead"},
    {"md5", 111, "13f00cb15f0c3fe588d1c17cde14b38f"},
    {"md5", 112, "5fe6a9f76b541ec645559589da9a088a"},
    {"md5", 128, "10b2da1a82f16d99a81a7203fe9f02cb"},
    {"md5", 1000, "10046f077f2082ac19676b8079f1cb1a"},
    {"sha1", 0, "da39a3ee5e6b4b0d3255bfef95601890afd80709"},
    {"sha1", 55, "ddf57317ef34bfee3b6df83d359098930eb278bc"},
    {"sha1", 56, "a0d492bb0fc889d0eca3bc137066ab6f4f74f369"},
    {"sha1", 64, "bede92be29c3874e1b54ddc77988d606fc857a8e"},
    {"sha1", 111, "4a01b1272627e5be00f57bc3c3029c23a452e629"},
    {"sha1", 112, "54c08c2a0ed21de25e3d8606c3929454eb1d3f8b"},
    {"sha1", 128, "a09133e6730ffe899efb70204cb5646cd5dc24ee"},
    {"sha1", 1000, "4231a8a50a10fa9758db8ec71fdef855b751048a"},
    {"sha224", 0, "d14a028c2a3a2bc9476102bb288234c415a2b01f828ea62ac5b3e42f"},
    {"sha224", 55, "703a7d6e61c83903b5db54ddf6dda2268211b47c90bbdac2ed306d8a"},
    {"sha224", 56, "850fef35478d7a94a417713dbded4a39c18be2b40e6f20f47066d306"},
    {"sha224", 64, "e480c1c21ffd3f109fc0cde0daf967c748932b64f8e259d98db17420"},
    {"sha224", 111, "5d5ba2469a7db3e3d5b622bdefbb8fef5582222b0f3dd41db4b62075"},
    {"sha224", 112, "df564afcb13bf4a0b08d0d3132418ad63f523107e6003f3506167a5b"},
    {"sha224", 128, "6df983e89c8c13cecdfb5f16fc67792ae3c4d062df69124d889a396f"},
    {"sha224", 1000, "23729dacbd480285c5c68439e2fe22ca5611a63cd6c14d2ec5ae2c85"},
    {"sha256", 0, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
    {"sha256", 55, "e7313d333c272e639f790978283f9eb392e843d0f29b7016828bb1daa4aac70b"},
    {"sha256", 56, "4324d65f3c103567f5589c710bc08f8523f929a9272e3af36fc968e52abc6c27"},
    {"sha256", 64, "39e3d7b6b5d075d37d053ad89b24b41bef4f3c29760c84447cab3f3be1882241"},
    {"sha256", 111, "67d9492e628fd376e0b2efec8ca2b99b123e202cf620deb270728df979b2f73e"},
    {"sha256", 112, "96b928cff8528dbb99602c709a65b846cb6467acb8b722f0d758e4dc27bfc508"},
    {"sha256", 128, "d2742f1f4ac6bb7ca2b239ee18402ba8b3f9f8e652d2a72973c2b9ba11c08cf6"},
    {"sha256", 1000, "1e9bc38cbf860b9ec31918b065f9b52476c549a782e0e7990bed8ce3868d2371"},
    {"sha384", 0, "38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2f148"
     "98b95b"},
    {"sha384", 55, "fc2728f452750d08b5dbad1aea53202e7fc19c06894d13e36c433b0444a899277c49f16e0577c03db0f0605578"
     "836ef6"},
    {"sha384", 56, "6c969a865f38d2eaac60b7963a84c97ba27bcb76e589cbe1e2e89ead6aee4ad0337a4268f054be49c604ddd996"
     "92036d"},
    {"sha384", 64, "99d26430f561864c2f7d90b68650b960c86c85d6bf7f54ceeee404bdd59663a7f05588b5c750b862a2a24f6a9a"
     "d4c050"},
    {"sha384", 111, "341388a9dc2275074e90cf394323761919761c805fd9e370977c9966a0e8c81a52135f02577670b0071638a4a2"
     "6dbc31"},
    {"sha384", 112, "619cc5d06138526d70659eccf602d197e63e1050e22039a7feb40a30a5b2b08fb03729e291df12f8c576e6f1cd"
     "8af22a"},
    {"sha384", 128, "e8480e9c4dd90f88104a79cbaccec48edbd798a142b4f241d726dc252f1502350e824c7d18dadd59d7d716919f"
     "b8f9bf"},
    {"sha384", 1000, "94c38db521ca733b8904c2d14b6e82d33dcfcc26e1318c579dbee1fc2f472019034e792263b9d46e90e700de2f"
     "6e7e91"},
    {"sha512", 0, "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d287"
     "7eec2f63b931bd47417a81a538327af927da3e"},
    {"sha512", 55, "14fd424b1fcadee624da946ab03f7e1def7c0d6e00f689594319881a26ff30b875ba4c622ac13100c8cc784c9c"
     "2eb23159aecbb4a02e3999062f551193e2b256"},
    {"sha512", 56, "480fa85be41ef55a41208ca28ffc8743c91cf7d24758defe6f95bfb16de614fc86b701034896b047dd571de431"
     "8853d80e0809df162f1752cb26da6ddb94a0dd"},
    {"sha512", 64, "8f3cc30b3fb5bf963688a46488249248ac2c67f0f85a145233c6c1e3c16dcd1df634c07d1d31da02576f65b9cf"
     "64e1c3fdb318b689b8a14e2e9552bcf30fb133"},
    {"sha512", 111, "68cffa6d0d76f309c9ce0d35280939f8e25990c43b7b086ccdf709be35b07d4ddba599541ff2b1c19d34ea49ae"
     "afb9659adb7ac3c0b078bb30a22d57fc6687ef"},
    {"sha512", 112, "d0865c524d1dddf7c23b799c413f5adcd7caefd3f66a9b49750ec81066012c25a8bcf94ddea6dc525691673097"
     "ca40e0101e897fc97218cfdb0704084e2bef4b"},
    {"sha512", 128, "99b16f17aa0b969a5b8f08f367719d516e330ccd2660b6f0688ec031dbc783de50a1cd185a2568dba75070a240"
     "3d17d4741d163578515dfd2ff756ddfe4d47b1"},
    {"sha512", 1000, "00e36fccf193e59697a92b5ab24666ce6326d7fa16bf10832d0991ddc591112e9dfa6a636950ed9c4d67344a76"
     "0654c2ff7785e1d60094d651038735b5dccabd"},
};

static void hex_of(const GpDigest *d, char *hex) {
  uint8_t out[GP_DIGEST_MAX];
  gp_digest_final(d, out);
  for (size_t k = 0; k < gp_digest_size(d->alg); k++)
    snprintf(hex + 2 * k, 3, "%02x", out[k]);
}

static void test_algorithms(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof algs / sizeof *algs; i++) {
    uint8_t data[1000];
    for (size_t k = 0; k < algs[i].n; k++)
      data[k] = (uint8_t)((k * 7 + 3) & 255);
    int alg = gp_digest_find(algs[i].alg);
    assert_true(alg >= 0);
    GpDigest whole, pieces;
    gp_digest_init(&whole, (GpDigestAlg)alg);
    gp_digest_update(&whole, data, algs[i].n);
    gp_digest_init(&pieces, (GpDigestAlg)alg);
    for (size_t k = 0; k < algs[i].n; k += 13)
      gp_digest_update(&pieces, data + k, algs[i].n - k < 13 ? algs[i].n - k : 13);
    char a[2 * GP_DIGEST_MAX + 1], b[2 * GP_DIGEST_MAX + 1];
    hex_of(&whole, a);
    hex_of(&pieces, b);
    assert_string_equal(a, algs[i].hex);
    assert_string_equal(b, algs[i].hex);
    assert_true(gp_digest_valid(&pieces));
    hex_of(&pieces, b); /* final again: the state did not change */
    assert_string_equal(b, algs[i].hex);
  }
  assert_int_equal(gp_digest_find("sha3_256"), -1);
}

int main(void) {
  const struct CMUnitTest tests[] = {cmocka_unit_test(test_digests),
                                     cmocka_unit_test(test_algorithms)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}

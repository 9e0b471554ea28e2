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
    {"sha384", 0,
     "38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2f148"
     "98b95b"},
    {"sha384", 55,
     "fc2728f452750d08b5dbad1aea53202e7fc19c06894d13e36c433b0444a899277c49f16e0577c03db0f0605578"
     "836ef6"},
    {"sha384", 56,
     "6c969a865f38d2eaac60b7963a84c97ba27bcb76e589cbe1e2e89ead6aee4ad0337a4268f054be49c604ddd996"
     "92036d"},
    {"sha384", 64,
     "99d26430f561864c2f7d90b68650b960c86c85d6bf7f54ceeee404bdd59663a7f05588b5c750b862a2a24f6a9a"
     "d4c050"},
    {"sha384", 111,
     "341388a9dc2275074e90cf394323761919761c805fd9e370977c9966a0e8c81a52135f02577670b0071638a4a2"
     "6dbc31"},
    {"sha384", 112,
     "619cc5d06138526d70659eccf602d197e63e1050e22039a7feb40a30a5b2b08fb03729e291df12f8c576e6f1cd"
     "8af22a"},
    {"sha384", 128,
     "e8480e9c4dd90f88104a79cbaccec48edbd798a142b4f241d726dc252f1502350e824c7d18dadd59d7d716919f"
     "b8f9bf"},
    {"sha384", 1000,
     "94c38db521ca733b8904c2d14b6e82d33dcfcc26e1318c579dbee1fc2f472019034e792263b9d46e90e700de2f"
     "6e7e91"},
    {"sha512", 0,
     "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d287"
     "7eec2f63b931bd47417a81a538327af927da3e"},
    {"sha512", 55,
     "14fd424b1fcadee624da946ab03f7e1def7c0d6e00f689594319881a26ff30b875ba4c622ac13100c8cc784c9c"
     "2eb23159aecbb4a02e3999062f551193e2b256"},
    {"sha512", 56,
     "480fa85be41ef55a41208ca28ffc8743c91cf7d24758defe6f95bfb16de614fc86b701034896b047dd571de431"
     "8853d80e0809df162f1752cb26da6ddb94a0dd"},
    {"sha512", 64,
     "8f3cc30b3fb5bf963688a46488249248ac2c67f0f85a145233c6c1e3c16dcd1df634c07d1d31da02576f65b9cf"
     "64e1c3fdb318b689b8a14e2e9552bcf30fb133"},
    {"sha512", 111,
     "68cffa6d0d76f309c9ce0d35280939f8e25990c43b7b086ccdf709be35b07d4ddba599541ff2b1c19d34ea49ae"
     "afb9659adb7ac3c0b078bb30a22d57fc6687ef"},
    {"sha512", 112,
     "d0865c524d1dddf7c23b799c413f5adcd7caefd3f66a9b49750ec81066012c25a8bcf94ddea6dc525691673097"
     "ca40e0101e897fc97218cfdb0704084e2bef4b"},
    {"sha512", 128,
     "99b16f17aa0b969a5b8f08f367719d516e330ccd2660b6f0688ec031dbc783de50a1cd185a2568dba75070a240"
     "3d17d4741d163578515dfd2ff756ddfe4d47b1"},
    {"sha512", 1000,
     "00e36fccf193e59697a92b5ab24666ce6326d7fa16bf10832d0991ddc591112e9dfa6a636950ed9c4d67344a76"
     "0654c2ff7785e1d60094d651038735b5dccabd"},
    {"sha3_224", 0, "6b4e03423667dbb73b6e15454f0eb1abd4597f9a1b078e3f5b5a6bc7"},
    {"sha3_224", 63, "b7267ed5c17885524bce70f0c968a1c3e1a54a85d7d2aa70169219b6"},
    {"sha3_224", 64, "3d1c96b68a5312984a03e3614c45086a4dee65ca6f3a6d5a177af1c7"},
    {"sha3_224", 65, "5bdb23f3249bb10e2150a6f79f89702bfe8234ac9e7f7fa41ce9d103"},
    {"sha3_224", 71, "a3e5308e10d6ee809f8536760bbf52469dab5169eb2a7b8ab4d0a63b"},
    {"sha3_224", 72, "a84dd5afcf2cadf543c08edeb1b8ca9f2a39a32a84009cde3110aaaf"},
    {"sha3_224", 128, "62abbb70fd8ef74c4b94e1e4b8798f0af75edc1908c541f5c09cabec"},
    {"sha3_224", 129, "5f278642f050dc815725e4845db32b903c711be52dd7ff278a5168c0"},
    {"sha3_224", 135, "1020297b2062e4a80055cb9c8a8ca9645fe854fafa2c4aba3a5ca66b"},
    {"sha3_224", 136, "f3ed6ce9b05b8497549ffb0653305e08a1eee9f0b643db6991ffa264"},
    {"sha3_224", 144, "9f86e9419fb4b658c051ca35aaa2dca71c64797be6af09cbb466ae5d"},
    {"sha3_224", 1000, "56812d3d31242051de174106777f4108c791ab801f1569f73d57fa0b"},
    {"sha3_256", 0, "a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a"},
    {"sha3_256", 63, "1275539a6596eb01fbc83a54af2f2994aa7ea8beb0b0d440ae07c620ad8eaa9f"},
    {"sha3_256", 64, "85c576bd8097a119432293d7b09da76d336aff9acda1c0708cf03bdd999911cd"},
    {"sha3_256", 65, "2d2073ae107304cbc7d72702212b97891488b4754f4d13e020b248a1dedc14a5"},
    {"sha3_256", 71, "254f2ac1df8eae4233c0c2fe74a03331b856518800936943cdbe57d7d224f224"},
    {"sha3_256", 72, "f4bb95e698a2c13bd27f089f3762076daa40b629dc5d7ec53dbe163fca4a4bf3"},
    {"sha3_256", 128, "fcb6ea7388b68266e5df9f9beaf980fca55fdc6393f4d97ce1bcb2096eb4a975"},
    {"sha3_256", 129, "7f516cd0d670dc44936a6f7e9b67271e41d88502acb3936a02b464f9475ca2cc"},
    {"sha3_256", 135, "d9dcf1f98e49a79b0643a9e68fef48079ff8777c5e7e7f93469ded65f192ac71"},
    {"sha3_256", 136, "743bd32e775ac7387a57d4d574c89ddef5ebcb08bb5cc6b88c55a27b5035cc45"},
    {"sha3_256", 144, "461199c2ec9cbef1469a587fb4c05c1fb9d4b5bbac259817e0c87331bda30c5a"},
    {"sha3_256", 1000, "bd8b4d76041e0135e53fab1aaf425c7b1c129d8878ffb64cc31230ccafd7dc7c"},
    {"sha3_384", 0,
     "0c63a75b845e4f7d01107d852e4c2485c51a50aaaa94fc61995e71bbee983a2ac3713831264adb47fb6bd1e058"
     "d5f004"},
    {"sha3_384", 63,
     "19e0cf651bee5a9898b41bc7061faf30b19704dfe31dd88b138a4f9625d5341bff91c01267f09009d08c933a6f"
     "5ea7bc"},
    {"sha3_384", 64,
     "b9240ffef3debbe9b930f9f67210ffa0fb33f620fc715ab56845d1b212473d9388709ad46d68afbf1b21a6ef25"
     "2a2732"},
    {"sha3_384", 65,
     "8fc6c403d555aa961dc5ed064ae9d9c72a802f0db6cf007b535d93efabf88cec42ffe7f0348f47661f4e85fd0d"
     "e03502"},
    {"sha3_384", 71,
     "3d3fc62c8617f0400959372bad3c9a7037180a41030fdb222155f4cac81358d8c981b15673461d000f9c714492"
     "c7c3bd"},
    {"sha3_384", 72,
     "9dbaa8e9380eb37b56147db9c374d4b67845756731aaafa31d6637715e32d7a5405d1b51cabe0df44b6a847476"
     "684999"},
    {"sha3_384", 128,
     "50cd60bf83e7440e396fab0904ba49754267d15bf00e5afdc71336b6c9402336be0b15a272119703cbb7ab3da5"
     "406001"},
    {"sha3_384", 129,
     "d8a8ac09a99d742c51a1080dd894d67127ee3affb7f8b11e14171ebd87f21604c69bda86e77ebe1eebc7015c93"
     "f8d70f"},
    {"sha3_384", 135,
     "4143a14ba7c5973d9e9bc20b7b53bde5cef330c8bfcd795bfc72fde07309175beaf2f390ed1d66312ce47633e4"
     "ceb234"},
    {"sha3_384", 136,
     "b78775c23ceb19ee61274146b8e83a7768c7d4e4872417b146e569d1c4507668c148196fb799ae1d97d312f41e"
     "140e69"},
    {"sha3_384", 144,
     "82268278d6a922fa5bae5ca2097c33d41a0beb87c396880c9633695e56bbafc23b47be66263a39bedfc1fbf23d"
     "c15fcf"},
    {"sha3_384", 1000,
     "01269eed23d8f1c00d333933989211974c16fed038dfde30f8514168ae13e8409f565dbe4d81399b6ed23db976"
     "2f7989"},
    {"sha3_512", 0,
     "a69f73cca23a9ac5c8b567dc185a756e97c982164fe25859e0d1dcc1475c80a615b2123af1f5f94c11e3e9402c"
     "3ac558f500199d95b6d3e301758586281dcd26"},
    {"sha3_512", 63,
     "ef3d22309d3cf4ce62e7f5913e3c8266e92bca25230a0f99db0c2e169c2609f635bd10a26ecc8a640bab849907"
     "08cad41520266815a214d4b62c57f9dfd08bd3"},
    {"sha3_512", 64,
     "f37322220063c7eb72c37e9ede7eaa19d20836e3144d7fa26847d2b2234232b942999eadb626ca668d5d9063f3"
     "53ddc9460186de2e5b0041d9367e6880068ee0"},
    {"sha3_512", 65,
     "3cf0f4358e102da7286bf2105d7d980266b3d45d1c229638ecb0a36314f086bde440a282e103b0eb1cd9d9a529"
     "495515ee60a5a81bc1b6ad8798b33898547ed8"},
    {"sha3_512", 71,
     "a02d5795bffd44cb0ac3cc3401ae89056b8017242eaf7e802033e974672ce7945811760c3b0d9578bc51bf90c3"
     "64636ac87cda9b4f3e45620ea9c030421e9d86"},
    {"sha3_512", 72,
     "2ec0da5ff440c192d33033c4257eb39dcbd27edd7e41b5ac8db9daf13db501a2ef938151aaddd82f600335654f"
     "77512cbcc926ec5abb05b79282ec716d685618"},
    {"sha3_512", 128,
     "469992409e1433702f7787fc5bf787db2e3db04af63f06c6c34b647adc4deb92dc96cb5e5a50d97a05b685f76f"
     "b0ff4c057fe07ed8542d38a988a922fe600ade"},
    {"sha3_512", 129,
     "a455cead1dac677a33532a8962fb07f985a8d26d176df407cb4b43ce6b5ddd708d6a0ec25237f24261972233aa"
     "62afab09d26e70c552fa3ad74440ccf6e02d47"},
    {"sha3_512", 135,
     "9e9d81e346cf9a62dc4bda518e4096db553188368da1535eaa441982b98d399c0c8f0136f987886b94d1770387"
     "e07b276660317ccb66884cc7427550b7780cd4"},
    {"sha3_512", 136,
     "62c81b78426786e5a5d431082d98857c7e6b1988fd721478386233be5c19731cea3944dc24e192fb976e422d8b"
     "d31524c35026e615ab54c31a58ab772abfe6d7"},
    {"sha3_512", 144,
     "c6b8908e7b60f09ed38ffaf0ff9d6f3edd53ce3140076fc947bd3962c79c64d845d80b48f63b076dd7f4f0c360"
     "eb952dc940c99ed09a6fbdeabb51035b18e41d"},
    {"sha3_512", 1000,
     "3d71681b54b99f11ddeb233b0a41b65896f7b30dda9e83d52864a4e818a09408e2f306028abe973298f96ee081"
     "a06e5ac8156cd7b856f0eb28270e1ca37bd0c6"},
    {"blake2b", 0,
     "786a02f742015903c6c6fd852552d272912f4740e15847618a86e217f71f5419d25e1031afee58531389644493"
     "4eb04b903a685b1448b755d56f701afe9be2ce"},
    {"blake2b", 63,
     "70b2a0e6daecac22c7a2df82c06e3fc0b4c66bd5ef8098e4ed54e723b393d79ef3bceba079a01a14c6ef2ae2ed"
     "1171df1662cd14ef38e6f77b01c7f48144dd09"},
    {"blake2b", 64,
     "3db7bb5c40745f0c975ac6bb8578f590e2cd2cc1fc6d13533ef725325c9fddff5cca24e7a591a0f6032a24fad0"
     "e09f6df873c4ff314628391f78df7f09cb7ed7"},
    {"blake2b", 65,
     "149c114a3e8c6e06bafee27c9d0de0e39ef28294fa0d9f81876dcceb10bb41101e256593587e46b844819ed7de"
     "d90d56c0843df06c95d1695c3de635cd7a888e"},
    {"blake2b", 71,
     "d2605d23a35892762620bf7ca1aa2b06aeda2712042fc644ee4e6c832a3619979270cd9e0bfed5cbd9938248de"
     "9bf0b68bd71a5f04b3f0529cd79637bf70edca"},
    {"blake2b", 72,
     "46271529b784e84dc555e616721404f4b2d5ef2045629438ffc47b6fbceac4441d5536d31a297754d35e1c47eb"
     "1e823e6b6684f005fbc3a64c8f300d8be42d71"},
    {"blake2b", 128,
     "2d9e329f42afa3601d646692b81c13e87fcaff5bf15972e9813d7373cb6d181f9599f4d513d4af4fd6ebd37497"
     "aceb29aba5ee23ed764d8510b552bd088814fb"},
    {"blake2b", 129,
     "47889df9eb4d717afc5019df5c6a83df00a0b8677395e078cd5778ace0f338a618e68b7d9afb065d9e6a01ccd3"
     "1d109447e7fae771c3ee3e105709194122ba2b"},
    {"blake2b", 135,
     "c6a955e0596582f752fd76d9946857e2814f6cf708b5d5acb2cbd60cd3521b40c973c1e9324a3fade29c1e6945"
     "cdc0d8459de12d71bdad1c338c623df89a6ac3"},
    {"blake2b", 136,
     "0cc0696654257080227f3db6ccaae4e0b5f910e16fe81d086b15a57c69e47e17e42d6a044fca24998aa3840110"
     "b06de1257da9a82aa7e9103c49b63aab32092f"},
    {"blake2b", 144,
     "92a4832973210e528402dfb936c0a2a11a7fb88c47a5ec247ae8db0ac78e0933f50011ceb91d7d2806b585113b"
     "314e2794fe26e03d95870912a96c8602ff24b8"},
    {"blake2b", 1000,
     "4bdd2c9cf31d797a81d245c989ffb7515143ca345c66f73087dd5c58bf642bf083ba16894eab79e3b08d512640"
     "4d833e7510271b50be36a7b7cbbb46f5c89fac"},
    {"blake2s", 0, "69217a3079908094e11121d042354a7c1f55b6482ca1a51e1b250dfd1ed0eef9"},
    {"blake2s", 63, "de27df0e375d83c49f1af9ca8270f9f2fe7b70bf800fc01672db0e9746021ebf"},
    {"blake2s", 64, "5377e4ff957bda4d4535f4879876b71a61056c4cec31e78397c66ec47a86a130"},
    {"blake2s", 65, "19b1b26fba093f4a670d8913e1b71cbb2916dfa701018cc6b05785c966593374"},
    {"blake2s", 71, "db4535f16e6e24e2f21a6191d18af94356062f91da6234827a5780dfdbe4acd3"},
    {"blake2s", 72, "1401a59269075fabb72aa6fbb6c6f6391f7dbdc0d5c3292dd583cf3ee11e3b47"},
    {"blake2s", 128, "83470c75afa23d90cd7659906e4b47daa278131fbb225241dd37a40fd5355ac7"},
    {"blake2s", 129, "26fd8892ab0a5f12d4acbff1efd7dcd92b99e2d377f888f07e3cb81b232b11cf"},
    {"blake2s", 135, "4efa0dcfd666586f610f59b05e2d5e1b2a336d3743b8ad44b242617a388d428f"},
    {"blake2s", 136, "972fe8ebb1c5a1a1ae14d8bdef125f42f60815dfe2d718e17787222f3c3ebc43"},
    {"blake2s", 144, "a67c784ceaecda2a4e27d5308af570d6bfa54a3019622e71e4faf124bcf46b67"},
    {"blake2s", 1000, "02a016193469710efadf8fb005ca19b509331cb847df5598cc0794bded669681"},
};

static void data_of(uint8_t *data, size_t n) {
  for (size_t k = 0; k < n; k++)
    data[k] = (uint8_t)((k * 7 + 3) & 255);
}

static void hex_of(const GpDigest *d, char *hex) {
  uint8_t out[GP_DIGEST_MAX];
  gp_digest_final(d, out, gp_digest_len(d));
  for (size_t k = 0; k < gp_digest_size(d->alg); k++)
    snprintf(hex + 2 * k, 3, "%02x", out[k]);
}

static void test_algorithms(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof algs / sizeof *algs; i++) {
    uint8_t data[1000];
    data_of(data, algs[i].n);
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
  assert_int_equal(gp_digest_find("sha3-256"), -1);
}

static void hex_n(const GpDigest *d, size_t n, char *hex) {
  uint8_t out[300];
  gp_digest_final(d, out, n);
  for (size_t k = 0; k < n; k++)
    snprintf(hex + 2 * k, 3, "%02x", out[k]);
}

/* SHAKE's output of any length: past one rate the sponge squeezes again. */
static void test_shake(void **state) {
  (void)state;
  uint8_t data[200];
  data_of(data, sizeof data);
  GpDigest d;
  gp_digest_init(&d, GP_SHAKE128);
  gp_digest_update(&d, data, sizeof data);
  assert_int_equal(gp_digest_len(&d), 0);
  char hex[601];
  hex_n(&d, 300, hex);
  assert_string_equal(hex + 600 - 40, "4513b15beed3981b7b8e3f6aba1d6bc301886c73");
  gp_digest_init(&d, GP_SHAKE256);
  hex_n(&d, 20, hex);
  assert_string_equal(hex, "46b9dd2b0ba88d13233b3feb743eeb243fcd52ea");
}

/* BLAKE2 with every parameter set, and the ranges gp_blake2_init checks. */
static void test_blake2_params(void **state) {
  (void)state;
  uint8_t data[100];
  data_of(data, sizeof data);
  GpBlake2Params p = {.size = 32,
                      .key = (const uint8_t *)"gilbench",
                      .keylen = 8,
                      .salt = (const uint8_t *)"salt",
                      .saltlen = 4,
                      .person = (const uint8_t *)"me",
                      .personlen = 2,
                      .fanout = 2,
                      .depth = 3,
                      .leaf_size = 7,
                      .node_offset = 9,
                      .node_depth = 1,
                      .inner_size = 16,
                      .last_node = true};
  GpDigest d;
  char hex[2 * GP_DIGEST_MAX + 1];
  assert_null(gp_blake2_init(&d, GP_BLAKE2B, &p));
  gp_digest_update(&d, data, sizeof data);
  hex_n(&d, gp_digest_len(&d), hex);
  assert_string_equal(hex, "99ad8cf3d293903f977601d5b9ba040814a931d92cc8e66745e3d2e13e6716eb");
  p.size = 20;
  assert_null(gp_blake2_init(&d, GP_BLAKE2S, &p));
  gp_digest_update(&d, data, sizeof data);
  hex_n(&d, gp_digest_len(&d), hex);
  assert_string_equal(hex, "7724e25edb9ffcc79a5ca3f575d1e628cc1443db");
  GpBlake2Params bad = p;
  bad.size = 33;
  assert_string_equal(gp_blake2_init(&d, GP_BLAKE2S, &bad), "digest_size");
  bad = p;
  bad.saltlen = 9;
  assert_string_equal(gp_blake2_init(&d, GP_BLAKE2S, &bad), "salt");
  bad = p;
  bad.node_offset = (uint64_t)1 << 48;
  assert_string_equal(gp_blake2_init(&d, GP_BLAKE2S, &bad), "node_offset");
  assert_null(gp_blake2_init(&d, GP_BLAKE2B, &bad));
  bad.depth = 0;
  assert_string_equal(gp_blake2_init(&d, GP_BLAKE2B, &bad), "depth");
  assert_string_equal(gp_blake2_init(&d, GP_SHA256, &p), "algorithm");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_digests), cmocka_unit_test(test_algorithms),
      cmocka_unit_test(test_shake), cmocka_unit_test(test_blake2_params)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}

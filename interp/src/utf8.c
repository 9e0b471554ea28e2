/*
** utf8.c — UTF-8 validation, encoding and decoding, and the few Unicode
** character properties str.c needs. The properties are exact for ASCII and
** Latin-1 and cover the common alphabets (Greek, Cyrillic) beyond; the C
** library's wide-char tables depend on the locale and are ASCII-only in "C".
*/
#include "obj.h"

bool gp_utf8_valid(const char *s, size_t n, size_t *nchars) {
  const unsigned char *p = (const unsigned char *)s, *end = p + n;
  size_t count = 0;
  while (p < end) {
    unsigned c = *p;
    size_t k;
    uint32_t cp, min;
    if (c < 0x80) {
      p++;
      count++;
      continue;
    } else if ((c & 0xe0) == 0xc0) {
      k = 1, cp = c & 0x1f, min = 0x80;
    } else if ((c & 0xf0) == 0xe0) {
      k = 2, cp = c & 0x0f, min = 0x800;
    } else if ((c & 0xf8) == 0xf0) {
      k = 3, cp = c & 0x07, min = 0x10000;
    } else {
      return false;
    }
    if ((size_t)(end - p) <= k) return false;
    for (size_t i = 1; i <= k; i++) {
      if ((p[i] & 0xc0) != 0x80) return false;
      cp = (cp << 6) | (p[i] & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return false;
    p += k + 1;
    count++;
  }
  if (nchars) *nchars = count;
  return true;
}

size_t gp_utf8_encode(uint32_t cp, char *out) {
  unsigned char *o = (unsigned char *)out;
  if (cp < 0x80) {
    o[0] = (unsigned char)cp;
    return 1;
  }
  if (cp < 0x800) {
    o[0] = (unsigned char)(0xc0 | (cp >> 6));
    o[1] = (unsigned char)(0x80 | (cp & 0x3f));
    return 2;
  }
  if (cp < 0x10000) {
    o[0] = (unsigned char)(0xe0 | (cp >> 12));
    o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
    o[2] = (unsigned char)(0x80 | (cp & 0x3f));
    return 3;
  }
  o[0] = (unsigned char)(0xf0 | (cp >> 18));
  o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3f));
  o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
  o[3] = (unsigned char)(0x80 | (cp & 0x3f));
  return 4;
}

uint32_t gp_utf8_decode(const char *s, size_t *len) {
  const unsigned char *p = (const unsigned char *)s;
  unsigned c = p[0];
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  if (c < 0xe0) {
    *len = 2;
    return ((c & 0x1fu) << 6) | (p[1] & 0x3fu);
  }
  if (c < 0xf0) {
    *len = 3;
    return ((c & 0x0fu) << 12) | ((p[1] & 0x3fu) << 6) | (p[2] & 0x3fu);
  }
  *len = 4;
  return ((c & 0x07u) << 18) | ((p[1] & 0x3fu) << 12) | ((p[2] & 0x3fu) << 6) | (p[3] & 0x3fu);
}

size_t gp_utf8_count(const char *s, size_t n) {
  size_t count = 0;
  for (size_t i = 0; i < n; i++) count += ((unsigned char)s[i] & 0xc0) != 0x80;
  return count;
}

size_t gp_utf8_skip(const char *s, size_t n, size_t nchars) {
  size_t i = 0;
  while (nchars > 0 && i < n) {
    i++;
    while (i < n && ((unsigned char)s[i] & 0xc0) == 0x80) i++;
    nchars--;
  }
  return i;
}

/* Assigned code points Python's str.isprintable() rejects (Cc, Cf, Cs, Co,
** Zl, Zp and Zs other than the space); unassigned ones are shown as-is. */
static const uint32_t nonprint[][2] = {
    {0x0, 0x1f},         {0x7f, 0xa0},       {0xad, 0xad},       {0x600, 0x605},
    {0x61c, 0x61c},      {0x6dd, 0x6dd},     {0x70f, 0x70f},     {0x890, 0x891},
    {0x8e2, 0x8e2},      {0x1680, 0x1680},   {0x180e, 0x180e},   {0x2000, 0x200f},
    {0x2028, 0x202f},    {0x205f, 0x206f},   {0x3000, 0x3000},   {0xd800, 0xf8ff},
    {0xfeff, 0xfeff},    {0xfff9, 0xfffb},   {0xfffe, 0xffff},   {0x110bd, 0x110bd},
    {0x110cd, 0x110cd},  {0x13430, 0x1343f}, {0x1bca0, 0x1bca3}, {0x1d173, 0x1d17a},
    {0xe0001, 0xe0001},  {0xe0020, 0xe007f}, {0xf0000, 0x10ffff}};

bool gp_unicode_isprintable(uint32_t cp) {
  if (cp >= 0x20 && cp < 0x7f) return true;
  for (size_t i = 0; i < sizeof nonprint / sizeof nonprint[0]; i++) {
    if (cp < nonprint[i][0]) return true;
    if (cp <= nonprint[i][1]) return false;
  }
  return true;
}

bool gp_unicode_isspace(uint32_t cp) {
  return (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x20) || cp == 0x85 || cp == 0xa0 ||
         cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp == 0x2028 || cp == 0x2029 ||
         cp == 0x202f || cp == 0x205f || cp == 0x3000;
}

bool gp_unicode_isdigit(uint32_t cp) {
  return (cp >= '0' && cp <= '9') || cp == 0xb2 || cp == 0xb3 || cp == 0xb9 ||
         (cp >= 0x660 && cp <= 0x669) || (cp >= 0xff10 && cp <= 0xff19);
}

/* Lower/upper case mapping for ASCII, Latin-1, Latin Extended-A, Greek and
** Cyrillic; identity elsewhere. */
uint32_t gp_unicode_lower(uint32_t cp) {
  if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
  if ((cp >= 0xc0 && cp <= 0xde && cp != 0xd7) || (cp >= 0x391 && cp <= 0x3ab && cp != 0x3a2) ||
      (cp >= 0x410 && cp <= 0x42f))
    return cp + 32;
  if (cp >= 0x400 && cp <= 0x40f) return cp + 80;
  if (cp >= 0x100 && cp <= 0x17f && cp != 0x130 && cp != 0x131 && cp != 0x138 && cp != 0x149 &&
      cp != 0x17f) {
    bool odd_upper = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17e);
    if (odd_upper ? (cp & 1) : !(cp & 1)) return cp + 1;
  }
  return cp;
}

uint32_t gp_unicode_upper(uint32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') ? cp - 32 : cp;
  if (cp == 0xb5) return 0x39c;
  if (cp == 0xff) return 0x178;
  if ((cp >= 0xe0 && cp <= 0xfe && cp != 0xf7) || (cp >= 0x3b1 && cp <= 0x3cb && cp != 0x3c2) ||
      (cp >= 0x430 && cp <= 0x44f))
    return cp - 32;
  if (cp == 0x3c2) return 0x3a3;
  if (cp >= 0x450 && cp <= 0x45f) return cp - 80;
  if (cp >= 0x100 && cp <= 0x17f && gp_unicode_lower(cp - 1) == cp) return cp - 1;
  return cp;
}

bool gp_unicode_islower(uint32_t cp) {
  return gp_unicode_upper(cp) != cp || cp == 0xdf || (cp >= 0x3ac && cp <= 0x3af);
}

bool gp_unicode_isupper(uint32_t cp) { return gp_unicode_lower(cp) != cp; }

bool gp_unicode_isalpha(uint32_t cp) {
  if (cp < 0x80) return (cp | 32) >= 'a' && (cp | 32) <= 'z';
  if (cp == 0xaa || cp == 0xb5 || cp == 0xba) return true;
  if (cp >= 0xc0 && cp <= 0x24f) return cp != 0xd7 && cp != 0xf7;
  if (gp_unicode_lower(cp) != cp || gp_unicode_upper(cp) != cp) return true;
  /* CJK, Hiragana/Katakana, Hangul, Hebrew, Arabic letters */
  return (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3041 && cp <= 0x30ff && cp != 0x30fb) ||
         (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0x5d0 && cp <= 0x5ea) ||
         (cp >= 0x620 && cp <= 0x64a);
}

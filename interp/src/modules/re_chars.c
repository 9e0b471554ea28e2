/*
** re_chars.c — the character tests of the re module: \d \w \s in their
** Unicode meaning (str patterns) or ASCII one (re.ASCII, bytes), case
** folding for re.IGNORECASE over the interpreter's simple case tables,
** and membership in a character set.
*/
#include "obj.h"
#include "re.h"

bool re_is_digit(uint32_t c, bool ascii) {
  if (c < 0x80 || ascii) return c >= '0' && c <= '9';
  return gp_unicode_decimal(c) >= 0; /* \d is str.isdecimal (Nd) */
}

bool re_is_word(uint32_t c, bool ascii) {
  if (c < 0x80 || ascii)
    return c < 0x80 && (c == '_' || (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z'));
  return gp_unicode_isalpha(c) || gp_unicode_isnumeric(c); /* str.isalnum, as _sre */
}

bool re_is_space(uint32_t c, bool ascii) {
  if (c < 0x80 || ascii)
    return c == ' ' || (c >= '\t' && c <= '\r') || (!ascii && c >= 0x1c && c <= 0x1f);
  return gp_unicode_isspace(c);
}

uint32_t re_lower(uint32_t c, bool ascii) {
  if (c < 0x80 || ascii) return c >= 'A' && c <= 'Z' ? c + 32 : c;
  return gp_unicode_lower(c);
}

uint32_t re_upper(uint32_t c, bool ascii) {
  if (c < 0x80 || ascii) return c >= 'a' && c <= 'z' ? c - 32 : c;
  return gp_unicode_upper(c);
}

static bool in_ranges(const ReSet *s, uint32_t c) {
  for (int32_t k = 0; k < s->nranges; k++)
    if (c >= s->ranges[2 * k] && c <= s->ranges[2 * k + 1]) return true;
  return false;
}

static bool in_cats(const ReSet *s, uint32_t c) {
  uint8_t k = s->cats;
  bool a = s->ascii;
  return ((k & RC_DIGIT) && re_is_digit(c, a)) || ((k & RC_NDIGIT) && !re_is_digit(c, a)) ||
         ((k & RC_WORD) && re_is_word(c, a)) || ((k & RC_NWORD) && !re_is_word(c, a)) ||
         ((k & RC_SPACE) && re_is_space(c, a)) || ((k & RC_NSPACE) && !re_is_space(c, a));
}

bool re_set_has(const ReSet *s, uint32_t c) {
  bool in = in_ranges(s, c) || (s->cats && in_cats(s, c));
  if (!in && s->icase) {
    uint32_t lo = re_lower(c, s->ascii), up = re_upper(c, s->ascii);
    in = (lo != c && in_ranges(s, lo)) || (up != c && in_ranges(s, up));
  }
  return in != s->negate;
}

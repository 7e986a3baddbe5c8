#include "text/token_key.h"

#include <unicode/uchar.h>

#include "claimscope/utf8.h"

namespace claimscope::internal {
namespace {

int32_t Unify(int32_t cp) {
  switch (cp) {
    case 0x2018:
    case 0x2019:
    case 0x201B:
    case 0x02BC:
    case 0x0060:
    case 0x00B4:
      return '\'';
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2212:
      return '-';
    default:
      return cp;
  }
}

}  // namespace

void AppendTokenKey(std::string_view token, bool fold, std::string* out) {
  token = WithoutKeyPeriod(token);
  const auto* s = reinterpret_cast<const uint8_t*>(token.data());
  const size_t n = token.size();
  size_t i = 0;
  while (i < n) {
    // Runs of ASCII (nearly every token) are copied whole and folded in place: this runs for
    // every token of every document, and a push_back a character made it the lexicon
    // stage's largest cost.
    size_t ascii_end = i;
    while (ascii_end < n && s[ascii_end] < 0x80) ++ascii_end;
    if (ascii_end > i) {
      const size_t at = out->size();
      out->append(token.data() + i, ascii_end - i);
      if (fold) {
        for (char* c = out->data() + at; c != out->data() + out->size(); ++c) {
          if (*c >= 'A' && *c <= 'Z') *c = static_cast<char>(*c + 32);
        }
      }
      i = ascii_end;
      if (i == n) break;
    }
    int32_t cp = DecodeUtf8(s, n, &i);
    if (cp < 0) cp = 0xFFFD;
    cp = Unify(cp);
    if (fold) cp = static_cast<int32_t>(u_foldCase(cp, U_FOLD_CASE_DEFAULT));
    AppendUtf8(static_cast<uint32_t>(cp), out);
  }
}

std::string_view TokenKey(std::string_view token, bool fold, std::string* buffer) {
  const std::string_view key = WithoutKeyPeriod(token);
  for (const char c : key) {
    if (static_cast<uint8_t>(c) >= 0x80 || (fold && c >= 'A' && c <= 'Z')) {
      buffer->clear();
      AppendTokenKey(token, fold, buffer);
      return *buffer;
    }
  }
  return key;
}

}  // namespace claimscope::internal

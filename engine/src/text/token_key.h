// The normalised form of a token that lexicon matching compares: quote and dash variants
// unified, a final abbreviation period dropped, and (for case-insensitive keys) case folded.
#ifndef CLAIMSCOPE_SRC_TEXT_TOKEN_KEY_H_
#define CLAIMSCOPE_SRC_TEXT_TOKEN_KEY_H_

#include <string>
#include <string_view>

namespace claimscope::internal {

// `token` without the final abbreviation period that its key drops ("Corp." is "Corp"; a lone
// "." stays).
inline std::string_view WithoutKeyPeriod(std::string_view token) {
  return token.size() > 1 && token.back() == '.' ? token.substr(0, token.size() - 1) : token;
}

// Appends the key of `token` to `out`. With `fold`, case is folded (ICU simple case folding).
void AppendTokenKey(std::string_view token, bool fold, std::string* out);

// The key of `token`, the same bytes AppendTokenKey would append: a view into `token` itself
// when the key is a prefix of it (ASCII with nothing to fold: most tokens), else built in
// *buffer (cleared first). Valid while `token` and *buffer are. For lookups, where copying
// every token was a large part of the cost.
std::string_view TokenKey(std::string_view token, bool fold, std::string* buffer);

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_TEXT_TOKEN_KEY_H_

// The normalised form of a token that lexicon matching compares: quote and dash variants
// unified, a final abbreviation period dropped, and (for case-insensitive keys) case folded.
#ifndef CLAIMSCOPE_SRC_TOKEN_KEY_H_
#define CLAIMSCOPE_SRC_TOKEN_KEY_H_

#include <string>
#include <string_view>

namespace claimscope::internal {

// Appends the key of `token` to `out`. With `fold`, case is folded (ICU simple case folding).
void AppendTokenKey(std::string_view token, bool fold, std::string* out);

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_TOKEN_KEY_H_

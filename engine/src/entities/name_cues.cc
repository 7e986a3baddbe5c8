#include "entities/name_cues.h"

#include "text/token_key.h"

namespace claimscope::internal {

// Out of line: a part of a hyphenated token is rare, and its lookup a hash.
bool NameCues::IsPart(WordList list, uint32_t u, bool bare) const {
  const std::string_view w = Text(u);
  return lists_.words().Has(list, bare ? WithoutKeyPeriod(w) : w);
}

}  // namespace claimscope::internal

// Token keys: quote and dash variants unified, a final period dropped, case folded on
// request; TokenKey gives the bytes AppendTokenKey appends, without a copy where it can.
#include "text/token_key.h"

#include <doctest/doctest.h>

#include <string>

namespace claimscope::internal {
namespace {

std::string Key(std::string_view token, bool fold) {
  std::string out = "<";  // appended to, not replaced
  AppendTokenKey(token, fold, &out);
  return out.substr(1);
}

TEST_CASE("AppendTokenKey unifies, drops a final period and folds") {
  CHECK(Key("U.S.", true) == "u.s");
  CHECK(Key("U.S.", false) == "U.S");
  CHECK(Key(".", true) == ".");
  CHECK(Key("Boston’s", true) == "boston's");
  CHECK(Key("Coca–Cola", true) == "coca-cola");
  CHECK(Key("ÉLYSÉE", true) == "élysée");
  CHECK(Key("K", true) == "k");            // the Kelvin sign
  CHECK(Key("a\xFF", true) == "a\uFFFD");  // invalid bytes
  CHECK(Key("LongerThanEightBytes", true) == "longerthaneightbytes");
}

TEST_CASE("TokenKey is AppendTokenKey's key, a view into the token when it can be") {
  std::string buffer;
  for (const std::string_view token : {"said", "Said", "U.S.", "u.s.", ".", "3.5", "Boston’s",
                                       "café", "A", "well-known", "ÉLYSÉE", "a\xFF", "ALLCAPS."}) {
    for (const bool fold : {true, false}) {
      CAPTURE(token);
      CAPTURE(fold);
      CHECK(TokenKey(token, fold, &buffer) == Key(token, fold));
    }
  }
  const std::string_view lower = "said";
  CHECK(TokenKey(lower, true, &buffer).data() == lower.data());  // no copy
  const std::string_view upper = "SAID";
  CHECK(TokenKey(upper, false, &buffer).data() == upper.data());
  CHECK(TokenKey(upper, true, &buffer).data() == buffer.data());
}

}  // namespace
}  // namespace claimscope::internal

// The document date: validation of ISO dates and the "date YYYY-MM-DD" header line.
#ifndef CLAIMSCOPE_SRC_TEXT_DOCUMENT_DATE_H_
#define CLAIMSCOPE_SRC_TEXT_DOCUMENT_DATE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace re2 {
class RE2;
}

namespace claimscope::internal {

// True for a real calendar date written YYYY-MM-DD (years 1000-9999).
bool IsValidIsoDate(std::string_view date);

// Finds a "date YYYY-MM-DD" (or "Date: YYYY-MM-DD") header at the very top of a text.
class HeaderDateFinder {
 public:
  HeaderDateFinder();
  ~HeaderDateFinder();
  // Returns the date, or an empty string when the text has no valid header date. With
  // `end`, also where the header ends (0 when there is none).
  std::string Find(std::string_view text, uint32_t* end = nullptr) const;

 private:
  std::unique_ptr<re2::RE2> pattern_;
};

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_TEXT_DOCUMENT_DATE_H_

// The names of the record's kinds, as docs/output.md spells them (claimscope/record.h).
#include <array>
#include <string_view>

#include "claimscope/record.h"

namespace claimscope {
namespace {

constexpr std::array<const char*, 3> kEntityTypes = {"ORG", "PLACE", "PERSON"};
constexpr std::array<const char*, 7> kQuantityTypes = {"COUNT",    "MONEY", "PERCENT", "MEASURE",
                                                       "DURATION", "DATE",  "ORDINAL"};
constexpr std::array<const char*, 3> kQuoteKinds = {"direct", "partial", "indirect"};
constexpr std::array<const char*, 3> kEvidence = {"weak", "medium", "strong"};
constexpr std::array<const char*, 8> kSpeakerKinds = {
    "unknown", "person", "role", "organisation", "place", "group", "document", "author"};
constexpr std::array<const char*, 3> kGenders = {"unknown", "male", "female"};
constexpr std::array<const char*, 4> kGenderEvidence = {"pronoun", "title", "given_name",
                                                        "role_noun"};

template <size_t N, typename Kind>
const char* NameIn(const std::array<const char*, N>& names, Kind kind) {
  const auto i = static_cast<size_t>(kind);
  return i < N ? names[i] : "?";
}

}  // namespace

const char* EntityTypeName(EntityType type) { return NameIn(kEntityTypes, type); }
const char* QuantityTypeName(QuantityType type) { return NameIn(kQuantityTypes, type); }
const char* QuoteKindName(QuoteKind kind) { return NameIn(kQuoteKinds, kind); }
const char* SpeakerKindName(SpeakerKind kind) { return NameIn(kSpeakerKinds, kind); }
const char* EvidenceName(Evidence evidence) { return NameIn(kEvidence, evidence); }

bool ParseEvidence(std::string_view name, Evidence* evidence) {
  for (size_t i = 0; i < kEvidence.size(); ++i) {
    if (name == kEvidence[i]) {
      *evidence = static_cast<Evidence>(i);
      return true;
    }
  }
  return false;
}

const char* GenderName(Gender gender) { return NameIn(kGenders, gender); }

const char* GenderEvidenceName(GenderEvidence bit) {
  for (size_t i = 0; i < kGenderEvidence.size(); ++i) {
    if (bit == 1u << i) return kGenderEvidence[i];
  }
  return "?";
}

bool ParseQuantityType(std::string_view name, QuantityType* type) {
  for (size_t i = 0; i < kQuantityTypes.size(); ++i) {
    if (name == kQuantityTypes[i]) {
      *type = static_cast<QuantityType>(i);
      return true;
    }
  }
  return false;
}

}  // namespace claimscope

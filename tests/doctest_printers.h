// How doctest prints the values of failed checks: vectors of strings, the record's kinds.
#ifndef CLAIMSCOPE_TESTS_DOCTEST_PRINTERS_H_
#define CLAIMSCOPE_TESTS_DOCTEST_PRINTERS_H_

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "claimscope/record.h"

namespace doctest {

// The record's kinds by their output names ("ORG", "direct", ...).
template <>
struct StringMaker<claimscope::EntityType> {
  static String convert(claimscope::EntityType t) { return claimscope::EntityTypeName(t); }
};
template <>
struct StringMaker<claimscope::QuantityType> {
  static String convert(claimscope::QuantityType t) { return claimscope::QuantityTypeName(t); }
};
template <>
struct StringMaker<claimscope::QuoteKind> {
  static String convert(claimscope::QuoteKind k) { return claimscope::QuoteKindName(k); }
};
template <>
struct StringMaker<claimscope::SpeakerKind> {
  static String convert(claimscope::SpeakerKind k) { return claimscope::SpeakerKindName(k); }
};

template <>
struct StringMaker<std::vector<std::string>> {
  static String convert(const std::vector<std::string>& v) {
    std::string out = "{";
    for (size_t i = 0; i < v.size(); ++i) out += (i ? ", \"" : "\"") + v[i] + "\"";
    out += "}";
    return String(out.c_str());
  }
};

}  // namespace doctest

#endif  // CLAIMSCOPE_TESTS_DOCTEST_PRINTERS_H_

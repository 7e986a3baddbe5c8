// How doctest prints the values of failed checks on vectors of strings.
#ifndef CLAIMSCOPE_TESTS_DOCTEST_PRINTERS_H_
#define CLAIMSCOPE_TESTS_DOCTEST_PRINTERS_H_

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace doctest {

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

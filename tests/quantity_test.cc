// Quantities with the built-in grammars: each form of news English, its normalised value,
// and the numbers that must not become quantities.
#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "claimscope/engine.h"
#include "doctest_printers.h"
#include "shared_engine.h"

namespace claimscope {
namespace {

// "TYPE value unit" for every quantity (value as JSON would print it; unit "-" if none).
std::vector<std::string> Quantities(std::string_view text, std::string date = "2024-04-01") {
  Workspace ws;
  const Record r =
      testing::SharedEngine().Extract({.text = text, .id = "t", .date = std::move(date)}, &ws);
  std::vector<std::string> out;
  for (const Quantity& q : r.quantities) {
    std::string v = q.date_value;
    if (v.empty() && q.value) {
      char buf[32];
      std::snprintf(buf, sizeof buf, "%.12g", *q.value);
      v = buf;
    }
    if (v.empty()) v = "null";
    out.push_back(std::string(QuantityTypeName(q.type)) + " " + v + " " +
                  (q.unit.empty() ? "-" : q.unit));
  }
  return out;
}

using V = std::vector<std::string>;

TEST_CASE("counts name their counted noun") {
  CHECK(Quantities("they apprehended 15 suspected terrorists at the border") ==
        V{"COUNT 15 suspected terrorists"});
  CHECK(Quantities("four alleged gunmen") == V{"COUNT 4 alleged gunmen"});
  CHECK(Quantities("including 13 US service members.") == V{"COUNT 13 US service members"});
  CHECK(Quantities("2.4 million voters") == V{"COUNT 2400000 voters"});
  CHECK(Quantities("one hundred and forty-three people") == V{"COUNT 143 people"});
  CHECK(Quantities("143 killed in the attack") == V{"COUNT 143 killed"});
  CHECK(Quantities("hundreds of individuals") == V{"COUNT 100 individuals"});
}

TEST_CASE("elliptical counts and qualifiers") {
  CHECK(Quantities("15 in 2021, 98 in 2022 and 169 in 2023") ==
        V{"COUNT 15 -", "DATE 2021 -", "COUNT 98 -", "DATE 2022 -", "COUNT 169 -", "DATE 2023 -"});
  Workspace ws;
  const Record r = testing::SharedEngine().Extract(
      {.text = "about 4,000 dockworkers and at least 14 people"}, &ws);
  REQUIRE(r.quantities.size() == 2);
  CHECK(r.quantities[0].approx);
  CHECK(r.quantities[0].qualifier == "about");
  CHECK_FALSE(r.quantities[1].approx);
  CHECK(r.quantities[1].qualifier == "at least");
}

TEST_CASE("money: value in units, ISO 4217 code") {
  CHECK(Quantities("$7.25 million") == V{"MONEY 7250000 USD"});
  CHECK(Quantities("€3.8 billion") == V{"MONEY 3800000000 EUR"});
  CHECK(Quantities("640 million yen") == V{"MONEY 640000000 JPY"});
  CHECK(Quantities("$2.9bn") == V{"MONEY 2900000000 USD"});
  CHECK(Quantities("£300,000") == V{"MONEY 300000 GBP"});
  CHECK(Quantities("Rs 500 crore") == V{"MONEY 5000000000 INR"});
  CHECK(Quantities("a 240 million złoty bridge") == V{"MONEY 240000000 PLN"});
  CHECK(Quantities("shares fell 34 cents") == V{"MONEY 0.34 USD"});
}

TEST_CASE("percentages, ranges and pairs") {
  CHECK(Quantities("3.7%, 12 percent and nine per cent") ==
        V{"PERCENT 3.7 -", "PERCENT 12 -", "PERCENT 9 -"});
  CHECK(Quantities("a 9 percentage point lead") == V{"PERCENT 9 -"});
  Workspace ws;
  const Record r = testing::SharedEngine().Extract({.text = "rose 10-15%"}, &ws);
  REQUIRE(r.quantities.size() == 1);
  CHECK(*r.quantities[0].low == 10);
  CHECK(*r.quantities[0].high == 15);
  CHECK(Quantities("between 20 and 30 percent") == V{"PERCENT 20 -", "PERCENT 30 -"});
}

TEST_CASE("measures with normalised units") {
  CHECK(Quantities("312 millimetres of rain") == V{"MEASURE 312 millimetres"});
  CHECK(Quantities("18.6 billion tonnes") == V{"MEASURE 18600000000 tonnes"});
  CHECK(Quantities("rose by 1.8C") == V{"MEASURE 1.8 C"});
  CHECK(Quantities("a 100km road") == V{"MEASURE 100 kilometres"});
}

TEST_CASE("durations") {
  CHECK(Quantities("in the past 20 years") == V{"DURATION 20 years"});
  CHECK(Quantities("a five-year sentence") == V{"DURATION 5 years"});
  CHECK(Quantities("jailed for six years and eight months") ==
        V{"DURATION 6 years", "DURATION 8 months"});
  Workspace ws;
  const Record r = testing::SharedEngine().Extract({.text = "a few more weeks"}, &ws);
  REQUIRE(r.quantities.size() == 1);
  CHECK(r.quantities[0].type == QuantityType::kDuration);
  CHECK(r.quantities[0].approx);
}

TEST_CASE("dates at their grain, resolved against the document date (Mon 2024-04-01)") {
  CHECK(Quantities("on March 22, 2024") == V{"DATE 2024-03-22 -"});
  CHECK(Quantities("on 2024-04-01") == V{"DATE 2024-04-01 -"});
  CHECK(Quantities("on Sept. 14") == V{"DATE 2023-09-14 -"});
  CHECK(Quantities("on March 22") == V{"DATE 2024-03-22 -"});
  CHECK(Quantities("in early March") == V{"DATE 2024-03 -"});
  CHECK(Quantities("in 2021") == V{"DATE 2021 -"});
  CHECK(Quantities("two weeks ago") == V{"DATE 2024-03-18 -"});
  CHECK(Quantities("on Thursday") == V{"DATE 2024-03-28 -"});
  CHECK(Quantities("by Friday") == V{"DATE 2024-04-05 -"});
  CHECK(Quantities("next month") == V{"DATE 2024-05 -"});
  CHECK(Quantities("last year") == V{"DATE 2023 -"});
  CHECK(Quantities("yesterday") == V{"DATE 2024-03-31 -"});
  // Without a document date, relative dates keep no value.
  CHECK(Quantities("on Thursday", "") == V{"DATE null -"});
}

TEST_CASE("ordinals") {
  CHECK(Quantities("the first round") == V{"ORDINAL 1 -"});
  CHECK(Quantities("in the 71st minute") == V{"ORDINAL 71 -"});
}

TEST_CASE("numbers that are not quantities") {
  CHECK(Quantities("Margaret Harrington, 47, said") == V{});
  CHECK(Quantities("at 10:30 a.m.") == V{});
  CHECK(Quantities("call 555-123-4567 now") == V{});
  CHECK(Quantities("a 2-1 win") == V{});
  CHECK(Quantities("it filed for Chapter 11 protection") == V{});
  CHECK(Quantities("a 20-year-old student") == V{});
  CHECK(Quantities("see https://example.com/item/30%25 for more") == V{});
  CHECK(Quantities("date 2024-04-01\nNothing else.") == V{});
}

TEST_CASE("a grammar rule's label must be a quantity type or NONE") {
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("claimscope-label-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "scores.grammar") << "# scores\nrule score -> SCORE = \\d+-\\d+\n";
  Options options;
  options.grammar_dirs = {dir.string()};
  const auto created = Engine::Create(options);
  std::filesystem::remove_all(dir);
  REQUIRE_FALSE(created.ok());
  CHECK(created.status().ToString().find("scores.grammar:2: rule score: unknown label") !=
        std::string::npos);
  CHECK(created.status().fragment() == "SCORE");
}

TEST_CASE("money in the wire's conventions and with letter multipliers") {
  CHECK(Quantities("The deal is worth 70m euros.") == V{"MONEY 70000000 EUR"});
  CHECK(Quantities("Net profit rose to 29 billion dlrs.") == V{"MONEY 29000000000 USD"});
  CHECK(Quantities("It fell from 5 mln stg, or 5 cts a share.") ==
        V{"MONEY 5000000 GBP", "MONEY 0.05 USD"});
  CHECK(Quantities("a 75 MLN DLR CREDIT") == V{"MONEY 75000000 USD"});
  CHECK(Quantities("2.5 mln Canadian dlrs") == V{"MONEY 2500000 CAD"});
  CHECK(Quantities("It will cost 10 to 12 mln dlrs.") == V{"MONEY 10000000 USD"});
}

TEST_CASE("a bare number joined to an amount by from, to or vs is one of its kind") {
  CHECK(Quantities("Yields eased to 15.48/53 pct from 15.60.") ==
        V{"PERCENT 15.48 -", "PERCENT 15.6 -"});
  CHECK(Quantities("The facility was raised from 50 mln dlrs to 60 mln when it opened.") ==
        V{"MONEY 50000000 USD", "MONEY 60000000 USD"});
}

TEST_CASE("scores, results and wire clock times are no quantities") {
  CHECK(Quantities("Hewitt won 7-6 (7-4) 6-3 and Arsenal beat Chelsea 2-1.") == V{});
  CHECK(Quantities("a 3-0 defeat, and the vote was 5-4") == V{});
  CHECK(Quantities("The council meets at 1500 GMT.") == V{});
  CHECK(Quantities("June 10-year bond futures") == V{});
}

}  // namespace
}  // namespace claimscope

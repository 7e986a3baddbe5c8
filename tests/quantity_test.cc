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
  CHECK(Quantities("It will cost between 10 and 12 mln dlrs.") == V{"MONEY 10000000 USD"});
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

TEST_CASE("pounds are a weight or money by their context") {
  CHECK(Quantities("ASCS bought 2.3 mln pounds of peanut products.") ==
        V{"MEASURE 2300000 pounds"});
  CHECK(Quantities("The unit weighs 17 pounds.") == V{"MEASURE 17 pounds"});
  CHECK(Quantities("a budget deficit of 2.86 billion pounds") == V{"MONEY 2860000000 GBP"});
  CHECK(Quantities("Prices dropped by 200 pounds per tonne.") == V{"MONEY 200 GBP"});
  CHECK(Quantities("The club paid 5m pounds.") == V{"MONEY 5000000 GBP"});
  // No word says which: money where the text writes sterling elsewhere, else a weight.
  CHECK(Quantities("It was 150 pounds.") == V{"MEASURE 150 pounds"});
  CHECK(Quantities("It was 150 pounds. Tickets are £20.") == V{"MONEY 150 GBP", "MONEY 20 GBP"});
}

TEST_CASE("earnings table rows: money rows, share rows and their labels") {
  const std::string table =
      "ACME INC 2ND QTR NET\n"
      "DAYTON, Ohio, July 14 - Shr 35 cts vs 29\n"
      "    Net 797,000 vs 403,000\n"
      "    Avg shrs 3,029,930 vs 2,764,544\n"
      "    Final div 44 cents vs 32, making 62 vs 47\n";
  CHECK(Quantities(table, "") == V{"DATE null -", "MONEY 0.35 USD", "MONEY 0.29 USD",
                                   "MONEY 797000 USD", "MONEY 403000 USD", "COUNT 3029930 shares",
                                   "COUNT 2764544 shares", "MONEY 0.44 USD", "MONEY 0.32 USD",
                                   "MONEY 0.62 USD", "MONEY 0.47 USD"});
  Workspace ws;
  const Record r = testing::SharedEngine().Extract({.text = table}, &ws);
  REQUIRE(r.quantities.size() == 11);
  CHECK(r.quantities[1].label == "Shr");
  CHECK(r.quantities[3].label == "Net");
  CHECK(r.quantities[5].label == "Avg shrs");
  CHECK(r.quantities[0].label.empty());
  // The table's currency is that of its first amount; a sentence that opens with "Net" and
  // words that are no labels is no row.
  CHECK(Quantities("Shr 1.20 stg vs 1.10\n    Net 500,000 vs 400,000\n", "") ==
        V{"MONEY 1.2 GBP", "MONEY 1.1 GBP", "MONEY 500000 GBP", "MONEY 400000 GBP"});
  CHECK(Quantities("Net sales rose to 500,000 last year.\n") == V{"COUNT 500000 -", "DATE 2023 -"});
}

TEST_CASE("a carried unit keeps the subunit and scale of the amount it comes from") {
  CHECK(Quantities("Shr 35 cts vs 29") == V{"MONEY 0.35 USD", "MONEY 0.29 USD"});
  CHECK(Quantities("sales of 15.6 mln dlrs vs 12.3") ==
        V{"MONEY 15600000 USD", "MONEY 12300000 USD"});
  // A bare figure with a scale word of its own, later in the sentence; not in the next one.
  CHECK(Quantities("It was mandated for 50 mln dlrs but raised to 60 mln when banks joined. "
                   "The region has 1.1 billion.") ==
        V{"MONEY 50000000 USD", "MONEY 60000000 USD", "COUNT 1100000000 -"});
}

TEST_CASE("ratios, heights, angles and hyphenated amounts") {
  CHECK(Quantities("One in five pensioners live alone.") == V{"COUNT 0.2 pensioners"});
  CHECK(Quantities("nine out of 10 doctors") == V{"COUNT 0.9 doctors"});
  CHECK(Quantities("I count 12 in six boxes") == V{"COUNT 12 -", "COUNT 6 boxes"});
  CHECK(Quantities("two in five minutes") == V{"COUNT 2 -", "DURATION 5 minutes"});
  CHECK(Quantities("The striker is 6ft 4in.") == V{"MEASURE 6.33333333333 feet"});
  CHECK(Quantities("he is 5 feet and 2 inches") == V{"MEASURE 5.16666666667 feet"});
  CHECK(Quantities("rotate 90 degrees") == V{"MEASURE 90 degrees"});
  CHECK(Quantities("the 2.4bn euros-worth of bonds") == V{"MONEY 2400000000 EUR"});
  CHECK(Quantities("a 12-cent-a-share dividend, a one-yen bid") ==
        V{"MONEY 0.12 USD", "MONEY 1 JPY"});
  CHECK(Quantities("the 512-seat Lower House") == V{"COUNT 512 seat"});
  CHECK(Quantities("one hundred and three quarters") == V{"COUNT 100.75 -"});
  CHECK(Quantities("the lens is 75 -300mm") == V{"COUNT 75 -", "MEASURE 300 millimetres"});
}

TEST_CASE("cents are followed by no currency and no scale word") {
  CHECK(Quantities("It costs 15 dollars 50.") == V{"MONEY 15.5 USD"});
  CHECK(Quantities("50 dollar 40 rmb") == V{"MONEY 50 USD", "MONEY 40 CNY"});
  CHECK(Quantities("pay three thousand dollars two hundred times") ==
        V{"MONEY 3000 USD", "COUNT 200 times"});
  CHECK(Quantities("He plays tennis.") == V{});  // no "ten NIS"
}

TEST_CASE("a counted noun is no verb, no number word and no \"vs\"") {
  CHECK(Quantities("One in four said he should go.") == V{"COUNT 0.25 -"});
  CHECK(Quantities("Only 40 percent of them ... a lead group of six\nbanks", "") ==
        V{"PERCENT 40 -", "COUNT 6 -"});
  CHECK(Quantities("with a final lending syndicate of 32 leading international\nbanks") ==
        V{"COUNT 32 leading international banks"});
  CHECK(Quantities("3 hundred and 2 hundred are two numbers") ==
        V{"COUNT 300 -", "COUNT 200 -", "COUNT 2 numbers"});
}

TEST_CASE("units named without a number only with Options::unit_mentions") {
  const std::string text = "Only a small percentage of the dollar trade moved 5%.";
  CHECK(Quantities(text) == V{"PERCENT 5 -"});
  Options options;
  options.unit_mentions = true;
  const auto created = Engine::Create(options);
  REQUIRE(created.ok());
  Workspace ws;
  const Record r = created.value()->Extract({.text = text}, &ws);
  REQUIRE(r.quantities.size() == 3);
  CHECK(r.quantities[0].type == QuantityType::kPercent);
  CHECK_FALSE(r.quantities[0].value.has_value());
  CHECK(r.quantities[1].type == QuantityType::kMoney);
  CHECK(r.quantities[1].unit == "USD");
  CHECK_FALSE(r.quantities[1].value.has_value());
  CHECK(*r.quantities[2].value == 5);
}

}  // namespace
}  // namespace claimscope

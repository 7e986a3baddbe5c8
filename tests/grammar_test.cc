// The grammar language and its compiled form: macros, filters, class references, continuation
// lines, errors with file:line:col, the RE2 budget, token-boundary matching, and the combined
// automaton against one scan per rule, for the built-in grammars too.
#include <doctest/doctest.h>

#include <latch>
#include <span>
#include <thread>
#include <utility>

#include "doctest_printers.h"
#include "grammar/grammar_file.h"
#include "grammar/grammar_set.h"
#include "resources.h"

namespace claimscope::internal {
namespace {

bool Classes(std::string_view cls, std::string* regex) {
  if (cls != "unit.colour") return false;
  *regex = "red|green";
  return true;
}

Status Parse(std::string_view text, std::vector<GrammarRule>* rules) {
  GrammarMacros macros;
  return ParseGrammarFile("g.grammar", text, Classes, &macros, rules);
}

std::string ErrorOf(std::string_view text) {
  std::vector<GrammarRule> rules;
  const Status s = Parse(text, &rules);
  CHECK_FALSE(s.ok());
  return s.ToString();
}

TEST_CASE("macros, class references, priorities and continuation lines") {
  std::vector<GrammarRule> rules;
  const Status s = Parse(
      "# comment\n\ndefine N = \\d+\ndefine P = \\p{Lu}{2,3}\n"
      "rule paint -> COUNT priority 7 = (?P<number>{N}) {@unit.colour}\n"
      "    (?: {P})?\nrule plain -> NONE = x\n",
      &rules);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  REQUIRE(rules.size() == 2);
  CHECK(rules[0].name == "paint");
  CHECK(rules[0].label == "COUNT");
  CHECK(rules[0].priority == 7);
  CHECK(rules[0].pattern == "(?P<number>(?:\\d+)) (?:red|green)(?: (?:\\p{Lu}{2,3}))?");
  CHECK(rules[0].line == 5);
  CHECK(rules[1].priority == 0);
}

TEST_CASE("macros carry over to later files") {
  GrammarMacros macros;
  std::vector<GrammarRule> rules;
  REQUIRE(ParseGrammarFile("a.grammar", "define N = \\d+\n", Classes, &macros, &rules).ok());
  REQUIRE(ParseGrammarFile("b.grammar", "rule r -> COUNT = {N}\n", Classes, &macros, &rules).ok());
  CHECK(rules[0].pattern == "(?:\\d+)");
}

TEST_CASE("a filter stands in for its macro in the filter pattern of what follows") {
  std::vector<GrammarRule> rules;
  const Status s = Parse(
      "define N = \\d+\nrule before -> COUNT = {N}x\nfilter N = [\\d,]+\n"
      "define PAIR = {N}-{N}\nrule after -> COUNT = {PAIR}|{@unit.colour}\n",
      &rules);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  REQUIRE(rules.size() == 2);
  // A filter applies to the uses of its macro after it, as a define does.
  CHECK(rules[0].pattern == "(?:\\d+)x");
  CHECK(rules[0].filter == "(?:\\d+)x");
  CHECK(rules[1].pattern == "(?:(?:\\d+)-(?:\\d+))|(?:red|green)");
  CHECK(rules[1].filter == "(?:(?:[\\d,]+)-(?:[\\d,]+))|(?:red|green)");
  CHECK(ErrorOf("filter N = 1\n") == "g.grammar:1:8: a filter needs its macro defined above: N");
  // A filter that is no regular expression is refused when the set is built.
  std::vector<GrammarRule> broken;
  REQUIRE(Parse("define N = \\d+\nfilter N = (\\d\nrule r -> COUNT = {N}x\n", &broken).ok());
  CHECK(GrammarSet().Build(broken).ToString() ==
        "g.grammar:3:19: rule r (with its macros' filters): missing ): (?:(\\d)x");
  // Also where the error is in the optional tail the combined automaton leaves off.
  std::vector<GrammarRule> tail;
  REQUIRE(Parse("define N = \\d+\nfilter N = \\d(?:[z-a])?\nrule r -> COUNT = x{N}\n", &tail).ok());
  CHECK(GrammarSet().Build(tail).ToString() ==
        "g.grammar:3:19: rule r (with its macros' filters): invalid character class range: z-a");
  CHECK(ErrorOf("define N = 1\nfilter N x = 1\n").find("g.grammar:2:1: a filter is") == 0);
}

TEST_CASE("errors are one line with file:line:col and the fragment") {
  CHECK(ErrorOf("rule r -> COUNT = {NUMBR}\n") ==
        "g.grammar:1:19: unknown macro (define it above): {NUMBR}");
  CHECK(ErrorOf("define N = 1\nrule r -> COUNT = a\n    b{@unit.size}\n") ==
        "g.grammar:3:6: no lexicon has the class: {@unit.size}");
  CHECK(ErrorOf("rule r COUNT = a\n").find("g.grammar:1:1: a rule is") == 0);
  CHECK(ErrorOf("rule r -> COUNT priority high = a\n").find("g.grammar:1:1: after the label") == 0);
  // Found by grammar_fuzz: a long number (or word) there overflowed an int.
  CHECK(ErrorOf("rule r -> COUNT priority 99999999999 = x\n").find("g.grammar:1:1: after") == 0);
  CHECK(ErrorOf("rule p -> T p ToNpirity = t\n").find("g.grammar:1:1: after") == 0);
  CHECK(ErrorOf("  (?:a)\n").find("g.grammar:1:1: a continuation line") == 0);
  CHECK(ErrorOf("nonsense\n").find("g.grammar:1:1: expected 'define") == 0);
  CHECK(ErrorOf("macro N = 1\n").find("g.grammar:1:1: expected define, filter or rule") == 0);
}

TEST_CASE("RE2 errors and the memory budget are refused when the set is built") {
  std::vector<GrammarRule> rules;
  REQUIRE(Parse("rule bad -> COUNT = (?P<n>\\d+\n", &rules).ok());
  GrammarSet set;
  CHECK(set.Build(rules).ToString() == "g.grammar:1:21: rule bad: missing ): (?P<n>\\d+");
  rules.clear();
  REQUIRE(
      Parse("rule big -> COUNT = \\pL{1000}\\pL{1000}\\pL{1000}\\pL{1000}\\pL{1000}\\pL{1000}\n",
            &rules)
          .ok());
  const Status s = GrammarSet().Build(rules);
  CHECK(s.code() == StatusCode::kResourceExhausted);
  CHECK(s.ToString().find("RE2 memory budget") != std::string::npos);
}

// Every match of `set` in `text`, with captures, in the order Match gives them.
std::vector<GrammarMatch> MatchAll(const GrammarSet& set, std::string_view text) {
  TextAnalysis a;
  Tokenize(text, &a);
  GrammarScratch scratch;
  std::vector<GrammarMatch> matches;
  set.Match(text, a, &scratch, &matches);
  return matches;
}

std::vector<std::string> Matches(std::string_view grammar, std::string_view text) {
  std::vector<GrammarRule> rules;
  REQUIRE(Parse(grammar, &rules).ok());
  GrammarSet set;
  REQUIRE(set.Build(rules).ok());
  std::vector<std::string> out;
  for (const GrammarMatch& m : MatchAll(set, text)) {
    std::string s = set.rule(m.rule).name + ":" +
                    std::string(text.substr(m.span.start, m.span.end - m.span.start));
    const int n = set.CaptureIndex(m.rule, "n");
    if (n >= 0 && !m.captures[n].empty()) {
      s += "[" +
           std::string(text.substr(m.captures[n].start, m.captures[n].end - m.captures[n].start)) +
           "]";
    }
    out.push_back(s);
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST_CASE("matches fall on token boundaries and carry their captures") {
  const std::string g = "rule num -> COUNT = (?P<n>\\d+) red\nrule word -> NONE = cat\n";
  CHECK(Matches(g, "12 red, 7 red") == std::vector<std::string>{"num:12 red[12]", "num:7 red[7]"});
  // "cat" inside "concatenate" is not on token boundaries; "12 reddish" neither.
  CHECK(Matches(g, "concatenate 12 reddish") == std::vector<std::string>{});
  CHECK(Matches(g, "a cat") == std::vector<std::string>{"word:cat"});
}

TEST_CASE("unless-followed-by drops a match that its macro matches right after") {
  const std::string g =
      "define CUR = dollars?|rmb\n"
      "rule cents -> MONEY priority 2 unless-followed-by NEXTCUR = (?P<n>\\d+) dollars? \\d\\d\n"
      "rule amount -> MONEY priority 1 = (?P<n>\\d+) (?:{CUR})\n";
  // The macro must be defined above the rule.
  CHECK(ErrorOf(g).find("unknown macro after unless-followed-by") != std::string::npos);
  const std::string ok =
      "define CUR = dollars?|rmb\ndefine NEXTCUR = \\s(?:{CUR})\n" + g.substr(g.find("rule cents"));
  CHECK(Matches(ok, "15 dollars 50.") ==
        std::vector<std::string>{"amount:15 dollars[15]", "cents:15 dollars 50[15]"});
  // "50 dollar 40 rmb": the cents rule's match is followed by " rmb", and dropped.
  CHECK(Matches(ok, "50 dollar 40 rmb") ==
        std::vector<std::string>{"amount:40 rmb[40]", "amount:50 dollar[50]"});
}

TEST_CASE("hyphen-end lets a rule's match end at a hyphen inside a word") {
  const std::string g =
      "rule cents -> MONEY hyphen-end = (?P<n>\\d+)[ -]cents?\n"
      "rule plain -> COUNT = (?P<n>\\d+)[ -]cents?\n";
  CHECK(Matches(g, "a 12-cent-a-share dividend") == std::vector<std::string>{"cents:12-cent[12]"});
  CHECK(Matches(g, "a 12-cent dividend") ==
        std::vector<std::string>{"cents:12-cent[12]", "plain:12-cent[12]"});
  CHECK(ErrorOf("rule r -> COUNT hyphen-end hyphen-end = a\n").find("g.grammar:1:1: after") == 0);
}

// Builds `set` from `grammar` and returns its matches in `text` without captures, by start.
std::vector<GrammarMatch> SpansOf(std::string_view grammar, std::string_view text,
                                  GrammarSet* set) {
  std::vector<GrammarRule> rules;
  REQUIRE(Parse(grammar, &rules).ok());
  REQUIRE(set->Build(rules).ok());
  TextAnalysis a;
  Tokenize(text, &a);
  GrammarScratch scratch;
  std::vector<GrammarMatch> spans;
  set->MatchSpans(text, a, &scratch, &spans);
  std::sort(spans.begin(), spans.end(), [](const GrammarMatch& x, const GrammarMatch& y) {
    return x.span.start < y.span.start;
  });
  return spans;
}

TEST_CASE("MatchSpans finds the spans alone; FindCaptures adds the captures") {
  GrammarSet set;
  const std::string_view text = "a cat, 12 red";
  std::vector<GrammarMatch> spans = SpansOf(
      "rule num -> COUNT = (?P<n>\\d+) (?P<c>red|blue)\nrule word -> NONE = cat\n", text, &set);
  REQUIRE(spans.size() == 2);
  for (GrammarMatch& m : spans) CHECK(m.captures.empty());
  set.FindCaptures(text, &spans[0]);
  CHECK(spans[0].captures.empty());  // "cat" has no groups
  set.FindCaptures(text, &spans[1]);
  REQUIRE(spans[1].captures.size() == 2);
  CHECK(spans[1].captures[set.CaptureIndex(spans[1].rule, "n")].start == 7);
  CHECK(spans[1].captures[set.CaptureIndex(spans[1].rule, "n")].end == 9);
  CHECK(spans[1].captures[set.CaptureIndex(spans[1].rule, "c")].start == 10);
}

TEST_CASE("the capture cache gives what the capture search gives, context included") {
  // "$" sees what follows the match: the same bytes take different captures at the end.
  GrammarSet set;
  const std::string_view text = "12 12 12";
  std::vector<GrammarMatch> spans =
      SpansOf("rule num -> COUNT = (?P<n>\\d+)(?P<end>$)?\n", text, &set);
  REQUIRE(spans.size() == 3);
  CaptureCache cache;
  for (int round = 0; round < 2; ++round) {  // the second round is answered by the cache
    for (GrammarMatch& m : spans) {
      GrammarMatch searched = m;
      set.FindCaptures(text, &searched);
      set.FindCaptures(text, &m, &cache);
      CHECK(m.captures == searched.captures);
    }
    const int end = set.CaptureIndex(0, "end");
    CHECK(spans[0].captures[end] == Span{});
    CHECK(spans[2].captures[end] == Span{8, 8});
  }
  CHECK(cache.size() == 3);  // "12" at the start, inside and at the end
}

TEST_CASE("the newlines around a match count for the cache only in multi-line mode") {
  // Without (?m), a newline after "12" is like a space; with it, $ sees the newline.
  const std::string_view text = "a 12\nb 12 c";
  for (const bool multi_line : {false, true}) {
    GrammarSet set;
    std::vector<GrammarMatch> spans =
        SpansOf(multi_line ? "rule num -> COUNT = (?P<n>\\d+)(?P<eol>(?m:$))?\n"
                           : "rule num -> COUNT = (?P<n>\\d+)\n",
                text, &set);
    REQUIRE(spans.size() == 2);
    CaptureCache cache;
    for (GrammarMatch& m : spans) {
      GrammarMatch searched = m;
      set.FindCaptures(text, &searched);
      set.FindCaptures(text, &m, &cache);
      CHECK(m.captures == searched.captures);
    }
    CHECK(cache.size() == (multi_line ? 2 : 1));
    if (multi_line) {
      const int eol = set.CaptureIndex(0, "eol");
      CHECK(spans[0].captures[eol] == Span{4, 4});
      CHECK(spans[1].captures[eol] == Span{});
    }
  }
}

TEST_CASE("a rule with more capture groups than kMaxCaptures is refused") {
  std::string pattern;
  for (int i = 0; i <= GrammarSet::kMaxCaptures; ++i) pattern += "(a)";
  std::vector<GrammarRule> rules;
  REQUIRE(Parse("rule many -> COUNT = " + pattern + "\n", &rules).ok());
  const Status s = GrammarSet().Build(rules);
  CHECK(s.code() == StatusCode::kInvalidArgument);
  CHECK(s.ToString().find("capture groups") != std::string::npos);
}

// Every match as "rule:start-end[captures]", in the order Match gives them.
std::vector<std::string> Listed(const GrammarSet& set, std::string_view text) {
  std::vector<std::string> out;
  for (const GrammarMatch& m : MatchAll(set, text)) {
    std::string s = set.rule(m.rule).name + ":" + std::to_string(m.span.start) + "-" +
                    std::to_string(m.span.end);
    for (const Span& c : m.captures) {
      s += "[" + std::to_string(c.start) + "," + std::to_string(c.end) + "]";
    }
    out.push_back(s);
  }
  return out;
}

TEST_CASE("matching at token starts finds what one scan per rule finds") {
  // Seeded and unseeded rules; rules that start with a non-word character, with \b or \B,
  // at the start of the text only, inside words ("one" in "someone"), with longest matches
  // that end inside a token, and overlapping each other.
  const std::string grammar =
      "seeds one two dozen\n"
      "rule num -> COUNT priority 5 = (?P<n>\\d+|one|two)(?: (?P<u>dozen|km))?\n"
      "rule money -> MONEY priority 9 = \\$\\s?(?P<n>\\d+)\n"
      "rule edge -> NONE = \\b[a-z]+ne\\b\n"
      "rule inner -> NONE = \\Bne\n"
      "rule first -> NONE = \\A\\w+\n"
      "rule dash -> COUNT = -\\d+\n"
      "rule sign -> COUNT = \\B-\\d+\n"
      "rule long -> COUNT = \\d+[a-z]*\n"
      "rule pair -> NONE = [a-z]+ [a-z]+\n"
      "define KM = \\s?km\n"
      "rule bare -> COUNT unless-followed-by KM = \\d+\n"
      "rule hyphened -> NONE hyphen-end = [a-z]+\n";
  std::vector<GrammarRule> rules;
  std::vector<std::string> seeds;
  GrammarMacros macros;
  REQUIRE(ParseGrammarFile("g.grammar", grammar, Classes, &macros, &rules, &seeds).ok());
  GrammarSet combined;
  REQUIRE(combined.Build(rules, seeds, GrammarSet::Strategy::kCombined).ok());
  CHECK(combined.combined());
  combined.WaitForGate();  // the gated path (it gives the same matches without the gate)
  CHECK(combined.gated());
  GrammarSet scan;
  REQUIRE(scan.Build(rules, seeds, GrammarSet::Strategy::kScan).ok());
  CHECK_FALSE(scan.combined());
  const std::string far(300, 'x');
  for (const std::string text : {
           std::string("someone paid $ 12 for two dozen eggs, one by one"),
           std::string("Alone: 5km, 12-15 and -3 (US$40) é7 done"),
           std::string("\xff\xfe"
                       "12 \xc3\xa9"
                       "12 one\xe2\x80\x9d") +
               "two",
           std::string("\xff"
                       "-3 x\xe9"
                       "-4 \xc3\xa9"
                       "-5 \xe9"
                       "one"),  // after invalid bytes
           "12 " + far + " one " + far + " 7km zone",
           std::string("one"),
           "alone sidewinder " + far + " 12",  // no seed near "alone": no seeded rule there
           std::string("a-1 b--2 ---"),
           std::string("12-cent-a-share 5 km 7km 9 kmh well-known"),
       }) {
    CAPTURE(text);
    CHECK(Listed(combined, text) == Listed(scan, text));
  }
}

TEST_CASE("the seed windows are each seed's reach in tokens, joined where they meet") {
  // A seed (a token with a digit, or a seed word) reaches back to the start of the last token
  // that starts 48 bytes or more before it, and on to the end of the first that ends 128 bytes
  // or more after it; windows that meet are one. Worked out here seed by seed, over texts
  // with seeds at every sort of distance.
  std::vector<GrammarRule> rules;
  std::vector<std::string> seeds;
  GrammarMacros macros;
  REQUIRE(ParseGrammarFile("g.grammar", "seeds one dozen\nrule num -> COUNT = (?:\\d+|one) dozen\n",
                           Classes, &macros, &rules, &seeds)
              .ok());
  GrammarSet set;
  REQUIRE(set.Build(rules, seeds).ok());
  const auto expected = [](std::string_view text, const TextAnalysis& a) {
    std::vector<Span> windows;
    const auto n = static_cast<uint32_t>(text.size());
    for (const Token& t : a.tokens) {
      const std::string_view w = t.Text(text);
      if (!t.Has(kHasDigit) && w != "one" && w != "dozen") continue;
      uint32_t from = 0;
      for (const Token& b : a.tokens) {
        if (t.start > 48 && b.start <= t.start - 48) from = b.start;
      }
      uint32_t to = n;
      for (auto it = a.tokens.rbegin(); it != a.tokens.rend(); ++it) {
        if (t.end + 128 < n && it->end >= t.end + 128) to = it->end;
      }
      if (!windows.empty() && from <= windows.back().end) {
        windows.back().end = std::max(windows.back().end, to);
      } else {
        windows.push_back({from, to});
      }
    }
    return windows;
  };
  uint32_t state = 7;
  const auto next = [&state](uint32_t bound) {
    state = state * 1103515245u + 12345u;
    return (state >> 16) % bound;
  };
  constexpr std::string_view kFiller[] = {"alpha", "be", "x", "gamma-ray", "\n", "delta,"};
  for (int round = 0; round < 200; ++round) {
    std::string text;
    const uint32_t words = next(120);
    for (uint32_t i = 0; i < words; ++i) {
      const uint32_t pick = next(14);
      if (pick == 0) {
        text += std::to_string(next(1000));
      } else if (pick == 1) {
        text += next(2) == 0 ? "one" : "dozen";
      } else {
        text += kFiller[pick % std::size(kFiller)];
      }
      text += next(9) == 0 ? std::string(next(90), ' ') : " ";
    }
    CAPTURE(text);
    TextAnalysis a;
    Tokenize(text, &a);
    GrammarScratch scratch;
    std::vector<GrammarMatch> matches;
    set.MatchSpans(text, a, &scratch, &matches);
    const std::vector<Span> want = expected(text, a);
    REQUIRE(scratch.windows.size() == want.size());
    for (size_t i = 0; i < want.size(); ++i) {
      CHECK(scratch.windows[i].start == want[i].start);
      CHECK(scratch.windows[i].end == want[i].end);
    }
  }
}

// Three rules built at once (When::kNow), and their start gate saved as an image.
struct SavedGate {
  GrammarMacros macros;
  std::vector<GrammarRule> rules;
  GrammarSet built;
  std::string image;

  SavedGate() {
    const std::string grammar =
        "rule num -> COUNT = \\d+(?: (?:dozen|km))?\n"
        "rule word -> NONE = \\bkm\\b\n"
        "rule money -> MONEY = \\$\\s?\\d+\n";
    REQUIRE(ParseGrammarFile("g.grammar", grammar, Classes, &macros, &rules).ok());
    REQUIRE(built.Build(rules, {}, GrammarSet::Strategy::kCombined).ok());
    REQUIRE(built.SaveGate(&image));
  }
};

TEST_CASE("a saved start gate is loaded for the same filters, and ignored for others") {
  SavedGate saved;
  const std::vector<GrammarRule>& rules = saved.rules;
  const GrammarSet& built = saved.built;
  const std::string& image = saved.image;
  // Loaded at Build: gated at once, with the same matches.
  GrammarSet loaded;
  REQUIRE(
      loaded.Build(rules, {}, GrammarSet::Strategy::kCombined, GrammarSet::When::kFirstUse, image)
          .ok());
  CHECK(loaded.gated());
  const std::string text = "paid $ 12 for 5 km and 2 dozen, km by km";
  CHECK(Listed(loaded, text) == Listed(built, text));
  // Other filters: the image is not theirs, and a gate is built for them.
  std::vector<GrammarRule> others;
  REQUIRE(ParseGrammarFile("h.grammar", "rule other -> COUNT = other\\d\n", Classes, &saved.macros,
                           &others)
              .ok());
  GrammarSet other;
  REQUIRE(
      other.Build(others, {}, GrammarSet::Strategy::kCombined, GrammarSet::When::kNow, image).ok());
  other.WaitForGate();
  CHECK(other.gated());
  CHECK(Listed(other, "other7 and 12") == std::vector<std::string>{"other:0-6"});
  // A damaged image is refused the same way.
  GrammarSet damaged;
  REQUIRE(damaged
              .Build(rules, {}, GrammarSet::Strategy::kCombined, GrammarSet::When::kNow,
                     std::string_view(image).substr(0, image.size() / 2))
              .ok());
  damaged.WaitForGate();
  CHECK(Listed(damaged, text) == Listed(built, text));
}

TEST_CASE("a text the start gate rules out is matched without compiling the combined automaton") {
  SavedGate saved;
  CHECK(saved.built.combined_compiled());  // When::kNow
  GrammarSet lazy;
  REQUIRE(lazy.Build(saved.rules, {}, GrammarSet::Strategy::kCombined, GrammarSet::When::kFirstUse,
                     saved.image)
              .ok());
  CHECK_FALSE(lazy.combined_compiled());
  CHECK(Listed(lazy, "The company. A bid, they said; $ x").empty());
  CHECK_FALSE(lazy.combined_compiled());
  const std::string text = "paid $ 12 for 5 km";
  CHECK(Listed(lazy, text) == Listed(saved.built, text));
  CHECK(lazy.combined_compiled());
}

// A word of its own for each n: "wa", "wb", ... "wba".
std::string WordOf(int n) {
  std::string letters;
  do {
    letters.insert(letters.begin(), static_cast<char>('a' + n % 26));
    n /= 26;
  } while (n > 0);
  return "w" + letters;
}

TEST_CASE("threads that meet the combined automaton compiling compile rules meanwhile") {
  // Forty rules of a few hundred words each: the combined automaton takes long enough to
  // compile that the threads started together mostly find one of them compiling it, and the
  // others then compile rules (GrammarSet::combined); every thread finds the same matches.
  std::string grammar;
  for (int r = 0; r < 40; ++r) {
    grammar += "rule r" + std::to_string(r) + " -> COUNT = \\d+ (?:";
    for (int w = 0; w < 300; ++w) grammar += (w > 0 ? "|" : "") + WordOf(r * 300 + w);
    grammar += ")\\b\n";
  }
  std::vector<GrammarRule> rules;
  REQUIRE(Parse(grammar, &rules).ok());
  GrammarSet now;
  REQUIRE(now.Build(rules).ok());
  GrammarSet lazy;
  REQUIRE(lazy.Build(rules, {}, GrammarSet::Strategy::kCombined, GrammarSet::When::kFirstUse).ok());
  const std::string text = "paid 12 " + WordOf(17) + " and 5 " + WordOf(11999) + ", not 3 x";
  const std::vector<std::string> expected = Listed(now, text);
  REQUIRE(expected.size() == 2);
  constexpr int kThreads = 4;
  std::vector<std::vector<std::string>> found(kThreads);
  std::latch start(kThreads);
  {
    std::vector<std::jthread> threads;
    for (int t = 0; t < kThreads; ++t) {
      threads.emplace_back([&, t] {
        start.arrive_and_wait();
        found[t] = Listed(lazy, text);
      });
    }
  }
  for (const auto& f : found) CHECK(f == expected);
  CHECK(lazy.combined_compiled());
}

TEST_CASE("a \\Q quote left open ends before the group around it") {
  // Macros, class references and the combined automaton put patterns in groups; the quote
  // must not take the group's ")" for a literal (found by grammar_fuzz).
  std::vector<GrammarRule> rules;
  REQUIRE(Parse("define M = \\Qx.\n"
                "rule open -> NONE = a\\Q.b\n"
                "rule macro -> NONE = {M}y\n"
                "rule closed -> NONE = \\Q(\\Ec\\\\E\n",
                &rules)
              .ok());
  GrammarSet combined;
  REQUIRE(combined.Build(rules).ok());
  GrammarSet scan;
  REQUIRE(scan.Build(rules, {}, GrammarSet::Strategy::kScan).ok());
  const std::string text = "a.b ab x.y xzy (c\\E";
  CHECK(Listed(combined, text) == Listed(scan, text));
  CHECK(Listed(scan, text).size() == 3);
  CHECK(AsGroup("a\\Qb") == "(?:a\\Qb\\E)");
  CHECK(AsGroup("a\\Qb\\E\\Q") == "(?:a\\Qb\\E\\Q\\E)");
  CHECK(AsGroup("a\\\\Qb") == "(?:a\\\\Qb)");  // an escaped backslash, then "Qb"
}

// The matches of `grammar` over `text` found behind the start gate of the combined set
// (first) and by one scan per rule (second).
std::pair<std::vector<std::string>, std::vector<std::string>> GatedAndScanned(
    std::string_view grammar, std::string_view text) {
  std::vector<GrammarRule> rules;
  REQUIRE(Parse(grammar, &rules).ok());
  GrammarSet combined;
  REQUIRE(combined.Build(rules).ok());
  combined.WaitForGate();
  GrammarSet scan;
  REQUIRE(scan.Build(rules, {}, GrammarSet::Strategy::kScan).ok());
  return {Listed(combined, text), Listed(scan, text)};
}

TEST_CASE("a match that starts after an optional part and \\b is found (grammar_fuzz)") {
  // RE2's PossibleMatchRange gives [T, U] for "T?\b%", which once kept "%" from being asked
  // about at all.
  const auto [gated, scanned] = GatedAndScanned(
      "rule pct -> PERCENT = (?:T\\d+)?\\b%\n"
      "rule people -> COUNT = people|jobs\n",
      "2,200 people, or 15% of T1%, left.");
  CHECK(gated == scanned);
  CHECK(scanned.size() == 3);
}

TEST_CASE("a flag group is no atom: a quantifier after it repeats what stands before") {
  // "t(?)*%" is "t*%" to RE2: "(?)" sets no flags, and "*" repeats "t". The start gate once
  // read it as "t%" and the combined set lost every bare "%" that one scan per rule found
  // (grammar_fuzz).
  for (const char* grammar : {"define N = t(?)*\nrule e -> N = {N}%\n", "rule e -> N = t(?i)*%\n",
                              "rule e -> N = (?i)t*%\n"}) {
    CAPTURE(grammar);
    const auto [gated, scanned] =
        GatedAndScanned(grammar, "About 1,200 people, or 15% of the town, tt% t% %.");
    CHECK(scanned.size() == 4);
    CHECK(gated == scanned);
  }
}

TEST_CASE("filters narrow where rules run, and an unsound one loses matches") {
  const std::string rules_text =
      "rule pct -> PERCENT = {N} ?%\n"
      "rule cnt -> COUNT = {N}\n";
  const std::string text = "up 1,250.5 % on 3 , and 12%, 7 %";
  std::vector<std::string> expected;
  for (const std::string& filter : {"", "filter N = [\\d.,]+\n", "filter N = \\d+\n"}) {
    CAPTURE(filter);
    std::vector<GrammarRule> rules;
    REQUIRE(
        Parse("define N = \\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?\n" + filter + rules_text, &rules).ok());
    GrammarSet combined;
    REQUIRE(combined.Build(rules).ok());
    GrammarSet scan;
    REQUIRE(scan.Build(rules, {}, GrammarSet::Strategy::kScan).ok());
    if (filter.empty()) expected = Listed(scan, text);
    CHECK(Listed(scan, text) == expected);  // scans use the exact patterns alone
    if (filter.find("[") != std::string::npos || filter.empty()) {
      CHECK(Listed(combined, text) == expected);  // no filter, or one that holds N
    } else {
      // "\d+" does not hold "1,250.5": the combined automaton no longer names `pct` there.
      CHECK(Listed(combined, text) != expected);
    }
  }
}

// Number phrases from a fixed pseudo-random sequence: well-formed numbers in words (the
// shapes numbers.grammar describes) and runs of their words, digits and separators in any
// order, between what quantity rules expect around a number.
class NumberPhrases {
 public:
  explicit NumberPhrases(uint32_t seed) : x_(seed) {}

  std::string Text(int count) {
    static const char* const kBefore[] = {"", "about ", "$", "US$ ", "minus ", "the ", "up to "};
    static const char* const kAfter[] = {"",
                                         " percent",
                                         "%",
                                         " dollars",
                                         " years old",
                                         "-year",
                                         " days ago",
                                         " km",
                                         " mln dlrs",
                                         " cents",
                                         " pounds",
                                         "-day",
                                         " euros and fifty cents",
                                         " of a million"};
    std::string out;
    for (int i = 0; i < count; ++i) {
      out += Pick(kBefore);
      switch (Next(3)) {
        case 0:
          out += WordInt(2) + Tail();
          break;
        case 1:
          out += Digits();
          break;
        default:
          out += Salad();
      }
      out += Pick(kAfter);
      out += i % 7 == 6 ? ".\n" : ". ";
    }
    return out;
  }

 private:
  size_t Next(size_t n) {
    x_ = x_ * 1664525u + 1013904223u;
    return (x_ >> 8) % n;
  }
  template <size_t N>
  std::string Pick(const char* const (&words)[N]) {
    return words[Next(N)];
  }

  static constexpr const char* kOnes[] = {"one", "two",   "three", "four", "five",
                                          "six", "seven", "eight", "nine"};
  static constexpr const char* kTeens[] = {"ten",      "eleven",  "twelve",  "thirteen",
                                           "fourteen", "fifteen", "sixteen", "seventeen",
                                           "eighteen", "nineteen"};
  static constexpr const char* kTens[] = {"twenty", "thirty",  "forty",  "fifty",
                                          "sixty",  "seventy", "eighty", "ninety"};
  static constexpr const char* kBig[] = {"thousand", "million", "billion", "trillion",
                                         "lakh",     "lakhs",   "crore",   "crores"};
  static constexpr const char* kJoin[] = {"-", " - ", " ", "  ", "\t"};
  static constexpr const char* kDenoms[] = {
      "half",          "halves",      "quarter",    "quarters",    "third",      "thirds",
      "fourth",        "fifth",       "sixths",     "seventh",     "eighths",    "ninth",
      "tenth",         "eleventh",    "twelfths",   "thirteenth",  "fourteenth", "fifteenths",
      "sixteenth",     "seventeenth", "eighteenth", "nineteenths", "twentieth",  "thirtieth",
      "fortieths",     "fiftieth",    "sixtieth",   "seventieth",  "eightieth",  "ninetieth",
      "hundredth",     "thousandth",  "millionths", "billionth",   "trillionth", "twenty-first",
      "thirty-seconds"};

  std::string UpTo99() {
    switch (Next(3)) {
      case 0:
        return Pick(kTens) + (Next(2) ? Pick(kJoin) + Pick(kOnes) : "");
      case 1:
        return Pick(kTeens);
      default:
        return Pick(kOnes);
    }
  }
  std::string UpTo999() {
    if (Next(2)) return UpTo99();
    static const char* const kHead[] = {"a", "3", "4.5", "One"};
    std::string head = Next(2) ? UpTo99() : Pick(kHead);
    std::string s = head + " hundred";
    if (Next(2)) s += (Next(2) ? " and " : " ") + UpTo99();
    return s;
  }
  std::string WordInt(int depth) {
    static const char* const kDigits[] = {"2", "1,250", "3.5", "40", "12,34,567"};
    std::string s = Next(4) == 0 ? std::string(Pick(kDigits)) + " " + Pick(kBig) : UpTo999();
    if (depth > 0 && Next(2)) {
      s += std::string(" ") + Pick(kBig);
      if (Next(2))
        s += (Next(2) ? ", " : " ") + std::string(Next(2) ? "and " : "") + WordInt(depth - 1);
    }
    return s;
  }
  // What may follow an integer in words: a decimal, a fraction, a dozen, "over".
  std::string Tail() {
    switch (Next(7)) {
      case 0:
        return " point " + std::string(Pick(kOnes)) + " " + Pick(kOnes);
      case 1:
        return Pick(kJoin) + std::string(Pick(kDenoms));
      case 2:
        return " and a half" + std::string(Next(2) ? " million" : "");
      case 3:
        return std::string(" ") + (Next(2) ? "dozen" : "dozens");
      case 4:
        return " over " + WordInt(0);
      case 5:
        return Pick(kJoin) + std::string(Pick(kDenoms)) + " of a " + Pick(kBig);
      default:
        return "";
    }
  }
  // Numbers in digits, signed or not: groups, decimal commas, powers, multipliers, fractions.
  std::string Digits() {
    static const char* const kSigns[] = {"",  "", "-", "−", "minus ", "negative ", "plus or minus ",
                                         "- "};
    static const char* const kForms[] = {"12",           "1,250",
                                         "3.5",          ".5",
                                         "12,34,567.89", "1 234 567",
                                         "40\u00a0000",  "40\u202f000",
                                         "5,00",         "1.111,11",
                                         "1e10",         "1.1^23",
                                         "1.3x10^6",     "2×10^-3",
                                         "10k",          "1.2b",
                                         "10M",          "2mil",
                                         "1MM",          "2.33 k",
                                         "10 bln",       "1,674.5 G",
                                         "3/4",          "2 1/4",
                                         "2  3/100",     "2½",
                                         "2 ⅔",          "⅞",
                                         "3 dozens",     "1 over twenty-one",
                                         "7 tln",        "4 hundred and 21"};
    return Pick(kSigns) + Pick(kForms);
  }

  // Number words, digits and separators in any order.
  std::string Salad() {
    static const char* const kWords[] = {
        "zero",  "nought", "naught", "hundred", "a",   "an",      "and",   "of",     "over",
        "point", "dozen",  "dozens", "dz",      "dzs", "doz",     "first", "second", "12",
        "1,250", "3.5",    "1",      ".5",      "Two", "HUNDRED", "half",  "quarter"};
    static const char* const kSeparators[] = {" ", "-", " - ", ", ", "  ", "\t"};
    std::string s;
    const size_t words = 1 + Next(5);
    for (size_t w = 0; w < words; ++w) {
      if (w > 0) s += Pick(kSeparators);
      const std::span<const char* const> lists[] = {kOnes,   kTeens, kTens, kBig,
                                                    kDenoms, kWords, kWords};
      const std::span<const char* const> list = lists[Next(std::size(lists))];
      s += list[Next(list.size())];
    }
    return s;
  }

  uint32_t x_;
};

TEST_CASE("the built-in grammars' filters keep every match of their rules") {
  Resources resources;
  size_t files = 0;
  REQUIRE(LoadResources(Options{}, &resources, &files, &files).ok());
  const GrammarSet& combined = resources.grammars;
  REQUIRE(combined.combined());
  combined.WaitForGate();
  CHECK(combined.gated());
  std::vector<GrammarRule> rules;
  size_t filtered = 0;
  for (uint32_t r = 0; r < combined.size(); ++r) {
    rules.push_back(combined.rule(r));
    filtered += rules.back().filter != rules.back().pattern;
  }
  CHECK(filtered >= 10);  // the rules with numbers in words
  GrammarSet scan;
  REQUIRE(scan.Build(rules, combined.seeds(), GrammarSet::Strategy::kScan).ok());
  // Built at once, as `claimscope check` builds them, every filter parses whole, with the tail
  // the combined automaton leaves off (filter_tail.h).
  REQUIRE(GrammarSet().Build(rules, combined.seeds()).ok());
  for (uint32_t seed = 1; seed <= 60; ++seed) {
    const std::string text = NumberPhrases(seed).Text(60);
    CAPTURE(text);
    CHECK(Listed(combined, text) == Listed(scan, text));
  }
}

TEST_CASE("a pattern that backtracks catastrophically elsewhere runs in linear time") {
  std::string text(200000, 'a');
  text += "!";
  CHECK(Matches("rule slow -> COUNT = (a+)+$\n", text).empty());
}

}  // namespace
}  // namespace claimscope::internal

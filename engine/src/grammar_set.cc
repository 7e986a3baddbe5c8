#include "grammar_set.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>

namespace claimscope::internal {
namespace {

RE2::Options RuleOptions() {
  RE2::Options o;
  o.set_encoding(RE2::Options::EncodingUTF8);
  o.set_log_errors(false);
  o.set_max_mem(GrammarSet::kMaxRuleMemory);
  // Leftmost-longest: "240 million złoty", not "240 million zł" (which would then fail the
  // token-boundary check and lose the match).
  o.set_longest_match(true);
  return o;
}

}  // namespace

struct GrammarSet::Prefilter {
  Prefilter(const RE2::Options& options) : set(options, RE2::UNANCHORED) {}
  RE2::Set set;
};

GrammarSet::GrammarSet() = default;
GrammarSet::~GrammarSet() = default;
GrammarSet::GrammarSet(GrammarSet&&) noexcept = default;
GrammarSet& GrammarSet::operator=(GrammarSet&&) noexcept = default;

Status GrammarSet::Build(std::vector<GrammarRule> rules) {
  rules_ = std::move(rules);
  compiled_.clear();
  capture_names_.clear();
  RE2::Options options = RuleOptions();
  // The prefilter holds every rule at once.
  options.set_max_mem(kMaxRuleMemory * static_cast<int64_t>(std::max<size_t>(rules_.size(), 1)));
  prefilter_ = std::make_unique<Prefilter>(options);
  for (const GrammarRule& r : rules_) {
    auto re = std::make_unique<RE2>(r.pattern, RuleOptions());
    if (!re->ok()) {
      const bool too_big = re->error_code() == RE2::ErrorPatternTooLarge;
      // RE2's message ends with the fragment, which the Status quotes on its own.
      std::string error = re->error();
      const std::string tail = ": " + re->error_arg();
      if (error.size() > tail.size() &&
          error.compare(error.size() - tail.size(), tail.size(), tail) == 0) {
        error.resize(error.size() - tail.size());
      }
      return Status::AtLocation(too_big ? StatusCode::kResourceExhausted : StatusCode::kParseError,
                                "rule " + r.name + ": " +
                                    (too_big ? "pattern needs more than the RE2 memory budget of " +
                                                   std::to_string(kMaxRuleMemory >> 20) + " MiB"
                                             : error),
                                r.file, r.line, r.column, re->error_arg());
    }
    std::vector<std::string> names(static_cast<size_t>(re->NumberOfCapturingGroups()));
    for (const auto& [name, index] : re->NamedCapturingGroups()) names[index - 1] = name;
    capture_names_.push_back(std::move(names));
    std::string error;
    if (prefilter_->set.Add(r.pattern, &error) < 0) {
      return Status::AtLocation(StatusCode::kParseError, "rule " + r.name + ": " + error, r.file,
                                r.line, r.column);
    }
    compiled_.push_back(std::move(re));
  }
  if (!prefilter_->set.Compile()) {
    return Status(StatusCode::kResourceExhausted,
                  "the grammar rules together need more than the RE2 memory budget");
  }
  return Status();
}

int GrammarSet::CaptureIndex(uint32_t r, std::string_view name) const {
  const auto& names = capture_names_[r];
  const auto it = std::find(names.begin(), names.end(), name);
  return it == names.end() ? -1 : static_cast<int>(it - names.begin());
}

void GrammarSet::Match(std::string_view text, const TextAnalysis& a, GrammarScratch* scratch,
                       std::vector<GrammarMatch>* matches) const {
  matches->clear();
  if (rules_.empty() || text.empty()) return;
  scratch->candidates.clear();
  const re2::StringPiece whole(text.data(), text.size());
  if (!prefilter_->set.Match(whole, &scratch->candidates)) return;
  scratch->token_start.assign(text.size() + 1, 0);
  scratch->token_end.assign(text.size() + 1, 0);
  for (const Token& t : a.tokens) {
    scratch->token_start[t.start] = 1;
    scratch->token_end[t.end] = 1;
  }
  std::vector<re2::StringPiece> groups;
  for (const int r : scratch->candidates) {
    const RE2& re = *compiled_[static_cast<size_t>(r)];
    const size_t n = static_cast<size_t>(re.NumberOfCapturingGroups()) + 1;
    groups.resize(n);
    size_t pos = 0;
    re2::StringPiece found;
    // Find the bounds first (the fast DFA), then the captures inside them.
    while (pos < text.size() && re.Match(whole, pos, text.size(), RE2::UNANCHORED, &found, 1)) {
      const size_t start = static_cast<size_t>(found.data() - text.data());
      const size_t end = start + found.size();
      if (end == start) {  // an empty match: step over it
        pos = start + 1;
        continue;
      }
      if (!scratch->token_start[start] || !scratch->token_end[end]) {
        pos = start + 1;  // not on token boundaries: look again one byte on
        continue;
      }
      re.Match(whole, start, end, RE2::ANCHOR_BOTH, groups.data(), static_cast<int>(n));
      GrammarMatch m;
      m.rule = static_cast<uint32_t>(r);
      m.span = {static_cast<uint32_t>(start), static_cast<uint32_t>(end)};
      m.captures.resize(n - 1);
      for (size_t g = 1; g < n; ++g) {
        if (groups[g].data() == nullptr) continue;
        const auto s = static_cast<uint32_t>(groups[g].data() - text.data());
        m.captures[g - 1] = {s, s + static_cast<uint32_t>(groups[g].size())};
      }
      matches->push_back(std::move(m));
      pos = end;
    }
  }
}

}  // namespace claimscope::internal

#include "grammar_set.h"

#include <re2/filtered_re2.h>
#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <span>
#include <thread>

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

// The shared prefilter: FilteredRE2 reduces each rule to the literal atoms it needs; one
// scan of the text for every atom (a case-insensitive RE2::Set of literals) tells which
// rules can match. Rules with no atom of their own (most start with a number) always run.
// The rules are dealt out to shards, one FilteredRE2 each, so that start-up compiles them
// on several threads; a document is then scanned once per shard for atoms (microseconds).
struct GrammarSet::Prefilter {
  struct Shard {
    re2::FilteredRE2 filter{/*min_atom_len=*/3};
    std::unique_ptr<RE2::Set> atoms;
    std::vector<uint32_t> rules;  // the set's rule index of each filter id
    Status status;                // of building it
    uint32_t error_rule = 0;      // the rule in error, when status is not ok
  };
  std::vector<Shard> shards;
  std::vector<const RE2*> by_rule;
  // The small rules (programs of at most kSmallProgram instructions) together in one
  // RE2::Set: one scan of a document says exactly which of them match anywhere in it, so
  // the others do not run. Large rules stay out: a Set of them builds its DFA far too
  // slowly (seconds over the first thousand documents).
  std::unique_ptr<RE2::Set> small;
  std::vector<uint32_t> small_rules;  // the set's rule index of each Set pattern
  std::vector<uint8_t> is_small;      // by rule
};

namespace {

using Shard = GrammarSet::Prefilter::Shard;

// RE2's message for a pattern that does not compile, as a Status at the rule's location.
Status CompileError(const GrammarRule& r, RE2::ErrorCode code) {
  const RE2 re(r.pattern, RuleOptions());  // for its message
  const bool too_big = code == RE2::ErrorPatternTooLarge;
  // RE2's message ends with the fragment, which the Status quotes on its own.
  std::string error = re.error();
  const std::string tail = ": " + re.error_arg();
  if (error.size() > tail.size() &&
      error.compare(error.size() - tail.size(), tail.size(), tail) == 0) {
    error.resize(error.size() - tail.size());
  }
  return Status::AtLocation(
      too_big ? StatusCode::kResourceExhausted : StatusCode::kParseError,
      "rule " + r.name + ": " +
          (too_big ? "pattern needs more than the RE2 memory budget of " +
                         std::to_string(GrammarSet::kMaxRuleMemory >> 20) + " MiB"
                   : error),
      r.file, r.line, r.column, re.error_arg());
}

// Compiles the shard's rules and its atom set; stops at the first rule in error.
void BuildShard(const std::vector<GrammarRule>& rules, Shard* shard) {
  for (const uint32_t r : shard->rules) {
    int id = -1;
    const RE2::ErrorCode code = shard->filter.Add(rules[r].pattern, RuleOptions(), &id);
    if (code != RE2::NoError) {
      shard->status = CompileError(rules[r], code);
      shard->error_rule = r;
      return;
    }
  }
  std::vector<std::string> atoms;
  shard->filter.Compile(&atoms);
  if (atoms.empty()) return;
  RE2::Options options = RuleOptions();
  options.set_case_sensitive(false);
  options.set_longest_match(false);
  shard->atoms = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
  for (const std::string& atom : atoms) shard->atoms->Add(RE2::QuoteMeta(atom), nullptr);
  if (!shard->atoms->Compile()) {
    shard->status = Status(StatusCode::kResourceExhausted,
                           "the grammar prefilter needs more than the RE2 memory budget");
    shard->error_rule = static_cast<uint32_t>(rules.size());  // after every rule's own error
  }
}

}  // namespace

GrammarSet::GrammarSet() = default;
GrammarSet::~GrammarSet() = default;
GrammarSet::GrammarSet(GrammarSet&&) noexcept = default;
GrammarSet& GrammarSet::operator=(GrammarSet&&) noexcept = default;

Status GrammarSet::Build(std::vector<GrammarRule> rules, std::vector<std::string> seeds) {
  rules_ = std::move(rules);
  seeds_ = std::unordered_set<std::string>(seeds.begin(), seeds.end());
  capture_names_.clear();
  prefilter_ = std::make_unique<Prefilter>();
  if (rules_.empty()) return Status();
  // As many shards as cores (at most 4), and at least 4 rules a shard.
  const size_t cores = std::max(1u, std::thread::hardware_concurrency());
  const size_t n = std::clamp<size_t>(std::min<size_t>(cores, rules_.size() / 4), 1, 4);
  prefilter_->shards = std::vector<Prefilter::Shard>(n);
  for (uint32_t r = 0; r < rules_.size(); ++r) prefilter_->shards[r % n].rules.push_back(r);
  {
    std::vector<std::jthread> threads;
    for (size_t k = 1; k < n; ++k) {
      threads.emplace_back([this, k] { BuildShard(rules_, &prefilter_->shards[k]); });
    }
    BuildShard(rules_, &prefilter_->shards[0]);
  }
  // The error of the first rule in error, whatever the sharding.
  const Prefilter::Shard* failed = nullptr;
  for (const Prefilter::Shard& shard : prefilter_->shards) {
    if (!shard.status.ok() && (failed == nullptr || shard.error_rule < failed->error_rule)) {
      failed = &shard;
    }
  }
  if (failed != nullptr) return failed->status;
  prefilter_->by_rule.assign(rules_.size(), nullptr);
  for (const Prefilter::Shard& shard : prefilter_->shards) {
    for (size_t id = 0; id < shard.rules.size(); ++id) {
      prefilter_->by_rule[shard.rules[id]] = &shard.filter.GetRE2(static_cast<int>(id));
    }
  }
  for (uint32_t r = 0; r < rules_.size(); ++r) {
    const RE2& re = *prefilter_->by_rule[r];
    if (re.NumberOfCapturingGroups() > kMaxCaptures) {
      return Status::AtLocation(StatusCode::kInvalidArgument,
                                "rule " + rules_[r].name + ": more than " +
                                    std::to_string(kMaxCaptures) + " capture groups",
                                rules_[r].file, rules_[r].line, rules_[r].column, "");
    }
    std::vector<std::string> names(static_cast<size_t>(re.NumberOfCapturingGroups()));
    for (const auto& [name, index] : re.NamedCapturingGroups()) names[index - 1] = name;
    capture_names_.push_back(std::move(names));
  }
  BuildSmallSet();
  return Status();
}

void GrammarSet::BuildSmallSet() {
  Prefilter& p = *prefilter_;
  p.is_small.assign(rules_.size(), 0);
  auto set = std::make_unique<RE2::Set>(RuleOptions(), RE2::UNANCHORED);
  for (uint32_t r = 0; r < rules_.size(); ++r) {
    if (p.by_rule[r]->ProgramSize() > kSmallProgram) continue;
    if (set->Add(rules_[r].pattern, nullptr) < 0) continue;  // compiled alone, so never
    p.small_rules.push_back(r);
    p.is_small[r] = 1;
  }
  // Without the Set every rule simply runs; a Set of one rule would save nothing.
  if (p.small_rules.size() < 2 || !set->Compile()) {
    p.small_rules.clear();
    p.is_small.assign(rules_.size(), 0);
    return;
  }
  p.small = std::move(set);
}

int GrammarSet::CaptureIndex(uint32_t r, std::string_view name) const {
  const auto& names = capture_names_[r];
  const auto it = std::find(names.begin(), names.end(), name);
  return it == names.end() ? -1 : static_cast<int>(it - names.begin());
}

void GrammarSet::Match(std::string_view text, const TextAnalysis& a, GrammarScratch* scratch,
                       std::vector<GrammarMatch>* matches) const {
  MatchSpans(text, a, scratch, matches);
  for (GrammarMatch& m : *matches) FindCaptures(text, &m);
}

void GrammarSet::MatchSpans(std::string_view text, const TextAnalysis& a, GrammarScratch* scratch,
                            std::vector<GrammarMatch>* matches) const {
  matches->clear();
  if (rules_.empty() || text.empty()) return;
  const re2::StringPiece whole(text.data(), text.size());
  std::vector<int>& candidates = scratch->candidates;
  candidates.clear();
  for (const Prefilter::Shard& shard : prefilter_->shards) {
    scratch->atoms.clear();
    if (shard.atoms != nullptr) shard.atoms->Match(whole, &scratch->atoms);
    scratch->potentials.clear();
    shard.filter.AllPotentials(scratch->atoms, &scratch->potentials);
    for (const int id : scratch->potentials)
      candidates.push_back(static_cast<int>(shard.rules[id]));
  }
  if (candidates.empty()) return;
  std::sort(candidates.begin(), candidates.end());  // in rule order, however sharded
  DropSmallRulesWithoutMatch(whole, scratch);
  if (candidates.empty()) return;
  scratch->token_start.assign(text.size() + 1, 0);
  scratch->token_end.assign(text.size() + 1, 0);
  for (const Token& t : a.tokens) {
    scratch->token_start[t.start] = 1;
    scratch->token_end[t.end] = 1;
  }
  FindWindows(text, a, scratch);
  const Span everything = {0, static_cast<uint32_t>(text.size())};
  for (const int r : scratch->candidates) {
    const RE2& re = *prefilter_->by_rule[r];
    re2::StringPiece found;
    const std::span<const Span> windows =
        rules_[r].seeded ? std::span<const Span>(scratch->windows) : std::span(&everything, 1);
    for (const Span& w : windows) {
      size_t pos = w.start;
      // The bounds alone: the DFA, without the capture search.
      while (pos < w.end && re.Match(whole, pos, w.end, RE2::UNANCHORED, &found, 1)) {
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
        GrammarMatch& m = matches->emplace_back();
        m.rule = static_cast<uint32_t>(r);
        m.span = {static_cast<uint32_t>(start), static_cast<uint32_t>(end)};
        pos = end;
      }
    }
  }
}

void GrammarSet::DropSmallRulesWithoutMatch(const re2::StringPiece& text,
                                            GrammarScratch* scratch) const {
  const Prefilter& p = *prefilter_;
  std::vector<int>& candidates = scratch->candidates;
  if (p.small == nullptr || std::none_of(candidates.begin(), candidates.end(),
                                         [&p](int r) { return p.is_small[r] != 0; })) {
    return;
  }
  std::vector<int>& found = scratch->potentials;
  found.clear();
  RE2::Set::ErrorInfo error;
  if (!p.small->Match(text, &found, &error) && error.kind != RE2::Set::kNoError) {
    return;  // out of DFA memory: run every candidate
  }
  std::vector<uint8_t>& matched = scratch->small_matched;
  matched.assign(rules_.size(), 0);
  for (const int i : found) matched[p.small_rules[i]] = 1;
  candidates.erase(std::remove_if(candidates.begin(), candidates.end(),
                                  [&](int r) { return p.is_small[r] != 0 && matched[r] == 0; }),
                   candidates.end());
}

void GrammarSet::FindCaptures(std::string_view text, GrammarMatch* m) const {
  const size_t n = capture_names_[m->rule].size() + 1;
  m->captures.assign(n - 1, Span{});
  if (n == 1) return;
  const RE2& re = *prefilter_->by_rule[m->rule];
  re2::StringPiece groups[kMaxCaptures + 1];
  const re2::StringPiece whole(text.data(), text.size());
  re.Match(whole, m->span.start, m->span.end, RE2::ANCHOR_BOTH, groups, static_cast<int>(n));
  for (size_t g = 1; g < n; ++g) {
    if (groups[g].data() == nullptr) continue;
    const auto s = static_cast<uint32_t>(groups[g].data() - text.data());
    m->captures[g - 1] = {s, s + static_cast<uint32_t>(groups[g].size())};
  }
}

// Windows of text around seeds: tokens with a digit, or seed words (also as parts of a
// hyphenated word: "mid-March"). A seeded rule's matches contain a seed and reach at most
// kBack bytes before it and kForward bytes after it.
void GrammarSet::FindWindows(std::string_view text, const TextAnalysis& a,
                             GrammarScratch* scratch) const {
  constexpr uint32_t kBack = 48;
  constexpr uint32_t kForward = 128;
  std::vector<Span>& windows = scratch->windows;
  windows.clear();
  const auto n = static_cast<uint32_t>(text.size());
  for (const Token& t : a.tokens) {
    bool seed = t.Has(kHasDigit);
    if (!seed && t.kind == TokenKind::kWord && !seeds_.empty()) {
      std::string& w = scratch->word;
      const std::string_view raw = t.Text(text);
      size_t start = 0;
      while (!seed && start <= raw.size()) {
        size_t end = raw.find('-', start);
        if (end == std::string_view::npos) end = raw.size();
        w.assign(raw.substr(start, end - start));
        for (char& c : w) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
        seed = seeds_.count(w) > 0;
        start = end + 1;
      }
    }
    if (!seed) continue;
    uint32_t from = t.start > kBack ? t.start - kBack : 0;
    while (from > 0 && !scratch->token_start[from]) --from;
    uint32_t to = std::min(n, t.end + kForward);
    while (to < n && !scratch->token_end[to]) ++to;
    if (!windows.empty() && from <= windows.back().end) {
      windows.back().end = std::max(windows.back().end, to);
    } else {
      windows.push_back({from, to});
    }
  }
}

}  // namespace claimscope::internal

#include "grammar/grammar_set.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <numeric>
#include <span>
#include <system_error>
#include <thread>

#include "base/ascii.h"
#include "base/fnv.h"
#include "base/image_io.h"
#include "base/job_group.h"
#include "claimscope/utf8.h"
#include "grammar/filter_tail.h"
#include "grammar/start_gate.h"

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

// For the combined automaton, which only says whether (and which) rules match: no captures,
// and the first match found will do.
RE2::Options CombinedOptions() {
  RE2::Options o = RuleOptions();
  o.set_max_mem(GrammarSet::kMaxCombinedMemory);
  o.set_never_capture(true);
  o.set_longest_match(false);
  return o;
}

// RE2's message for a rule that does not compile, as a Status at the rule's location;
// `what` names the pattern when it is not the rule's own.
Status CompileError(const GrammarRule& r, const RE2& re, std::string_view what = "") {
  const bool too_big = re.error_code() == RE2::ErrorPatternTooLarge;
  // RE2's message ends with the fragment, which the Status quotes on its own.
  std::string error = re.error();
  const std::string tail = ": " + re.error_arg();
  if (error.size() > tail.size() &&
      error.compare(error.size() - tail.size(), tail.size(), tail) == 0) {
    error.resize(error.size() - tail.size());
  }
  return Status::AtLocation(
      too_big ? StatusCode::kResourceExhausted : StatusCode::kParseError,
      "rule " + r.name + std::string(what) + ": " +
          (too_big ? "pattern needs more than the RE2 memory budget of " +
                         std::to_string(GrammarSet::kMaxRuleMemory >> 20) + " MiB"
                   : error),
      r.file, r.line, r.column, re.error_arg());
}

// The bits of the match context (MatchContext, below) a rule may see. RE2 patterns here are
// Perl-like (RuleOptions sets no posix_syntax), so ^ and $ match only at the text's ends
// unless a flag group turns on multi-line mode ("(?m)", "(?im:"); without one, the newlines
// around a match are as invisible to the rule as any other non-word byte. Errs towards
// seeing: any "(?" with an m among the letters after it counts.
char ContextBits(std::string_view pattern) {
  constexpr char kAll = 63;
  constexpr char kNewlines = 2 | 16;  // a newline before, after
  for (size_t at = pattern.find("(?"); at != std::string_view::npos;
       at = pattern.find("(?", at + 2)) {
    for (size_t k = at + 2; k < pattern.size(); ++k) {
      const char c = pattern[k];
      if (c == 'm') return kAll;
      if (!(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') && c != '-') break;
    }
  }
  return kAll & ~kNewlines;
}

}  // namespace

// One RE2 a rule (for its longest match at a position, and its captures), and, unless the
// set scans each rule, one automaton over all rules, anchored where it is asked:
//   which  an RE2::Set of (?:\A|(?s:.))(?:filterN), asked from the character before a token
//          start (or from the text start). Asked without a list of rules, it answers "does
//          some rule match here?" with one short DFA walk that stops at the first match or
//          where no rule can go on; asked with one, "which rules match here?". Reading the
//          character before the token lets \b and \B see what they would in the whole text
//          (an RE2::Set takes no start offset). filterN is rule N's pattern with each macro
//          that has a filter replaced by it (docs/grammars.md, "Filters"): a pattern that
//          matches at least what the rule matches, and compiles smaller.
// It may report a rule that then fails the rule's own test (a match that ends on a token
// boundary, and in a seeded rule's window): it only saves running the rules that cannot
// match.
struct GrammarSet::Compiled {
  std::vector<std::unique_ptr<RE2>> rules;
  std::vector<std::unique_ptr<RE2>> unless;  // by rule: its unless-followed-by, or null

  // Does rule r's unless-followed-by pattern match at byte `end` of `whole`?
  bool Excluded(uint32_t r, const re2::StringPiece& whole, size_t end) const {
    return unless[r] != nullptr &&
           unless[r]->Match(whole, end, whole.size(), RE2::ANCHOR_START, nullptr, 0);
  }
  // By rule: its capture searches (through a cache) so far, and whether digit_classes_
  // holds its DigitClasses, made by the search that makes kSearchesBeforeDigitClasses.
  std::unique_ptr<std::atomic<uint32_t>[]> searches;
  std::unique_ptr<std::atomic<bool>[]> digits_ready;
  std::unique_ptr<RE2::Set> which;
  // With When::kFirstUse, `which` is compiled by the first match, under this flag, as each
  // rule is: an engine is ready without it (it is most of a start-up's work), and a process
  // forked before any match compiles its own.
  bool which_on_first_use = false;
  std::once_flag which_once;
  std::atomic<bool> which_started{false};  // a thread is compiling it
  std::atomic<bool> which_done{false};     // compiled (or failed to) on first use
  // With When::kFirstUse: the first text matched had the rules it needs compiled at once
  // (GrammarSet::CompileNamedRules).
  std::atomic<bool> named_compiled{false};
  // By rule: the flag under which it is compiled (rules, unless and capture_names_ written),
  // so that threads that ask at once compile it once.
  std::unique_ptr<std::once_flag[]> once;
  // Where a word may start some rule's filter (start_gate.h): most cannot, and then `which`
  // is not asked. Built on a thread of its own, so that the engine is ready at
  // once; until gate->ready, every such word is asked about (with the same matches).
  struct Gate {
    StartGate gate;
    std::atomic<bool> ready{false};  // built, and of use
    std::atomic<bool> done{false};   // built, or given up
    std::atomic<bool> stop{false};   // the set is gone: give up
  };
  // Shared with the thread, which is not waited for: it may outlive the set (it then stops
  // soon), and a process forked meanwhile has no thread to wait for.
  std::shared_ptr<Gate> gate = std::make_shared<Gate>();
  bool gate_from_image = false;  // loaded from Build's gate_image

  ~Compiled() { gate->stop = true; }
};

namespace {

// Compiles the rules' filter patterns into c->which, each without its optional tail
// (filter_tail.h: `which` asks only whether some prefix matches). With `check_tails`, returns
// the index of a rule whose filter pattern does not parse, tail and all; else the index of one
// whose cut filter does not parse; else -1. Leaves c->which null then, or when the Set does not
// compile (over its memory budget).
int CompileWhich(const std::vector<GrammarRule>& rules, bool check_tails, GrammarSet::Compiled* c) {
  auto which = std::make_unique<RE2::Set>(CombinedOptions(), RE2::ANCHOR_START);
  RE2::Set whole(CombinedOptions(), RE2::ANCHOR_START);  // parsed only, for its errors
  for (size_t r = 0; r < rules.size(); ++r) {
    const std::string& filter = rules[r].filter;
    const std::string cut = WithoutOptionalTail(filter);
    if ((check_tails && cut != filter && whole.Add(filter, nullptr) < 0) ||
        which->Add("(?:\\A|(?s:.))" + AsGroup(cut), nullptr) < 0) {
      return static_cast<int>(r);
    }
  }
  if (which->Compile()) c->which = std::move(which);
  return -1;
}

constexpr std::string_view kGateMagic = "claimscope-start-gate 2";

// What a gate is built from: the rules' filters, in order.
uint64_t FiltersDigest(const std::vector<GrammarRule>& rules) {
  Fnv1a64 digest;
  for (const GrammarRule& r : rules) {
    digest.Add(r.filter);
    digest.Add(std::string_view("\0", 1));
  }
  return digest.value();
}

// Loads c->gate from `image` when it was saved for these rules' filters (GrammarSet::SaveGate);
// else builds it from them on a thread of its own (here, if none can start).
void BuildGate(GrammarSet::Compiled* c, const std::vector<GrammarRule>& rules,
               std::string_view image) {
  if (!image.empty()) {
    ImageReader r(image);
    std::string_view magic;
    uint64_t digest = 0;
    if (r.View(&magic) && magic == kGateMagic && r.Value(&digest) &&
        digest == FiltersDigest(rules) && c->gate->gate.Load(&r) && r.done()) {
      c->gate->ready.store(c->gate->gate.enabled(), std::memory_order_release);
      c->gate->done.store(true, std::memory_order_release);
      c->gate_from_image = true;
      return;
    }
  }
  std::vector<std::string> filters;
  for (const GrammarRule& r : rules) filters.push_back(r.filter);
  auto build = [gate = c->gate, filters = std::move(filters)] {
    gate->gate.Build(filters, &gate->stop);
    gate->ready.store(gate->gate.enabled(), std::memory_order_release);
    gate->done.store(true, std::memory_order_release);
    gate->done.notify_all();
  };
  try {
    std::thread(build).detach();
  } catch (const std::system_error&) {
    build();
  }
}

}  // namespace

GrammarSet::GrammarSet() = default;
GrammarSet::~GrammarSet() = default;
GrammarSet::GrammarSet(GrammarSet&&) noexcept = default;
GrammarSet& GrammarSet::operator=(GrammarSet&&) noexcept = default;

Status GrammarSet::Build(std::vector<GrammarRule> rules, std::vector<std::string> seeds,
                         Strategy strategy, When when, std::string_view gate_image) {
  rules_ = std::move(rules);
  seeds_.clear();
  seed_index_ = FlatIndex();
  seed_min_size_ = SIZE_MAX;
  seed_max_size_ = 0;
  seed_shapes_.reset();
  for (std::string& seed : seeds) {
    const auto id = static_cast<uint32_t>(seeds_.size());
    const auto same = [this, &seed](uint32_t i) { return seeds_[i] == seed; };
    if (!seed_index_.FindOrAdd(HashBytes(seed), id, same).second) continue;
    seed_min_size_ = std::min(seed_min_size_, seed.size());
    seed_max_size_ = std::max(seed_max_size_, seed.size());
    seed_shapes_.set(SeedShape(seed));
    seeds_.push_back(std::move(seed));
  }
  hyphen_ends_ =
      std::any_of(rules_.begin(), rules_.end(), [](const GrammarRule& r) { return r.hyphen_end; });
  capture_names_.clear();
  digit_classes_.clear();
  context_bits_.clear();
  compiled_ = std::make_unique<Compiled>();
  Compiled& c = *compiled_;
  const size_t n = rules_.size();
  if (n == 0) return Status();
  c.rules.resize(n);
  c.unless.resize(n);
  c.once = std::make_unique<std::once_flag[]>(n);
  c.searches = std::make_unique<std::atomic<uint32_t>[]>(n);
  c.digits_ready = std::make_unique<std::atomic<bool>[]>(n);
  capture_names_.assign(n, {});
  digit_classes_.assign(n, {});
  for (const GrammarRule& r : rules_) context_bits_.push_back(ContextBits(r.pattern));
  const bool now = when == When::kNow;
  lazy_ = !now;
  static std::atomic<uint64_t> builds{0};
  build_ = ++builds;
  // The rules in shards, one a thread (at least 4 rules a shard), and the combined automaton
  // on a thread of its own.
  const size_t shards = std::clamp<size_t>(n / 4, 1, JobGroup::MaxThreads());
  const auto compile_shard = [this, shards](size_t k) {
    for (size_t r = k; r < rules_.size(); r += shards) CompileOnce(static_cast<uint32_t>(r));
  };
  int bad_filter = -1;  // a rule whose filter pattern does not parse
  c.which_on_first_use = !now && strategy == Strategy::kCombined;
  {
    JobGroup jobs;
    for (size_t k = 1; now && k < shards; ++k) jobs.Run([&compile_shard, k] { compile_shard(k); });
    if (now && strategy == Strategy::kCombined) {
      jobs.Run([this, &c, &bad_filter] { bad_filter = CompileWhich(rules_, true, &c); });
    }
    if (now) compile_shard(0);
  }
  for (uint32_t r = 0; now && r < n; ++r) {
    const RE2& re = *c.rules[r];
    if (!re.ok()) return CompileError(rules_[r], re);
    if (c.unless[r] != nullptr && !c.unless[r]->ok()) {
      return CompileError(rules_[r], *c.unless[r], " (its unless-followed-by pattern)");
    }
    if (re.NumberOfCapturingGroups() > kMaxCaptures) {
      return Status::AtLocation(StatusCode::kInvalidArgument,
                                "rule " + rules_[r].name + ": more than " +
                                    std::to_string(kMaxCaptures) + " capture groups",
                                rules_[r].file, rules_[r].line, rules_[r].column, "");
    }
  }
  if (bad_filter >= 0) {  // the rule compiles, so a filter of one of its macros broke it
    const GrammarRule& r = rules_[bad_filter];
    return CompileError(r, RE2(r.filter, CombinedOptions()), " (with its macros' filters)");
  }
  // (On first use, `which` may yet fail to compile, over its memory budget: the gate is then
  // built for nothing.)
  if (c.which != nullptr || c.which_on_first_use) BuildGate(&c, rules_, gate_image);
  return Status();
}

void GrammarSet::CompileOnce(uint32_t r) const {
  std::call_once(compiled_->once[r], [this, r] { CompileRule(r); });
}

void GrammarSet::CompiledFor(GrammarScratch* scratch, uint32_t r) const {
  if (scratch->compiled_for != build_) {
    scratch->compiled.assign(rules_.size(), 0);
    scratch->compiled_for = build_;
  }
  if (scratch->compiled[r] != 0) return;
  CompileOnce(r);
  scratch->compiled[r] = 1;
}

void GrammarSet::CompileRule(uint32_t r) const {
  Compiled& c = *compiled_;
  c.rules[r] = std::make_unique<RE2>(rules_[r].pattern, RuleOptions());
  if (!rules_[r].unless_followed_by.empty()) {
    c.unless[r] = std::make_unique<RE2>(rules_[r].unless_followed_by, RuleOptions());
  }
  const RE2& re = *c.rules[r];
  std::vector<std::string> names(static_cast<size_t>(std::max(0, re.NumberOfCapturingGroups())));
  for (const auto& [name, index] : re.NamedCapturingGroups()) names[index - 1] = name;
  capture_names_[r] = std::move(names);
}

uint32_t GrammarSet::SeedShape(std::string_view word) {
  // Five bits of a byte: a letter's place in the alphabet, in either case (other bytes take
  // some value too, and at worst pass a word on to the whole lookup). Asked at every word.
  const auto bits = [word](size_t k) { return uint32_t{static_cast<uint8_t>(word[k])} & 0x1F; };
  const size_t n = word.size();
  if (n == 0) return 0;
  const uint32_t key = bits(0) | bits(n > 1 ? 1 : 0) << 5 | bits(n - 1) << 10 |
                       static_cast<uint32_t>(n & 0x1F) << 15;
  return (key * 0x9E3779B1u) >> (32 - kSeedShapeBits);  // a multiplicative hash
}

bool GrammarSet::IsSeed(std::string_view word) const {
  if (word.size() < seed_min_size_ || word.size() > seed_max_size_) return false;
  if (!seed_shapes_.test(SeedShape(word))) return false;
  const auto same = [this, word](uint32_t i) { return EqualsAsciiLower(word, seeds_[i]); };
  return seed_index_.Find(HashBytesAsciiLower(word), same) != FlatIndex::kNone;
}

bool GrammarSet::combined() const {
  if (compiled_ == nullptr) return false;
  Compiled& c = *compiled_;
  if (c.which_on_first_use) {
    // (A filter that does not parse leaves `which` null: the rules are then scanned one by
    // one. The built-in grammars' filters are checked before release, tails and all: here
    // they are not parsed twice.)
    // A thread that finds another compiling it (some 65 ms) compiles rules meanwhile, the
    // largest first, rather than wait idle: a corpus run needs them soon after.
    if (!c.which_done.load(std::memory_order_acquire) &&
        c.which_started.exchange(true, std::memory_order_acq_rel)) {
      CompileRulesUntilCombined();
    }
    std::call_once(c.which_once, [this, &c] {
      CompileWhich(rules_, false, &c);
      c.which_done.store(true, std::memory_order_release);
    });
  }
  return c.which != nullptr;
}

void GrammarSet::SortLargestFirst(std::vector<uint32_t>* rules) const {
  std::sort(rules->begin(), rules->end(), [this](uint32_t x, uint32_t y) {
    return rules_[x].pattern.size() > rules_[y].pattern.size();
  });
}

void GrammarSet::CompileRulesUntilCombined() const {
  std::vector<uint32_t> order(rules_.size());
  std::iota(order.begin(), order.end(), 0);
  SortLargestFirst(&order);
  for (const uint32_t r : order) {
    if (compiled_->which_done.load(std::memory_order_acquire)) return;
    CompileOnce(r);
  }
}

void GrammarSet::WaitForGate() const {
  if (combined()) compiled_->gate->done.wait(false, std::memory_order_acquire);
}

bool GrammarSet::gate_from_image() const {
  return compiled_ != nullptr && compiled_->gate_from_image;
}

bool GrammarSet::SaveGate(std::string* image) const {
  WaitForGate();
  if (!gated()) return false;
  image->clear();
  ImageWriter w(image);
  w.Bytes(kGateMagic);
  w.Value(FiltersDigest(rules_));
  compiled_->gate->gate.Save(&w);
  return true;
}

bool GrammarSet::combined_compiled() const {
  return compiled_ != nullptr &&
         (!compiled_->which_on_first_use || compiled_->which_done.load(std::memory_order_acquire));
}

bool GrammarSet::NoTokenMayStart(std::string_view text, const TextAnalysis& a) const {
  const Compiled& c = *compiled_;
  if (combined_compiled() || !c.gate->ready.load(std::memory_order_acquire)) return false;
  return std::none_of(a.tokens.begin(), a.tokens.end(),
                      [&](const Token& t) { return c.gate->gate.MayStart(text, t.start); });
}

bool GrammarSet::gated() const {
  return combined() && compiled_->gate->ready.load(std::memory_order_acquire);
}

int GrammarSet::CaptureIndex(uint32_t r, std::string_view name) const {
  const auto& names = capture_names_[r];  // (compiled: a match of this thread asked)
  // Sizes first: the names of one rule's groups mostly differ in size, and a string compare
  // is a library call.
  const auto it = std::find_if(names.begin(), names.end(), [name](const std::string& n) {
    return n.size() == name.size() && std::string_view(n) == name;
  });
  return it == names.end() ? -1 : static_cast<int>(it - names.begin());
}

void GrammarSet::Match(std::string_view text, const TextAnalysis& a, GrammarScratch* scratch,
                       std::vector<GrammarMatch>* matches) const {
  MatchSpans(text, a, scratch, matches);
  for (GrammarMatch& m : *matches) FindCaptures(text, &m);
}

void GrammarSet::MatchSpans(std::string_view text, const TextAnalysis& a, GrammarScratch* scratch,
                            std::vector<GrammarMatch>* matches,
                            std::span<const uint8_t> seeds) const {
  matches->clear();
  if (rules_.empty() || text.empty() || NoTokenMayStart(text, a)) return;
  scratch->token_end.assign(text.size() + 1, 0);
  for (const Token& t : a.tokens) {
    scratch->token_end[t.end] = kTokenEnd;
    // The period of an abbreviation may end the sentence: "sales of 5 mln." end at "mln".
    if (t.Has(kAbbreviation) && text[t.end - 1] == '.') scratch->token_end[t.end - 1] = kTokenEnd;
    // The match of a hyphen-end rule may end at a hyphen inside a word: "2.4bn euros-worth",
    // "a 12-cent-a-share dividend".
    if (t.Has(kHasHyphen) && hyphen_ends_) {
      for (uint32_t k = t.start + 1; k < t.end; ++k) {
        if (text[k] == '-') scratch->token_end[k] = kInnerHyphen;
      }
    }
  }
  FindWindows(text, a, seeds, scratch);
  if (combined()) {
    MatchAtTokens(text, a, scratch, matches);  // it starts at tokens: no token_start needed
  } else {
    scratch->token_start.assign(text.size() + 1, 0);
    for (const Token& t : a.tokens) scratch->token_start[t.start] = 1;
    ScanEachRule(text, scratch, matches);
  }
}

namespace {

// The window (GrammarScratch::windows) that holds each token start, asked in text order.
class WindowCursor {
 public:
  explicit WindowCursor(const std::vector<Span>& windows) : windows_(windows) {}
  // The window that holds p, or null; p is not before the last asked.
  const Span* At(uint32_t p) {
    while (w_ < windows_.size() && windows_[w_].end <= p) ++w_;
    return w_ < windows_.size() && windows_[w_].start <= p ? &windows_[w_] : nullptr;
  }

 private:
  const std::vector<Span>& windows_;
  size_t w_ = 0;  // the first window that does not end at or before the last p
};

}  // namespace

bool GrammarSet::RulesAt(std::string_view text, uint32_t p, std::vector<int>* here) const {
  // `which` reads from the character before the token, so that \b and \B see it. At the text
  // start, or after a byte that is no UTF-8 character, it reads from the token itself
  // (through \A): RE2's \b and \B see there what they see after such a byte (a non-word
  // byte), and \A and ^ match at least where they would.
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  size_t from = p;
  if (p > 0) {
    size_t before = p - 1;
    while (before > 0 && p - before < 4 && (bytes[before] & 0xC0) == 0x80) --before;
    size_t after = before;
    if (DecodeUtf8(bytes, p, &after) >= 0 && after == p) from = before;
  }
  // One walk says which rules match here. (Asking first whether any does, with a walk that
  // stops at the first match, then which, cost more: nearly half the words that pass the
  // gate start some filter's match, and they were walked twice.)
  if (!compiled_->which->Match(re2::StringPiece(text.data() + from, text.size() - from), here)) {
    return false;
  }
  std::sort(here->begin(), here->end());
  return true;
}

void GrammarSet::CompileNamedRules(std::string_view text, const TextAnalysis& a,
                                   GrammarScratch* scratch) const {
  const Compiled& c = *compiled_;
  const bool gated = c.gate->ready.load(std::memory_order_acquire);
  std::vector<uint8_t> named(rules_.size(), 0);
  WindowCursor windows(scratch->windows);
  for (const Token& t : a.tokens) {
    if (gated && !c.gate->gate.MayStart(text, t.start)) continue;
    if (!RulesAt(text, t.start, &scratch->rules_here)) continue;
    const bool in_window = windows.At(t.start) != nullptr;
    for (const int r : scratch->rules_here) named[r] |= !rules_[r].seeded || in_window;
  }
  std::vector<uint32_t> todo;
  for (uint32_t r = 0; r < rules_.size(); ++r) {
    if (named[r] != 0) todo.push_back(r);
  }
  SortLargestFirst(&todo);  // so that the threads end about together
  std::atomic<size_t> next{0};
  const auto compile = [this, &todo, &next] {
    for (size_t k; (k = next.fetch_add(1, std::memory_order_relaxed)) < todo.size();) {
      CompileOnce(todo[k]);
    }
  };
  {
    JobGroup jobs;
    for (size_t k = 1; k < std::min(todo.size(), JobGroup::MaxThreads()); ++k) jobs.Run(compile);
    compile();
  }
}

// At each token start, in text order: `which` says whether some rule matches there, and then
// which ones; each of those whose last match ended before here then takes its longest match
// here (within its window, for a seeded rule) if it ends on a token boundary. Rule by rule,
// these are the matches ScanEachRule finds: the leftmost match of a rule from a position
// starts at the first token start with a match, since a match elsewhere is skipped anyway.
void GrammarSet::MatchAtTokens(std::string_view text, const TextAnalysis& a,
                               GrammarScratch* scratch, std::vector<GrammarMatch>* matches) const {
  Compiled& c = *compiled_;
  const size_t n = text.size();
  const re2::StringPiece whole(text.data(), n);
  std::vector<uint32_t>& next_start = scratch->next_start;
  next_start.assign(rules_.size(), 0);
  std::vector<int>& here = scratch->rules_here;
  WindowCursor windows(scratch->windows);
  re2::StringPiece found;
  const bool gated = c.gate->ready.load(std::memory_order_acquire);
  const bool lazy = lazy_;
  if (lazy && !c.named_compiled.exchange(true, std::memory_order_relaxed)) {
    CompileNamedRules(text, a, scratch);
  }
  for (const Token& t : a.tokens) {
    const uint32_t p = t.start;
    // Few tokens start a match, and the gate rules most others out without RE2.
    if (gated && !c.gate->gate.MayStart(text, p)) continue;
    if (!RulesAt(text, p, &here)) continue;
    const Span* window = windows.At(p);
    for (const int r : here) {
      if (p < next_start[r]) continue;  // inside this rule's last match
      size_t end = n;
      if (rules_[r].seeded) {
        if (window == nullptr) continue;
        end = window->end;
      }
      if (lazy) CompiledFor(scratch, static_cast<uint32_t>(r));
      if (!c.rules[r]->Match(whole, p, end, RE2::ANCHOR_START, &found, 1) || found.empty()) {
        continue;
      }
      const size_t e = p + found.size();
      if (!EndsHere(r, scratch->token_end[e]) || c.Excluded(r, whole, e)) continue;
      matches->push_back({static_cast<uint32_t>(r), {p, static_cast<uint32_t>(e)}, {}});
      next_start[r] = static_cast<uint32_t>(e);
    }
  }
  std::sort(matches->begin(), matches->end(), [](const GrammarMatch& x, const GrammarMatch& y) {
    return x.rule != y.rule ? x.rule < y.rule : x.span.start < y.span.start;
  });
}

// Each rule over the whole text (seeded rules: over each window): its leftmost-longest
// match from a position; one that does not start and end on token boundaries is skipped and
// the search goes on one byte further.
void GrammarSet::ScanEachRule(std::string_view text, GrammarScratch* scratch,
                              std::vector<GrammarMatch>* matches) const {
  const re2::StringPiece whole(text.data(), text.size());
  const Span everything = {0, static_cast<uint32_t>(text.size())};
  re2::StringPiece found;
  for (uint32_t r = 0; r < rules_.size(); ++r) {
    if (lazy_) CompiledFor(scratch, r);
    const RE2& re = *compiled_->rules[r];
    const std::span<const Span> windows =
        rules_[r].seeded ? std::span<const Span>(scratch->windows) : std::span(&everything, 1);
    for (const Span& w : windows) {
      size_t pos = w.start;
      while (pos < w.end && re.Match(whole, pos, w.end, RE2::UNANCHORED, &found, 1)) {
        const size_t start = static_cast<size_t>(found.data() - text.data());
        const size_t end = start + found.size();
        if (end == start || !scratch->token_start[start] || !EndsHere(r, scratch->token_end[end]) ||
            compiled_->Excluded(r, whole, end)) {
          // Empty, not on token boundaries, or followed by what the rule excludes: look
          // again one byte on.
          pos = start + 1;
          continue;
        }
        matches->push_back({r, {static_cast<uint32_t>(start), static_cast<uint32_t>(end)}, {}});
        pos = end;
      }
    }
  }
}

namespace {

bool IsAsciiWordByte(uint8_t c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}

// What RE2's empty-width assertions (^ $ \A \z \b \B, with or without (?m)) can see of the
// text around a match: whether it starts or ends the text, and the kind of byte before and
// after it. With the matched bytes, this fixes the captures; a rule sees only some of it
// (ContextBits).
char MatchContext(std::string_view text, Span span) {
  const auto* b = reinterpret_cast<const uint8_t*>(text.data());
  int context = 0;
  if (span.start == 0) {
    context |= 1;
  } else {
    context |= b[span.start - 1] == '\n' ? 2 : 0;
    context |= IsAsciiWordByte(b[span.start - 1]) ? 4 : 0;
  }
  if (span.end == text.size()) {
    context |= 8;
  } else {
    context |= b[span.end] == '\n' ? 16 : 0;
    context |= IsAsciiWordByte(b[span.end]) ? 32 : 0;
  }
  return static_cast<char>(context);
}

}  // namespace

void GrammarSet::FindCaptures(std::string_view text, GrammarMatch* m, CaptureCache* cache) const {
  const uint32_t r = m->rule;
  const size_t n = capture_names_[r].size() + 1;
  m->captures.assign(n - 1, Span{});
  if (n == 1) return;
  Compiled& c = *compiled_;
  int32_t* cached = nullptr;  // where the cache keeps this search's offsets
  if (cache != nullptr) {
    std::string_view key = text.substr(m->span.start, m->span.end - m->span.start);
    if (c.digits_ready[r].load(std::memory_order_acquire) &&
        digit_classes_[r].Key(key, cache->key_buffer())) {
      key = *cache->key_buffer();
    }
    const auto [offsets, found] =
        cache->FindOrAdd(r, MatchContext(text, m->span) & context_bits_[r], key, 2 * (n - 1));
    if (found) {
      for (size_t g = 0; g + 1 < n; ++g) {
        if (offsets[2 * g] < 0) continue;
        m->captures[g] = {m->span.start + static_cast<uint32_t>(offsets[2 * g]),
                          m->span.start + static_cast<uint32_t>(offsets[2 * g + 1])};
      }
      return;
    }
    cached = offsets;
    // (A key with digits made alike is the same for texts that search alike, so entries made
    // before the rule's DigitClasses serve after it, and the other way round.)
    if (c.searches[r].fetch_add(1, std::memory_order_relaxed) + 1 == kSearchesBeforeDigitClasses &&
        !c.digits_ready[r].load(std::memory_order_acquire)) {
      digit_classes_[r] = DigitClasses(rules_[r].pattern);
      c.digits_ready[r].store(true, std::memory_order_release);
    }
  }
  const RE2& re = *c.rules[r];
  re2::StringPiece groups[kMaxCaptures + 1];
  const re2::StringPiece whole(text.data(), text.size());
  re.Match(whole, m->span.start, m->span.end, RE2::ANCHOR_BOTH, groups, static_cast<int>(n));
  for (size_t g = 1; g < n; ++g) {
    if (groups[g].data() == nullptr) continue;
    const auto s = static_cast<uint32_t>(groups[g].data() - text.data());
    m->captures[g - 1] = {s, s + static_cast<uint32_t>(groups[g].size())};
    if (cached != nullptr) {
      cached[2 * (g - 1)] = static_cast<int32_t>(s - m->span.start);
      cached[2 * (g - 1) + 1] = static_cast<int32_t>(s - m->span.start + groups[g].size());
    }
  }
}

// Windows of text around seeds: tokens with a digit, or seed words (also as parts of a
// hyphenated word: "mid-March"). A seeded rule's matches contain a seed and reach at most
// kBack bytes before it and kForward bytes after it.
void GrammarSet::FindWindows(std::string_view text, const TextAnalysis& a,
                             std::span<const uint8_t> seeds, GrammarScratch* scratch) const {
  constexpr uint32_t kBack = 48;
  constexpr uint32_t kForward = 128;
  std::vector<Span>& windows = scratch->windows;
  windows.clear();
  const auto n = static_cast<uint32_t>(text.size());
  const std::vector<Token>& tokens = a.tokens;
  // A seed's window runs from the start of the last token that starts kBack bytes or more
  // before it (or the text's start) to the end of the first that ends kForward bytes or more
  // after it (or the text's end); windows that meet are one. Both bounds grow with the seed,
  // so a window ends where its last seed's does: each bound is searched for once a window
  // (binary search), not walked to token by token from seed to seed.
  const auto start_before = [&](uint32_t seed_start) -> uint32_t {
    if (seed_start <= kBack) return 0;
    const uint32_t limit = seed_start - kBack;  // tokens[0].start is 0: some token starts there
    const auto after = std::upper_bound(tokens.begin(), tokens.end(), limit,
                                        [](uint32_t v, const Token& x) { return v < x.start; });
    return std::prev(after)->start;
  };
  const auto end_after = [&](uint32_t seed_end) -> uint32_t {
    if (uint64_t{seed_end} + kForward >= n) return n;
    const uint32_t limit = seed_end + kForward;
    const auto at = std::lower_bound(tokens.begin(), tokens.end(), limit,
                                     [](const Token& x, uint32_t v) { return x.end < v; });
    return at == tokens.end() ? n : at->end;
  };
  uint32_t last_seed_end = 0;  // of the open window, the last one of `windows`
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    bool seed = t.Has(kHasDigit);
    if (!seed && t.kind == TokenKind::kWord && !seeds_.empty()) {
      const std::string_view raw = t.Text(text);
      if (!t.Has(kHasHyphen)) {
        seed = seeds.empty() ? IsSeed(raw) : seeds[i] != 0;
      } else {
        for (size_t start = 0, k = 0; !seed && k <= raw.size(); ++k) {
          if (k < raw.size() && raw[k] != '-') continue;
          seed = IsSeed(raw.substr(start, k - start));
          start = k + 1;
        }
      }
    }
    if (!seed) continue;
    // The reach back of this seed meets the reach forward of the last: one window, with no
    // search. (Their bounds are further out than these reaches.)
    const bool meets =
        t.start <= kBack || uint64_t{t.start} - kBack <= uint64_t{last_seed_end} + kForward;
    if (windows.empty()) {
      windows.push_back({start_before(t.start), 0});
    } else if (!meets) {
      windows.back().end = end_after(last_seed_end);
      const uint32_t from = start_before(t.start);
      if (from > windows.back().end) windows.push_back({from, 0});
    }
    last_seed_end = t.end;
  }
  if (!windows.empty()) windows.back().end = end_after(last_seed_end);
}

}  // namespace claimscope::internal

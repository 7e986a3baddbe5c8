#include "base/record_evidence.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "base/ascii.h"

namespace claimscope::internal {
namespace {

using namespace std::string_view_literals;

// The name after "rule:" (up to a ":" or ";"), or empty: "rule:short_form" -> "short_form".
// (One loop, no search: it runs for every mention.)
std::string_view RuleOf(std::string_view source) {
  if (!source.starts_with("rule:"sv)) return {};
  size_t end = 5;
  while (end < source.size() && source[end] != ':' && source[end] != ';') ++end;
  return source.substr(5, end - 5);
}

// (Names of different lengths differ at the first comparison.)
template <size_t N>
bool In(const std::array<std::string_view, N>& names, std::string_view name) {
  return !name.empty() && std::find(names.begin(), names.end(), name) != names.end();
}

// Entities. Strong: a person's name read from a known given name or a title, a name built
// on "of" ("Department of Culture", "the city of Hama"), a name the text defines ("... (the
// EC)"); weak: a name found by its shape alone or a guess from its context.
constexpr std::array<std::string_view, 5> kStrongEntityRules = {
    "given_name", "title_name", "org_of", "city_of", "defined_name"};
constexpr std::array<std::string_view, 8> kWeakEntityRules = {
    "name_shape", "after_preposition",      "place_word",    "band",
    "org_prefix", "person_named_elsewhere", "person_speaks", "acronym"};

// A lexicon name of two words or more besides "the", or a country, is strong; one word of
// another list ("Reading", "Apple", "the Australian") medium.
Evidence EntityEvidence(const Record& record, const Entity& e, std::string_view rule) {
  const std::string_view first = e.source;
  if (first.starts_with("lexicon:"sv)) {
    std::string_view words = record.Slice(e.span);
    if (words.size() > 4 && (words.starts_with("the"sv) || words.starts_with("The"sv)) &&
        IsAsciiSpace(words[3])) {
      words.remove_prefix(4);
    }
    const bool several = std::any_of(words.begin(), words.end(), IsAsciiSpace);
    return several || first.starts_with("lexicon:place.country:"sv) ? Evidence::kStrong
                                                                    : Evidence::kMedium;
  }
  if (In(kStrongEntityRules, rule)) return Evidence::kStrong;
  if (In(kWeakEntityRules, rule)) return Evidence::kWeak;
  return Evidence::kMedium;
}

// Quantities. Strong: money, percentages, measures and durations with their unit, dates with
// a month or day and a year; weak: a month or "next week" alone, vague amounts, "ago", and a
// count whose unit was taken from a neighbour.
constexpr std::array<std::string_view, 11> kStrongQuantityRules = {
    "money_before",      "money_after",    "percent",           "percent_range",
    "percent_bid_offer", "month_day_year", "month_year",        "day_month_year",
    "measure",           "duration",       "duration_adjective"};
constexpr std::array<std::string_view, 4> kWeakQuantityRules = {"month_alone", "relative_unit",
                                                                "vague_count", "ago"};

Evidence QuantityEvidence(const Quantity& q) {
  if (q.source.find(";unit_from_neighbour"sv) != std::string::npos) return Evidence::kWeak;
  const std::string_view rule = RuleOf(q.source);
  if (In(kStrongQuantityRules, rule)) return Evidence::kStrong;
  if (In(kWeakQuantityRules, rule)) return Evidence::kWeak;
  return Evidence::kMedium;
}

// Quotes. Strong: a named speaker (an entity, not a pronoun) found next to the cue; weak: no
// speaker, or one left unknown; medium: the rest (a pronoun, a description, a quote that
// continues another).
constexpr std::array<std::string_view, 9> kNextToCue = {
    "before_cue",           "after_cue",        "according_to",
    "name_with_apposition", "named_apposition", "dash_credit",
    "before_parenthetical", "coordinated_cue",  "after_adverbial"};
constexpr std::array<std::string_view, 9> kPronouns = {"he", "she", "it",    "they", "i",
                                                       "we", "who", "which", "that"};

// The rule that found the speaker: "speaker:before_cue" in the source.
std::string_view SpeakerRule(std::string_view source) {
  const size_t at = source.find("speaker:"sv);
  if (at == std::string_view::npos) return {};
  const std::string_view rest = source.substr(at + 8);
  return rest.substr(0, rest.find(';'));
}

bool IsPronoun(std::string_view words) {
  return words.size() <= 5 &&
         std::any_of(kPronouns.begin(), kPronouns.end(),
                     [words](std::string_view p) { return EqualsAsciiLower(words, p); });
}

Evidence QuoteEvidence(const Record& record, const Quote& q) {
  if (!q.speaker || q.speaker->kind == SpeakerKind::kUnknown) return Evidence::kWeak;
  const Speaker& s = *q.speaker;
  if (!s.entity.empty() && In(kNextToCue, SpeakerRule(q.source)) &&
      !IsPronoun(record.Slice(s.span))) {
    return Evidence::kStrong;
  }
  return Evidence::kMedium;
}

}  // namespace

void AssignEvidence(Record* record) {
  // A short form ("Denman" after "Martin Denman") is as sure as its cluster's surest name.
  thread_local std::vector<Evidence> best;  // by cluster; kept from record to record
  best.clear();
  thread_local std::vector<uint8_t> short_form;  // by entity
  short_form.clear();
  for (Entity& e : record->entities) {
    const std::string_view rule = RuleOf(e.source);
    e.evidence = EntityEvidence(*record, e, rule);
    short_form.push_back(rule == "short_form"sv);
    const auto c = static_cast<size_t>(std::max(e.cluster, 0));
    if (c >= best.size()) best.resize(c + 1, Evidence::kWeak);
    best[c] = std::max(best[c], e.evidence);
  }
  for (size_t i = 0; i < record->entities.size(); ++i) {
    Entity& e = record->entities[i];
    if (short_form[i]) e.evidence = best[static_cast<size_t>(std::max(e.cluster, 0))];
  }
  for (Quantity& q : record->quantities) q.evidence = QuantityEvidence(q);
  for (Quote& q : record->quotes) q.evidence = QuoteEvidence(*record, q);
}

void DropBelow(Evidence min, Record* record) {
  if (min == Evidence::kWeak) return;
  std::unordered_set<std::string> dropped;
  const auto below = [min, &dropped](const auto& item) {
    if (item.evidence >= min) return false;
    dropped.insert(item.id);
    return true;
  };
  std::erase_if(record->entities, below);
  std::erase_if(record->quantities, below);
  std::erase_if(record->quotes, [min](const Quote& q) { return q.evidence < min; });
  const auto gone = [&dropped](const std::string& id) { return dropped.count(id) != 0; };
  for (Quote& q : record->quotes) {
    std::erase_if(q.entities, gone);
    std::erase_if(q.quantities, gone);
    if (q.speaker && gone(q.speaker->entity)) q.speaker->entity.clear();
    for (Media& m : q.media) {
      if (gone(m.entity)) m.entity.clear();
    }
  }
}

}  // namespace claimscope::internal

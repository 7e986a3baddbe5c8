// What the document says of its names as a whole (recognizer.h): whether it is a sports
// report, where its dateline is, and so which reading of a name it means.
#include <algorithm>
#include <string_view>

#include "entities/recognizer.h"

namespace claimscope::internal {

using namespace std::string_view_literals;  // "1"sv: compared by size first

bool EntityRecognizer::IsSportsReport() const {
  if (sports_report_ >= 0) return sports_report_ != 0;
  // Sports words said at least four times, of which two of sport alone or four with other
  // common uses ("goal", "match"): a story that mentions a baseball bat and a captain once
  // each is no sports report.
  std::vector<uint32_t>& entries = b_.sport_entries;
  const size_t mentions = entries.size();
  std::sort(entries.begin(), entries.end());
  entries.erase(std::unique(entries.begin(), entries.end()), entries.end());
  int score = 0;  // a sports word counts 2, one with other common uses 1
  for (uint32_t e : entries) score += m_.entry(e).Attribute("weak") == "1"sv ? 1 : 2;
  sports_report_ = mentions >= 4 && score >= 4 ? 1 : 0;
  return sports_report_ != 0;
}

namespace {

bool IsDash(std::string_view w) {
  return w == "-"sv || w == "--"sv || w == "\u2014"sv || w == "\u2013"sv;
}

}  // namespace

bool EntityRecognizer::IsDateline(uint32_t first, uint32_t end, bool bare_dash) const {
  if (first >= dateline_zone_end_) return false;
  if (first > 0 && !Flag(first, kUnitNewlineBefore) &&
      paragraph_of_[first - 1] == paragraph_of_[first]) {
    return false;
  }
  // Past ", Region" to the date.
  uint32_t u = end;
  for (int step = 0; step < 2 && u + 1 < units_.size() && Text(u) == ","sv; ++step) {
    if (IsNameWord(u + 1) && !cues_.IsCapitalisedNonName(u + 1)) {
      u = SequenceEnd(u + 1);
    } else {
      ++u;
      break;
    }
  }
  if (u >= units_.size() || Flag(u, kUnitNewlineBefore)) return false;
  // "(Reuters) -", "(AP) —": the outlet's credit, then the dash.
  if (Text(u) == "("sv) {
    uint32_t close = u + 1;
    while (close < units_.size() && close < u + 6 && Text(close) != ")"sv) ++close;
    return close + 1 < units_.size() && IsDash(Text(close + 1));
  }
  if (IsDash(Text(u))) return bare_dash;  // "LONDON -"
  // "1996-08-30" (tokens 1996, -, 08, ...) or a month and day: "June 3".
  const std::string_view w = Text(u);
  const bool year =
      w.size() == 4 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
  const bool month_day = cues_.IsCapitalisedNonName(u) && u + 1 < units_.size() &&
                         TokenOf(u + 1).kind == TokenKind::kNumber;
  return (year && u + 1 < units_.size() && Text(u + 1) == "-"sv) || month_day;
}

void EntityRecognizer::ReadPlacesAsTeams(std::vector<Candidate>* accepted) const {
  if (!IsSportsReport()) return;
  for (Candidate& c : *accepted) {
    if (c.kind != EntityType::kPlace || c.entry == kNoEntry || c.has_key) continue;
    if (c.subtype != "city"sv && c.subtype != "subdivision"sv) continue;
    // England, Scotland, Wales: countries, whose teams are the nation's.
    if (m_.entry(c.entry).Attribute("type") == "country"sv) continue;
    if (c.first > 0 && cues_.IsLocativePrepositionAnyCase(c.first - 1)) continue;
    if (IsDateline(c.first, c.end)) continue;
    c.kind = EntityType::kOrg;
    c.subtype = "team";
    c.canonical = {};
    c.entry = kNoEntry;
    c.rule = "sports_team";
  }
}

void EntityRecognizer::ReadWorksAndBands() {
  std::unordered_set<std::string_view>& works = b_.works;
  std::unordered_set<std::string_view>& bands = b_.bands;
  works.clear();
  bands.clear();
  const uint32_t n = static_cast<uint32_t>(units_.size());
  for (const Candidate& c : candidates_) {
    if (c.entry != kNoEntry || c.end - c.first < 2 || c.kind == EntityType::kPlace) continue;
    const bool before = c.first > 0 && Joinable(c.first - 1, c.first);
    const bool after = c.end < n && Joinable(c.end - 1, c.end);
    if ((before && cues_.IsWorkNoun(c.first - 1, /*before=*/true)) ||
        (after && cues_.IsWorkNoun(c.end, /*before=*/false))) {
      works.insert(Text(c.first, c.end));
    } else if (before && cues_.IsBandNoun(c.first - 1)) {
      bands.insert(Text(c.first, c.end));
    }
  }
  if (works.empty() && bands.empty()) return;
  for (Candidate& c : candidates_) {
    if (c.entry != kNoEntry) continue;
    const std::string_view name = Text(c.first, c.end);
    if (works.count(name) != 0) {
      c.silent = true;
      c.priority = std::max(c.priority, kRule);  // no list reads a town into the title
      c.rule = "work";
    } else if (bands.count(name) != 0) {
      c.kind = EntityType::kOrg;
      c.rule = "band";
    }
  }
}

}  // namespace claimscope::internal

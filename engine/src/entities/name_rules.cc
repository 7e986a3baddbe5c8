// The name rules: capitalised sequences become candidates by their cues (recognizer.h).
#include <charconv>
#include <string_view>

#include "entities/recognizer.h"
#include "text/abbreviations.h"

namespace claimscope::internal {

using namespace std::string_view_literals;  // "of"sv: compared by size first

// Capitalised sequences ("Ines Marlow", "Ministry of Disaster Management and Relief"),
// classified by their cues.
void EntityRecognizer::FindNames() {
  const uint32_t n = static_cast<uint32_t>(units_.size());
  for (uint32_t u = 0; u < n; ++u) {
    // A dateline's place in capitals ("VALDERA, Norland (Reuters) -"), which no rule below
    // takes for a name.
    if (Flag(u, kAllCaps) && IsWord(u) && !IsNameWord(u)) {
      uint32_t end = u + 1;
      while (end < n && end < u + 4 && IsWord(end) && Flag(end, kAllCaps) && Joinable(u, end)) {
        ++end;
      }
      if (!entity_word_[u] && IsDateline(u, end, /*bare_dash=*/false)) {
        AddRule(u, end, EntityType::kPlace, kRule, "dateline");
        u = end - 1;
      }
      continue;
    }
    // "The", "In", "But" open sentences and title-case headlines, not names.
    if (!IsNameWord(u) || IsSentenceStarter(Text(u))) continue;
    uint32_t end = SequenceEnd(u);
    // "Customs and Border Patrol", "Securities and Exchange Commission".
    if (end + 1 < n && (Text(end) == "and"sv || Text(end) == "&"sv) && Joinable(u, end + 1) &&
        IsNameWord(end + 1)) {
      const uint32_t end2 = SequenceEnd(end + 1);
      const bool defined = end2 + 2 < n && Text(end2) == "("sv && Text(end2 + 2) == ")"sv;
      const bool org =
          cues_.IsOrgSuffix(end2 - 1) || (cues_.IsOrgHead(u) && end - u >= 3 && end2 - end <= 3);
      const bool first_known = end == u + 1 && entity_word_[u];
      if ((defined || org) && !first_known) {
        if (defined) {
          // The text defines it: as sure as a lexicon phrase.
          AddRule(u, end2, EntityType::kOrg, kStrong, "defined_name");
          u = end2 - 1;
          continue;
        }
        end = end2;
      }
    }
    Classify(u, end);
    u = end - 1;
  }
}

// One past the last unit of the capitalised sequence that starts at `u`.
// Names are short: a run of capitalised words longer than this is a title or a list.
constexpr uint32_t kMaxNameWords = 12;

uint32_t EntityRecognizer::SequenceEnd(uint32_t u) const {
  const uint32_t n = static_cast<uint32_t>(units_.size());
  uint32_t end = u + 1;
  // Each step checks only the words it adds (Joinable(end - 1, ...)): linear in the run.
  while (end < n && end - u < kMaxNameWords && Joinable(end - 1, end)) {
    // ("analyst Vadim Mitroshin The dispute": a full stop was lost; "The" opens a sentence.)
    // (A letter is an initial: "Charles A Blixt", "Serie A".)
    if (IsNameWord(end) && (Text(end).size() == 1 || !IsSentenceStarter(Text(end)))) {
      ++end;
    } else if (end == u + 1 && MonthSurname(end)) {
      ++end;
    } else if (end + 1 < n && cues_.IsNameConnector(end) && Joinable(end, end + 1) &&
               IsNameWord(end + 1)) {
      end += 2;
    } else {
      break;
    }
  }
  return end;
}

void EntityRecognizer::AddRule(uint32_t first, uint32_t end, EntityType kind, int priority,
                               std::string_view rule) {
  Candidate c;
  c.first = first;
  c.end = end;
  c.kind = kind;
  c.priority = priority;
  c.rank = 1;
  c.rule = rule;
  candidates_.push_back(c);
}

bool EntityRecognizer::IsPersonName(uint32_t first, uint32_t end) const {
  if (end - first > 4) return false;
  for (uint32_t k = first; k < end; ++k) {
    // "Jeremy de Souza", "Ludwig van Beethoven": a particle inside, not at the ends (nor an
    // English word: "Bill for Crossrail" is no person).
    if (k > first && k + 1 < end && cues_.IsNameConnector(k) && !cues_.IsCommonWordInCapitals(k)) {
      continue;
    }
    if (!IsPersonPart(k)) return false;
  }
  return true;
}

// "Theresa May", "Brian May", "Clive April": a month that is a family name too, after a
// given name that is no place ("London May 5", "Washington June 3" are dates).
bool EntityRecognizer::MonthSurname(uint32_t u) const {
  if (u == 0 || !given_[u - 1] || place_word_[u - 1] || !IsWord(u) || Flag(u, kAllCaps)) {
    return false;
  }
  const std::string_view w = Text(u);
  if (w != "May"sv && w != "June"sv && w != "April"sv && w != "August"sv) return false;
  return !(u + 1 < units_.size() && TokenOf(u + 1).kind == TokenKind::kNumber);
}

bool EntityRecognizer::IsPersonPart(uint32_t u) const {
  uint8_t& known = b_.person_part[u];
  if (known == 0) {
    const std::string_view w = Text(u);
    // Capitals are an acronym ("EBC"), not a name; "P." is an initial.
    const bool part = (IsNameWord(u) || MonthSurname(u)) && !cues_.IsOrgSuffix(u) &&
                      !cues_.IsPlaceSuffix(u) && !cues_.IsOrgHead(u) &&
                      !(Flag(u, kAllCaps) && w.size() > 1 && !TokenOf(u).Has(kAbbreviation));
    known = part ? 1 : 2;
  }
  return known == 1;
}

void EntityRecognizer::FindPersonWords() {
  std::unordered_set<std::string_view>& words = b_.person_words;
  words.clear();
  // The units next to a speech cue or after a title (IndexHits), not every unit.
  for (const uint32_t u : b_.person_cue_units) {
    if (IsNameWord(u) && !entity_word_[u] && !Flag(u, kAllCaps)) words.insert(Text(u));
  }
}

std::string_view EntityRecognizer::PersonEvidence(uint32_t s, uint32_t e) const {
  if (speech_at_[e] || (s > 0 && speech_at_[s - 1])) return "person_speaks";  // "Bekele said"
  // "Seizaburo Sato ... Sato said": the family name speaks, or has a title, elsewhere.
  if (b_.person_words.count(Text(e - 1)) != 0) return "person_named_elsewhere";
  // "Klas Eriksson (Sweden)": a results list.
  if (e + 2 < units_.size() && Text(e) == "("sv && place_word_[e + 1] && Text(e + 2) == ")"sv) {
    return "person_in_results";
  }
  return {};
}

bool EntityRecognizer::HasInnerCapital(std::string_view w) {
  // A capital after three lower-case letters: "DaimlerChrysler", not "McDonald", "MacLeod".
  int lower = 0;
  for (char c : w) {
    if (c >= 'a' && c <= 'z') {
      ++lower;
    } else if (c >= 'A' && c <= 'Z') {
      if (lower >= 3) return true;
      lower = 0;
    } else {
      return false;  // "O'Brien", "Smith-Jones": no such word
    }
  }
  return false;
}

bool EntityRecognizer::OrgContext(uint32_t u) const {
  const uint32_t n = static_cast<uint32_t>(units_.size());
  // "shares in X", "analysts at X".
  if (u >= 2 && Joinable(u - 2, u) && IsWord(u - 1) && cues_.IsOrgContext(u - 2, Text(u - 1))) {
    return true;
  }
  // "X shares", "X's chief executive".
  uint32_t after = u + 1;
  if (after < n && (Text(after) == "'s"sv || Text(after) == "\u2019s"sv)) ++after;
  return after < n && Joinable(u, after) && cues_.IsOrgContext(after, {});
}

bool EntityRecognizer::AgeFollows(uint32_t end) const {
  if (end + 2 >= units_.size() || Text(end) != ","sv || Text(end + 2) != ","sv) return false;
  const std::string_view age = Text(end + 1);
  int years = 0;
  const auto r = std::from_chars(age.data(), age.data() + age.size(), years);
  return r.ec == std::errc() && r.ptr == age.data() + age.size() && years > 0 && years < 120;
}

void EntityRecognizer::Classify(uint32_t s, uint32_t e) {
  const std::string_view first = Text(s);
  // A title: "President Joe Biden", "Energy Minister Tomas Reyes", "Gen. Ortiz".
  uint32_t after_title = title_before_[s] ? s : 0;
  for (uint32_t k = s; k < e; ++k) {
    if (title_end_[k] > k && title_end_[k] < e) after_title = std::max(after_title, title_end_[k]);
  }
  if ((after_title > s || title_before_[s]) && IsPersonName(after_title, e)) {
    AddRule(after_title, e, EntityType::kPerson, kStrong, "title_name");
    return;
  }
  const uint32_t len = e - s;
  if (demonym_end_[s] == e) return;  // "West Indian", "Norwegians"
  // "VALDERA, Norland (Reuters) -": a dateline names a place, whether a list knows it or not.
  if (IsDateline(s, e)) return AddRule(s, e, EntityType::kPlace, kRule, "dateline");
  // "American Nate Miller": a demonym describes the person named after it (but is part of
  // "Norwegian Polar Institute").
  if (demonym_end_[s] > s && demonym_end_[s] + 1 < e && given_[demonym_end_[s]]) {
    return Classify(demonym_end_[s], e);
  }
  // "Farmer Geoff Brooks told ...": a word that opens the sentence before a given name and
  // a family name describes the person (no list names it).
  // (Not an initial: "C. Fred Bergsten".)
  if (len >= 3 && Flag(s, kUnitFirstInSentence) && !given_[s] && !entity_word_[s] &&
      !(TokenOf(s).Has(kAbbreviation) && first.size() == 2) && given_[s + 1] &&
      IsPersonName(s + 1, e)) {
    return Classify(s + 1, e);
  }
  // Events, competitions, laws and plans are no entities: "Davis Cup", "Marshall Plan". The
  // name is claimed for nothing, so that no list reads a town into it ("Davis").
  if (len >= 2 && cues_.IsEventWord(e - 1)) {
    AddRule(s, e, EntityType::kOrg, kStrong, "event");
    candidates_.back().silent = true;
    return;
  }
  // An acronym no list knows, in a sentence that is not in capitals: most often an
  // organisation ("state broadcaster EBC", "an interview with RPP").
  if (len == 1 && Flag(s, kAllCaps) && first.size() >= 2 && first.size() <= 5 && !entity_word_[s] &&
      !Flag(s, kUnitFirstInSentence) && !cues_.IsCommonWordInCapitals(s) &&
      !cues_.IsCommonAcronym(s)) {
    return AddRule(s, e, EntityType::kOrg, kWeak, "acronym");
  }
  if (len >= 2 && cues_.IsOrgSuffix(e - 1))
    return AddRule(s, e, EntityType::kOrg, kStrong, "org_suffix");
  if (len >= 2 && cues_.IsOrgPrefix(s))
    return AddRule(s, e, EntityType::kOrg, kStrong, "org_prefix");
  if (len >= 3 && cues_.IsOrgHead(s) && Text(s + 1) == "of"sv) {
    return AddRule(s, e, EntityType::kOrg, kStrong, "org_of");
  }
  if (len >= 2 && (cues_.IsPlaceSuffix(e - 1) || cues_.IsPlaceHead(s))) {
    return AddRule(s, e, EntityType::kPlace, kStrong, "place_word");
  }
  if (s >= 2 && Text(s - 1) == "of"sv && cues_.IsPlaceClassNoun(s - 2)) {
    return AddRule(s, e, EntityType::kPlace, kRule, "city_of");
  }
  if (IsPersonName(s, e)) {
    const bool initial = TokenOf(s).Has(kAbbreviation) && first.size() == 2;
    if (len >= 2 && (given_[s] || initial)) {
      return AddRule(s, e, EntityType::kPerson, kRule, "given_name");
    }
    if (role_before_[s] || AgeFollows(e))
      return AddRule(s, e, EntityType::kPerson, kRule, "role_name");
  }
  // One word no list knows: a company by its shape ("DaimlerChrysler", "WorldCom") or by the
  // words around it ("shares in Investcorp", "Magna's chief executive").
  if (len == 1 && !entity_word_[s] && !cues_.IsOrgSuffix(s) && !cues_.IsOrgHead(s) &&
      (HasInnerCapital(first) || OrgContext(s))) {
    return AddRule(s, e, EntityType::kOrg, kRule,
                   HasInnerCapital(first) ? "inner_capital" : "org_context");
  }
  // No cue in the name: evidence around it ("Sato said"), else a weak guess from the shape
  // and what stands before it.
  // ("Scottish Water", "British Gas": a name that opens with a demonym is no person's.)
  const bool person_shape = len >= 2 && demonym_end_[s] == 0 && IsPersonName(s, e);
  const std::string_view evidence = person_shape ? PersonEvidence(s, e) : std::string_view();
  if (!evidence.empty()) return AddRule(s, e, EntityType::kPerson, kWeak, evidence);
  const bool locative = s > 0 && cues_.IsLocativePreposition(s - 1);
  if (locative && !Flag(s, kUnitFirstInSentence)) {
    return AddRule(s, e, EntityType::kPlace, kWeak, "after_preposition");
  }
  // Without evidence a name is a person in a sports report, which names players far more
  // than anything else (in lists and line-ups); elsewhere most often a company, a band or a
  // body ("Black Sabbath", "Time Warner").
  if (len >= 2) {
    const bool person = person_shape && IsSportsReport();
    AddRule(s, e, person ? EntityType::kPerson : EntityType::kOrg, kWeak, "name_shape");
  }
}

}  // namespace claimscope::internal

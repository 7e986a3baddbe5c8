#include "entities/entity_recognizer.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "base/ascii.h"
#include "entities/recognizer.h"

namespace claimscope::internal {

using namespace std::string_view_literals;  // "that"sv: compared by size first

namespace {

// The entity kind and subtype of a lexicon class, or false for classes that are not entities
// (given names, titles, roles, demonyms).
bool KindOfClass(std::string_view cls, EntityType* kind, std::string_view* subtype, int* rank) {
  const size_t dot = cls.find('.');
  const std::string_view head = cls.substr(0, dot);
  *subtype = dot == std::string_view::npos ? std::string_view() : cls.substr(dot + 1);
  if (head == "org"sv) {
    *kind = EntityType::kOrg;
    *rank = 0;
    return true;
  }
  if (head == "place"sv) {
    *kind = EntityType::kPlace;
    // For one name, a country before a region, a city before a province of that name.
    *rank = *subtype == "country"sv ? 0 : *subtype == "region"sv ? 1 : *subtype == "city"sv ? 2 : 3;
    return true;
  }
  if (head == "person"sv && *subtype != "given_name"sv && *subtype != "title"sv) {
    *kind = EntityType::kPerson;
    *rank = 1;
    return true;
  }
  return false;
}

// Is `word` one of the comma-separated forms, as written or (a word in capitals, "READING")
// whatever the case?
bool ListContains(std::string_view comma_list, std::string_view word, bool any_case) {
  size_t start = 0;
  while (start <= comma_list.size()) {
    size_t comma = comma_list.find(',', start);
    if (comma == std::string_view::npos) comma = comma_list.size();
    const std::string_view form = comma_list.substr(start, comma - start);
    if (form == word ||
        (any_case && form.size() == word.size() && EqualsAsciiLower(form, AsciiLower(word)))) {
      return true;
    }
    start = comma + 1;
  }
  return false;
}

}  // namespace

EntityScratch::EntityScratch() : buffers_(std::make_unique<Buffers>()) {}
EntityScratch::~EntityScratch() = default;

EntityRecognizer::EntityRecognizer(std::string_view text, const TextAnalysis& a,
                                   const LexiconMatcher& m, const TokenWordLists& words,
                                   const LexiconScratch& units, const std::vector<LexiconHit>& hits,
                                   const LinkCache& links, EntityScratch::Buffers* b)
    : text_(text),
      a_(a),
      m_(m),
      cues_(text, units.units, words),
      units_(units.units),
      hits_(hits),
      links_(links),
      b_(*b),
      candidates_(b->candidates),
      title_end_(b->title_end),
      title_before_(b->title_before),
      given_(b->given),
      role_before_(b->role_before),
      entity_word_(b->entity_word),
      company_word_(b->company_word),
      place_word_(b->place_word),
      speech_at_(b->speech_at),
      demonym_end_(b->demonym_end),
      shouting_(b->shouting),
      paragraph_of_(b->paragraph_of),
      soft_break_(b->soft_break),
      in_name_(b->in_name),
      order_(b->order),
      taken_(b->taken) {
  const size_t n = units_.size();
  candidates_.clear();
  b_.sport_entries.clear();
  b_.demonyms.clear();
  b_.person_cue_units.clear();
  title_end_.assign(n, 0);
  title_before_.assign(n, 0);
  given_.assign(n, 0);
  role_before_.assign(n, 0);
  entity_word_.assign(n, 0);
  company_word_.assign(n, 0);
  place_word_.assign(n, 0);
  speech_at_.assign(n + 1, 0);  // one past the end: a name may end the text
  demonym_end_.assign(n, 0);
  paragraph_of_.assign(n, 0);
  uint32_t p = 0;
  uint32_t u = 0;
  for (uint32_t end : units.paragraph_ends) {
    for (; u < end; ++u) paragraph_of_[u] = p;
    ++p;
  }
  // A line of 50 bytes or more that ends in a word, inside a paragraph, was wrapped.
  constexpr uint32_t kWrappedLine = 50;
  soft_break_.assign(n, 0);
  uint32_t line_start = 0;
  int lines = 1;
  dateline_zone_end_ = static_cast<uint32_t>(n);
  for (uint32_t k = 1; k < n; ++k) {
    if (!Flag(k, kUnitNewlineBefore)) continue;
    // A headline, a blank or a byline, then the dateline: the first four lines.
    if (++lines == 5) dateline_zone_end_ = k;
    soft_break_[k] = paragraph_of_[k] == paragraph_of_[k - 1] && IsWord(k - 1) &&
                     units_[k - 1].end - units_[line_start].start >= kWrappedLine;
    line_start = k;
  }
}

void EntityRecognizer::Run(std::vector<Entity>* out) {
  FindShouting();
  IndexHits();
  FindPersonWords();
  FindNames();
  ReadWorksAndBands();
  std::vector<Candidate>& accepted = b_.accepted;
  Resolve(&accepted);
  // Words of names found so far stay in their names: "Wiśniewska" in "Małgorzata
  // Wiśniewska" is no short form of its own.
  in_name_.assign(units_.size(), 0);
  for (const Candidate& c : accepted) {
    if (c.end - c.first < 2) continue;
    for (uint32_t k = c.first; k < c.end; ++k) in_name_[k] = 1;
  }
  std::vector<uint32_t>& capitalised = b_.capitalised;
  capitalised.clear();
  for (uint32_t u = 0; u < units_.size(); ++u) {
    if (IsWord(u) && (Flag(u, kCapitalised) || Flag(u, kAllCaps))) capitalised.push_back(u);
  }
  AddDefinedAcronyms(accepted);
  AddShortForms(accepted);
  Resolve(&b_.resolved);
  ReadPlacesAsTeams(&b_.resolved);
  std::erase_if(b_.resolved, [](const Candidate& c) { return c.silent; });
  // "@ValderaPort" is an account, of no known kind; "RT @bbcnews": a repost's mark, not the
  // broadcaster RT.
  std::erase_if(b_.resolved, [this](const Candidate& c) {
    return IsHandle(c.first) ||
           (c.end - c.first == 1 && Text(c.first) == "RT"sv && BeforeHandle(c.first));
  });
  Emit(b_.resolved, out);
}

// Marks the units of sentences written mostly in capitals (headlines): there, capitals
// are no sign of an acronym. A wire headline has no full stop: it is a line of its own in
// capitals, which the sentence it runs into ("SYDNEY FUTURES CLOSE MIXED\nSYDNEY, April 7 -
// Buyers ...") would hide; so lines are looked at as well as sentences, in the same pass.
void EntityRecognizer::FindShouting() {
  const auto n = static_cast<uint32_t>(units_.size());
  shouting_.assign(n, 0);
  b_.person_part.assign(n, 0);
  // Two kinds of segment at once, each from its kind of start to the next: sentences and
  // lines. A segment of three words or more, three in five of them in capitals, shouts. The
  // words (and those in capitals) are counted once, from the start: a segment's are the
  // counts at its end less those at its start.
  constexpr uint16_t kStarts[2] = {kUnitFirstInSentence, kUnitNewlineBefore};
  uint32_t begin[2] = {0, 0};
  int words_before[2] = {0, 0};
  int caps_before[2] = {0, 0};
  int words = 0;
  int caps = 0;
  const auto close = [&](int k, uint32_t end) {
    const int w = words - words_before[k];
    if (w >= 3 && (caps - caps_before[k]) * 5 >= w * 3) {
      std::fill(shouting_.begin() + begin[k], shouting_.begin() + end, 1);
    }
    begin[k] = end;
    words_before[k] = words;
    caps_before[k] = caps;
  };
  for (uint32_t u = 0; u < n; ++u) {
    const uint16_t flags = units_[u].flags;
    if ((flags & (kStarts[0] | kStarts[1])) != 0) {
      for (int k = 0; k < 2; ++k) {
        if (u != begin[k] && (flags & kStarts[k]) != 0) close(k, u);
      }
    }
    if ((flags & kUnitWord) != 0) {
      ++words;
      caps += (flags & kAllCaps) != 0 ? 1 : 0;
    }
  }
  close(0, n);
  close(1, n);
}

void EntityRecognizer::IndexHits() {
  for (const LexiconHit& h : hits_) {
    const std::string_view cls = m_.class_of(h.entry);
    if (cls == "person.title"sv) {
      title_end_[h.first] = std::max(title_end_[h.first], h.end);
      if (h.end < units_.size()) {
        title_before_[h.end] = 1;
        b_.person_cue_units.push_back(h.end);
      }
      continue;
    }
    if (cls == "person.given_name"sv) {
      if (h.end == h.first + 1) given_[h.first] = 1;
      continue;
    }
    if (cls == "demonym"sv) {
      demonym_end_[h.first] = std::max(demonym_end_[h.first], h.end);
      b_.demonyms.push_back(h.entry);
      continue;
    }
    if (cls == "role.official"sv) {
      if (h.end < units_.size()) role_before_[h.end] = 1;
      continue;
    }
    if (cls == "cue.speech"sv) {
      speech_at_[h.first] = 1;
      if (h.first > 0) b_.person_cue_units.push_back(h.first - 1);
      if (h.first + 1 < units_.size()) b_.person_cue_units.push_back(h.first + 1);
      continue;
    }
    if (cls == "topic.sport"sv) {
      b_.sport_entries.push_back(h.entry);
      continue;
    }
    EntityType kind;
    std::string_view subtype;
    int rank;
    if (!KindOfClass(cls, &kind, &subtype, &rank)) continue;
    const LexiconEntry& e = m_.entry(h.entry);
    const bool one_word = h.end == h.first + 1;
    if (one_word && !AcceptOneWord(h.first, e, subtype)) continue;
    const bool company = subtype == "company"sv || subtype == "media"sv;
    for (uint32_t k = h.first; k < h.end; ++k) {
      entity_word_[k] = 1;
      company_word_[k] |= company ? 1 : 0;
      place_word_[k] |= kind == EntityType::kPlace ? 1 : 0;
    }
    Candidate c;
    c.first = h.first;
    c.end = h.end;
    c.kind = kind;
    c.priority = one_word ? kSingleWord : kStrong;
    c.rank = rank;
    // "(AP)", "(PA)" after a story's last words credit an outlet.
    if (subtype == "media"sv && h.first > 0 && h.end < units_.size() &&
        Text(h.first - 1) == "("sv && Text(h.end) == ")"sv) {
      c.rank = -1;
    }
    c.subtype = subtype;
    c.canonical = e.canonical;
    c.entry = h.entry;
    c.hit = static_cast<uint32_t>(&h - hits_.data());
    candidates_.push_back(c);
  }
}

// A one-word lexicon name that is also an ordinary word ("Police", "Reading", "Apple")
// needs the look of a name: capitalised inside a sentence, not in a capitals headline.
bool EntityRecognizer::AcceptOneWord(uint32_t u, const LexiconEntry& e,
                                     std::string_view subtype) const {
  if (subtype == "country"sv) return true;
  // "INC", "CORP" in capitals are company suffixes, not the bodies they abbreviate.
  if (Flag(u, kAllCaps) && cues_.IsCommonWordInCapitals(u)) return false;
  if (cues_.IsCapitalisedNonName(u)) return false;  // "March", "May"
  const std::string_view ambiguous = e.Attribute("ambiguous_forms");
  if (ambiguous.empty() || !ListContains(ambiguous, Text(u), Flag(u, kAllCaps))) return true;
  if (!Flag(u, kCapitalised) || Flag(u, kAllCaps) || Flag(u, kUnitFirstInSentence)) {
    return false;
  }
  return u == 0 || !IsNameWord(u - 1);
}

// Greedy resolution: priority, then length, then position; no overlaps. The accepted
// candidates, in text order.
void EntityRecognizer::Resolve(std::vector<Candidate>* accepted) {
  // Sorted on keys worked out once a candidate, where a comparison read the units of both:
  // the index, the last key, keeps the order stable.
  const auto biased = [](int v) { return static_cast<uint32_t>(v) ^ 0x80000000u; };
  order_.clear();
  for (uint32_t i = 0; i < candidates_.size(); ++i) {
    const Candidate& c = candidates_[i];
    const uint32_t length = units_[c.end - 1].end - units_[c.first].start;
    order_.push_back({uint64_t{~biased(c.priority)} << 32 | ~length,
                      uint64_t{c.first} << 32 | biased(c.rank), i});
  }
  std::sort(order_.begin(), order_.end());
  taken_.assign(units_.size(), 0);
  accepted->clear();
  for (const Precedence& p : order_) {
    const Candidate& c = candidates_[p.index];
    bool free = true;
    for (uint32_t k = c.first; k < c.end && free; ++k) free = !taken_[k];
    if (!free) continue;
    for (uint32_t k = c.first; k < c.end; ++k) taken_[k] = 1;
    accepted->push_back(c);
  }
  // No two accepted candidates start at one unit: the order among them is the text's.
  std::sort(accepted->begin(), accepted->end(),
            [](const Candidate& x, const Candidate& y) { return x.first < y.first; });
}

void RecognizeEntities(std::string_view text, const TextAnalysis& analysis,
                       const LexiconMatcher& matcher, const TokenWordLists& words,
                       const LexiconScratch& units, const std::vector<LexiconHit>& hits,
                       const LinkCache& links, EntityScratch* scratch,
                       std::vector<Entity>* entities) {
  EntityRecognizer(text, analysis, matcher, words, units, hits, links, &scratch->buffers())
      .Run(entities);
}

}  // namespace claimscope::internal

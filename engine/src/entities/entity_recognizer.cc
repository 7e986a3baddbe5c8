#include "entities/entity_recognizer.h"

#include <algorithm>
#include <charconv>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "base/record_ids.h"
#include "entities/name_cues.h"
#include "text/abbreviations.h"

namespace claimscope::internal {

using namespace std::string_view_literals;  // "that"sv: compared by size first

namespace {

// Candidate priorities: higher wins an overlap; then the longer; then the leftmost.
constexpr int kWeak = 0;        // a capitalised name with no cue but its position
constexpr int kSingleWord = 1;  // a one-word lexicon match
constexpr int kRule = 2;        // a name rule with a cue ("... Therapeutics", given name)
constexpr int kStrong = 3;      // a lexicon phrase, a title before a name, a known short form
constexpr int kDefined = 4;     // an acronym the text defines

constexpr uint32_t kNoEntry = 0xFFFFFFFF;

// What the mentions of one thing share: a lexicon entry's source ("lexicon:org:Q123"), or
// else the type and words of a name ("ORG:Corvane Therapeutics"). Kept as references and
// spelt out only when the clusters are numbered.
struct ClusterKey {
  uint32_t entry = kNoEntry;
  EntityType kind = EntityType::kOrg;
  uint32_t first = 0;  // units [first, end) of the name, when there is no entry
  uint32_t end = 0;
};

// Candidates hold views only: subtypes and canonical names live in the lexicons, rule
// names are literals, and their words are in the text. No candidate owns a string.
struct Candidate {
  uint32_t first = 0;  // units [first, end)
  uint32_t end = 0;
  EntityType kind = EntityType::kOrg;
  int priority = kWeak;
  int rank = 0;  // among equals: lower wins (countries before cities, ...)
  std::string_view subtype;
  std::string_view canonical;
  uint32_t entry = kNoEntry;  // the lexicon entry that found it, else a rule found it
  std::string_view rule;      // "org_suffix", "short_form", ...
  bool has_key = false;       // shares `key` with another candidate, else has its own
  ClusterKey key;
};

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

bool ListContains(std::string_view comma_list, std::string_view word) {
  size_t start = 0;
  while (start <= comma_list.size()) {
    size_t comma = comma_list.find(',', start);
    if (comma == std::string_view::npos) comma = comma_list.size();
    if (comma_list.substr(start, comma - start) == word) return true;
    start = comma + 1;
  }
  return false;
}

}  // namespace

// Defined here because it holds the recognizer's own types. Every buffer is refilled for each
// document: only its capacity is reused.
struct EntityScratch::Buffers {
  std::vector<Candidate> candidates;
  std::vector<Candidate> accepted;  // first resolution: names found by lexicons and rules
  std::vector<Candidate> resolved;  // final resolution, with acronyms and short forms
  std::vector<uint32_t> title_end;
  std::vector<uint8_t> title_before;
  std::vector<uint8_t> given;
  std::vector<uint8_t> role_before;
  std::vector<uint8_t> entity_word;
  std::vector<uint32_t> demonym_end;
  std::vector<uint8_t> shouting;
  std::vector<uint32_t> paragraph_of;
  std::vector<uint8_t> in_name;
  std::vector<uint32_t> order;
  std::vector<uint8_t> taken;
  std::unordered_set<std::string_view> short_forms;  // words already given their mentions
  // Emit's: the cluster keys spelt out, and what each cluster number gathers.
  std::string keys;
  std::vector<size_t> key_ends;
  std::unordered_map<std::string_view, int> clusters;
  std::vector<int> cluster_of;
  std::vector<std::string_view> longest;
};

EntityScratch::EntityScratch() : buffers_(std::make_unique<Buffers>()) {}
EntityScratch::~EntityScratch() = default;

namespace {

class Recognizer {
 public:
  Recognizer(std::string_view text, const TextAnalysis& a, const LexiconMatcher& m,
             const WordLists& words, const LexiconScratch& units,
             const std::vector<LexiconHit>& hits, EntityScratch::Buffers* b)
      : text_(text),
        a_(a),
        m_(m),
        cues_(words),
        units_(units.units),
        hits_(hits),
        b_(*b),
        candidates_(b->candidates),
        title_end_(b->title_end),
        title_before_(b->title_before),
        given_(b->given),
        role_before_(b->role_before),
        entity_word_(b->entity_word),
        demonym_end_(b->demonym_end),
        shouting_(b->shouting),
        paragraph_of_(b->paragraph_of),
        in_name_(b->in_name),
        order_(b->order),
        taken_(b->taken) {
    const size_t n = units_.size();
    candidates_.clear();
    title_end_.assign(n, 0);
    title_before_.assign(n, 0);
    given_.assign(n, 0);
    role_before_.assign(n, 0);
    entity_word_.assign(n, 0);
    demonym_end_.assign(n, 0);
    paragraph_of_.assign(n, 0);
    uint32_t p = 0;
    uint32_t u = 0;
    for (uint32_t end : units.paragraph_ends) {
      for (; u < end; ++u) paragraph_of_[u] = p;
      ++p;
    }
  }

  void Run(std::vector<Entity>* out) {
    FindShouting();
    IndexHits();
    FindNames();
    std::vector<Candidate>& accepted = b_.accepted;
    Resolve(&accepted);
    // Words of names found so far stay in their names: "Wiśniewska" in "Małgorzata
    // Wiśniewska" is no short form of its own.
    in_name_.assign(units_.size(), 0);
    for (const Candidate& c : accepted) {
      if (c.end - c.first < 2) continue;
      for (uint32_t k = c.first; k < c.end; ++k) in_name_[k] = 1;
    }
    AddDefinedAcronyms(accepted);
    AddShortForms(accepted);
    Resolve(&b_.resolved);
    Emit(b_.resolved, out);
  }

 private:
  std::string_view Text(uint32_t u) const {
    return text_.substr(units_[u].start, units_[u].end - units_[u].start);
  }
  std::string_view Text(uint32_t first, uint32_t end) const {
    return text_.substr(units_[first].start, units_[end - 1].end - units_[first].start);
  }
  const Token& TokenOf(uint32_t u) const { return a_.tokens[units_[u].token]; }
  bool Flag(uint32_t u, uint16_t f) const { return (units_[u].flags & f) != 0; }
  bool IsWord(uint32_t u) const {
    return TokenOf(u).kind == TokenKind::kWord && !TokenOf(u).Has(kIdeographic);
  }
  // May units a and b (a < b) stand in one name: same paragraph, same sentence, same line?
  bool Joinable(uint32_t a, uint32_t b) const {
    if (paragraph_of_[a] != paragraph_of_[b]) return false;
    for (uint32_t k = a + 1; k <= b; ++k) {
      if (Flag(k, kUnitNewlineBefore | kUnitFirstInSentence)) return false;
    }
    return true;
  }
  // A capitalised word that may be part of a name. Long words in capitals are headline
  // words; the lexicon still finds names among them.
  bool IsNameWord(uint32_t u) const {
    if (!IsWord(u) || !Flag(u, kCapitalised)) return false;
    const std::string_view w = Text(u);
    if (cues_.IsCapitalisedNonName(w)) return false;
    return !(Flag(u, kAllCaps) && (w.size() > 5 || shouting_[u]));
  }

  // Marks the units of sentences written mostly in capitals (headlines): there, capitals
  // are no sign of an acronym.
  void FindShouting() {
    shouting_.assign(units_.size(), 0);
    uint32_t begin = 0;
    for (uint32_t u = 0; u <= units_.size(); ++u) {
      if (u < units_.size() && (u == begin || !Flag(u, kUnitFirstInSentence))) continue;
      int words = 0;
      int caps = 0;
      for (uint32_t k = begin; k < u; ++k) {
        if (!IsWord(k)) continue;
        ++words;
        caps += Flag(k, kAllCaps) ? 1 : 0;
      }
      if (words >= 3 && caps * 5 >= words * 3) std::fill(&shouting_[begin], &shouting_[0] + u, 1);
      begin = u;
    }
  }

  void IndexHits() {
    for (const LexiconHit& h : hits_) {
      const std::string_view cls = m_.class_of(h.entry);
      if (cls == "person.title"sv) {
        title_end_[h.first] = std::max(title_end_[h.first], h.end);
        if (h.end < units_.size()) title_before_[h.end] = 1;
        continue;
      }
      if (cls == "person.given_name"sv) {
        if (h.end == h.first + 1) given_[h.first] = 1;
        continue;
      }
      if (cls == "demonym"sv) {
        demonym_end_[h.first] = std::max(demonym_end_[h.first], h.end);
        continue;
      }
      if (cls == "role.official"sv) {
        if (h.end < units_.size()) role_before_[h.end] = 1;
        continue;
      }
      EntityType kind;
      std::string_view subtype;
      int rank;
      if (!KindOfClass(cls, &kind, &subtype, &rank)) continue;
      const LexiconEntry& e = m_.entry(h.entry);
      const bool one_word = h.end == h.first + 1;
      if (one_word && !AcceptOneWord(h.first, e, subtype)) continue;
      for (uint32_t k = h.first; k < h.end; ++k) entity_word_[k] = 1;
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
      candidates_.push_back(c);
    }
  }

  // A one-word lexicon name that is also an ordinary word ("Police", "Reading", "Apple")
  // needs the look of a name: capitalised inside a sentence, not in a capitals headline.
  bool AcceptOneWord(uint32_t u, const LexiconEntry& e, std::string_view subtype) const {
    if (subtype == "country"sv) return true;
    // "INC", "CORP" in capitals are company suffixes, not the bodies they abbreviate.
    if (Flag(u, kAllCaps) && cues_.IsCommonWordInCapitals(Text(u))) return false;
    if (cues_.IsCapitalisedNonName(Text(u))) return false;  // "March", "May"
    const std::string_view ambiguous = e.Attribute("ambiguous_forms");
    if (ambiguous.empty() || !ListContains(ambiguous, Text(u))) return true;
    if (!Flag(u, kCapitalised) || Flag(u, kAllCaps) || Flag(u, kUnitFirstInSentence)) {
      return false;
    }
    return u == 0 || !IsNameWord(u - 1);
  }

  // Capitalised sequences ("Ines Marlow", "Ministry of Disaster Management and Relief"),
  // classified by their cues.
  void FindNames() {
    const uint32_t n = static_cast<uint32_t>(units_.size());
    for (uint32_t u = 0; u < n; ++u) {
      // "The", "In", "But" open sentences and title-case headlines, not names.
      if (!IsNameWord(u) || IsSentenceStarter(Text(u))) continue;
      uint32_t end = SequenceEnd(u);
      // "Customs and Border Patrol", "Securities and Exchange Commission".
      if (end + 1 < n && (Text(end) == "and"sv || Text(end) == "&"sv) && Joinable(u, end + 1) &&
          IsNameWord(end + 1)) {
        const uint32_t end2 = SequenceEnd(end + 1);
        const bool defined = end2 + 2 < n && Text(end2) == "("sv && Text(end2 + 2) == ")"sv;
        const bool org = cues_.IsOrgSuffix(Text(end2 - 1)) ||
                         (cues_.IsOrgHead(Text(u)) && end - u >= 3 && end2 - end <= 3);
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
  static constexpr uint32_t kMaxNameWords = 12;

  uint32_t SequenceEnd(uint32_t u) const {
    const uint32_t n = static_cast<uint32_t>(units_.size());
    uint32_t end = u + 1;
    // Each step checks only the words it adds (Joinable(end - 1, ...)): linear in the run.
    while (end < n && end - u < kMaxNameWords && Joinable(end - 1, end)) {
      if (IsNameWord(end)) {
        ++end;
      } else if (end + 1 < n && cues_.IsNameConnector(Text(end)) && Joinable(end, end + 1) &&
                 IsNameWord(end + 1)) {
        end += 2;
      } else {
        break;
      }
    }
    return end;
  }

  void AddRule(uint32_t first, uint32_t end, EntityType kind, int priority, std::string_view rule) {
    Candidate c;
    c.first = first;
    c.end = end;
    c.kind = kind;
    c.priority = priority;
    c.rank = 1;
    c.rule = rule;
    candidates_.push_back(c);
  }

  bool IsPersonName(uint32_t first, uint32_t end) const {
    if (end - first > 4) return false;
    for (uint32_t k = first; k < end; ++k) {
      const std::string_view w = Text(k);
      if (!IsNameWord(k) || cues_.IsOrgSuffix(w) || cues_.IsPlaceSuffix(w) || cues_.IsOrgHead(w))
        return false;
      // Capitals are an acronym ("EBC"), not a name; "P." is an initial.
      if (Flag(k, kAllCaps) && w.size() > 1 && !TokenOf(k).Has(kAbbreviation)) return false;
    }
    return true;
  }

  bool AgeFollows(uint32_t end) const {
    if (end + 2 >= units_.size() || Text(end) != ","sv || Text(end + 2) != ","sv) return false;
    const std::string_view age = Text(end + 1);
    int years = 0;
    const auto r = std::from_chars(age.data(), age.data() + age.size(), years);
    return r.ec == std::errc() && r.ptr == age.data() + age.size() && years > 0 && years < 120;
  }

  void Classify(uint32_t s, uint32_t e) {
    const std::string_view first = Text(s);
    const std::string_view last = Text(e - 1);
    // A title: "President Joe Biden", "Energy Minister Tomas Reyes", "Gen. Ortiz".
    uint32_t after_title = title_before_[s] ? s : 0;
    for (uint32_t k = s; k < e; ++k) {
      if (title_end_[k] > k && title_end_[k] < e)
        after_title = std::max(after_title, title_end_[k]);
    }
    if ((after_title > s || title_before_[s]) && IsPersonName(after_title, e)) {
      AddRule(after_title, e, EntityType::kPerson, kStrong, "title_name");
      return;
    }
    const uint32_t len = e - s;
    if (demonym_end_[s] == e) return;  // "West Indian", "Norwegians"
    // An acronym no list knows, in a sentence that is not in capitals: most often an
    // organisation ("state broadcaster EBC", "an interview with RPP").
    if (len == 1 && Flag(s, kAllCaps) && first.size() >= 2 && first.size() <= 5 &&
        !entity_word_[s] && !Flag(s, kUnitFirstInSentence) &&
        !cues_.IsCommonWordInCapitals(first)) {
      return AddRule(s, e, EntityType::kOrg, kWeak, "acronym");
    }
    if (len >= 2 && cues_.IsOrgSuffix(last))
      return AddRule(s, e, EntityType::kOrg, kStrong, "org_suffix");
    if (len >= 2 && cues_.IsOrgPrefix(first))
      return AddRule(s, e, EntityType::kOrg, kStrong, "org_prefix");
    if (len >= 3 && cues_.IsOrgHead(first) && Text(s + 1) == "of"sv) {
      return AddRule(s, e, EntityType::kOrg, kStrong, "org_of");
    }
    if (len >= 2 && (cues_.IsPlaceSuffix(last) || cues_.IsPlaceHead(first))) {
      return AddRule(s, e, EntityType::kPlace, kStrong, "place_word");
    }
    if (s >= 2 && Text(s - 1) == "of"sv && cues_.IsPlaceClassNoun(Text(s - 2))) {
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
    // No cue: a weak guess from the shape and what stands before it.
    const bool locative = s > 0 && cues_.IsLocativePreposition(Text(s - 1));
    if (locative && !Flag(s, kUnitFirstInSentence)) {
      return AddRule(s, e, EntityType::kPlace, kWeak, "after_preposition");
    }
    if (len >= 2) {
      AddRule(s, e, IsPersonName(s, e) ? EntityType::kPerson : EntityType::kOrg, kWeak,
              "name_shape");
    }
  }

  // Greedy resolution: priority, then length, then position; no overlaps. The accepted
  // candidates, in text order.
  void Resolve(std::vector<Candidate>* accepted) {
    order_.clear();
    for (uint32_t i = 0; i < candidates_.size(); ++i) order_.push_back(i);
    std::stable_sort(order_.begin(), order_.end(), [this](uint32_t i, uint32_t j) {
      const Candidate& x = candidates_[i];
      const Candidate& y = candidates_[j];
      if (x.priority != y.priority) return x.priority > y.priority;
      const uint32_t lx = units_[x.end - 1].end - units_[x.first].start;
      const uint32_t ly = units_[y.end - 1].end - units_[y.first].start;
      if (lx != ly) return lx > ly;
      if (x.first != y.first) return x.first < y.first;
      return x.rank < y.rank;
    });
    taken_.assign(units_.size(), 0);
    accepted->clear();
    for (uint32_t i : order_) {
      const Candidate& c = candidates_[i];
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

  static ClusterKey KeyOf(const Candidate& c) {
    if (c.has_key) return c.key;
    ClusterKey key;
    key.entry = c.entry;
    key.kind = c.kind;
    key.first = c.first;
    key.end = c.end;
    return key;
  }

  // A lexicon match's source: "lexicon:" class ":" id (or canonical name).
  void AppendLexiconSource(uint32_t entry, std::string* out) const {
    const LexiconEntry& e = m_.entry(entry);
    out->append("lexicon:").append(m_.class_of(entry)).push_back(':');
    out->append(e.id.empty() ? e.canonical : e.id);
  }

  // The key spelt out: the lexicon source, or "TYPE:words".
  void AppendKey(const ClusterKey& key, std::string* out) const {
    if (key.entry != kNoEntry) return AppendLexiconSource(key.entry, out);
    out->append(EntityTypeName(key.kind)).push_back(':');
    out->append(Text(key.first, key.end));
  }

  // Adds `c`'s kind and cluster to every capitalised occurrence of `word` (one unit).
  // `of` is a copy: adding candidates may move the ones stored.
  void AddMentions(std::string_view word, const Candidate of, int priority, std::string_view rule) {
    for (uint32_t u = 0; u < units_.size(); ++u) {
      if (Text(u) != word || !IsWord(u) || in_name_[u]) continue;
      Candidate c;
      c.first = u;
      c.end = u + 1;
      c.kind = of.kind;
      c.priority = priority;
      c.subtype = of.subtype;
      c.canonical = of.canonical;
      c.rule = rule;
      c.has_key = true;
      c.key = KeyOf(of);
      candidates_.push_back(c);
    }
  }

  // "Customs and Border Patrol (CPB)": the acronym joins the long form, everywhere.
  void AddDefinedAcronyms(const std::vector<Candidate>& accepted) {
    const uint32_t n = static_cast<uint32_t>(units_.size());
    for (uint32_t u = 1; u + 2 < n; ++u) {
      if (Text(u) != "("sv || Text(u + 2) != ")"sv || !IsWord(u + 1) ||
          !Flag(u + 1, kCapitalised) || entity_word_[u + 1] || Text(u + 1).size() > 10) {
        continue;
      }
      for (const Candidate& c : accepted) {
        if (c.end != u || c.kind == EntityType::kPerson) continue;
        Candidate long_form = c;
        long_form.priority = kDefined;
        long_form.has_key = true;
        long_form.key = KeyOf(c);
        candidates_.push_back(long_form);
        AddMentions(Text(u + 1), long_form, kDefined, "acronym");
      }
    }
  }

  // Later short forms: "Harrington" after "Margaret Harrington", "Corvane" after
  // "Corvane Therapeutics", "Betis" after "Real Betis".
  void AddShortForms(const std::vector<Candidate>& accepted) {
    std::unordered_set<std::string_view>& added = b_.short_forms;  // words of the text
    added.clear();
    for (const Candidate& c : accepted) {
      if (c.end - c.first < 2 || (c.priority == kWeak && c.kind != EntityType::kPerson)) continue;
      uint32_t keys[2];  // a person's family name and given name, or a name's one proper word
      int key_count = 0;
      if (c.kind == EntityType::kPerson) {
        keys[key_count++] = c.end - 1;
        if (given_[c.first]) keys[key_count++] = c.first;
      } else if (c.entry == kNoEntry && (c.rule == "org_suffix"sv || c.rule == "org_prefix"sv ||
                                         c.rule == "name_shape"sv)) {
        uint32_t only = 0;
        int names = 0;
        for (uint32_t k = c.first; k < c.end; ++k) {
          const std::string_view w = Text(k);
          if (cues_.IsOrgSuffix(w) || cues_.IsOrgPrefix(w) || cues_.IsNameConnector(w) ||
              cues_.IsOrgHead(w) || cues_.IsPlaceSuffix(w)) {
            continue;
          }
          only = k;
          ++names;
        }
        if (names == 1) keys[key_count++] = only;
      }
      for (int i = 0; i < key_count; ++i) {
        const std::string_view w = Text(keys[i]);
        if (entity_word_[keys[i]] || w.size() < 3 || !added.insert(w).second) continue;
        AddMentions(w, c, kStrong, "short_form");
      }
    }
  }

  void Emit(const std::vector<Candidate>& accepted, std::vector<Entity>* out) const {
    // Clusters are numbered in order of first mention; the keys are spelt out once each,
    // into one buffer that the map's views point into.
    std::string& keys = b_.keys;
    std::vector<size_t>& key_ends = b_.key_ends;
    keys.clear();
    key_ends.clear();
    for (const Candidate& c : accepted) {
      AppendKey(KeyOf(c), &keys);
      key_ends.push_back(keys.size());
    }
    std::unordered_map<std::string_view, int>& clusters = b_.clusters;
    std::vector<int>& cluster_of = b_.cluster_of;
    std::vector<std::string_view>& longest = b_.longest;  // by cluster - 1: its longest mention
    clusters.clear();
    cluster_of.assign(accepted.size(), 0);
    longest.clear();
    for (size_t i = 0; i < accepted.size(); ++i) {
      const size_t begin = i == 0 ? 0 : key_ends[i - 1];
      const std::string_view key(keys.data() + begin, key_ends[i] - begin);
      const auto [it, inserted] = clusters.try_emplace(key, static_cast<int>(clusters.size()) + 1);
      if (inserted) longest.emplace_back();
      cluster_of[i] = it->second;
      std::string_view& name = longest[it->second - 1];
      const std::string_view mention = Text(accepted[i].first, accepted[i].end);
      if (mention.size() > name.size()) name = mention;
    }
    out->reserve(out->size() + accepted.size());
    int next_id = 0;
    for (size_t i = 0; i < accepted.size(); ++i) {
      const Candidate& c = accepted[i];
      Entity& e = out->emplace_back();
      e.id = MakeId('e', ++next_id);
      e.type = c.kind;
      e.subtype = c.subtype;
      e.span = {units_[c.first].start, units_[c.end - 1].end};
      e.cluster = cluster_of[i];
      e.canonical = c.canonical.empty() ? longest[e.cluster - 1] : c.canonical;
      if (c.entry != kNoEntry) {
        AppendLexiconSource(c.entry, &e.source);
      } else {
        e.source.append("rule:").append(c.rule);
      }
    }
  }

  std::string_view text_;
  const TextAnalysis& a_;
  const LexiconMatcher& m_;
  const NameCues cues_;
  const std::vector<MatchUnit>& units_;
  const std::vector<LexiconHit>& hits_;
  // The scratch buffers, by their names in the recognizer.
  EntityScratch::Buffers& b_;
  std::vector<Candidate>& candidates_;
  std::vector<uint32_t>& title_end_;    // a title starting at the unit ends here (or 0)
  std::vector<uint8_t>& title_before_;  // a title ends just before the unit
  std::vector<uint8_t>& given_;         // the unit is a given name
  std::vector<uint8_t>& role_before_;   // a role noun ends just before the unit
  std::vector<uint8_t>& entity_word_;   // the unit is part of a lexicon entity match
  std::vector<uint32_t>& demonym_end_;  // a demonym starting at the unit ends here (or 0)
  std::vector<uint8_t>& shouting_;      // the unit is in a sentence in capitals
  std::vector<uint32_t>& paragraph_of_;
  std::vector<uint8_t>& in_name_;  // the unit is inside a name of two or more words
  std::vector<uint32_t>& order_;   // Resolve's scratch: candidates by precedence
  std::vector<uint8_t>& taken_;    // Resolve's scratch: units of accepted candidates
};

}  // namespace

void RecognizeEntities(std::string_view text, const TextAnalysis& analysis,
                       const LexiconMatcher& matcher, const WordLists& words,
                       const LexiconScratch& units, const std::vector<LexiconHit>& hits,
                       EntityScratch* scratch, std::vector<Entity>* entities) {
  Recognizer(text, analysis, matcher, words, units, hits, &scratch->buffers()).Run(entities);
}

}  // namespace claimscope::internal

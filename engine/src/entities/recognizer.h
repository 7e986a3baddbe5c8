// The recognizer behind RecognizeEntities (entity_recognizer.h), private to this room. Its
// work is in three files:
//
//   entity_recognizer.cc  lexicon matches become candidates; headlines; the resolution of
//                         overlapping candidates (priority, then length, then position)
//   name_rules.cc         capitalised sequences become candidates by their cues (a title,
//                         an organisation or place word, a given name, a role, an age)
//   clusters.cc           acronyms the text defines and later short forms join their full
//                         name's cluster; the entities are written with cluster numbers
//   links.cc              which of the entries sharing a name a cluster means: its link
//
// Candidates hold views only: subtypes and canonical names live in the lexicons, rule names
// are literals, and their words are in the text. No candidate owns a string.
#ifndef CLAIMSCOPE_SRC_ENTITIES_RECOGNIZER_H_
#define CLAIMSCOPE_SRC_ENTITIES_RECOGNIZER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "claimscope/record.h"
#include "claimscope/tokenizer.h"
#include "entities/entity_recognizer.h"
#include "entities/link_cache.h"
#include "entities/name_cues.h"
#include "lexicon/lexicon_matcher.h"

namespace claimscope::internal {

// Candidate priorities: higher wins an overlap; then the longer; then the leftmost.
inline constexpr int kWeak = 0;        // a capitalised name with no cue but its position
inline constexpr int kSingleWord = 1;  // a one-word lexicon match
inline constexpr int kRule = 2;        // a name rule with a cue ("... Therapeutics", given name)
inline constexpr int kStrong = 3;   // a lexicon phrase, a title before a name, a known short form
inline constexpr int kDefined = 4;  // an acronym the text defines

inline constexpr uint32_t kNoEntry = 0xFFFFFFFF;

// What the mentions of one thing share: a lexicon entry's source ("lexicon:org:Q123"), or
// else the type and words of a name ("ORG:Corvane Therapeutics"). Kept as references and
// spelt out only when the clusters are numbered.
struct ClusterKey {
  uint32_t entry = kNoEntry;
  EntityType kind = EntityType::kOrg;
  uint32_t first = 0;  // units [first, end) of the name, when there is no entry
  uint32_t end = 0;
};

struct Candidate {
  uint32_t first = 0;  // units [first, end)
  uint32_t end = 0;
  EntityType kind = EntityType::kOrg;
  int priority = kWeak;
  int rank = 0;  // among equals: lower wins (countries before cities, ...)
  std::string_view subtype;
  std::string_view canonical;
  uint32_t entry = kNoEntry;  // the lexicon entry that found it, else a rule found it
  uint32_t hit = kNoEntry;    // the lexicon hit of `entry` (in hits_), when it has one
  std::string_view rule;      // "org_suffix", "short_form", ...
  bool has_key = false;       // shares `key` with another candidate, else has its own
  bool silent = false;        // claims its words for no entity (an event's name)
  ClusterKey key;
};

// A candidate's place in Resolve's order, as two integers and its index: the higher priority
// first, then the longer in bytes, the leftmost, the lower rank, the earlier found.
struct Precedence {
  uint64_t major = 0;  // priority and length, each inverted
  uint64_t minor = 0;  // first unit and rank
  uint32_t index = 0;  // in the candidates
  friend bool operator<(const Precedence& x, const Precedence& y) {
    if (x.major != y.major) return x.major < y.major;
    if (x.minor != y.minor) return x.minor < y.minor;
    return x.index < y.index;
  }
};

// Every buffer is refilled for each document: only its capacity is reused.
struct EntityScratch::Buffers {
  std::vector<Candidate> candidates;
  std::vector<Candidate> accepted;  // first resolution: names found by lexicons and rules
  std::vector<Candidate> resolved;  // final resolution, with acronyms and short forms
  std::vector<uint32_t> title_end;
  std::vector<uint8_t> title_before;
  std::vector<uint8_t> given;
  std::vector<uint8_t> role_before;
  std::vector<uint8_t> entity_word;
  std::vector<uint8_t> company_word;
  std::vector<uint8_t> place_word;
  std::vector<uint8_t> speech_at;
  // Capitalised words that speak or bear a title somewhere in the document ("Sato said",
  // "Mr Sato"): the family names of people.
  std::unordered_set<std::string_view> person_words;
  // The units FindPersonWords looks at: before and after a speech cue, after a title.
  std::vector<uint32_t> person_cue_units;
  // ReadWorksAndBands's: the names of works and of bands.
  std::unordered_set<std::string_view> works;
  std::unordered_set<std::string_view> bands;
  std::vector<uint32_t> demonym_end;
  std::vector<uint8_t> shouting;
  // IsPersonName's answer for one word, looked up once: 0 not yet, 1 a name's word, 2 not.
  std::vector<uint8_t> person_part;
  std::vector<uint32_t> paragraph_of;
  std::vector<uint8_t> soft_break;
  std::vector<uint8_t> in_name;
  std::vector<Precedence> order;
  std::vector<uint8_t> taken;
  std::unordered_set<std::string_view> short_forms;  // words already given their mentions
  std::vector<uint32_t> capitalised;  // units that are capitalised words: AddMentions' range
  // AddDefinedAcronyms's: the organisations named in full and their initials (all words,
  // capitalised words), a vector kept between documents for its capacity.
  struct LongForm {
    const Candidate* c;
    std::string all, big;
  };
  std::vector<LongForm> long_forms;
  // Emit's: the cluster keys spelt out, and what each cluster number gathers.
  std::string keys;
  std::vector<size_t> key_ends;
  std::unordered_map<std::string_view, int> clusters;
  std::vector<int> cluster_of;
  std::vector<std::string_view> longest;
  // links.cc's: the entry each cluster links to, the readings of a name, what
  // stands next to its mentions, and the countries and subdivisions the document names.
  std::vector<uint32_t> link_entry;
  std::vector<uint32_t> readings;
  std::vector<uint32_t> open_mentions;
  std::vector<uint32_t> known_places;  // and the cluster of each
  std::vector<int> known_clusters;
  std::vector<uint32_t> qualifiers;
  std::vector<uint32_t> named_places;
  std::vector<std::string_view> named_countries;
  std::vector<std::string_view> team_names;  // towns a sports report reads as teams
  // The demonym entries the document names (IndexHits), as links.cc's evidence.
  std::vector<uint32_t> demonyms;
  // The topic.sport entries the document names (document_sense.cc).
  std::vector<uint32_t> sport_entries;
};

class EntityRecognizer {
 public:
  EntityRecognizer(std::string_view text, const TextAnalysis& a, const LexiconMatcher& m,
                   const TokenWordLists& words, const LexiconScratch& units,
                   const std::vector<LexiconHit>& hits, const LinkCache& links,
                   EntityScratch::Buffers* b);

  void Run(std::vector<Entity>* out);

 private:
  // --- units (entity_recognizer.cc) -----------------------------------------------------
  std::string_view Text(uint32_t u) const {
    return text_.substr(units_[u].start, units_[u].end - units_[u].start);
  }
  std::string_view Text(uint32_t first, uint32_t end) const {
    return text_.substr(units_[first].start, units_[end - 1].end - units_[first].start);
  }
  const Token& TokenOf(uint32_t u) const { return a_.tokens[units_[u].token]; }
  // Is unit u a social handle ("@" right before it), or followed by one ("RT @bbcnews")?
  bool IsHandle(uint32_t u) const {
    return units_[u].start > 0 && text_[units_[u].start - 1] == '@';
  }
  bool BeforeHandle(uint32_t u) const {
    size_t k = units_[u].end;
    while (k < text_.size() && text_[k] == ' ') ++k;
    return k < text_.size() && text_[k] == '@';
  }
  bool Flag(uint32_t u, uint16_t f) const { return (units_[u].flags & f) != 0; }
  bool IsWord(uint32_t u) const {
    return Flag(u, kUnitWord);  // a word token's, not an ideographic one's
  }
  // May units a and b (a < b) stand in one name: same paragraph, same sentence, same line?
  bool Joinable(uint32_t a, uint32_t b) const;
  // A capitalised word that may be part of a name. Long words in capitals are headline
  // words; the lexicon still finds names among them.
  bool IsNameWord(uint32_t u) const;
  bool MonthSurname(uint32_t u) const;
  // Marks the units of sentences and lines written mostly in capitals (headlines): there,
  // capitals are no sign of an acronym.
  void FindShouting();
  // Lexicon matches: entity candidates, and the titles, given names, roles and demonyms
  // that the name rules read.
  void IndexHits();
  // A one-word lexicon name that is also an ordinary word ("Police", "Reading", "Apple")
  // needs the look of a name: capitalised inside a sentence, not in a capitals headline.
  bool AcceptOneWord(uint32_t u, const LexiconEntry& e, std::string_view subtype) const;
  // Greedy resolution: priority, then length, then position; no overlaps. The accepted
  // candidates, in text order.
  void Resolve(std::vector<Candidate>* accepted);

  // --- name rules (name_rules.cc) -------------------------------------------------------
  // Capitalised sequences ("Ines Marlow", "Ministry of Disaster Management and Relief"),
  // classified by their cues.
  void FindNames();
  // One past the last unit of the capitalised sequence that starts at `u`.
  uint32_t SequenceEnd(uint32_t u) const;
  void AddRule(uint32_t first, uint32_t end, EntityType kind, int priority, std::string_view rule);
  bool IsPersonName(uint32_t first, uint32_t end) const;
  // Could the word at u be part of a person's name (IsPersonName, past its particles)?
  bool IsPersonPart(uint32_t u) const;
  bool AgeFollows(uint32_t end) const;
  // A capital inside a word, after three lower-case letters: "DaimlerChrysler", "WorldCom".
  static bool HasInnerCapital(std::string_view w);
  // Words around unit u that make it a company: "shares in X", "X's chief executive".
  bool OrgContext(uint32_t u) const;
  // Evidence around the capitalised words [s, e), which nothing in them says name a person,
  // that they do: a speech verb next to them ("Bekele said", "said Bekele"), or a country in
  // brackets after them, as results lists give it ("Klas Eriksson (Sweden)"), or a family
  // name that speaks or has a title elsewhere in the document (person_words).
  // The evidence, named as --explain shows it ("person_speaks", "person_named_elsewhere",
  // "person_in_results"), or empty.
  std::string_view PersonEvidence(uint32_t s, uint32_t e) const;
  // Fills person_words (after IndexHits).
  void FindPersonWords();
  void Classify(uint32_t s, uint32_t e);

  // --- the document's sense of its names (document_sense.cc) ----------------------------
  // Is the document a sports report: does it name enough sports words (topic.sport, those
  // with other common uses, weak=1, counting half)? After IndexHits.
  bool IsSportsReport() const;
  // Does the place at units [first, end) open a dateline (in the first four lines): "LONDON
  // 1996-08-30", "SEVILLE, Spain, March 3 -", "VALDERA, Norland (Reuters) -", "LONDON -"? With
  // `bare_dash` false, "X -" alone is no dateline: a topic opens a headline so
  // ("SOCCER - SHEARER NAMED CAPTAIN").
  bool IsDateline(uint32_t first, uint32_t end, bool bare_dash = true) const;
  // In a sports report, a town, city, county or state named without a preposition of place
  // before it is a club or team: "Leicestershire beat Somerset", "Surrey captain", "KANSAS
  // CITY AT DETROIT" (the first a team, the second the place of the game).
  void ReadPlacesAsTeams(std::vector<Candidate>* accepted) const;
  // A name that the story sets beside a work noun once ("the film Vera Drake", "the Harry
  // Potter books", "Vera Drake star Imelda Staunton") is a work's title everywhere in it, and
  // no entity; one after a band noun ("the band Franz Ferdinand") is a band, an organisation.
  // Over the candidates found by the name rules, before any is resolved.
  void ReadWorksAndBands();

  // --- clusters (clusters.cc) -----------------------------------------------------------
  static ClusterKey KeyOf(const Candidate& c);
  // A lexicon match's source: "lexicon:" class ":" id (or canonical name).
  void AppendLexiconSource(uint32_t entry, std::string* out) const;
  // The key spelt out: the lexicon source, or "TYPE:words".
  void AppendKey(const ClusterKey& key, std::string* out) const;
  // Adds `of`'s kind and cluster to every capitalised occurrence of `word` (one unit).
  // `of` is a copy: adding candidates may move the ones stored.
  void AddMentions(std::string_view word, const Candidate of, int priority, std::string_view rule);
  // "Customs and Border Patrol (CPB)": the acronym joins the long form, everywhere.
  void AddDefinedAcronyms(const std::vector<Candidate>& accepted);
  // Appends the initials of the words of units [first, end): of all (in capitals) to *all,
  // of the capitalised ones to *big.
  void Initials(uint32_t first, uint32_t end, std::string* all, std::string* big) const;
  bool InitialsOf(uint32_t first, uint32_t end, std::string_view acronym) const;
  bool SameName(const Candidate& a, const Candidate& b) const;
  static bool SameWords(std::string_view a, std::string_view b);
  // The word that stands for organisation `c` alone: its one proper word ("Corvane" of
  // "Corvane Therapeutics", "Betis" of "Real Betis"), or the suffix of a place's club or
  // paper ("United" of "Manchester United", "Times" of "New York Times"); kNoEntry if none.
  uint32_t OrgShortForm(const Candidate& c) const;
  // Later short forms: "Harrington" after "Margaret Harrington", "Corvane" after "Corvane
  // Therapeutics", "Betis" after "Real Betis".
  void AddShortForms(const std::vector<Candidate>& accepted);
  void Emit(const std::vector<Candidate>& accepted, std::vector<Entity>* out) const;

  // --- links (links.cc) -----------------------------------------------------------------
  // The lexicon hits that start at unit `first`.
  std::pair<std::vector<LexiconHit>::const_iterator, std::vector<LexiconHit>::const_iterator>
  HitsAt(uint32_t first) const;
  // The entries of c's list that name c's words, c's own first: "Moscow" in Russia and in
  // Idaho. For a place the dateline rule found, the place entries that name its words.
  void Readings(const Candidate& c, std::vector<uint32_t>* entries) const;
  // From known_places (the places the document names whose names have one entry) and the
  // demonyms, fills named_places (the countries and subdivisions) and named_countries (the
  // country of each); unlinks a minor town whose country nothing else names.
  void FindNamedPlaces(std::vector<uint32_t>* link_entry) const;
  // Which of `readings` cluster number `cluster` means, by what the document says (a
  // qualifier after a mention, a subdivision or country it names, a dateline, the places'
  // prominence); kNoEntry when the evidence leaves it open.
  uint32_t ChooseReading(const std::vector<Candidate>& accepted, const std::vector<int>& cluster_of,
                         int cluster, const std::vector<uint32_t>& readings) const;
  // Is `entry` a town of under 100,000 whose name, at c's words, a state or subdivision of
  // its own country (or the country) shares?
  bool TownNamedLikeRegion(const Candidate& c, uint32_t entry) const;
  // Does "at", "to" or "from" stand before c, as before a club's name as before a town's?
  bool AfterClubPreposition(const Candidate& c) const;
  // The entry each of `clusters` clusters links to (cluster number - 1), or kNoEntry.
  void ChooseLinks(const std::vector<Candidate>& accepted, const std::vector<int>& cluster_of,
                   size_t clusters, std::vector<uint32_t>* link_entry) const;

  std::string_view text_;
  const TextAnalysis& a_;
  const LexiconMatcher& m_;
  const NameCues cues_;
  const std::vector<MatchUnit>& units_;
  const std::vector<LexiconHit>& hits_;
  const LinkCache& links_;
  // The scratch buffers, by their names in the recognizer.
  EntityScratch::Buffers& b_;
  std::vector<Candidate>& candidates_;
  std::vector<uint32_t>& title_end_;    // a title starting at the unit ends here (or 0)
  std::vector<uint8_t>& title_before_;  // a title ends just before the unit
  std::vector<uint8_t>& given_;         // the unit is a given name
  std::vector<uint8_t>& role_before_;   // a role noun ends just before the unit
  std::vector<uint8_t>& entity_word_;   // the unit is part of a lexicon entity match
  std::vector<uint8_t>& company_word_;  // ... of a company or outlet (often a founder's name)
  std::vector<uint8_t>& place_word_;    // ... of a place
  std::vector<uint8_t>& speech_at_;     // a speech cue (cue.speech) starts at the unit
  std::vector<uint32_t>& demonym_end_;  // a demonym starting at the unit ends here (or 0)
  std::vector<uint8_t>& shouting_;      // the unit is in a sentence in capitals
  std::vector<uint32_t>& paragraph_of_;
  // The line break before the unit only wraps a long line of running text (wire copy): a
  // name may go on across it ("International Cocoa\nOrganization").
  std::vector<uint8_t>& soft_break_;
  std::vector<uint8_t>& in_name_;   // the unit is inside a name of two or more words
  std::vector<Precedence>& order_;  // Resolve's scratch: candidates by precedence
  std::vector<uint8_t>& taken_;     // Resolve's scratch: units of accepted candidates
  mutable int sports_report_ = -1;  // IsSportsReport's answer, once known
  uint32_t dateline_zone_end_ = 0;  // a dateline opens one of the lines before this unit
};

inline bool EntityRecognizer::Joinable(uint32_t a, uint32_t b) const {
  if (paragraph_of_[a] != paragraph_of_[b]) return false;
  for (uint32_t k = a + 1; k <= b; ++k) {
    if (Flag(k, kUnitFirstInSentence) || (Flag(k, kUnitNewlineBefore) && !soft_break_[k])) {
      return false;
    }
  }
  return true;
}

inline bool EntityRecognizer::IsNameWord(uint32_t u) const {
  if (!IsWord(u) || !Flag(u, kCapitalised)) return false;
  const std::string_view w = Text(u);
  if (cues_.IsCapitalisedNonName(u)) return false;
  return !(Flag(u, kAllCaps) && (w.size() > 5 || shouting_[u]));
}

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_ENTITIES_RECOGNIZER_H_

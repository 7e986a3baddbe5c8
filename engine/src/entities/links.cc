// Links: which of the places or bodies of a name a cluster means (recognizer.h). A name most
// often belongs to one entry; where several share it ("Moscow", Russia and Idaho; "ABC", three
// broadcasters), the document chooses: a qualifier after a mention ("Paris, Texas", "Paris
// (France)"), a subdivision or country it names, a dateline, and a place's prominence
// (population, a capital). No link is better than a wrong one: a choice the evidence does not
// carry by a clear margin is none. Once a cluster, not a mention.
#include <algorithm>
#include <string_view>
#include <tuple>

#include "base/ascii.h"
#include "entities/recognizer.h"

namespace claimscope::internal {

using namespace std::string_view_literals;

namespace {

// Evidence, in powers of ten of population: one place must lead the next by kMargin.
constexpr double kQualified = 10;          // "Paris, Texas": the text says which
constexpr double kSubdivisionNamed = 2;    // the document names the place's state or province
constexpr double kCountryNamedOnce = 0.5;  // ... its country, or a place or demonym of it,
constexpr double kCountryNamed = 1.5;      // at most so much, however often
constexpr double kMinorTown = 5;           // the prominence (link_cache.h) of 100,000 people
constexpr double kMargin = 1;              // a tenth of the population, or the like

// Does the place entry `where` (a country, or a subdivision) of country `where_cc` hold
// place `e` of country `cc`?
bool Holds(const LexiconEntry& where, bool where_is_country, std::string_view where_cc,
           const LexiconEntry& e, std::string_view cc) {
  if (cc.empty() || where_cc != cc) return false;
  if (where_is_country) return true;
  // GeoNames' admin1 is the ISO 3166-2 code's end in the US ("US-TX", TX), a number
  // elsewhere: then the names tell ("Ontario").
  const std::string_view code = where.id;
  const std::string_view admin1 = e.Attribute("admin1");
  return (!admin1.empty() && code.size() > admin1.size() + 1 && code.ends_with(admin1) &&
          code[code.size() - admin1.size() - 1] == '-') ||
         (!where.canonical.empty() && e.Attribute("admin1_name") == where.canonical);
}

using ListKind = LinkCache::ListKind;

bool IsCountryOrSubdivision(ListKind kind) {
  return kind == ListKind::kCountry || kind == ListKind::kSubdivision;
}

bool IsPlace(ListKind kind) { return kind <= ListKind::kPlace; }

}  // namespace

std::pair<std::vector<LexiconHit>::const_iterator, std::vector<LexiconHit>::const_iterator>
EntityRecognizer::HitsAt(uint32_t first) const {
  return std::equal_range(
      hits_.begin(), hits_.end(), LexiconHit{first, 0, 0},
      [](const LexiconHit& x, const LexiconHit& y) { return x.first < y.first; });
}

// The entries of c's class that name c's words, c's own first; for a place the dateline
// rule found, every place entry that names its words.
void EntityRecognizer::Readings(const Candidate& c, std::vector<uint32_t>* entries) const {
  entries->clear();
  if (c.entry != kNoEntry) entries->push_back(c.entry);
  const bool own_list = c.entry != kNoEntry;  // else any place list
  // The hits of c's words lie next to c's own (hits run by first unit, longest first).
  const auto same_words = [&c](const LexiconHit& h) {
    return h.first == c.first && h.end == c.end;
  };
  auto begin = hits_.begin(), end = hits_.end();
  if (c.hit != kNoEntry) {
    begin = end = hits_.begin() + c.hit;
    while (begin != hits_.begin() && same_words(*(begin - 1))) --begin;
    while (end != hits_.end() && same_words(*end)) ++end;
  } else {
    std::tie(begin, end) = HitsAt(c.first);
  }
  for (auto h = begin; h != end; ++h) {
    if (h->end != c.end || h->entry == c.entry) continue;
    const ListKind kind = links_.Kind(h->entry);
    const bool same_list =
        own_list ? kind == links_.Kind(c.entry) && (&m_.file_of(h->entry) == &m_.file_of(c.entry) ||
                                                    m_.class_of(h->entry) == m_.class_of(c.entry))
                 : IsPlace(kind);
    if (same_list && std::find(entries->begin(), entries->end(), h->entry) == entries->end()) {
      entries->push_back(h->entry);
    }
  }
}

// A minor town that shares its name with a state of its own country ("Delaware", Ohio;
// "Oregon", Ohio) is seldom what the text means, though a city's reading outranks a state's.
bool EntityRecognizer::TownNamedLikeRegion(const Candidate& c, uint32_t entry) const {
  const LinkCache::Facts& town = links_.Get(entry);
  if (town.prominence >= kMinorTown || links_.Kind(entry) != ListKind::kCity) return false;
  const auto [begin, end] = HitsAt(c.first);
  return std::any_of(begin, end, [this, &c, &town](const LexiconHit& h) {
    return h.end == c.end && IsCountryOrSubdivision(links_.Kind(h.entry)) &&
           links_.Get(h.entry).country == town.country;
  });
}

// The places of the document whose names have one entry, and its demonyms, as evidence:
// named_places holds its countries and subdivisions, named_countries the country of each
// (one a cluster or demonym: a country named more often counts more). A minor town whose
// country nothing else names, in a document that names other countries' places, is taken
// for a misreading ("Whitehall", the government in London, not the town in Ohio): no link.
void EntityRecognizer::FindNamedPlaces(std::vector<uint32_t>* link_entry) const {
  std::vector<uint32_t>& named = b_.named_places;
  std::vector<std::string_view>& countries = b_.named_countries;
  named.clear();
  countries.clear();
  for (const uint32_t entry : b_.known_places) {
    if (IsCountryOrSubdivision(links_.Kind(entry))) named.push_back(entry);
    countries.push_back(links_.Get(entry).country);
  }
  for (const uint32_t demonym : b_.demonyms) countries.push_back(links_.Get(demonym).country);
  for (size_t k = 0; k < b_.known_places.size(); ++k) {
    const LinkCache::Facts& e = links_.Get(b_.known_places[k]);
    if (e.prominence >= kMinorTown || links_.Kind(b_.known_places[k]) != ListKind::kCity) continue;
    const std::string_view cc = e.country;
    const auto same = std::count(countries.begin(), countries.end(), cc);
    const auto others = static_cast<ptrdiff_t>(countries.size()) - same -
                        std::count(countries.begin(), countries.end(), std::string_view());
    if (same > 1 || others == 0) continue;
    (*link_entry)[b_.known_clusters[k] - 1] = kNoEntry;
    countries.erase(std::find(countries.begin(), countries.end(), cc));
  }
}

// Which of `readings` the cluster whose mentions are accepted[i] for cluster_of[i] ==
// `cluster` means, or kNoEntry.
uint32_t EntityRecognizer::ChooseReading(const std::vector<Candidate>& accepted,
                                         const std::vector<int>& cluster_of, int cluster,
                                         const std::vector<uint32_t>& readings) const {
  // What the text says next to a mention: "Paris, Texas", "Paris (France)", a dateline.
  std::vector<uint32_t>& qualifiers = b_.qualifiers;
  qualifiers.clear();
  bool dateline = false;
  for (size_t i = 0; i < accepted.size(); ++i) {
    if (cluster_of[i] != cluster) continue;
    const Candidate& c = accepted[i];
    dateline = dateline || IsDateline(c.first, c.end);
    if (c.end + 1 >= units_.size() || (Text(c.end) != ","sv && Text(c.end) != "("sv)) continue;
    const auto [begin, end] = HitsAt(c.end + 1);
    for (auto h = begin; h != end; ++h) {
      if (IsCountryOrSubdivision(links_.Kind(h->entry))) qualifiers.push_back(h->entry);
    }
  }
  double best = -1, second = -1;
  uint32_t chosen = kNoEntry;
  for (const uint32_t r : readings) {
    const LexiconEntry& e = m_.entry(r);
    const std::string_view cc = links_.Get(r).country;
    double score = links_.Get(r).prominence;
    const auto holds = [this, &e, cc](uint32_t where) {
      return Holds(m_.entry(where), links_.Kind(where) == ListKind::kCountry,
                   links_.Get(where).country, e, cc);
    };
    if (std::any_of(qualifiers.begin(), qualifiers.end(), holds)) score += kQualified;
    for (const uint32_t p : b_.named_places) {
      if (links_.Kind(p) == ListKind::kSubdivision && holds(p)) {
        score += kSubdivisionNamed;
        break;
      }
    }
    if (!cc.empty()) {
      const auto named = std::count(b_.named_countries.begin(), b_.named_countries.end(), cc);
      score += std::min(kCountryNamed, kCountryNamedOnce * static_cast<double>(named));
    }
    if (score > best) {
      second = best;
      best = score;
      chosen = r;
    } else if (score > second) {
      second = score;
    }
  }
  // A dateline that names no state or country names a place the reader knows: the
  // most prominent of the name.
  const double margin = dateline && qualifiers.empty() ? 0 : kMargin;
  return best - second > margin || (margin == 0 && best > second) ? chosen : kNoEntry;
}

bool EntityRecognizer::AfterClubPreposition(const Candidate& c) const {
  if (c.first == 0) return false;
  const std::string_view w = Text(c.first - 1);
  return EqualsAsciiLower(w, "at") || EqualsAsciiLower(w, "to") || EqualsAsciiLower(w, "from");
}

void EntityRecognizer::ChooseLinks(const std::vector<Candidate>& accepted,
                                   const std::vector<int>& cluster_of, size_t clusters,
                                   std::vector<uint32_t>* link_entry) const {
  // kUndecided: no mention the lexicon found seen yet.
  constexpr uint32_t kUndecided = kNoEntry - 1;
  link_entry->assign(clusters, kUndecided);
  std::vector<uint32_t>& readings = b_.readings;
  std::vector<uint32_t>& open = b_.open_mentions;  // a mention of each cluster left open
  open.clear();
  b_.known_places.clear();
  b_.known_clusters.clear();
  // A town that a sports report reads as a team somewhere is often the club's name after
  // "at", "to" and "from" too ("took over at Liverpool", "his move to Chelsea", "signed from
  // Bath"), where it stays a place (ReadPlacesAsTeams): such a place gets no link rather than
  // a town's that may be wrong. After "in" ("in Athens"), the place is meant.
  std::vector<std::string_view>& teams = b_.team_names;
  teams.clear();
  for (const Candidate& c : accepted) {
    if (c.rule == "sports_team"sv) teams.push_back(Text(c.first, c.end));
  }
  for (size_t i = 0; i < accepted.size(); ++i) {
    uint32_t& link = (*link_entry)[cluster_of[i] - 1];
    const Candidate& c = accepted[i];
    // A short form or an acronym shares its cluster's link; the lexicon's own match
    // of the name shows which other entries share it.
    // (A dateline's place the rule found, "PARIS, Texas (AP) -", has the lexicon's readings.)
    const bool dateline = c.entry == kNoEntry && c.rule == "dateline"sv && !c.has_key;
    if (link != kUndecided || (c.entry == kNoEntry && !dateline) || c.entry != KeyOf(c).entry) {
      continue;
    }
    const ListKind list = dateline ? ListKind::kPlace : links_.Kind(c.entry);
    const EntityType kind = IsPlace(list)               ? EntityType::kPlace
                            : list == ListKind::kPerson ? EntityType::kPerson
                                                        : EntityType::kOrg;
    link = kNoEntry;
    if (kind != c.kind) continue;  // a town read as a team
    if (AfterClubPreposition(c) &&
        std::find(teams.begin(), teams.end(), Text(c.first, c.end)) != teams.end()) {
      continue;
    }
    Readings(c, &readings);
    if (readings.size() != 1) {
      if (!readings.empty()) open.push_back(static_cast<uint32_t>(i));
      continue;
    }
    link = readings[0];
    if (TownNamedLikeRegion(c, link)) {
      link = kNoEntry;
    } else if (kind == EntityType::kPlace) {
      b_.known_places.push_back(link);
      b_.known_clusters.push_back(cluster_of[i]);
    }
  }
  for (uint32_t& link : *link_entry) {
    if (link == kUndecided) link = kNoEntry;
  }
  // (Most documents: every name has one entry, and no minor town asks for support.)
  if (open.empty() &&
      std::none_of(b_.known_places.begin(), b_.known_places.end(), [this](uint32_t e) {
        return links_.Kind(e) == ListKind::kCity && links_.Get(e).prominence < kMinorTown;
      })) {
    return;
  }
  // The names the document's other places settle first, then those that the places chosen
  // so settle in turn ("London" the capital, then "Birmingham" in England).
  FindNamedPlaces(link_entry);
  for (int pass = 0; pass < 2; ++pass) {
    const size_t known = b_.known_places.size();
    for (const uint32_t i : open) {
      uint32_t& link = (*link_entry)[cluster_of[i] - 1];
      if (link != kNoEntry) continue;
      Readings(accepted[i], &readings);
      link = ChooseReading(accepted, cluster_of, cluster_of[i], readings);
      if (link != kNoEntry && TownNamedLikeRegion(accepted[i], link)) link = kNoEntry;
      if (link != kNoEntry && accepted[i].kind == EntityType::kPlace) {
        b_.known_places.push_back(link);
      }
    }
    if (b_.known_places.size() == known) break;
    for (size_t k = known; k < b_.known_places.size(); ++k) {
      const std::string_view cc = links_.Get(b_.known_places[k]).country;
      if (!cc.empty()) b_.named_countries.push_back(cc);
    }
  }
}

}  // namespace claimscope::internal

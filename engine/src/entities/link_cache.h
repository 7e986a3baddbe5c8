// The stable identifier a lexicon entry gives what it names (claimscope::Link,
// docs/output.md "Link"): its GeoNames id, ISO 3166 codes, coordinates, Wikidata id or URL,
// read from the entry's id and attributes, once an entry for the engine's lifetime.
#ifndef CLAIMSCOPE_SRC_ENTITIES_LINK_CACHE_H_
#define CLAIMSCOPE_SRC_ENTITIES_LINK_CACHE_H_

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string_view>
#include <vector>

#include "claimscope/record.h"
#include "lexicon/lexicon_file.h"
#include "lexicon/lexicon_matcher.h"

namespace claimscope::internal {

// Fills *link from entry `e` of a list of class `cls` ("place.city", "org.media", ...):
//   id  "geonames:N" when the entry is a GeoNames place (its id, or a geonames= attribute);
//       "iso3166:CC" for a place.country ("iso3166-3:CODE" for a former one, whose code is
//       no alpha-2: the Soviet Union's SUHH), "iso3166-2:CODE" for a place.subdivision (or an
//       iso3166_2= attribute); else the entry's own id;
//   the other fields from the attributes: geonames, country (or cc), admin1, lat, lon, iso3
//       (or cc3), iso_numeric (or num), iso3166_2, wikidata, url.
// False, with *link unspecified, when the entry has no identifier at all. Parses the
// attributes each call: LinkCache calls it once an entry.
bool ReadEntryLink(const LexiconEntry& e, std::string_view cls, Link* link);

// What the engine knows of each lexicon entry for linking, read on first use, once, whichever
// thread asks (std::call_once a slot): documents only copy a pointer. Part of the Engine's
// resources: Reset while building it; Get is thread-safe afterwards.
class LinkCache {
 public:
  struct Facts {
    std::shared_ptr<const Link> link;  // null when the entry has no identifier
    // For choosing among places of one name (links.cc): log10 of the population plus a
    // capital's due (0 without a population), and the ISO 3166-1 code (cc=, else country=).
    double prominence = 0;
    std::string_view country;  // into the entry's attributes
  };

  // The kinds of list the link choice tells apart, by an entry's class.
  enum class ListKind : uint8_t {
    kCountry,      // place.country
    kSubdivision,  // place.subdivision
    kCity,         // place.city
    kPlace,        // any other place.*
    kOrg,          // org.*
    kPerson,       // person.*
    kDemonym,      // demonym
    kOther,
  };

  LinkCache() = default;
  ~LinkCache();
  LinkCache(const LinkCache&) = delete;
  LinkCache& operator=(const LinkCache&) = delete;

  // One slot an entry of `matcher` (which must outlive the cache), all empty.
  void Reset(const LexiconMatcher* matcher);
  const Facts& Get(uint32_t entry) const;
  // The kind of list entry `entry` comes from: an array look-up, no string compared.
  ListKind Kind(uint32_t entry) const {
    return file_kinds_[&matcher_->file_of(entry) - matcher_->files().data()];
  }

 private:
  struct Slot {
    std::once_flag once;
    Facts facts;
  };
  // The slots in pages made when one of their entries is first asked for: an engine starts
  // without writing (and the system zeroing) some 3 MB of slots, most of which a run never
  // reads.
  static constexpr size_t kPageSlots = 1024;
  struct Page {
    Slot slots[kPageSlots];
  };
  Slot& SlotOf(uint32_t entry) const;
  void Clear();

  const LexiconMatcher* matcher_ = nullptr;
  std::unique_ptr<std::atomic<Page*>[]> pages_;
  size_t page_count_ = 0;
  std::vector<ListKind> file_kinds_;  // by file of the matcher
};

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_ENTITIES_LINK_CACHE_H_

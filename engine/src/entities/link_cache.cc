// A lexicon entry's link, once an entry (link_cache.h).
#include "entities/link_cache.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <string>

namespace claimscope::internal {

using namespace std::string_view_literals;

namespace {

constexpr std::string_view kGeoNames = "geonames:";

// The value of `key`, else of `alias` (the built-in lists' shorter names: cc, cc3, num).
std::string_view AttributeOr(const LexiconEntry& e, std::string_view key, std::string_view alias) {
  const std::string_view v = e.Attribute(key);
  return v.empty() && !alias.empty() ? e.Attribute(alias) : v;
}

// A number written in full, else nothing ("55.75222", "-117.00017"; not "55N").
template <typename Number>
bool ParseWhole(std::string_view s, Number* out) {
  if (s.empty()) return false;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && end == s.data() + s.size();
}

}  // namespace

bool ReadEntryLink(const LexiconEntry& e, std::string_view cls, Link* link) {
  *link = Link();
  link->country = std::string(AttributeOr(e, "country", "cc"));
  link->admin1 = std::string(e.Attribute("admin1"));
  link->iso3 = std::string(AttributeOr(e, "iso3", "cc3"));
  link->iso_numeric = std::string(AttributeOr(e, "iso_numeric", "num"));
  link->iso3166_2 = std::string(e.Attribute("iso3166_2"));
  link->wikidata = std::string(e.Attribute("wikidata"));
  link->url = std::string(e.Attribute("url"));
  double degrees = 0;
  if (ParseWhole(e.Attribute("lat"), &degrees) && degrees >= -90 && degrees <= 90) {
    link->lat = degrees;
  }
  if (ParseWhole(e.Attribute("lon"), &degrees) && degrees >= -180 && degrees <= 180) {
    link->lon = degrees;
  }
  if (link->lat.has_value() != link->lon.has_value()) link->lat = link->lon = std::nullopt;
  const std::string_view id = e.id;
  std::string_view geonames = e.Attribute("geonames");
  if (geonames.empty() && id.starts_with(kGeoNames)) geonames = id.substr(kGeoNames.size());
  if (int64_t number = 0; ParseWhole(geonames, &number) && number > 0) link->geonames = number;
  if (cls == "place.subdivision"sv && link->iso3166_2.empty() && !id.empty()) {
    link->iso3166_2 = std::string(id);
  }
  if (cls == "place.subdivision"sv && link->country.empty()) {
    link->country = link->iso3166_2.substr(0, link->iso3166_2.find('-'));
  }
  if (link->geonames > 0) {
    link->id.append(kGeoNames).append(std::to_string(link->geonames));
  } else if (cls == "place.country"sv && link->country.size() == 2) {
    link->id.append("iso3166:").append(link->country);
  } else if (cls == "place.country"sv && link->country.size() == 4) {
    // A former country by its ISO 3166-3 code ("SUHH", the Soviet Union): no alpha-2 now.
    link->id.append("iso3166-3:").append(link->country);
    link->country.clear();
  } else if (!link->iso3166_2.empty()) {
    link->id.append("iso3166-2:").append(link->iso3166_2);
  } else {
    link->id = std::string(id);
  }
  return !link->id.empty();
}

LinkCache::~LinkCache() { Clear(); }

void LinkCache::Clear() {
  for (size_t p = 0; p < page_count_; ++p) delete pages_[p].load(std::memory_order_relaxed);
  pages_.reset();
  page_count_ = 0;
}

LinkCache::Slot& LinkCache::SlotOf(uint32_t entry) const {
  std::atomic<Page*>& at = pages_[entry / kPageSlots];
  Page* page = at.load(std::memory_order_acquire);
  if (page == nullptr) {
    auto fresh = std::make_unique<Page>();
    // Another thread may have made it meanwhile: then `page` is that one, and ours goes.
    if (at.compare_exchange_strong(page, fresh.get(), std::memory_order_acq_rel,
                                   std::memory_order_acquire)) {
      page = fresh.release();
    }
  }
  return page->slots[entry % kPageSlots];
}

void LinkCache::Reset(const LexiconMatcher* matcher) {
  Clear();
  matcher_ = matcher;
  page_count_ = (matcher->entry_count() + kPageSlots - 1) / kPageSlots;
  pages_ = std::make_unique<std::atomic<Page*>[]>(page_count_);
  for (size_t p = 0; p < page_count_; ++p) pages_[p].store(nullptr, std::memory_order_relaxed);
  file_kinds_.clear();
  for (const LexiconFile& file : matcher->files()) {
    const std::string_view cls = file.list_class;
    file_kinds_.push_back(cls == "place.country"sv       ? ListKind::kCountry
                          : cls == "place.subdivision"sv ? ListKind::kSubdivision
                          : cls == "place.city"sv        ? ListKind::kCity
                          : cls.starts_with("place."sv)  ? ListKind::kPlace
                          : cls.starts_with("org."sv)    ? ListKind::kOrg
                          : cls.starts_with("person."sv) ? ListKind::kPerson
                          : cls == "demonym"sv           ? ListKind::kDemonym
                                                         : ListKind::kOther);
  }
}

const LinkCache::Facts& LinkCache::Get(uint32_t entry) const {
  Slot& slot = SlotOf(entry);
  std::call_once(slot.once, [this, entry, &slot] {
    const LexiconEntry& e = matcher_->entry(entry);
    Facts& f = slot.facts;
    if (auto link = std::make_shared<Link>();
        ReadEntryLink(e, matcher_->class_of(entry), link.get())) {
      f.link = std::move(link);
    }
    const std::string_view pop = e.Attribute("pop");
    double people = 0;
    std::from_chars(pop.data(), pop.data() + pop.size(), people);
    f.prominence = people >= 1 ? std::log10(people) : 0;
    // A national capital is known beyond its size; a state's or province's, a little.
    const std::string_view feature = e.Attribute("fcode");
    if (feature == "PPLC"sv) f.prominence += 1;
    if (feature == "PPLA"sv) f.prominence += 0.5;
    f.country = AttributeOr(e, "cc", "country");
  });
  return slot.facts;
}

}  // namespace claimscope::internal

#include "stats_command.h"

#include <algorithm>
#include <boost/program_options.hpp>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <sstream>
#include <system_error>

#include "command_line.h"
#include "extract_command.h"
#include "input_stream.h"
#include "output_sink.h"
#include "stats_html.h"

namespace claimscope::cli {
namespace po = boost::program_options;

// ---------------------------------------------------------------------------------------
// Counting.

namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
char AsciiUpper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

void AsciiLowerInto(std::string_view s, std::string* out) {
  out->assign(s);
  for (char& c : *out) c = AsciiLower(c);
}

// NormalizeName into `out`, reusing its storage.
void NormalizeNameInto(std::string_view name, std::string* out) {
  out->clear();
  bool space = false;
  for (const char c : name) {
    if (IsSpace(c)) {
      space = !out->empty();
      continue;
    }
    if (space) out->push_back(' ');
    space = false;
    out->push_back(c);
  }
}

// The record's entity `id`, or null when there is none.
const JsonValue* EntityOf(const JsonValue& record, std::string_view id) {
  if (id.empty()) return nullptr;
  for (const JsonValue& e : record.Items("entities")) {
    if (e.StringOr("id", "") == id) return &e;
  }
  return nullptr;
}

// The first string of `value`'s members `first`, then `second`, that is not empty.
std::string_view FirstNonEmpty(const JsonValue& value, std::string_view first,
                               std::string_view second) {
  const std::string_view a = value.StringOr(first, "");
  return a.empty() ? value.StringOr(second, "") : a;
}

// The canonical name of `entity` (its text when it has none), or `text` without an entity.
std::string_view CanonicalOf(const JsonValue* entity, std::string_view text) {
  if (entity == nullptr) return text;
  const std::string_view name = FirstNonEmpty(*entity, "canonical", "text");
  return name.empty() ? text : name;
}

// The entity's `link` object (docs/output.md), or null when it has none or one without an id.
const JsonValue* LinkOf(const JsonValue* entity) {
  const JsonValue* link = entity == nullptr ? nullptr : entity->Find("link");
  if (link == nullptr || !link->is_object() || link->StringOr("id", "").empty()) return nullptr;
  return link;
}

// Counts `name` under the entity's link id when it has one, else under `key` (NameTally::Add).
void AddByLink(NameTally* tally, std::string_view name, uint64_t document, const JsonValue* entity,
               std::string_view key = {}) {
  const JsonValue* link = LinkOf(entity);
  if (link != nullptr) {
    tally->AddLinked(name, document, link->StringOr("id", ""));
  } else {
    tally->Add(name, document, key);
  }
}

// The month of an ISO 8601 date ("2024-04-01" -> "2024-04"), its year when it names only
// one ("2024"), or empty when `date` is not one.
std::string_view MonthOf(std::string_view date) {
  const auto digits = [&](size_t from, size_t n) {
    if (date.size() < from + n) return false;
    return std::all_of(date.begin() + static_cast<std::ptrdiff_t>(from),
                       date.begin() + static_cast<std::ptrdiff_t>(from + n),
                       [](char c) { return c >= '0' && c <= '9'; });
  };
  if (!digits(0, 4)) return {};
  if (date.size() >= 7 && date[4] == '-' && digits(5, 2)) return date.substr(0, 7);
  return date.size() == 4 ? date : std::string_view();
}

}  // namespace

std::string NormalizeName(std::string_view name) {
  std::string out;
  NormalizeNameInto(name, &out);
  return out;
}

std::string WithThousands(uint64_t n) {
  const std::string digits = std::to_string(n);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

std::string ItemLabel(const std::vector<TopItem>& items, size_t i) {
  const TopItem& item = items[i];
  if (item.link.empty()) return item.name;
  for (size_t j = 0; j < items.size(); ++j) {
    if (j != i && items[j].name == item.name) return item.name + " (" + item.link + ")";
  }
  return item.name;
}

std::string RecordOutlet(const JsonValue& record) {
  const JsonValue* meta = record.Find("meta");
  std::string_view outlet =
      meta != nullptr && meta->is_object() ? meta->StringOr("outlet", "") : "";
  if (outlet.empty()) outlet = record.StringOr("credit", "");
  std::string name = NormalizeName(outlet);
  return name.empty() ? "(none)" : name;
}

void ShareTally::Add(std::string_view group, bool in_part) {
  auto it = groups_.find(std::string(group));
  if (it == groups_.end()) it = groups_.emplace(std::string(group), Share{}).first;
  ++it->second.whole;
  it->second.part += in_part;
}

std::vector<std::pair<std::string, ShareTally::Share>> ShareTally::Largest(size_t n) const {
  std::vector<std::pair<std::string, Share>> out(groups_.begin(), groups_.end());
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return a.second.whole != b.second.whole ? a.second.whole > b.second.whole : a.first < b.first;
  });
  if (out.size() > n) out.resize(n);
  return out;
}

std::vector<std::pair<std::string, ShareTally::Share>> ShareTally::ByName() const {
  std::vector<std::pair<std::string, Share>> out(groups_.begin(), groups_.end());
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  return out;
}

void NameTally::AddLinked(std::string_view name, uint64_t document, std::string_view link_id) {
  if (link_id.empty()) return Add(name, document);
  // Link ids are keys of their own: kLinkMark never starts a name or another key.
  link_key_.assign(1, kLinkMark);
  link_key_ += link_id;
  Add(name, document, link_key_);
}

void NameTally::Add(std::string_view name, uint64_t document, std::string_view key) {
  if (name.empty()) return;
  const bool grouped = !key.empty();
  scratch_.assign(grouped ? key : name);
  auto it = entries_.find(scratch_);
  if (it == entries_.end()) it = entries_.emplace(scratch_, Entry{}).first;
  Entry& e = it->second;
  if (e.count == 0 || e.last_document != document) ++e.documents;
  e.last_document = document;
  ++e.count;
  if (grouped) {
    auto s = std::find_if(e.spellings.begin(), e.spellings.end(),
                          [&](const auto& p) { return p.first == name; });
    if (s == e.spellings.end()) {
      e.spellings.emplace_back(std::string(name), 1);
    } else {
      ++s->second;
    }
  }
}

std::vector<TopItem> NameTally::Top(size_t n) const {
  using Ref = const std::pair<const std::string, Entry>*;
  std::vector<Ref> refs;
  refs.reserve(entries_.size());
  for (const auto& kv : entries_) refs.push_back(&kv);
  const auto before = [](Ref a, Ref b) {
    if (a->second.documents != b->second.documents) {
      return a->second.documents > b->second.documents;
    }
    if (a->second.count != b->second.count) return a->second.count > b->second.count;
    return a->first < b->first;
  };
  n = std::min(n, refs.size());
  std::partial_sort(refs.begin(), refs.begin() + static_cast<std::ptrdiff_t>(n), refs.end(),
                    before);
  std::vector<TopItem> top;
  top.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    const Entry& e = refs[i]->second;
    TopItem item;
    item.name = refs[i]->first;
    if (!item.name.empty() && item.name[0] == kLinkMark) item.link = item.name.substr(1);
    uint64_t best = 0;
    for (const auto& [spelling, count] : e.spellings) {  // the most frequent; the first of ties
      if (count > best) {
        best = count;
        item.name = spelling;
      }
    }
    item.documents = e.documents;
    item.count = e.count;
    for (const auto& [spelling, count] : e.spellings) {
      if (spelling != item.name) item.variants.push_back({spelling, 0, count, {}, {}});
    }
    item.variants.insert(item.variants.end(), e.folded.begin(), e.folded.end());
    top.push_back(std::move(item));
  }
  return top;
}

void NameTally::FoldShortForms() {
  // The longer names by their last word, and the documents of those by their first (a
  // word that opens names is a given name: "Charles" is Prince Charles as much as Ray
  // Charles).
  std::unordered_map<std::string_view, std::vector<Entry*>> by_last_word;
  std::unordered_map<std::string_view, uint64_t> first_word_documents;
  for (auto& [name, e] : entries_) {
    const size_t space = name.rfind(' ');
    if (space == std::string::npos) continue;
    by_last_word[std::string_view(name).substr(space + 1)].push_back(&e);
    first_word_documents[std::string_view(name).substr(0, name.find(' '))] += e.documents;
  }
  for (auto it = entries_.begin(); it != entries_.end();) {
    const auto longer = by_last_word.find(it->first);
    Entry* best = nullptr;
    uint64_t second = 0;
    if (it->first.find(' ') == std::string::npos && longer != by_last_word.end()) {
      for (Entry* e : longer->second) {
        if (best == nullptr || e->documents > best->documents) {
          if (best != nullptr) second = std::max(second, best->documents);
          best = e;
        } else {
          second = std::max(second, e->documents);
        }
      }
    }
    const auto first = first_word_documents.find(it->first);
    if (first != first_word_documents.end()) second = std::max(second, first->second);
    if (best == nullptr || best->documents < 2 * second) {
      ++it;
      continue;
    }
    const Entry& short_form = it->second;
    best->documents += short_form.documents;
    best->count += short_form.count;
    best->folded.push_back({it->first, short_form.documents, short_form.count, {}, {}});
    it = entries_.erase(it);
  }
}

KindCounts::KindCounts(std::initializer_list<std::string_view> expected) {
  for (const std::string_view kind : expected) counts_.emplace_back(std::string(kind), 0);
}

void KindCounts::Add(std::string_view kind) {
  for (auto& [name, count] : counts_) {
    if (name == kind) {
      ++count;
      return;
    }
  }
  counts_.emplace_back(std::string(kind), 1);
}

uint64_t KindCounts::Get(std::string_view kind) const {
  for (const auto& [name, count] : counts_) {
    if (name == kind) return count;
  }
  return 0;
}

void QuotedPeople::AddRecord(const JsonValue& record) {
  people_.clear();
  for (const JsonValue& q : record.Items("quotes")) {
    const JsonValue* speaker = q.Find("speaker");
    if (speaker == nullptr || !speaker->is_object() || speaker->StringOr("kind", "") != "person") {
      continue;
    }
    const std::string_view entity = speaker->StringOr("entity", "");
    if (entity.empty()) continue;
    NormalizeNameInto(CanonicalOf(EntityOf(record, entity), ""), &name_);
    if (name_.empty()) continue;
    AsciiLowerInto(name_, &key_);
    const std::string_view gender = speaker->StringOr("gender", "");
    const char g = gender == "female" ? 'f' : gender == "male" ? 'm' : '?';
    auto it = std::find_if(people_.begin(), people_.end(),
                           [this](const auto& p) { return p.first == key_; });
    if (it == people_.end()) {
      people_.emplace_back(key_, g);
    } else if (it->second != g) {
      it->second = '?';
    }
  }
  if (people_.empty()) return;
  Counts& by = by_outlet_[RecordOutlet(record)];
  for (const auto& [person, g] : people_) {
    for (Counts* c : {&all_, &by}) {
      ++c->people;
      ++(g == 'f' ? c->women : g == 'm' ? c->men : c->unknown);
    }
  }
}

std::vector<std::pair<std::string, QuotedPeople::Counts>> QuotedPeople::ByOutlet(size_t n) const {
  std::vector<std::pair<std::string, Counts>> out(by_outlet_.begin(), by_outlet_.end());
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return a.second.people != b.second.people ? a.second.people > b.second.people
                                              : a.first < b.first;
  });
  if (out.size() > n) out.resize(n);
  return out;
}

StatsAggregator::StatsAggregator()
    : entity_types_({"ORG", "PLACE", "PERSON"}),
      quantity_types_({"COUNT", "MONEY", "PERCENT", "MEASURE", "DURATION", "DATE", "ORDINAL"}),
      quote_kinds_({"direct", "partial", "indirect"}),
      speaker_kinds_(
          {"person", "role", "organisation", "place", "group", "document", "author", "unknown"}) {}

bool StatsAggregator::AddLine(std::string_view line, std::string* reason) {
  if (std::all_of(line.begin(), line.end(), IsSpace)) return true;  // a blank line
  if (!ParseJson(line, &record_, reason) || !AddRecord(record_, reason)) {
    ++malformed_lines_;
    return false;
  }
  return true;
}

void StatsAggregator::CountCodes(const std::vector<JsonValue>& diagnostics, uint64_t doc,
                                 uint64_t* documents_with, NameTally* codes) {
  if (!diagnostics.empty()) ++*documents_with;
  for (const JsonValue& d : diagnostics) {
    NormalizeNameInto(d.StringOr("code", ""), &name_);
    codes->Add(name_.empty() ? std::string_view("(no code)") : name_, doc);
  }
}

bool StatsAggregator::AddRecord(const JsonValue& record, std::string* reason) {
  // Check the shape first, so that a line is counted entirely or not at all. Inside the
  // arrays, fields of an unexpected type count as missing.
  if (!record.is_object()) {
    *reason = "not an object";
    return false;
  }
  for (const char* field : {"entities", "quantities", "quotes", "errors"}) {
    const JsonValue* list = record.Find(field);
    if (list == nullptr || !list->is_array()) {
      *reason = std::string("no \"") + field + "\" array";
      return false;
    }
    for (size_t i = 0; i < list->Items().size(); ++i) {
      if (!list->Items()[i].is_object()) {
        *reason =
            std::string("\"") + field + "\" item " + std::to_string(i + 1) + " is not an object";
        return false;
      }
    }
  }

  const uint64_t doc = documents_++;

  CountCodes(record.Items("errors"), doc, &documents_with_errors_, &error_codes_);
  CountCodes(record.Items("warnings"), doc, &documents_with_warnings_, &warning_codes_);
  NormalizeNameInto(record.StringOr("language", ""), &name_);
  if (!name_.empty()) languages_.Add(name_, doc);

  NormalizeNameInto(record.StringOr("credit", ""), &name_);
  if (!name_.empty()) {
    ++documents_with_credit_;
    credits_.Add(name_, doc);
  }

  for (const JsonValue& e : record.Items("entities")) {
    ++entities_;
    const std::string_view type = e.StringOr("type", "");
    if (!type.empty()) entity_types_.Add(type);
    NameTally* tally = type == "ORG"      ? &organisations_
                       : type == "PLACE"  ? &places_
                       : type == "PERSON" ? &people_
                                          : nullptr;
    if (tally == nullptr) continue;
    NormalizeNameInto(FirstNonEmpty(e, "canonical", "text"), &name_);
    AddByLink(tally, name_, doc, &e);
    // The map's shading: a country's mentions and those of the places within it.
    const JsonValue* link = LinkOf(&e);
    if (tally == &places_ && link != nullptr) {
      NormalizeNameInto(link->StringOr("country", ""), &key_);
      for (char& c : key_) c = AsciiUpper(c);
      if (key_.size() == 2) countries_.Add(key_, doc);
    }
  }

  for (const JsonValue& q : record.Items("quantities")) {
    ++quantities_;
    const std::string_view type = q.StringOr("type", "");
    if (!type.empty()) quantity_types_.Add(type);
  }

  const std::string outlet = RecordOutlet(record);
  const std::string_view month = MonthOf(record.StringOr("date", ""));
  for (const JsonValue& q : record.Items("quotes")) {
    ++quotes_;
    const std::string_view kind = q.StringOr("kind", "");
    if (!kind.empty()) quote_kinds_.Add(kind);
    const JsonValue* speaker = q.Find("speaker");
    if (speaker != nullptr && speaker->is_object()) {
      ++quotes_with_speaker_;
      const JsonValue* anonymous_value = speaker->Find("anonymous");
      const bool anonymous = anonymous_value != nullptr && anonymous_value->AsBool();
      if (anonymous) ++anonymous_quotes_;
      anonymous_by_outlet_.Add(outlet, anonymous);
      if (!month.empty()) anonymous_by_month_.Add(month, anonymous);
      const std::string_view speaker_kind = speaker->StringOr("kind", "");
      if (!speaker_kind.empty()) speaker_kinds_.Add(speaker_kind);
      if (speaker_kind == "unknown") ++unresolved_speaker_quotes_;
      // Only a speaker the text names is listed, under its entity's canonical name: "he"
      // resolved to Tony Blair counts as "Tony Blair", "the company" unresolved as none.
      const std::string_view entity = speaker->StringOr("entity", "");
      if (!entity.empty()) {
        ++named_speaker_quotes_;
        const JsonValue* e = EntityOf(record, entity);
        NormalizeNameInto(CanonicalOf(e, FirstNonEmpty(*speaker, "resolved", "text")), &name_);
        AsciiLowerInto(name_, &key_);
        AddByLink(&speakers_, name_, doc, e, key_);
      }
    }
    for (const JsonValue& m : q.Items("media")) {
      // An outlet counts under its entity's canonical name: "FT" as the Financial Times.
      // Else "The Financial Times", "the Financial Times" and "Financial Times" are one.
      const JsonValue* e = EntityOf(record, m.StringOr("entity", ""));
      NormalizeNameInto(CanonicalOf(e, m.StringOr("text", "")), &name_);
      std::string_view media = name_;
      if (media.size() > 4 && AsciiLower(media[0]) == 't' && AsciiLower(media[1]) == 'h' &&
          AsciiLower(media[2]) == 'e' && media[3] == ' ') {
        media.remove_prefix(4);
      }
      AsciiLowerInto(media, &key_);
      AddByLink(&outlets_, media, doc, e, key_);
    }
  }
  quoted_people_.AddRecord(record);
  return true;
}

// ---------------------------------------------------------------------------------------
// Output.

namespace {

double Share(uint64_t part, uint64_t whole) {
  return whole == 0 ? 0.0 : static_cast<double>(part) / static_cast<double>(whole);
}

// Code points, for alignment.
size_t Width(std::string_view s) {
  size_t n = 0;
  for (const char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

}  // namespace

std::string Percent(uint64_t part, uint64_t whole) {
  if (whole == 0) return "-";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f%%", 100.0 * Share(part, whole));
  return buf;
}

std::string Fit(std::string_view s, size_t width) {
  if (Width(s) <= width) return std::string(s);
  size_t kept = 0;
  size_t i = 0;
  while (i < s.size()) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && kept++ == width - 1) break;
    ++i;
  }
  return std::string(s.substr(0, i)) + "\u2026";
}

namespace {

// A share rounded to four decimals, or null when there is nothing to share.
JsonValue ShareJson(uint64_t part, uint64_t whole) {
  if (whole == 0) return JsonValue();
  return JsonValue::Number(std::round(Share(part, whole) * 10000) / 10000);
}

JsonValue Count(uint64_t n) { return JsonValue::Number(static_cast<double>(n)); }

struct Row {
  std::string label;
  std::vector<std::string> cells;
};

struct Section {
  std::string title;
  std::vector<std::string> headers;
  std::vector<Row> rows;
};

constexpr size_t kMaxLabelWidth = 48;
constexpr size_t kIndent = 2;

// Sections one after another, a blank line between them; every label in one column, and
// every number right-aligned in columns shared by all the sections.
std::string RenderTable(const std::vector<Section>& sections) {
  size_t label_width = 0;
  std::vector<size_t> widths;
  const auto widen = [&](const std::vector<std::string>& cells) {
    if (widths.size() < cells.size()) widths.resize(cells.size(), 0);
    for (size_t i = 0; i < cells.size(); ++i) widths[i] = std::max(widths[i], Width(cells[i]));
  };
  for (const Section& s : sections) {
    label_width = std::max(label_width, Width(s.title));
    widen(s.headers);
    for (const Row& r : s.rows) {
      label_width = std::max(label_width, kIndent + std::min(Width(r.label), kMaxLabelWidth));
      widen(r.cells);
    }
  }
  std::string out;
  const auto line = [&](const std::string& label, const std::vector<std::string>& cells) {
    out += label;
    std::string padding(label_width - Width(label), ' ');
    out += padding;
    for (size_t i = 0; i < cells.size(); ++i) {
      out.append(2 + widths[i] - Width(cells[i]), ' ');
      out += cells[i];
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    out.push_back('\n');
  };
  for (size_t k = 0; k < sections.size(); ++k) {
    if (k > 0) out.push_back('\n');
    line(sections[k].title, sections[k].headers);
    for (const Row& r : sections[k].rows) {
      line(std::string(kIndent, ' ') + Fit(r.label, kMaxLabelWidth), r.cells);
    }
  }
  return out;
}

void AddKinds(const KindCounts& kinds, uint64_t whole, Section* s) {
  for (const auto& [kind, count] : kinds.all()) {
    s->rows.push_back({kind, {WithThousands(count), Percent(count, whole)}});
  }
}

Section TopSection(std::string title, std::vector<std::string> headers,
                   const std::vector<TopItem>& items, bool with_count, bool variants) {
  Section s{std::move(title), std::move(headers), {}};
  for (size_t i = 0; i < items.size(); ++i) {
    const TopItem& item = items[i];
    std::vector<std::string> cells = {WithThousands(item.documents)};
    if (with_count) cells.push_back(WithThousands(item.count));
    s.rows.push_back({ItemLabel(items, i), std::move(cells)});
    for (const TopItem& v : variants ? item.variants : std::vector<TopItem>()) {
      // A spelling has no documents of its own: shown blank.
      std::vector<std::string> vcells = {v.documents == 0 ? "" : WithThousands(v.documents)};
      if (with_count) vcells.push_back(WithThousands(v.count));
      s.rows.push_back({"  = " + v.name, std::move(vcells)});
    }
  }
  if (items.empty()) s.rows.push_back({"(none)", {}});
  return s;
}

// Quotes with a speaker and the anonymous ones ("anon.") among them, by group.
Section SharesSection(std::string title,
                      const std::vector<std::pair<std::string, ShareTally::Share>>& groups) {
  Section s{std::move(title), {"quotes", "anon.", "share"}, {}};
  for (const auto& [group, share] : groups) {
    s.rows.push_back({group,
                      {WithThousands(share.whole), WithThousands(share.part),
                       Percent(share.part, share.whole)}});
  }
  if (groups.empty()) s.rows.push_back({"(none)", {}});
  return s;
}

JsonValue KindsJson(const KindCounts& kinds) {
  JsonValue o = JsonValue::Object();
  for (const auto& [kind, count] : kinds.all()) o.Add(kind, Count(count));
  return o;
}

JsonValue TopJson(const std::vector<TopItem>& items, const char* name, const char* count,
                  bool variants = false) {
  JsonValue list = JsonValue::Array();
  for (const TopItem& item : items) {
    JsonValue& o = list.Append(JsonValue::Object());
    o.Add(name, JsonValue::String(item.name));
    if (!item.link.empty()) o.Add("link", JsonValue::String(item.link));
    o.Add("documents", Count(item.documents));
    if (count != nullptr) o.Add(count, Count(item.count));
    if (variants) o.Add("variants", TopJson(item.variants, name, count));
  }
  return list;
}

// Groups' shares: the group's name, its items ("with_speaker"), and the part (`part`) with
// its share.
JsonValue SharesJson(const std::vector<std::pair<std::string, ShareTally::Share>>& groups,
                     const char* name, const char* part) {
  JsonValue list = JsonValue::Array();
  for (const auto& [group, share] : groups) {
    JsonValue& o = list.Append(JsonValue::Object());
    o.Add(name, JsonValue::String(group));
    o.Add("with_speaker", Count(share.whole));
    o.Add(part, Count(share.part));
    o.Add(std::string(part) + "_share", ShareJson(share.part, share.whole));
  }
  return list;
}

std::vector<std::string> GenderCells(const QuotedPeople::Counts& c) {
  return {WithThousands(c.people), WithThousands(c.women), WithThousands(c.men),
          WithThousands(c.unknown), Percent(c.women, c.women + c.men)};
}

// The counts, after the outlet's name when one is given.
JsonValue GenderJson(const QuotedPeople::Counts& c, std::string_view outlet = {}) {
  JsonValue o = JsonValue::Object();
  if (!outlet.empty()) o.Add("outlet", JsonValue::String(std::string(outlet)));
  o.Add("people", Count(c.people));
  o.Add("women", Count(c.women));
  o.Add("men", Count(c.men));
  o.Add("unknown", Count(c.unknown));
  o.Add("women_share", ShareJson(c.women, c.women + c.men));
  return o;
}

}  // namespace

std::string StatsAggregator::FormatTable(size_t top, bool variants) const {
  std::vector<Section> sections;
  Section docs{"Documents", {"count", "share"}, {}};
  docs.rows.push_back({"records", {WithThousands(documents_)}});
  docs.rows.push_back(
      {"with errors",
       {WithThousands(documents_with_errors_), Percent(documents_with_errors_, documents_)}});
  docs.rows.push_back(
      {"with warnings",
       {WithThousands(documents_with_warnings_), Percent(documents_with_warnings_, documents_)}});
  docs.rows.push_back(
      {"with a credit",
       {WithThousands(documents_with_credit_), Percent(documents_with_credit_, documents_)}});
  if (malformed_lines_ > 0) {
    docs.rows.push_back({"malformed lines (skipped)", {WithThousands(malformed_lines_)}});
  }
  sections.push_back(std::move(docs));
  if (top > 0 && documents_with_errors_ > 0) {
    sections.push_back(TopSection("Top error codes", {"documents", "errors"}, error_codes_.Top(top),
                                  true, variants));
  }
  if (top > 0 && documents_with_warnings_ > 0) {
    sections.push_back(TopSection("Top warning codes", {"documents", "warnings"},
                                  warning_codes_.Top(top), true, variants));
  }
  if (top > 0 && documents_ > 0) {
    sections.push_back(
        TopSection("Languages", {"documents", "records"}, languages_.Top(top), true, variants));
  }

  Section entities{"Entities", {"count", "share"}, {}};
  entities.rows.push_back({"all", {WithThousands(entities_)}});
  AddKinds(entity_types_, entities_, &entities);
  sections.push_back(std::move(entities));
  if (top > 0) {
    sections.push_back(TopSection("Top organisations", {"documents", "mentions"},
                                  organisations_.Top(top), true, variants));
    sections.push_back(
        TopSection("Top places", {"documents", "mentions"}, places_.Top(top), true, variants));
    sections.push_back(
        TopSection("Top people", {"documents", "mentions"}, people_.Top(top), true, variants));
    if (countries_.distinct() > 0) {
      sections.push_back(TopSection("Top countries (of linked places)", {"documents", "mentions"},
                                    countries_.Top(top), true, false));
    }
  }

  Section quantities{"Quantities", {"count", "share"}, {}};
  quantities.rows.push_back({"all", {WithThousands(quantities_)}});
  AddKinds(quantity_types_, quantities_, &quantities);
  sections.push_back(std::move(quantities));

  Section quotes{"Quotes", {"count", "share"}, {}};
  quotes.rows.push_back({"all", {WithThousands(quotes_)}});
  AddKinds(quote_kinds_, quotes_, &quotes);
  quotes.rows.push_back(
      {"with a speaker",
       {WithThousands(quotes_with_speaker_), Percent(quotes_with_speaker_, quotes_)}});
  quotes.rows.push_back(
      {"anonymous (of those with a speaker)",
       {WithThousands(anonymous_quotes_), Percent(anonymous_quotes_, quotes_with_speaker_)}});
  quotes.rows.push_back({"named speaker (of those with a speaker)",
                         {WithThousands(named_speaker_quotes_),
                          Percent(named_speaker_quotes_, quotes_with_speaker_)}});
  quotes.rows.push_back({"unresolved speaker (of those with a speaker)",
                         {WithThousands(unresolved_speaker_quotes_),
                          Percent(unresolved_speaker_quotes_, quotes_with_speaker_)}});
  sections.push_back(std::move(quotes));

  Section kinds{"Speaker kinds", {"quotes", "share"}, {}};
  AddKinds(speaker_kinds_, quotes_with_speaker_, &kinds);
  sections.push_back(std::move(kinds));
  if (top > 0) {
    sections.push_back(
        TopSection("Top speakers", {"documents", "quotes"}, speakers_.Top(top), true, variants));
    sections.push_back(
        TopSection("Top outlets", {"documents", "quotes"}, outlets_.Top(top), true, variants));
  }
  // The share of women among the named people quoted (of those whose gender the text gives).
  Section people{"Quoted people by outlet", {"people", "women", "men", "unknown", "% women"}, {}};
  people.rows.push_back({"all", GenderCells(quoted_people_.all())});
  for (const auto& [outlet, counts] : quoted_people_.ByOutlet(top)) {
    people.rows.push_back({outlet, GenderCells(counts)});
  }
  sections.push_back(std::move(people));
  if (top > 0) {
    sections.push_back(
        SharesSection("Anonymous claims by outlet", anonymous_by_outlet_.Largest(top)));
  }
  if (!anonymous_by_month_.empty()) {
    sections.push_back(SharesSection("Anonymous claims by month", anonymous_by_month_.ByName()));
  }
  if (top > 0) {
    sections.push_back(
        TopSection("Top credits", {"documents"}, credits_.Top(top), false, variants));
  }
  return RenderTable(sections);
}

JsonValue StatsAggregator::ToJson(size_t top, bool variants) const {
  JsonValue out = JsonValue::Object();
  out.Add("documents", Count(documents_));
  out.Add("documents_with_errors", Count(documents_with_errors_));
  out.Add("malformed_lines", Count(malformed_lines_));
  out.Add("error_codes", TopJson(error_codes_.Top(top), "code", "errors"));
  out.Add("documents_with_warnings", Count(documents_with_warnings_));
  out.Add("warning_codes", TopJson(warning_codes_.Top(top), "code", "warnings"));
  out.Add("languages", TopJson(languages_.Top(top), "language", "records"));

  JsonValue& entities = out.Add("entities", JsonValue::Object());
  entities.Add("total", Count(entities_));
  entities.Add("by_type", KindsJson(entity_types_));
  entities.Add("top_organisations", TopJson(organisations_.Top(top), "name", "mentions", variants));
  entities.Add("top_places", TopJson(places_.Top(top), "name", "mentions", variants));
  entities.Add("top_people", TopJson(people_.Top(top), "name", "mentions", variants));
  entities.Add("top_countries", TopJson(countries_.Top(top), "country", "mentions"));

  JsonValue& quantities = out.Add("quantities", JsonValue::Object());
  quantities.Add("total", Count(quantities_));
  quantities.Add("by_type", KindsJson(quantity_types_));

  JsonValue& quotes = out.Add("quotes", JsonValue::Object());
  quotes.Add("total", Count(quotes_));
  quotes.Add("by_kind", KindsJson(quote_kinds_));
  quotes.Add("with_speaker", Count(quotes_with_speaker_));
  quotes.Add("with_speaker_share", ShareJson(quotes_with_speaker_, quotes_));
  quotes.Add("anonymous", Count(anonymous_quotes_));
  quotes.Add("anonymous_share", ShareJson(anonymous_quotes_, quotes_with_speaker_));
  quotes.Add("named_speaker", Count(named_speaker_quotes_));
  quotes.Add("unresolved_speaker", Count(unresolved_speaker_quotes_));
  quotes.Add("speaker_kinds", KindsJson(speaker_kinds_));
  quotes.Add("top_speakers", TopJson(speakers_.Top(top), "name", "quotes", variants));
  quotes.Add("top_outlets", TopJson(outlets_.Top(top), "name", "quotes", variants));
  JsonValue& people = quotes.Add("quoted_people", GenderJson(quoted_people_.all()));
  JsonValue& by_outlet = people.Add("by_outlet", JsonValue::Array());
  for (const auto& [outlet, counts] : quoted_people_.ByOutlet(top)) {
    by_outlet.Append(GenderJson(counts, outlet));
  }

  quotes.Add("anonymous_by_outlet",
             SharesJson(anonymous_by_outlet_.Largest(top), "outlet", "anonymous"));
  quotes.Add("anonymous_by_month", SharesJson(anonymous_by_month_.ByName(), "month", "anonymous"));

  JsonValue& credits = out.Add("credits", JsonValue::Object());
  credits.Add("documents", Count(documents_with_credit_));
  credits.Add("top", TopJson(credits_.Top(top), "name", nullptr));
  return out;
}

// ---------------------------------------------------------------------------------------
// The command.

namespace {

constexpr uint64_t kMaxReported = 10;  // malformed lines reported one by one

struct RawArgs {
  std::vector<std::string> paths;
  bool json = false;
  std::string format = "table";
  long long top = 10;
  bool variants = false;
};

po::options_description Describe(RawArgs* raw) {
  po::options_description d("Options");
  // clang-format off
  d.add_options()
      ("help,h", "show this help")
      ("format", po::value(&raw->format)->value_name("FORMAT"),
       "table (default), json (one JSON object) or html (a self-contained report with charts "
       "and a world map)")
      ("json", po::bool_switch(&raw->json), "the same as --format json")
      ("top", po::value(&raw->top)->value_name("N"),
       "items per top list; default 10, 0 for none")
      ("variants", po::bool_switch(&raw->variants),
       "under each top name, the other forms counted with it (spellings, short forms)");
  // clang-format on
  return d;
}

}  // namespace

std::string StatsHelp() {
  RawArgs raw;
  std::ostringstream s;
  s << "Usage: claimscope stats [OPTIONS] [FILE...]\n\n"
       "Summarises the JSON Lines output of `claimscope extract` (records: docs/output.md):\n"
       "documents and their errors; entities by type, with the top organisations, places and\n"
       "people; quantities by type; quotes by kind, the shares with a speaker and with an\n"
       "anonymous one, speaker kinds, the top speakers and outlets; the named people quoted by\n"
       "gender (the share of women among those whose gender the text gives, and how many it\n"
       "does not), in all and by outlet; the top credits. With --format html, a self-contained\n"
       "page of charts: the top lists as bars, the share of anonymous claims by outlet and by\n"
       "month (of records with a date), and a world map shaded by mentions (docs/stats.md).\n"
       "FILE is a file (gzip-compressed or not) or - for standard input; with no FILE,\n"
       "standard input is read. Records are read one at a time, so memory grows with the\n"
       "number of distinct names, not of records.\n\n"
    << Describe(&raw)
    << "\nTop lists rank names by the documents that name them, then by mentions. An entity\n"
       "with a link (a speaker's or an outlet's entity too) counts under the link's id, shown\n"
       "by its most frequent name (Moscow and Moskva as one place, two places called Paris\n"
       "apart, with their ids); one without counts under its canonical name (its text when\n"
       "it has none), and a person named by one word (\"Howard\") under the full name that\n"
       "ends with it and is named in at least twice as many documents as any other\n"
       "(\"Michael Howard\"); a speaker only when the text names it (its entity's canonical\n"
       "name: \"he\" resolved to Tony Blair counts as \"Tony Blair\"; pronouns and\n"
       "descriptions that stand for no name are counted apart, as unresolved or described\n"
       "speakers); an outlet under its entity's canonical name (\"FT\" as Financial Times),\n"
       "else without a leading \"the\" and regardless of case;\n"
       "a name spelt several ways is shown as spelt most often. Quoted people: a person once\n"
       "in each document that quotes them (a speaker of kind person with an entity, by its\n"
       "canonical name; its gender as extract gave it: docs/attribution.md), under the\n"
       "record's kept meta.outlet (extract --keep-fields outlet), else its credit, else\n"
       "\"(none)\"; the top outlets by people. Anonymous claims: the quotes with an anonymous\n"
       "speaker among those with a speaker, by that outlet and by the month of the record's\n"
       "date. The map: a country's mentions and those of places whose link names it.\n"
       "A line that is not a record is reported on standard error and skipped.\n\n"
       "Examples:\n"
       "  claimscope extract --input jsonl news.jsonl | claimscope stats\n"
       "  claimscope stats --top 20 out.jsonl\n"
       "  claimscope stats --json out.jsonl.gz > stats.json\n"
       "  claimscope stats --format html out.jsonl > report.html\n\n"
       "Exit status: 0 fine, 1 some lines were not records (the rest were counted), 2 usage\n"
       "error or a file that cannot be read.\n";
  return s.str();
}

bool ParseStatsArgs(const std::vector<std::string>& args, StatsConfig* config, std::string* error) {
  RawArgs raw;
  po::options_description visible = Describe(&raw);
  po::variables_map vm;
  if (!ParseCommandLine(args, visible, "file", &raw.paths, &vm, error)) return false;
  config->help = vm.count("help") > 0;

  // Stage two: validate and translate.
  if (raw.top < 0 || raw.top > 1000000) {
    *error = "--top must be between 0 and 1000000, not " + std::to_string(raw.top);
    return false;
  }
  if (raw.format == "table") {
    config->format = StatsFormat::kTable;
  } else if (raw.format == "json") {
    config->format = StatsFormat::kJson;
  } else if (raw.format == "html") {
    config->format = StatsFormat::kHtml;
  } else {
    *error = "--format must be table, json or html, not '" + raw.format + "'";
    return false;
  }
  if (raw.json) {
    if (vm.count("format") && config->format != StatsFormat::kJson) {
      *error = "--json and --format " + raw.format + " disagree";
      return false;
    }
    config->format = StatsFormat::kJson;
  }
  config->paths = raw.paths;
  config->top = static_cast<size_t>(raw.top);
  config->variants = raw.variants;
  return true;
}

int RunStats(const StatsConfig& config) {
  std::vector<std::string> paths = config.paths;
  if (paths.empty()) paths.push_back("-");
  // Every file must open before any is read: a mistyped name fails at once.
  for (const std::string& path : paths) {
    if (path == "-") continue;
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
      std::cerr << "claimscope stats: cannot read " << path << ": is a folder\n";
      return kExitUsage;
    }
    InputStream probe;
    std::string error;
    if (!probe.Open(path, &error)) {
      std::cerr << "claimscope stats: cannot read " << path << ": " << error << "\n";
      return kExitUsage;
    }
  }

  StatsAggregator stats;
  std::string line;
  std::string reason;
  for (const std::string& path : paths) {
    InputStream in;
    std::string error;
    if (!in.Open(path, &error)) {
      std::cerr << "claimscope stats: cannot read " << path << ": " << error << "\n";
      return kExitUsage;
    }
    uint64_t line_number = 0;
    while (in.ReadLine(&line)) {
      ++line_number;
      if (stats.AddLine(line, &reason)) continue;
      if (stats.malformed_lines() <= kMaxReported) {
        std::cerr << path << ":" << line_number << ": not a JSON record: " << reason << "\n";
      }
    }
    if (!in.error().empty()) {
      std::cerr << "claimscope stats: cannot read " << path << ": " << in.error() << "\n";
      return kExitUsage;
    }
  }
  const uint64_t malformed = stats.malformed_lines();
  if (malformed > kMaxReported) {
    std::cerr << "claimscope stats: " << WithThousands(malformed - kMaxReported)
              << " more line(s) not JSON records\n";
  }
  if (malformed > 0) {
    std::cerr << "claimscope stats: " << WithThousands(malformed)
              << " line(s) skipped; the summary counts the other "
              << WithThousands(stats.documents()) << " record(s)\n";
  }

  stats.FoldShortForms();
  std::string text;
  if (config.format == StatsFormat::kJson) {
    AppendJsonText(stats.ToJson(config.top, config.variants), &text, 2);
    text.push_back('\n');
  } else if (config.format == StatsFormat::kHtml) {
    text = FormatStatsHtml(stats, config.top);
  } else {
    text = stats.FormatTable(config.top, config.variants);
  }
  OutputSink sink;
  std::string error;
  if (!sink.Open("-", /*append=*/false, &error)) {
    std::cerr << "claimscope stats: " << error << "\n";
    return kExitUsage;
  }
  sink.Write(text);
  if (!sink.Close() && !sink.reader_gone()) {
    std::cerr << "claimscope stats: " << sink.error() << "\n";
    return kExitUsage;
  }
  return malformed > 0 ? kExitDocumentErrors : kExitOk;
}

}  // namespace claimscope::cli

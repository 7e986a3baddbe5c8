// Clusters: the mentions of one thing, and the entities written with their numbers
// (recognizer.h).
#include <algorithm>
#include <string_view>

#include "base/ascii.h"
#include "base/record_ids.h"
#include "entities/recognizer.h"

namespace claimscope::internal {

using namespace std::string_view_literals;  // "("sv: compared by size first

ClusterKey EntityRecognizer::KeyOf(const Candidate& c) {
  if (c.has_key) return c.key;
  ClusterKey key;
  key.entry = c.entry;
  key.kind = c.kind;
  key.first = c.first;
  key.end = c.end;
  return key;
}

// A lexicon match's source: "lexicon:" class ":" id (or canonical name).
void EntityRecognizer::AppendLexiconSource(uint32_t entry, std::string* out) const {
  const LexiconEntry& e = m_.entry(entry);
  out->append("lexicon:").append(m_.class_of(entry)).push_back(':');
  out->append(e.id.empty() ? e.canonical : e.id);
}

// The key spelt out: the lexicon source, or "TYPE:words".
void EntityRecognizer::AppendKey(const ClusterKey& key, std::string* out) const {
  if (key.entry != kNoEntry) return AppendLexiconSource(key.entry, out);
  out->append(EntityTypeName(key.kind)).push_back(':');
  out->append(Text(key.first, key.end));
}

// Adds `c`'s kind and cluster to every capitalised occurrence of `word` (one unit), among
// the capitalised words Run listed.
// `of` is a copy: adding candidates may move the ones stored.
void EntityRecognizer::AddMentions(std::string_view word, const Candidate of, int priority,
                                   std::string_view rule) {
  const std::string lower = AsciiLower(word);
  for (const uint32_t u : b_.capitalised) {
    const std::string_view text = Text(u);
    if (text.size() != word.size()) continue;  // most units: one comparison
    // "NAKASONE" in a headline is "Nakasone".
    const bool same = text == word || (Flag(u, kAllCaps) && EqualsAsciiLower(text, lower));
    if (!same || in_name_[u] || IsDateline(u, u + 1)) continue;
    // "in Clinton": where a list names a place, a preposition of place keeps that reading.
    if (entity_word_[u] && u > 0 && cues_.IsLocativePrepositionAnyCase(u - 1)) continue;
    if (company_word_[u] && of.kind == EntityType::kPerson) continue;
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

void EntityRecognizer::Initials(uint32_t first, uint32_t end, std::string* all,
                                std::string* big) const {
  for (uint32_t k = first; k < end; ++k) {
    if (!IsWord(k) || Text(k).empty()) continue;
    const char c = Text(k)[0];
    all->push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
    if (c >= 'A' && c <= 'Z') big->push_back(c);
  }
}

namespace {

// The capital letters of an acronym into *letters: "U.S." US.
void Capitals(std::string_view acronym, std::string* letters) {
  letters->clear();
  for (const char c : acronym) {
    if (c >= 'A' && c <= 'Z') letters->push_back(c);
  }
}

}  // namespace

// Are the capitals of `acronym` the initials of the words of units [first, end), with or
// without the small words ("Palestinian Authority" PA, "Arab Banking Corp" ABC, "Office for
// National Statistics" ONS)?
bool EntityRecognizer::InitialsOf(uint32_t first, uint32_t end, std::string_view acronym) const {
  std::string all, big;
  Initials(first, end, &all, &big);
  std::string letters;
  Capitals(acronym, &letters);
  return letters.size() >= 2 && (letters == all || letters == big);
}

// Do a and b say the same, past case, punctuation and small words ("Co-operation" and
// "Cooperation"; "Organization of the Petroleum ..." and "Organization of Petroleum ...";
// "Corp." and "Corporation": one the other's start)?
bool EntityRecognizer::SameWords(std::string_view a, std::string_view b) {
  const auto squeeze = [](std::string_view s) {
    std::string out, word;
    const auto flush = [&out, &word]() {
      if (word != "of" && word != "the" && word != "and" && word != "for") out += word;
      word.clear();
    };
    for (const char c : s) {
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        word.push_back(static_cast<char>(c | 0x20));
      } else if (c != '-' && c != '.') {
        flush();
      }
    }
    flush();
    return out;
  };
  const std::string x = squeeze(a), y = squeeze(b);
  return !x.empty() && !y.empty() && (x.starts_with(y) || y.starts_with(x));
}

// Do two candidates name the same: one list entry, or the same words?
bool EntityRecognizer::SameName(const Candidate& a, const Candidate& b) const {
  if (a.entry != kNoEntry || b.entry != kNoEntry) return a.entry == b.entry;
  if (a.end - a.first != b.end - b.first) return false;
  for (uint32_t k = 0; k < a.end - a.first; ++k) {
    if (Text(a.first + k) != Text(b.first + k)) return false;
  }
  return true;
}

// "Customs and Border Patrol (CPB)", "Arab Banking Corp, ABC, said": the acronym joins the
// long form, everywhere. One a list knows in another sense ("PA" the press agency) joins it
// only when its letters are the long form's initials.
void EntityRecognizer::AddDefinedAcronyms(const std::vector<Candidate>& accepted) {
  const uint32_t n = static_cast<uint32_t>(units_.size());
  for (uint32_t u = 1; u + 2 < n; ++u) {
    // (Its size and byte first: most units are neither "(" nor ",".)
    if (units_[u].end != units_[u].start + 1) continue;
    const char mark = text_[units_[u].start];
    const bool brackets = mark == '(' && Text(u + 2) == ")"sv;
    const bool commas = mark == ',' && Text(u + 2) == ","sv && Flag(u + 1, kAllCaps);
    if ((!brackets && !commas) || !IsWord(u + 1) || !Flag(u + 1, kCapitalised) ||
        Text(u + 1).size() > 10) {
      continue;
    }
    for (const Candidate& c : accepted) {
      // The wire's "<Arab Banking Corp>, ABC,": past the closing ">".
      const bool wire = c.end + 1 == u && Text(c.end) == ">"sv;
      if ((c.end != u && !wire) || c.kind == EntityType::kPerson || c.silent) continue;
      const bool initials = InitialsOf(c.first, c.end, Text(u + 1));
      if ((entity_word_[u + 1] || commas) && !initials) continue;
      Candidate long_form = c;
      long_form.priority = kDefined;
      long_form.has_key = true;
      long_form.key = KeyOf(c);
      candidates_.push_back(long_form);
      AddMentions(Text(u + 1), long_form, kDefined, "acronym");
    }
  }
  // "London Stock Exchange ... the LSE": an acronym of three letters or more that spells the
  // initials of one organisation the text names is that organisation's, whatever a list
  // says ("LSE", the London School of Economics), though the text never defines it.
  using LongForm = decltype(b_.long_forms)::value_type;
  std::vector<LongForm>& long_forms = b_.long_forms;
  long_forms.clear();
  for (const Candidate& c : accepted) {
    // (Three units at least, "London Stock Exchange"; a run of more than seventeen is taken
    // for no name an acronym spells.)
    if (c.kind != EntityType::kOrg || c.silent || c.end - c.first < 3 || c.end - c.first > 17) {
      continue;
    }
    LongForm f{&c, {}, {}};
    Initials(c.first, c.end, &f.all, &f.big);
    if (f.big.size() >= 3 || f.all.size() >= 3) long_forms.push_back(std::move(f));
  }
  if (long_forms.empty()) return;
  // (The initials' first letters: most capitals, in headlines, start with none of them.)
  uint32_t firsts = 0;
  for (const LongForm& f : long_forms) {
    for (const std::string* initials : {&f.all, &f.big}) {
      if (!initials->empty() && (*initials)[0] >= 'A' && (*initials)[0] <= 'Z') {
        firsts |= 1u << ((*initials)[0] - 'A');
      }
    }
  }
  std::vector<std::string_view> done;
  std::string letters;
  for (const uint32_t u : b_.capitalised) {
    if (!Flag(u, kAllCaps) || in_name_[u]) continue;
    const std::string_view acronym = Text(u);
    if (acronym.size() > 8 || acronym[0] < 'A' || acronym[0] > 'Z' ||
        (firsts & (1u << (acronym[0] - 'A'))) == 0) {
      continue;
    }
    Capitals(acronym, &letters);
    if (letters.size() < 3) continue;
    const Candidate* named = nullptr;
    bool one = true;
    for (const LongForm& f : long_forms) {
      if (letters != f.all && letters != f.big) continue;
      if (named != nullptr && !SameName(*named, *f.c)) one = false;
      named = f.c;
    }
    // (Each acronym once: most capitals, in headlines, spell nothing and are never kept.)
    if (named == nullptr || std::find(done.begin(), done.end(), acronym) != done.end()) continue;
    done.push_back(acronym);
    if (!one) continue;
    // (A name already, of a list or a rule; or else the long form is a list's: "Gross
    // National Product" read as a name makes no "GNP". A list's reading the text spells
    // out, "Organisation for Economic Cooperation and Development" for "OECD", stays.)
    const auto covering =
        std::find_if(accepted.begin(), accepted.end(), [this, acronym](const Candidate& c) {
          return !c.silent && c.end - c.first == 1 && Text(c.first) == acronym;
        });
    if (covering == accepted.end()
            ? named->entry == kNoEntry
            : SameWords(covering->canonical, Text(named->first, named->end))) {
      continue;
    }
    Candidate long_form = *named;
    long_form.has_key = true;
    long_form.key = KeyOf(*named);
    AddMentions(acronym, long_form, kDefined, "acronym");
  }
}

// Later short forms: "Harrington" after "Margaret Harrington", "Corvane" after
// "Corvane Therapeutics", "Betis" after "Real Betis".
uint32_t EntityRecognizer::OrgShortForm(const Candidate& c) const {
  uint32_t only = kNoEntry;
  int names = 0;
  bool places_and_suffix = true;  // "Manchester United", "New York Times"
  for (uint32_t k = c.first; k < c.end; ++k) {
    const bool suffix = cues_.IsOrgSuffix(k);
    if (k + 1 < c.end ? !place_word_[k] : !suffix) places_and_suffix = false;
    if (suffix || cues_.IsOrgPrefix(k) || cues_.IsNameConnector(k) || cues_.IsOrgHead(k) ||
        cues_.IsPlaceSuffix(k) ||
        (c.entry != kNoEntry &&
         (place_word_[k] || demonym_end_[k] || cues_.IsCommonWordInCapitals(k)))) {
      continue;
    }
    only = k;
    ++names;
  }
  if (names == 1) return only;
  return names == 0 && places_and_suffix ? c.end - 1 : kNoEntry;
}

void EntityRecognizer::AddShortForms(const std::vector<Candidate>& accepted) {
  std::unordered_set<std::string_view>& added = b_.short_forms;  // words of the text
  added.clear();
  for (const Candidate& c : accepted) {
    // "Electrolux saw its shares rise ... Electrolux's chief executive": a one-word company
    // that the words around it show once is that company where it opens a sentence or a
    // headline too, unless it is a common word there ("Next", "Shell").
    if (c.end - c.first == 1 && c.kind == EntityType::kOrg &&
        (c.rule == "org_context"sv || c.rule == "inner_capital"sv) &&
        !cues_.IsCommonWordInCapitals(c.first) && added.insert(Text(c.first)).second) {
      AddMentions(Text(c.first), c, kRule, c.rule);
      continue;
    }
    if (c.end - c.first < 2 || (c.priority == kWeak && c.kind != EntityType::kPerson) || c.silent) {
      continue;
    }
    uint32_t keys[2];  // a person's family name and given name, or a name's one proper word
    int key_count = 0;
    if (c.kind == EntityType::kPerson) {
      keys[key_count++] = c.end - 1;
      if (given_[c.first]) keys[key_count++] = c.first;
    } else if (c.kind == EntityType::kOrg &&
               (c.entry != kNoEntry || c.rule == "org_suffix"sv || c.rule == "org_prefix"sv ||
                c.rule == "name_shape"sv)) {
      const uint32_t key = OrgShortForm(c);
      if (key != kNoEntry) keys[key_count++] = key;
    }
    for (int i = 0; i < key_count; ++i) {
      const std::string_view w = Text(keys[i]);
      // A word that a list also names is a short form only as a person's family name: the
      // document that names Bill Clinton means him by "Clinton", not a town of that name.
      // Companies are named after their founders, though: "Ford" stays the company.
      const bool family_name = c.kind == EntityType::kPerson && i == 0 && !company_word_[keys[i]];
      // Likewise an organisation's own short form over another body's ("United" is
      // Manchester United where the story names it, not United Airlines), never over a place.
      const bool own_name = c.kind == EntityType::kOrg && !place_word_[keys[i]];
      // ("May" of "Theresa May" alone is the month.)
      if ((entity_word_[keys[i]] && !family_name && !own_name) || w.size() < 3 ||
          (c.kind == EntityType::kPerson && cues_.IsCapitalisedNonName(keys[i])) ||
          !added.insert(w).second) {
        continue;
      }
      AddMentions(w, c, kStrong, "short_form");
    }
  }
}

void EntityRecognizer::Emit(const std::vector<Candidate>& accepted,
                            std::vector<Entity>* out) const {
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
  std::vector<uint32_t>& link_entry = b_.link_entry;
  ChooseLinks(accepted, cluster_of, longest.size(), &link_entry);
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
    // ("Chicago Mercantile\nExchange" in wire text: one name, one space. A list's names have
    // no line breaks.)
    if (c.canonical.empty() && e.canonical.find('\n') != std::string::npos) {
      e.canonical = CollapseSpaces(e.canonical);
    }
    if (const uint32_t entry = link_entry[e.cluster - 1]; entry != kNoEntry) {
      e.link = links_.Get(entry).link;
    }
    if (c.entry != kNoEntry) {
      AppendLexiconSource(c.entry, &e.source);
    } else {
      e.source.append("rule:").append(c.rule);
    }
  }
}

}  // namespace claimscope::internal

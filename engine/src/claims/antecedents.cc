#include "claims/antecedents.h"

#include <algorithm>
#include <string_view>

namespace claimscope::internal {
namespace {

using namespace std::string_view_literals;

// Two readings of a person's gender: the first known one holds, a contradiction unknows it.
void Merge(Gender g, Gender* into) {
  if (g == Gender::kUnknown || *into == g) return;
  *into = *into == Gender::kUnknown ? g : Gender::kUnknown;
}

// A token_gender_ value: its gender, and what says it.
Gender GenderIn(uint8_t mark) { return static_cast<Gender>(mark & 3); }
uint8_t EvidenceIn(uint8_t mark) { return mark & 4 ? kGenderByTitle : kGenderByGivenName; }

}  // namespace

Gender ParseGender(std::string_view g) {
  return g == "m"sv ? Gender::kMale : g == "f"sv ? Gender::kFemale : Gender::kUnknown;
}

void Antecedents::Index(const ClaimText& text, const LexiconMatcher& lexicons,
                        const LexiconScratch& units, const std::vector<LexiconHit>& hits) {
  token_gender_.assign(text.tokens().size(), 0);
  for (const LexiconHit& h : hits) {
    const std::string_view cls = lexicons.class_of(h.entry);
    if (cls != "person.given_name"sv && cls != "person.title"sv) continue;
    const bool title = cls == "person.title"sv;
    const Gender g = ParseGender(lexicons.entry(h.entry).Attribute("gender"));
    if (g == Gender::kUnknown) continue;
    const Range r = HitTokens(h, units);
    if (!r.empty()) token_gender_[r.begin] = static_cast<uint8_t>(g) | (title ? kTitleMark : 0);
  }
}

void Antecedents::Collect(const ClaimText& text, const std::vector<Claim>& claims) {
  entities_ = &text.entities();
  const std::vector<Entity>& entities = *entities_;
  int clusters = 0;
  for (const Entity& e : entities) clusters = std::max(clusters, e.cluster);
  cluster_gender_.assign(static_cast<size_t>(clusters) + 1, Gender::kUnknown);
  cluster_evidence_.assign(cluster_gender_.size(), Evidence());
  // The words claims report: no antecedents there.
  std::vector<uint8_t> reported(text.tokens().size(), 0);  // 2: a speaker's words
  for (const Claim& c : claims) {
    for (uint32_t k = c.speaker.begin; k < c.speaker.end; ++k) reported[k] = 2;
    if (c.mark >= 0) continue;
    for (uint32_t k = c.content.begin; k < c.content.end; ++k) reported[k] = 1;
  }
  people_.clear();
  organisations_.clear();
  for (size_t i = 0; i < entities.size(); ++i) {
    const Entity& e = entities[i];
    if (e.type == EntityType::kOrg) {
      const uint32_t k = text.TokenAt(e.span.start);
      if (!text.InsideQuote(k) && reported[k] != 1) organisations_.push_back(static_cast<int>(i));
      continue;
    }
    if (e.type != EntityType::kPerson) continue;
    const Range r = text.TokensOf(e);
    // Gender from the name's first word, or a title just before it ("Mrs Smith"); a name of
    // one word is a surname ("Kennedy" says nothing of Charles Kennedy).
    const uint8_t first = r.end - r.begin > 1 ? token_gender_[r.begin] : 0;
    const uint32_t before = text.Prev(r.begin);
    const uint8_t title = before != ClaimText::kNone ? token_gender_[before] : 0;
    Gender g = GenderIn(first);
    Merge(GenderIn(title), &g);
    Merge(g, &cluster_gender_[static_cast<size_t>(e.cluster)]);
    AddEvidence(e.cluster, GenderIn(first), EvidenceIn(first));
    // (A given name before the name is no title: "Judge" is a given name too.)
    if (title & kTitleMark) AddEvidence(e.cluster, GenderIn(title), kGenderByTitle);
    if (!text.InsideQuote(r.begin) && reported[r.begin] != 1 &&
        (reported[r.begin] == 2 || !InOpeningParticiple(text, r.begin))) {
      people_.push_back(static_cast<int>(i));
    }
  }
}

// "(And) responding to criticism from Alan Hansen, he insisted": a person named in a participle
// phrase that opens the sentence is its object; the pronoun after it is the phrase's subject
// (but "According to John Smith, ..." names a source).
bool Antecedents::InOpeningParticiple(const ClaimText& text, uint32_t k) {
  const Segment& sent = text.sentences()[text.sentence_of(k)];
  uint32_t first = sent.first_token;
  while (first < k && !text.IsWord(first)) ++first;
  // ("And responding to criticism from ...": past a conjunction.)
  if (first < k && (text.LowerIs(first, "and") || text.LowerIs(first, "but"))) {
    first = text.Next(first);
    if (first == ClaimText::kNone) return false;
  }
  if (first >= k || !text.IsIngForm(first) || text.LowerIs(first, "according") ||
      text.LowerIs(first, "during") || text.LowerIs(first, "including") ||
      text.LowerIs(first, "following") || text.LowerIs(first, "regarding") ||
      text.LowerIs(first, "concerning")) {
    return false;
  }
  // Before the comma that closes the phrase (without one, where the phrase ends is unclear:
  // "Launching the initiative Mr Clarke said").
  for (uint32_t j = first; j < sent.end_token; ++j) {
    if (text.IsPunct(j, ",")) return k < j;
  }
  return false;
}

template <typename Agrees>
int Antecedents::NamedBefore(const std::vector<int>& named, const ClaimText& text, uint32_t at,
                             uint32_t max_back, Agrees agrees) const {
  if (entities_ == nullptr) return -1;
  const std::vector<Entity>& entities = *entities_;
  auto it = std::lower_bound(named.begin(), named.end(), at, [&entities](int e, uint32_t b) {
    return entities[static_cast<size_t>(e)].span.start < b;
  });
  while (it != named.begin()) {
    --it;
    const Entity& e = entities[static_cast<size_t>(*it)];
    if (e.span.start + max_back < at) return -1;
    if (!agrees(*it)) continue;
    // The subject of that sentence rather than one named later in it: "Mr Brown met
    // President Bush on Monday. He said ..." is Mr Brown.
    const uint32_t sentence = text.sentence_of(text.TokenAt(e.span.start));
    int subject = *it;
    for (auto back = it; back != named.begin();) {
      --back;
      const Entity& b = entities[static_cast<size_t>(*back)];
      if (text.sentence_of(text.TokenAt(b.span.start)) != sentence) break;
      if (agrees(*back)) subject = *back;
    }
    return subject;
  }
  return -1;
}

int Antecedents::PersonBefore(const ClaimText& text, uint32_t at, uint32_t max_back, Gender want,
                              Range said) const {
  return NamedBefore(people_, text, at, max_back, [this, want, &text, said](int e) {
    const Gender g = GenderOf(e);
    return (want == Gender::kUnknown || g == Gender::kUnknown || g == want) &&
           !NamedIn(text, said, e);
  });
}

bool Antecedents::NamedIn(const ClaimText& text, Range r, int e) const {
  if (entities_ == nullptr || e < 0) return false;
  const int cluster = (*entities_)[static_cast<size_t>(e)].cluster;
  for (uint32_t k = r.begin; k < r.end; ++k) {
    const int in = text.entity_of(k);
    if (in >= 0 && (*entities_)[static_cast<size_t>(in)].cluster == cluster) return true;
  }
  return false;
}

int Antecedents::OrganisationBefore(const ClaimText& text, uint32_t at, uint32_t max_back) const {
  return NamedBefore(organisations_, text, at, max_back, [](int) { return true; });
}

int Antecedents::MainOrganisationBefore(uint32_t at) const {
  if (entities_ == nullptr) return -1;
  const std::vector<Entity>& entities = *entities_;
  std::vector<int>& mentions = cluster_mentions_;
  mentions.assign(cluster_gender_.size(), 0);
  int best = -1;
  int best_count = 1;
  for (int i : organisations_) {
    const Entity& e = entities[static_cast<size_t>(i)];
    if (e.span.start >= at) break;
    const int n = ++mentions[static_cast<size_t>(e.cluster)];
    if (n > best_count) {
      best_count = n;
      best = i;
    } else if (best >= 0 && entities[static_cast<size_t>(best)].cluster == e.cluster) {
      best = i;  // the last mention of the leader
    }
  }
  return best;
}

int Antecedents::LeadPerson(const ClaimText& text, uint32_t at) const {
  if (entities_ == nullptr) return -1;
  // A headline's names are the least sure ("End Bush denial, Blair tells EU"): the body's
  // first, the headline's only when the body names no one before `at`.
  int headline = -1;
  for (int i : people_) {
    const Entity& e = (*entities_)[static_cast<size_t>(i)];
    if (e.span.start >= at) break;
    const uint32_t first = text.TokenAt(e.span.start);
    const uint32_t sentence = text.sentence_of(first);
    const Segment& sent = text.sentences()[sentence];
    int words = 0;
    for (uint32_t k = sent.first_token; k < first && words <= 3; ++k) {
      if (!text.IsSpace(k)) ++words;
    }
    if (words > 3) continue;
    if (!text.IsHeadline(sentence)) return i;
    if (headline < 0) headline = i;
  }
  return headline;
}

int Antecedents::OnlyPersonNear(const ClaimText& text, uint32_t sentence, uint32_t at) const {
  if (entities_ == nullptr) return -1;
  int only = -1;
  for (int i : people_) {
    const Entity& e = (*entities_)[static_cast<size_t>(i)];
    if (e.span.start >= at) break;
    if (text.sentence_of(text.TokenAt(e.span.start)) + 1 < sentence) continue;
    // ("bring Steve Finnan's cross down": a name in the possessive modifies another noun.)
    const uint32_t after = text.TokenAt(e.span.end);
    if (after < text.tokens().size() && text.IsPossessiveS(after)) continue;
    if (only >= 0 && (*entities_)[static_cast<size_t>(only)].cluster != e.cluster) return -1;
    only = i;
  }
  return only;
}

Gender Antecedents::GenderOf(int entity) const {
  if (entities_ == nullptr || entity < 0) return Gender::kUnknown;
  const size_t cluster = static_cast<size_t>((*entities_)[static_cast<size_t>(entity)].cluster);
  return cluster < cluster_gender_.size() ? cluster_gender_[cluster] : Gender::kUnknown;
}

void Antecedents::AddEvidence(int cluster, Gender g, uint8_t bit) {
  if (g == Gender::kUnknown || cluster < 0 ||
      static_cast<size_t>(cluster) >= cluster_evidence_.size()) {
    return;
  }
  Evidence& e = cluster_evidence_[static_cast<size_t>(cluster)];
  (g == Gender::kMale ? e.male : e.female) |= bit;
}

void Antecedents::AddPronoun(int entity, Gender g) {
  if (entities_ == nullptr || entity < 0) return;
  AddEvidence((*entities_)[static_cast<size_t>(entity)].cluster, g, kGenderByPronoun);
}

// The gendered noun (word.gender_noun) at token k, or null.
const LexiconEntry* Antecedents::GenderNounAt(const ClaimText& text, uint32_t k) {
  return text.IsWord(k) && text.Is(WordList::kGenderNoun, k)
             ? text.words().Find(WordList::kGenderNoun, text.Text(k))
             : nullptr;
}

// A gendered noun describes the person of `cluster`, unless it is a possessor ("the boy's
// lawyer" says nothing of the boy): true when it does.
bool Antecedents::AddRoleNoun(const ClaimText& text, const LexiconEntry& noun, uint32_t k,
                              int cluster) {
  const uint32_t after = text.Next(k);
  if (after != ClaimText::kNone && text.IsPossessiveS(after)) return false;
  AddEvidence(cluster, ParseGender(noun.Attribute("gender")), kGenderByRoleNoun);
  return true;
}

void Antecedents::AddRoleNouns(const ClaimText& text, Range words, Range apposition, int entity) {
  if (entities_ == nullptr || entity < 0) return;
  const int cluster = (*entities_)[static_cast<size_t>(entity)].cluster;
  // "spokeswoman Ann Lee said": the word before the name, among the speaker's words.
  for (uint32_t k = words.begin; k < words.end; ++k) {
    const int in = text.entity_of(k);
    if (in < 0 || (*entities_)[static_cast<size_t>(in)].cluster != cluster) continue;
    const uint32_t before = k > words.begin ? text.Prev(k) : ClaimText::kNone;
    if (before != ClaimText::kNone && before >= words.begin) {
      if (const LexiconEntry* noun = GenderNounAt(text, before)) {
        AddRoleNoun(text, *noun, before, cluster);
      }
    }
    break;
  }
  // "Ann Lee, a spokeswoman for ...", "Ann Lee, the boy's mother, ...", "his wife, Ann Lee,":
  // such a noun among the first words of the apposition, before a preposition, a conjunction
  // or a relative pronoun ("Ann Lee, whose husband", "Ann Lee, a friend of the husband").
  constexpr int kMaxWords = 3;
  int words_seen = 0;
  for (uint32_t k = apposition.begin; k < apposition.end && words_seen < kMaxWords; ++k) {
    if (text.IsSpace(k) || text.IsPossessiveS(k) ||
        (k == apposition.begin && text.IsPunct(k, "("))) {
      continue;
    }
    ++words_seen;
    // ("Ann Lee, Tom Lee's wife": a name as a possessor.)
    if (const int in = text.entity_of(k); in >= 0) {
      while (k + 1 < apposition.end && text.entity_of(k + 1) == in) ++k;
      const uint32_t next = text.Next(k);
      if (next == ClaimText::kNone || !text.IsPossessiveS(next)) break;
      continue;
    }
    if (!text.IsWord(k) || text.LowerIs(k, "and") || text.LowerIs(k, "or")) break;
    if (const LexiconEntry* noun = GenderNounAt(text, k)) {
      if (AddRoleNoun(text, *noun, k, cluster)) break;
      continue;
    }
    if (text.Is(WordList::kPostmodifier, k)) break;
  }
}

Gender Antecedents::EvidencedGender(int entity, uint8_t* evidence) const {
  *evidence = 0;
  if (entities_ == nullptr || entity < 0) return Gender::kUnknown;
  const size_t cluster = static_cast<size_t>((*entities_)[static_cast<size_t>(entity)].cluster);
  if (cluster >= cluster_evidence_.size()) return Gender::kUnknown;
  Evidence e = cluster_evidence_[cluster];
  // A title outweighs a given name's list, whose genders hold in some cultures only ("Mr
  // Robin Cook", "Ms Nicky Gavron", "Mr Kim"); any other disagreement leaves it unknown.
  if ((e.male & kGenderByTitle) != 0 && (e.female & ~kGenderByGivenName) == 0) e.female = 0;
  if ((e.female & kGenderByTitle) != 0 && (e.male & ~kGenderByGivenName) == 0) e.male = 0;
  *evidence = e.male | e.female;
  if (e.male != 0 && e.female != 0) return Gender::kUnknown;
  return e.male != 0 ? Gender::kMale : e.female != 0 ? Gender::kFemale : Gender::kUnknown;
}

}  // namespace claimscope::internal

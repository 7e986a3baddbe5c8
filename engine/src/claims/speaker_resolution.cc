#include "claims/speaker_resolution.h"

#include <algorithm>

#include "base/ascii.h"
#include "base/record_ids.h"

namespace claimscope::internal {
namespace {

using namespace std::string_view_literals;  // "pl"sv: compared by size first

// How many earlier speakers a pronoun or description may refer back to.
constexpr size_t kLookBack = 40;

// The sentences of a story's headline and lead.
constexpr uint32_t kLeadSentences = 2;

// What the text says of the speaker after its name: "Paul Dales, UK economist", "Rep.
// Joseph Crowley (D-N.Y.), a leading advocate".
void AppendApposition(const ClaimText& text, const Claim& claim, std::string* resolved) {
  if (claim.apposition.empty()) return;
  *resolved += text.IsPunct(claim.apposition.begin, "(") ? " " : ", ";
  *resolved += text.Slice(claim.apposition);
}

// The sex a title at the start of a name says: "Mr", "Sir", "Lord" male; "Mrs", "Ms",
// "Miss", "Lady", "Dame" female; else unknown.
Gender TitleGender(std::string_view name) {
  const std::string_view first = name.substr(0, name.find(' '));
  if (first == "Mr"sv || first == "Mr."sv || first == "Sir"sv || first == "Lord"sv) {
    return Gender::kMale;
  }
  if (first == "Mrs"sv || first == "Mrs."sv || first == "Ms"sv || first == "Ms."sv ||
      first == "Miss"sv || first == "Lady"sv || first == "Dame"sv) {
    return Gender::kFemale;
  }
  return Gender::kUnknown;
}

// "he" (male) or "she" (female) at token k; else unknown.
Gender SubjectPronounGender(const ClaimText& text, uint32_t k) {
  if (k == ClaimText::kNone || k >= text.tokens().size()) return Gender::kUnknown;
  return text.LowerIs(k, "he")    ? Gender::kMale
         : text.LowerIs(k, "she") ? Gender::kFemale
                                  : Gender::kUnknown;
}

// "Ann Lee said (that) she would go": a reported clause that opens with "he" or "she" right
// after its speaker's cue, which most often stands for the speaker ("told him he" may not).
bool OpensWithPronoun(const ClaimText& text, const Claim& claim) {
  if (claim.mark >= 0 || claim.speaker_after || claim.cue.empty() || claim.content.empty() ||
      claim.cue.end > claim.content.begin ||
      SubjectPronounGender(text, claim.content.begin) == Gender::kUnknown) {
    return false;
  }
  for (uint32_t k = claim.cue.end; k < claim.content.begin; ++k) {
    if (!text.IsSpace(k) && !text.LowerIs(k, "that")) return false;
  }
  return true;
}

// The bare name a person speaker with no entity goes by: "Parry" of "Parry, speaking to the
// BBC".
std::string_view BareNameOf(const Speaker& s) {
  const std::string_view resolved = s.resolved;
  return resolved.substr(0, resolved.find_first_of(", "));
}

// "The rapper's spokesman": a possessive in r (the words describe someone else's role).
bool HasPossessive(const ClaimText& text, Range r) {
  for (uint32_t k = r.begin; k < r.end; ++k) {
    if (text.IsPossessiveS(k)) return true;
  }
  return false;
}

// "the 31-year-old", "The 22-year-old".
bool EndsWithAge(std::string_view words) {
  constexpr std::string_view kAge = "year-old";
  if (words.size() <= kAge.size() + 1 || words.substr(words.size() - kAge.size()) != kAge) {
    return false;
  }
  const char before = words[words.size() - kAge.size() - 2];
  return before >= '0' && before <= '9';
}

// "The Tories have promised cuts for pensioners, who they say ...", "The firm has
// published what it says are ...": the organisation that opens the sentence of token k (not
// in a quote) and is named before k, with no person or other organisation between, is the
// subject a later "it" of the sentence stands for, or "they" when its name is a plural ("The
// Lib Dems"); -1 when the sentence opens otherwise.
int SentenceSubjectOrganisation(const ClaimText& text, uint32_t k, bool plural) {
  uint32_t first = text.sentences()[text.sentence_of(k)].first_token;
  if (first >= k || !text.IsWord(first) || text.InsideQuote(first)) return -1;
  if (text.LowerIs(first, "the")) first = text.Next(first);
  if (first == ClaimText::kNone || first >= k) return -1;
  const int e = text.entity_of(first);
  if (e < 0 || text.entities()[e].type != EntityType::kOrg) return -1;
  const Range name = text.TokensOf(text.entities()[e]);
  if (name.end > k || (plural && !text.Text(name.end - 1).ends_with('s'))) return -1;
  // ("The NYSE told Philips it met the conditions, Philips said, adding it expects ...": a
  // person or another organisation named between may be the one meant.)
  for (uint32_t t = name.end; t < k; ++t) {
    const int other = text.entity_of(t);
    if (other >= 0 && text.entities()[other].type != EntityType::kPlace) return -1;
  }
  return e;
}

// The named entity itself speaks: by its canonical name, or by its words.
void SpeakAs(const ClaimText& text, const Entity& e, SpeakerKind kind, Speaker* s) {
  s->resolved = e.canonical.empty() ? std::string(text.record().Slice(e.span)) : e.canonical;
  s->kind = kind;
  s->anonymous = false;
  s->entity = e.id;
}

}  // namespace

void SpeakerResolver::Index(const ClaimText& text, const LexiconMatcher& lexicons,
                            const LexiconScratch& units, const std::vector<LexiconHit>& hits) {
  antecedents_.Index(text, lexicons, units, hits);
  role_.assign(text.tokens().size(), 0);
  occupation_.assign(text.tokens().size(), 0);
  title_.assign(text.tokens().size(), 0);
  source_noun_.assign(text.tokens().size(), nullptr);
  for (const LexiconHit& h : hits) {
    const std::string_view cls = lexicons.class_of(h.entry);
    if (cls == "person.title"sv) {
      const Range r = HitTokens(h, units);
      for (uint32_t k = r.begin; k < r.end; ++k) title_[k] = 1;
    } else if (cls == "role.official"sv) {
      const Range r = HitTokens(h, units);
      const LexiconEntry& entry = lexicons.entry(h.entry);
      const uint8_t role = entry.Attribute("number") == "pl"sv ? 2 : 1;
      const uint8_t occupation = entry.Attribute("occupation") == "1"sv ? 1 : 0;
      for (uint32_t k = r.begin; k < r.end; ++k) {
        role_[k] = role;
        occupation_[k] = occupation;
      }
    } else if (cls == "cue.source_noun"sv) {
      const Range r = HitTokens(h, units);
      for (uint32_t k = r.begin; k < r.end; ++k) source_noun_[k] = &lexicons.entry(h.entry);
    }
  }
}

void SpeakerResolver::ResolveAll(const ClaimText& text, const Anonymity& anonymity,
                                 const std::vector<Claim>& claims,
                                 std::vector<SpeakerInfo>* speakers) {
  antecedents_.Collect(text, claims);
  FindBarePeople(text, claims);
  speakers->assign(claims.size(), SpeakerInfo());
  for (size_t c = 0; c < claims.size(); ++c) {
    const Claim& claim = claims[c];
    if (claim.inherit_from >= 0 && static_cast<size_t>(claim.inherit_from) < c) {
      (*speakers)[c] = (*speakers)[claim.inherit_from];
    } else if (!claim.refers.empty()) {
      // "X, who said": the words after all, standing for the person they refer to.
      Claim referred = claim;
      referred.speaker = claim.refers;
      (*speakers)[c] = Resolve(text, anonymity, referred, c, *speakers);
      (*speakers)[c].speaker.span = text.SpanOf(claim.speaker);
    } else {
      (*speakers)[c] = Resolve(text, anonymity, claim, c, *speakers);
    }
  }
  ResolveLeadDescriptions(text, claims, speakers);
  FindGenders(text, claims, speakers);
}

void SpeakerResolver::FindGenders(const ClaimText& text, const std::vector<Claim>& claims,
                                  std::vector<SpeakerInfo>* speakers) {
  const std::vector<Entity>& entities = text.entities();
  speaker_entities_.assign(claims.size(), -1);
  bool any = false;
  // The person of the claim before (its cluster, or a bare name), and whether that claim was
  // surely theirs: named, or a pronoun that continues a claim surely theirs.
  int before_cluster = -1;
  std::string_view before_bare;
  bool before_sure = false;
  for (size_t c = 0; c < claims.size(); ++c) {
    const Speaker& s = (*speakers)[c].speaker;
    const int e =
        s.kind != SpeakerKind::kPerson || s.entity.empty() ? -1 : IndexOfId('e', s.entity);
    if (s.kind != SpeakerKind::kPerson || (!s.entity.empty() && e < 0) ||
        static_cast<size_t>(e + 1) > entities.size()) {
      before_cluster = -1;
      before_bare = {};
      before_sure = false;
      continue;
    }
    any = true;
    speaker_entities_[c] = e;
    const Claim& claim = claims[c];
    const int cluster = e < 0 ? -1 : entities[static_cast<size_t>(e)].cluster;
    const std::string_view bare = e < 0 ? BareNameOf(s) : std::string_view();
    const Gender spoken = claim.speaker.end - claim.speaker.begin == 1
                              ? SubjectPronounGender(text, claim.speaker.begin)
                              : Gender::kUnknown;
    // "he" or "she" tells of the person it resolved to only where it continues that person's
    // claim ("Osbourne said ... He said: ..."): elsewhere it may have been resolved to whoever
    // the narration named last, for want of knowing that person's gender.
    const bool continues = before_sure && cluster == before_cluster && bare == before_bare;
    before_cluster = cluster;
    before_bare = bare;
    before_sure = spoken == Gender::kUnknown || continues;
    if (spoken != Gender::kUnknown) {
      if (!continues) continue;
      if (e < 0) {
        bare_pronouns_.emplace_back(bare, spoken);
      } else {
        antecedents_.AddPronoun(e, spoken);
      }
      continue;
    }
    if (e < 0) continue;
    antecedents_.AddRoleNouns(text, claim.refers.empty() ? claim.speaker : claim.refers,
                              claim.apposition, e);
    if (OpensWithPronoun(text, claim) && text.entity_of(text.Head(claim.speaker)) == e) {
      antecedents_.AddPronoun(e, SubjectPronounGender(text, claim.content.begin));
    }
  }
  if (!any) return;
  for (size_t c = 0; c < claims.size(); ++c) {
    Speaker& s = (*speakers)[c].speaker;
    if (s.kind != SpeakerKind::kPerson) continue;
    if (speaker_entities_[c] >= 0) {
      s.gender = antecedents_.EvidencedGender(speaker_entities_[c], &s.gender_evidence);
      continue;
    }
    // A bare name: only "he" or "she" can tell.
    uint8_t said = 0;  // bit 1 "he", bit 2 "she"
    for (const auto& [name, g] : bare_pronouns_) {
      if (name == BareNameOf(s)) said |= g == Gender::kMale ? 1 : 2;
    }
    s.gender = said == 1 ? Gender::kMale : said == 2 ? Gender::kFemale : Gender::kUnknown;
    s.gender_evidence = said != 0 ? kGenderByPronoun : 0;
  }
}

std::string_view SpeakerResolver::BareName(const ClaimText& text, const Claim& claim,
                                           uint32_t head) const {
  if (head == ClaimText::kNone || claim.speaker.end - claim.speaker.begin != 1 ||
      !text.IsWord(head) || !text.Has(head, kCapitalised) || text.Has(head, kAllCaps) ||
      text.entity_of(head) >= 0 || role_[head] != 0 || title_[head] != 0 ||
      source_noun_[head] != nullptr || text.Is(WordList::kPronoun, head) ||
      text.Is(WordList::kOrgNoun, head)) {
    return {};
  }
  return text.Text(head);
}

void SpeakerResolver::FindBarePeople(const ClaimText& text, const std::vector<Claim>& claims) {
  bare_people_.clear();
  bare_pronouns_.clear();
  std::vector<std::string_view> things;
  for (const Claim& claim : claims) {
    const std::string_view name = BareName(text, claim, claim.speaker.begin);
    if (name.empty() || claim.content.empty()) continue;
    const uint32_t first = claim.content.begin;
    if (SubjectPronounGender(text, first) != Gender::kUnknown) bare_people_.push_back(name);
    if (OpensWithPronoun(text, claim)) {
      bare_pronouns_.emplace_back(name, SubjectPronounGender(text, first));
    }
    if (text.LowerIs(first, "it") || text.LowerIs(first, "its") || text.LowerIs(first, "they")) {
      things.push_back(name);
    }
  }
  std::erase_if(bare_people_, [&things](std::string_view w) {
    return std::find(things.begin(), things.end(), w) != things.end();
  });
}

// "The former chief financial officer at WorldCom has admitted he used to lie ... Speaking
// at the trial, Scott Sullivan said ...": a story's lead describes the person whom the next
// claim names, and who is then no anonymous source.
void SpeakerResolver::ResolveLeadDescriptions(const ClaimText& text,
                                              const std::vector<Claim>& claims,
                                              std::vector<SpeakerInfo>* speakers) const {
  for (size_t c = 0; c < claims.size(); ++c) {
    SpeakerInfo& lead = (*speakers)[c];
    if (claims[c].sentence > kLeadSentences || lead.speaker.kind != SpeakerKind::kRole ||
        lead.plural || !lead.speaker.entity.empty() ||
        !text.LowerIs(claims[c].speaker.begin, "the")) {
      continue;
    }
    // The first claim of the next two sentences.
    size_t next = claims.size();
    for (size_t d = 0; d < claims.size(); ++d) {
      if (claims[d].sentence <= claims[c].sentence || claims[d].sentence > claims[c].sentence + 2) {
        continue;
      }
      if (next == claims.size() || claims[d].sentence < claims[next].sentence ||
          (claims[d].sentence == claims[next].sentence &&
           claims[d].speaker.begin < claims[next].speaker.begin)) {
        next = d;
      }
    }
    if (next == claims.size()) continue;
    // A person the story named before the description is more likely the one it describes
    // ("... after criticism by Matt Williams. The Scotland coach said ... But Nigel Williams
    // said"): no lead role then.
    constexpr uint32_t kAnyDistance = 1u << 30;
    if (antecedents_.PersonBefore(text, lead.speaker.span.start, kAnyDistance, Gender::kUnknown) >=
        0) {
      continue;
    }
    const Speaker& named = (*speakers)[next].speaker;
    if (named.kind != SpeakerKind::kPerson || named.entity.empty()) continue;
    lead.speaker.resolved = named.resolved.substr(0, named.resolved.find(", "));
    lead.speaker.entity = named.entity;
    lead.speaker.kind = SpeakerKind::kPerson;
    lead.speaker.anonymous = false;
  }
}

SpeakerInfo SpeakerResolver::Resolve(const ClaimText& text, const Anonymity& anonymity,
                                     const Claim& claim, size_t index,
                                     const std::vector<SpeakerInfo>& speakers) const {
  constexpr uint32_t kNone = ClaimText::kNone;
  const std::vector<Entity>& entities = text.entities();
  SpeakerInfo info;
  info.valid = true;
  Speaker& s = info.speaker;
  s.span = text.SpanOf(claim.speaker);
  const uint32_t head = text.Head(claim.speaker);
  const std::string head_word = head == kNone ? "" : text.LowerText(head);
  const bool definite =
      text.LowerIs(claim.speaker.begin, "the") || text.LowerIs(claim.speaker.begin, "this");
  // A pronoun stands for the last compatible speaker.
  const LexiconEntry* pronoun = claim.speaker.end - claim.speaker.begin == 1
                                    ? text.words().Find(WordList::kPronoun, head_word)
                                    : nullptr;
  if (pronoun != nullptr) {
    // "I", "we" in the narration: the writer's own voice (a column, a reader's comment),
    // whom the text does not name; inside a quote, words of the quote, no one.
    if (pronoun->Attribute("first") == "1"sv) {
      // (A pronoun before a verb: not "Dumez Investments I Inc", "Data I/O".)
      const uint32_t next = text.Next(claim.speaker.begin);
      const bool writer = (head_word == "i" || head_word == "we") &&
                          !text.InsideQuote(claim.speaker.begin) && next != ClaimText::kNone &&
                          text.IsWord(next) && !text.Has(next, kCapitalised);
      s.kind = writer ? SpeakerKind::kAuthor : SpeakerKind::kUnknown;
      if (writer) s.resolved = "the author";
      return info;
    }
    const std::string_view refers = pronoun->Attribute("refers");  // person, thing or group
    const SpeakerInfo* antecedent = Antecedent(refers, speakers, index);
    const Gender gender = ParseGender(pronoun->Attribute("gender"));
    if (refers == "person"sv && ResolvePerson(text, gender, antecedent, claim.content, &info)) {
      return info;
    }
    // ("She said" after "Mr Parton said": a person of the other sex by title is none; nor one
    // named in what is said, "he still trusted Mr Blair". Given names say less: "Kim", "Beryl"
    // are men's names too; and a body often speaks of itself.)
    if (antecedent != nullptr && !antecedent->speaker.entity.empty() &&
        antecedent->speaker.kind == SpeakerKind::kPerson) {
      const Gender titled = TitleGender(antecedent->speaker.resolved);
      if ((gender != Gender::kUnknown && titled != Gender::kUnknown && titled != gender) ||
          antecedents_.NamedIn(text, claim.content, IndexOfId('e', antecedent->speaker.entity))) {
        antecedent = nullptr;
      }
    }
    // (Only a speaker before its words: in "The EU was imposing rules, it noted" the
    // organisation is what is said.)
    if (refers != "person"sv && claim.speaker.begin < claim.content.begin) {
      const bool plural = refers == "group"sv;
      if (const int subject = SentenceSubjectOrganisation(text, claim.speaker.begin, plural);
          subject >= 0) {
        SpeakAs(text, entities[subject], SpeakerKind::kOrganisation, &s);
        return info;
      }
    }
    // "it said": the organisation the narration named last, when closer than a speaker.
    if (refers == "thing"sv) {
      constexpr uint32_t kMaxBack = 600;  // bytes: about a paragraph
      const int org = antecedents_.OrganisationBefore(text, s.span.start, kMaxBack);
      // ("The firm, reporting results since listing on the London Stock Exchange, said ...
      // It said": an organisation named inside the speaker's own sentence is not it.)
      const auto sentence_at = [&text](uint32_t byte) {
        return text.sentence_of(text.TokenAt(byte));
      };
      if (org >= 0 &&
          (antecedent == nullptr || (antecedent->speaker.span.start < entities[org].span.start &&
                                     sentence_at(antecedent->speaker.span.start) !=
                                         sentence_at(entities[org].span.start)))) {
        SpeakAs(text, entities[org], SpeakerKind::kOrganisation, &s);
        return info;
      }
    }
    if (antecedent != nullptr) {
      s.resolved = antecedent->speaker.resolved;
      s.kind = antecedent->speaker.kind;
      s.anonymous = antecedent->speaker.anonymous;
      s.entity = antecedent->speaker.entity;
      return info;
    }
    s.kind = SpeakerKind::kUnknown;
    return info;
  }
  // A named person, organisation or place heads the words: that entity speaks.
  int entity = head == kNone ? -1 : text.entity_of(head);
  // ("Amnesty International UK", "Oxfam America": a place after an organisation's name is
  // its branch; the organisation speaks.)
  if (entity >= 0 && entities[entity].type == EntityType::kPlace) {
    const uint32_t first = text.TokensOf(entities[entity]).begin;
    const uint32_t before = first > claim.speaker.begin ? text.Prev(first) : kNone;
    const int org = before == kNone || before < claim.speaker.begin ? -1 : text.entity_of(before);
    if (org >= 0 && entities[org].type == EntityType::kOrg) entity = org;
  }
  if (entity >= 0) {
    const Entity& e = entities[entity];
    SpeakAs(text, e,
            e.type == EntityType::kPerson ? SpeakerKind::kPerson
            : e.type == EntityType::kOrg  ? SpeakerKind::kOrganisation
                                          : SpeakerKind::kPlace,
            &s);
    // A person with the titles the speaker's words give ("Senator Dianne Feinstein"), and
    // what the text says of the bearer there ("Paul Dales, UK economist for Capital
    // Economics"): the fullest description.
    if (e.type == EntityType::kPerson && text.SpanOf(claim.speaker).start < e.span.start) {
      const std::string_view words = text.Slice(claim.speaker);
      if (words.size() >= s.resolved.size() &&
          words.substr(words.size() - s.resolved.size()) == s.resolved) {
        s.resolved = std::string(words);  // "Democrat Hillary Clinton" as it stands
      } else {
        s.resolved = std::string(text.Slice({claim.speaker.begin, text.TokensOf(e).begin})) + " " +
                     s.resolved;  // "Mr. Barrett" as "Mr. Kevin Barrett"
      }
    }
    AppendApposition(text, claim, &s.resolved);
    s.resolved = CollapseSpaces(s.resolved);
    return info;
  }
  const int org = EntityIn(text, claim.speaker, EntityType::kOrg);
  const bool plural_people =
      head != kNone && (role_[head] == 2 || (source_noun_[head] != nullptr &&
                                             source_noun_[head]->Attribute("number") == "pl"sv));
  bool describes_one = false;  // a description that may stand for one speaker named before
  if (plural_people && org >= 0 && entities[org].span.end <= text.tokens()[head].start) {
    // "CBP officials": an organisation speaking through its staff.
    s.kind = SpeakerKind::kOrganisation;
    s.entity = entities[org].id;
    info.plural = true;
  } else if (head != kNone && source_noun_[head] != nullptr) {
    const std::string_view kind = source_noun_[head]->Attribute("kind");
    info.plural = source_noun_[head]->Attribute("number") == "pl"sv;
    s.kind = kind == "document"sv ? SpeakerKind::kDocument
             : info.plural        ? SpeakerKind::kGroup
                                  : SpeakerKind::kRole;
  } else if (head != kNone && text.Is(WordList::kOrgNoun, head)) {
    s.kind = SpeakerKind::kOrganisation;
    describes_one = true;
  } else if (head != kNone && role_[head] != 0) {
    info.plural = role_[head] == 2;
    s.kind = info.plural ? SpeakerKind::kGroup : SpeakerKind::kRole;
    describes_one = !info.plural;
  } else if (head != kNone && definite && title_[head] != 0) {
    s.kind = SpeakerKind::kRole;  // "the home secretary", "the judge": an office
    describes_one = true;
  } else if (const std::string_view name = BareName(text, claim, head);
             !name.empty() &&
             std::find(bare_people_.begin(), bare_people_.end(), name) != bare_people_.end()) {
    s.kind = SpeakerKind::kPerson;  // "Parry said he ...": a person the lists do not know
  } else {
    s.kind = SpeakerKind::kUnknown;
  }
  s.anonymous = Anonymity::ByDescription(s.kind);
  // "the 31-year-old": the person the narration named last.
  if (definite && EndsWithAge(text.Slice(claim.speaker)) &&
      ResolvePerson(text, Gender::kUnknown, Antecedent("person", speakers, index), claim.content,
                    &info)) {
    return info;
  }
  // "the company", "the judge": the speaker described before, or the person so titled; in a
  // story's lead ("Jack Straw has attacked ... The foreign secretary said"), the person the
  // narration named last.
  if (definite && describes_one) {
    ResolveDefinite(text, head_word, s.span.start, speakers, index, &info);
    // "Electrolux saw its shares rise ... The company said": a company noun that describes
    // no company speaker before is the company the story is about; but not with words that
    // set it apart ("the US firm", "the security firm"), nor one in capitals ("the Bank").
    const LexiconEntry* noun = text.words().Find(WordList::kOrgNoun, head_word);
    if (s.entity.empty() && noun != nullptr && noun->Attribute("business") == "1"sv &&
        text.WordCount(claim.speaker) == 2 && !text.Has(head, kCapitalised)) {
      const int org = antecedents_.MainOrganisationBefore(s.span.start);
      if (org >= 0) SpeakAs(text, entities[org], SpeakerKind::kOrganisation, &s);
    }
    if (s.entity.empty() && s.kind == SpeakerKind::kRole && title_[head] != 0 &&
        claim.sentence <= kLeadSentences + 1 && !HasPossessive(text, claim.speaker)) {
      const int lead = antecedents_.LeadPerson(text, s.span.start);
      if (lead >= 0) {
        SpeakAs(text, entities[static_cast<size_t>(lead)], SpeakerKind::kPerson, &s);
      }
    }
    // "Steve Finnan ... the Liverpool player said": a trade (not an office: "the prime
    // minister") no speaker before had is the one person named just before it.
    if (s.entity.empty() && s.resolved.empty() && s.kind == SpeakerKind::kRole &&
        occupation_[head] != 0 && !HasPossessive(text, claim.speaker)) {
      const int only = antecedents_.OnlyPersonNear(text, claim.sentence, s.span.start);
      if (only >= 0) {
        SpeakAs(text, entities[static_cast<size_t>(only)], SpeakerKind::kPerson, &s);
      }
    }
  }
  if (s.resolved.empty()) {
    s.resolved = std::string(text.Slice(claim.speaker));
    AppendApposition(text, claim, &s.resolved);
  }
  anonymity.Apply(claim.sentence, &s);
  return info;
}

bool SpeakerResolver::ResolvePerson(const ClaimText& text, Gender want,
                                    const SpeakerInfo* speaker_before, Range said,
                                    SpeakerInfo* info) const {
  constexpr uint32_t kMaxBack = 1500;  // bytes: a few paragraphs of news
  Speaker& s = info->speaker;
  // A speaker before whose gender is known to differ is none.
  if (speaker_before != nullptr && !speaker_before->speaker.entity.empty()) {
    const int e = IndexOfId('e', speaker_before->speaker.entity);
    const Gender g = antecedents_.GenderOf(e);
    if ((want != Gender::kUnknown && g != Gender::kUnknown && g != want) ||
        antecedents_.NamedIn(text, said, e)) {
      speaker_before = nullptr;
    }
  }
  const int person = antecedents_.PersonBefore(text, s.span.start, kMaxBack, want, said);
  if (person < 0) return false;
  const Entity& e = text.entities()[static_cast<size_t>(person)];
  if (speaker_before != nullptr && speaker_before->speaker.span.start > e.span.start) {
    return false;  // the speaker before is closer
  }
  SpeakAs(text, e, SpeakerKind::kPerson, &s);
  return true;
}

// "the judge" → "Judge Miriam Okafor"; "the counterterrorism officer" → "a US
// counter-terrorism official"; "the company" → the last company that spoke.
void SpeakerResolver::ResolveDefinite(const ClaimText& text, const std::string& head, uint32_t at,
                                      const std::vector<SpeakerInfo>& earlier, size_t index,
                                      SpeakerInfo* info) const {
  auto same_role = [&head](std::string_view words) {
    const std::string w = AsciiLower(words);
    if (w.find(head) != std::string::npos) return true;
    const bool officer = head == "officer"sv || head == "official"sv;
    return officer &&
           (w.find("officer") != std::string::npos || w.find("official") != std::string::npos);
  };
  for (size_t i = index; i > 0 && index - i < kLookBack;) {
    --i;
    const SpeakerInfo& prev = earlier[i];
    if (!prev.valid) continue;
    // "the party" is an organisation, "the minister" a person: "Vince Cable, the party's
    // spokesman" is no party.
    const bool org = info->speaker.kind == SpeakerKind::kOrganisation;
    if (org != (prev.speaker.kind == SpeakerKind::kOrganisation)) continue;
    const std::string_view words = text.record().Slice(prev.speaker.span);
    // The name, not what an apposition says of it ("Michelle Obama, the president's wife").
    const std::string_view name = std::string_view(prev.speaker.resolved)
                                      .substr(0, prev.speaker.resolved.find_first_of(",("));
    if (same_role(words) || same_role(name)) {
      info->speaker.resolved =
          prev.speaker.resolved.empty() ? std::string(words) : prev.speaker.resolved;
      info->speaker.kind = prev.speaker.kind;
      info->speaker.anonymous = prev.speaker.anonymous;
      info->speaker.entity = prev.speaker.entity;
      return;
    }
  }
  // A person introduced with that title: "Judge Miriam Okafor" (the nearest such before).
  const std::vector<Entity>& entities = text.entities();
  const auto first_after =
      std::lower_bound(entities.begin(), entities.end(), at,
                       [](const Entity& e, uint32_t b) { return e.span.start < b; });
  const size_t from = static_cast<size_t>(first_after - entities.begin());
  for (size_t i = from; i > 0 && from - i < 200;) {
    const Entity& e = entities[--i];
    if (e.type != EntityType::kPerson) continue;
    const uint32_t k = text.TokenAt(e.span.start);
    const uint32_t before = k > 0 ? text.Prev(k) : ClaimText::kNone;
    if (before != ClaimText::kNone && text.LowerIs(before, head)) {
      SpeakAs(text, e, SpeakerKind::kPerson, &info->speaker);
      return;
    }
  }
}

const SpeakerInfo* Antecedent(std::string_view refers, const std::vector<SpeakerInfo>& earlier,
                              size_t end) {
  const bool person = refers == "person"sv;
  const bool thing = refers == "thing"sv;
  for (size_t i = end; i > 0 && end - i < kLookBack;) {
    --i;
    const SpeakerInfo& prev = earlier[i];
    if (!prev.valid || prev.speaker.kind == SpeakerKind::kUnknown) continue;
    const SpeakerKind k = prev.speaker.kind;
    if (person && (k == SpeakerKind::kPerson || (k == SpeakerKind::kRole && !prev.plural))) {
      return &prev;
    }
    if (thing && (k == SpeakerKind::kOrganisation || k == SpeakerKind::kPlace ||
                  k == SpeakerKind::kDocument)) {
      return &prev;
    }
    if (!person && !thing &&
        (prev.plural || k == SpeakerKind::kGroup || k == SpeakerKind::kOrganisation)) {
      return &prev;
    }
  }
  return nullptr;
}

int EntityIn(const ClaimText& text, Range r, std::optional<EntityType> type) {
  int best = -1;
  uint32_t best_len = 0;
  for (uint32_t k = r.begin; k < r.end; ++k) {
    const int e = text.entity_of(k);
    if (e < 0) continue;
    const Entity& ent = text.entities()[e];
    if (type && ent.type != *type) continue;
    const uint32_t len = ent.span.end - ent.span.start;
    if (len > best_len) {
      best = e;
      best_len = len;
    }
  }
  return best;
}

}  // namespace claimscope::internal

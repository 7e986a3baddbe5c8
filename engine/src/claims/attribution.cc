#include "claims/attribution.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>

#include "base/ascii.h"
#include "base/record_ids.h"

namespace claimscope::internal {

using namespace std::string_view_literals;  // "that"sv: compared by size first

namespace {

struct Range {
  uint32_t begin = 0;  // tokens [begin, end)
  uint32_t end = 0;
  bool empty() const { return begin >= end; }
};

struct Cue {
  Range tokens;
  const LexiconEntry* entry = nullptr;
  bool according = false;  // "according to"
  bool takes_object = false;
  bool drops_that = false;  // reports a clause without "that" ("said the branch is ...")
  bool describes = false;   // "called it a huge concern": attributes quotes, makes no claim
};

// What the engine knows of a speaker once resolved.
struct SpeakerInfo {
  Speaker speaker;
  bool plural = false;
  bool valid = false;
};

// A quote found from its marks.
struct MarkQuote {
  size_t quote;    // index into the record's quotes
  uint32_t open;   // the opening mark token
  uint32_t close;  // the closing mark token
  Range content;
  bool claimed = false;
  int claim = -1;  // the claim it belongs to
};

// A claim and its source, as found; the quotes are made from them at the end.
struct Claim {
  Range content;
  int mark = -1;  // a direct or partial quote from marks, or -1 for indirect
  Range speaker;
  Range apposition;  // "the bank's deputy governor"
  Range cue;
  uint32_t sentence = 0;
  bool speaker_after = false;
  int inherit_from = -1;  // coordinated cues: "said ... and proposed ..."
  bool direct = false;  // a quote attached next to its cue: "said: “...”", "“...,” she said"
  std::string_view how;    // for --explain: which rule found the speaker
  bool cited = false;      // for --explain: and the speaker was cited by an outlet
  std::vector<int> media;  // entity indices
};

// Paragraphs that end with a bracketed outlet, "(PA)", and their last claim before it.
struct ParagraphCredit {
  int entity = -1;
  long last_claim = -1;
  uint32_t open = 0;  // the "(" token
};

// How many earlier speakers a pronoun or description may refer back to.
constexpr size_t kLookBack = 40;
// Bounds that keep the work linear in run-on text: tokens of a claim, of a speaker phrase.
constexpr uint32_t kMaxClaimTokens = 400;
constexpr uint32_t kMaxSpeakerTokens = 60;

}  // namespace

// Defined here because it holds the attributor's own types. Every buffer is refilled for each
// document: only its capacity is reused.
struct AttributionScratch::Buffers {
  std::vector<uint32_t> sentence_of;
  std::vector<uint32_t> paragraph_of;
  std::vector<int> entity_of;
  std::vector<int> quote_of;
  std::vector<uint8_t> role;
  std::vector<const LexiconEntry*> source_noun;
  std::vector<uint8_t> anonymous_sentence;
  std::vector<Cue> cues;
  std::vector<uint8_t> cue_at;
  std::vector<MarkQuote> marks;
  std::vector<int> opening_mark;
  std::vector<int> closing_mark;
  std::vector<Claim> claims;
  std::vector<SpeakerInfo> speakers;
  std::vector<ParagraphCredit> paragraph_credits;
  std::vector<uint8_t> in_source;                  // Run's: tokens of a found speaker
  std::vector<int> last_in_sentence;               // AttachUnclaimedQuotes's
  std::vector<std::pair<uint32_t, int>> by_start;  // AttachUnclaimedQuotes's
  std::vector<uint8_t> used;                       // Finish's: mark quotes a claim took
  std::vector<int> media;                          // SetMedia's
  std::vector<int8_t> media_entity;                // by entity: an outlet? (-1 not known yet)
};

AttributionScratch::AttributionScratch() : buffers_(std::make_unique<Buffers>()) {}
AttributionScratch::~AttributionScratch() = default;

namespace {

class Attributor {
 public:
  Attributor(const AttributionInput& in, AttributionScratch::Buffers* b, Record* record)
      : in_(in),
        a_(*in.analysis),
        tokens_(a_.tokens),
        r_(*record),
        b_(*b),
        words_(*in.words),
        sentences_(a_.sentences),
        sentence_of_(b->sentence_of),
        paragraph_of_(b->paragraph_of),
        entity_of_(b->entity_of),
        quote_of_(b->quote_of),
        role_(b->role),
        source_noun_(b->source_noun),
        anonymous_sentence_(b->anonymous_sentence),
        cues_(b->cues),
        cue_at_(b->cue_at),
        marks_(b->marks),
        opening_mark_(b->opening_mark),
        closing_mark_(b->closing_mark),
        claims_(b->claims),
        speakers_(b->speakers),
        paragraph_credits_(b->paragraph_credits),
        media_entity_(b->media_entity) {
    media_entity_.assign(r_.entities.size(), -1);
    cues_.clear();
    marks_.clear();
    claims_.clear();
  }

  void Run() {
    IndexTokens();
    IndexHits();
    IndexQuotes();
    cue_at_.assign(tokens_.size(), 0);
    for (const Cue& c : cues_) cue_at_[c.tokens.begin] = 1;
    // "a police report said": of two cue words in a row the first is a noun.
    cues_.erase(std::remove_if(cues_.begin(), cues_.end(),
                               [this](const Cue& c) {
                                 const uint32_t next = Next(c.tokens.end - 1);
                                 return next != kNone && CueAt(next) && !c.according;
                               }),
                cues_.end());
    std::fill(cue_at_.begin(), cue_at_.end(), 0);
    for (const Cue& c : cues_) cue_at_[c.tokens.begin] = 1;
    FindCredit();
    // "according to court documents": the source's words are no cues of their own.
    for (const Cue& cue : cues_) {
      if (cue.according) Attribute(cue);
    }
    std::vector<uint8_t>& in_source = b_.in_source;
    in_source.assign(tokens_.size(), 0);
    for (const Claim& c : claims_) {
      for (uint32_t k = c.speaker.begin; k < c.speaker.end; ++k) in_source[k] = 1;
    }
    for (const Cue& cue : cues_) {
      if (!cue.according && !in_source[cue.tokens.begin]) Attribute(cue);
    }
    AttachUnclaimedQuotes();
    Finish();
  }

 private:
  // --- tokens --------------------------------------------------------------------------
  bool Is(WordList list, std::string_view word) const { return words_.Has(list, word); }
  std::string_view Text(uint32_t k) const { return tokens_[k].Text(in_.text); }
  std::string LowerText(uint32_t k) const { return AsciiLower(Text(k)); }
  // LowerText(k) == lower, without the copy.
  bool LowerIs(uint32_t k, std::string_view lower) const {
    return EqualsAsciiLower(Text(k), lower);
  }
  // Does the word end in "ing" (any case) after at least two more letters: "saying".
  bool IsIngForm(uint32_t k) const {
    return Text(k).size() > 4 && EndsWithAsciiLower(Text(k), "ing");
  }
  bool IsWord(uint32_t k) const { return tokens_[k].kind == TokenKind::kWord; }
  bool IsPunct(uint32_t k, std::string_view p) const {
    return tokens_[k].kind == TokenKind::kPunctuation && Text(k) == p;
  }
  bool IsOpening(uint32_t k) const {
    return tokens_[k].kind == TokenKind::kQuote && tokens_[k].quote_role != QuoteRole::kClosing;
  }
  bool IsClosing(uint32_t k) const {
    return tokens_[k].kind == TokenKind::kQuote && tokens_[k].quote_role != QuoteRole::kOpening;
  }
  // The next / previous non-space token within the sentence of k, or kNone.
  static constexpr uint32_t kNone = 0xFFFFFFFF;
  uint32_t Next(uint32_t k) const {
    const uint32_t end = sentences_[sentence_of_[k]].end_token;
    for (uint32_t j = k + 1; j < end; ++j) {
      if (!tokens_[j].IsSpace()) return j;
    }
    return kNone;
  }
  uint32_t Prev(uint32_t k) const {
    const uint32_t begin = sentences_[sentence_of_[k]].first_token;
    for (uint32_t j = k; j > begin;) {
      --j;
      if (!tokens_[j].IsSpace()) return j;
    }
    return kNone;
  }
  Span SpanOf(Range r) const { return {tokens_[r.begin].start, tokens_[r.end - 1].end}; }
  uint32_t TokenAt(uint32_t byte) const {
    const auto it = std::lower_bound(tokens_.begin(), tokens_.end(), byte,
                                     [](const Token& t, uint32_t b) { return t.end <= b; });
    return static_cast<uint32_t>(it - tokens_.begin());
  }
  // Trims white space and outer punctuation (but not quote marks) off a range.
  Range Trim(Range r) const {
    while (r.begin < r.end && (tokens_[r.begin].IsSpace() || IsPunct(r.begin, ",") ||
                               IsPunct(r.begin, ":") || IsPunct(r.begin, "—"))) {
      ++r.begin;
    }
    while (r.end > r.begin &&
           (tokens_[r.end - 1].IsSpace() ||
            (tokens_[r.end - 1].kind == TokenKind::kPunctuation && !IsPunct(r.end - 1, ")")))) {
      --r.end;
    }
    return r;
  }
  int WordCount(Range r) const {
    int n = 0;
    for (uint32_t k = r.begin; k < r.end; ++k)
      n += IsWord(k) || tokens_[k].kind == TokenKind::kNumber;
    return n;
  }

  void IndexTokens() {
    sentence_of_.assign(tokens_.size(), 0);
    for (uint32_t s = 0; s < sentences_.size(); ++s) {
      const uint32_t begin = s == 0 ? 0 : sentences_[s].first_token;
      const uint32_t end = s + 1 < sentences_.size() ? sentences_[s + 1].first_token
                                                     : static_cast<uint32_t>(tokens_.size());
      for (uint32_t k = begin; k < end; ++k) sentence_of_[k] = s;
    }
    paragraph_of_.assign(tokens_.size(), 0);
    for (uint32_t p = 0; p < a_.paragraphs.size(); ++p) {
      const uint32_t begin = p == 0 ? 0 : a_.paragraphs[p].first_token;
      const uint32_t end = p + 1 < a_.paragraphs.size() ? a_.paragraphs[p + 1].first_token
                                                        : static_cast<uint32_t>(tokens_.size());
      for (uint32_t k = begin; k < end; ++k) paragraph_of_[k] = p;
    }
    entity_of_.assign(tokens_.size(), -1);
    for (size_t e = 0; e < r_.entities.size(); ++e) {
      const Span s = r_.entities[e].span;
      for (uint32_t k = TokenAt(s.start); k < tokens_.size() && tokens_[k].start < s.end; ++k) {
        entity_of_[k] = static_cast<int>(e);
      }
    }
  }

  void IndexHits() {
    const auto& units = in_.units->units;
    role_.assign(tokens_.size(), 0);
    source_noun_.assign(tokens_.size(), nullptr);
    anonymous_sentence_.assign(sentences_.size(), 0);
    for (const LexiconHit& h : *in_.hits) {
      const std::string_view cls = in_.lexicons->class_of(h.entry);
      const Range r{units[h.first].token, units[h.end - 1].token + 1};
      const LexiconEntry& e = in_.lexicons->entry(h.entry);
      if (cls == "cue.speech"sv) {
        // Longest cue at a position only; phrases like "in a statement" only qualify a cue.
        if (!cues_.empty() && cues_.back().tokens.begin == r.begin) continue;
        if (e.Attribute("type") == "source"sv || !IsVerbUse(r)) continue;
        Cue c;
        c.tokens = r;
        c.entry = &e;
        c.according = e.Attribute("type") == "according"sv;
        c.takes_object = e.Attribute("object") == "1"sv;
        c.drops_that = e.Attribute("drops_that") == "1"sv;
        c.describes = e.canonical == "call"sv || e.canonical == "describe"sv;
        cues_.push_back(c);
      } else if (cls == "cue.anonymity"sv) {
        anonymous_sentence_[sentence_of_[r.begin]] = 1;
      } else if (cls == "role.official"sv) {
        for (uint32_t k = r.begin; k < r.end; ++k)
          role_[k] = e.Attribute("number") == "pl"sv ? 2 : 1;
      } else if (cls == "cue.source_noun"sv) {
        for (uint32_t k = r.begin; k < r.end; ++k) source_noun_[k] = &e;
      }
    }
  }

  // Is the cue word at r used as a verb of speech? Not inside a name ("Islamic State",
  // "The Post"), not capitalised inside a sentence, not a noun after a determiner ("a
  // particular warning"), not a participle in mid-sentence unless it follows a comma
  // (", saying ...").
  bool IsVerbUse(Range r) const {
    const uint32_t k = r.begin;
    if (entity_of_[k] >= 0) return false;
    if (tokens_[k].Has(kCapitalised) && !tokens_[k].Has(kSentenceStart)) return false;
    const uint32_t before = Prev(k);
    if (before != kNone && IsWord(before)) {
      if (Is(WordList::kDeterminer, Text(before))) return false;
    }
    // "not authorised to brief reporters", "declined to comment": no claim is reported;
    // "Okafor's reply": a noun.
    if (before != kNone &&
        (LowerIs(before, "to") || Text(before) == "'s"sv || Text(before) == "’s"sv)) {
      return false;
    }
    // "is reported", "were told": the passive names no speaker before the cue.
    if (before != kNone && Is(WordList::kPassiveAuxiliary, Text(before))) return false;
    const bool participle = IsIngForm(k);
    if (participle && !tokens_[k].Has(kSentenceStart) &&
        (before == kNone || !IsPunct(before, ",")) && (before == kNone || entity_of_[before] < 0)) {
      return false;
    }
    return true;
  }

  // --- quotes from marks ------------------------------------------------------------------
  void IndexQuotes() {
    quote_of_.assign(tokens_.size(), -1);
    for (size_t q = 0; q < r_.quotes.size(); ++q) {
      const Span s = r_.quotes[q].span;
      MarkQuote m;
      m.quote = q;
      m.content = {TokenAt(s.start), TokenAt(s.end - 1) + 1};
      m.open = m.content.begin;
      while (m.open > 0 && !(tokens_[m.open - 1].kind == TokenKind::kQuote)) --m.open;
      m.open = m.open > 0 ? m.open - 1 : 0;
      m.close = m.content.end;
      while (m.close < tokens_.size() && tokens_[m.close].kind != TokenKind::kQuote) ++m.close;
      for (uint32_t k = m.content.begin; k < m.content.end; ++k) {
        if (quote_of_[k] < 0) quote_of_[k] = static_cast<int>(marks_.size());
      }
      marks_.push_back(m);
    }
    opening_mark_.assign(tokens_.size(), -1);
    closing_mark_.assign(tokens_.size(), -1);
    for (size_t m = 0; m < marks_.size(); ++m) {
      if (marks_[m].open < tokens_.size()) opening_mark_[marks_[m].open] = static_cast<int>(m);
      if (marks_[m].close < tokens_.size()) closing_mark_[marks_[m].close] = static_cast<int>(m);
    }
  }

  // The mark quote whose opening (closing) mark is token k, or -1.
  int QuoteOpeningAt(uint32_t k) const { return k < opening_mark_.size() ? opening_mark_[k] : -1; }
  int QuoteClosingAt(uint32_t k) const { return k < closing_mark_.size() ? closing_mark_[k] : -1; }

  // --- credit ---------------------------------------------------------------------------
  // "SEVILLE, Spain (AP) —": the outlet credited for the whole article.
  void FindCredit() {
    if (a_.paragraphs.empty()) return;
    for (const Segment& para : a_.paragraphs) {
      // The first paragraph may be a headline; the dateline opens one of the first three.
      if (&para - &a_.paragraphs[0] > 2) break;
      for (uint32_t k = para.first_token; k < para.end_token && k < para.first_token + 30; ++k) {
        if (!IsPunct(k, "(")) continue;
        const uint32_t inner = Next(k);
        if (inner == kNone || entity_of_[inner] < 0) break;
        const Entity& e = r_.entities[entity_of_[inner]];
        uint32_t close = inner;
        while (close < para.end_token && !IsPunct(close, ")")) ++close;
        const uint32_t after = close < para.end_token ? Next(close) : kNone;
        if (IsMedia(entity_of_[inner]) && after != kNone &&
            (IsPunct(after, "-") || IsPunct(after, "—") || IsPunct(after, "–") ||
             IsPunct(after, "--"))) {
          r_.credit = std::string(r_.Slice(e.span));
          credit_entity_ = entity_of_[inner];
          credit_sentence_ = static_cast<int>(sentence_of_[after]);
          credit_dash_ = after;
          return;
        }
        break;
      }
    }
  }

  // Is the entity (an index into the record's) an outlet? Asked about the same entities many
  // times, so each answer is kept for the document.
  bool IsMedia(int entity) const {
    int8_t& known = media_entity_[entity];
    if (known < 0) known = LooksLikeMedia(r_.entities[entity]) ? 1 : 0;
    return known != 0;
  }

  bool LooksLikeMedia(const Entity& e) const {
    if (e.type != EntityType::kOrg) return false;
    if (e.subtype == "media"sv) return true;
    // "Valdera Herald", "Radio Zet": a word of the name says it is an outlet.
    const std::string_view text = r_.Slice(e.span);
    size_t start = 0;
    while (start < text.size()) {
      size_t space = text.find(' ', start);
      if (space == std::string_view::npos) space = text.size();
      if (Is(WordList::kMediaWord, text.substr(start, space - start))) return true;
      start = space + 1;
    }
    return false;
  }

  // --- claims -----------------------------------------------------------------------------
  bool InsideQuote(uint32_t k) const { return quote_of_[k] >= 0; }

  void Attribute(const Cue& cue) {
    const uint32_t c = cue.tokens.begin;
    if (InsideQuote(c)) return;  // words inside quotation marks are the quote's own
    if (cue.according) return AttributeAccording(cue);
    Claim claim;
    claim.cue = cue.tokens;
    claim.sentence = sentence_of_[c];
    const Segment& sent = sentences_[claim.sentence];
    if (tokens_[c].Has(kSentenceStart) && IsIngForm(c)) {
      return AttributeParticiple(cue, claim);
    }
    if (IsPunct(Prev(c) == kNone ? c : Prev(c), ",") && IsIngForm(c)) {
      // ", saying ...": the subject of the sentence's claim says it.
      if (claims_.empty() || claims_.back().sentence != claim.sentence) return;
      claim.speaker = claims_.back().speaker;
      claim.how = "speaker:subject_of_saying";
      claim.apposition = claims_.back().apposition;
      claim.inherit_from = static_cast<int>(claims_.size()) - 1;
      AddContentAfter(cue, claim, cue.tokens.end, false);
      return;
    }
    // Who speaks: before the cue, or after it ("..., said Tomas Reyes").
    bool subordinate = false;
    if (!SpeakerBefore(c, &claim, &subordinate)) {
      if (!SpeakerAfter(cue.tokens.end, &claim)) return;
      claim.speaker_after = true;
      claim.how = "speaker:after_cue";
    }
    if (IsRelativePronoun(claim.speaker.begin)) {
      // "said coach Íñigo Larrañaga, who called it ...": the name before the comma.
      const uint32_t comma = Prev(claim.speaker.begin);
      const uint32_t named = comma != kNone && IsPunct(comma, ",") ? Prev(comma) : kNone;
      if (!LowerIs(claim.speaker.begin, "who") || named == kNone || entity_of_[named] < 0) return;
      const Span e = r_.entities[entity_of_[named]].span;
      claim.speaker = {TokenAt(e.start), TokenAt(e.end - 1) + 1};
      claim.how = "speaker:relative_clause";
    }
    if (cue.describes) {
      AttachPartials(claim, sent);
      return;
    }
    // What is said: after the cue, or (nothing after it) before the speaker.
    if (!claim.speaker_after && AddContentAfter(cue, claim, cue.tokens.end, subordinate)) return;
    // A relative clause ("X, who spoke ...") reports nothing before itself.
    if (claim.how == "speaker:relative_clause"sv) return;
    // Before: "CLAUSE, the ministry said." / "“...,” the judge said."
    const uint32_t before_end = claim.speaker_after ? cue.tokens.begin : claim.speaker.begin;
    uint32_t p = Prev(before_end);
    while (p != kNone && (IsPunct(p, ",") || IsPunct(p, "—"))) p = Prev(p);
    if (p == kNone) return;
    if (IsClosing(p)) {
      const int mark = QuoteClosingAt(p);
      claim.direct = true;
      if (mark >= 0) AddClaim(claim, mark);
      return;
    }
    Range content{ClauseStart(sent, p), p + 1};
    claim.content = Trim(content);
    // An opening mark that never closed is no part of the words.
    while (claim.content.begin < claim.content.end && IsOpening(claim.content.begin) &&
           QuoteOpeningAt(claim.content.begin) < 0) {
      ++claim.content.begin;
    }
    if (claim.content.empty() || WordCount(claim.content) < 3) return;
    // "Officials claimed ..., NPR reported": the outlet carries the officials' claim, whose
    // cue stands inside this one's content.
    const uint32_t head = Head(claim.speaker);
    if (head != kNone && entity_of_[head] >= 0 && IsMedia(entity_of_[head])) {
      for (uint32_t k = claim.content.begin; k < claim.content.end; ++k) {
        if (CueAt(k)) return;
      }
    }
    // Words wholly in quotation marks are a direct quote.
    const int mark = quote_of_[claim.content.begin];
    if (mark >= 0 && marks_[mark].content.begin == claim.content.begin &&
        marks_[mark].content.end >= claim.content.end) {
      return AddClaim(claim, mark);
    }
    AddClaim(claim, -1);
  }

  bool IsRelativePronoun(uint32_t k) const {
    const std::string w = LowerText(k);
    return w == "which"sv || w == "who"sv || w == "that"sv || w == "whom"sv;
  }

  // The claim after a cue at `k`: "said (on Monday) (that) CLAUSE", "told The Post that
  // CLAUSE", "said: “...”", "claimed to have ...". False when nothing is reported after it.
  bool AddContentAfter(const Cue& cue, Claim claim, uint32_t k, bool subordinate) {
    const Segment& sent = sentences_[claim.sentence];
    if (cue.takes_object) k = SkipObject(k, sent.end_token, &claim);
    k = SkipAdverbials(k, sent.end_token, &claim);
    uint32_t start = k < sent.end_token ? (tokens_[k].IsSpace() ? Next(k) : k) : kNone;
    if (start == kNone || IsPunct(start, ".") ||
        (IsPunct(start, ",") && (Next(start) == kNone || !IsOpening(Next(start))))) {
      return false;
    }
    const bool that = LowerIs(start, "that");
    if (that) start = Next(start);
    if (start != kNone && (IsPunct(start, ":") || IsPunct(start, ","))) start = Next(start);
    if (start == kNone) return false;
    // A reported clause opens with its subject or "to", not a preposition ("spoke on
    // condition of anonymity", "said in the style ...").
    if (!that && IsWord(start) && Is(WordList::kAdverbialStart, Text(start))) return false;
    // Without "that", only verbs that drop it report a clause ("said the branch is ...");
    // others take an object ("claimed the lives of", "announced a deal").
    if (!that && !IsOpening(start) && !LowerIs(start, "to") && !cue.drops_that &&
        !ClauseFollows(start, sent.end_token)) {
      return true;
    }
    const int mark = IsOpening(start) ? QuoteOpeningAt(start) : -1;
    const Range rest = Trim({start, ContentEnd(start, sent, subordinate)});
    if (mark >= 0 && rest.begin == marks_[mark].open) {
      claim.direct = true;
      AddClaim(claim, mark);  // said: “...”, said that "..."
      return true;
    }
    claim.content = rest;
    // After an adverbial, a short "that" clause is more often a relative clause ("said in
    // the style that made her famous") than a claim.
    const int min_words = k > cue.tokens.end + 1 && that ? 4 : 3;
    if (WordCount(claim.content) < min_words) return false;
    AddClaim(claim, -1);
    return true;
  }

  // Does a clause start at k: an auxiliary or modal within its first words ("claimed the
  // plan had failed"), unlike an object ("claimed the lives of 183 people")?
  bool ClauseFollows(uint32_t k, uint32_t end) const {
    int words = 0;
    for (uint32_t j = k; j < end && words < 7; ++j) {
      if (!IsWord(j)) continue;
      ++words;
      const std::string w = LowerText(j);
      if (Is(WordList::kAuxiliary, w)) return true;
    }
    return false;
  }

  // "Stressing that CLAUSE, the officer said": the clause is the claim of the main
  // clause's subject.
  void AttributeParticiple(const Cue& cue, Claim claim) {
    const Segment& sent = sentences_[claim.sentence];
    uint32_t start = Next(cue.tokens.end - 1);
    if (start == kNone || !LowerIs(start, "that")) return;
    start = Next(start);
    uint32_t comma = start;
    while (comma < sent.end_token && !(IsPunct(comma, ",") && !InsideQuote(comma))) ++comma;
    if (comma >= sent.end_token) return;
    // The subject: from the comma to the next cue.
    uint32_t next_cue = comma;
    while (next_cue < sent.end_token && !CueAt(next_cue)) ++next_cue;
    if (next_cue >= sent.end_token) return;
    bool ignored = false;
    claim.speaker = NounPhrase({comma + 1, next_cue}, &ignored);
    claim.how = "speaker:participle_subject";
    claim.content = Trim({start, comma});
    if (claim.speaker.empty() || WordCount(claim.content) < 3) return;
    AddClaim(claim, -1);
  }

  // Where the words reported before a cue start: the sentence start (after a dateline), or
  // after a colon.
  uint32_t ClauseStart(const Segment& sent, uint32_t end) const {
    uint32_t start = std::max(sent.first_token, end > kMaxClaimTokens ? end - kMaxClaimTokens : 0);
    if (credit_dash_ != kNone && credit_dash_ >= sent.first_token && credit_dash_ < end) {
      start = credit_dash_ + 1;
    }
    for (uint32_t k = start; k < end; ++k) {
      if (IsPunct(k, ":") && !InsideQuote(k)) start = k + 1;
    }
    return start;
  }

  // The end of a claim that starts at `start`: the sentence end, cut before a credit, a
  // tail like ", NPR reported" or ", according to", a coordinated cue (", and proposed"),
  // and - for a cue in a subordinate clause - the clause's comma.
  uint32_t ContentEnd(uint32_t start, const Segment& sent, bool subordinate) const {
    // A claim is at most kMaxClaimTokens long: bounded work in run-on "sentences".
    const uint32_t end = std::min(sent.end_token, start + kMaxClaimTokens);
    for (uint32_t k = start; k < end; ++k) {
      if (InsideQuote(k)) continue;
      if (IsPunct(k, "(") && Next(k) != kNone && entity_of_[Next(k)] >= 0 &&
          IsMedia(entity_of_[Next(k)])) {
        return k;
      }
      if (!IsPunct(k, ",") && !LowerIs(k, "and")) continue;
      if (subordinate && IsPunct(k, ",")) return k;
      const uint32_t n = Next(k);
      if (n == kNone) continue;
      const std::string next = LowerText(n);
      if (next == "according"sv || next == "citing"sv) return k;
      if (CueAt(n) || (next == "and"sv && Next(n) != kNone && CueAt(Next(n)))) return k;
      // ", NPR reported."
      if (IsPunct(k, ",") && entity_of_[n] >= 0) {
        uint32_t after = n;
        while (after != kNone && entity_of_[after] == entity_of_[n]) after = Next(after);
        if (after != kNone && CueAt(after)) return k;
      }
    }
    return end;
  }

  bool CueAt(uint32_t k) const { return k < cue_at_.size() && cue_at_[k] != 0; }

  // "told The Post that": the listener, kept for its outlet.
  uint32_t SkipObject(uint32_t k, uint32_t end, Claim* claim) {
    uint32_t j = k;
    int words = 0;
    while (j < end) {
      if (tokens_[j].IsSpace()) {
        ++j;
        continue;
      }
      const std::string w = LowerText(j);
      if (w == "that"sv || IsOpening(j) || IsPunct(j, ":") || IsPunct(j, ",") || IsPunct(j, ".") ||
          ++words > 6) {
        break;
      }
      if (entity_of_[j] >= 0 && IsMedia(entity_of_[j])) {
        AddMedia(claim, entity_of_[j]);
      } else if (Is(WordList::kOutletNoun, w)) {
        // "told the newspaper": the outlet last named.
        const int last = LastMediaBefore(j);
        if (last >= 0) AddMedia(claim, last);
      }
      ++j;
    }
    return words > 6 ? k : j;
  }

  int LastMediaBefore(uint32_t k) const {
    int last = -1;
    for (size_t e = 0; e < r_.entities.size(); ++e) {
      if (r_.entities[e].span.end <= tokens_[k].start && IsMedia(static_cast<int>(e))) {
        last = static_cast<int>(e);
      }
    }
    return last;
  }

  // "said on Monday that", "said in an interview with the BBC that", "said in a statement".
  uint32_t SkipAdverbials(uint32_t k, uint32_t end, Claim* claim) {
    uint32_t j = k;
    while (j < end && tokens_[j].IsSpace()) ++j;
    if (j >= end || !IsWord(j) || !Is(WordList::kAdverbialStart, Text(j))) return k;
    uint32_t stop = j;
    int words = 0;
    while (stop < end && words <= 8) {
      if (!tokens_[stop].IsSpace()) {
        const std::string w = LowerText(stop);
        if (w == "that"sv || IsOpening(stop) || IsPunct(stop, ":") || IsPunct(stop, ",") ||
            IsPunct(stop, ".")) {
          break;
        }
        ++words;
      }
      ++stop;
    }
    if (words > 8) return k;
    for (uint32_t m = j; m < stop; ++m) {
      if (entity_of_[m] >= 0 && IsMedia(entity_of_[m])) AddMedia(claim, entity_of_[m]);
    }
    return stop;
  }

  // The speaker before the cue at c. Handles introductory phrases ("Speaking on condition
  // of anonymity, a current federal official told"), parentheticals ("An SFO spokesman, who
  // declined to be named, said"; "Lena Okoro, the bank's deputy governor, said") and
  // coordinated cues ("... and proposed"). False when the speaker follows the cue.
  bool SpeakerBefore(uint32_t c, Claim* claim, bool* subordinate) {
    const Segment& sent = sentences_[sentence_of_[c]];
    uint32_t j = Prev(c);
    while (j != kNone && IsWord(j) && Is(WordList::kBeforeCue, Text(j))) j = Prev(j);
    if (j == kNone) return false;
    if (IsClosing(j)) return false;  // “...,” said the judge
    if (IsPunct(j, ",")) {
      // A parenthetical between commas, or an inverted cue.
      const uint32_t y_end = j;
      uint32_t y_begin = y_end;
      while (y_begin > sent.first_token && y_end - y_begin < kMaxSpeakerTokens &&
             !IsPunct(y_begin - 1, ",") && !IsPunct(y_begin - 1, ":") &&
             !(tokens_[y_begin - 1].kind == TokenKind::kQuote)) {
        --y_begin;
      }
      const Range y = Trim({y_begin, y_end});
      if (y.empty() || y_begin == sent.first_token || !IsPunct(y_begin - 1, ",")) return false;
      const std::string first = LowerText(y.begin);
      const bool named = entity_of_[y.begin] >= 0 &&
                         r_.entities[entity_of_[y.begin]].type == EntityType::kPerson &&
                         entity_of_[y.end - 1] == entity_of_[y.begin];
      if (named) {
        // "Thwaite's barrister, Tomasz Kędzierski, said": the name speaks.
        uint32_t z_begin = y_begin - 1;
        while (z_begin > sent.first_token && !IsPunct(z_begin - 1, ",")) --z_begin;
        claim->speaker = y;
        claim->how = "speaker:named_apposition";
        claim->apposition = Trim({z_begin, y_begin - 1});
        return true;
      }
      const bool participle_ed = first.size() > 3 && first.substr(first.size() - 2) == "ed"sv &&
                                 !tokens_[y.begin].Has(kCapitalised);
      const bool parenthetical = participle_ed || first == "who"sv || first == "which"sv ||
                                 first == "whose"sv || first == "where"sv || first == "the"sv ||
                                 first == "a"sv || first == "an"sv ||
                                 tokens_[y.begin].kind == TokenKind::kNumber ||
                                 (first.size() > 4 && first.substr(first.size() - 3) == "ing"sv) ||
                                 tokens_[y.begin].Has(kHasApostrophe) ||
                                 (y.end - y.begin > 1 && IsPunct(y.begin + 1, "’s"));
      if (!parenthetical) return false;
      uint32_t z_end = y_begin - 1;
      uint32_t z_begin = z_end;
      while (z_begin > sent.first_token && z_end - z_begin < kMaxSpeakerTokens &&
             !IsPunct(z_begin - 1, ",") && !IsPunct(z_begin - 1, ":") &&
             !(tokens_[z_begin - 1].kind == TokenKind::kQuote)) {
        --z_begin;
      }
      claim->speaker = NounPhrase({z_begin, z_end}, subordinate);
      claim->how = "speaker:before_parenthetical";
      claim->apposition = y;
      return !claim->speaker.empty();
    }
    // The words from the clause start to the cue.
    uint32_t begin = j;
    while (begin > sent.first_token && j - begin < kMaxSpeakerTokens) {
      const uint32_t p = begin - 1;
      if (IsPunct(p, ",") || IsPunct(p, ";") || IsPunct(p, ":") || IsPunct(p, "—") ||
          tokens_[p].kind == TokenKind::kQuote) {
        break;
      }
      const std::string w = LowerText(p);
      if (w == "that"sv || w == "but"sv || w == "because"sv || w == "whereas"sv) break;
      if (w == "and"sv && !tokens_[p].IsSpace() && claims_.size() > 0 &&
          claims_.back().sentence == sentence_of_[c]) {
        break;
      }
      --begin;
    }
    claim->speaker = NounPhrase({begin, j + 1}, subordinate);
    claim->how = "speaker:before_cue";
    if (!claim->speaker.empty() && Is(WordList::kAuxiliary, Text(claim->speaker.begin)))
      return false;
    if (claim->speaker.empty()) {
      // "... said it wanted X and proposed that ...": the subject of the first cue.
      if (!claims_.empty() && claims_.back().sentence == sentence_of_[c]) {
        claim->speaker = claims_.back().speaker;
        claim->how = "speaker:coordinated_cue";
        claim->apposition = claims_.back().apposition;
        claim->inherit_from = static_cast<int>(claims_.size()) - 1;
        return true;
      }
      return false;
    }
    return true;
  }

  // The noun phrase of a speaker region: leading subordinators and conjunctions dropped
  // ("While experts"), a relative clause cut off ("A senior diplomat who observed ...").
  Range NounPhrase(Range r, bool* subordinate) const {
    r = Trim(r);
    while (!r.empty() && IsWord(r.begin)) {
      const std::string w = LowerText(r.begin);
      if (Is(WordList::kSubordinator, w)) {
        *subordinate = true;
      } else if (w != "and"sv && w != "but"sv && w != "so"sv && w != "yet"sv && w != "even"sv &&
                 w != "with"sv) {
        break;
      }
      ++r.begin;
      while (r.begin < r.end && tokens_[r.begin].IsSpace()) ++r.begin;
    }
    for (uint32_t k = r.begin + 1; k < r.end; ++k) {
      const std::string_view w = Text(k);  // "WHO spokesperson" is no relative clause
      if (w == "who"sv || w == "which"sv || w == "whose"sv) {
        r.end = k;
        break;
      }
    }
    r = Trim(r);
    if (WordCount(r) > 10) return {};
    return r;
  }

  // "..., said Energy Minister Tomas Reyes, the ..." : the words after the cue.
  bool SpeakerAfter(uint32_t k, Claim* claim) const {
    const Segment& sent = sentences_[sentence_of_[k > 0 ? k - 1 : 0]];
    uint32_t begin = k;
    while (begin < sent.end_token && tokens_[begin].IsSpace()) ++begin;
    uint32_t end = begin;
    while (end < sent.end_token && !IsPunct(end, ",") && !IsPunct(end, ".") && !IsPunct(end, ";") &&
           tokens_[end].kind != TokenKind::kQuote && !LowerIs(end, "that") &&
           !Is(WordList::kAdverbialStart, Text(end))) {
      ++end;
    }
    claim->speaker = Trim({begin, end});
    if (claim->speaker.empty() || WordCount(claim->speaker) > 8) return false;
    if (end < sent.end_token && IsPunct(end, ",")) {
      uint32_t ab = end + 1;
      uint32_t ae = ab;
      while (ae < sent.end_token && !IsPunct(ae, ",") && !IsPunct(ae, ".") &&
             tokens_[ae].kind != TokenKind::kQuote) {
        ++ae;
      }
      const Range app = Trim({ab, ae});
      if (!app.empty() && WordCount(app) <= 8) claim->apposition = app;
    }
    return true;
  }

  // "According to X, CLAUSE." / "CLAUSE, according to X."
  void AttributeAccording(const Cue& cue) {
    Claim claim;
    claim.cue = cue.tokens;
    claim.sentence = sentence_of_[cue.tokens.begin];
    const Segment& sent = sentences_[claim.sentence];
    uint32_t end = cue.tokens.end;
    while (end < sent.end_token && !IsPunct(end, ",") && !IsPunct(end, ".")) ++end;
    claim.speaker = Trim({cue.tokens.end, end});
    claim.how = "speaker:according_to";
    if (claim.speaker.empty()) return;
    const uint32_t before = Prev(cue.tokens.begin);
    if (before != kNone && IsPunct(before, ",")) {
      claim.content = Trim({ClauseStart(sent, before), before});
    } else if (end < sent.end_token) {
      claim.content = Trim({end + 1, ContentEnd(end + 1, sent, false)});
    }
    if (WordCount(claim.content) < 3) return;
    // "according to Al Jazeera": an outlet is the source and the medium.
    AddClaim(claim, -1);
  }

  // "Al-Ahram reported that ..., citing officials at the foreign ministry": the officials
  // speak and the outlet carries their words.
  void CitedSource(Claim* claim) const {
    if (claim->speaker.empty() || claim->content.empty()) return;
    const uint32_t head = Head(claim->speaker);
    if (head == kNone || entity_of_[head] < 0 || !IsMedia(entity_of_[head])) return;
    const Segment& sent = sentences_[claim->sentence];
    const uint32_t comma = claim->content.end < sent.end_token ? claim->content.end : kNone;
    const uint32_t citing = comma == kNone ? kNone : (IsPunct(comma, ",") ? Next(comma) : comma);
    if (citing == kNone || !LowerIs(citing, "citing")) return;
    uint32_t end = citing + 1;
    while (end < sent.end_token && !IsPunct(end, ".") && !IsPunct(end, ",")) ++end;
    const Range cited = Trim({citing + 1, end});
    if (cited.empty()) return;
    claim->media.push_back(entity_of_[head]);
    claim->speaker = cited;
    claim->cited = true;
    claim->apposition = {};
  }

  void AddMedia(Claim* claim, int entity) const {
    if (std::find(claim->media.begin(), claim->media.end(), entity) == claim->media.end()) {
      claim->media.push_back(entity);
    }
  }

  void AddClaim(Claim claim, int mark) {
    claim.mark = mark;
    CitedSource(&claim);
    if (mark >= 0) {
      if (marks_[mark].claimed) return;
      marks_[mark].claimed = true;
      marks_[mark].claim = static_cast<int>(claims_.size());
      claim.content = marks_[mark].content;
    } else {
      // Quotes inside a reported clause are partial quotes of the same speaker. (Marks are
      // in text order.)
      auto m =
          std::lower_bound(marks_.begin(), marks_.end(), claim.content.begin,
                           [](const MarkQuote& q, uint32_t at) { return q.content.begin < at; });
      for (; m != marks_.end() && m->content.begin < claim.content.end; ++m) {
        if (!m->claimed && m->content.end <= claim.content.end) {
          m->claimed = true;
          m->claim = static_cast<int>(claims_.size());
        }
      }
    }
    claims_.push_back(std::move(claim));
  }

  // "called the open border a “huge concern”": quotes of the sentence get the speaker.
  void AttachPartials(const Claim& claim, const Segment& sent) {
    for (size_t m = 0; m < marks_.size(); ++m) {
      if (marks_[m].claimed || marks_[m].open < sent.first_token ||
          marks_[m].open >= sent.end_token) {
        continue;
      }
      Claim c = claim;
      AddClaim(c, static_cast<int>(m));
    }
  }

  // Quotes no cue claimed: the next quote of a paragraph that has a speaker, a paragraph
  // that opens with a quote after a quoted paragraph, or a sentence with a claim.
  void AttachUnclaimedQuotes() {
    // Claims by sentence and by position, so that each quote looks only near itself.
    std::vector<int>& last_in_sentence = b_.last_in_sentence;
    std::vector<std::pair<uint32_t, int>>& by_start = b_.by_start;
    last_in_sentence.assign(sentences_.size(), -1);
    by_start.clear();
    for (size_t c = 0; c < claims_.size(); ++c) {
      last_in_sentence[claims_[c].sentence] = static_cast<int>(c);
      by_start.emplace_back(claims_[c].content.begin, static_cast<int>(c));
    }
    std::sort(by_start.begin(), by_start.end());
    for (size_t m = 0; m < marks_.size(); ++m) {
      if (marks_[m].claimed) continue;
      const uint32_t open = marks_[m].open;
      // A claim in the same sentence.
      int from = last_in_sentence[sentence_of_[open]];
      // The closest quote claim before it, in this paragraph or the one before when this
      // paragraph opens with the quote.
      if (from < 0) {
        const bool opens_paragraph = tokens_[open].Has(kParagraphStart);
        auto it = std::lower_bound(by_start.begin(), by_start.end(), std::make_pair(open, -1));
        while (it != by_start.begin()) {
          --it;
          const Claim& c = claims_[it->second];
          const uint32_t para = paragraph_of_[it->first];
          if (para + 1 < paragraph_of_[open]) break;
          if (para == paragraph_of_[open] || (opens_paragraph && c.mark >= 0)) {
            from = it->second;
            break;
          }
        }
      }
      if (from < 0) continue;
      Claim c = claims_[from];
      c.media.clear();
      c.inherit_from = from;
      c.how = "speaker:continues_quote";
      c.cited = false;
      c.sentence = sentence_of_[open];
      AddClaim(c, static_cast<int>(m));
      last_in_sentence[c.sentence] = static_cast<int>(claims_.size()) - 1;
    }
  }

  // --- speakers ---------------------------------------------------------------------------
  int EntityIn(Range r, std::optional<EntityType> type = std::nullopt) const {
    int best = -1;
    uint32_t best_len = 0;
    for (uint32_t k = r.begin; k < r.end; ++k) {
      const int e = entity_of_[k];
      if (e < 0) continue;
      const Entity& ent = r_.entities[e];
      if (type && ent.type != *type) continue;
      const uint32_t len = ent.span.end - ent.span.start;
      if (len > best_len) {
        best = e;
        best_len = len;
      }
    }
    return best;
  }

  // The noun that heads a speaker phrase: its last word before a postmodifier ("a senior
  // official in the campaign", "people familiar with the talks", "the Ministry of Health").
  uint32_t Head(Range r) const {
    uint32_t end = r.end;
    for (uint32_t k = r.begin + 1; k < r.end; ++k) {
      if (IsWord(k) && !tokens_[k].Has(kCapitalised) && Is(WordList::kPostmodifier, Text(k)) &&
          entity_of_[k] < 0) {
        end = k;
        break;
      }
    }
    for (uint32_t k = end; k > r.begin;) {
      --k;
      if ((IsWord(k) || IsPunct(k, ")")) && Text(k) != "’s"sv && Text(k) != "'s"sv) {
        if (IsPunct(k, ")")) continue;  // "The Ministry of Health (Minsa)"
        return k;
      }
    }
    return kNone;
  }

  SpeakerInfo Resolve(const Claim& claim, size_t index) {
    SpeakerInfo info;
    info.valid = true;
    Speaker& s = info.speaker;
    s.span = SpanOf(claim.speaker);
    const uint32_t head = Head(claim.speaker);
    const std::string head_word = head == kNone ? "" : LowerText(head);
    const bool definite =
        LowerIs(claim.speaker.begin, "the") || LowerIs(claim.speaker.begin, "this");
    const bool anonymity = anonymous_sentence_[claim.sentence] != 0;
    // A pronoun stands for the last compatible speaker.
    const LexiconEntry* pronoun = claim.speaker.end - claim.speaker.begin == 1
                                      ? words_.Find(WordList::kPronoun, head_word)
                                      : nullptr;
    if (pronoun != nullptr) {
      const SpeakerInfo* antecedent = Antecedent(pronoun->Attribute("refers"), index);
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
    const int person = head != kNone && entity_of_[head] >= 0 &&
                               r_.entities[entity_of_[head]].type == EntityType::kPerson
                           ? entity_of_[head]
                           : -1;
    if (person >= 0) {
      const Entity& e = r_.entities[person];
      s.kind = SpeakerKind::kPerson;
      s.entity = e.id;
      s.resolved = e.canonical.empty() ? std::string(r_.Slice(e.span)) : e.canonical;
      s.anonymous = false;
      return info;
    }
    const int entity = head == kNone ? -1 : entity_of_[head];
    const bool entity_heads = entity >= 0;
    if (entity_heads) {
      const Entity& e = r_.entities[entity];
      s.kind = e.type == EntityType::kOrg ? SpeakerKind::kOrganisation : SpeakerKind::kPlace;
      s.entity = e.id;
      s.resolved = e.canonical.empty() ? std::string(r_.Slice(e.span)) : e.canonical;
      s.anonymous = false;
      return info;
    }
    const int org = EntityIn(claim.speaker, EntityType::kOrg);
    const bool plural_people =
        head != kNone && (role_[head] == 2 || (source_noun_[head] != nullptr &&
                                               source_noun_[head]->Attribute("number") == "pl"sv));
    if (plural_people && org >= 0 && r_.entities[org].span.end <= tokens_[head].start) {
      // "CBP officials": an organisation speaking through its staff.
      s.kind = SpeakerKind::kOrganisation;
      s.anonymous = false;
      s.entity = r_.entities[org].id;
      info.plural = true;
    } else if (head != kNone && source_noun_[head] != nullptr) {
      const std::string_view kind = source_noun_[head]->Attribute("kind");
      info.plural = source_noun_[head]->Attribute("number") == "pl"sv;
      s.kind = kind == "document"sv ? SpeakerKind::kDocument
               : info.plural        ? SpeakerKind::kGroup
                                    : SpeakerKind::kRole;
      s.anonymous = kind != "document"sv;
    } else if (head != kNone && Is(WordList::kOrgNoun, head_word)) {
      s.kind = SpeakerKind::kOrganisation;
      s.anonymous = false;
      if (definite) ResolveDefinite(head_word, index, &info);
    } else if (head != kNone && role_[head] != 0) {
      info.plural = role_[head] == 2;
      s.kind = info.plural ? SpeakerKind::kGroup : SpeakerKind::kRole;
      s.anonymous = true;
      if (definite && !info.plural) ResolveDefinite(head_word, index, &info);
    } else {
      s.kind = SpeakerKind::kUnknown;
      s.anonymous = false;
    }
    if (s.resolved.empty()) {
      s.resolved = std::string(r_.Slice(SpanOf(claim.speaker)));
      if (!claim.apposition.empty()) {
        s.resolved += ", " + std::string(r_.Slice(SpanOf(claim.apposition)));
      }
    }
    if (anonymity && s.kind != SpeakerKind::kOrganisation && s.kind != SpeakerKind::kPlace &&
        s.kind != SpeakerKind::kDocument) {
      s.anonymous = true;
    }
    return info;
  }

  // "the judge" → "Judge Miriam Okafor"; "the counterterrorism officer" → "a US
  // counter-terrorism official"; "the company" → the last company that spoke.
  void ResolveDefinite(const std::string& head, size_t index, SpeakerInfo* info) const {
    auto same_role = [&head](std::string_view words) {
      const std::string w = AsciiLower(words);
      if (w.find(head) != std::string::npos) return true;
      const bool officer = head == "officer"sv || head == "official"sv;
      return officer &&
             (w.find("officer") != std::string::npos || w.find("official") != std::string::npos);
    };
    for (size_t i = index; i > 0 && index - i < kLookBack;) {
      --i;
      const SpeakerInfo& prev = speakers_[i];
      if (!prev.valid) continue;
      const std::string_view text = r_.Slice(prev.speaker.span);
      if (same_role(text) || same_role(prev.speaker.resolved)) {
        info->speaker.resolved =
            prev.speaker.resolved.empty() ? std::string(text) : prev.speaker.resolved;
        info->speaker.kind = prev.speaker.kind;
        info->speaker.anonymous = prev.speaker.anonymous;
        info->speaker.entity = prev.speaker.entity;
        return;
      }
    }
    // A person introduced with that title: "Judge Miriam Okafor" (the nearest such before).
    const uint32_t at = SpanOf(claims_[index].speaker).start;
    const auto first_after =
        std::lower_bound(r_.entities.begin(), r_.entities.end(), at,
                         [](const Entity& e, uint32_t b) { return e.span.start < b; });
    const size_t from = static_cast<size_t>(first_after - r_.entities.begin());
    for (size_t i = from; i > 0 && from - i < 200;) {
      const Entity& e = r_.entities[--i];
      if (e.type != EntityType::kPerson) continue;
      const uint32_t k = TokenAt(e.span.start);
      const uint32_t before = k > 0 ? Prev(k) : kNone;
      if (before != kNone && LowerIs(before, head)) {
        info->speaker.resolved = e.canonical;
        info->speaker.kind = SpeakerKind::kPerson;
        info->speaker.anonymous = false;
        info->speaker.entity = e.id;
        return;
      }
    }
  }

  // The speaker a pronoun refers to: by `refers` (word.pronoun), a person ("he"), a thing
  // ("it") or a group ("they").
  const SpeakerInfo* Antecedent(std::string_view refers, size_t index) const {
    const bool person = refers == "person"sv;
    const bool thing = refers == "thing"sv;
    for (size_t i = index; i > 0 && index - i < kLookBack;) {
      --i;
      const SpeakerInfo& prev = speakers_[i];
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

  // --- output -----------------------------------------------------------------------------
  void Finish() {
    FindParagraphCredits();
    speakers_.assign(claims_.size(), SpeakerInfo());
    std::vector<Quote> out;
    for (size_t c = 0; c < claims_.size(); ++c) {
      const Claim& claim = claims_[c];
      speakers_[c] = claim.inherit_from >= 0 && static_cast<size_t>(claim.inherit_from) < c
                         ? speakers_[claim.inherit_from]
                         : Resolve(claim, c);
    }
    std::vector<uint8_t>& used = b_.used;
    used.assign(r_.quotes.size(), 0);
    for (size_t c = 0; c < claims_.size(); ++c) {
      const Claim& claim = claims_[c];
      Quote q;
      if (claim.mark >= 0) {
        const MarkQuote& m = marks_[claim.mark];
        q = r_.quotes[m.quote];
        used[m.quote] = 1;
        q.kind = claim.direct ? QuoteKind::kDirect : KindOfMarked(m, claim);
      } else {
        q.kind = QuoteKind::kIndirect;
        q.span = SpanOf(claim.content);
        q.source = "rule:reported_speech";
      }
      if (!claim.cue.empty()) q.cue = SpanOf(claim.cue);
      q.speaker = speakers_[c].speaker;
      SetMedia(claim, &q);
      q.source.append(";").append(claim.how);
      if (claim.cited) q.source.append(";speaker:cited");
      if (!q.media.empty()) q.source.append(";media:").append(media_how_);
      out.push_back(std::move(q));
    }
    // Quotes from marks that no claim took keep no speaker; nested partials of a claim
    // take its speaker.
    for (size_t m = 0; m < marks_.size(); ++m) {
      const MarkQuote& mark = marks_[m];
      if (used[mark.quote]) continue;
      Quote q = r_.quotes[mark.quote];
      if (mark.claim >= 0) {
        q.speaker = speakers_[mark.claim].speaker;
        q.kind = QuoteKind::kPartial;
      } else {
        q.kind = KindOfMarked(mark, Claim());
      }
      out.push_back(std::move(q));
    }
    std::sort(out.begin(), out.end(), [](const Quote& x, const Quote& y) {
      return x.span.start != y.span.start ? x.span.start < y.span.start : x.span.end > y.span.end;
    });
    int n = 0;
    for (Quote& q : out) {
      q.id = MakeId('q', ++n);
      FillMentions(&q);
    }
    r_.quotes = std::move(out);
  }

  // A marked quote is direct when it is a statement of its own: attributed next to its marks,
  // opening its sentence or paragraph; partial when it sits inside other words.
  QuoteKind KindOfMarked(const MarkQuote& m, const Claim& claim) const {
    const uint32_t before = m.open > 0 ? Prev(m.open) : kNone;
    const bool opens = before == kNone || IsPunct(before, ":") || IsPunct(before, ",") ||
                       tokens_[m.open].Has(kSentenceStart) || tokens_[m.open].Has(kParagraphStart);
    const uint32_t after = Next(m.close) == kNone ? kNone : Next(m.close);
    const bool closes =
        after == kNone || IsPunct(after, ".") || IsPunct(after, ",") ||
        (!claim.cue.empty() && after >= claim.cue.begin && after <= claim.speaker.end);
    if (before != kNone && IsPunct(before, ":")) return QuoteKind::kDirect;  // “No comment.”
    if (opens && (closes || WordCount(m.content) >= 5)) return QuoteKind::kDirect;
    return WordCount(m.content) >= 8 ? QuoteKind::kDirect : QuoteKind::kPartial;
  }

  void SetMedia(const Claim& claim, Quote* q) {
    std::vector<int>& media = b_.media;
    media.assign(claim.media.begin(), claim.media.end());
    auto add = [&media](int e) {
      if (e >= 0 && std::find(media.begin(), media.end(), e) == media.end()) media.push_back(e);
    };
    const Segment& sent = sentences_[claim.sentence];
    // "..., NPR reported." / "according to Al Jazeera": an outlet in the sentence's tail
    // (looked for near the claim only, in run-on sentences).
    const uint32_t from = std::min(claim.content.begin, claim.speaker.begin);
    const uint32_t near_begin = std::max(sent.first_token, from > 60 ? from - 60 : 0);
    const uint32_t near_end =
        std::min(sent.end_token, std::max(claim.content.end, claim.speaker.end) + 60);
    // Whether an entity may be an outlet here depends on the entity only, not on which of
    // its tokens the loop is at: worked out once for the run of its tokens.
    int entity_seen = -1;
    bool outlet_like = false;
    for (uint32_t k = near_begin; k < near_end; ++k) {
      const int e = entity_of_[k];
      if (e < 0 || InsideQuote(k)) continue;
      if (e != entity_seen) {
        entity_seen = e;
        const uint32_t before_name = Prev(TokenAt(r_.entities[e].span.start));
        const bool after_outlet_noun =
            before_name != kNone && Is(WordList::kOutletNoun, Text(before_name));
        const uint32_t name_start = TokenAt(r_.entities[e].span.start);
        const uint32_t pre = Prev(name_start);
        const bool after_interview = pre != kNone && LowerIs(pre, "with") && Prev(pre) != kNone &&
                                     LowerIs(Prev(pre), "interview");
        outlet_like = IsMedia(e) || after_outlet_noun || after_interview;
      }
      if (!outlet_like) continue;
      uint32_t after = k;
      while (after != kNone && entity_of_[after] == e) after = Next(after);
      const uint32_t before = Prev(TokenAt(r_.entities[e].span.start));
      const bool reported = after != kNone && CueAt(after) && after != claim.cue.begin;
      const bool according = before != kNone && LowerIs(before, "to") && Prev(before) != kNone &&
                             LowerIs(Prev(before), "according");
      const uint32_t head = claim.speaker.empty() ? kNone : Head(claim.speaker);
      const bool speaker_itself = head != kNone && entity_of_[head] == e;
      // "told The Post", "in a statement to The POST", "in an interview with the BBC".
      const std::string prep = before == kNone ? "" : LowerText(before);
      const bool addressed = prep == "to"sv || prep == "with"sv || prep == "told"sv;
      const bool outlet_named = k >= claim.speaker.begin && k < claim.speaker.end &&
                                before != kNone && Is(WordList::kOutletNoun, Text(before));
      if (reported || according || speaker_itself || addressed || outlet_named) add(e);
    }
    // A credit in brackets right after the claim or at the end of its paragraph: "(AP)".
    const uint32_t end = claim.mark >= 0 ? marks_[claim.mark].close : claim.content.end;
    for (uint32_t k = end; k < tokens_.size() && k < end + 8; ++k) {
      if (IsPunct(k, "(") && k + 1 < tokens_.size() && entity_of_[k + 1] >= 0 &&
          IsMedia(entity_of_[k + 1])) {
        add(entity_of_[k + 1]);
        break;
      }
    }
    // "... she said. (PA)": the credit closing a paragraph goes to its last claim.
    const ParagraphCredit& pc = paragraph_credits_[paragraph_of_[claim.content.begin]];
    if (pc.entity >= 0 && pc.last_claim == &claim - claims_.data()) add(pc.entity);
    if (credit_entity_ >= 0 && static_cast<int>(claim.sentence) == credit_sentence_) {
      add(credit_entity_);
    }
    for (int e : media) q->media.push_back({r_.entities[e].span, r_.entities[e].id});
    media_how_ = claim.media.empty() ? "in_sentence_or_credit" : "addressed";
  }

  void FindParagraphCredits() {
    paragraph_credits_.assign(a_.paragraphs.size(), ParagraphCredit());
    for (size_t p = 0; p < a_.paragraphs.size(); ++p) {
      const Segment& para = a_.paragraphs[p];
      const uint32_t last = para.end_token - 1;
      if (para.end_token < para.first_token + 3 || !IsPunct(last, ")")) continue;
      uint32_t open = last;
      while (open > para.first_token && last - open <= 3 && !IsPunct(open, "(")) --open;
      if (!IsPunct(open, "(") || entity_of_[open + 1] < 0 || !IsMedia(entity_of_[open + 1])) {
        continue;
      }
      paragraph_credits_[p].entity = entity_of_[open + 1];
      paragraph_credits_[p].open = open;
    }
    for (size_t c = 0; c < claims_.size(); ++c) {
      ParagraphCredit& pc = paragraph_credits_[paragraph_of_[claims_[c].content.begin]];
      if (pc.entity < 0 || claims_[c].content.end > pc.open) continue;
      if (pc.last_claim < 0 || claims_[pc.last_claim].content.end <= claims_[c].content.end) {
        pc.last_claim = static_cast<long>(c);
      }
    }
  }

  // The mentions wholly inside a quote (entities and quantities are in text order).
  template <typename Mention>
  static void Inside(const std::vector<Mention>& mentions, Span s, std::vector<std::string>* ids) {
    auto it = std::lower_bound(mentions.begin(), mentions.end(), s.start,
                               [](const Mention& m, uint32_t at) { return m.span.start < at; });
    for (; it != mentions.end() && it->span.start < s.end; ++it) {
      if (it->span.end <= s.end) ids->push_back(it->id);
    }
  }

  void FillMentions(Quote* q) const {
    Inside(r_.entities, q->span, &q->entities);
    Inside(r_.quantities, q->span, &q->quantities);
  }

  const AttributionInput& in_;
  const TextAnalysis& a_;
  const std::vector<Token>& tokens_;
  Record& r_;
  // The scratch buffers, by their names in the attributor.
  AttributionScratch::Buffers& b_;
  const WordLists& words_;
  const std::vector<Segment>& sentences_;
  std::vector<uint32_t>& sentence_of_;
  std::vector<uint32_t>& paragraph_of_;
  std::vector<int>& entity_of_;
  std::vector<int>& quote_of_;
  std::vector<uint8_t>& role_;  // 1 singular role noun, 2 plural
  std::vector<const LexiconEntry*>& source_noun_;
  std::vector<uint8_t>& anonymous_sentence_;
  std::vector<Cue>& cues_;
  std::vector<uint8_t>& cue_at_;  // by token: a cue starts here
  std::vector<MarkQuote>& marks_;
  std::vector<int>& opening_mark_;  // by token: the mark quote it opens, or -1
  std::vector<int>& closing_mark_;  // by token: the mark quote it closes, or -1
  std::vector<Claim>& claims_;
  std::vector<SpeakerInfo>& speakers_;
  std::vector<ParagraphCredit>& paragraph_credits_;
  std::vector<int8_t>& media_entity_;  // IsMedia's answers
  int credit_entity_ = -1;
  int credit_sentence_ = -1;
  uint32_t credit_dash_ = kNone;  // the dash that ends the dateline
  std::string_view media_how_;    // --explain: how the last claim's outlets were found
};

}  // namespace

void AttributeClaims(const AttributionInput& in, AttributionScratch* scratch, Record* record) {
  Attributor(in, &scratch->buffers(), record).Run();
}

}  // namespace claimscope::internal

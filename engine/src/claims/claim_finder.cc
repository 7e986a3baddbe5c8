#include "claims/claim_finder.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "quantities/number_words.h"

namespace claimscope::internal {

using namespace std::string_view_literals;  // "that"sv: compared by size first

namespace {
constexpr uint32_t kNone = ClaimText::kNone;

// "two", "dozens", "many", "all": a word that counts what follows it.
bool IsCountWord(std::string_view w) {
  return ParseNumber(w).has_value() || VagueAmount(w).has_value() || w == "many"sv ||
         w == "both"sv || w == "all"sv || w == "some"sv || w == "most"sv || w == "each"sv ||
         w == "every"sv || w == "few"sv;
}
}  // namespace

void ClaimFinder::FindAll() {
  claims_.clear();
  scratch_.in_content.assign(t_.tokens().size(), 0);
  MarkPosts();
  // "according to court documents": the source's words are no cues of their own.
  for (const Cue& cue : cues_.all()) {
    if (cue.according) Attribute(cue);
  }
  scratch_.in_source.assign(t_.tokens().size(), 0);
  for (const Claim& c : claims_) {
    for (uint32_t k = c.speaker.begin; k < c.speaker.end; ++k) scratch_.in_source[k] = 1;
  }
  for (const Cue& cue : cues_.all()) {
    if (!cue.according && !scratch_.in_source[cue.tokens.begin]) Attribute(cue);
  }
  AttributePosts();
  AttributeDashCredits();
  AttachUnclaimedQuotes();
}

// What is said ends where a post's line begins, and before the links that end a post.
void ClaimFinder::MarkPosts() {
  scratch_.post_start.assign(t_.tokens().size(), 0);
  for (const Post& p : posts_) {
    scratch_.post_start[t_.TokenAt(p.line.start)] = 1;
    if (p.words.end < p.line.end) scratch_.post_start[t_.TokenAt(p.line.end - 1)] = 1;
    if (p.words.end < p.line.end) {
      uint32_t link = t_.TokenAt(p.words.end - 1) + 1;
      while (link < t_.tokens().size() && t_.IsSpace(link)) ++link;
      if (link < t_.tokens().size()) scratch_.post_start[link] = 1;
    }
  }
}

// "@elonmusk: We will go to Mars": a post's words are its author's, unless a cue in them
// gives them to someone else ("@nasa: Artemis launches next week, says the agency chief").
void ClaimFinder::AttributePosts() {
  for (const Post& p : posts_) {
    if (p.author.start == p.author.end || p.words.end <= p.words.start) continue;
    const uint32_t first = t_.TokenAt(p.words.start);
    const uint32_t last = t_.TokenAt(p.words.end - 1);
    bool other = false;
    for (const Claim& c : claims_) {
      other = other || (!c.cue.empty() && c.cue.begin >= first && c.cue.begin <= last);
    }
    if (other) continue;
    Claim claim;
    claim.speaker = {t_.TokenAt(p.author.start), t_.TokenAt(p.author.end - 1) + 1};
    claim.content = {t_.TokenAt(p.words.start), t_.TokenAt(p.words.end - 1) + 1};
    if (t_.WordCount(claim.content) < 2) continue;
    claim.sentence = t_.sentence_of(claim.content.begin);
    claim.direct = true;
    claim.how = "speaker:post_author";
    AddClaim(claim, -1);
  }
}

// `“He cannot even answer a question.” ― Esther Tapia`: a quote credited after a dash, the
// name ending its line.
void ClaimFinder::AttributeDashCredits() {
  const uint32_t n = static_cast<uint32_t>(t_.tokens().size());
  auto skip_spaces = [&](uint32_t k) {
    while (k < n && t_.IsSpace(k) && t_.Text(k).find('\n') == std::string_view::npos) ++k;
    return k;
  };
  for (size_t m = 0; m < t_.marks().size(); ++m) {
    if (t_.marks()[m].claimed) continue;
    const uint32_t dash = skip_spaces(t_.marks()[m].close + 1);
    if (dash >= n || !(t_.IsPunct(dash, "―") || t_.IsPunct(dash, "—") || t_.IsPunct(dash, "–"))) {
      continue;
    }
    const uint32_t begin = skip_spaces(dash + 1);
    uint32_t end = begin;
    int words = 0;
    while (end < n && words <= 4 && t_.IsWord(end) && t_.Has(end, kCapitalised)) {
      end = skip_spaces(end + 1);
      ++words;
    }
    // The name ends its line: a line break, the text's end, or the next quote.
    if (words == 0 || words > 4 || (end < n && !t_.IsSpace(end) && !t_.IsOpening(end))) continue;
    Claim claim;
    claim.speaker = t_.Trim({begin, end});
    claim.sentence = t_.sentence_of(t_.marks()[m].open);
    claim.direct = true;
    claim.how = "speaker:dash_credit";
    AddClaim(claim, static_cast<int>(m));
  }
}

void ClaimFinder::Attribute(const Cue& cue) {
  const uint32_t c = cue.tokens.begin;
  if (t_.InsideQuote(c)) return;  // words inside quotation marks are the quote's own
  // "said he could not confirm whether ...": a cue inside what another claim reports is
  // part of that claim, not one of its own.
  if (scratch_.in_content[c]) return;
  if (cue.according) return AttributeAccording(cue);
  Claim claim;
  claim.cue = cue.tokens;
  claim.rejects = cue.type == "deny"sv;
  claim.sentence = t_.sentence_of(c);
  const Segment& sent = t_.sentences()[claim.sentence];
  if (t_.Has(c, kSentenceStart) && t_.IsIngForm(c)) {
    return AttributeParticiple(cue, claim);
  }
  const uint32_t before_cue = t_.Prev(c) == kNone ? c : t_.Prev(c);
  if ((t_.IsPunct(before_cue, ",") || t_.LowerIs(before_cue, "by")) && t_.IsIngForm(c)) {
    // ", saying ...": the subject of the sentence's claim says it, or else the subject of
    // the sentence ("Trump attacked Clinton, saying, “...”", "responded by saying ...").
    if (LastClaimIn(claims_, claim.sentence)) {
      ShareLastSpeaker(claims_, &claim);
    } else {
      // ("The bill was backed by some firms, saying ...": the agent of a passive says it.)
      claim.speaker = speakers_.PassiveAgent(sent.first_token, t_.Prev(c));
      if (claim.speaker.empty()) claim.speaker = speakers_.SubjectOf(sent.first_token, t_.Prev(c));
      if (claim.speaker.empty()) return;
    }
    claim.how = "speaker:subject_of_saying";
    AddContentAfter(cue, claim, cue.tokens.end, false);
    return;
  }
  // Who speaks: before the cue, or after it ("..., said Tomas Reyes").
  bool subordinate = false;
  if (!speakers_.Before(c, &claim, &subordinate)) {
    // "..., told the BBC News website": after a cue that takes a listener stands the
    // listener, not the speaker.
    if (claim.how == SpeakerFinder::kNoSpeaker || cue.takes_object || cue.clause_only ||
        !speakers_.After(cue.tokens.end, &claim)) {
      return;
    }
    claim.speaker_after = true;
    claim.how = "speaker:after_cue";
  }
  if (!claim.speaker_after) claim.speaker = speakers_.WithoutLeadingPhrase(claim.speaker);
  // "The book, Brown's Britain, said Tony Blair felt": another cue's words are no part of
  // this one's speaker.
  for (uint32_t k = claim.speaker.end; !claim.speaker_after && k-- > claim.speaker.begin;) {
    if (!cues_.At(k)) continue;
    uint32_t after = k;
    while (after < claim.speaker.end && (cues_.At(after) || !t_.IsWord(after))) ++after;
    claim.speaker = t_.Trim({after, claim.speaker.end});
    if (claim.speaker.empty()) return;
    break;
  }
  // "as an employer you will know that", "you understand why": the reader addressed is no
  // source. Nor is everybody: "Every parent knows", "everybody knows and loves".
  // ("What doesn't kill you makes you stronger. I know I can come back": in a quote whose
  // mark is never closed, "I" is the quoted speaker's, no source of the narration. Outside
  // quotes, the writer's own "I think ..." is the writer's claim, as attribution corpora
  // annotate it in opinion pieces.)
  if (claim.speaker.end - claim.speaker.begin == 1 &&
      (t_.LowerIs(claim.speaker.begin, "i") || t_.LowerIs(claim.speaker.begin, "we")) &&
      InUnclosedQuote(claim.speaker.begin)) {
    return;
  }
  if (claim.refers.empty() &&
      ((claim.speaker.end - claim.speaker.begin == 1 && t_.LowerIs(claim.speaker.begin, "you")) ||
       t_.LowerIs(claim.speaker.begin, "every") || t_.LowerIs(claim.speaker.begin, "everybody") ||
       t_.LowerIs(claim.speaker.begin, "everyone") || t_.LowerIs(claim.speaker.begin, "anyone") ||
       t_.LowerIs(claim.speaker.begin, "anybody"))) {
    return;
  }
  if (cue.evidence && claim.refers.empty() && !ShowsEvidence(claim.speaker)) return;
  // "was asked whether he thought the war had ...": the cue of a question put, no claim.
  if (!claim.speaker_after && claim.refers.empty()) {
    const uint32_t before = t_.Prev(claim.speaker.begin);
    if (before != kNone && (t_.LowerIs(before, "whether") || t_.LowerIs(before, "if"))) return;
  }
  // "with shipments expected to grow by 11%": a participle after "with" and its noun is
  // passive; no one is said to expect.
  if (!claim.speaker_after && claim.refers.empty() &&
      EndsWithAsciiLower(t_.Text(cue.tokens.end - 1), "ed")) {
    const uint32_t before = t_.Prev(claim.speaker.begin);
    if (before != kNone && t_.LowerIs(before, "with")) return;
  }
  // A speaker's words are no list: "court cases\n - Better access" is two items.
  if (claim.refers.empty() && CrossesListItem(claim.speaker)) return;
  if (speakers_.IsRelativePronoun(claim.speaker.begin)) {
    subordinate = true;  // the relative clause ends at its comma
  }
  if (claim.refers.empty() && speakers_.IsRelativePronoun(claim.speaker.begin)) {
    const uint32_t next = t_.Next(claim.speaker.begin);
    // "James Tambone, who it says headed": a subject after "who" too, not "who in 2010".
    const bool subject_follows = next != kNone && next < claim.speaker.end &&
                                 (!t_.LowerIs(claim.speaker.begin, "who") || t_.IsPronoun(next) ||
                                  t_.Is(WordList::kDeterminer, next) || t_.Has(next, kCapitalised));
    if (subject_follows) {
      // "the tax, which Nakasone says is needed": the words after the pronoun speak, a noun
      // phrase ("which was especially written" has none).
      for (uint32_t k = next; k < claim.speaker.end; ++k) {
        if (t_.IsWord(k) &&
            (t_.Is(WordList::kAuxiliary, k) || t_.Is(WordList::kPassiveAuxiliary, k))) {
          return;
        }
      }
      claim.speaker.begin = next;
      claim.how = "speaker:in_relative_clause";
    } else {
      // "said coach Íñigo Larrañaga, who called it ...", "McConnell, now the Senate
      // majority leader, who in 2010 said": the person named before the comma.
      const int person = speakers_.PersonBeforeRelative(claim.speaker.begin);
      if (!t_.LowerIs(claim.speaker.begin, "who") || person < 0) return;
      claim.speaker = {claim.speaker.begin, claim.speaker.begin + 1};
      claim.refers = t_.TokensOf(t_.entities()[person]);
      claim.apposition = t_.Trim({claim.refers.end, t_.Prev(claim.speaker.begin)});
      while (!claim.apposition.empty() && t_.IsPunct(claim.apposition.begin, ",")) {
        claim.apposition = t_.Trim({claim.apposition.begin + 1, claim.apposition.end});
      }
      claim.how = "speaker:relative_clause";
    }
  }
  // "called the open border a “huge concern”": the quotes of the sentence; without any, a
  // verb like "describe" says its object ("described Trump's approach as ...").
  if (cue.describes && (HasQuoteIn(sent) || !cue.object_content)) {
    AttachPartials(claim, sent);
    return;
  }
  // What is said: after the cue, or (nothing after it) before the speaker.
  if (!claim.speaker_after && AddContentAfter(cue, claim, cue.tokens.end, subordinate)) return;
  // A relative clause ("X, who spoke ...", "the tax, which X says") reports nothing
  // before itself.
  if (claim.how == "speaker:relative_clause"sv || claim.how == "speaker:in_relative_clause"sv) {
    return;
  }
  // A cue that shares an earlier cue's speaker ("said ... and thanked fans"), or one in a
  // subordinate clause ("..., although the firm warned of lower margins"), reports nothing
  // before it.
  if (claim.inherit_from >= 0 || subordinate || cue.clause_only) return;
  // Before: "CLAUSE, the ministry said." / "“...,” the judge said."
  // ("..., her lawyer, Perry Wander, said": an apposition before the name is the speaker's.)
  const uint32_t before_end =
      claim.speaker_after
          ? cue.tokens.begin
          : std::min(claim.speaker.begin,
                     claim.apposition.empty() ? claim.speaker.begin : claim.apposition.begin);
  uint32_t p = t_.Prev(before_end);
  // A clause reported before its source ends at a comma, a dash or a quotation mark. Words
  // that run into the cue or speaker are their subject or object: "Cadbury has reported a
  // rise", "experts say the outlook", "twice what it estimated", "the road that Mr Forsyth
  // suggests".
  // ('"...," CME special counsel Leo Melamed said': a few words after a closing quotation
  // mark describe the speaker.)
  // ("But in 1946 Winston Churchill told us": a number runs into the speaker too.)
  const auto runs_on = [this](uint32_t k) {
    return t_.IsWord(k) || t_.tokens()[k].kind == TokenKind::kNumber;
  };
  if (p != kNone && runs_on(p)) {
    int words = 0;
    while (p != kNone && runs_on(p) && ++words <= 5) p = t_.Prev(p);
    if (p != kNone && t_.IsPunct(p, ",") && t_.Prev(p) != kNone && t_.IsClosing(t_.Prev(p))) {
      p = t_.Prev(p);  // ('"...", Rabbi Marvin Hier said')
    }
    if (p == kNone || !t_.IsClosing(p)) return;
  }
  while (p != kNone && (t_.IsPunct(p, ",") || t_.IsPunct(p, "—"))) p = t_.Prev(p);
  // ("... looks at the war: The Journey tells the story of": a colon ends what went before.)
  // (Nor a dateline: "CHICAGO, June 2 - Rockwell said".)
  if (p == kNone || t_.IsPunct(p, ":") || speakers_.EndsDateline(p)) return;
  if (t_.IsClosing(p)) {
    const int mark = t_.QuoteClosingAt(p);
    claim.direct = true;
    if (mark >= 0) AddClaim(claim, mark);
    return;
  }
  Range content{ClauseStart(sent, p), p + 1};
  // "The problem with the film, he believed, was that ...": a clause the attribution
  // interrupts is the whole sentence.
  // ("What this is really about, believes Mr Blair, is the Tories ...": after an inverted
  // speaker.)
  // (Not where an apposition follows the speaker: "..., insists Mr Hadi, an Iraqi who".)
  const uint32_t after_cue =
      claim.speaker_after && !claim.apposition.empty()
          ? kNone
          : t_.Next((claim.speaker_after ? claim.speaker.end : cue.tokens.end) - 1);
  // ("it is the prime minister who, he claims, is ramming": a clause cut at its pronoun.)
  if (after_cue != kNone && t_.IsPunct(after_cue, ",") &&
      t_.WordCount({after_cue, sent.end_token}) >= 3 && !t_.IsOpening(p) &&
      (!ClauseFollows(ClauseStart(sent, p), p) || speakers_.IsRelativePronoun(p) ||
       OpensNominalClause(ClauseStart(sent, p)))) {
    content.end = ContentEnd(t_.Next(after_cue), sent, false);
  }
  claim.content = WithoutUnclosedMark(t_.Trim(content));
  if (claim.content.empty() || t_.WordCount(claim.content) < 3) return;
  // "Asked if he would quit, he said no": a question put, not a claim.
  if (t_.LowerIs(claim.content.begin, "asked")) return;
  // "In addition to the penalty, Monsanto agreed": a phrase that opens the sentence, with
  // no verb of its own, is no clause ("In the long run the deal will pay, he said" is).
  if (t_.WordCount(claim.content) <= 6 && !speakers_.HasAuxiliary(claim.content) &&
      (speakers_.OpensWithPreposition(claim.content) ||
       (t_.IsWord(claim.content.begin) && t_.Is(WordList::kAdverbialStart, claim.content.begin) &&
        !t_.LowerIs(claim.content.begin, "this") && !t_.LowerIs(claim.content.begin, "last")))) {
    return;
  }
  // "the economy is expanding at a healthy rate, with 7.9% growth expected": words that end
  // in a preposition or conjunction are no whole clause.
  const uint32_t last = claim.content.end - 1;
  if (t_.IsWord(last) && !t_.Has(last, kCapitalised) &&
      (t_.Is(WordList::kSubordinator, last) || t_.LowerIs(last, "with") ||
       t_.LowerIs(last, "and") || t_.LowerIs(last, "but") || t_.LowerIs(last, "or") ||
       t_.LowerIs(last, "of") || t_.LowerIs(last, "the") || t_.LowerIs(last, "a"))) {
    return;
  }
  // "Officials claimed ..., NPR reported": the outlet carries the officials' claim, whose
  // cue stands inside this one's content.
  const uint32_t head = t_.Head(claim.speaker);
  if (head != kNone && t_.entity_of(head) >= 0 && outlets_.IsMedia(t_.entity_of(head))) {
    if (HasCueIn(claim.content)) return;
  }
  // Words wholly in quotation marks are a direct quote.
  const int mark = t_.quote_of(claim.content.begin);
  if (mark >= 0 && t_.marks()[mark].content.begin == claim.content.begin &&
      t_.marks()[mark].content.end >= claim.content.end) {
    return AddClaim(claim, mark);
  }
  AddClaim(claim, -1);
}

// The claim after a cue at `k`: "said (on Monday) (that) CLAUSE", "told The Post that
// CLAUSE", "said: “...”", "claimed to have ...". False when nothing is reported after it.
bool ClaimFinder::AddContentAfter(const Cue& cue, Claim claim, uint32_t k, bool subordinate) {
  const Segment& sent = t_.sentences()[claim.sentence];
  bool object_skipped = false;  // a listener or object stands between the cue and k
  if (cue.takes_object) {
    // An object that runs to the sentence's end is what is said ("urged lawmakers to act.").
    // (Verbs of blame and praise give their reason after a preposition: "accused X of".)
    const uint32_t after = SkipObject(k, sent.end_token, cue.reason, &claim);
    if (!cue.object_content || (after < sent.end_token && !t_.IsPunct(after, "."))) {
      object_skipped = t_.WordCount({k, after}) > 0;
      k = after;
    }
  }
  const uint32_t before_adverbials = k;
  k = SkipAdverbials(k, sent.end_token, &claim);
  // "said repeatedly that", "argued strongly that": an adverb before "that".
  {
    const uint32_t adverb = k < sent.end_token && t_.IsSpace(k) ? t_.Next(k) : k;
    const uint32_t after = adverb == kNone || adverb >= sent.end_token ? kNone : t_.Next(adverb);
    if (after != kNone && t_.IsWord(adverb) && t_.IsAdverb(adverb) && t_.LowerIs(after, "that")) {
      k = after;
    }
  }
  uint32_t start = k < sent.end_token ? (t_.IsSpace(k) ? t_.Next(k) : k) : kNone;
  // "said in the case of textiles, however, retaliation would ...": an adverbial that ends
  // at a comma opens the reported clause.
  // Only where nothing before the speaker could be the claim ("CLAUSE, the club said on
  // Thursday, a blow that ..." reports the clause before).
  // "said in the complaint, filed on 13 December, that it did not know": past a phrase
  // between commas to "that".
  if (k != before_adverbials && start != kNone && t_.IsPunct(start, ",")) {
    uint32_t j = t_.Next(start);
    for (int words = 0; j != kNone && j < sent.end_token && words < 10; j = t_.Next(j)) {
      if (t_.IsPunct(j, ",") || t_.IsPunct(j, ".") || t_.IsQuoteMark(j)) break;
      ++words;
    }
    const uint32_t that = j == kNone || j >= sent.end_token ? kNone : t_.Next(j);
    if (that != kNone && t_.IsPunct(j, ",") && t_.LowerIs(that, "that")) start = that;
  }
  bool adverbial_opens = false;
  if (k != before_adverbials && start != kNone && t_.IsPunct(start, ",") &&
      !claim.speaker.empty() && t_.WordCount({sent.first_token, claim.speaker.begin}) <= 1 &&
      (t_.Next(start) == kNone || !t_.IsOpening(t_.Next(start))) &&
      ClauseFollows(start, sent.end_token)) {
    start = t_.IsSpace(before_adverbials) ? t_.Next(before_adverbials) : before_adverbials;
    adverbial_opens = true;
  }
  // "Caddell continued:" at a paragraph's end: the quoted paragraph after it.
  if (start != kNone && t_.IsPunct(start, ":") && t_.Next(start) == kNone) {
    uint32_t open = start + 1;
    while (open < t_.tokens().size() && t_.IsSpace(open)) ++open;
    const int mark =
        open < t_.tokens().size() && t_.Has(open, kParagraphStart) && t_.IsOpening(open)
            ? t_.QuoteOpeningAt(open)
            : -1;
    if (mark < 0) return false;
    claim.direct = true;
    claim.sentence = t_.sentence_of(open);
    AddClaim(claim, mark);
    return true;
  }
  // "..., official figures show - but still looks set to": no clause after a dash.
  if (start != kNone && t_.IsDash(start)) {
    return false;
  }
  if (start == kNone || t_.IsPunct(start, ".") ||
      (t_.IsPunct(start, ",") && (t_.Next(start) == kNone || !t_.IsOpening(t_.Next(start))))) {
    return false;
  }
  // "said as she accepted the prize", "said when asked about", "said as lead manager": a
  // phrase of time or role says when or as what, not what; unless a clause follows its
  // comma ("said before last week's fire, the company had ...") or it is an amount ("said as
  // many as 3,000 firms").
  if (start != kNone && t_.IsWord(start) &&
      (t_.LowerIs(start, "as") || t_.LowerIs(start, "when") || t_.LowerIs(start, "after") ||
       t_.LowerIs(start, "before") || t_.LowerIs(start, "since"))) {
    const uint32_t much = t_.Next(start);
    const uint32_t as = much == kNone ? kNone : t_.Next(much);
    const bool amount = t_.LowerIs(start, "as") && as != kNone && t_.LowerIs(as, "as") &&
                        (t_.LowerIs(much, "many") || t_.LowerIs(much, "much"));
    uint32_t comma = start;
    for (int words = 0; comma < sent.end_token && words < 12 && !t_.IsPunct(comma, ","); ++comma) {
      words += t_.IsWord(comma) ? 1 : 0;
    }
    const bool clause_after = comma < sent.end_token && t_.IsPunct(comma, ",") &&
                              t_.Next(comma) != kNone &&
                              ClauseFollows(t_.Next(comma), sent.end_token);
    if (!amount && !clause_after) return false;
  }
  // "will rule whether the court has jurisdiction", "asked if": a question, no claim;
  // "said nothing about the dollar": nothing said.
  // ("turns colours into musical notes so that he can read": a purpose, not a claim; "says
  // so himself": nothing said but "so", unless "so far", "so many" open the clause.)
  const uint32_t second = t_.Next(start);
  if (t_.LowerIs(start, "whether") || t_.LowerIs(start, "if") || t_.LowerIs(start, "nothing") ||
      (t_.LowerIs(start, "so") &&
       !(second != kNone && (t_.LowerIs(second, "far") || t_.LowerIs(second, "many") ||
                             t_.LowerIs(second, "much") || t_.LowerIs(second, "long"))))) {
    return true;
  }
  // "agreed to buy AT&T": a deal, not a claim.
  if (t_.LowerIs(start, "to") && second != kNone && cue.entry != nullptr &&
      cue.entry->canonical == "agree"sv &&
      (t_.LowerIs(second, "buy") || t_.LowerIs(second, "sell") || t_.LowerIs(second, "pay") ||
       t_.LowerIs(second, "acquire") || t_.LowerIs(second, "merge") ||
       t_.LowerIs(second, "purchase") || t_.LowerIs(second, "invest"))) {
    return true;
  }
  // "demanded to know who was responsible": a question put; "whom he described as his first
  // teacher": the object stood before, in a relative pronoun, and "as ..." says nothing.
  if ((t_.LowerIs(start, "to") && second != kNone && t_.LowerIs(second, "know")) ||
      (cue.describes && t_.LowerIs(start, "as"))) {
    return true;
  }
  // "understand why they were cut", "knew who Michael Howard was": what one knows or
  // thinks of a question is no claim; nor is a feeling ("the game world felt more real").
  if (cue.type == "believe"sv &&
      (t_.LowerIs(start, "why") || t_.LowerIs(start, "how") || t_.LowerIs(start, "what") ||
       t_.LowerIs(start, "who") || t_.LowerIs(start, "where") || t_.LowerIs(start, "when") ||
       t_.LowerIs(start, "more") || t_.LowerIs(start, "less") || t_.LowerIs(start, "very") ||
       t_.LowerIs(start, "so") || t_.LowerIs(start, "too") || t_.LowerIs(start, "like"))) {
    return true;
  }
  // "responded to the figures: “...”", "complained to her coach that ...": a listener
  // after "to" (no infinitive), then what is said; nothing is said when neither follows
  // ("responded to the concerns raised").
  if (t_.LowerIs(start, "to") && !OpensInfinitive(start)) {
    uint32_t j = start;
    for (int words = 0; j < sent.end_token && words <= 12; ++j) {
      if (t_.IsPunct(j, ":") || t_.LowerIs(j, "that") || t_.IsPunct(j, ",") || t_.IsPunct(j, ".") ||
          t_.IsOpening(j)) {
        break;
      }
      words += t_.IsWord(j) ? 1 : 0;
    }
    // (A "that" before a verb opens a relative clause: "agreed to a contract that cuts pay".)
    const uint32_t subject = j < sent.end_token ? t_.Next(j) : kNone;
    const bool that_clause = j < sent.end_token && t_.LowerIs(j, "that") && subject != kNone &&
                             (t_.IsPronoun(subject) || t_.Is(WordList::kDeterminer, subject) ||
                              t_.Has(subject, kCapitalised));
    if (j < sent.end_token && (t_.IsPunct(j, ":") || that_clause)) {
      start = j;
    } else if (j >= sent.end_token || t_.IsPunct(j, ".")) {
      return false;  // "..., a spokesman confirmed to BBC Sport.": the words before
    } else if (!cue.drops_that) {
      return true;
    }
  }
  const bool that = t_.LowerIs(start, "that");
  if (that) start = t_.Next(start);
  // A cue that is a noun too is a verb after a pronoun ("he feels that").
  const uint32_t subject = t_.Prev(cue.tokens.begin);
  const bool verb = !cue.noun || (subject != kNone && t_.IsPronoun(subject));
  // "a price dispute that threatened the economy": a verb right after "that" makes it a
  // relative clause (an auxiliary only after a cue that is a noun too: "said that was").
  if (that && start != kNone && t_.IsWord(start) && !t_.Has(start, kCapitalised)) {
    const std::string_view w = t_.Text(start);
    const bool past = w.size() > 4 && w.substr(w.size() - 2) == "ed"sv;
    if (past || (!verb && (t_.Is(WordList::kAuxiliary, start) ||
                           t_.Is(WordList::kPassiveAuxiliary, start)))) {
      return true;
    }
  }
  // "denied that quote on Wednesday.": "that" and a noun that ends the sentence (past a
  // short adverbial) are the object.
  if (that && start != kNone && t_.IsWord(start) && !t_.Has(start, kCapitalised) &&
      !t_.IsPronoun(start) && !t_.Is(WordList::kDeterminer, start)) {
    uint32_t j = t_.Next(start);
    if (j != kNone && j < sent.end_token && t_.IsWord(j) && t_.Is(WordList::kAdverbialStart, j)) {
      for (int words = 0; j != kNone && j < sent.end_token && t_.IsWord(j) && words < 3; ++words) {
        j = t_.Next(j);
      }
    }
    if (j == kNone || j >= sent.end_token || t_.IsPunct(j, ".")) return true;
  }
  // "feels that is now coming back to haunt him": "that" before an auxiliary is the
  // clause's subject (not before an inverted "should": "that should markets slump, ...").
  // ("told reporters after the meeting that was held on a boat": after an object, a
  // relative clause.)
  if (that && start != kNone && t_.IsWord(start) && verb && t_.Is(WordList::kAuxiliary, start) &&
      !t_.LowerIs(start, "should")) {
    if (object_skipped) return false;
    start = t_.Prev(start);
  }
  // "denied that, saying ...": "that" was the object, a pronoun; nothing is reported.
  if (that && start != kNone && (t_.IsPunct(start, ",") || t_.IsPunct(start, "."))) return true;
  // "said of the Tory leader: “...”", "says of Clinton, “...”": past whom it is about to the
  // quote.
  if (!that && start != kNone && t_.LowerIs(start, "of")) {
    uint32_t j = t_.Next(start);
    for (int words = 0; j != kNone && j < sent.end_token && words < 8 && t_.IsWord(j); ++words) {
      j = t_.Next(j);
    }
    if (j != kNone && j < sent.end_token && (t_.IsPunct(j, ":") || t_.IsPunct(j, ",")) &&
        t_.Next(j) != kNone && t_.IsOpening(t_.Next(j))) {
      start = j;
    }
  }
  // ("said: “...”", and "said; “...”" with a semicolon for the colon.)
  if (start != kNone &&
      (t_.IsPunct(start, ":") || t_.IsPunct(start, ",") ||
       (t_.IsPunct(start, ";") && t_.Next(start) != kNone && t_.IsOpening(t_.Next(start))))) {
    start = t_.Next(start);
  }
  if (start == kNone) return false;
  // A reported clause opens with its subject or "to", not a preposition ("spoke on
  // condition of anonymity", "said in the style ...").
  // ("said this attitude would not help": "this" opens the subject.)
  if (!that && !adverbial_opens && t_.IsWord(start) && t_.Is(WordList::kAdverbialStart, start) &&
      !(t_.Is(WordList::kDeterminer, start) && ClauseFollows(start, sent.end_token))) {
    return false;
  }
  // Nor with what it is about or with ("worried about the costs", "wrote about a woman
  // who", "the information they expect with the customer's key"; but "said about 20 people
  // have": an amount), nor a comparison ("said more about how").
  const uint32_t then = t_.Next(start);
  // ("said of the base rate.": the words before the cue, if any, are what is said.)
  if (!that && t_.LowerIs(start, "of")) return false;  // "tell of a battle", "spoke of"
  if (!that &&
      (((t_.LowerIs(start, "about") || (t_.LowerIs(start, "with") && !cue.object_content)) &&
        OpensNounPhrase(then)) ||
       ((t_.LowerIs(start, "more") || t_.LowerIs(start, "less") || t_.LowerIs(start, "much")) &&
        then != kNone && t_.LowerIs(then, "about")))) {
    return true;
  }
  // "ruled the country", "read a book": a clause-only verb reports a clause, a quote or
  // what follows a colon, never an object.
  if (cue.clause_only && !that && !t_.IsOpening(start) && !ClauseFollows(start, sent.end_token)) {
    const uint32_t before_start = t_.Prev(start);
    if (before_start == kNone || !t_.IsPunct(before_start, ":")) return true;
  }
  // Without "that", only verbs that drop it report a clause ("said the branch is ...");
  // others take an object ("claimed the lives of", "announced a deal").
  const uint32_t to = t_.LowerIs(start, "not") ? t_.Next(start) : start;  // "not to"
  const bool infinitive = to != kNone && t_.LowerIs(to, "to") && OpensInfinitive(to);
  // (A verb of denial drops "that" before a clause, but words with no verb after it are
  // its object, which must still be said: "denied Gerrard with a last-ditch tackle".)
  if (!that && !t_.IsOpening(start) && !infinitive &&
      (!cue.drops_that || (cue.said_object && !HasPastVerb(start, sent.end_token))) &&
      !ClauseFollows(start, sent.end_token)) {
    // "announced plans to cut jobs", "denied the allegations": the object is what is said;
    // not an amount ("pledged £76m in aid").
    const bool amount = t_.tokens()[start].kind == TokenKind::kNumber ||
                        t_.Is(WordList::kApproximate, start) || IsCurrencySign(start);
    // ("denies 10 charges of child abuse": charges counted are still said.)
    if (!cue.object_content ||
        (amount && !(cue.said_object && HeadedBySaidNoun({start, sent.end_token})))) {
      // "rejects a suggestion that he had once told X that ...": what one rejects is
      // no one's claim, nor are the cues inside it.
      // (But "rejected Biogen's patent, which Biogen said it will appeal": a relative clause
      // after a comma has a speaker of its own.)
      if (claim.rejects) {
        const uint32_t end = ContentEnd(start, sent, subordinate);
        for (uint32_t j = start; j < end && !(t_.IsPunct(j, ",") && t_.Next(j) != kNone &&
                                              speakers_.IsRelativePronoun(t_.Next(j)));
             ++j) {
          scratch_.in_content[j] = 1;
        }
      }
      return true;
    }
    claim.content = t_.Trim({start, ContentEnd(start, sent, subordinate)});
    // "denied the allegations", "rejected claims of bias": what one denies is a claim when a
    // noun of what is said heads it ("rejected a third bid", "dismissed both appeals" deny
    // none; said_object=1), or a gerund ("denied taking drugs"), or it is called something
    // ("dismissed the plan as \"desperate\"").
    // ("denied ever taking drugs": past an adverb.)
    const uint32_t gerund =
        t_.IsAdverb(start) || t_.LowerIs(start, "ever") ? t_.Next(start) : start;
    if (cue.said_object && (gerund == kNone || !t_.IsIngForm(gerund)) &&
        !HeadedBySaidNoun(claim.content) && !HasAs(claim.content) && !HasQuoteIn(sent)) {
      return true;
    }
    // "bad spelling that characterises many other phishing attempts": a verb that describes
    // says something of its object only with "as" ("described the plan as a failure").
    if (cue.describes && !HasAs(claim.content)) return true;
    // "proposed a freeze last week and Canada has begun its own": an object ends where a
    // clause with a subject of its own is joined to it. ("criticised a union leader who said
    // conflict was harming": an object with a relative clause that has a cue of its own is
    // no claim; the relative clause's is. But what is rejected stays whole: "rejected
    // reports which said".)
    for (uint32_t k = claim.content.begin; k < claim.content.end; ++k) {
      if (!claim.rejects && t_.IsWord(k) && (t_.LowerIs(k, "who") || t_.LowerIs(k, "which"))) {
        const uint32_t cue_word = t_.Next(k);
        if (cue_word != kNone && cue_word < claim.content.end && cues_.At(cue_word)) {
          return true;  // the object is whom the relative clause's claim is of
        }
      }
      if (!t_.IsWord(k) || (!t_.LowerIs(k, "and") && !t_.LowerIs(k, "but"))) continue;
      const uint32_t n = t_.Next(k);
      if (n != kNone && n < claim.content.end && (t_.Has(n, kCapitalised) || t_.IsPronoun(n)) &&
          ClauseFollows(n, claim.content.end)) {
        claim.content = t_.Trim({claim.content.begin, k});
        break;
      }
    }
    if (t_.WordCount(claim.content) >= 2) AddClaim(claim, -1);
    return true;
  }
  const int mark = t_.IsOpening(start) ? t_.QuoteOpeningAt(start) : -1;
  const Range rest = t_.Trim({start, ContentEnd(start, sent, subordinate)});
  if (mark >= 0 && rest.begin == t_.marks()[mark].open) {
    claim.direct = true;
    AddClaim(claim, mark);  // said: “...”, said that "..."
    return true;
  }
  claim.content = WithoutUnclosedMark(rest);
  // After an adverbial, a short "that" clause is more often a relative clause ("said in
  // the style that made her famous") than a claim.
  const int min_words = k > cue.tokens.end + 1 && that ? 4 : 3;
  if (t_.WordCount(claim.content) < min_words) return false;
  if (!claim.speaker_after) claim.content = WithGapFiller(claim.speaker, claim.content);
  AddClaim(claim, -1);
  return true;
}

// "large rural estates, which it says are lying idle", "what he says are skills shortages":
// a clause whose subject is the relative pronoun before its speaker starts with the words
// the pronoun stands for (or with "what"); the attribution stays inside, as where it
// interrupts a clause.
Range ClaimFinder::WithGapFiller(Range speaker, Range content) const {
  const uint32_t rel = t_.Prev(speaker.begin);
  if (rel == kNone || !t_.IsWord(rel) || content.empty() || !t_.IsWord(content.begin) ||
      !(t_.Is(WordList::kAuxiliary, content.begin) ||
        t_.Is(WordList::kPassiveAuxiliary, content.begin))) {
    return content;
  }
  if (t_.LowerIs(rel, "what")) return {rel, content.end};
  // ("coach Andy Robinson, who he believes was": the person the pronoun refers to.)
  if (t_.LowerIs(rel, "who")) {
    Range apposition;
    const Range person = speakers_.Antecedent(rel, &apposition);
    return person.empty() ? content : Range{person.begin, content.end};
  }
  if (!t_.LowerIs(rel, "which") && !t_.LowerIs(rel, "that")) return content;
  // The noun phrase before the pronoun (past its comma): back to a determiner or a
  // possessive, at most five words, never past a punctuation mark.
  uint32_t begin = rel;
  uint32_t k = t_.Prev(rel);
  if (k != kNone && t_.IsPunct(k, ",")) k = t_.Prev(k);
  for (int words = 0; k != kNone && words < 5 && (t_.IsWord(k) || t_.Text(k) == "'s"sv);
       k = t_.Prev(k)) {
    // ("estates, or large rural estates, which": not past a conjunction or preposition.)
    if (t_.LowerIs(k, "or") || t_.LowerIs(k, "and") || t_.LowerIs(k, "but") ||
        t_.LowerIs(k, "to") || t_.LowerIs(k, "by") || t_.LowerIs(k, "as") ||
        t_.Is(WordList::kAdverbialStart, k) || speakers_.OpensWithPreposition({k, k + 1}) ||
        t_.Is(WordList::kAuxiliary, k) || t_.Is(WordList::kPassiveAuxiliary, k) ||
        (!t_.Has(k, kCapitalised) &&
         (t_.IsIngForm(k) || ClaimText::IsPastParticiple(t_.Text(k))))) {
      break;  // ("are seizing large rural estates": nor past a verb.)
    }
    begin = k;
    if (t_.Is(WordList::kDeterminer, k) || t_.LowerIs(k, "his") || t_.LowerIs(k, "her") ||
        t_.LowerIs(k, "its") || t_.LowerIs(k, "their")) {
      break;
    }
    if (t_.IsWord(k)) ++words;
  }
  // ("for himself, which I think is right": a clause, no noun, before the pronoun.)
  if (begin >= rel || t_.IsPronoun(begin) || t_.LowerIs(begin, "himself") ||
      t_.LowerIs(begin, "herself") || t_.LowerIs(begin, "itself")) {
    return content;
  }
  return {begin, content.end};
}

// "to stage", "to “practise what it preaches”", not "to the concerns" nor "to Mr Blair": does
// the "to" at k open an infinitive?
bool ClaimFinder::OpensInfinitive(uint32_t to) const {
  const uint32_t verb = t_.Next(to);
  if (verb == kNone) return false;
  if (t_.IsOpening(verb)) return true;
  // (In a headline in title case, "Vows To Eliminate Tax Breaks", the verb is capitalised.)
  if (!t_.IsWord(verb) || (t_.Has(verb, kCapitalised) && !t_.Has(to, kCapitalised)) ||
      t_.Is(WordList::kDeterminer, verb) || t_.IsPronoun(verb) ||
      t_.tokens()[verb].kind == TokenKind::kNumber) {
    return false;
  }
  // "apologised to investors", "written to homes", "to two families": a plural or an
  // amount is no verb ("to discuss", "to focus" are).
  const std::string w = t_.LowerText(verb);
  const bool plural = w.size() > 3 && w.back() == 's' && !EndsWithAsciiLower(w, "ss") &&
                      !EndsWithAsciiLower(w, "us") && !EndsWithAsciiLower(w, "is");
  return !plural && !IsCountWord(w);
}

// "the programme breached the guidelines": a past verb (a lower-case word in -ed, or an
// auxiliary) among the first twelve words from k, which makes words a clause.
bool ClaimFinder::HasPastVerb(uint32_t k, uint32_t end) const {
  for (int words = 0; k < end && words < 12; ++k) {
    if (!t_.IsWord(k)) continue;
    if (!t_.Has(k, kCapitalised) &&
        (EndsWithAsciiLower(t_.Text(k), "ed") || t_.Is(WordList::kAuxiliary, k) ||
         t_.Is(WordList::kPassiveAuxiliary, k))) {
      return true;
    }
    ++words;
  }
  return false;
}

// "described the plan as a failure": an "as" in r.
bool ClaimFinder::HasAs(Range r) const {
  for (uint32_t k = r.begin; k < r.end; ++k) {
    if (t_.LowerIs(k, "as")) return true;
  }
  return false;
}

// "figures showed", "It showed", not "Rooney showed": evidence that shows, or a person who
// demonstrates.
bool ClaimFinder::ShowsEvidence(Range r) const {
  uint32_t first = r.begin;
  if (t_.LowerIs(first, "the") && t_.Next(first) != kNone) first = t_.Next(first);
  if (first + 1 == r.end) {
    if (t_.IsPronoun(first)) return t_.LowerIs(first, "it") || t_.LowerIs(first, "they");
    // A capital inside the sentence is a name ("Yahoo showed"); at its start, any word.
    if (t_.Has(first, kCapitalised) && !t_.Has(first, kSentenceStart)) return false;
  }
  // A person's name and nothing more ("David Gillick"); not "Figures gathered by Continental
  // Research", nor a body, whose figures speak for it ("The OECD showed farm subsidies ...").
  const int e = t_.entity_of(first);
  return e < 0 || t_.entities()[e].type != EntityType::kPerson ||
         t_.TokensOf(t_.entities()[e]).end < r.end;
}

// "the allegations", "Stephanie Villalba's claims of bias", "any wrongdoing": a noun of what
// is said among the first words of r, before a preposition.
bool ClaimFinder::HeadedBySaidNoun(Range r) const {
  int words = 0;
  for (uint32_t k = r.begin; k < r.end && words < 6; ++k) {
    if (!t_.IsWord(k)) continue;
    if (t_.Is(WordList::kSaidNoun, k)) return true;
    if (words > 0 && (OpensNounPhrase(k) || t_.LowerIs(k, "of") || t_.LowerIs(k, "from") ||
                      t_.LowerIs(k, "to") || t_.LowerIs(k, "by") || t_.LowerIs(k, "for"))) {
      return false;
    }
    ++words;
  }
  return false;
}

// "its owner", "the costs", "how", "rebuilding costs": a word at k that opens a noun phrase
// or a question, not an amount.
bool ClaimFinder::OpensNounPhrase(uint32_t k) const {
  if (k == kNone || !t_.IsWord(k)) return false;
  const std::string w = t_.LowerText(k);
  return t_.Is(WordList::kDeterminer, k) || t_.IsPronoun(k) || t_.IsIngForm(k) || w == "his"sv ||
         w == "her"sv || w == "its"sv || w == "their"sv || w == "our"sv || w == "my"sv ||
         w == "how"sv || w == "what"sv || w == "why"sv || w == "whether"sv;
}

// "What this is really about, believes Mr Blair, is ...": a clause opened by "what" is the
// subject of a sentence that goes on after the attribution.
bool ClaimFinder::OpensNominalClause(uint32_t k) const {
  while (k < t_.tokens().size() && t_.IsSpace(k)) ++k;
  return k < t_.tokens().size() && t_.IsWord(k) && t_.LowerIs(k, "what");
}

// Does a clause start at k: an auxiliary or modal within its first words ("claimed the
// plan had failed"), unlike an object ("claimed the lives of 183 people")?
bool ClaimFinder::ClauseFollows(uint32_t k, uint32_t end) const {
  // A subject opens it: a personal pronoun, or a name not in the possessive ("claimed Mr
  // Blair went back on a pledge", not "denied Smith's claims").
  // ("their", "her": possessives as often, with an auxiliary to come if a clause; "them",
  // "him": objects, "published them in a newspaper".)
  if (k < end && t_.IsWord(k) && t_.IsPronoun(k) && !t_.LowerIs(k, "it") &&
      !t_.LowerIs(k, "their") && !t_.LowerIs(k, "her") && !t_.LowerIs(k, "them") &&
      !t_.LowerIs(k, "him") && !t_.LowerIs(k, "us")) {
    return true;
  }
  uint32_t named = k;  // past a title: "Mr Blair"
  if (named < end && t_.entity_of(named) < 0 && t_.Has(named, kCapitalised) &&
      t_.Next(named) != ClaimText::kNone && t_.entity_of(t_.Next(named)) >= 0) {
    named = t_.Next(named);
  }
  if (named < end && t_.entity_of(named) >= 0) {
    const Range name = t_.TokensOf(t_.entities()[t_.entity_of(named)]);
    // (What follows the name within [k, end): "For BT Retail, she said" has nothing.)
    uint32_t after = name.end;
    while (after < end && t_.IsSpace(after)) ++after;
    if (after >= end) after = ClaimText::kNone;
    // (Not a name that modifies a noun: "The Peter Hain \"mongrel\" attack".)
    if (after != ClaimText::kNone && t_.IsWord(after) && !t_.IsPossessiveS(after)) {
      return true;
    }
  }
  int words = 0;
  for (uint32_t j = k; j < end && words < 7; ++j) {
    // "accepted the MP's resignation, it has been announced": the verb after a comma and a
    // pronoun is another clause's.
    if (t_.IsPunct(j, ",") && t_.Next(j) != ClaimText::kNone && t_.IsPronoun(t_.Next(j))) {
      return false;
    }
    if (!t_.IsWord(j)) continue;
    // "observed the talks said the mood ...": the words are the subject of another cue.
    if (words > 0 && cues_.At(j)) return false;
    // "reflects optimism about the economy, which could grow": the auxiliary of a relative
    // clause is not the reported clause's.
    // ("proposed a freeze last week and Canada has begun": nor a joined clause's.)
    // ("e-mailed a document that had been compressed": nor a relative "that".)
    if (t_.LowerIs(j, "which") || t_.LowerIs(j, "who") ||
        (words > 0 && (t_.LowerIs(j, "and") || t_.LowerIs(j, "but") || t_.LowerIs(j, "that")))) {
      return false;
    }
    // "jobless figures are still below", "proved to be": a clause has its subject first.
    if (t_.Is(WordList::kAuxiliary, j)) return words > 0;
    if (words == 0 && t_.LowerIs(j, "to")) return false;
    ++words;
  }
  return false;
}

// "Stressing that CLAUSE, the officer said": the clause is the claim of the main
// clause's subject.
void ClaimFinder::AttributeParticiple(const Cue& cue, Claim claim) {
  const Segment& sent = t_.sentences()[claim.sentence];
  uint32_t start = t_.Next(cue.tokens.end - 1);
  if (start == kNone || !t_.LowerIs(start, "that")) return;
  start = t_.Next(start);
  uint32_t comma = start;
  while (comma < sent.end_token && !(t_.IsPunct(comma, ",") && !t_.InsideQuote(comma))) ++comma;
  // ("Describing that first meeting, he said": "that" opened a noun phrase.)
  if (comma >= sent.end_token || !ClauseFollows(start, comma)) return;
  // The subject: from the comma to the next cue.
  uint32_t next_cue = comma;
  while (next_cue < sent.end_token && !cues_.At(next_cue)) ++next_cue;
  if (next_cue >= sent.end_token) return;
  bool ignored = false;
  claim.speaker = speakers_.NounPhrase({comma + 1, next_cue}, &ignored);
  claim.how = "speaker:participle_subject";
  claim.content = t_.Trim({start, comma});
  if (claim.speaker.empty() || t_.WordCount(claim.content) < 3) return;
  AddClaim(claim, -1);
}

// Where the words reported before a cue start: the sentence start (after a dateline), or
// after a colon.
uint32_t ClaimFinder::ClauseStart(const Segment& sent, uint32_t end) const {
  uint32_t start = std::max(sent.first_token, end > kMaxClaimTokens ? end - kMaxClaimTokens : 0);
  if (outlets_.credit_dash() != kNone && outlets_.credit_dash() >= sent.first_token &&
      outlets_.credit_dash() < end) {
    start = outlets_.credit_dash() + 1;
  }
  // A dateline without a credit ("GREECE PLANS ...\nATHENS, March 4 - Greece aims"), and
  // the headline a wire story's first sentence runs on from (which may have a dash of its
  // own: "EASE CREDIT - OFFICIALS\nTOKYO, April 24 -").
  const uint32_t from = start;
  for (uint32_t k = from; k < end && k < sent.first_token + kDatelineTokens; ++k) {
    // (The kind first: a call for each word of every claim is the cost of this loop.)
    if (t_.tokens()[k].kind == TokenKind::kPunctuation && speakers_.EndsDateline(k)) {
      start = k + 1;
    }
  }
  for (uint32_t k = start; k < end; ++k) {
    if (t_.IsPunct(k, ":") && !t_.InsideQuote(k)) start = k + 1;
  }
  return start;
}

// The end of a claim that starts at `start`: the sentence end, cut before a credit, a
// tail like ", NPR reported" or ", according to", a coordinated cue (", and proposed"),
// and - for a cue in a subordinate clause - the clause's comma.
uint32_t ClaimFinder::ContentEnd(uint32_t start, const Segment& sent, bool subordinate) const {
  // A claim is at most kMaxClaimTokens long: bounded work in run-on "sentences".
  const uint32_t end = std::min(sent.end_token, start + kMaxClaimTokens);
  bool conditional_open = start < end && t_.IsWord(start) && t_.Is(WordList::kSubordinator, start);
  // "told the court that in the aftermath of the broadcast, a lawyer had told her": the
  // comma after an opening adverbial is no clause's end.
  bool adverbial_open = start < end && t_.IsWord(start) &&
                        t_.Is(WordList::kAdverbialStart, start) &&
                        !t_.Is(WordList::kDeterminer, start);  // not "this strategy was"
  for (uint32_t k = start; k < end; ++k) {
    if (k > start && scratch_.post_start[k]) return k;  // a post's line
    if (t_.InsideQuote(k)) continue;
    if (t_.IsPunct(k, "(") && t_.Next(k) != kNone && t_.entity_of(t_.Next(k)) >= 0 &&
        outlets_.IsMedia(t_.entity_of(t_.Next(k)))) {
      return k;
    }
    // "The IAAF - which said it was surprised - is deciding": the dash closes the clause.
    if (subordinate && t_.IsDash(k) && k > start && t_.IsSpace(k - 1)) {
      return k;
    }
    if (!t_.IsPunct(k, ",") && !t_.LowerIs(k, "and") && !t_.LowerIs(k, "but")) continue;
    // ("people who said that if there had been a quota, his parents might not have been
    // allowed": the first comma ends the conditional, not the clause.)
    if (subordinate && t_.IsPunct(k, ",")) {
      if (!conditional_open) return k;
      conditional_open = false;
      continue;
    }
    if (adverbial_open && t_.IsPunct(k, ",")) {
      adverbial_open = false;
      continue;
    }
    const uint32_t n = t_.Next(k);
    if (n == kNone) continue;
    if (t_.LowerIs(n, "according") || t_.LowerIs(n, "citing")) return k;
    // ", and proposed ...", ", NPR reported", ", but the BMD warned that ...": a clause of
    // its own, with its cue a few words on.
    if (CueOpensClauseAt(n, end, /*apposition=*/t_.IsWord(k))) return k;
  }
  return end;
}

// Does a clause with a cue of its own start at token n: the cue within its first six words,
// after a subject of words alone ("the BMD warned", "NPR reported", "and proposed")?
bool ClaimFinder::CueOpensClauseAt(uint32_t n, uint32_t end, bool apposition) const {
  if (speakers_.IsRelativePronoun(n)) return false;  // ", which he warned of ..."
  int words = 0;
  bool pronoun = false;  // "she hopes ..., but she knows that ...": the same speaker goes on
  for (uint32_t j = n; j < end && words <= 6; ++j) {
    if (t_.IsSpace(j)) continue;
    if (cues_.At(j) && !t_.InsideQuote(j)) return !(pronoun && words == 1);
    if (t_.IsPunct(j, ",") && words > 0 && apposition) {
      apposition = false;
      uint32_t close = t_.Next(j);
      for (int inner = 0; close != kNone && close < end && inner < 6 && t_.IsWord(close); ++inner) {
        close = t_.Next(close);
      }
      if (close == kNone || close >= end || !t_.IsPunct(close, ",")) return false;
      j = close;
      continue;
    }
    if (!t_.IsWord(j) || t_.LowerIs(j, "that")) return false;
    // ("the rivalry between Google and Yahoo is overblown and instead thinks": a verb
    // before the cue; the words are no subject of it.)
    if ((t_.Is(WordList::kAuxiliary, j) || t_.Is(WordList::kPassiveAuxiliary, j)) &&
        !t_.Is(WordList::kBeforeCue, j)) {
      return false;
    }
    pronoun = t_.IsPronoun(j);
    ++words;
  }
  return false;
}

// An opening mark that never closed is no part of the words.
Range ClaimFinder::WithoutUnclosedMark(Range r) const {
  while (r.begin < r.end && t_.IsOpening(r.begin) && t_.QuoteOpeningAt(r.begin) < 0) {
    r = t_.Trim({r.begin + 1, r.end});
  }
  return r;
}

bool ClaimFinder::IsCurrencySign(uint32_t k) const {
  const std::string_view w = t_.Text(k);
  return w == "$"sv || w == "£"sv || w == "€"sv || w == "¥"sv;
}

bool ClaimFinder::InUnclosedQuote(uint32_t k) const {
  for (uint32_t j = k; j-- > 0;) {
    if (t_.IsQuoteMark(j)) return t_.IsOpening(j) && t_.QuoteOpeningAt(j) < 0;
    if (t_.Has(j, kParagraphStart)) return false;
  }
  return false;
}

bool ClaimFinder::HasCueIn(Range r) const {
  for (uint32_t k = r.begin; k < r.end; ++k) {
    if (cues_.At(k)) return true;
  }
  return false;
}

bool ClaimFinder::HasQuoteIn(const Segment& sent) const {
  for (uint32_t k = sent.first_token; k < sent.end_token; ++k) {
    if (t_.IsQuoteMark(k)) return true;
  }
  return false;
}

bool ClaimFinder::CrossesListItem(Range r) const {
  const std::string_view words = t_.Slice(r);
  for (size_t nl = words.find('\n'); nl != std::string_view::npos; nl = words.find('\n', nl + 1)) {
    size_t k = nl + 1;
    while (k < words.size() && (words[k] == ' ' || words[k] == '\t')) ++k;
    if (k < words.size() && (words[k] == '-' || words[k] == '*' || words.substr(k, 3) == "\u2022" ||
                             words.substr(k, 3) == "\u2013")) {
      return true;
    }
  }
  return false;
}

// "told The Post that": the listener, kept for its outlet.
uint32_t ClaimFinder::SkipObject(uint32_t k, uint32_t end, bool reason_follows,
                                 Claim* claim) const {
  uint32_t j = k;
  int words = 0;
  bool after_preposition = false;
  uint32_t last_word = k;
  uint32_t reason = kNone;  // the word after "of", "on" or "over" past the object's first
  bool topic = false;       // the object opens with "of"
  while (j < end) {
    if (t_.IsSpace(j)) {
      ++j;
      continue;
    }
    const std::string w = t_.LowerText(j);
    // "promised to increase ...": an infinitive, no listener; "questioned whether": a
    // question.
    if (words == 0 && (w == "to"sv || w == "whether"sv || w == "if"sv)) return k;
    if (words == 0) topic = w == "of"sv;
    // "blamed an $850m payout to settle a lawsuit": what is blamed or praised goes on past
    // "to" (no one is told to do it).
    if (reason_follows && reason == kNone && words > 0 && w == "to"sv) {
      last_word = j;
      ++words;
      ++j;
      continue;
    }
    // "told the BBC it was", "told Radio Four his concern was": a pronoun, or a possessive
    // that opens a clause, after the listener.
    // (Not in capitals inside a name: "told a His Dark Materials fans' website".)
    const bool possessive = (w == "his"sv || w == "her"sv || w == "its"sv || w == "their"sv) &&
                            !t_.Has(j, kCapitalised);
    // "told MPs a new White Paper was": a determiner after the listener's noun (not after
    // "of", "at" or another determiner: "told the head of the panel") opens the clause.
    const bool determiner = words > 0 && !possessive && t_.Is(WordList::kDeterminer, j) &&
                            !after_preposition && !t_.Is(WordList::kDeterminer, last_word);
    // ("asked Mr Brown whether the Treasury had": a question after the listener.)
    if (w == "that"sv ||
        (words > 0 && (w == "to"sv || w == "whether"sv || t_.IsPronoun(j) ||
                       (possessive && ClauseFollows(j, end)))) ||
        (determiner && ClauseFollows(j, end)) ||
        // ("told ITV Wales' Waterfront programme": a mark right after a word opens nothing.)
        (t_.IsOpening(j) && (j == 0 || !t_.IsWord(j - 1))) || t_.IsPunct(j, ":") ||
        t_.IsPunct(j, ",") || t_.IsPunct(j, ".")) {
      // "tell of a battle ... to overthrow God": what it is about, no listener (but "said of
      // the leader: “...”").
      if (topic && (w == "to"sv || t_.IsPronoun(j) || determiner || possessive)) {
        return k;
      }
      // "blaming indecision as he withdrew his offer": a subordinate clause after the object.
      if (t_.IsPronoun(j) && words > 1 && t_.Is(WordList::kSubordinator, last_word) &&
          !t_.LowerIs(last_word, "that")) {
        return last_word;
      }
      // "called on them not to turn the election into": the negation is what is said.
      if (w == "to"sv && words > 1 && t_.LowerIs(last_word, "not")) return last_word;
      // "accused Mr McLetchie of failing to serve", "criticised the government on its plans
      // to change": what the preposition after the object governs is what is said.
      if (w == "to"sv && reason != kNone) return reason;
      // ("accused Wal-Mart of paying staff less than its rivals do": a clause inside the
      // reason is part of it.)
      if (reason != kNone && words > 0 && t_.IsWord(j) && w != "that"sv) return reason;
      break;
    }
    after_preposition = w == "of"sv || w == "at"sv || w == "in"sv || w == "on"sv || w == "for"sv ||
                        w == "with"sv || w == "from"sv || w == "by"sv || w == "about"sv;
    if (reason_follows && words > 0 && reason == kNone &&
        (w == "of"sv || w == "on"sv || w == "over"sv || w == "for"sv) && t_.Next(j) != kNone) {
      reason = t_.Next(j);
    }
    last_word = j;
    ++words;
    if (t_.entity_of(j) >= 0 && outlets_.IsMedia(t_.entity_of(j))) {
      AddMedia(claim, t_.entity_of(j));
    } else if (t_.words().Has(WordList::kOutletNoun, w)) {
      // "told the newspaper": the outlet last named.
      const int last = outlets_.LastMediaBefore(j);
      if (last >= 0) AddMedia(claim, last);
    }
    ++j;
  }
  // A long listener is one only when nothing follows it ("told the annual meeting of the
  // American Association for the Advancement of Science (AAAS).").
  if (words > kMaxObjectWords && j < end && !t_.IsPunct(j, ".")) return k;
  return j;
}

// "said on Monday that", "said in an interview with the BBC that", "said in a statement".
uint32_t ClaimFinder::SkipAdverbials(uint32_t k, uint32_t end, Claim* claim) const {
  uint32_t j = k;
  while (j < end && t_.IsSpace(j)) ++j;
  if (j >= end || !t_.IsWord(j) || !t_.Is(WordList::kAdverbialStart, j)) return k;
  uint32_t stop = j;
  int words = 0;
  bool noun = false;  // the phrase has had a word after its preposition
  bool after_preposition = false;
  while (stop < end && words <= 16) {
    if (!t_.IsSpace(stop)) {
      const std::string w = t_.LowerText(stop);
      if (w == "that"sv || t_.IsOpening(stop) || t_.IsPunct(stop, ":") || t_.IsPunct(stop, ",") ||
          t_.IsPunct(stop, ".")) {
        break;
      }
      // "said on Sunday he could not confirm", "said in a statement the company would":
      // a pronoun, or a determiner after the phrase's noun, opens the reported clause.
      // ("in an interview with the Financial Times that": a determiner after a
      // preposition goes on with the phrase.)
      if (noun && t_.IsWord(stop) && !after_preposition &&
          (t_.IsPronoun(stop) ||
           (t_.Is(WordList::kDeterminer, stop) && !t_.Is(WordList::kAdverbialStart, stop)))) {
        break;
      }
      // "says this would vastly increase": a verb makes the words a clause, no adverbial.
      if (t_.IsWord(stop) &&
          (t_.Is(WordList::kAuxiliary, stop) || t_.Is(WordList::kPassiveAuxiliary, stop))) {
        return k;
      }
      if (words > 0 && !t_.Is(WordList::kDeterminer, stop)) noun = true;
      after_preposition = w == "with"sv || w == "of"sv || w == "for"sv || w == "by"sv;
      ++words;
    }
    ++stop;
  }
  // A long phrase is an adverbial only where it ends the sentence ("added in remarks quoted
  // by the US entertainment industry paper Variety.").
  if (words > 8 && stop < end && !t_.IsPunct(stop, ".")) return k;
  for (uint32_t m = j; m < stop; ++m) {
    if (t_.entity_of(m) >= 0 && outlets_.IsMedia(t_.entity_of(m))) AddMedia(claim, t_.entity_of(m));
  }
  return stop;
}

// "According to X, CLAUSE." / "CLAUSE, according to X."
void ClaimFinder::AttributeAccording(const Cue& cue) {
  Claim claim;
  claim.cue = cue.tokens;
  claim.sentence = t_.sentence_of(cue.tokens.begin);
  const Segment& sent = t_.sentences()[claim.sentence];
  uint32_t end = cue.tokens.end;
  while (end < sent.end_token && !t_.IsPunct(end, ",") && !t_.IsPunct(end, ".")) ++end;
  claim.speaker = t_.Trim({cue.tokens.end, end});
  claim.how = "speaker:according_to";
  if (claim.speaker.empty()) return;
  // "According to Microsoft the messages were sent ...": without a comma, the name ends
  // where a determiner or pronoun opens the clause.
  const uint32_t before = t_.Prev(cue.tokens.begin);
  const int named = t_.entity_of(claim.speaker.begin);
  if (named >= 0 && (before == kNone || !t_.IsPunct(before, ","))) {
    const Range name = t_.TokensOf(t_.entities()[named]);
    const uint32_t opens = name.end < end ? t_.Next(name.end - 1) : kNone;
    if (opens != kNone && opens < end && t_.IsWord(opens) &&
        (t_.Is(WordList::kDeterminer, opens) || t_.IsPronoun(opens))) {
      claim.speaker = name;
      claim.content = t_.Trim({opens, ContentEnd(opens, sent, false)});
      if (t_.WordCount(claim.content) >= 3) AddClaim(claim, -1);
      return;
    }
  }
  // "X rose and, according to a spokesman, Y will": the clause after, not the one before.
  const uint32_t conj = before != kNone ? t_.Prev(before) : kNone;
  const bool after_conjunction =
      conj != kNone && (t_.LowerIs(conj, "and") || t_.LowerIs(conj, "but"));
  if (before != kNone && t_.IsPunct(before, ",") && !after_conjunction) {
    claim.content = t_.Trim({ClauseStart(sent, before), before});
    // "Among the biggest laggards, according to the report, were Italy and Spain": the clause
    // goes on after the attribution; the whole sentence is what is reported.
    const uint32_t goes_on = end < sent.end_token && t_.IsPunct(end, ",") ? t_.Next(end) : kNone;
    if (goes_on != kNone && t_.IsWord(goes_on) && !t_.Has(goes_on, kCapitalised) &&
        (t_.Is(WordList::kAuxiliary, goes_on) || t_.Is(WordList::kPassiveAuxiliary, goes_on))) {
      claim.content = t_.Trim({claim.content.begin, ContentEnd(goes_on, sent, false)});
    }
  } else if (end < sent.end_token) {
    // "According to Pat Ferguson, President of AMBO, work will begin": an apposition first.
    uint32_t from = end + 1;
    uint32_t next_comma = from;
    while (next_comma < sent.end_token && !t_.IsPunct(next_comma, ",")) ++next_comma;
    const Range part = t_.Trim({from, next_comma});
    const uint32_t after_part = next_comma < sent.end_token ? t_.Next(next_comma) : kNone;
    if (after_part != kNone && !part.empty() && t_.WordCount(part) <= 8 &&
        (t_.Has(part.begin, kCapitalised) || t_.Is(WordList::kDeterminer, part.begin)) &&
        !speakers_.HasAuxiliary(part) && !HasCueIn(part) &&
        !speakers_.IsRelativePronoun(after_part) &&
        t_.WordCount({next_comma, sent.end_token}) >= 3) {
      claim.apposition = part;
      from = next_comma + 1;
    }
    claim.content = t_.Trim({from, ContentEnd(from, sent, false)});
  }
  if (t_.WordCount(claim.content) < 3) return;
  // "according to Al Jazeera": an outlet is the source and the medium.
  AddClaim(claim, -1);
}

void ClaimFinder::AddClaim(Claim claim, int mark) {
  claim.mark = mark;
  outlets_.CitedSource(&claim);
  if (mark >= 0) {
    if (t_.marks()[mark].claimed) return;
    t_.marks()[mark].claimed = true;
    t_.marks()[mark].claim = static_cast<int>(claims_.size());
    claim.content = t_.marks()[mark].content;
  } else {
    for (uint32_t k = claim.content.begin; k < claim.content.end; ++k) scratch_.in_content[k] = 1;
    // Quotes inside a reported clause are partial quotes of the same speaker. (Marks are
    // in text order.)
    auto m = std::lower_bound(t_.marks().begin(), t_.marks().end(), claim.content.begin,
                              [](const MarkQuote& q, uint32_t at) { return q.content.begin < at; });
    for (; m != t_.marks().end() && m->content.begin < claim.content.end; ++m) {
      if (!m->claimed && m->content.end <= claim.content.end) {
        m->claimed = true;
        m->claim = static_cast<int>(claims_.size());
      }
    }
  }
  claims_.push_back(std::move(claim));
}

// "called the open border a “huge concern”": quotes of the sentence get the speaker.
void ClaimFinder::AttachPartials(const Claim& claim, const Segment& sent) {
  for (size_t m = 0; m < t_.marks().size(); ++m) {
    if (t_.marks()[m].claimed || t_.marks()[m].open < sent.first_token ||
        t_.marks()[m].open >= sent.end_token) {
      continue;
    }
    Claim c = claim;
    AddClaim(c, static_cast<int>(m));
  }
}

// Quotes no cue claimed: the next quote of a paragraph that has a speaker, a paragraph
// that opens with a quote after a quoted paragraph, or a sentence with a claim.
void ClaimFinder::AttachUnclaimedQuotes() {
  // Claims by sentence and by position, so that each quote looks only near itself.
  std::vector<int>& last_in_sentence = scratch_.last_in_sentence;
  std::vector<std::pair<uint32_t, int>>& by_start = scratch_.by_start;
  last_in_sentence.assign(t_.sentences().size(), -1);
  by_start.clear();
  for (size_t c = 0; c < claims_.size(); ++c) {
    last_in_sentence[claims_[c].sentence] = static_cast<int>(c);
    by_start.emplace_back(claims_[c].content.begin, static_cast<int>(c));
  }
  std::sort(by_start.begin(), by_start.end());
  // `"He was sent off. "We don't know why," said an SFA statement.`: a quote right before a
  // claimed one (only spaces between) is the same speaker's. From the last, so that a run of
  // quoted sentences takes the speaker of the one that names it.
  for (size_t m = t_.marks().size(); m-- > 1;) {
    const MarkQuote& next = t_.marks()[m];
    const MarkQuote& quote = t_.marks()[m - 1];
    if (quote.claimed || next.claim < 0 || !OnlySpacesBetween(quote.close, next.open)) continue;
    Continue(next.claim, m - 1, "speaker:next_quote", true);
  }
  for (size_t m = 0; m < t_.marks().size(); ++m) {
    if (t_.marks()[m].claimed) continue;
    const uint32_t open = t_.marks()[m].open;
    // A claim in the same sentence.
    int from = last_in_sentence[t_.sentence_of(open)];
    // The closest quote claim before it, in this paragraph or the one before when this
    // paragraph opens with the quote; not for a few quoted words inside other words (a
    // scare quote: "a new "Marshall Plan" for Africa").
    const uint32_t before = t_.Prev(open);
    const bool inside_words = before != kNone && t_.IsWord(before) &&
                              !t_.Has(open, kSentenceStart) &&
                              t_.WordCount(t_.marks()[m].content) < 5;
    if (from < 0 && !inside_words) {
      const bool opens_paragraph = t_.Has(open, kParagraphStart);
      auto it = std::lower_bound(by_start.begin(), by_start.end(), std::make_pair(open, -1));
      while (it != by_start.begin()) {
        --it;
        const Claim& c = claims_[it->second];
        const uint32_t para = t_.paragraph_of(it->first);
        if (para + 1 < t_.paragraph_of(open)) break;
        if (para == t_.paragraph_of(open) || (opens_paragraph && c.mark >= 0)) {
          from = it->second;
          break;
        }
      }
    }
    if (from < 0) continue;
    // Its outlets too when it runs on from the quote it continues (`said: "A. "B."`).
    const int before_mark = claims_[from].mark;
    const bool run = before_mark >= 0 && OnlySpacesBetween(t_.marks()[before_mark].close, open);
    Continue(from, m, "speaker:continues_quote", run);
    last_in_sentence[t_.sentence_of(open)] = static_cast<int>(claims_.size()) - 1;
    const auto at =
        std::make_pair(t_.marks()[m].content.begin, static_cast<int>(claims_.size()) - 1);
    by_start.insert(std::upper_bound(by_start.begin(), by_start.end(), at), at);
  }
}

// The mark quote `mark` as a claim of claims_[from]'s speaker, and of its outlets when
// `same_outlets` (the same statement, run on).
void ClaimFinder::Continue(int from, size_t mark, std::string_view how, bool same_outlets) {
  Claim c = claims_[from];
  c.media.clear();
  c.media_from = same_outlets ? from : -1;
  c.inherit_from = from;
  c.how = how;
  c.cited = false;
  c.sentence = t_.sentence_of(t_.marks()[mark].open);
  AddClaim(c, static_cast<int>(mark));
}

bool ClaimFinder::OnlySpacesBetween(uint32_t a, uint32_t b) const {
  for (uint32_t k = a + 1; k < b; ++k) {
    if (!t_.IsSpace(k)) return false;
  }
  return a <= b && t_.paragraph_of(a) == t_.paragraph_of(b);  // a == b: "A. "B," said X
}

}  // namespace claimscope::internal

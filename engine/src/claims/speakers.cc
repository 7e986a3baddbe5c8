#include "claims/speakers.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "text/abbreviations.h"

namespace claimscope::internal {

using namespace std::string_view_literals;  // "that"sv: compared by size first

namespace {
constexpr uint32_t kNone = ClaimText::kNone;
}  // namespace

bool SpeakerFinder::Before(uint32_t c, Claim* claim, bool* subordinate) const {
  const Segment& sent = t_.sentences()[t_.sentence_of(c)];
  uint32_t j = t_.Prev(c);
  // Past auxiliaries and adverbs: "has sharply criticized", "further said".
  while (j != kNone && t_.IsWord(j) && (t_.Is(WordList::kBeforeCue, j) || t_.IsAdverb(j))) {
    j = t_.Prev(j);
  }
  if (j == kNone) return false;
  if (t_.IsClosing(j)) return false;  // “...,” said the judge
  // "the figures - revised after an audit - showed": the words before the dashes speak.
  Range dashed;
  if (t_.IsDash(j)) {
    uint32_t open = t_.Prev(j);
    while (open != kNone && open > sent.first_token && j - open < kMaxSpeakerTokens &&
           !t_.IsDash(open) && !t_.IsPunct(open, ",") && !t_.IsQuoteMark(open)) {
      open = t_.Prev(open);
    }
    if (open == kNone || !t_.IsDash(open) || t_.Prev(open) == kNone) return false;
    dashed = t_.Trim({open + 1, j});
    j = t_.Prev(open);
  }
  if (t_.IsPunct(j, ",")) {
    // A parenthetical between commas, or an inverted cue.
    const uint32_t y_end = j;
    uint32_t y_begin = y_end;
    while (y_begin > sent.first_token && y_end - y_begin < kMaxSpeakerTokens &&
           !t_.IsPunct(y_begin - 1, ",") && !t_.IsPunct(y_begin - 1, ":")) {
      // A few quoted words inside ("all unnamed "allies" of the minister") are part of it.
      const int quoted = t_.QuoteClosingAt(y_begin - 1);
      if (quoted >= 0 && y_end - t_.marks()[quoted].open < kMaxSpeakerTokens &&
          t_.marks()[quoted].open > sent.first_token && y_begin < y_end) {
        y_begin = t_.marks()[quoted].open;
        continue;
      }
      if (t_.IsQuoteMark(y_begin - 1)) break;
      --y_begin;
    }
    const Range y = t_.Trim({y_begin, y_end});
    if (y.empty()) return false;
    // "“...,” Kirsten Pfeifer from the Consumer Electronics Association, told": a name and
    // what follows it.
    const int lead = t_.entity_of(y.begin);
    if (lead >= 0 && t_.entities()[lead].type == EntityType::kPerson) {
      const Range name = t_.TokensOf(t_.entities()[lead]);
      const uint32_t after = name.end < y.end ? t_.Next(name.end - 1) : kNone;
      if (after != kNone && after < y.end && t_.IsWord(after) &&
          t_.Is(WordList::kPostmodifier, after)) {
        claim->speaker = name;
        claim->how = "speaker:name_with_apposition";
        claim->apposition = t_.Trim({after, y.end});
        return true;
      }
    }
    if (y_begin == sent.first_token || !t_.IsPunct(y_begin - 1, ",")) return false;
    const std::string first = t_.LowerText(y.begin);
    const bool named = t_.entity_of(y.begin) >= 0 &&
                       t_.entities()[t_.entity_of(y.begin)].type == EntityType::kPerson &&
                       t_.entity_of(y.end - 1) == t_.entity_of(y.begin);
    if (named) {
      // "Thwaite's barrister, Tomasz Kędzierski, said": the name speaks.
      // ("... leaders but his lawyer, Antony Townsden, told": from the conjunction.)
      uint32_t z_begin = y_begin - 1;
      while (z_begin > sent.first_token && !t_.IsPunct(z_begin - 1, ",") &&
             !t_.IsQuoteMark(z_begin - 1) && !t_.LowerIs(z_begin - 1, "but") &&
             !t_.LowerIs(z_begin - 1, "and") && !t_.LowerIs(z_begin - 1, "that")) {
        --z_begin;
      }
      claim->speaker = y;
      claim->how = "speaker:named_apposition";
      claim->apposition = t_.Trim({z_begin, y_begin - 1});
      return true;
    }
    // "Paul Dales, UK economist for Capital Economics, said": a name before the commas
    // speaks, and what is between them is said of it.
    if (NameBeforeAppositions(y_end, claim)) return true;
    const bool participle_ed = first.size() > 2 && first.substr(first.size() - 2) == "ed"sv &&
                               !t_.Has(y.begin, kCapitalised);
    const bool parenthetical =
        participle_ed || first == "who"sv || first == "which"sv || first == "whose"sv ||
        first == "where"sv || first == "the"sv || first == "a"sv || first == "an"sv ||
        first == "all"sv || first == "both"sv || first == "each"sv ||
        t_.tokens()[y.begin].kind == TokenKind::kNumber || t_.IsIngForm(y.begin) ||
        t_.Has(y.begin, kHasApostrophe) || (y.end - y.begin > 1 && t_.IsPossessiveS(y.begin + 1));
    if (!parenthetical) return false;
    uint32_t z_end = y_begin - 1;
    uint32_t z_begin = z_end;
    while (z_begin > sent.first_token && z_end - z_begin < kMaxSpeakerTokens &&
           !t_.IsPunct(z_begin - 1, ",") && !t_.IsPunct(z_begin - 1, ":") &&
           !t_.IsQuoteMark(z_begin - 1) && !EndsDateline(z_begin - 1)) {
      --z_begin;
      // "US companies, including those in the airline, car-making and steel industries,":
      // an inclusion is part of the parenthetical.
      if (t_.LowerIs(z_begin, "including") && z_begin > sent.first_token &&
          t_.Prev(z_begin) != kNone && t_.IsPunct(t_.Prev(z_begin), ",")) {
        z_end = t_.Prev(z_begin);
        z_begin = z_end;
      }
    }
    claim->speaker = NounPhrase({z_begin, z_end}, subordinate);
    claim->how = "speaker:before_parenthetical";
    // "Looking further ahead, the MDA's chairman Mike Short, has predicted": a participle
    // phrase opens the sentence before the commas; the words between them speak.
    if (!claim->speaker.empty() && claim->speaker.begin == sent.first_token &&
        t_.IsWord(claim->speaker.begin) && t_.IsIngForm(claim->speaker.begin) &&
        !IsRelativePronoun(y.begin) && !HasAuxiliary(y)) {
      claim->speaker = NounPhrase(y, subordinate);
      claim->how = "speaker:after_adverbial";
      return !claim->speaker.empty();
    }
    // "Sales have tripled since launch, outstripping the Xbox, said analysts": a clause
    // before the commas, and the speaker after the cue.
    // (Nor a phrase that opens with a preposition: "a high turnover of staff within the
    // department, which had interfered with its work, said the committee".)
    if (claim->speaker.empty() || IsConnective(claim->speaker.begin) ||
        HasAuxiliary(claim->speaker) || OpensWithPreposition(claim->speaker)) {
      return false;
    }
    claim->apposition = t_.Trim({z_end + 1, y.end});
    return true;
  }
  // "Authorities arrested a man and said a curfew would hold", "The chancellor would not
  // comment, but insisted ...": the cue's verb phrase is coordinated with the clause's.
  if (t_.IsWord(j) && (t_.LowerIs(j, "and") || t_.LowerIs(j, "but"))) {
    if (LastClaimIn(claims_, t_.sentence_of(c))) {
      // "criticized the deals and called for tariffs": the first cue's speaker.
      ShareLastSpeaker(claims_, claim);
      claim->how = "speaker:coordinated_cue";
      return true;
    }
    // "The key is if Gerrard comes out and says": the subject of the clause the
    // subordinator opens.
    uint32_t from = sent.first_token;
    for (uint32_t b = j; b > sent.first_token;) {
      --b;
      // (Not "after", "before", "as", "since": prepositions as often.)
      if (t_.IsWord(b) && !t_.InsideQuote(b) &&
          (t_.LowerIs(b, "if") || t_.LowerIs(b, "when") || t_.LowerIs(b, "because") ||
           t_.LowerIs(b, "although") || t_.LowerIs(b, "though") || t_.LowerIs(b, "unless") ||
           t_.LowerIs(b, "whereas") || t_.LowerIs(b, "while"))) {
        from = b + 1;
        break;
      }
    }
    claim->speaker = SubjectOf(from, j);
    claim->how = "speaker:subject_of_coordinated_verb";
    return !claim->speaker.empty();
  }
  // "a law professor who said", "voters who said": the pronoun speaks for what it refers to.
  if (t_.LowerIs(j, "who") && !t_.Has(j, kSentenceStart) && t_.Prev(j) != kNone &&
      t_.IsWord(t_.Prev(j))) {
    claim->speaker = {j, j + 1};
    claim->refers = Antecedent(j, &claim->apposition);
    claim->how = "speaker:relative_clause";
    return !claim->refers.empty();
  }
  // The words from the clause start to the cue.
  uint32_t begin = j;
  while (begin > sent.first_token && j - begin < kMaxSpeakerTokens) {
    const uint32_t p = begin - 1;
    // (A spaced dash ends a dateline: "LONDON, March 14 (Reuters) - The Chamber said".)
    if (t_.IsPunct(p, ",") || t_.IsPunct(p, ";") || t_.IsPunct(p, ":") || t_.IsPunct(p, "—") ||
        t_.IsQuoteMark(p) || EndsDateline(p)) {
      break;
    }
    const std::string w = t_.LowerText(p);
    // "... an appeal for unity after reports claimed": the speaker starts after "after".
    // ("A 2014 study that appeared in the journal found": past a relative "that" before a
    // verb.)
    if (const uint32_t verb = t_.Next(p); w == "that"sv && verb != kNone && verb < j &&
                                          t_.IsWord(verb) && !t_.Has(verb, kCapitalised) &&
                                          EndsWithAsciiLower(t_.Text(verb), "ed")) {
      --begin;
      continue;
    }
    if (w == "that"sv || w == "but"sv || w == "because"sv || w == "whereas"sv) break;
    if (t_.IsWord(p) && t_.Is(WordList::kSubordinator, p)) {
      *subordinate = true;
      break;
    }
    if (w == "and"sv && !t_.IsSpace(p) && LastClaimIn(claims_, t_.sentence_of(c))) {
      break;
    }
    --begin;
  }
  claim->speaker = NounPhrase({begin, j + 1}, subordinate);
  claim->how = "speaker:before_cue";
  // "The IAAF - which said it was surprised - is deciding": the cue is a relative clause's.
  if (t_.LowerIs(j, "which")) *subordinate = true;
  if (!dashed.empty()) claim->apposition = dashed;
  // "sharp and I still think", "set out the choices he said": a subject pronoun after other
  // words is the subject of the cue (not in "who it says": a relative clause's).
  for (uint32_t k = claim->speaker.end;
       !IsRelativePronoun(claim->speaker.begin) && k-- > claim->speaker.begin + 1;) {
    if (t_.IsWord(k) && t_.IsPronoun(k) && !t_.LowerIs(k, "their") && !t_.LowerIs(k, "her") &&
        !t_.LowerIs(k, "him") && !t_.LowerIs(k, "them") && !t_.LowerIs(k, "us")) {
      claim->speaker = {k, claim->speaker.end};
      break;
    }
  }
  // "And he again heaped praise on Mr Brown saying": words after a subject pronoun are its
  // verb phrase, no part of the speaker. ("their", "her": possessives as often, which open a
  // description.)
  if (claim->speaker.end - claim->speaker.begin > 1 && t_.IsPronoun(claim->speaker.begin) &&
      !t_.LowerIs(claim->speaker.begin, "their") && !t_.LowerIs(claim->speaker.begin, "her")) {
    claim->speaker = {claim->speaker.begin, claim->speaker.begin + 1};
  }
  // "This week opposition politicians had called on", "on Wednesday Prime Minister Yulia
  // Tymoshenko said": a time that opens the words is no part of the speaker.
  if (claim->speaker.end - claim->speaker.begin > 2) {
    const std::string first = t_.LowerText(claim->speaker.begin);
    const uint32_t second = t_.Next(claim->speaker.begin);
    const bool period =
        second != kNone &&
        (t_.LowerIs(second, "week") || t_.LowerIs(second, "month") || t_.LowerIs(second, "year") ||
         t_.LowerIs(second, "weekend") || t_.LowerIs(second, "morning"));
    const bool day = second != kNone && t_.Has(second, kCapitalised) &&
                     t_.Is(WordList::kNonName, second) && !t_.LowerIs(second, "i");
    if (second != kNone && second + 1 < claim->speaker.end &&
        (((first == "this"sv || first == "last"sv || first == "next"sv) && period) ||
         ((first == "on"sv || first == "in"sv) && day))) {
      claim->speaker = t_.Trim({second + 1, claim->speaker.end});
    }
  }
  // "Mr Howard last week said", "Williams afterwards said": the time is no part of the name.
  for (uint32_t k = claim->speaker.begin + 1; k < claim->speaker.end; ++k) {
    if (t_.IsWord(k) && IsTimeWord(k)) {
      claim->speaker = t_.Trim({claim->speaker.begin, k});
      break;
    }
  }
  // "Charles Kennedy is far too canny to make any grand claims": a clause is no speaker, nor
  // is a phrase that opens with a preposition ("Of those 300 posts will go").
  const std::string opening = claim->speaker.empty() ? "" : t_.LowerText(claim->speaker.begin);
  // "In a separate statement British Telecommunications said": after an adverbial without
  // its comma, the name that ends the words.
  // (Not "FOSFA, in London said": after a comma the words describe the name before it.)
  const uint32_t before_words = claim->speaker.empty() ? kNone : t_.Prev(claim->speaker.begin);
  if (!claim->speaker.empty() && (before_words == kNone || !t_.IsPunct(before_words, ",")) &&
      (OpensWithPreposition(claim->speaker) ||
       (t_.IsWord(claim->speaker.begin) &&
        t_.Is(WordList::kAdverbialStart, claim->speaker.begin))) &&
      !HasAuxiliary(claim->speaker)) {
    const int e = t_.entity_of(claim->speaker.end - 1);
    const Range name = e < 0 ? Range{} : t_.TokensOf(t_.entities()[e]);
    // (A person or a body: "Earlier the Archbishop of Canterbury wrote" names no place.)
    if (e >= 0 && t_.entities()[e].type != EntityType::kPlace && name.end == claim->speaker.end &&
        name.begin > claim->speaker.begin + 1) {
      // (With its title: "Yesterday Mr Blair said".)
      claim->speaker = {TitledStart(name, claim->speaker.begin + 1), name.end};
      claim->how = "speaker:after_adverbial";
      return true;
    }
    // "In a filing to US regulators the airline warned", "Earlier this month the firm said":
    // the description the words end with, from its determiner (not one a preposition takes:
    // "in the past").
    for (uint32_t k = claim->speaker.end - 1; k > claim->speaker.begin + 1; --k) {
      const uint32_t before = t_.Prev(k);
      if (!t_.IsWord(k) || t_.Has(k, kCapitalised) || !t_.Is(WordList::kDeterminer, k) ||
          before == kNone || !t_.IsWord(before) || t_.Is(WordList::kAdverbialStart, before) ||
          OpensWithPreposition({before, before + 1}) || t_.LowerIs(before, "to") ||
          t_.LowerIs(before, "at")) {
        continue;
      }
      claim->speaker = {k, claim->speaker.end};
      claim->how = "speaker:after_adverbial";
      return true;
    }
  }
  // "However a spokesman pointed out", "Meanwhile Michael Jackson's mother said": a
  // connective without its comma is no part of the speaker.
  if (claim->speaker.end - claim->speaker.begin > 1 &&
      t_.Has(claim->speaker.begin, kSentenceStart) &&
      (opening == "however"sv || opening == "meanwhile"sv || opening == "now"sv ||
       opening == "later"sv || opening == "separately"sv || opening == "instead"sv)) {
    claim->speaker = t_.Trim({claim->speaker.begin + 1, claim->speaker.end});
  }
  // ("a scheme where social workers tell people how much": a description, no claim; "the
  // more extreme the fear felt, the more force": a comparison.)
  const uint32_t second_word = claim->speaker.empty() ? kNone : t_.Next(claim->speaker.begin);
  const bool comparison = opening == "the"sv && second_word != kNone &&
                          (t_.LowerIs(second_word, "more") || t_.LowerIs(second_word, "less"));
  if (HasAuxiliary(claim->speaker) || OpensWithPreposition(claim->speaker) || comparison ||
      opening == "including"sv || opening == "where"sv || opening == "whereby"sv) {
    claim->how = kNoSpeaker;
    return false;
  }
  // "having earlier criticised": a participle is no speaker; nor are the words it opens
  // ("..., based on documents found in Baghdad").
  if (claim->speaker.end - claim->speaker.begin == 1 && t_.IsIngForm(claim->speaker.begin)) {
    return false;
  }
  if (!claim->speaker.empty() && t_.IsWord(claim->speaker.begin) &&
      !t_.Has(claim->speaker.begin, kCapitalised) &&
      EndsWithAsciiLower(t_.Text(claim->speaker.begin), "ed")) {
    const uint32_t next = t_.Next(claim->speaker.begin);
    if (next != kNone && next < claim->speaker.end && t_.IsWord(next) &&
        (t_.Is(WordList::kAdverbialStart, next) || OpensWithPreposition({next, next + 1}))) {
      return false;
    }
  }
  if (!claim->speaker.empty() && t_.Is(WordList::kAuxiliary, claim->speaker.begin)) return false;
  // "Lisa Power, head of policy at the Terrence Higgins Trust said": a name before the
  // comma that opens a description.
  if (begin > sent.first_token && t_.IsPunct(begin - 1, ",") && !claim->speaker.empty() &&
      !IsRelativePronoun(claim->speaker.begin) && !t_.IsPronoun(claim->speaker.begin) &&
      !t_.LowerIs(claim->speaker.begin, "where") && !t_.LowerIs(claim->speaker.begin, "whose") &&
      (!t_.Has(claim->speaker.begin, kCapitalised) ||
       t_.Is(WordList::kDeterminer, claim->speaker.begin))) {
    const uint32_t named = t_.Prev(begin - 1);
    const int e = named == kNone ? -1 : t_.entity_of(named);
    // ("Echoing Condoleezza Rice, the prime minister said": the object of a participle that
    // opens the sentence.)
    const bool object = e >= 0 && t_.TokensOf(t_.entities()[e]).begin > sent.first_token &&
                        t_.IsWord(sent.first_token) && t_.IsIngForm(sent.first_token);
    if (e >= 0 && !object && t_.entities()[e].type == EntityType::kPerson &&
        t_.TokensOf(t_.entities()[e]).end == named + 1) {
      claim->apposition = claim->speaker;
      claim->speaker = t_.TokensOf(t_.entities()[e]);
      claim->how = "speaker:name_with_apposition";
      return true;
    }
  }
  if (claim->speaker.empty()) {
    // "... said it wanted X and proposed that ...": the subject of the first cue.
    if (LastClaimIn(claims_, t_.sentence_of(c))) {
      ShareLastSpeaker(claims_, claim);
      claim->how = "speaker:coordinated_cue";
      return true;
    }
    return false;
  }
  return true;
}

// "Paul Dales, UK economist for Capital Economics, said", "Kevin Barrett, a lawyer at
// Bailey & Glasser, who represents the state, said", "Rep. Joseph Crowley (D-N.Y.), a
// leading advocate, said": a name heads the appositions, relative clauses and
// parentheticals between commas before the cue.
bool SpeakerFinder::NameBeforeAppositions(uint32_t comma, Claim* claim) const {
  const Segment& sent = t_.sentences()[t_.sentence_of(comma)];
  uint32_t end = comma;  // the comma after the part looked at
  for (int parts = 0; parts < kMaxAppositions; ++parts) {
    uint32_t begin = end;
    int depth = 0;  // inside parentheses, commas part nothing
    while (begin > sent.first_token) {
      const uint32_t p = begin - 1;
      if (t_.IsPunct(p, ")")) ++depth;
      if (t_.IsPunct(p, "(") && depth > 0) --depth;
      if (depth == 0 && (t_.IsPunct(p, ",") || t_.IsPunct(p, ":") || t_.IsPunct(p, ";") ||
                         t_.IsDash(p) || t_.IsPunct(p, "--") || t_.IsQuoteMark(p))) {
        break;
      }
      if (comma - p > kMaxAppositionTokens) return false;
      --begin;
    }
    const Range part = t_.Trim({begin, end});
    if (part.empty()) return false;
    // The name, with a party or place in parentheses after it ("But Myron Ebell": past a
    // conjunction).
    bool ignored = false;
    Range name = NounPhrase(part, &ignored);
    if (!name.empty() && t_.IsPunct(name.end - 1, ")")) {
      uint32_t open = name.end - 1;
      while (open > name.begin && !t_.IsPunct(open, "(")) --open;
      name = t_.Trim({name.begin, open});
    }
    if (parts > 0 && IsName(name)) {
      claim->speaker = name;
      claim->how = "speaker:name_with_apposition";
      uint32_t from = name.end;  // past the comma after the name
      while (from < comma && (t_.IsSpace(from) || t_.IsPunct(from, ","))) ++from;
      claim->apposition = t_.Trim({from, comma});
      return !claim->apposition.empty();
    }
    // A part that is no name goes on with the chain only when it opens like an apposition
    // or a relative clause: an article, a lower-case word or a number.
    const std::string first = t_.LowerText(part.begin);
    if (parts > 0 && t_.Has(part.begin, kCapitalised) && first != "a"sv && first != "an"sv &&
        first != "the"sv) {
      return false;
    }
    if (begin == sent.first_token || !t_.IsPunct(begin - 1, ",")) return false;
    end = begin - 1;
  }
  return false;
}

Range SpeakerFinder::Antecedent(uint32_t who, Range* apposition) const {
  const Segment& sent = t_.sentences()[t_.sentence_of(who)];
  uint32_t begin = who;
  int words = 0;
  while (begin > sent.first_token && words < 8) {
    const uint32_t p = begin - 1;
    if (t_.IsSpace(p)) {
      --begin;
      continue;
    }
    if (!t_.IsWord(p)) break;
    const std::string w = t_.LowerText(p);
    const bool participle =
        !t_.Has(p, kCapitalised) && w.size() > 4 && w.substr(w.size() - 2) == "ed"sv;
    if (participle || t_.Is(WordList::kAuxiliary, p) || t_.Is(WordList::kPassiveAuxiliary, p) ||
        t_.Is(WordList::kSubordinator, p) || t_.IsPronoun(p) || w == "by"sv || w == "to"sv ||
        w == "from"sv || w == "with"sv || w == "than"sv || w == "and"sv || w == "or"sv ||
        w == "but"sv || w == "that"sv) {
      break;
    }
    --begin;
    ++words;
  }
  Range np = t_.Trim({begin, who});
  // "particularly those Americans who", "of German teenager Sven Jaschen, who": the phrase
  // after a preposition or a focusing word.
  while (!np.empty() && t_.IsWord(np.begin) && !t_.Has(np.begin, kCapitalised) &&
         t_.Is(WordList::kNounStop, np.begin) && !t_.Is(WordList::kDeterminer, np.begin)) {
    np = t_.Trim({np.begin + 1, np.end});
  }
  // "Anybody who says": no one in particular.
  if (np.empty()) return {};
  if (np.end - np.begin == 1) {
    const std::string w = t_.LowerText(np.begin);
    if (t_.IsPronoun(np.begin) || w == "anybody"sv || w == "anyone"sv || w == "everybody"sv ||
        w == "everyone"sv || w == "somebody"sv || w == "someone"sv) {
      return {};
    }
  }
  // "David Kamin, a law professor who said": the person the description is said of.
  const uint32_t comma = t_.Prev(np.begin);
  const uint32_t named = comma != kNone && t_.IsPunct(comma, ",") ? t_.Prev(comma) : kNone;
  const int e = named == kNone ? -1 : t_.entity_of(named);
  if (e >= 0 && t_.entities()[e].type == EntityType::kPerson) {
    *apposition = np;
    return t_.TokensOf(t_.entities()[e]);
  }
  return np;
}

Range SpeakerFinder::NounPhrase(Range r, bool* subordinate) const {
  r = t_.Trim(r);
  while (!r.empty() && t_.IsWord(r.begin)) {
    const std::string w = t_.LowerText(r.begin);
    if (t_.words().Has(WordList::kSubordinator, w)) {
      *subordinate = true;
    } else if (w != "and"sv && w != "but"sv && w != "so"sv && w != "yet"sv && w != "even"sv &&
               w != "with"sv) {
      break;
    }
    ++r.begin;
    while (r.begin < r.end && t_.IsSpace(r.begin)) ++r.begin;
  }
  // "That's why the Kok report", "in response to what the government says are": the
  // speaker follows "why", "how" or "what" (but "how much the bank expected" asks a
  // question, and "what action" is no clause).
  for (uint32_t k = r.begin; k + 1 < r.end; ++k) {
    if (!t_.LowerIs(k, "why") && !t_.LowerIs(k, "how") && !t_.LowerIs(k, "what")) continue;
    const uint32_t next = t_.Next(k);
    if (t_.LowerIs(k, "what") &&
        (next == kNone || !(t_.Is(WordList::kDeterminer, next) || t_.IsPronoun(next) ||
                            t_.Has(next, kCapitalised)))) {
      continue;
    }
    if (next != kNone && (t_.LowerIs(next, "much") || t_.LowerIs(next, "many") ||
                          t_.LowerIs(next, "far") || t_.LowerIs(next, "long"))) {
      return {};
    }
    r.begin = k + 1;
  }
  r = t_.Trim(r);
  for (uint32_t k = r.begin + 1; k < r.end; ++k) {
    const std::string_view w = t_.Text(k);  // "WHO spokesperson" is no relative clause
    if (w == "who"sv || w == "which"sv || w == "whose"sv || w == "that"sv) {
      // ("a situation which critics say is": the cue is the relative clause's own, with its
      // subject after the pronoun; what it says has no subject of its own.)
      bool verb = false;
      for (uint32_t j = k + 1; j < r.end && !verb; ++j) {
        verb = t_.IsWord(j) &&
               (t_.Is(WordList::kAuxiliary, j) || t_.Is(WordList::kPassiveAuxiliary, j) ||
                EndsWithAsciiLower(t_.Text(j), "ed"));
      }
      if (w != "whose"sv && t_.WordCount({k + 1, r.end}) > 0 && !verb) return {};
      r.end = k;
      break;
    }
  }
  r = t_.Trim(r);
  if (t_.WordCount(r) > 10) return {};
  return r;
}

bool SpeakerFinder::After(uint32_t k, Claim* claim) const {
  const Segment& sent = t_.sentences()[t_.sentence_of(k > 0 ? k - 1 : 0)];
  uint32_t begin = k;
  while (begin < sent.end_token && t_.IsSpace(begin)) ++begin;
  uint32_t end = begin;
  while (end < sent.end_token && !t_.IsPunct(end, ",") && !t_.IsPunct(end, ".") &&
         !t_.IsPunct(end, ";") && !t_.IsPunct(end, "(") && !t_.IsQuoteMark(end) &&
         !t_.LowerIs(end, "that") && !t_.Is(WordList::kAdverbialStart, end) &&
         // ("..., said one source when asked about": a clause of its own.)
         (!t_.Is(WordList::kSubordinator, end) || t_.LowerIs(end, "as"))) {
    ++end;
  }
  // "described by one union as a "bonfire"": the agent of a passive, up to "as".
  if (begin < end && t_.LowerIs(begin, "by")) {
    const uint32_t agent = t_.Next(begin);
    uint32_t as = agent;
    while (as != kNone && as < end && !t_.LowerIs(as, "as")) ++as;
    if (agent != kNone && as < end) {
      begin = agent;
      end = as;
    }
  }
  claim->speaker = t_.Trim({begin, end});
  if (claim->speaker.empty() || t_.WordCount(claim->speaker) > 8) return false;
  // "..., says a "touchy-feely" image does not fit": words cut by a quote that opens, or
  // ending in a determiner, are no noun phrase of their own.
  if ((end < sent.end_token && t_.IsOpening(end)) ||
      t_.Is(WordList::kDeterminer, claim->speaker.end - 1)) {
    return false;
  }
  // "..., said Energy Minister Tomas Reyes": a noun phrase, not a clause ("the figures
  // represented an improvement") nor a phrase that opens with a preposition ("of abusing").
  if (t_.Is(WordList::kAdverbialStart, claim->speaker.begin) ||
      t_.Is(WordList::kSubordinator, claim->speaker.begin) ||
      t_.LowerIs(claim->speaker.begin, "of") || t_.LowerIs(claim->speaker.begin, "to") ||
      t_.LowerIs(claim->speaker.begin, "for") || t_.LowerIs(claim->speaker.begin, "with") ||
      t_.LowerIs(claim->speaker.begin, "as") || t_.LowerIs(claim->speaker.begin, "into") ||
      t_.LowerIs(claim->speaker.begin, "about")) {
    return false;
  }
  for (uint32_t j = claim->speaker.begin; j < claim->speaker.end; ++j) {
    if (!t_.IsWord(j) || t_.Has(j, kCapitalised)) continue;
    const std::string_view w = t_.Text(j);
    if (t_.Is(WordList::kAuxiliary, j) || (w.size() > 4 && w.substr(w.size() - 2) == "ed"sv)) {
      return false;
    }
  }
  // "said Rep. Joseph Crowley (D-N.Y.), a leading advocate, who ...": a parenthetical, an
  // apposition and the relative clauses after it are said of the speaker.
  uint32_t ab = end;
  if (end < sent.end_token && t_.IsPunct(end, "(")) {
    while (end < sent.end_token && !t_.IsPunct(end, ")")) ++end;
    if (end < sent.end_token) ++end;
  }
  uint32_t ae = end;
  for (int parts = 0; ae < sent.end_token && t_.IsPunct(ae, ",") && parts < 3; ++parts) {
    const uint32_t next = t_.Next(ae);
    if (parts > 0 && (next == kNone || !IsRelativePronoun(next) || t_.LowerIs(next, "that"))) {
      break;
    }
    // ("..., believes Mr Blair, is the Tories spotting": a verb goes on with the clause.)
    if (next != kNone && t_.IsWord(next) &&
        (t_.Is(WordList::kAuxiliary, next) || t_.Is(WordList::kPassiveAuxiliary, next))) {
      break;
    }
    uint32_t e = ae + 1;
    while (e < sent.end_token && !t_.IsPunct(e, ",") && !t_.IsPunct(e, ".") && !t_.IsQuoteMark(e)) {
      ++e;
    }
    if (t_.WordCount({ae, e}) > 16) break;
    ae = e;
  }
  const Range app = t_.Trim({ab, ae});
  if (!app.empty()) {
    claim->apposition = app;
    while (claim->apposition.begin < app.end &&
           (t_.IsPunct(claim->apposition.begin, ",") || t_.IsSpace(claim->apposition.begin))) {
      ++claim->apposition.begin;
    }
  }
  return true;
}

// Is r one name: a person or organisation (after a title word or "the" at most), the whole
// of it?
bool SpeakerFinder::IsName(Range r) const {
  if (r.empty()) return false;
  uint32_t last = r.end - 1;
  while (last > r.begin && t_.IsSpace(last)) --last;
  const int e = t_.entity_of(last);
  if (e < 0) return false;
  const Entity& entity = t_.entities()[e];
  if (entity.type != EntityType::kPerson && entity.type != EntityType::kOrg) return false;
  const uint32_t first = t_.TokenAt(entity.span.start);
  if (first <= r.begin) return true;
  // What stands before the name: "the", a title or role word ("Sir", "Health Secretary").
  int words = 0;
  for (uint32_t k = r.begin; k < first; ++k) {
    if (t_.IsSpace(k)) continue;
    if (!t_.IsWord(k) || ++words > 3) return false;
  }
  return true;
}

Range SpeakerFinder::WithoutLeadingPhrase(Range r) const {
  // (The cheap test first: most speakers are no phrase before a name.)
  if (r.empty() || !t_.IsWord(r.begin)) return r;
  const int e = t_.entity_of(r.end - 1);
  if (e < 0 || t_.entities()[e].type != EntityType::kPerson) return r;
  const Range name = t_.TokensOf(t_.entities()[e]);
  if (name.end != r.end || name.begin <= r.begin + 2) return r;
  // A participle or preposition with its object after it ("Leaving a Brussels summit",
  // "During the interview", "to the BBC News website"; not "Outgoing Leeds chairman" nor
  // "Earlier chief constable Green"), or "in" ("in Harrogate Mr Kennedy").
  const uint32_t second = t_.Next(r.begin);
  const bool object_follows =
      second != kNone && second < r.end && t_.IsWord(second) &&
      (t_.Is(WordList::kDeterminer, second) || t_.IsPronoun(second) ||
       t_.Is(WordList::kAdverbialStart, second) || t_.LowerIs(second, "his") ||
       t_.LowerIs(second, "her") || t_.LowerIs(second, "to") || t_.LowerIs(second, "with"));
  const bool phrase = ((t_.IsIngForm(r.begin) || t_.Is(WordList::kAdverbialStart, r.begin) ||
                        t_.LowerIs(r.begin, "to") || t_.LowerIs(r.begin, "with")) &&
                       object_follows) ||
                      t_.LowerIs(r.begin, "in");
  if (!phrase) return r;
  const uint32_t begin = TitledStart(name, r.begin);
  // Only where a lower-case word stands between the phrase's start and the title.
  for (uint32_t k = r.begin + 1; k < begin; ++k) {
    if (t_.IsWord(k) && !t_.Has(k, kCapitalised)) return {begin, r.end};
  }
  return r;
}

Range SpeakerFinder::PassiveAgent(uint32_t from, uint32_t end) const {
  uint32_t by = end;
  for (int words = 0; by > from && words < 8; --by) {
    if (t_.IsPunct(by - 1, ",") || t_.IsQuoteMark(by - 1)) return {};
    if (!t_.IsWord(by - 1)) continue;
    if (t_.LowerIs(by - 1, "by")) break;
    ++words;
  }
  if (by <= from || !t_.LowerIs(by - 1, "by")) return {};
  const uint32_t participle = t_.Prev(by - 1);
  const uint32_t aux = participle == kNone ? kNone : t_.Prev(participle);
  if (aux == kNone || aux < from || !t_.IsWord(participle) ||
      !EndsWithAsciiLower(t_.Text(participle), "ed") || !t_.IsWord(aux) ||
      !t_.Is(WordList::kPassiveAuxiliary, aux)) {
    return {};
  }
  // ("sued by his ex-girlfriend for $10 million": the agent ends before a preposition.)
  uint32_t agent_end = by;
  while (agent_end < end && !t_.IsPunct(agent_end, "(") &&
         !(t_.IsWord(agent_end) &&
           (t_.Is(WordList::kAdverbialStart, agent_end) || t_.LowerIs(agent_end, "for") ||
            t_.LowerIs(agent_end, "over") || t_.LowerIs(agent_end, "with")))) {
    ++agent_end;
  }
  return t_.Trim({by, agent_end});
}

Range SpeakerFinder::SubjectOf(uint32_t from, uint32_t end) const {
  uint32_t k = from;
  // After a dateline's dash or a colon, and past a conjunction or subordinator.
  for (uint32_t j = from; j < end; ++j) {
    // (A spaced hyphen only: "24-hour drinking" goes on.)
    if (t_.IsPunct(j, ":") || t_.IsPunct(j, "—") ||
        (t_.IsPunct(j, "-") && j + 1 < end && j > 0 && t_.IsSpace(j - 1))) {
      k = j + 1;
    }
  }
  // Past an adverbial that opens the sentence ("During a speech on Monday, Trump ...").
  const bool adverbial = k < end && t_.IsWord(k) && t_.Is(WordList::kAdverbialStart, k);
  const bool preposition =
      k < end && t_.IsWord(k) && !adverbial && OpensWithPreposition({k, k + 1});
  if (adverbial || preposition) {
    while (k < end && !t_.IsPunct(k, ",")) ++k;
    ++k;
    // ("Despite a rationalisation of its truck, axle and transmission, and ...": a comma in
    // a list; after the phrase a name, pronoun or determiner opens the subject.)
    const uint32_t first = k < end ? (t_.IsSpace(k) ? t_.Next(k) : k) : kNone;
    if (preposition && (first == kNone || first >= end || !t_.IsWord(first) ||
                        !(t_.Has(first, kCapitalised) || t_.IsPronoun(first) ||
                          t_.Is(WordList::kDeterminer, first)))) {
      return {};
    }
  }
  while (k < end &&
         (t_.IsSpace(k) || (t_.IsWord(k) && (t_.Is(WordList::kSubordinator, k) ||
                                             t_.LowerIs(k, "and") || t_.LowerIs(k, "but"))))) {
    ++k;
  }
  // "It is understood that the board ...": the subject of the clause after the frame.
  if (k + 2 < end && t_.LowerIs(k, "it")) {
    const uint32_t is = t_.Next(k);
    const uint32_t done = is == kNone ? kNone : t_.Next(is);
    const uint32_t that = done == kNone ? kNone : t_.Next(done);
    if (that != kNone && that < end && t_.Is(WordList::kPassiveAuxiliary, is) &&
        t_.LowerIs(that, "that")) {
      k = t_.Next(that);
      if (k == kNone) return {};
    }
  }
  // "However, their losses ...": a connective is no subject.
  if (k < end && IsConnective(k)) {
    k = t_.Next(t_.Next(k));
    if (k == kNone) return {};
  }
  if (k >= end || !t_.IsWord(k)) return {};
  // "they", but "their losses": a possessive opens a description.
  if (t_.IsPronoun(k) && !t_.LowerIs(k, "their") && !t_.LowerIs(k, "her")) {
    return {k, k + 1};
  }
  // A name, after up to three title words ("Health Secretary John Reid").
  for (uint32_t j = k; j < end && j < k + 6; ++j) {
    const int e = t_.entity_of(j);
    if (e >= 0) return {k, PersonAfterTitle(NameModifies(e, end), end)};
    if (!t_.IsSpace(j) && (!t_.IsWord(j) || !t_.Has(j, kCapitalised))) break;
  }
  // A description: "The chancellor", "Several senior officials", up to its verb.
  uint32_t j = k;
  int words = 0;
  while (j < end && words < 5) {
    if (t_.IsSpace(j)) {
      ++j;
      continue;
    }
    // ("The 27-year-old": a number and the hyphens that join it are part of the words.)
    if (t_.tokens()[j].kind == TokenKind::kNumber ||
        (t_.IsPunct(j, "-") && j > k && !t_.IsSpace(j - 1))) {
      ++j;
      continue;
    }
    if (!t_.IsWord(j) ||
        (words > 0 && (t_.Is(WordList::kAuxiliary, j) || t_.Is(WordList::kPassiveAuxiliary, j) ||
                       t_.Is(WordList::kBeforeCue, j) || t_.IsAdverb(j)))) {
      break;  // "the board also considered"
    }
    const std::string_view w = t_.Text(j);
    if (words > 0 && !t_.Has(j, kCapitalised) && w.size() > 3 && w.substr(w.size() - 2) == "ed"sv) {
      break;  // "Authorities announced"
    }
    ++words;
    ++j;
  }
  return words > 0 && words < 5 ? t_.Trim({k, j}) : Range{};
}

// "UK critics", "US trade officials", "Tory delegates".
uint32_t SpeakerFinder::NameModifies(int e, uint32_t end) const {
  const Range name = t_.TokensOf(t_.entities()[e]);
  const EntityType type = t_.entities()[e].type;
  if (type == EntityType::kOrg) return OrgPeople(name, end);
  if (type != EntityType::kPlace) return name.end;
  uint32_t j = name.end;
  uint32_t last = name.end;  // one past the last word taken
  for (int words = 0; j < end && words < 3; ++j) {
    if (t_.IsSpace(j)) continue;
    if (!t_.IsWord(j) || t_.Has(j, kCapitalised)) break;
    // ("A New York judge has rejected": the words before an auxiliary or adverb.)
    if (IsVerbAfterSubject(j)) return last;
    const std::string_view w = t_.Text(j);
    // ("UK mortgage lending showed": the words before a verb in the past.)
    if (words > 0 && w.size() > 3 && EndsWithAsciiLower(w, "ed")) return last;
    ++words;
    last = j + 1;
    if (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's') return j + 1;
  }
  return name.end;
}

// "Tory delegates are gathering", "USDA officials said": one plural noun, then a verb (not
// "The Senate takes up", "The Fed lifted borrowing costs").
uint32_t SpeakerFinder::OrgPeople(Range name, uint32_t end) const {
  const uint32_t noun = t_.Next(name.end - 1);
  if (noun == kNone || noun >= end || !t_.IsWord(noun) || t_.Has(noun, kCapitalised)) {
    return name.end;
  }
  const std::string_view w = t_.Text(noun);
  if (w.size() <= 3 || w.back() != 's' || w[w.size() - 2] == 's') return name.end;
  const uint32_t verb = t_.Next(noun);
  const bool verb_follows =
      verb == kNone || verb >= end || t_.IsPunct(verb, ",") ||
      (t_.IsWord(verb) &&
       (IsVerbAfterSubject(verb) || EndsWithAsciiLower(t_.Text(verb), "ed") ||
        t_.LowerIs(verb, "said") || t_.LowerIs(verb, "say") || t_.LowerIs(verb, "told")));
  return verb_follows ? noun + 1 : name.end;
}

uint32_t SpeakerFinder::TitledStart(Range name, uint32_t from) const {
  const uint32_t title = t_.Prev(name.begin);
  const bool titled = title != kNone && title >= from && t_.IsWord(title) &&
                      LookUpAbbreviation(t_.Text(title)) == AbbreviationKind::kTitle;
  return titled ? title : name.begin;
}

bool SpeakerFinder::IsVerbAfterSubject(uint32_t k) const {
  return t_.Is(WordList::kAuxiliary, k) || t_.Is(WordList::kPassiveAuxiliary, k) ||
         t_.Is(WordList::kBeforeCue, k) || t_.IsAdverb(k);
}

uint32_t SpeakerFinder::PersonAfterTitle(uint32_t k, uint32_t end) const {
  uint32_t j = k;
  for (int words = 0; j < end && words < 3; ++j) {
    if (t_.IsSpace(j)) continue;
    // ("Hillary Clinton's campaign manager Robby Mook": past the possessive.)
    if (j == k && t_.IsPossessiveS(j)) continue;
    const int e = t_.entity_of(j);
    if (e >= 0 && words > 0 && t_.entities()[e].type == EntityType::kPerson) {
      return t_.TokensOf(t_.entities()[e]).end;
    }
    if (!t_.IsWord(j) || t_.Has(j, kCapitalised) || t_.Is(WordList::kAuxiliary, j) ||
        t_.Is(WordList::kPassiveAuxiliary, j) || t_.Is(WordList::kBeforeCue, j) ||
        t_.Is(WordList::kDeterminer, j) || t_.Is(WordList::kAdverbialStart, j) || t_.IsAdverb(j) ||
        t_.IsPronoun(j) || EndsWithAsciiLower(t_.Text(j), "ed")) {
      break;
    }
    ++words;
  }
  return k;
}

int SpeakerFinder::PersonBeforeRelative(uint32_t who) const {
  const uint32_t comma = t_.Prev(who);
  if (comma == kNone || !t_.IsPunct(comma, ",")) return -1;
  const Segment& sent = t_.sentences()[t_.sentence_of(who)];
  // The name right before the comma, or before an apposition between commas.
  int commas = 0;
  for (uint32_t k = comma; k > sent.first_token && comma - k < 40;) {
    --k;
    if (t_.IsPunct(k, ",") && ++commas > 1) return -1;
    const int e = t_.entity_of(k);
    if (e >= 0 && t_.entities()[e].type == EntityType::kPerson) return e;
    // "a spokesman for Acme, who": the organisation heads what "who" stands for; "now the
    // Senate majority leader, who" names it only as a modifier.
    if (t_.IsQuoteMark(k) || (e >= 0 && t_.Next(k) == comma)) return -1;
  }
  return -1;
}

bool SpeakerFinder::HasAuxiliary(Range r) const {
  for (uint32_t k = r.begin; k < r.end; ++k) {
    if (t_.IsWord(k) && !t_.Has(k, kCapitalised) &&
        (t_.Is(WordList::kAuxiliary, k) || t_.Is(WordList::kPassiveAuxiliary, k))) {
      return true;
    }
  }
  return false;
}

bool SpeakerFinder::IsTimeWord(uint32_t k) const {
  if (t_.Has(k, kCapitalised)) return false;  // "USA TODAY"
  const std::string w = t_.LowerText(k);
  return w == "last"sv || w == "yesterday"sv || w == "today"sv || w == "tonight"sv ||
         w == "earlier"sv || w == "meanwhile"sv || w == "afterwards"sv || w == "later"sv ||
         w == "now"sv || w == "recently"sv;
}

bool SpeakerFinder::IsConnective(uint32_t k) const {
  const uint32_t next = t_.Next(k);
  if (!t_.IsWord(k) || t_.entity_of(k) >= 0 || !t_.Has(k, kSentenceStart) || next == kNone ||
      !t_.IsPunct(next, ",")) {
    return false;
  }
  // ("Morgan, however, has had": a connective between commas follows the subject.)
  const uint32_t adverb = t_.Next(next);
  const uint32_t comma = adverb == kNone ? kNone : t_.Next(adverb);
  return !(comma != kNone && t_.IsWord(adverb) && !t_.Has(adverb, kCapitalised) &&
           t_.IsPunct(comma, ","));
}

bool SpeakerFinder::EndsDateline(uint32_t k) const {
  if (!t_.IsDash(k) || k == 0 || !t_.IsSpace(k - 1)) return false;
  const uint32_t before = t_.Prev(k);
  if (before == kNone) return false;
  auto in_capitals = [this](uint32_t j) {
    const std::string_view w = t_.Text(j);
    return t_.IsWord(j) && w.size() > 1 &&
           std::all_of(w.begin(), w.end(), [](char c) { return c < 'a' || c > 'z'; });
  };
  // A credit in brackets, or a place in capitals that opens the sentence or its line ("The
  // IAAF - which" is no dateline; "<SCHULT HOMES CORP> MAKES OFFER\nNEW YORK, Feb 26 -" is).
  const uint32_t sentence_first = t_.sentences()[t_.sentence_of(k)].first_token;
  uint32_t first = k;
  while (first > sentence_first &&
         !(t_.IsSpace(first - 1) && t_.Text(first - 1).find('\n') != std::string_view::npos)) {
    --first;
  }
  const bool dated = t_.tokens()[before].kind == TokenKind::kNumber;
  if (t_.IsPunct(before, ")") ||
      ((in_capitals(first) || in_capitals(sentence_first)) && (in_capitals(before) || dated))) {
    return true;
  }
  // "Chicago, March 3 -": a capitalised place and a comma open the line, a date ends it.
  uint32_t j = first;
  for (int words = 0; j < k && t_.IsWord(j) && t_.Has(j, kCapitalised) && words < 4; ++words) {
    j = t_.Next(j);
  }
  return dated && j != first && j != kNone && j < k && t_.IsPunct(j, ",");
}

bool SpeakerFinder::OpensWithPreposition(Range r) const {
  return !r.empty() &&
         (t_.LowerIs(r.begin, "of") || t_.LowerIs(r.begin, "for") || t_.LowerIs(r.begin, "from") ||
          t_.LowerIs(r.begin, "by") || t_.LowerIs(r.begin, "with") || t_.LowerIs(r.begin, "amid") ||
          t_.LowerIs(r.begin, "despite") || t_.LowerIs(r.begin, "against") ||
          t_.LowerIs(r.begin, "without") || t_.LowerIs(r.begin, "like") ||
          t_.LowerIs(r.begin, "unlike"));
}

bool SpeakerFinder::IsRelativePronoun(uint32_t k) const {
  return t_.IsWord(k) && (t_.LowerIs(k, "which") || t_.LowerIs(k, "who") || t_.LowerIs(k, "that") ||
                          t_.LowerIs(k, "whom"));
}

}  // namespace claimscope::internal

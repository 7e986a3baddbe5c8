#include "claims/cues.h"

#include <algorithm>
#include <string_view>

namespace claimscope::internal {

using namespace std::string_view_literals;  // "source"sv: compared by size first

void Cues::Find(const ClaimText& text, const LexiconMatcher& lexicons, const LexiconScratch& units,
                const std::vector<LexiconHit>& hits) {
  cues_.clear();
  for (const LexiconHit& h : hits) {
    if (lexicons.class_of(h.entry) != "cue.speech"sv) continue;
    const Range r = HitTokens(h, units);
    const LexiconEntry& e = lexicons.entry(h.entry);
    // Longest cue at a position only ("calls on" over "calls"); phrases like "in a
    // statement" only qualify a cue.
    if (!cues_.empty() && cues_.back().tokens.begin == r.begin) {
      if (r.end <= cues_.back().tokens.end) continue;
      cues_.pop_back();
    }
    Cue c = Traits(e);
    if (c.type == "source"sv || !IsVerbUse(text, r) || (c.passive_of && IsPassiveOf(text, r)) ||
        IsOtherSense(text, r, c)) {
      continue;
    }
    // "responded by saying ...", but "cooperate by disclosing imbalances": after "by", only
    // a verb that reports a clause without "that".
    if (!c.drops_that && text.IsIngForm(r.begin)) {
      const uint32_t before = text.Prev(r.begin);
      if (before != ClaimText::kNone && text.LowerIs(before, "by")) continue;
    }
    if (c.noun && IsBaseForm(text, r.begin, e.canonical) && !SubjectTakesBaseForm(text, r.begin)) {
      continue;  // "the Ethiopian state broadcaster", "unsolicited e-mail messages"
    }
    // (A plural possessive before any cue: "investors' worries", "opponents' calls for".)
    if (AfterPluralPossessive(text, r.begin)) continue;
    if (c.noun && (AfterVerb(text, r.begin) || AfterPreposition(text, r.begin) ||
                   IsPluralNoun(text, r, e.canonical) || EndsSentenceAsNoun(text, r) ||
                   PluralBeforeComma(text, r))) {
      continue;  // "Addressing claims that", "denied reports", "jobless figures are"
    }
    c.tokens = r;
    cues_.push_back(c);
  }
  MarkStarts(text.tokens().size());
  // "a police report said": of two cue words in a row the first is a noun; but after a verb
  // in the past the second is a participle ("said estimated cost savings").
  auto past = [&text](uint32_t k) {
    const std::string_view w = text.Text(k);
    return text.LowerIs(k, "said") || text.LowerIs(k, "told") ||
           (w.size() > 3 && w.substr(w.size() - 2) == "ed"sv);
  };
  std::vector<uint8_t>& drop = drop_;
  drop.assign(cues_.size(), 0);
  for (size_t i = 0; i + 1 < cues_.size(); ++i) {
    const Cue& c = cues_[i];
    const uint32_t next = text.Next(c.tokens.end - 1);
    if (next == ClaimText::kNone || cues_[i + 1].tokens.begin != next || c.according) continue;
    // ("rejected calls for a windfall tax": after a verb in the past, the second is its
    // object; "..., say two reports.": a noun that ends the sentence is the subject.)
    // ("..., advocates argue.": only a noun ends it.)
    const uint32_t after = text.Next(cues_[i + 1].tokens.end - 1);
    const bool last = (after == ClaimText::kNone || text.IsPunct(after, ".")) && cues_[i + 1].noun;
    drop[past(c.tokens.end - 1) || last ? i + 1 : i] = 1;
  }
  size_t kept = 0;
  for (size_t i = 0; i < cues_.size(); ++i) {
    if (!drop[i]) cues_[kept++] = cues_[i];
  }
  cues_.resize(kept);
  MarkStarts(text.tokens().size());
}

// The cue an entry makes, its attributes read in one pass over "key=value;..." (cue hits are
// many; LexiconEntry::Attribute would walk the string once for each).
Cue Cues::Traits(const LexiconEntry& e) {
  Cue c;
  c.entry = &e;
  std::string_view rest = e.attributes;
  while (!rest.empty()) {
    const size_t semi = rest.find(';');
    const std::string_view pair = rest.substr(0, semi);
    rest = semi == std::string_view::npos ? std::string_view() : rest.substr(semi + 1);
    const size_t eq = pair.find('=');
    if (eq == std::string_view::npos) continue;
    const std::string_view key = pair.substr(0, eq);
    const std::string_view value = pair.substr(eq + 1);
    if (key == "type"sv) {
      c.type = value;
      c.according = value == "according"sv;
      continue;
    }
    if (key == "other_sense"sv) {
      c.other_sense = value;
      continue;
    }
    if (value != "1"sv) continue;
    if (key == "noun"sv) {
      c.noun = true;
    } else if (key == "object"sv) {
      c.takes_object = true;
    } else if (key == "drops_that"sv) {
      c.drops_that = true;
    } else if (key == "object_content"sv) {
      c.object_content = true;
    } else if (key == "said_object"sv) {
      c.said_object = true;
    } else if (key == "clause_only"sv) {
      c.clause_only = true;
    } else if (key == "passive_of"sv) {
      c.passive_of = true;
    } else if (key == "reason"sv) {
      c.reason = true;
    } else if (key == "describes"sv) {
      c.describes = true;
    } else if (key == "evidence"sv) {
      c.evidence = true;
    }
  }
  return c;
}

// "who have failed in their asylum claims.": a cue word that is a noun too and ends its
// sentence is a noun, unless its subject follows a comma ("..., the report claims.").
// "... plus wildly extravagant stage shows, while ...": a form in -s between a lower-case
// word and a comma is a plural noun (not before a parenthetical connective: "the report
// shows, however, that").
bool Cues::PluralBeforeComma(const ClaimText& t, Range r) {
  const uint32_t comma = t.Next(r.end - 1);
  if (comma == ClaimText::kNone || !t.IsPunct(comma, ",") ||
      !EndsWithAsciiLower(t.Text(r.end - 1), "s")) {
    return false;
  }
  // (After a subject it is a verb: "who, he claims, is", "..., officials says,".)
  const uint32_t before = t.Prev(r.begin);
  if (before == ClaimText::kNone || !t.IsWord(before) || t.Has(before, kCapitalised) ||
      t.IsPronoun(before) || EndsWithAsciiLower(t.Text(before), "s")) {
    return false;
  }
  const uint32_t word = t.Next(comma);
  const uint32_t second = word == ClaimText::kNone ? ClaimText::kNone : t.Next(word);
  return !(second != ClaimText::kNone && t.IsWord(word) && t.IsPunct(second, ","));
}

bool Cues::EndsSentenceAsNoun(const ClaimText& t, Range r) {
  const uint32_t after = t.Next(r.end - 1);
  if (after != ClaimText::kNone && !t.IsPunct(after, ".")) return false;
  uint32_t k = r.begin;
  for (int words = 0; words < 12; ++words) {
    k = t.Prev(k);
    if (k == ClaimText::kNone) return true;
    if (t.IsPunct(k, ",") || t.IsQuoteMark(k) || t.IsDash(k)) return false;
  }
  return true;
}

// Is the base form of a verb that is a noun too ("state", "claim", "report") used as a verb
// at k? Only after a word that takes it: a pronoun ("they claim"), an auxiliary or modal
// ("will report", "did not comment"), "not", or a plural noun ("officials state").
bool Cues::SubjectTakesBaseForm(const ClaimText& t, uint32_t k) {
  const uint32_t before = t.Prev(k);
  if (before == ClaimText::kNone || !t.IsWord(before)) return false;
  // (A relative pronoun or a quantifier too: "who feel", "Many feel", "others claim".)
  if (t.IsPronoun(before) || t.Is(WordList::kAuxiliary, before) || t.LowerIs(before, "not") ||
      t.LowerIs(before, "also") || t.LowerIs(before, "to") || t.LowerIs(before, "who") ||
      t.LowerIs(before, "which") || t.LowerIs(before, "many") || t.LowerIs(before, "most") ||
      t.LowerIs(before, "some") || t.LowerIs(before, "few") || t.LowerIs(before, "others") ||
      t.LowerIs(before, "both")) {
    return true;
  }
  const std::string_view w = t.Text(before);
  // ("Paris promise raises hopes": a name ending in s is no plural subject; "a previous
  // estimate", "serious claim": nor an adjective in -ous, nor a noun in -is.)
  const char penult = w.size() > 1 ? AsciiLowerChar(w[w.size() - 2]) : 0;
  return w.size() > 3 && (w.back() == 's' || w.back() == 'S') && penult != 's' && penult != 'u' &&
         penult != 'i' && t.entity_of(before) < 0 &&
         (!t.Has(before, kCapitalised) || t.Has(before, kSentenceStart));
}

// A past participle that is no past tense: "written" (not "wrote"), "shown", "known".
bool Cues::IsParticipleOnly(std::string_view w) {
  return w == "written"sv || w == "shown"sv || w == "known"sv || w == "spoken"sv ||
         w == "proven"sv || w == "foreseen"sv || w == "sworn"sv || w == "forbidden"sv;
}

// Is the -s form of a verb that is a noun too a plural noun at r: before a preposition, a
// conjunction or a verb ("details of", "figures for", "comments and reviews", "jobless
// figures are"), or after a number ("2004 figures")? As a verb of speech it takes a clause or
// an object ("the rule states that", "BT reports more people").
bool Cues::IsPluralNoun(const ClaimText& t, Range r, std::string_view base) {
  const std::string_view w = t.Text(r.begin);
  if (r.end != r.begin + 1 || w.size() <= base.size() || (w.back() != 's' && w.back() != 'S')) {
    return false;
  }
  const uint32_t before = t.Prev(r.begin);
  if (before != ClaimText::kNone && t.tokens()[before].kind == TokenKind::kNumber) return true;
  uint32_t after = t.Next(r.begin);
  // ("terror suspects currently detained are": past an adverb.)
  while (after != ClaimText::kNone && t.IsWord(after) && t.IsAdverb(after)) after = t.Next(after);
  if (after == ClaimText::kNone || !t.IsWord(after)) return false;
  const std::string a = t.LowerText(after);
  // ("Henman hopes ended in Dubai": a past verb after it.)
  if (a.size() > 4 && a.ends_with("ed") && !t.Has(after, kCapitalised)) return true;
  return a == "of"sv || a == "for"sv || a == "on"sv || a == "about"sv || a == "over"sv ||
         a == "against"sv || a == "from"sv || a == "with"sv || a == "such"sv || a == "and"sv ||
         a == "or"sv || a == "under"sv || a == "without"sv ||
         t.words().Has(WordList::kAuxiliary, a) || t.words().Has(WordList::kPassiveAuxiliary, a);
}

// "amid claims", "despite warnings", "following reports": a preposition right before k.
bool Cues::AfterPreposition(const ClaimText& t, uint32_t k) {
  auto preposition = [&t](uint32_t p) {
    return t.IsWord(p) &&
           (t.LowerIs(p, "amid") || t.LowerIs(p, "amidst") || t.LowerIs(p, "despite") ||
            t.LowerIs(p, "following") || t.LowerIs(p, "over") || t.LowerIs(p, "about") ||
            t.LowerIs(p, "against") || t.LowerIs(p, "without") || t.LowerIs(p, "among") ||
            t.LowerIs(p, "of") || t.LowerIs(p, "into") || t.LowerIs(p, "on"));
  };
  const uint32_t before = t.Prev(k);
  if (before == ClaimText::kNone || !t.IsWord(before)) return false;
  if (preposition(before)) return true;
  // ("amid fresh claims", "despite repeated denials": past one adjective; not "a number of
  // fans questioned", whose noun is in the plural.)
  const uint32_t two = t.Prev(before);
  return two != ClaimText::kNone && !t.Has(before, kCapitalised) &&
         !EndsWithAsciiLower(t.Text(before), "s") && !t.Is(WordList::kDeterminer, before) &&
         !t.IsPronoun(before) && preposition(two);
}

// Does a verb's -ing or -ed form stand right before k, so that a cue there is its object?
bool Cues::AfterVerb(const ClaimText& t, uint32_t k) {
  const uint32_t before = t.Prev(k);
  if (before == ClaimText::kNone || !t.IsWord(before) || t.entity_of(before) >= 0) return false;
  // "try to steal details": the object of an infinitive.
  const uint32_t to = t.Prev(before);
  if (to != ClaimText::kNone && t.LowerIs(to, "to") && !t.Has(before, kCapitalised)) return true;
  const std::string_view w = t.Text(before);
  if (w.size() <= 4) return false;
  if (w.substr(w.size() - 2) == "ed"sv && !t.Has(before, kCapitalised)) return true;
  if (!t.IsIngForm(before)) return false;
  // "Addressing claims", "started getting reports"; but "the SEC filing shows" is a noun.
  const uint32_t two = t.Prev(before);
  return two == ClaimText::kNone || !t.IsWord(two) ||
         (!t.Has(two, kCapitalised) && !t.Is(WordList::kDeterminer, two));
}

// Can a reported clause or quote start at k: "that", a pronoun, a determiner, a quote?
bool Cues::OpensClause(const ClaimText& t, uint32_t k) {
  if (k == ClaimText::kNone) return false;
  return t.IsOpening(k) || t.LowerIs(k, "that") || t.IsPronoun(k) ||
         t.Is(WordList::kDeterminer, k) || t.Has(k, kCapitalised);
}

// Is the word at k the cue's base form ("e-mail" of "email")?
bool Cues::IsBaseForm(const ClaimText& t, uint32_t k, std::string_view base) {
  std::string w;
  for (char c : t.Text(k)) {
    if (c != '-') w.push_back(AsciiLowerChar(c));
  }
  return w == base;
}

void Cues::MarkStarts(size_t tokens) {
  cue_at_.assign(tokens, 0);
  for (const Cue& c : cues_) cue_at_[c.tokens.begin] = 1;
}

// "opponents' calls for free care": a plural possessive (no closing quotation mark) before.
bool Cues::AfterPluralPossessive(const ClaimText& t, uint32_t k) {
  const uint32_t before = t.Prev(k);
  return before != ClaimText::kNone && before > 0 && !t.IsQuoteMark(before) &&
         (t.Text(before) == "'"sv || t.Text(before) == "’"sv) && t.IsWord(before - 1) &&
         EndsWithAsciiLower(t.Text(before - 1), "s");
}

// Is the cue word at r used as a verb of speech? Not inside a name ("Islamic State", "The
// Post"), not capitalised inside a sentence, not a noun after a determiner ("a particular
// warning"), not a participle in mid-sentence unless it follows a comma (", saying ...").
bool Cues::IsVerbUse(const ClaimText& t, Range r) const {
  constexpr uint32_t kNone = ClaimText::kNone;
  const uint32_t k = r.begin;
  if (t.entity_of(k) >= 0) return false;
  if (t.Has(k, kCapitalised) && !t.Has(k, kSentenceStart) && !InTitleCase(t, k)) return false;
  const uint32_t before = t.Prev(k);
  if (before != kNone && t.IsWord(before) && t.Is(WordList::kDeterminer, before)) return false;
  // "is reported", "were told": the passive names no speaker before the cue.
  // Past adverbs: "was widely reported", "It was also agreed".
  uint32_t aux = before;
  while (aux != kNone && t.IsWord(aux) && (t.IsAdverb(aux) || t.LowerIs(aux, "also"))) {
    aux = t.Prev(aux);
  }
  // "not authorised to brief reporters", "declined to comment", "failed to promptly inform":
  // no claim is reported; "Okafor's reply": a noun.
  // ("declined to confirm or deny that": the second verb of the infinitive too.)
  const uint32_t verb = before != kNone && t.LowerIs(before, "or") ? t.Prev(before) : kNone;
  const uint32_t to = verb == kNone ? kNone : t.Prev(verb);
  if ((aux != kNone && t.LowerIs(aux, "to")) || (to != kNone && t.LowerIs(to, "to")) ||
      (before != kNone && t.IsPossessiveS(before))) {
    return false;
  }
  if (aux != kNone && t.IsWord(aux) && t.Is(WordList::kPassiveAuxiliary, aux)) return false;
  // "Fightstar's blend of emotionally charged rock", "in determined fashion": a participle
  // after a preposition or determiner (past adverbs) is an adjective.
  if (aux != kNone && t.IsWord(aux) &&
      (t.Is(WordList::kDeterminer, aux) || t.LowerIs(aux, "of") || t.LowerIs(aux, "with") ||
       t.LowerIs(aux, "in") || t.LowerIs(aux, "more") || t.LowerIs(aux, "most") ||
       t.LowerIs(aux, "less") || t.LowerIs(aux, "well"))) {
    return false;  // ("more established companies", "well known")
  }
  // "would not comment", "did not say", "never claimed": a negated cue reports no claim of
  // its speaker's.
  if (before != kNone &&
      (t.LowerIs(before, "not") || t.LowerIs(before, "never") || t.LowerIs(before, "nor") ||
       t.LowerIs(before, "cannot") || EndsWithAsciiLower(t.Text(before), "n't") ||
       t.Text(before).ends_with("n\u2019t"))) {
    return false;
  }
  // "should personally make clear", "could say": what someone should or may say is no claim.
  for (uint32_t b = before, words = 0; b != kNone && words < 2 && t.IsWord(b);
       b = t.Prev(b), ++words) {
    const std::string_view w = t.Text(b);
    if (w == "should"sv || w == "must"sv || w == "could"sv || w == "might"sv || w == "may"sv ||
        w == "can"sv || w == "shall"sv) {
      return false;
    }
  }
  // "Holmes urged to compete at Worlds", "Chelsea denied by James heroics": a headline says
  // what happens in the present; its participles are passives.
  const std::string_view word = t.Text(r.end - 1);
  if (t.IsHeadline(t.sentence_of(k)) && !t.IsIngForm(r.end - 1) &&
      (EndsWithAsciiLower(word, "ed") || t.LowerIs(r.end - 1, "told") ||
       t.LowerIs(r.end - 1, "said") || t.LowerIs(r.end - 1, "thought") ||
       t.LowerIs(r.end - 1, "shown") || t.LowerIs(r.end - 1, "known"))) {
    return false;
  }
  // "one song written with more meaning", "figures shown to analysts": a past participle
  // distinct from the past tense is active only after "have".
  if (IsParticipleOnly(word) &&
      (aux == kNone || !t.IsWord(aux) ||
       !(t.LowerIs(aux, "have") || t.LowerIs(aux, "has") || t.LowerIs(aux, "had") ||
         t.LowerIs(aux, "having") || t.LowerIs(aux, "'ve") || t.LowerIs(aux, "’ve")))) {
    return false;
  }
  // "he helped write Kokomo": writing, not saying.
  if (before != kNone && t.IsWord(before) &&
      (t.LowerIs(before, "help") || t.LowerIs(before, "helped") || t.LowerIs(before, "helps") ||
       t.LowerIs(before, "helping"))) {
    return false;
  }
  // "better than expected", "higher than forecast".
  if (before != kNone && t.LowerIs(before, "than")) return false;
  const bool participle = t.IsIngForm(k);
  // (", saying ...", "responded by saying ...")
  if (participle && !t.Has(k, kSentenceStart) &&
      (before == kNone || (!t.IsPunct(before, ",") && !t.LowerIs(before, "by"))) &&
      (before == kNone || t.entity_of(before) < 0 || !OpensClause(t, t.Next(r.end - 1)))) {
    return false;  // ("US broadcasting regulator": after a name, only before a clause)
  }
  return true;
}

// "Clinton Hid Past Health Problems, Former White House Doctor Says": a headline in title
// case, where most words of four letters or more are capitalised.
bool Cues::InTitleCase(const ClaimText& t, uint32_t k) {
  const Segment& sent = t.sentences()[t.sentence_of(k)];
  int long_words = 0;
  int capitalised = 0;
  for (uint32_t j = sent.first_token; j < sent.end_token; ++j) {
    if (!t.IsWord(j) || t.Text(j).size() < 4) continue;
    ++long_words;
    capitalised += t.Has(j, kCapitalised) ? 1 : 0;
  }
  return long_words >= 3 && capitalised * 5 >= long_words * 4;
}

// "adding to concern", "asked for them to be returned", "agree with": a cue's verb with the
// particle of another sense; "the total cost of fraud reported by consumers": a participle after a
// common noun, its agent after "by" (but "Smith said by phone").
bool Cues::IsOtherSense(const ClaimText& t, Range r, const Cue& cue) {
  const LexiconEntry& e = *cue.entry;
  const uint32_t before = t.Prev(r.begin);
  // "take it for granted".
  if (e.canonical == "grant"sv && before != ClaimText::kNone && t.LowerIs(before, "for")) {
    return true;
  }
  const uint32_t after = t.Next(r.end - 1);
  if (after == ClaimText::kNone || !t.IsWord(after)) return false;
  // "agree with X's views", "argued with the ministry", "thanks to the GameBoy": the word of
  // another sense (other_sense= in the lexicon).
  // ("blasted wide|over|home": words of the other sense, between bars.)
  for (std::string_view rest = cue.other_sense; !rest.empty();) {
    const size_t bar = rest.find('|');
    if (t.LowerIs(after, rest.substr(0, bar))) return true;
    rest = bar == std::string_view::npos ? std::string_view() : rest.substr(bar + 1);
  }
  // "4bn euros thought to be held", "a firm said to have": the participle of a verb that
  // takes no infinitive of its own before "to be" or "to have" is a passive that says what
  // others think, and names no one (unlike "claimed to have issued").
  const std::string_view c = e.canonical;
  const uint32_t then = t.LowerIs(after, "to") ? t.Next(after) : ClaimText::kNone;
  if (then != ClaimText::kNone && (t.LowerIs(then, "be") || t.LowerIs(then, "have")) &&
      !t.IsIngForm(r.end - 1) &&
      (c == "think"sv || c == "know"sv || c == "say"sv || c == "believe"sv || c == "understand"sv ||
       c == "report"sv || c == "estimate"sv || c == "consider"sv || c == "allege"sv ||
       c == "suspect"sv || c == "fear"sv || c == "rumour"sv)) {
    return true;
  }
  if (!t.LowerIs(after, "by") || t.IsIngForm(r.begin) || before == ClaimText::kNone) return false;
  // "The new GDP figure, announced by the Commerce Department,": a participle after a comma.
  if (t.IsPunct(before, ",")) return true;
  // ("All four Britons held by the US": a plural of people in capitals, which names no one.)
  const bool people = t.Has(before, kCapitalised) && !t.Has(before, kSentenceStart) &&
                      EndsWithAsciiLower(t.Text(before), "s");
  return t.IsWord(before) && (!t.Has(before, kCapitalised) || people) && t.entity_of(before) < 0 &&
         !t.IsPronoun(before) && !t.Is(WordList::kAuxiliary, before) &&
         !t.Is(WordList::kBeforeCue, before);
}

// "those suspected of abusing the system", "the men accused of": the participle of a
// passive_of=1 verb before "of" is passive.
bool Cues::IsPassiveOf(const ClaimText& t, Range r) {
  const std::string_view word = t.Text(r.end - 1);
  const uint32_t after = t.Next(r.end - 1);
  return word.size() > 3 && word.substr(word.size() - 2) == "ed"sv && after != ClaimText::kNone &&
         t.LowerIs(after, "of");
}

}  // namespace claimscope::internal

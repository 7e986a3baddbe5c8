// The claim draft the attribution parts share: a claim as found (its words, its cue, the
// words naming its speaker, its outlets) before its speaker is resolved and the record's
// quotes are written from it; and the cues and mark quotes it is made from.
//
//   cue finding (cues.h)      -> Cue                   "said", "according to"
//   claim finding             -> Claim.content/.cue     what is said, next to the cue
//   speaker finding           -> Claim.speaker          "the ministry", "Tomas Reyes"
//   outlets and credit        -> Claim.media            "told The Post", "(AP)"
//   speaker resolution        -> SpeakerInfo            "he" -> "Judge Miriam Okafor"
//   anonymity                 -> Speaker.anonymous
#ifndef CLAIMSCOPE_SRC_CLAIMS_CLAIM_DRAFT_H_
#define CLAIMSCOPE_SRC_CLAIMS_CLAIM_DRAFT_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "claimscope/record.h"
#include "lexicon/lexicon_file.h"

namespace claimscope::internal {

// Tokens [begin, end) of the document.
struct Range {
  uint32_t begin = 0;
  uint32_t end = 0;
  bool empty() const { return begin >= end; }
};

// A speech cue: a verb of speech used as one ("said", "told"), or "according to".
struct Cue {
  Range tokens;
  const LexiconEntry* entry = nullptr;  // its cue.speech entry
  std::string_view type;                // its type= attribute: "say", "believe", "deny", ...
  bool noun = false;                    // the base form is a noun too ("a claim")
  bool passive_of = false;              // "those suspected of": a passive before "of"
  bool according = false;               // "according to"
  bool takes_object = false;            // "told The Post that"
  bool drops_that = false;              // reports a clause without "that" ("said the branch is")
  bool describes = false;        // "called it a huge concern": attributes quotes, makes no claim
  bool object_content = false;   // "announced plans to cut jobs": its object is what is said
  bool said_object = false;      // ... only when a noun of what is said heads it ("denied")
  bool reason = false;           // "accused X of failing": the object's preposition says it
  bool clause_only = false;      // "ruled that": speech only before "that", a quote or a colon
  bool evidence = false;         // "figures showed": only evidence speaks, no person or body
  std::string_view other_sense;  // "with" for agree: before this word, another sense
};

// A quote found from its quotation marks.
struct MarkQuote {
  size_t quote = 0;    // index into the record's quotes
  uint32_t open = 0;   // the opening mark token
  uint32_t close = 0;  // the closing mark token
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
  Range refers;      // the words a relative pronoun speaker stands for ("X, who said")
  Range cue;
  uint32_t sentence = 0;
  bool speaker_after = false;
  int inherit_from = -1;  // the claim whose speaker this one shares ("said ... and proposed")
  int media_from = -1;    // the claim whose outlets this one shares (a quote run on)
  bool direct = false;  // a quote attached next to its cue: "said: “...”", "“...,” she said"
  bool rejects =
      false;  // the cue denies or rejects what is reported ("denied that", "rejected calls")
  std::string_view how;    // for --explain: which rule found the speaker
  bool cited = false;      // for --explain: and the speaker was cited by an outlet
  std::vector<int> media;  // entity indices
};

// Does the last claim found stand in `sentence`, so that a cue there may share its speaker?
inline bool LastClaimIn(const std::vector<Claim>& claims, uint32_t sentence) {
  return !claims.empty() && claims.back().sentence == sentence;
}

// `claim` shares the speaker of the last claim found, words, apposition and referent, and is
// resolved as it is: "said A and proposed B", "criticized X and called for Y", ", saying".
inline void ShareLastSpeaker(const std::vector<Claim>& claims, Claim* claim) {
  const Claim& last = claims.back();
  claim->speaker = last.speaker;
  claim->apposition = last.apposition;
  claim->refers = last.refers;
  claim->inherit_from = static_cast<int>(claims.size()) - 1;
}

// What the engine knows of a speaker once resolved.
struct SpeakerInfo {
  Speaker speaker;
  bool plural = false;
  bool valid = false;
};

// Bounds that keep the work linear in run-on text: tokens of a claim, of a speaker phrase.
inline constexpr uint32_t kMaxClaimTokens = 400;
inline constexpr uint32_t kMaxSpeakerTokens = 60;
// How far into a sentence a dateline's dash may stand (a headline may come before it).
inline constexpr uint32_t kDatelineTokens = 80;

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_CLAIMS_CLAIM_DRAFT_H_

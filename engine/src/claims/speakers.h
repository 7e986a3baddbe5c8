// Speaker finding: the words that name who makes a claim, around its cue. Before the cue
// ("the ministry said"), past introductory phrases, parentheticals and appositions ("An SFO
// spokesman, who declined to be named, said"; "Lena Okoro, the bank's deputy governor,
// said"), shared with an earlier cue of the sentence ("said ... and proposed ..."), or after
// it ("..., said Energy Minister Tomas Reyes"). Who the words stand for is speaker
// resolution's question (speaker_resolution.h).
#ifndef CLAIMSCOPE_SRC_CLAIMS_SPEAKERS_H_
#define CLAIMSCOPE_SRC_CLAIMS_SPEAKERS_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "claims/claim_draft.h"
#include "claims/claim_text.h"

namespace claimscope::internal {

class SpeakerFinder {
 public:
  // `claims` are the claims found so far in the document (the last of a sentence may share
  // its speaker); both must outlive this object.
  SpeakerFinder(const ClaimText& text, const std::vector<Claim>& claims)
      : t_(text), claims_(claims) {}

  // claim->how when the words before a cue are a clause ("Charles Kennedy is far too canny to
  // make any grand claims"): the cue is no verb of speech, and no speaker follows it either.
  static constexpr std::string_view kNoSpeaker = "speaker:none";

  // The speaker before the cue at token c into claim->speaker (and ->apposition, ->how,
  // ->inherit_from). Sets *subordinate when the speaker opens a subordinate clause ("While
  // experts said ..."). False when there is none before it: the speaker may follow the cue
  // (unless claim->how is kNoSpeaker).
  bool Before(uint32_t c, Claim* claim, bool* subordinate) const;

  // The speaker after a cue that ends before token k: "..., said Tomas Reyes, the ...".
  bool After(uint32_t k, Claim* claim) const;

  // The noun phrase of a speaker region: leading subordinators and conjunctions dropped
  // ("While experts"), a relative clause cut off ("A senior diplomat who observed ...").
  // Empty when it is longer than a speaker's name would be.
  Range NounPhrase(Range r, bool* subordinate) const;

  // The subject of the clause in tokens [from, end): a pronoun, a name (with its title) or a
  // short description up to its verb; empty when none is clear.
  Range SubjectOf(uint32_t from, uint32_t end) const;

  // A speaker that ends in a name, without the phrase before its title that no comma set
  // off: "Speaking in Harrogate Mr Charles Kennedy" is "Mr Charles Kennedy", "During his
  // speech Mr Brown" is "Mr Brown"; else r.
  Range WithoutLeadingPhrase(Range r) const;

  // The agent of a passive that ends right before `end`: "The bill was backed by some
  // hi-tech firms" gives "some hi-tech firms"; empty when the clause is no passive.
  Range PassiveAgent(uint32_t from, uint32_t end) const;

  // Where the noun phrase that entity `e` opens ends, before `end`: a place before
  // lower-case words up to a plural noun or a verb modifies them ("UK critics", "A New York
  // judge has"), an organisation one plural noun before a verb ("Tory delegates are");
  // else the entity's end.
  uint32_t NameModifies(int e, uint32_t end) const;
  uint32_t OrgPeople(Range name, uint32_t end) const;
  // Where the name (an entity's tokens) starts with the abbreviated title right before it
  // ("Mr", "Dr", "Gen"), if that title stands at `from` or after.
  uint32_t TitledStart(Range name, uint32_t from) const;
  // An auxiliary, a word between a speaker and its cue ("further", "has") or an adverb.
  bool IsVerbAfterSubject(uint32_t k) const;

  // Where a speaker that ends at k goes on, before `end`, through up to three lower-case
  // words of a title to a person's name: "Liberal Democrat spokesman Mark Oaten"; else k.
  uint32_t PersonAfterTitle(uint32_t k, uint32_t end) const;

  // The person a "who" at token `who` refers to: named right before its comma, or before an
  // apposition ("McConnell, now the Senate majority leader, who said"); -1 if none.
  int PersonBeforeRelative(uint32_t who) const;

  // What a "who" at token `who` without a comma before it refers to: the noun phrase before
  // it ("voters who said"), or the person it is said of ("David Kamin, a law professor who
  // said", the description into *apposition). Empty if none.
  Range Antecedent(uint32_t who, Range* apposition) const;

  // Does r hold a lower-case auxiliary ("is", "had", "would"): a clause, not a name?
  bool HasAuxiliary(Range r) const;

  // Does r open with a preposition ("of those 300 posts", "for a survey"): no speaker?
  bool OpensWithPreposition(Range r) const;

  // "However," opening a sentence: a connective, at token k.
  bool IsConnective(uint32_t k) const;

  // "last", "yesterday", "meanwhile": a word of time after a speaker's name, at token k.
  bool IsTimeWord(uint32_t k) const;

  // The dash that ends a dateline, at token k: "LONDON, March 14 (Reuters) -", "VALDERA -".
  bool EndsDateline(uint32_t k) const;

  // "which", "who", "that", "whom" (any case): a relative clause opens at token k.
  bool IsRelativePronoun(uint32_t k) const;

  // Is r a name, whole: a person or organisation, after "the" or up to three title words.
  bool IsName(Range r) const;

 private:
  // Appositions a name may have before the cue, and the tokens they may span.
  static constexpr int kMaxAppositions = 4;
  static constexpr uint32_t kMaxAppositionTokens = 80;

  // The name before the cue's comma at token `comma`, past up to kMaxAppositions
  // appositions, relative clauses or parentheticals (the first of them any words): into
  // claim->speaker and ->apposition.
  bool NameBeforeAppositions(uint32_t comma, Claim* claim) const;

  const ClaimText& t_;
  const std::vector<Claim>& claims_;
};

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_CLAIMS_SPEAKERS_H_

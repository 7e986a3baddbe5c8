// The stages before attribution, run on a short text with the built-in resources, so that a
// test can hand each attribution part (engine/src/claims) the document it reads: tokens,
// lexicon matches, entities and the quotes from quotation marks.
//
//   ClaimFixture f("Lena Okoro said the rate would rise.");
//   Cues cues;
//   cues.Find(f.text(), f.lexicons(), f.units, f.hits);
//   CHECK(f.Words(cues.all()[0].tokens) == "said");
#ifndef CLAIMSCOPE_TESTS_CLAIM_FIXTURE_H_
#define CLAIMSCOPE_TESTS_CLAIM_FIXTURE_H_

#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "claims/claim_text.h"
#include "claims/posts.h"
#include "claims/quote_marks.h"
#include "entities/entity_recognizer.h"
#include "resources.h"

namespace claimscope::internal {

class ClaimFixture {
 public:
  ClaimFixture(const ClaimFixture&) = delete;
  ClaimFixture& operator=(const ClaimFixture&) = delete;
  explicit ClaimFixture(std::string text) : text_(std::move(text)) {
    const Resources& r = resources();
    Tokenize(text_, &analysis);
    word_lists.Index(text_, analysis.tokens, r.words);
    r.lexicons.Match(text_, analysis, &units, &hits);
    EntityScratch scratch;
    RecognizeEntities(text_, analysis, r.lexicons, word_lists, units, hits, r.links, &scratch,
                      &record.entities);
    FindPosts(text_, &posts);
    FindQuotedSpans(text_, analysis, posts, &record.quotes);
    record.text = text_;
    claim_text_.Index(text_, analysis, word_lists, record);
  }

  static const Resources& resources() {
    static const std::unique_ptr<Resources> loaded = [] {
      auto r = std::make_unique<Resources>();
      size_t lexicon_files = 0;
      size_t grammar_files = 0;
      const Status s = LoadResources(Options{}, r.get(), &lexicon_files, &grammar_files);
      REQUIRE_MESSAGE(s.ok(), s.ToString());
      return r;
    }();
    return *loaded;
  }
  const LexiconMatcher& lexicons() const { return resources().lexicons; }
  const WordLists& words() const { return resources().words; }

  ClaimText& text() { return claim_text_; }
  const ClaimText& text() const { return claim_text_; }

  // The text of tokens r; "" for an empty range.
  std::string Words(Range r) const {
    return r.empty() ? std::string() : std::string(claim_text_.Slice(r));
  }
  // The first token whose text is `word` (after `from`), or ClaimText::kNone.
  uint32_t Find(std::string_view word, uint32_t from = 0) const {
    for (uint32_t k = from; k < analysis.tokens.size(); ++k) {
      if (claim_text_.Text(k) == word) return k;
    }
    return ClaimText::kNone;
  }

  TextAnalysis analysis;
  TokenWordLists word_lists;
  LexiconScratch units;
  std::vector<LexiconHit> hits;
  Record record;
  std::vector<Post> posts;

 private:
  std::string text_;
  ClaimText claim_text_;
};

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_TESTS_CLAIM_FIXTURE_H_

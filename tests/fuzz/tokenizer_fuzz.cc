// Fuzzes the tokenizer and checks the invariants of its output (tokenizer.h):
//  - the tokens tile the input: non-empty, in order, no gaps, from 0 to input.size();
//  - a quote role is set exactly on quote tokens;
//  - sentences and paragraphs are in order, their token ranges and byte spans lie within the
//    input, the byte span lies within the span of their tokens, and a sentence never crosses a
//    paragraph boundary;
//  - invalid UTF-8 spans are non-empty, in order, within the input, and each is covered by a
//    token flagged kInvalidUtf8;
//  - tokenizing again into the reused (cleared) analysis gives the same tokens.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "claimscope/tokenizer.h"
#include "fuzz_check.h"

namespace {

using claimscope::Segment;
using claimscope::TextAnalysis;
using claimscope::Token;
using claimscope::TokenKind;
using claimscope::QuoteRole;

void CheckSegments(const std::vector<Segment>& segments, const TextAnalysis& a, size_t size) {
  uint32_t prev_end_token = 0;
  uint32_t prev_end = 0;
  for (const Segment& s : segments) {
    FUZZ_CHECK(s.first_token <= s.end_token);
    FUZZ_CHECK(s.end_token <= a.tokens.size());
    FUZZ_CHECK(s.first_token >= prev_end_token);
    FUZZ_CHECK(s.start <= s.end);
    FUZZ_CHECK(s.end <= size);
    FUZZ_CHECK(s.start >= prev_end);
    if (s.first_token < s.end_token) {
      FUZZ_CHECK(s.start >= a.tokens[s.first_token].start);
      FUZZ_CHECK(s.end <= a.tokens[s.end_token - 1].end);
    }
    prev_end_token = s.end_token;
    prev_end = s.end;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  static TextAnalysis analysis;  // reused, as the header recommends
  claimscope::Tokenize(input, &analysis);
  const TextAnalysis& a = analysis;

  // Tokens tile the input.
  uint32_t pos = 0;
  for (const Token& t : a.tokens) {
    FUZZ_CHECK(t.start == pos);
    FUZZ_CHECK(t.start < t.end);
    FUZZ_CHECK(t.end <= size);
    FUZZ_CHECK((t.kind == TokenKind::kQuote) == (t.quote_role != QuoteRole::kNone));
    pos = t.end;
  }
  FUZZ_CHECK(pos == size);
  if (size == 0) FUZZ_CHECK(a.tokens.empty());

  CheckSegments(a.sentences, a, size);
  CheckSegments(a.paragraphs, a, size);

  // Every sentence lies inside one paragraph (by tokens).
  size_t p = 0;
  for (const Segment& s : a.sentences) {
    if (s.first_token == s.end_token) continue;
    while (p < a.paragraphs.size() && a.paragraphs[p].end_token <= s.first_token) ++p;
    FUZZ_CHECK(p < a.paragraphs.size());
    FUZZ_CHECK(a.paragraphs[p].first_token <= s.first_token);
    FUZZ_CHECK(s.end_token <= a.paragraphs[p].end_token);
  }

  // Invalid UTF-8 spans: in order, within the input, each covered by an invalid-flagged token.
  uint32_t prev = 0;
  size_t t = 0;
  for (const claimscope::InvalidSpan& inv : a.invalid_utf8) {
    FUZZ_CHECK(inv.start < inv.end);
    FUZZ_CHECK(inv.end <= size);
    FUZZ_CHECK(inv.start >= prev);
    prev = inv.end;
    while (t < a.tokens.size() && a.tokens[t].end <= inv.start) ++t;
    FUZZ_CHECK(t < a.tokens.size());
    FUZZ_CHECK(a.tokens[t].start <= inv.start);
    FUZZ_CHECK(a.tokens[t].Has(claimscope::kInvalidUtf8));
  }

  // Deterministic: a second run on a fresh analysis gives the same tokens and segments.
  TextAnalysis fresh;
  claimscope::Tokenize(input, &fresh);
  FUZZ_CHECK(fresh.tokens.size() == a.tokens.size());
  for (size_t i = 0; i < fresh.tokens.size(); ++i) {
    FUZZ_CHECK(fresh.tokens[i].end == a.tokens[i].end);
    FUZZ_CHECK(fresh.tokens[i].kind == a.tokens[i].kind);
    FUZZ_CHECK(fresh.tokens[i].flags == a.tokens[i].flags);
    FUZZ_CHECK(fresh.tokens[i].quote_role == a.tokens[i].quote_role);
  }
  FUZZ_CHECK(fresh.sentences.size() == a.sentences.size());
  FUZZ_CHECK(fresh.paragraphs.size() == a.paragraphs.size());

  // Names are always printable.
  for (const Token& tok : a.tokens) {
    FUZZ_CHECK(claimscope::TokenKindName(tok.kind) != nullptr);
    FUZZ_CHECK(claimscope::QuoteRoleName(tok.quote_role) != nullptr);
  }
  return 0;
}

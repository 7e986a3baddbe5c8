// CoNLL IOB2 tags of the entity layer, one token a line, as NER tools read them:
//
//   -DOCSTART- -X- -X- O
//
//   Rescue<TAB>O
//   crews<TAB>O
//   near<TAB>O
//   Breska<TAB>B-PLACE
//   .<TAB>O
//
//   The<TAB>B-ORG
//   Associated<TAB>I-ORG
//   ...
//
// Tokens are the tokenizer's, white space left out; a blank line ends each sentence (and so
// the document). A token takes the label of the entity it overlaps; of overlapping entities,
// the one starting first (the longer at the same start) wins and the others are left out, so
// that the tags are always valid IOB2.
#include <algorithm>
#include <numeric>

#include "output/format_internal.h"

namespace claimscope::internal {
namespace {

// A token's text with invalid UTF-8 as U+FFFD and any tab, space or line break as "_", so
// that it stays one column.
void AppendToken(std::string_view s, std::string* out) {
  ForEachUtf8Run(
      s,
      [out](std::string_view run) {
        for (const char c : run) {
          out->push_back(c == '\t' || c == ' ' || c == '\n' || c == '\r' ? '_' : c);
        }
      },
      [out] { out->append("\xEF\xBF\xBD"); });
}

}  // namespace

void AppendConllRecord(const Record& r, const TextAnalysis& analysis, std::string* out) {
  out->append("-DOCSTART- -X- -X- O\n\n");
  const std::vector<Token>& tokens = analysis.tokens;
  // The tokens that lie in the text (the analysis is of this text; this guards a mismatch).
  size_t count = 0;
  while (count < tokens.size() && tokens[count].end <= r.text.size()) ++count;

  // label[i]: 1 + the index of the entity of token i, or 0; begin[i]: it is the first token.
  std::vector<uint32_t> label(count, 0);
  std::vector<bool> begin(count, false);
  std::vector<size_t> order(r.entities.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&r](size_t a, size_t b) {
    const Span sa = r.entities[a].span;
    const Span sb = r.entities[b].span;
    return sa.start != sb.start ? sa.start < sb.start : sa.end > sb.end;
  });
  for (const size_t e : order) {
    const Span s = r.entities[e].span;
    if (s.empty()) continue;
    // The first token that ends after the entity's start.
    size_t i = std::partition_point(tokens.begin(), tokens.begin() + count,
                                    [s](const Token& t) { return t.end <= s.start; }) -
               tokens.begin();
    size_t first = count;
    size_t last = count;
    bool free = true;
    for (size_t k = i; k < count && tokens[k].start < s.end; ++k) {
      if (tokens[k].IsSpace()) continue;
      if (label[k] != 0) free = false;
      if (first == count) first = k;
      last = k;
    }
    if (!free || first == count) continue;
    for (size_t k = first; k <= last; ++k) {
      if (!tokens[k].IsSpace()) label[k] = static_cast<uint32_t>(e + 1);
    }
    begin[first] = true;
  }

  std::vector<bool> sentence_start(count, false);
  for (const Segment& s : analysis.sentences) {
    if (s.first_token < count) sentence_start[s.first_token] = true;
  }
  bool open = false;  // a sentence has lines not yet ended by a blank line
  for (size_t k = 0; k < count; ++k) {
    if (sentence_start[k] && open) {
      out->push_back('\n');
      open = false;
    }
    const Token& t = tokens[k];
    if (t.IsSpace()) continue;
    AppendToken(t.Text(r.text), out);
    out->push_back('\t');
    if (label[k] == 0) {
      out->push_back('O');
    } else {
      out->append(begin[k] ? "B-" : "I-");
      AppendToken(EntityTypeName(r.entities[label[k] - 1].type), out);
    }
    out->push_back('\n');
    open = true;
  }
  if (open) out->push_back('\n');
}

}  // namespace claimscope::internal

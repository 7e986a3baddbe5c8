// Quantities from grammar matches: conflicts resolved (priority, then longest, then
// leftmost), values normalised (numbers, scales, ISO 4217 codes, units, ISO 8601 dates
// resolved against the document date), and counts given their counted noun.
#ifndef CLAIMSCOPE_SRC_QUANTITIES_QUANTITY_BUILDER_H_
#define CLAIMSCOPE_SRC_QUANTITIES_QUANTITY_BUILDER_H_

#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "claimscope/record.h"
#include "claimscope/status.h"
#include "claimscope/tokenizer.h"
#include "grammar/grammar_set.h"
#include "lexicon/lexicon_classes.h"
#include "lexicon/token_word_lists.h"
#include "quantities/number_memo.h"

namespace claimscope::internal {

// What the matches of each grammar rule become, by rule index: a quantity type, or nothing
// (label NONE: the rule claims its text so that no other rule takes it).
using RuleTypes = std::vector<std::optional<QuantityType>>;

// The types of `grammars`' rules from their labels. An error names the rule's file and line
// when a label is neither a quantity type (COUNT, MONEY, ...) nor NONE.
Status TypesOfRules(const GrammarSet& grammars, RuleTypes* types);

struct QuantityInput {
  std::string_view text;
  const TextAnalysis* analysis = nullptr;
  const GrammarSet* grammars = nullptr;
  const RuleTypes* rule_types = nullptr;  // TypesOfRules(*grammars)
  CaptureCache* captures = nullptr;       // optional, per thread
  const LexiconClasses* classes = nullptr;
  const TokenWordLists* words = nullptr;  // the word lists, and those of analysis's tokens
  std::string_view document_date;         // YYYY-MM-DD or empty
  uint32_t skip_before = 0;               // bytes of a header line that holds no quantities
};

// The working memory of BuildQuantities, kept between documents so that steady state
// allocates little. Not thread-safe: one per thread (each Workspace holds one).
struct QuantityScratch {
  std::vector<uint32_t> order;                // matches by precedence
  std::vector<uint8_t> taken;                 // by byte: claimed by an accepted match
  std::vector<const GrammarMatch*> accepted;  // in text order
  GrammarMatch match;                         // an accepted match with its captures
  // The named captures that the match being made sets, with their names (Builder::Make).
  std::vector<std::pair<std::string_view, Span>> set_captures;
  NumberMemo numbers;  // kept between documents
};

// `matches` are the grammar matches of the text, with or without their captures
// (GrammarSet::MatchSpans); the captures of the ones kept are found when they lack them.
// `scratch` is overwritten.
void BuildQuantities(const QuantityInput& in, const std::vector<GrammarMatch>& matches,
                     QuantityScratch* scratch, std::vector<Quantity>* quantities);

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_QUANTITIES_QUANTITY_BUILDER_H_

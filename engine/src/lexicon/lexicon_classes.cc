#include "lexicon/lexicon_classes.h"

#include <re2/re2.h>

#include <map>
#include <vector>

#include "base/ascii.h"
#include "claimscope/utf8.h"
#include "text/token_key.h"

namespace claimscope::internal {
namespace {

std::string Folded(std::string_view s) {
  std::string key;
  AppendTokenKey(s, /*fold=*/true, &key);
  return key;
}

// A node of the trie of forms, by character (UTF-8); a space stands for any run of white
// space.
struct TrieNode {
  std::map<std::string, TrieNode> children;
  bool terminal = false;
};

void AppendTrie(const TrieNode& node, std::string* out) {
  if (node.children.empty()) return;
  const bool group = node.terminal || node.children.size() > 1;
  if (group) out->append("(?:");
  bool first = true;
  for (const auto& [character, child] : node.children) {
    if (!first) out->push_back('|');
    first = false;
    out->append(character == " " ? "\\s+" : RE2::QuoteMeta(character));
    AppendTrie(child, out);
  }
  if (group) out->append(node.terminal ? ")?" : ")");
}

// The forms as one alternation, factored into a trie: RE2 compiles each shared prefix once
// (the currency class shrinks from about 8,900 instructions to a fraction of that). Where a
// form is a prefix of another, the longer is tried first (a greedy "?"), as a longest-first
// list would. With `fold`, ASCII letters are keyed in lower case (the caller wraps the
// result in (?i:...)).
std::string TrieAlternation(const std::vector<std::string>& forms, bool fold) {
  TrieNode root;
  std::string character;
  for (const std::string& f : forms) {
    TrieNode* node = &root;
    const auto* bytes = reinterpret_cast<const uint8_t*>(f.data());
    for (size_t i = 0; i < f.size();) {
      const size_t start = i;
      DecodeUtf8(bytes, f.size(), &i);
      character.assign(f, start, i - start);
      if (fold && character.size() == 1) character[0] = AsciiLowerChar(character[0]);
      node = &node->children[character];
    }
    node->terminal = true;
  }
  std::string out;
  AppendTrie(root, &out);
  return out;
}

}  // namespace

bool LexiconClasses::Regex(std::string_view cls, std::string* regex) {
  std::vector<std::string> exact_forms;
  std::vector<std::string> folded_forms;
  Index& index = indexes_[std::string(cls)];
  for (const LexiconFile& file : matcher_->files()) {
    if (file.list_class != cls) continue;
    const bool fold = file.case_mode != CaseMode::kExact;
    for (size_t k = 0; k < file.entry_count(); ++k) {
      const LexiconEntry& e = file.entry(k);
      for (const std::string_view form : e.forms) {
        (fold ? folded_forms : exact_forms).emplace_back(form);
        if (fold) {
          index.folded.try_emplace(Folded(form), &e);
        } else {
          index.exact.try_emplace(std::string(form), &e);
        }
      }
    }
  }
  if (exact_forms.empty() && folded_forms.empty()) {
    indexes_.erase(std::string(cls));
    return false;
  }
  regex->clear();
  if (!exact_forms.empty()) regex->append(TrieAlternation(exact_forms, /*fold=*/false));
  if (!folded_forms.empty()) {
    if (!regex->empty()) regex->push_back('|');
    regex->append("(?i:").append(TrieAlternation(folded_forms, /*fold=*/true)).append(")");
  }
  return true;
}

const LexiconEntry* LexiconClasses::Find(std::string_view cls, std::string_view text) const {
  const auto it = indexes_.find(cls);
  if (it == indexes_.end()) return nullptr;
  // Forms were indexed with single spaces; the text may hold any white space.
  std::string normal;
  for (char c : text) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (space && !normal.empty() && normal.back() == ' ') continue;
    normal.push_back(space ? ' ' : c);
  }
  const auto exact = it->second.exact.find(normal);
  if (exact != it->second.exact.end()) return exact->second;
  const auto folded = it->second.folded.find(Folded(normal));
  return folded == it->second.folded.end() ? nullptr : folded->second;
}

}  // namespace claimscope::internal

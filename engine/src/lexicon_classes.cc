#include "lexicon_classes.h"

#include <re2/re2.h>

#include <algorithm>
#include <vector>

#include "token_key.h"

namespace claimscope::internal {
namespace {

std::string Folded(std::string_view s) {
  std::string key;
  AppendTokenKey(s, /*fold=*/true, &key);
  return key;
}

}  // namespace

bool LexiconClasses::Regex(std::string_view cls, std::string* regex) {
  std::vector<std::string> exact_forms;
  std::vector<std::string> folded_forms;
  Index& index = indexes_[std::string(cls)];
  for (const LexiconFile& file : matcher_->files()) {
    if (file.list_class != cls) continue;
    const bool fold = file.case_mode != CaseMode::kExact;
    for (const LexiconEntry& e : file.entries) {
      for (const std::string& form : e.forms) {
        (fold ? folded_forms : exact_forms).push_back(form);
        if (fold) {
          index.folded.try_emplace(Folded(form), &e);
        } else {
          index.exact.try_emplace(form, &e);
        }
      }
    }
  }
  if (exact_forms.empty() && folded_forms.empty()) {
    indexes_.erase(std::string(cls));
    return false;
  }
  auto alternation = [](std::vector<std::string>& forms) {
    std::sort(forms.begin(), forms.end(), [](const std::string& a, const std::string& b) {
      return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
    std::string out;
    for (const std::string& f : forms) {
      if (!out.empty()) out.push_back('|');
      // Spaces in a form match any run of white space.
      std::string quoted = RE2::QuoteMeta(f);
      std::string relaxed;
      for (size_t i = 0; i < quoted.size(); ++i) {
        if (quoted[i] == '\\' && i + 1 < quoted.size() && quoted[i + 1] == ' ') {
          relaxed.append("\\s+");
          ++i;
        } else {
          relaxed.push_back(quoted[i]);
        }
      }
      out.append(relaxed);
    }
    return out;
  };
  regex->clear();
  if (!exact_forms.empty()) regex->append(alternation(exact_forms));
  if (!folded_forms.empty()) {
    if (!regex->empty()) regex->push_back('|');
    regex->append("(?i:").append(alternation(folded_forms)).append(")");
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

#include "eval_command.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <boost/program_options.hpp>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <string_view>
#include <tuple>

#include "claimscope/utf8.h"
#include "command_line.h"
#include "eval_gold.h"
#include "extract_command.h"
#include "json_value.h"
#include "record_file.h"

namespace claimscope::cli {
namespace {

namespace po = boost::program_options;
using Bag = std::map<std::pair<std::string, std::string>, long>;  // (class, key) -> count

// The layers scored as precision and recall, and the accuracies on the quotes found.
enum Layer { kEntities, kOrg, kPlace, kPerson, kQuantities, kQuotes, kAttributed, kLayerCount };
constexpr const char* kLayerNames[kLayerCount] = {
    "entities",   "entities_ORG", "entities_PLACE",   "entities_PERSON",
    "quantities", "quotes",       "attributed_quotes"};
enum Accuracy { kUnits, kSpeaker, kAnonymous, kMedia, kKind, kAccuracyCount };
constexpr const char* kAccuracyNames[kAccuracyCount] = {"units", "speaker", "anonymous", "media",
                                                        "kind"};

struct Counts {
  long tp = 0, fp = 0, fn = 0;
};
struct Ratio {
  long ok = 0, all = 0;
};
struct DocumentScore {
  Counts layers[kLayerCount];
  Ratio accuracies[kAccuracyCount];
  std::vector<std::string> report;  // --diff lines
};

// Python's \w over code points, and its case folding, one code point at a time.
bool IsWordChar(int32_t cp) { return cp == '_' || u_isalnum(cp); }

std::string Fold(std::string_view s) {
  std::string out;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  for (size_t i = 0; i < s.size();) {
    const int32_t cp = DecodeUtf8(p, s.size(), &i);
    if (cp < 0) continue;
    int32_t folded = u_foldCase(cp, U_FOLD_CASE_DEFAULT);
    // Straight quotes for curly ones, as the scorer compares them.
    if (folded == 0x2019 || folded == 0x2018) folded = '\'';
    if (folded == 0x201C || folded == 0x201D) folded = '"';
    AppendUtf8(static_cast<uint32_t>(folded), &out);
  }
  return out;
}

std::vector<std::string> Tokens(std::string_view s) {
  const std::string n = NormaliseForScoring(s);
  std::vector<std::string> out;
  std::string word;
  const auto* p = reinterpret_cast<const uint8_t*>(n.data());
  for (size_t i = 0; i < n.size();) {
    const size_t start = i;
    const int32_t cp = DecodeUtf8(p, n.size(), &i);
    if (cp >= 0 && IsWordChar(cp)) {
      word.append(n, start, i - start);
    } else if (!word.empty()) {
      out.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) out.push_back(std::move(word));
  return out;
}

const std::set<std::string>& StopWords() {
  static const std::set<std::string> kStop = {"a",   "an", "the", "of", "and",  "to",   "in",
                                              "for", "on", "at",  "by", "with", "from", "s"};
  return kStop;
}

std::vector<std::string> ContentTokens(std::string_view s) {
  std::vector<std::string> out;
  for (std::string& t : Tokens(s)) {
    if (StopWords().count(t) == 0) out.push_back(std::move(t));
  }
  return out;
}

std::set<std::string> TokenSet(std::string_view s) {
  const std::vector<std::string> t = Tokens(s);
  return {t.begin(), t.end()};
}

bool Subset(const std::set<std::string>& a, const std::set<std::string>& b) {
  return std::includes(b.begin(), b.end(), a.begin(), a.end());
}

std::string Shortest(double v) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.6g", v);
  return buffer;
}

// A quantity's value as compared: numbers (and numbers in strings, thousands commas
// dropped) to six significant digits, other strings case-folded.
std::string ValueKey(const JsonValue* v) {
  if (v == nullptr || v->is_null()) return "null";
  if (v->is_number()) return Shortest(v->AsNumber());
  if (v->is_bool()) return v->AsBool() ? "true" : "false";
  if (!v->is_string()) return ToJsonText(*v);
  std::string s = v->AsString();
  const size_t b = s.find_first_not_of(" \t\r\n");
  const size_t e = s.find_last_not_of(" \t\r\n");
  s = b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
  std::string digits;
  for (char c : s) {
    if (c != ',') digits.push_back(c);
  }
  char* end = nullptr;
  const double d = digits.empty() ? 0 : std::strtod(digits.c_str(), &end);
  if (!digits.empty() && end == digits.c_str() + digits.size()) return Shortest(d);
  return Fold(s);
}

std::string Text(const JsonValue& v) {
  if (v.is_string()) return v.AsString();
  if (v.is_number()) return v.NumberText();
  return {};
}

// What a predicted quote says of its speaker: resolved, literal and canonical names.
std::vector<std::string> SpeakerStrings(const JsonValue& q) {
  const JsonValue* sp = q.Find("speaker");
  if (sp == nullptr || sp->is_null()) return {};
  if (sp->is_string()) return {sp->AsString()};
  std::vector<std::string> out;
  for (const char* name : {"resolved", "text", "canonical"}) {
    const std::string s(sp->StringOr(name, ""));
    if (!s.empty()) out.push_back(s);
  }
  return out;
}

bool SpeakerRight(const JsonValue& pred, const JsonValue& gold) {
  const std::vector<JsonValue>& accept = gold.Items("speaker");
  const std::vector<std::string> names = SpeakerStrings(pred);
  if (accept.empty()) return names.empty();
  for (const JsonValue& a : accept) {
    std::vector<std::string> want = ContentTokens(Text(a));
    if (want.empty()) want = Tokens(Text(a));
    if (want.empty()) continue;
    for (const std::string& name : names) {
      const std::set<std::string> got = TokenSet(name);
      if (std::all_of(want.begin(), want.end(),
                      [&got](const std::string& t) { return got.count(t) != 0; })) {
        return true;
      }
    }
  }
  return false;
}

std::set<std::string> MediaNames(const JsonValue& q) {
  std::set<std::string> out;
  for (const JsonValue& m : q.Items("media")) {
    std::string name;
    if (m.is_string()) {
      name = m.AsString();
    } else if (m.is_object()) {
      name = std::string(m.StringOr("text", ""));
      if (name.empty()) name = std::string(m.StringOr("name", ""));
      if (name.empty()) name = std::string(m.StringOr("resolved", ""));
    }
    if (!name.empty()) out.insert(NormaliseForScoring(name));
  }
  return out;
}

double QuoteOverlap(const std::vector<std::string>& pt, const std::vector<std::string>& gt) {
  if (pt.empty() || gt.empty()) return 0;
  const std::set<std::string> ps(pt.begin(), pt.end()), gs(gt.begin(), gt.end());
  long both = 0;
  for (const std::string& t : ps) both += gs.count(t);
  double j = static_cast<double>(both) / static_cast<double>(ps.size() + gs.size() - both);
  if (Subset(gs, ps) && pt.size() <= gt.size() + 25) j = std::max(j, 0.75);
  return j;
}

void BagScore(const Bag& gold, const std::set<std::pair<std::string, std::string>>& optional,
              const Bag& pred, const std::string& only_class, Counts* c,
              std::vector<std::string>* misses, std::vector<std::string>* extras) {
  for (const auto& [k, n] : gold) {
    if (!only_class.empty() && k.first != only_class) continue;
    const auto it = pred.find(k);
    const long found = it == pred.end() ? 0 : it->second;
    c->tp += std::min(n, found);
    c->fn += std::max(0L, n - found);
    if (misses != nullptr && n > found) misses->push_back(k.first + " " + k.second);
  }
  for (const auto& [k, n] : pred) {
    if (!only_class.empty() && k.first != only_class) continue;
    const auto it = gold.find(k);
    const long extra = n - (it == gold.end() ? 0 : it->second);
    if (extra > 0 && optional.count(k) == 0) {
      c->fp += extra;
      if (extras != nullptr) extras->push_back(k.first + " " + k.second);
    }
  }
}

bool Scored(const JsonValue& gold, std::string_view layer) {
  const std::vector<JsonValue>& scores = gold.Items("scores");
  if (scores.empty()) return true;
  return std::any_of(scores.begin(), scores.end(), [layer](const JsonValue& s) {
    return s.is_string() && s.AsString() == layer;
  });
}

const std::vector<JsonValue>& PredItems(const JsonValue& gold, const JsonValue& pred,
                                        std::string_view layer) {
  static const std::vector<JsonValue> kNone;
  return Scored(gold, layer) ? pred.Items(layer) : kNone;
}

void ScoreEntities(const JsonValue& gold, const JsonValue& pred, DocumentScore* s) {
  const JsonValue* spaceless_flag = gold.Find("entities_spaceless");
  const bool spaceless = spaceless_flag != nullptr && spaceless_flag->AsBool();
  const auto NormaliseForScoring = [spaceless](std::string_view text) {
    std::string n = cli::NormaliseForScoring(text);
    if (spaceless) std::erase(n, ' ');
    return n;
  };
  Bag g, p;
  std::set<std::pair<std::string, std::string>> optional;
  bool persons = false;
  for (const JsonValue& e : gold.Items("entities")) {
    const std::vector<JsonValue>& f = e.Items();
    if (f.size() < 2) continue;
    const long n = f.size() > 2 ? static_cast<long>(f[2].AsNumber(1)) : 1;
    g[{Text(f[0]), NormaliseForScoring(Text(f[1]))}] += n;
    persons = persons || Text(f[0]) == "PERSON";
  }
  for (const JsonValue& e : gold.Items("optional_entities")) {
    const std::vector<JsonValue>& f = e.Items();
    if (f.size() >= 2) optional.insert({Text(f[0]), NormaliseForScoring(Text(f[1]))});
  }
  for (const JsonValue& e : PredItems(gold, pred, "entities")) {
    const std::string cls = EntityClass(e.StringOr("type", ""));
    // (No person layer in this gold: its people are not counted.)
    if (cls.empty() || (cls == "PERSON" && !persons)) continue;
    ++p[{cls, NormaliseForScoring(e.StringOr("text", ""))}];
  }
  std::vector<std::string> misses, extras;
  BagScore(g, optional, p, "", &s->layers[kEntities], &misses, &extras);
  BagScore(g, optional, p, "ORG", &s->layers[kOrg], nullptr, nullptr);
  BagScore(g, optional, p, "PLACE", &s->layers[kPlace], nullptr, nullptr);
  BagScore(g, optional, p, "PERSON", &s->layers[kPerson], nullptr, nullptr);
  for (const std::string& m : misses) s->report.push_back("  entity miss:   " + m);
  for (const std::string& x : extras) s->report.push_back("  entity extra:  " + x);
}

void ScoreQuantities(const JsonValue& gold, const JsonValue& pred, DocumentScore* s) {
  Bag g, p;
  std::set<std::pair<std::string, std::string>> optional;
  std::map<std::pair<std::string, std::string>, std::vector<std::string>> units, pred_units;
  // (brat gold holds no values: its quantities are compared by their words.)
  const JsonValue* by_text_flag = gold.Find("quantities_by_text");
  const bool by_text = by_text_flag != nullptr && by_text_flag->AsBool();
  const auto key = [by_text](const JsonValue* v) {
    return by_text ? NormaliseForScoring(v == nullptr ? "" : Text(*v)) : ValueKey(v);
  };
  for (const JsonValue& q : gold.Items("quantities")) {
    const std::vector<JsonValue>& f = q.Items();
    if (f.size() < 2) continue;
    const std::pair<std::string, std::string> k{QuantityClass(Text(f[0]), true), key(&f[1])};
    ++g[k];
    if (f.size() > 2 && !Text(f[2]).empty()) units[k].push_back(Text(f[2]));
  }
  for (const JsonValue& q : gold.Items("optional_quantities")) {
    const std::vector<JsonValue>& f = q.Items();
    if (f.size() >= 2) optional.insert({QuantityClass(Text(f[0]), true), key(&f[1])});
  }
  std::set<std::string> unscored;
  for (const JsonValue& t : gold.Items("unscored_quantity_types")) unscored.insert(Text(t));
  for (const JsonValue& q : PredItems(gold, pred, "quantities")) {
    const std::string cls = QuantityClass(Upper(q.StringOr("type", "")), false);
    if (cls.empty() || unscored.count(cls) != 0) continue;
    const std::pair<std::string, std::string> k{cls, key(q.Find(by_text ? "text" : "value"))};
    ++p[k];
    std::string words;
    for (const char* name : {"unit", "text"}) {
      const JsonValue* v = q.Find(name);
      if (v == nullptr || v->is_null() || Text(*v).empty()) continue;
      words += (words.empty() ? "" : " ") + Text(*v);
    }
    pred_units[k].push_back(words);
  }
  // A document with no date of its own: dates it does not list are no errors.
  if (const JsonValue* lenient = gold.Find("lenient_dates"); lenient && lenient->AsBool()) {
    for (const auto& [k, n] : p) {
      if (k.first == "DATE") optional.insert(k);
    }
  }
  std::vector<std::string> misses, extras;
  BagScore(g, optional, p, "", &s->layers[kQuantities], &misses, &extras);
  for (const std::string& m : misses) s->report.push_back("  quantity miss: " + m);
  for (const std::string& x : extras) s->report.push_back("  quantity extra: " + x);
  for (const auto& [k, list] : units) {
    const std::vector<std::string>& got = pred_units[k];
    for (const std::string& u : list) {
      ++s->accuracies[kUnits].all;
      const std::vector<std::string> t = Tokens(u);
      const std::string head = t.empty() ? Fold(u) : t.back();
      s->accuracies[kUnits].ok +=
          std::any_of(got.begin(), got.end(), [&head](const std::string& x) {
            return TokenSet(x).count(head) != 0 || Fold(x).find(head) != std::string::npos;
          });
    }
  }
}

void ScoreQuotes(const JsonValue& gold, const JsonValue& pred, DocumentScore* s) {
  const std::vector<JsonValue>& golds = gold.Items("quotes");
  std::vector<const JsonValue*> preds;
  for (const JsonValue& q : PredItems(gold, pred, "quotes")) {
    if (!q.StringOr("text", "").empty()) preds.push_back(&q);
  }
  std::vector<std::vector<std::string>> gt, pt;
  for (const JsonValue& g : golds) gt.push_back(Tokens(g.StringOr("text", "")));
  for (const JsonValue* p : preds) pt.push_back(Tokens(p->StringOr("text", "")));
  // The best matches first, one gold quote a prediction (ties as the scorer breaks them).
  std::vector<std::tuple<double, size_t, size_t>> pairs;
  for (size_t gi = 0; gi < golds.size(); ++gi) {
    for (size_t pi = 0; pi < preds.size(); ++pi) {
      const double o = QuoteOverlap(pt[pi], gt[gi]);
      if (o >= 0.5) pairs.emplace_back(o, gi, pi);
    }
  }
  std::sort(pairs.rbegin(), pairs.rend());
  std::map<size_t, size_t> gmatch, pmatch;
  for (const auto& [o, gi, pi] : pairs) {
    if (gmatch.count(gi) != 0 || pmatch.count(pi) != 0) continue;
    gmatch[gi] = pi;
    pmatch[pi] = gi;
  }
  // A prediction may run over several consecutive gold quotes (a quote over paragraphs
  // annotated a paragraph at a time): each one it wholly holds is found.
  for (size_t pi = 0; pi < preds.size(); ++pi) {
    const std::set<std::string> pset(pt[pi].begin(), pt[pi].end());
    std::vector<size_t> cover;
    size_t words = 0;
    for (size_t gi = 0; gi < golds.size(); ++gi) {
      if (gt[gi].empty() || !Subset({gt[gi].begin(), gt[gi].end()}, pset)) continue;
      cover.push_back(gi);
      words += gt[gi].size();
    }
    if (cover.size() < 2 || words + 25 < pt[pi].size()) continue;
    for (size_t gi : cover) {
      if (gmatch.count(gi) != 0) continue;
      gmatch[gi] = pi;
      pmatch.emplace(pi, gi);
    }
  }
  const auto optional = [&golds](size_t gi) {
    const JsonValue* o = golds[gi].Find("optional");
    return o != nullptr && o->AsBool();
  };
  Counts& found = s->layers[kQuotes];
  found.tp = static_cast<long>(gmatch.size());
  for (size_t gi = 0; gi < golds.size(); ++gi) {
    if (gmatch.count(gi) == 0 && !optional(gi)) {
      ++found.fn;
      s->report.push_back("  quote miss:    " +
                          std::string(golds[gi].StringOr("text", "")).substr(0, 60));
    }
  }
  for (size_t pi = 0; pi < preds.size(); ++pi) {
    if (pmatch.count(pi) != 0) continue;
    // A partial quote inside a gold quote is no error.
    const std::set<std::string> pset(pt[pi].begin(), pt[pi].end());
    const bool inside =
        std::any_of(gt.begin(), gt.end(), [&pset](const std::vector<std::string>& g) {
          return Subset(pset, {g.begin(), g.end()});
        });
    if (!inside) {
      ++found.fp;
      s->report.push_back("  quote extra:   " +
                          std::string(preds[pi]->StringOr("text", "")).substr(0, 60));
    }
  }
  Counts& attributed = s->layers[kAttributed];
  attributed.fp = found.fp;
  for (const auto& [gi, pi] : gmatch) {
    const JsonValue& g = golds[gi];
    const JsonValue& p = *preds[pi];
    const bool right = SpeakerRight(p, g);
    ++s->accuracies[kSpeaker].all;
    s->accuracies[kSpeaker].ok += right;
    if (right) {
      ++attributed.tp;
    } else if (!optional(gi)) {
      ++attributed.fp;
      std::string names;
      for (const std::string& n : SpeakerStrings(p)) names += (names.empty() ? "" : " / ") + n;
      s->report.push_back("  speaker wrong: " + std::string(g.StringOr("text", "")).substr(0, 50) +
                          " <- " + (names.empty() ? "(none)" : names));
    }
    ++s->accuracies[kKind].all;
    s->accuracies[kKind].ok += p.StringOr("kind", "") == g.StringOr("kind", "");
    if (const JsonValue* anonymous = g.Find("anonymous"); anonymous && !anonymous->is_null()) {
      ++s->accuracies[kAnonymous].all;
      const JsonValue* sp = p.Find("speaker");
      const JsonValue* said = sp != nullptr && sp->is_object() ? sp->Find("anonymous") : nullptr;
      s->accuracies[kAnonymous].ok +=
          said != nullptr && !said->is_null() && said->AsBool() == anonymous->AsBool();
    }
    if (const JsonValue* media = g.Find("media"); media && !media->is_null()) {
      const std::set<std::string> named = MediaNames(p);
      if (media->size() == 0 && named.empty()) continue;  // no outlet on either side
      ++s->accuracies[kMedia].all;
      std::vector<std::set<std::string>> alternatives;
      for (const JsonValue& m : media->Items()) {
        std::set<std::string> alt;
        std::stringstream parts(Text(m));
        for (std::string part; std::getline(parts, part, '|');)
          alt.insert(NormaliseForScoring(part));
        alternatives.push_back(std::move(alt));
      }
      const bool covered = std::all_of(
          alternatives.begin(), alternatives.end(), [&named](const std::set<std::string>& a) {
            return std::any_of(a.begin(), a.end(),
                               [&named](const std::string& x) { return named.count(x) != 0; });
          });
      const bool extra =
          std::any_of(named.begin(), named.end(), [&alternatives](const std::string& x) {
            return std::none_of(alternatives.begin(), alternatives.end(),
                                [&x](const std::set<std::string>& a) { return a.count(x) != 0; });
          });
      s->accuracies[kMedia].ok += covered && !extra;
    }
  }
  for (size_t gi = 0; gi < golds.size(); ++gi) {
    const auto it = gmatch.find(gi);
    const bool right = it != gmatch.end() && SpeakerRight(*preds[it->second], golds[gi]);
    if (!right && !optional(gi)) ++attributed.fn;
  }
}

std::string BaseName(std::string_view path) {
  const size_t slash = path.find_last_of('/');
  std::string_view base = slash == std::string_view::npos ? path : path.substr(slash + 1);
  const size_t dot = base.find_last_of('.');
  return std::string(dot == std::string_view::npos ? base : base.substr(0, dot));
}

double F1(const Counts& c) {
  const double p = c.tp + c.fp ? static_cast<double>(c.tp) / static_cast<double>(c.tp + c.fp) : 0;
  const double r = c.tp + c.fn ? static_cast<double>(c.tp) / static_cast<double>(c.tp + c.fn) : 0;
  return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

}  // namespace

std::string NormaliseForScoring(std::string_view s) {
  std::string folded = Fold(s);
  // Spaces collapsed, then the ends trimmed of spaces and punctuation.
  std::string out;
  for (char c : folded) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    if (space) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  constexpr std::string_view kStrip = " \t\n.,;:!?\"'()[]{}";
  const size_t b = out.find_first_not_of(kStrip);
  if (b == std::string::npos) return {};
  out = out.substr(b, out.find_last_not_of(kStrip) - b + 1);
  if (out.rfind("the ", 0) == 0) out.erase(0, 4);
  if (out.size() >= 2 && out.compare(out.size() - 2, 2, "'s") == 0) out.erase(out.size() - 2);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  while (!out.empty() && out.front() == ' ') out.erase(0, 1);
  return out;
}

bool ParseEvalArgs(const std::vector<std::string>& args, EvalConfig* config, std::string* error) {
  po::options_description d;
  d.add_options()("help,h", "")("pred", po::value(&config->pred))(
      "bootstrap", po::value(&config->bootstrap))("diff", po::bool_switch(&config->diff));
  po::variables_map vm;
  if (!ParseCommandLine(args, d, "gold", &config->gold, &vm, error)) return false;
  config->help = vm.count("help") > 0;
  if (config->help) return true;
  if (config->pred.empty() || config->gold.empty()) {
    *error = "gold files and --pred OUTPUT.jsonl are needed";
    return false;
  }
  if (config->bootstrap < 0) {
    *error = "--bootstrap takes a count of resamples (0 for none)";
    return false;
  }
  return true;
}

std::string EvalHelp() {
  return "Usage: claimscope eval [--diff] [--bootstrap N] GOLD.json... --pred OUTPUT.jsonl\n\n"
         "Scores an output of `claimscope extract` against your own annotations (docs/eval.md):\n"
         "JSON gold, one document a file or JSON Lines of documents, matched to the output by\n"
         "\"id\"; brat standoff (DOC.ann, as --format brat writes and brat edits it; quantities\n"
         "compared by their words); CoNLL IOB2 (DOC.conll, entities only, matched by file\n"
         "name). Prints precision, recall and F1 of entities (and of ORG, PLACE and PERSON),\n"
         "quantities, quotes and attributed quotes (found with the right speaker), each with\n"
         "a 95% bootstrap interval over documents, and the accuracy of units, speakers,\n"
         "anonymity, outlets and quote kinds on what was found.\n\n"
         "Options:\n"
         "  -h [ --help ]      show this help\n"
         "  --pred FILE        the JSON Lines of claimscope extract to score\n"
         "  --bootstrap N      resamples for the intervals (default 1000; 0 for none)\n"
         "  --diff             list each document's misses and extras (entities,\n"
         "                     quantities, quotes, wrong speakers)\n\n"
         "Example:\n"
         "  claimscope extract sample/*.txt -o out.jsonl\n"
         "  claimscope eval sample/*.gold.json --pred out.jsonl --diff\n\n"
         "Exit status: 0 scores printed, 2 a file that cannot be read or holds no gold or\n"
         "record.\n";
}

int RunEval(const EvalConfig& config) {
  std::map<std::string, JsonValue> preds;
  {
    std::string error;
    const bool read = ReadRecordFile(
        config.pred,
        [&preds](JsonValue record) {
          const JsonValue* id = record.Find("id");
          preds[id == nullptr ? std::string() : Text(*id)] = std::move(record);
        },
        &error);
    if (!read) {
      std::cerr << "claimscope eval: " << error << "\n";
      return kExitUsage;
    }
  }
  std::vector<DocumentScore> scores;
  const JsonValue none = JsonValue::Object();
  for (const std::string& path : config.gold) {
    std::vector<JsonValue> golds;
    std::string error;
    if (!ReadGold(path, &golds, &error)) {
      std::cerr << "claimscope eval: " << error << "\n";
      return kExitUsage;
    }
    for (const JsonValue& gold : golds) {
      const JsonValue* gid = gold.Find("id");
      const std::string id = gid == nullptr ? std::string() : Text(*gid);
      auto it = preds.find(id);
      // brat's "N-name" files: the n-th document whose id gives that name.
      if (const JsonValue* brat = gold.Find("brat"); it == preds.end() && brat != nullptr) {
        const size_t dash = id.find('-');
        const uint64_t n = dash == std::string::npos ? 0 : std::strtoull(id.c_str(), nullptr, 10);
        it = std::find_if(preds.begin(), preds.end(), [&id, n](const auto& p) {
          return n > 0 && FileNameFor(p.first, n) == id;
        });
      }
      if (it == preds.end()) {
        // The text's file name, a common id choice.
        const std::string base = BaseName(gold.StringOr("text_file", ""));
        it = std::find_if(preds.begin(), preds.end(), [&base](const auto& p) {
          return !base.empty() && BaseName(p.first) == base;
        });
      }
      if (it == preds.end())
        std::cerr << "claimscope eval: " << id << ": no prediction with this id\n";
      const JsonValue& pred = it == preds.end() ? none : it->second;
      DocumentScore s;
      ScoreEntities(gold, pred, &s);
      ScoreQuantities(gold, pred, &s);
      ScoreQuotes(gold, pred, &s);
      if (config.diff) {
        std::printf("== %s\n",
                    id.empty() ? std::string(gold.StringOr("text_file", "")).c_str() : id.c_str());
        for (const std::string& line : s.report) std::printf("%s\n", line.c_str());
      }
      scores.push_back(std::move(s));
    }
  }
  Counts total[kLayerCount];
  Ratio accuracy[kAccuracyCount];
  for (const DocumentScore& s : scores) {
    for (int l = 0; l < kLayerCount; ++l) {
      total[l].tp += s.layers[l].tp;
      total[l].fp += s.layers[l].fp;
      total[l].fn += s.layers[l].fn;
    }
    for (int a = 0; a < kAccuracyCount; ++a) {
      accuracy[a].ok += s.accuracies[a].ok;
      accuracy[a].all += s.accuracies[a].all;
    }
  }
  // 95% intervals: F1 over documents drawn with replacement.
  std::vector<double> samples[kLayerCount];
  // (mt19937 modulo the count: the same draws with every standard library.)
  std::mt19937 rng(12345);
  const auto pick = [&rng, &scores](std::mt19937&) { return rng() % scores.size(); };
  for (int b = 0; b < config.bootstrap && !scores.empty(); ++b) {
    Counts sum[kLayerCount];
    for (size_t n = 0; n < scores.size(); ++n) {
      const DocumentScore& s = scores[pick(rng)];
      for (int l = 0; l < kLayerCount; ++l) {
        sum[l].tp += s.layers[l].tp;
        sum[l].fp += s.layers[l].fp;
        sum[l].fn += s.layers[l].fn;
      }
    }
    for (int l = 0; l < kLayerCount; ++l) samples[l].push_back(F1(sum[l]));
  }
  for (int l = 0; l < kLayerCount; ++l) {
    const Counts& c = total[l];
    const double p = c.tp + c.fp ? static_cast<double>(c.tp) / static_cast<double>(c.tp + c.fp) : 0;
    const double r = c.tp + c.fn ? static_cast<double>(c.tp) / static_cast<double>(c.tp + c.fn) : 0;
    std::printf("%-18s P=%.3f R=%.3f F1=%.3f  (tp=%ld fp=%ld fn=%ld)", kLayerNames[l], p, r, F1(c),
                c.tp, c.fp, c.fn);
    std::vector<double>& v = samples[l];
    if (!v.empty()) {
      std::sort(v.begin(), v.end());
      std::printf("  95%% [%.3f, %.3f]", v[static_cast<size_t>(0.025 * (v.size() - 1))],
                  v[static_cast<size_t>(0.975 * (v.size() - 1))]);
    }
    std::printf("\n");
  }
  for (int a = 0; a < kAccuracyCount; ++a) {
    const std::string name = std::string(kAccuracyNames[a]) + "_accuracy";
    if (accuracy[a].all == 0) {
      std::printf("%-18s none\n", name.c_str());
    } else {
      std::printf("%-18s %.3f  (%ld of %ld)\n", name.c_str(),
                  static_cast<double>(accuracy[a].ok) / static_cast<double>(accuracy[a].all),
                  accuracy[a].ok, accuracy[a].all);
    }
  }
  std::printf("documents: %zu\n", scores.size());
  return kExitOk;
}

}  // namespace claimscope::cli

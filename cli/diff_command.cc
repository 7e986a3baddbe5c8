#include "diff_command.h"

#include <boost/program_options.hpp>
#include <cstdio>
#include <iostream>
#include <map>
#include <string_view>
#include <tuple>

#include "command_line.h"
#include "extract_command.h"
#include "json_value.h"
#include "record_file.h"

namespace claimscope::cli {
namespace {

namespace po = boost::program_options;

// A mention as the diff sees it: where it is, and what is compared there.
struct Mention {
  std::string text;
  std::string what;  // entity "TYPE/subtype", quantity "TYPE=value", quote "speaker"
};
using Key = std::tuple<std::string, int64_t, int64_t>;  // kind (quotes), start, end
using Mentions = std::map<Key, Mention>;

struct Document {
  Mentions layers[3];  // entities, quantities, quotes
};
constexpr const char* kLayers[3] = {"entity", "quantity", "quote"};

std::string ValueText(const JsonValue* v) {
  if (v == nullptr || v->is_null()) return {};
  return v->is_string() ? v->AsString() : v->NumberText();
}

int64_t Offset(const JsonValue& m, std::string_view name) {
  const JsonValue* v = m.Find(name);
  return v == nullptr ? -1 : static_cast<int64_t>(v->AsNumber(-1));
}

void Read(const JsonValue& record, Document* doc) {
  for (const JsonValue& e : record.Items("entities")) {
    const std::string subtype(e.StringOr("subtype", ""));
    doc->layers[0][{"", Offset(e, "start"), Offset(e, "end")}] = {
        std::string(e.StringOr("text", "")),
        std::string(e.StringOr("type", "")) + (subtype.empty() ? "" : "/" + subtype)};
  }
  for (const JsonValue& q : record.Items("quantities")) {
    const JsonValue* value = q.Find("value");
    if (value == nullptr || value->is_null()) value = q.Find("date_value");
    doc->layers[1][{"", Offset(q, "start"), Offset(q, "end")}] = {
        std::string(q.StringOr("text", "")),
        std::string(q.StringOr("type", "")) + "=" + ValueText(value)};
  }
  for (const JsonValue& q : record.Items("quotes")) {
    std::string speaker;
    if (const JsonValue* s = q.Find("speaker"); s != nullptr && s->is_object()) {
      speaker = std::string(s->StringOr("resolved", s->StringOr("text", "")));
    }
    doc->layers[2][{std::string(q.StringOr("kind", "")), Offset(q, "start"), Offset(q, "end")}] = {
        std::string(q.StringOr("text", "")), speaker};
  }
}

// The records of a JSON Lines file by id, in file order of ids.
bool ReadRun(const std::string& path, std::vector<std::string>* order,
             std::map<std::string, Document>* docs, std::string* error) {
  return ReadRecordFile(
      path,
      [order, docs](const JsonValue& record) {
        const std::string id(record.StringOr("id", ""));
        if (docs->count(id) == 0) order->push_back(id);
        Read(record, &(*docs)[id]);
      },
      error);
}

// A change, for --list: DOC, layer, change, start, end, text, before, after.
void ListLine(const std::string& doc, const char* layer, const char* change, const Key& key,
              const std::string& text, const std::string& before, const std::string& after,
              std::string* out) {
  auto field = [out](std::string_view s, char end) {
    for (char c : s) out->push_back((c == '\t' || c == '\n' || c == '\r') ? ' ' : c);
    out->push_back(end);
  };
  field(doc, '\t');
  field(layer, '\t');
  field(change, '\t');
  field(std::to_string(std::get<1>(key)), '\t');
  field(std::to_string(std::get<2>(key)), '\t');
  field(text, '\t');
  field(before, '\t');
  field(after, '\n');
}

}  // namespace

bool ParseDiffArgs(const std::vector<std::string>& args, DiffConfig* config, std::string* error) {
  po::options_description d;
  d.add_options()("help,h", "")("list", po::bool_switch(&config->list));
  std::vector<std::string> files;
  po::variables_map vm;
  if (!ParseCommandLine(args, d, "file", &files, &vm, error)) return false;
  config->help = vm.count("help") > 0;
  if (!config->help && files.size() != 2) {
    *error = "two outputs of claimscope extract are needed: BEFORE.jsonl AFTER.jsonl";
    return false;
  }
  if (files.size() == 2) {
    config->before = files[0];
    config->after = files[1];
  }
  return true;
}

std::string DiffHelp() {
  return "Usage: claimscope diff [--list] BEFORE.jsonl AFTER.jsonl\n\n"
         "Summarises what changed between two outputs of `claimscope extract` over the same\n"
         "input (after an upgrade, or with a lexicon added): documents matched by id, mentions\n"
         "by their span. Entities and quantities added, removed or retyped (type, subtype or\n"
         "value); quotes added, removed, or with another speaker. Both files are read into\n"
         "memory (gzip-compressed or not).\n\n"
         "Options:\n"
         "  -h [ --help ]   show this help\n"
         "  --list         after the summary, one tab-separated line a change: document,\n"
         "                 layer, change (added, removed, retyped, speaker), start, end, text,\n"
         "                 before, after\n\n"
         "Example:\n"
         "  claimscope extract corpus/ -o before.jsonl\n"
         "  claimscope extract --lexicon-dir my-lexicons/ corpus/ -o after.jsonl\n"
         "  claimscope diff --list before.jsonl after.jsonl\n\n"
         "Exit status: 0 (whatever the differences), 2 a file that cannot be read or a line\n"
         "that is no record.\n";
}

int RunDiff(const DiffConfig& config) {
  std::vector<std::string> order_a, order_b;
  std::map<std::string, Document> a, b;
  std::string error;
  if (!ReadRun(config.before, &order_a, &a, &error) ||
      !ReadRun(config.after, &order_b, &b, &error)) {
    std::cerr << "claimscope diff: " << error << "\n";
    return kExitUsage;
  }
  long counts[3][3] = {};  // layer, change (added, removed, changed)
  std::string list;
  long both = 0, only_a = 0, only_b = 0;
  std::vector<std::string> order = order_a;
  for (const std::string& id : order_b) {
    if (a.count(id) == 0) order.push_back(id);
  }
  for (const std::string& id : order) {
    const auto ia = a.find(id), ib = b.find(id);
    if (ia == a.end() || ib == b.end()) {
      ++(ia == a.end() ? only_b : only_a);
      continue;
    }
    ++both;
    for (int layer = 0; layer < 3; ++layer) {
      const Mentions& before = ia->second.layers[layer];
      const Mentions& after = ib->second.layers[layer];
      const char* changed = layer == 2 ? "speaker" : "retyped";
      for (const auto& [key, m] : before) {
        const auto it = after.find(key);
        if (it == after.end()) {
          ++counts[layer][1];
          if (config.list) ListLine(id, kLayers[layer], "removed", key, m.text, m.what, "", &list);
        } else if (it->second.what != m.what) {
          ++counts[layer][2];
          if (config.list) {
            ListLine(id, kLayers[layer], changed, key, m.text, m.what, it->second.what, &list);
          }
        }
      }
      for (const auto& [key, m] : after) {
        if (before.count(key) != 0) continue;
        ++counts[layer][0];
        if (config.list) ListLine(id, kLayers[layer], "added", key, m.text, "", m.what, &list);
      }
    }
  }
  std::printf("claimscope diff: %s -> %s\n", config.before.c_str(), config.after.c_str());
  std::printf("documents: %ld in both, %ld only before, %ld only after\n", both, only_a, only_b);
  std::printf("%-12s %9s %9s %9s\n", "", "added", "removed", "changed");
  for (int layer = 0; layer < 3; ++layer) {
    std::printf("%-12s %9ld %9ld %9ld%s\n",
                layer == 0   ? "entities"
                : layer == 1 ? "quantities"
                             : "quotes",
                counts[layer][0], counts[layer][1], counts[layer][2],
                layer == 2 ? "  (speaker)" : "  (type, subtype or value)");
  }
  if (config.list) std::printf("\n%s", list.c_str());
  return kExitOk;
}

}  // namespace claimscope::cli

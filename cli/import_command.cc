#include "import_command.h"

#include <boost/program_options.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "command_line.h"
#include "extract_command.h"
#include "json_reader.h"

namespace claimscope::cli {
namespace {

namespace po = boost::program_options;
namespace fs = std::filesystem;

struct Entry {
  std::string surface;
  std::string id;
};

// What was read: entries by lexicon class, and what was left out (with counts).
struct Imported {
  std::map<std::string, std::vector<Entry>> by_class;
  std::map<std::string, int> skipped;  // reason -> count
  std::string source;                  // the #source line
};

// A class name part: lower case, letters, digits and "_" ("Sports Team" -> "sports_team").
std::string ClassPart(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out += c;
    } else if (!out.empty() && out.back() != '_') {
      out += '_';
    }
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  return out;
}

// A name as a lexicon surface: tabs and line breaks are spaces, runs of spaces one.
std::string Surface(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '\t' || c == '\r' || c == '\n') c = ' ';
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// GATE's majorType and minorType as a claimscope class: organisations, places and people
// (given names apart); "" for the other types (dates, titles, stop words ...).
std::string GateClass(std::string_view major, std::string_view minor) {
  const std::string m = ClassPart(major);
  const std::string sub = minor.empty() ? "gate" : ClassPart(minor);
  if (m == "organization" || m == "organisation" || m == "company" || m == "org") {
    return "org." + sub;
  }
  if (m == "location" || m == "loc" || m == "place") return "place." + sub;
  if (m == "person_first" || m == "first_name" || m == "firstname") return "person.given_name";
  if (m == "person_full" || m == "person" || m == "full_name") return "person." + sub;
  return {};
}

// spaCy's labels (OntoNotes) as claimscope classes; "" for the others.
std::string SpacyClass(std::string_view label) {
  if (label == "ORG") return "org.spacy";
  if (label == "GPE") return "place.gpe";
  if (label == "LOC") return "place.spacy";
  if (label == "FAC") return "place.landmark";
  if (label == "PERSON" || label == "PER") return "person.spacy";
  return {};
}

bool ReadGate(const std::string& lists_def, Imported* out, std::string* error) {
  std::ifstream def(lists_def);
  if (!def) {
    *error = lists_def + ": cannot read";
    return false;
  }
  out->source = "imported from the GATE gazetteer " + fs::path(lists_def).filename().string();
  const fs::path dir = fs::path(lists_def).parent_path();
  std::string line;
  for (int number = 1; std::getline(def, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    // file.lst:majorType[:minorType[:language[:annotationType]]]
    std::vector<std::string> parts;
    std::stringstream fields(line);
    for (std::string p; std::getline(fields, p, ':');) parts.push_back(p);
    if (parts.size() < 2) {
      *error = lists_def + ":" + std::to_string(number) + ": expected FILE.lst:MAJOR[:MINOR]";
      return false;
    }
    const std::string cls = GateClass(parts[1], parts.size() > 2 ? parts[2] : "");
    const fs::path lst = dir / parts[0];
    std::ifstream in(lst);
    if (!in) {
      *error = lists_def + ":" + std::to_string(number) + ": cannot read " + lst.string();
      return false;
    }
    std::string entry;
    for (int n = 1; std::getline(in, entry); ++n) {
      // "entry&feature=value" (or after a tab): the features are GATE's, not ours.
      const size_t features = entry.find_first_of("&\t");
      const std::string surface = Surface(entry.substr(0, features));
      if (surface.empty()) continue;
      if (cls.empty()) {
        ++out->skipped["majorType " + parts[1]];
        continue;
      }
      out->by_class[cls].push_back({surface, "gate:" + parts[0] + ":" + std::to_string(n)});
    }
  }
  return true;
}

bool ReadSpacy(const std::string& path, Imported* out, std::string* error) {
  std::ifstream in(path);
  if (!in) {
    *error = path + ": cannot read";
    return false;
  }
  out->source =
      "imported from the spaCy EntityRuler patterns " + fs::path(path).filename().string();
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    std::vector<JsonField> fields;
    std::string json_error;
    const std::string where = path + ":" + std::to_string(number);
    if (!ParseJsonObject(line, &fields, &json_error)) {
      *error = where + ": not a JSON object: " + json_error;
      return false;
    }
    std::string label, id;
    const JsonField* pattern = nullptr;
    for (const JsonField& f : fields) {
      if (f.name == "label" && f.kind == JsonField::Kind::kString) label = f.value;
      if (f.name == "id" && f.kind == JsonField::Kind::kString) id = f.value;
      if (f.name == "pattern") pattern = &f;
    }
    if (label.empty() || pattern == nullptr) {
      *error = where + ": a pattern needs \"label\" and \"pattern\"";
      return false;
    }
    if (pattern->kind != JsonField::Kind::kString) {
      ++out->skipped["token patterns (lists of token attributes)"];
      continue;
    }
    const std::string cls = SpacyClass(label);
    const std::string surface = Surface(pattern->value);
    if (cls.empty() || surface.empty()) {
      ++out->skipped["label " + label];
      continue;
    }
    out->by_class[cls].push_back({surface, "spacy:" + (id.empty() ? std::to_string(number) : id)});
  }
  return true;
}

bool Write(const ImportConfig& config, const Imported& imported, std::string* error) {
  std::error_code ec;
  fs::create_directories(config.output, ec);
  if (ec) {
    *error = config.output + ": " + ec.message();
    return false;
  }
  for (const auto& [cls, entries] : imported.by_class) {
    std::string name = config.kind + "_" + cls;  // "gate_org_company.tsv"
    for (char& c : name) c = c == '.' ? '_' : c;
    name += ".tsv";
    const fs::path path = fs::path(config.output) / name;
    std::ofstream out(path);
    out << "#claimscope-lexicon 1\n#class: " << cls
        << "\n#case: exact\n#source: " << imported.source << " (claimscope import " << config.kind
        << ")\n"
        << "surface\tcanonical\tid\taliases\tattributes\n";
    for (const Entry& e : entries)
      out << e.surface << '\t' << e.surface << '\t' << e.id << "\t\t\n";
    if (!out) {
      *error = path.string() + ": cannot write";
      return false;
    }
    std::cerr << "claimscope import: " << path.string() << ": " << entries.size() << " entries ("
              << cls << ")\n";
  }
  for (const auto& [reason, count] : imported.skipped) {
    std::cerr << "claimscope import: left out " << count << " entries: " << reason << "\n";
  }
  return true;
}

}  // namespace

bool ParseImportArgs(const std::vector<std::string>& args, ImportConfig* config,
                     std::string* error) {
  po::options_description d;
  d.add_options()("help,h", "")("output,o", po::value(&config->output));
  std::vector<std::string> operands;  // KIND INPUT
  po::variables_map vm;
  if (!ParseCommandLine(args, d, "operand", &operands, &vm, error)) return false;
  config->help = vm.count("help") > 0;
  if (config->help) return true;
  if (operands.size() != 2 || (operands[0] != "gate" && operands[0] != "spacy")) {
    *error = "say what to import: gate LISTS_DEF or spacy PATTERNS.jsonl";
    return false;
  }
  config->kind = operands[0];
  config->input = operands[1];
  if (config->output.empty()) {
    *error = "-o DIR is needed: the folder to write";
    return false;
  }
  return true;
}

std::string ImportHelp() {
  return "Usage: claimscope import gate LISTS_DEF -o DIR\n"
         "       claimscope import spacy PATTERNS.jsonl -o DIR\n\n"
         "Writes gazetteers of other tools as claimscope lexicon files in DIR, one a class, for\n"
         "`claimscope extract --lexicon-dir DIR` (docs/lexicons.md, \"Importing\"):\n"
         "  gate   a GATE gazetteer: lists.def (FILE.lst:majorType:minorType) and its .lst\n"
         "         files; organization -> org.MINOR, location -> place.MINOR, person_full ->\n"
         "         person.MINOR, person_first -> person.given_name (ORG, PLACE, PERSON)\n"
         "  spacy  EntityRuler phrase patterns, one {\"label\", \"pattern\"} a line: ORG ->\n"
         "         org.spacy, GPE -> place.gpe, LOC -> place.spacy, FAC -> place.landmark,\n"
         "         PERSON -> person.spacy\n"
         "Other types and labels, and token patterns, are left out and counted on stderr.\n\n"
         "Options:\n"
         "  -h [ --help ]          show this help\n"
         "  -o [ --output ] DIR    the folder to write (made if missing)\n\n"
         "Example:\n"
         "  claimscope import gate gazetteer/lists.def -o my-lexicons/\n"
         "  claimscope extract --lexicon-dir my-lexicons/ article.txt\n\n"
         "Exit status: 0 written, 2 an input that cannot be read (its file and line) or an\n"
         "output that cannot be written.\n";
}

int RunImport(const ImportConfig& config) {
  Imported imported;
  std::string error;
  const bool read = config.kind == "gate" ? ReadGate(config.input, &imported, &error)
                                          : ReadSpacy(config.input, &imported, &error);
  if (!read || !Write(config, imported, &error)) {
    std::cerr << "claimscope import: " << error << "\n";
    return kExitUsage;
  }
  return kExitOk;
}

}  // namespace claimscope::cli

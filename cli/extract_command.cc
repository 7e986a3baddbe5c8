#include "extract_command.h"

#include <boost/program_options.hpp>
#include <iostream>
#include <sstream>

#include "claimscope/json_writer.h"
#include "document_source.h"
#include "output_sink.h"

namespace claimscope::cli {
namespace po = boost::program_options;

namespace {

struct RawArgs {
  std::vector<std::string> paths;
  std::string input = "text";
  std::string glob = "*.txt";
  std::string id_field = "id";
  std::string text_field = "text";
  std::string date_field = "date";
  std::string output = "-";
  std::string date;
  std::vector<std::string> lexicon_dirs;
  std::vector<std::string> grammar_dirs;
  bool no_defaults = false;
  bool pretty = false;
  bool explain = false;
  size_t max_doc_bytes = size_t{64} << 20;
};

po::options_description Describe(RawArgs* raw) {
  po::options_description d("Options");
  // clang-format off
  d.add_options()
      ("help,h", "show this help")
      ("input", po::value(&raw->input)->value_name("text|jsonl"),
       "input format: text (a file is a document) or jsonl (a line is a document: "
       "{\"id\", \"text\", \"date\"}); default text")
      ("glob", po::value(&raw->glob)->value_name("PATTERN"),
       "file names to take from folders; default *.txt (*.jsonl with --input jsonl)")
      ("id-field", po::value(&raw->id_field)->value_name("NAME"), "JSONL id field; default id")
      ("text-field", po::value(&raw->text_field)->value_name("NAME"),
       "JSONL text field; default text")
      ("date-field", po::value(&raw->date_field)->value_name("NAME"),
       "JSONL date field; default date")
      ("output,o", po::value(&raw->output)->value_name("FILE"),
       "write to FILE instead of standard output")
      ("date", po::value(&raw->date)->value_name("YYYY-MM-DD"),
       "document date for documents that carry none (a JSONL date field or a "
       "\"date YYYY-MM-DD\" first line wins)")
      ("lexicon-dir", po::value(&raw->lexicon_dirs)->value_name("DIR")->composing(),
       "add the lexicons (*.tsv) below DIR to the built-in ones; repeatable "
       "(format: docs/lexicons.md)")
      ("grammar-dir", po::value(&raw->grammar_dirs)->value_name("DIR")->composing(),
       "add the grammars (*.grammar) below DIR to the built-in ones; repeatable "
       "(language: docs/grammars.md)")
      ("no-defaults", po::bool_switch(&raw->no_defaults),
       "use only the --lexicon-dir lexicons and --grammar-dir grammars, not the built-in ones")
      ("pretty", po::bool_switch(&raw->pretty), "indented JSON, several lines a record")
      ("explain", po::bool_switch(&raw->explain),
       "add \"source\" to each mention: the lexicon entry or rule that found it")
      ("max-doc-bytes", po::value(&raw->max_doc_bytes)->value_name("N"),
       "documents larger than N bytes get a too_large error; default 67108864 (64 MiB)");
  // clang-format on
  return d;
}

}  // namespace

std::string ExtractHelp() {
  RawArgs raw;
  std::ostringstream s;
  s << "Usage: claimscope extract [OPTIONS] [PATH...]\n\n"
       "Reads news text and writes one JSON Lines record per document: entities, quantities\n"
       "and quotes with their speakers and outlets (fields: docs/output.md).\n"
       "PATH is a file, a folder (walked recursively for --glob files) or - for standard\n"
       "input; with no PATH, standard input is read. A document's id is its path as given,\n"
       "or the JSONL id field (path:line when it has none).\n\n"
    << Describe(&raw)
    << "\nExamples:\n"
       "  claimscope extract article.txt\n"
       "  claimscope extract --pretty examples/article.txt\n"
       "  claimscope extract corpus/ --glob '*.story' -o out.jsonl\n"
       "  claimscope extract --input jsonl news.jsonl > out.jsonl\n"
       "  cat news.jsonl | claimscope extract --input jsonl --text-field body -\n"
       "  claimscope extract --lexicon-dir my-lexicons/ --explain article.txt\n\n"
       "Exit status: 0 all documents fine, 1 some documents had errors (each still has its\n"
       "record, with \"errors\" filled), 2 usage or resource error.\n";
  return s.str();
}

bool ParseExtractArgs(const std::vector<std::string>& args, ExtractConfig* config,
                      std::string* error) {
  RawArgs raw;
  po::options_description visible = Describe(&raw);
  po::options_description all;
  all.add(visible).add_options()("path", po::value(&raw.paths)->composing());
  po::positional_options_description positional;
  positional.add("path", -1);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args).options(all).positional(positional).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    *error = e.what();
    return false;
  }
  config->help = vm.count("help") > 0;

  // Stage two: validate and translate.
  if (raw.input == "text") {
    config->source.format = InputFormat::kText;
  } else if (raw.input == "jsonl") {
    config->source.format = InputFormat::kJsonl;
  } else {
    *error = "--input must be text or jsonl, not '" + raw.input + "'";
    return false;
  }
  if (!raw.date.empty() && !IsIsoDate(raw.date)) {
    *error = "--date must be YYYY-MM-DD, not '" + raw.date + "'";
    return false;
  }
  if (raw.max_doc_bytes == 0 || raw.max_doc_bytes >= (size_t{1} << 32)) {
    *error = "--max-doc-bytes must be between 1 and 4294967295";
    return false;
  }
  config->source.paths = raw.paths;
  if (vm.count("glob")) {
    config->source.glob = raw.glob;
    config->source.jsonl_glob = raw.glob;
  }
  config->source.id_field = raw.id_field;
  config->source.text_field = raw.text_field;
  config->source.date_field = raw.date_field;
  config->output = raw.output;
  config->default_date = raw.date;
  config->json.pretty = raw.pretty;
  config->json.explain = raw.explain;
  config->engine.max_doc_bytes = raw.max_doc_bytes;
  config->engine.lexicon_dirs = raw.lexicon_dirs;
  config->engine.grammar_dirs = raw.grammar_dirs;
  config->engine.replace_defaults = raw.no_defaults;
  return true;
}

int RunExtract(const ExtractConfig& config) {
  auto created = Engine::Create(config.engine);
  if (!created.ok()) {
    std::cerr << "claimscope: " << created.status().ToString() << "\n";
    return kExitUsage;
  }
  const std::shared_ptr<const Engine> engine = created.value();
  OutputSink sink;
  std::string error;
  if (!sink.Open(config.output, &error)) {
    std::cerr << "claimscope: " << error << "\n";
    return kExitUsage;
  }

  DocumentSource source(config.source);
  Workspace workspace;
  InputDocument input;
  std::string line;
  size_t documents = 0;
  size_t with_errors = 0;
  while (source.Next(&input)) {
    ++documents;
    DocumentInput doc;
    doc.text = input.text;
    doc.id = input.id;
    doc.date = input.date;
    doc.fallback_date = config.default_date;
    Record record = engine->Extract(doc, &workspace);
    if (!input.errors.empty()) {
      for (const Diagnostic& d : input.errors) std::cerr << "claimscope: " << d.message << "\n";
      record.errors.insert(record.errors.begin(), input.errors.begin(), input.errors.end());
    }
    with_errors += record.errors.empty() ? 0 : 1;
    line.clear();
    AppendJson(record, config.json, &line);
    line.push_back('\n');
    if (!sink.Write(line)) break;
  }
  if (!sink.Close()) {
    if (sink.reader_gone()) return kExitOk;  // `| head`: the reader has what it wanted
    std::cerr << "claimscope: " << sink.error() << "\n";
    return kExitUsage;
  }
  if (with_errors == 0) return kExitOk;
  std::cerr << "claimscope: " << with_errors << " of " << documents
            << " document(s) had errors; see the \"errors\" field of their records\n";
  return kExitDocumentErrors;
}

}  // namespace claimscope::cli

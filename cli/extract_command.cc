#include "extract_command.h"

#include <unistd.h>

#include <algorithm>
#include <boost/program_options.hpp>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <sstream>
#include <thread>

#include "claimscope/formats.h"
#include "claimscope/version.h"
#include "command_line.h"
#include "document_source.h"
#include "interrupt.h"
#include "output_sink.h"
#include "pipeline.h"
#include "resource_options.h"
#include "resume.h"
#include "run_manifest.h"

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
  std::string keep_fields;
  std::string output = "-";
  std::string date;
  ResourceArgs resources;
  std::string format = "jsonl";
  std::string offsets = "bytes";
  std::string table;  // --table, with --format csv
  bool pretty = false;
  bool explain = false;
  bool keep_text = false;
  bool quiet = false;
  bool warm_start = false;
  std::string min_evidence = "weak";
  bool resume = false;
  int threads = 0;
  size_t max_doc_bytes = size_t{64} << 20;
};

// "url,outlet": names of letters, digits, "_", "-" and ".", a comma between them.
bool ParseFieldNames(const std::string& list, std::vector<std::string>* names, std::string* error) {
  size_t start = 0;
  while (start <= list.size()) {
    const size_t comma = std::min(list.find(',', start), list.size());
    const std::string name = list.substr(start, comma - start);
    const bool plain = !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
      return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.';
    });
    if (!plain) {
      *error = "--keep-fields takes field names (letters, digits, _ - .) between commas, not '" +
               list + "'";
      return false;
    }
    names->push_back(name);
    start = comma + 1;
  }
  return true;
}

// The arguments that shape what is written: all but where it goes (-o), how fast (-j,
// --warm-start), how it reports (-q) and --resume itself.
std::vector<std::string> OutputArgs(const std::vector<std::string>& args) {
  std::vector<std::string> kept;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "-o" || a == "--output" || a == "-j" || a == "--threads") {
      ++i;  // and its value
      continue;
    }
    if (a.starts_with("--output=") || a.starts_with("--threads=") ||
        (a.size() > 2 && (a.starts_with("-o") || a.starts_with("-j"))) || a == "-q" ||
        a == "--quiet" || a == "--resume" || a == "--warm-start") {
      continue;
    }
    kept.push_back(a);
  }
  return kept;
}

po::options_description Describe(RawArgs* raw) {
  po::options_description d("Options");
  // clang-format off
  d.add_options()
      ("help,h", "show this help")
      ("input", po::value(&raw->input)->value_name("text|jsonl|html"),
       "input format: text (a file is a document), jsonl (a line is a document: "
       "{\"id\", \"text\", \"date\"}) or html (a file is a web page: its article's text, "
       "docs/output.md); default text, or jsonl when every PATH ends in .jsonl or "
       ".jsonl.gz")
      ("glob", po::value(&raw->glob)->value_name("PATTERN"),
       "file names to take from folders; default *.txt (*.jsonl with --input jsonl, *.html "
       "with --input html)")
      ("keep-text", po::bool_switch(&raw->keep_text),
       "write each document's text into its record as \"text\": with --input html, the "
       "article text the offsets count in")
      ("id-field", po::value(&raw->id_field)->value_name("NAME"), "JSONL id field; default id")
      ("text-field", po::value(&raw->text_field)->value_name("NAME"),
       "JSONL text field; default text")
      ("date-field", po::value(&raw->date_field)->value_name("NAME"),
       "JSONL date field; default date")
      ("keep-fields", po::value(&raw->keep_fields)->value_name("NAME,..."),
       "copy these JSONL fields into each record's \"meta\" (url,outlet,section,author...); "
       "a kept \"outlet\" is the record's credit when the text has no dateline or credit")
      ("output,o", po::value(&raw->output)->value_name("FILE"),
       "write to FILE instead of standard output, and a run manifest beside it "
       "(FILE.manifest.json: version, resources, options, inputs, records, whether the run "
       "finished)")
      ("resume", po::bool_switch(&raw->resume),
       "continue an interrupted run into -o FILE: keep its complete records (a torn last "
       "line is redone), check against FILE.manifest.json that the input and options are "
       "the same, and append the rest; the file ends as an uninterrupted run's would (JSON "
       "Lines only)")
      ("date", po::value(&raw->date)->value_name("YYYY-MM-DD"),
       "document date for documents that carry none (a JSONL date field or a "
       "\"date YYYY-MM-DD\" first line wins)")
      ("threads,j", po::value(&raw->threads)->value_name("N"),
       "worker threads sharing one engine; default: all cores. Output stays in input order")
      ("quiet,q", po::bool_switch(&raw->quiet),
       "no progress line (it is shown only when standard error is a terminal)")
      ("format,f", po::value(&raw->format)->value_name("FORMAT"),
       "jsonl (default), json (one array), tsv (a mention a line), conll (IOB2 per token), "
       "brat (DOC.txt + DOC.ann into the folder -o names), html (a page highlighting "
       "entities, quantities and quotes with their speakers), csv (a table: --table)")
      ("table", po::value(&raw->table)->value_name("TABLE"),
       "with --format csv: claims (default; a row a quote with its speaker, outlets, cue), "
       "entities (a row a mention) or quantities (a row a quantity); RFC 4180, a header row")
      ("offsets", po::value(&raw->offsets)->value_name("UNIT"),
       "start/end counted in bytes (default), codepoints or utf16 (JSON and TSV output)")
      ("pretty", po::bool_switch(&raw->pretty), "indented JSON, several lines a record")
      ("explain", po::bool_switch(&raw->explain),
       "add \"source\" to each mention: the lexicon entry or rule that found it")
      ("max-doc-bytes", po::value(&raw->max_doc_bytes)->value_name("N"),
       "documents larger than N bytes get a too_large error; default 67108864 (64 MiB)")
      ("min-evidence", po::value(&raw->min_evidence)->value_name("TIER"),
       "leave out the entities, quantities and quotes below TIER: strong, medium or weak "
       "(the default, all); every item's \"evidence\" field gives its tier "
       "(docs/output.md, \"Evidence\")")
      ("warm-start", po::bool_switch(&raw->warm_start),
       "begin on the documents only once the engine runs at full speed (it waits about "
       "30 ms for what it otherwise builds meanwhile); the output is the same");
  // clang-format on
  AddResourceOptions(&d, &raw->resources);
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
       "  claimscope extract --lexicon-dir my-lexicons/ --explain article.txt\n"
       "  claimscope extract --input jsonl news.jsonl -o out.jsonl --resume\n\n"
       "Exit status: 0 all documents fine, 1 some documents had errors (each still has its\n"
       "record, with \"errors\" filled), 2 usage or resource error, or output that could not\n"
       "be written (a full disk: the file is cut back to its last whole record, which the\n"
       "message names), 130 or 143 stopped by SIGINT or SIGTERM (what was extracted is\n"
       "written up to the last whole record; a second signal ends at once). Warnings\n"
       "(\"warnings\": invalid UTF-8 replaced, a malformed date ignored, a text not in\n"
       "English) leave it 0.\n";
  return s.str();
}

bool ParseExtractArgs(const std::vector<std::string>& args, ExtractConfig* config,
                      std::string* error) {
  RawArgs raw;
  po::options_description visible = Describe(&raw);
  po::variables_map vm;
  if (!ParseCommandLine(args, visible, "path", &raw.paths, &vm, error)) return false;
  config->help = vm.count("help") > 0;

  // Stage two: validate and translate.
  // Files that all end in .jsonl (or .jsonl.gz) are JSON Lines unless --input says otherwise:
  // read as text, a corpus file would become one document of escaped JSON.
  if (!vm.count("input") && !raw.paths.empty() &&
      std::all_of(raw.paths.begin(), raw.paths.end(), [](const std::string& p) {
        return p.ends_with(".jsonl") || p.ends_with(".jsonl.gz");
      })) {
    raw.input = "jsonl";
  }
  if (raw.input == "text") {
    config->source.format = InputFormat::kText;
  } else if (raw.input == "jsonl") {
    config->source.format = InputFormat::kJsonl;
  } else if (raw.input == "html") {
    config->source.format = InputFormat::kHtml;
  } else {
    *error = "--input must be text, jsonl or html, not '" + raw.input + "'";
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
    config->source.html_glob = raw.glob;
  }
  config->source.id_field = raw.id_field;
  config->source.text_field = raw.text_field;
  config->source.date_field = raw.date_field;
  if (vm.count("keep-fields")) {
    if (!ParseFieldNames(raw.keep_fields, &config->source.keep_fields, error)) return false;
    config->keep_meta = true;
  }
  config->output = raw.output;
  config->default_date = raw.date;
  if (!ParseOutputFormat(raw.format, &config->format.format)) {
    *error =
        "--format must be jsonl, json, tsv, conll, brat, html or csv, not '" + raw.format + "'";
    return false;
  }
  if (!ParseOffsetUnit(raw.offsets, &config->format.offsets)) {
    *error = "--offsets must be bytes, codepoints or utf16, not '" + raw.offsets + "'";
    return false;
  }
  if (config->format.format == OutputFormat::kBrat && (raw.output.empty() || raw.output == "-")) {
    *error = "--format brat writes a folder of DOC.txt and DOC.ann files: name it with -o DIR";
    return false;
  }
  if (!raw.table.empty() && config->format.format != OutputFormat::kCsv) {
    *error = "--table goes with --format csv";
    return false;
  }
  if (!raw.table.empty() && !ParseCsvTable(raw.table, &config->format.table)) {
    *error = "--table must be claims, entities or quantities, not '" + raw.table + "'";
    return false;
  }
  config->format.pretty = raw.pretty;
  config->format.explain = raw.explain;
  config->keep_text = raw.keep_text;
  if (raw.threads < 0 || raw.threads > 1024) {
    *error = "--threads must be between 1 and 1024";
    return false;
  }
  config->threads = raw.threads > 0
                        ? raw.threads
                        : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
  config->quiet = raw.quiet;
  config->resume = raw.resume;
  if (raw.resume && (raw.output.empty() || raw.output == "-")) {
    *error = "--resume continues the run written to a file: name it with -o FILE";
    return false;
  }
  if (raw.resume && config->format.format != OutputFormat::kJsonl) {
    *error = "--resume works with --format jsonl, a record a line";
    return false;
  }
  config->output_args = OutputArgs(args);
  config->engine.max_doc_bytes = raw.max_doc_bytes;
  config->engine.warm_start = raw.warm_start;
  if (!ParseEvidence(raw.min_evidence, &config->engine.min_evidence)) {
    *error = "--min-evidence must be strong, medium or weak, not '" + raw.min_evidence + "'";
    return false;
  }
  ApplyResourceArgs(raw.resources, &config->engine);
  return true;
}

namespace {

// "1,234 docs  12.3 MB  4.5 MB/s  ETA 0:42" on one terminal line, rewritten in place.
class ProgressLine {
 public:
  ProgressLine() : start_(std::chrono::steady_clock::now()) {}
  void Show(uint64_t docs, uint64_t text_bytes, int64_t done, int64_t total) {
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    const double mb = static_cast<double>(text_bytes) / 1e6;
    std::fprintf(stderr, "\r%llu docs  %.1f MB  %.1f MB/s", static_cast<unsigned long long>(docs),
                 mb, seconds > 0 ? mb / seconds : 0.0);
    if (total > 0 && done > 0 && done <= total) {
      const double left = seconds * static_cast<double>(total - done) / static_cast<double>(done);
      std::fprintf(stderr, "  %3.0f%%  ETA %d:%02d", 100.0 * done / total,
                   static_cast<int>(left) / 60, static_cast<int>(left) % 60);
    }
    std::fprintf(stderr, "\033[K");
    shown_ = true;
  }
  void Finish() {
    if (shown_) std::fputc('\n', stderr);
  }

 private:
  std::chrono::steady_clock::time_point start_;
  bool shown_ = false;
};

}  // namespace

std::string FileNameFor(const std::string& id, uint64_t n) {
  std::string name;
  for (char c : id.substr(id.find_last_of('/') + 1)) {
    name.push_back(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' ? c : '_');
  }
  if (name.size() > 100) name.resize(100);
  return std::to_string(n) + "-" + name;
}

namespace {

// brat: one DOC.txt and DOC.ann per document in a folder.
bool WriteBrat(const std::string& dir, uint64_t n, const Rendered& r, std::string* error) {
  const std::string base = dir + "/" + FileNameFor(r.id, n);
  std::string text;
  AppendBratText(r.text, &text);
  const std::pair<std::string, const std::string*> files[] = {{base + ".txt", &text},
                                                              {base + ".ann", &r.bytes}};
  for (const auto& [path, bytes] : files) {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (f == nullptr || std::fwrite(bytes->data(), 1, bytes->size(), f) != bytes->size() ||
        std::fclose(f) != 0) {
      *error = "cannot write " + path + ": " + std::strerror(errno);
      return false;
    }
  }
  return true;
}

}  // namespace

namespace {

const char* SignalName(int sig) {
  return sig == SIGINT ? "SIGINT" : sig == SIGTERM ? "SIGTERM" : "";
}

}  // namespace

int RunExtract(const ExtractConfig& config) {
  CatchInterrupts();
  // A file size limit (ulimit -f) makes a write fail with EFBIG, reported as any write error,
  // rather than end the process.
  std::signal(SIGXFSZ, SIG_IGN);
  auto created = Engine::Create(config.engine);
  if (!created.ok()) {
    std::cerr << "claimscope: " << created.status().ToString() << "\n";
    return kExitUsage;
  }
  const std::shared_ptr<const Engine> engine = created.value();
  const FormatOptions& format = config.format;
  const bool brat = format.format == OutputFormat::kBrat;
  // A run into a file keeps a manifest beside it (run_manifest.h).
  // (Not a device such as /dev/null or /dev/full.)
  std::error_code type_ec;
  const bool to_file = !brat && !config.output.empty() && config.output != "-" &&
                       (!std::filesystem::exists(config.output, type_ec) ||
                        std::filesystem::is_regular_file(config.output, type_ec));
  RunManifest manifest;
  manifest.engine_version = kVersion;
  manifest.resources = engine->stats().resource_digest;
  manifest.options = config.output_args;
  // (Measured only for a manifest: it walks the input folders once more.)
  if (to_file) {
    manifest.inputs = MeasureInputs(
        config.source.paths.empty() ? std::vector<std::string>{"-"} : config.source.paths,
        FolderGlob(config.source));
  }
  manifest.started = UtcNow();
  const std::string manifest_path = to_file ? ManifestPath(config.output) : std::string();
  std::string error;
  DocumentSource source(config.source);
  ResumePoint resumed;
  if (config.resume) {
    std::error_code ec;
    const bool have_output = std::filesystem::exists(config.output, ec);
    RunManifest before;
    if (!ReadManifest(manifest_path, &before, &error)) {
      if (have_output || std::filesystem::exists(manifest_path, ec)) {
        std::cerr << "claimscope: cannot resume " << config.output << ": " << error << "\n";
        return kExitUsage;
      }
    } else {
      if (const std::string conflict = ResumeConflict(before, manifest); !conflict.empty()) {
        std::cerr << "claimscope: cannot resume " << config.output << ": " << conflict
                  << "; run again without --resume to start anew\n";
        return kExitUsage;
      }
      if (before.finished) {
        std::cerr << "claimscope: " << config.output << " is complete (" << before.records
                  << " records): nothing to resume\n";
        return before.exit_status >= 0 ? before.exit_status : kExitOk;
      }
      manifest.started = before.started;
    }
    if (!SkipDone(config.output, &source, &resumed, &error)) {
      std::cerr << "claimscope: cannot resume " << config.output << ": " << error << "\n";
      return kExitUsage;
    }
    std::cerr << "claimscope: resuming " << config.output << " after " << resumed.records
              << " records" << (resumed.cut_bytes > 0 ? " (a torn last record cut off)" : "")
              << "\n";
  }
  OutputSink sink;
  if (brat) {
    std::error_code ec;
    std::filesystem::create_directories(config.output, ec);
    if (ec) {
      std::cerr << "claimscope: cannot create " << config.output << ": " << ec.message() << "\n";
      return kExitUsage;
    }
  } else if (!sink.Open(config.output, config.resume, &error)) {
    std::cerr << "claimscope: " << error << "\n";
    return kExitUsage;
  }
  manifest.records = resumed.records;
  manifest.documents_with_errors = resumed.with_errors;
  if (to_file && !WriteManifest(manifest_path, manifest, &error)) {
    std::cerr << "claimscope: " << error << "\n";
    return kExitUsage;
  }
  PipelineConfig pipeline;
  pipeline.threads = config.threads;
  pipeline.default_date = config.default_date;
  pipeline.keep_text = brat;
  pipeline.keep_meta = config.keep_meta;
  pipeline.text_in_record = config.keep_text;
  pipeline.stop_reading = [] { return InterruptSignal() != 0; };
  const RenderFn render = [&format](const Record& r, const TextAnalysis& a, std::string* out) {
    AppendFormatted(r, a, format, out);
  };
  const std::string separator = FormatSeparator(format);
  uint64_t written = resumed.records;
  bool brat_failed = false;
  const SinkFn write = [&](Rendered& r) {
    if (!r.messages.empty()) std::cerr << r.messages;
    if (brat) {
      if (WriteBrat(config.output, ++written, r, &error)) return true;
      brat_failed = true;
      return false;
    }
    if (written++ > 0 && !sink.Write(separator)) return false;
    return sink.WriteRecord(r.bytes, r.id);
  };
  ProgressLine line;
  const bool show_progress = !config.quiet && isatty(STDERR_FILENO);
  const ProgressFn progress = [&line](uint64_t docs, uint64_t bytes, int64_t done, int64_t total) {
    line.Show(docs, bytes, done, total);
  };
  if (!brat && !config.resume) sink.Write(FormatPrologue(format));
  const PipelineStats stats = RunPipeline(*engine, &source, pipeline, render, write,
                                          show_progress ? progress : ProgressFn());
  line.Finish();
  const int signal = stats.stopped_reading ? InterruptSignal() : 0;
  int status = kExitOk;
  bool complete = !stats.stopped && signal == 0;
  if (brat_failed) {
    std::cerr << "claimscope: " << error << "\n";
    status = kExitUsage;
  } else if (!brat) {
    if (complete) sink.Write(FormatEpilogue(format));
    if (!sink.Close() || stats.stopped) {
      complete = false;
      if (!sink.reader_gone()) {
        std::cerr << "claimscope: " << sink.error() << "\n";
        status = kExitUsage;
      }  // else `| head`: the reader has what it wanted
    }
  }
  if (status == kExitOk && signal != 0) {
    std::cerr << "claimscope: stopped by " << SignalName(signal) << " after " << written
              << " records"
              << (to_file ? "; continue with the same command and --resume" : std::string())
              << "\n";
    status = InterruptedExitStatus(signal);
  } else if (status == kExitOk && stats.with_errors > 0) {
    std::cerr << "claimscope: " << stats.with_errors << " of " << stats.documents
              << " document(s) had errors; see the \"errors\" field of their records\n";
    status = kExitDocumentErrors;
  }
  if (to_file) {
    manifest.records = resumed.records + sink.records_written();
    manifest.documents_with_errors = resumed.with_errors + stats.with_errors;
    manifest.ended = UtcNow();
    manifest.finished = complete && status != kExitUsage;
    manifest.interrupted = SignalName(signal);
    manifest.exit_status = status;
    if (!WriteManifest(manifest_path, manifest, &error)) {
      std::cerr << "claimscope: " << error << "\n";
      if (status == kExitOk) status = kExitUsage;
    }
  }
  return status;
}

}  // namespace claimscope::cli

#include "document_source.h"

#include <fnmatch.h>

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "claimscope/json_writer.h"
#include "html_article.h"
#include "json_reader.h"

namespace claimscope::cli {
namespace fs = std::filesystem;

namespace {

// The files below `dir` whose names match `glob`, sorted by path so that runs are stable.
std::vector<std::string> ListFolder(const std::string& dir, const std::string& glob,
                                    std::vector<std::string>* problems) {
  std::vector<std::string> files;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    std::error_code type_ec;
    if (!it->is_regular_file(type_ec)) continue;
    if (MatchesGlob(glob, it->path().filename().string())) files.push_back(it->path().string());
  }
  if (ec) problems->push_back(dir + ": " + ec.message());
  std::sort(files.begin(), files.end());
  return files;
}

Diagnostic ReadError(const std::string& path, const std::string& why) {
  return {"io_error", "cannot read " + path + ": " + why, -1};
}

int64_t FileSize(const std::string& path) {
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  return ec ? 0 : static_cast<int64_t>(size);
}

}  // namespace

bool MatchesGlob(const std::string& glob, const std::string& name) {
  return fnmatch(glob.c_str(), name.c_str(), 0) == 0 ||
         fnmatch((glob + ".gz").c_str(), name.c_str(), 0) == 0;
}

const std::string& FolderGlob(const SourceConfig& config) {
  return config.format == InputFormat::kJsonl  ? config.jsonl_glob
         : config.format == InputFormat::kHtml ? config.html_glob
                                               : config.glob;
}

DocumentSource::DocumentSource(SourceConfig config) : config_(std::move(config)) {
  if (config_.paths.empty()) config_.paths.push_back("-");
  AddPending(config_.paths, false);
}

void DocumentSource::AddPending(const std::vector<std::string>& paths, bool at_front) {
  for (const std::string& p : paths) {
    std::error_code ec;
    if (p == "-" || fs::is_directory(p, ec)) {
      total_unknown_ = true;  // standard input, or a folder not walked yet
    } else {
      bytes_total_ += FileSize(p);
    }
  }
  pending_.insert(at_front ? pending_.begin() : pending_.end(), paths.begin(), paths.end());
}

bool DocumentSource::Next(InputDocument* doc) {
  while (true) {
    *doc = InputDocument();
    if (jsonl_.is_open() && NextFromJsonl(doc)) return true;
    if (pending_.empty()) return false;
    bool produced = false;
    OpenNextPath(doc, &produced);
    if (produced) return true;
  }
}

void DocumentSource::OpenNextPath(InputDocument* doc, bool* produced) {
  const std::string path = pending_.front();
  pending_.pop_front();
  const bool jsonl = config_.format == InputFormat::kJsonl;
  std::error_code ec;
  if (path != "-" && fs::is_directory(path, ec)) {
    std::vector<std::string> problems;
    const std::vector<std::string> files = ListFolder(path, FolderGlob(config_), &problems);
    AddPending(files, true);
    if (!problems.empty()) {
      doc->id = path;
      doc->errors.push_back(ReadError(path, problems.front()));
      *produced = true;
    }
    return;
  }
  std::string error;
  InputStream in;
  InputStream& stream = jsonl ? jsonl_ : in;
  if (!stream.Open(path, &error)) {
    doc->id = path;
    doc->errors.push_back(ReadError(path, error));
    *produced = true;
    return;
  }
  if (jsonl) {
    jsonl_name_ = path;
    jsonl_line_ = 0;
    jsonl_size_ = path == "-" ? 0 : FileSize(path);
    return;
  }
  doc->id = path;
  if (!in.ReadAll(&doc->text, &error)) doc->errors.push_back(ReadError(path, error));
  // A web page: its article's text (offsets count in it; --keep-text shows it).
  if (config_.format == InputFormat::kHtml) doc->text = ArticleText(doc->text);
  bytes_done_ += path == "-" ? 0 : FileSize(path);
  *produced = true;
}

bool DocumentSource::NextFromJsonl(InputDocument* doc) {
  while (true) {
    if (!jsonl_.ReadLine(&line_)) {
      const std::string error = jsonl_.error();
      jsonl_.Close();
      bytes_done_ += jsonl_size_;
      if (!error.empty()) {
        doc->id = jsonl_name_ + ":" + std::to_string(jsonl_line_ + 1);
        doc->errors.push_back(ReadError(jsonl_name_, error));
        return true;
      }
      return false;
    }
    ++jsonl_line_;
    if (line_.find_first_not_of(" \t") == std::string::npos) continue;  // blank line
    ParseJsonlLine(line_, doc);
    return true;
  }
}

void DocumentSource::ParseJsonlLine(std::string_view line, InputDocument* doc) const {
  ParseJsonlDocument(line, config_, jsonl_name_ + ":" + std::to_string(jsonl_line_), doc);
}

void ParseJsonlDocument(std::string_view line, const SourceConfig& config, const std::string& where,
                        InputDocument* doc) {
  std::vector<JsonField> fields;
  std::string error;
  if (!ParseJsonObject(line, &fields, &error)) {
    doc->id = where;
    doc->errors.push_back({"bad_json", where + ": not a JSON object: " + error, -1});
    return;
  }
  bool has_text = false;
  // Kept fields, in the order asked for: a string re-encoded (its bytes may be invalid
  // UTF-8), anything else as it stands.
  for (const std::string& name : config.keep_fields) {
    for (const JsonField& f : fields) {
      if (f.name != name) continue;
      MetaField m{name, ""};
      if (f.kind == JsonField::Kind::kString) {
        AppendJsonString(f.value, &m.json);
        if (name == "outlet") doc->outlet = f.value;
      } else {
        m.json = std::string(f.raw);
      }
      doc->meta.push_back(std::move(m));
      break;
    }
  }
  for (JsonField& f : fields) {
    if (f.name == config.id_field &&
        (f.kind == JsonField::Kind::kString || f.kind == JsonField::Kind::kNumber)) {
      doc->id = std::move(f.value);
    } else if (f.name == config.text_field) {
      if (f.kind == JsonField::Kind::kString) {
        doc->text = std::move(f.value);
        has_text = true;
      } else {
        doc->errors.push_back(
            {"bad_json", where + ": field \"" + config.text_field + "\" is not a string", -1});
      }
    } else if (f.name == config.date_field && f.kind == JsonField::Kind::kString) {
      doc->date = std::move(f.value);
    }
  }
  if (doc->id.empty()) doc->id = where;
  if (!has_text && doc->errors.empty()) {
    doc->errors.push_back({"bad_json", where + ": no \"" + config.text_field + "\" field", -1});
  }
}

}  // namespace claimscope::cli

#include "document_source.h"

#include <fnmatch.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <system_error>

#include "json_reader.h"

namespace claimscope::cli {
namespace fs = std::filesystem;

namespace {

// Reads a whole stream; false with errno-style message on failure.
bool ReadAll(std::FILE* f, std::string* out, std::string* error) {
  out->clear();
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out->append(buf, n);
  if (std::ferror(f)) {
    *error = std::strerror(errno);
    return false;
  }
  return true;
}

// The files below `dir` whose names match `glob`, sorted by path so that runs are stable.
std::vector<std::string> ListFolder(const std::string& dir, const std::string& glob,
                                    std::vector<std::string>* problems) {
  std::vector<std::string> files;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    std::error_code type_ec;
    if (!it->is_regular_file(type_ec)) continue;
    const std::string name = it->path().filename().string();
    if (fnmatch(glob.c_str(), name.c_str(), 0) == 0) files.push_back(it->path().string());
  }
  if (ec) problems->push_back(dir + ": " + ec.message());
  std::sort(files.begin(), files.end());
  return files;
}

Diagnostic ReadError(const std::string& path, const std::string& why) {
  return {"io_error", "cannot read " + path + ": " + why, -1};
}

}  // namespace

DocumentSource::DocumentSource(SourceConfig config) : config_(std::move(config)) {
  if (config_.paths.empty()) config_.paths.push_back("-");
  pending_.assign(config_.paths.begin(), config_.paths.end());
}

DocumentSource::~DocumentSource() {
  if (jsonl_ != nullptr && !jsonl_is_stdin_) std::fclose(jsonl_);
  std::free(line_buf_);
}

bool DocumentSource::Next(InputDocument* doc) {
  while (true) {
    *doc = InputDocument();
    if (jsonl_ != nullptr && NextFromJsonl(doc)) return true;
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
    std::vector<std::string> files =
        ListFolder(path, jsonl ? config_.jsonl_glob : config_.glob, &problems);
    pending_.insert(pending_.begin(), files.begin(), files.end());
    if (!problems.empty()) {
      doc->id = path;
      doc->errors.push_back(ReadError(path, problems.front()));
      *produced = true;
    }
    return;
  }
  std::FILE* f = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    doc->id = path;
    doc->errors.push_back(ReadError(path, std::strerror(errno)));
    *produced = true;
    return;
  }
  if (jsonl) {
    jsonl_ = f;
    jsonl_is_stdin_ = f == stdin;
    jsonl_name_ = path;
    jsonl_line_ = 0;
    return;
  }
  doc->id = path;
  std::string error;
  if (!ReadAll(f, &doc->text, &error)) doc->errors.push_back(ReadError(path, error));
  if (f != stdin) std::fclose(f);
  *produced = true;
}

bool DocumentSource::NextFromJsonl(InputDocument* doc) {
  while (true) {
    errno = 0;
    const ssize_t n = getline(&line_buf_, &line_cap_, jsonl_);
    if (n < 0) {
      const bool failed = std::ferror(jsonl_) != 0;
      const int err = errno;
      if (!jsonl_is_stdin_) std::fclose(jsonl_);
      jsonl_ = nullptr;
      if (failed) {
        doc->id = jsonl_name_ + ":" + std::to_string(jsonl_line_ + 1);
        doc->errors.push_back(ReadError(jsonl_name_, std::strerror(err)));
        return true;
      }
      return false;
    }
    ++jsonl_line_;
    std::string_view line(line_buf_, static_cast<size_t>(n));
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;  // blank line
    ParseJsonlLine(line, doc);
    return true;
  }
}

void DocumentSource::ParseJsonlLine(std::string_view line, InputDocument* doc) const {
  const std::string where = jsonl_name_ + ":" + std::to_string(jsonl_line_);
  std::vector<JsonField> fields;
  std::string error;
  if (!ParseJsonObject(line, &fields, &error)) {
    doc->id = where;
    doc->errors.push_back({"bad_json", where + ": not a JSON object: " + error, -1});
    return;
  }
  bool has_text = false;
  for (JsonField& f : fields) {
    if (f.name == config_.id_field &&
        (f.kind == JsonField::Kind::kString || f.kind == JsonField::Kind::kNumber)) {
      doc->id = std::move(f.value);
    } else if (f.name == config_.text_field) {
      if (f.kind == JsonField::Kind::kString) {
        doc->text = std::move(f.value);
        has_text = true;
      } else {
        doc->errors.push_back(
            {"bad_json", where + ": field \"" + config_.text_field + "\" is not a string", -1});
      }
    } else if (f.name == config_.date_field && f.kind == JsonField::Kind::kString) {
      doc->date = std::move(f.value);
    }
  }
  if (doc->id.empty()) doc->id = where;
  if (!has_text && doc->errors.empty()) {
    doc->errors.push_back({"bad_json", where + ": no \"" + config_.text_field + "\" field", -1});
  }
}

}  // namespace claimscope::cli

#include "run_manifest.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include "document_source.h"
#include "json_value.h"

namespace claimscope::cli {
namespace fs = std::filesystem;

std::string ManifestPath(const std::string& output) { return output + ".manifest.json"; }

std::vector<ManifestInput> MeasureInputs(const std::vector<std::string>& paths,
                                         const std::string& glob) {
  std::vector<ManifestInput> inputs;
  for (const std::string& path : paths) {
    ManifestInput& in = inputs.emplace_back();
    in.path = path;
    std::error_code ec;
    if (path == "-") continue;
    if (fs::is_directory(path, ec)) {
      fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
      for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        std::error_code type_ec;
        if (!it->is_regular_file(type_ec) || !MatchesGlob(glob, it->path().filename().string())) {
          continue;
        }
        ++in.files;
        in.bytes += it->file_size(type_ec);
      }
    } else {
      const auto size = fs::file_size(path, ec);
      in.files = ec ? 0 : 1;
      in.bytes = ec ? 0 : size;
    }
  }
  return inputs;
}

std::string UtcNow() {
  const std::time_t now = std::time(nullptr);
  std::tm tm = {};
  gmtime_r(&now, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

namespace {

JsonValue ToJson(const RunManifest& m) {
  JsonValue o = JsonValue::Object();
  o.Add("claimscope_run_manifest", JsonValue::Number(1));
  o.Add("engine_version", JsonValue::String(m.engine_version));
  o.Add("resources", JsonValue::String(m.resources));
  JsonValue& options = o.Add("options", JsonValue::Array());
  for (const std::string& a : m.options) options.Append(JsonValue::String(a));
  JsonValue& inputs = o.Add("inputs", JsonValue::Array());
  for (const ManifestInput& in : m.inputs) {
    JsonValue& i = inputs.Append(JsonValue::Object());
    i.Add("path", JsonValue::String(in.path));
    i.Add("files", JsonValue::Number(static_cast<double>(in.files)));
    i.Add("bytes", JsonValue::Number(static_cast<double>(in.bytes)));
  }
  o.Add("records", JsonValue::Number(static_cast<double>(m.records)));
  o.Add("documents_with_errors", JsonValue::Number(static_cast<double>(m.documents_with_errors)));
  o.Add("started", JsonValue::String(m.started));
  o.Add("ended", m.ended.empty() ? JsonValue() : JsonValue::String(m.ended));
  o.Add("finished", JsonValue::Bool(m.finished));
  o.Add("interrupted", m.interrupted.empty() ? JsonValue() : JsonValue::String(m.interrupted));
  o.Add("exit_status", m.exit_status < 0 ? JsonValue() : JsonValue::Number(m.exit_status));
  return o;
}

// A count of the manifest: a whole number from 0 to 2^53 (what a double holds exactly); 0 for
// anything else, which no run wrote (runfile_fuzz found 6.7e123 converted out of range).
uint64_t Count(const JsonValue& v, std::string_view name) {
  const JsonValue* n = v.Find(name);
  constexpr double kMax = 9007199254740992.0;  // 2^53
  const double x = n != nullptr ? n->AsNumber() : 0;
  return x > 0 && x <= kMax ? static_cast<uint64_t>(x) : 0;
}

}  // namespace

bool WriteManifest(const std::string& path, const RunManifest& m, std::string* error) {
  const std::string text = ToJsonText(ToJson(m), 2) + "\n";
  const std::string temp = path + ".tmp";
  std::FILE* f = std::fopen(temp.c_str(), "wb");
  bool ok = f != nullptr && std::fwrite(text.data(), 1, text.size(), f) == text.size();
  if (f != nullptr && std::fclose(f) != 0) ok = false;
  if (ok && std::rename(temp.c_str(), path.c_str()) != 0) ok = false;
  if (!ok) {
    *error = "cannot write " + path + ": " + std::strerror(errno);
    std::remove(temp.c_str());
  }
  return ok;
}

bool ReadManifest(const std::string& path, RunManifest* m, std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = "cannot read " + path + ": " + std::strerror(errno);
    return false;
  }
  std::ostringstream text;
  text << in.rdbuf();
  JsonValue v;
  std::string why;
  if (!ParseJson(text.str(), &v, &why) || !v.is_object() ||
      v.Find("claimscope_run_manifest") == nullptr) {
    *error = path + " is no run manifest" + (why.empty() ? "" : ": " + why);
    return false;
  }
  m->engine_version = v.StringOr("engine_version", "");
  m->resources = v.StringOr("resources", "");
  m->options.clear();
  for (const JsonValue& a : v.Items("options")) m->options.push_back(a.AsString());
  m->inputs.clear();
  for (const JsonValue& i : v.Items("inputs")) {
    m->inputs.push_back(
        {std::string(i.StringOr("path", "")), Count(i, "files"), Count(i, "bytes")});
  }
  m->records = Count(v, "records");
  m->documents_with_errors = Count(v, "documents_with_errors");
  m->started = v.StringOr("started", "");
  m->ended = v.StringOr("ended", "");
  const JsonValue* finished = v.Find("finished");
  m->finished = finished != nullptr && finished->AsBool();
  m->interrupted = v.StringOr("interrupted", "");
  const JsonValue* status = v.Find("exit_status");
  const double code = status != nullptr && status->is_number() ? status->AsNumber() : -1;
  m->exit_status = code >= 0 && code <= 255 ? static_cast<int>(code) : -1;
  return true;
}

namespace {

std::string Joined(const std::vector<std::string>& args) {
  std::string out;
  for (const std::string& a : args) out += (out.empty() ? "" : " ") + a;
  return out.empty() ? "(none)" : out;
}

}  // namespace

std::string ResumeConflict(const RunManifest& before, const RunManifest& now) {
  if (before.engine_version != now.engine_version) {
    return "it was made by claimscope " + before.engine_version + ", this is " + now.engine_version;
  }
  if (before.resources != now.resources) {
    return "the lexicons or grammars differ (resources " + before.resources + ", now " +
           now.resources + ")";
  }
  if (before.options != now.options) {
    return "the options differ: it ran with '" + Joined(before.options) + "', now '" +
           Joined(now.options) + "'";
  }
  if (before.inputs.size() != now.inputs.size()) return "the inputs differ in number";
  for (size_t i = 0; i < now.inputs.size(); ++i) {
    const ManifestInput& a = before.inputs[i];
    const ManifestInput& b = now.inputs[i];
    if (a.path != b.path)
      return "input " + std::to_string(i + 1) + " was " + a.path + ", now " + b.path;
    if (a.path == "-") return "it read standard input, which cannot be read again";
    if (a.files != b.files || a.bytes != b.bytes) {
      return "input " + a.path + " changed (" + std::to_string(a.files) + " files, " +
             std::to_string(a.bytes) + " bytes then; " + std::to_string(b.files) + " files, " +
             std::to_string(b.bytes) + " bytes now)";
    }
  }
  return {};
}

}  // namespace claimscope::cli

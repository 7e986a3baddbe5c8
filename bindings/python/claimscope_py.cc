// The native part of the Python module (claimscope._claimscope): an engine that extracts
// documents to the JSON records of docs/output.md, releasing the GIL while it works. The
// Python package (claimscope/__init__.py) turns the records into dicts.
//
//   import claimscope._claimscope as native
//   engine = native.Engine(lexicon_dirs=[], grammar_dirs=[], replace_defaults=False)
//   line = engine.extract_json("text", id="doc-1", date=None)
//   lines = engine.extract_many_json(["text", {"id": "d2", "text": "..."}], threads=2)
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <atomic>
#include <exception>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "claimscope/claimscope.h"
#include "claimscope/formats.h"

namespace py = pybind11;

namespace {

// claimscope._claimscope.Error, raised when an engine cannot be built; its `code` attribute is
// the status name ("not_found", "parse_error", ...).
PyObject* g_error_type = nullptr;

[[noreturn]] void RaiseError(const claimscope::Status& status) {
  py::object type = py::reinterpret_borrow<py::object>(g_error_type);
  py::object error = type(status.ToString());
  error.attr("code") = claimscope::StatusCodeName(status.code());
  error.attr("file") = status.file().empty() ? py::object(py::none()) : py::str(status.file());
  error.attr("line") = status.line();
  PyErr_SetObject(g_error_type, error.ptr());
  throw py::error_already_set();
}

// The UTF-8 bytes of a str or bytes-like object. A str with lone surrogates (which UTF-8
// cannot encode) gets U+FFFD for each, as the CLI's JSON reader does for "\udXXX" escapes.
std::string TextBytes(py::handle text, const char* what) {
  if (PyUnicode_Check(text.ptr())) {
    Py_ssize_t size = 0;
    const char* data = PyUnicode_AsUTF8AndSize(text.ptr(), &size);
    if (data != nullptr) return std::string(data, static_cast<size_t>(size));
    PyErr_Clear();
    py::object encoded = py::reinterpret_steal<py::object>(
        PyUnicode_AsEncodedString(text.ptr(), "utf-8", "surrogatepass"));
    if (!encoded) throw py::error_already_set();
    std::string bytes(PyBytes_AS_STRING(encoded.ptr()),
                      static_cast<size_t>(PyBytes_GET_SIZE(encoded.ptr())));
    // A surrogate is ED A0..BF xx in "surrogatepass" form; U+FFFD is EF BF BD, also 3 bytes.
    for (size_t i = 0; i + 2 < bytes.size(); ++i) {
      if (static_cast<unsigned char>(bytes[i]) == 0xED &&
          static_cast<unsigned char>(bytes[i + 1]) >= 0xA0) {
        bytes[i] = '\xEF';
        bytes[i + 1] = '\xBF';
        bytes[i + 2] = '\xBD';
        i += 2;
      }
    }
    return bytes;
  }
  if (PyBytes_Check(text.ptr())) {
    return std::string(PyBytes_AS_STRING(text.ptr()),
                       static_cast<size_t>(PyBytes_GET_SIZE(text.ptr())));
  }
  if (PyByteArray_Check(text.ptr())) {
    return std::string(PyByteArray_AS_STRING(text.ptr()),
                       static_cast<size_t>(PyByteArray_GET_SIZE(text.ptr())));
  }
  if (PyObject_CheckBuffer(text.ptr())) {
    py::buffer_info info = py::reinterpret_borrow<py::buffer>(text).request();
    if (info.ndim == 1 && info.itemsize == 1 && info.strides[0] == 1) {
      return std::string(static_cast<const char*>(info.ptr), static_cast<size_t>(info.size));
    }
  }
  throw py::type_error(std::string(what) + " must be str or bytes, not " +
                       std::string(py::str(py::type::handle_of(text).attr("__name__"))));
}

// An id: None is "", a str is itself, a number its str() (an int's digits).
std::string IdString(py::handle id) {
  if (id.is_none()) return {};
  if (PyUnicode_Check(id.ptr())) return id.cast<std::string>();
  if ((PyLong_Check(id.ptr()) || PyFloat_Check(id.ptr())) && !PyBool_Check(id.ptr())) {
    return py::str(id).cast<std::string>();
  }
  throw py::type_error("id must be str, int, float or None, not " +
                       std::string(py::str(py::type::handle_of(id).attr("__name__"))));
}

// A date: None is "", a str is itself (the engine reports a malformed one in the record).
std::string DateString(py::handle date, const char* what) {
  if (date.is_none()) return {};
  if (PyUnicode_Check(date.ptr())) return date.cast<std::string>();
  throw py::type_error(std::string(what) + " must be str or None, not " +
                       std::string(py::str(py::type::handle_of(date).attr("__name__"))));
}

claimscope::OffsetUnit ParseOffsets(const std::string& name) {
  claimscope::OffsetUnit unit;
  if (!claimscope::ParseOffsetUnit(name, &unit)) {
    throw py::value_error("offsets must be 'bytes', 'codepoints' or 'utf16', not '" + name + "'");
  }
  return unit;
}

struct Doc {
  std::string text;
  std::string id;
  std::string date;
  std::vector<claimscope::Diagnostic> errors;  // put before the engine's own
};

// Diagnostics from Python: an iterable of mappings {"code", "message", "offset"} (offset
// optional, None or -1 for none).
std::vector<claimscope::Diagnostic> Diagnostics(py::handle errors) {
  std::vector<claimscope::Diagnostic> out;
  if (errors.is_none()) return out;
  for (py::handle item : py::reinterpret_borrow<py::iterable>(errors)) {
    if (!PyMapping_Check(item.ptr())) throw py::type_error("each error must be a dict");
    py::object get = item.attr("get");
    claimscope::Diagnostic d;
    py::object code = get("code");
    py::object message = get("message");
    py::object offset = get("offset");
    if (!PyUnicode_Check(code.ptr()) || !PyUnicode_Check(message.ptr())) {
      throw py::type_error("an error needs \"code\" and \"message\" strings");
    }
    d.code = code.cast<std::string>();
    d.message = message.cast<std::string>();
    d.offset = offset.is_none() ? -1 : offset.cast<int64_t>();
    out.push_back(std::move(d));
  }
  return out;
}

class PyEngine {
 public:
  PyEngine(std::vector<std::string> lexicon_dirs, std::vector<std::string> grammar_dirs,
           bool replace_defaults, bool entities, bool quantities, bool quotes,
           uint64_t max_doc_bytes, bool unit_mentions, bool any_language) {
    if (max_doc_bytes == 0 || max_doc_bytes >= (uint64_t{1} << 32)) {
      throw py::value_error("max_doc_bytes must be between 1 and 4294967295");
    }
    options_.lexicon_dirs = std::move(lexicon_dirs);
    options_.grammar_dirs = std::move(grammar_dirs);
    options_.replace_defaults = replace_defaults;
    options_.entities = entities;
    options_.quantities = quantities;
    options_.quotes = quotes;
    options_.max_doc_bytes = static_cast<size_t>(max_doc_bytes);
    options_.unit_mentions = unit_mentions;
    options_.any_language = any_language;
    std::optional<claimscope::Status> failed;
    {
      py::gil_scoped_release release;  // compiling the resources takes a while
      auto created = claimscope::Engine::Create(options_);
      if (created.ok()) {
        engine_ = std::move(created).value();
      } else {
        failed = created.status();
      }
    }
    if (failed) RaiseError(*failed);
  }

  std::string ExtractJson(py::handle text, py::handle id, py::handle date, py::handle fallback_date,
                          bool explain, bool pretty, const std::string& offsets,
                          py::handle errors) {
    const claimscope::FormatOptions format = Format(explain, pretty, offsets);
    Doc doc{TextBytes(text, "text"), IdString(id), DateString(date, "date"), Diagnostics(errors)};
    const std::string fallback = DateString(fallback_date, "fallback_date");
    std::string out;
    {
      py::gil_scoped_release release;
      std::unique_ptr<claimscope::Workspace> ws = Acquire();
      Render(doc, fallback, format, ws.get(), &out);
      Release(std::move(ws));
    }
    return out;
  }

  // Documents in, JSON records out, in input order. `docs` is any iterable of str/bytes or of
  // mappings with "text" and optional "id" and "date".
  py::list ExtractManyJson(py::iterable docs, int threads, py::handle fallback_date, bool explain,
                           bool pretty, const std::string& offsets) {
    const claimscope::FormatOptions format = Format(explain, pretty, offsets);
    const std::string fallback = DateString(fallback_date, "fallback_date");
    if (threads < 0 || threads > 1024) throw py::value_error("threads must be 0 to 1024");
    if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());

    std::vector<Doc> input;
    size_t index = 0;
    for (py::handle item : docs) {
      input.push_back(ToDoc(item, index++));
    }
    std::vector<std::string> output(input.size());
    {
      py::gil_scoped_release release;
      RunThreads(input, fallback, format, threads, &output);
    }
    py::list result(output.size());
    for (size_t i = 0; i < output.size(); ++i) {
      PyObject* s = PyUnicode_DecodeUTF8(output[i].data(),
                                         static_cast<Py_ssize_t>(output[i].size()), "replace");
      if (s == nullptr) throw py::error_already_set();
      PyList_SET_ITEM(result.ptr(), static_cast<Py_ssize_t>(i), s);
      std::string().swap(output[i]);
    }
    return result;
  }

  const claimscope::Options& options() const { return options_; }
  const claimscope::ResourceStats& stats() const { return engine_->stats(); }

 private:
  static claimscope::FormatOptions Format(bool explain, bool pretty, const std::string& offsets) {
    claimscope::FormatOptions format;
    format.format = claimscope::OutputFormat::kJsonl;
    format.offsets = ParseOffsets(offsets);
    format.pretty = pretty;
    format.explain = explain;
    return format;
  }

  static Doc ToDoc(py::handle item, size_t index) {
    if (PyUnicode_Check(item.ptr()) || PyBytes_Check(item.ptr()) || PyByteArray_Check(item.ptr())) {
      return Doc{TextBytes(item, "text"), {}, {}, {}};
    }
    if (PyMapping_Check(item.ptr()) && !PySequence_Check(item.ptr())) {
      py::object mapping = py::reinterpret_borrow<py::object>(item);
      py::object get = mapping.attr("get");
      py::object text = get("text");
      if (text.is_none()) {
        throw py::key_error("document " + std::to_string(index) + " has no \"text\"");
      }
      // As the CLI's JSONL reader: a date that is not a string is ignored.
      py::object date = get("date");
      return Doc{TextBytes(text, "text"), IdString(get("id")),
                 PyUnicode_Check(date.ptr()) ? date.cast<std::string>() : std::string(),
                 Diagnostics(get("errors"))};
    }
    throw py::type_error("document " + std::to_string(index) +
                         " must be str, bytes or a dict with \"text\", not " +
                         std::string(py::str(py::type::handle_of(item).attr("__name__"))));
  }

  void Render(const Doc& doc, const std::string& fallback, const claimscope::FormatOptions& format,
              claimscope::Workspace* ws, std::string* out) const {
    claimscope::DocumentInput input;
    input.text = doc.text;
    input.id = doc.id;
    input.date = doc.date;
    input.fallback_date = fallback;
    claimscope::Record record = engine_->Extract(input, ws);
    if (!doc.errors.empty()) {
      record.errors.insert(record.errors.begin(), doc.errors.begin(), doc.errors.end());
    }
    out->clear();
    claimscope::AppendFormatted(record, ws->analysis(), format, out);
    if (!out->empty() && out->back() == '\n') out->pop_back();
  }

  // Called without the GIL.
  void RunThreads(const std::vector<Doc>& input, const std::string& fallback,
                  const claimscope::FormatOptions& format, int threads,
                  std::vector<std::string>* output) {
    std::atomic<size_t> next{0};
    std::mutex error_mu;
    std::exception_ptr error;
    auto work = [&] {
      try {
        std::unique_ptr<claimscope::Workspace> ws = Acquire();
        for (size_t i; (i = next.fetch_add(1)) < input.size();) {
          Render(input[i], fallback, format, ws.get(), &(*output)[i]);
        }
        Release(std::move(ws));
      } catch (...) {
        std::lock_guard<std::mutex> lock(error_mu);
        if (!error) error = std::current_exception();
        next = input.size();
      }
    };
    const size_t n = std::min<size_t>(static_cast<size_t>(threads), input.size());
    if (n <= 1) {
      work();
    } else {
      std::vector<std::thread> pool;
      pool.reserve(n);
      for (size_t t = 0; t < n; ++t) pool.emplace_back(work);
      for (std::thread& t : pool) t.join();
    }
    if (error) std::rethrow_exception(error);
  }

  // Workspaces are reused across calls and threads, one per concurrent extraction.
  std::unique_ptr<claimscope::Workspace> Acquire() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (!pool_.empty()) {
        std::unique_ptr<claimscope::Workspace> ws = std::move(pool_.back());
        pool_.pop_back();
        return ws;
      }
    }
    return std::make_unique<claimscope::Workspace>();
  }
  void Release(std::unique_ptr<claimscope::Workspace> ws) {
    std::lock_guard<std::mutex> lock(mu_);
    if (pool_.size() < 64) pool_.push_back(std::move(ws));
  }

  claimscope::Options options_;
  std::shared_ptr<const claimscope::Engine> engine_;
  std::mutex mu_;
  std::vector<std::unique_ptr<claimscope::Workspace>> pool_;
};

}  // namespace

PYBIND11_MODULE(_claimscope, m) {
  m.doc() = "claimscope native extension: see the claimscope package";
  m.attr("__version__") = claimscope::kVersion;
  static py::exception<std::runtime_error> error(m, "Error", PyExc_RuntimeError);
  g_error_type = error.ptr();
  m.attr("Error").attr("__doc__") =
      "An engine could not be built (a missing folder, a malformed lexicon or grammar). "
      "Attributes: code ('not_found', 'parse_error', ...), file and line (or None, 0).";
  m.attr("Error").attr("code") = "internal";
  m.attr("Error").attr("file") = py::none();
  m.attr("Error").attr("line") = 0;

  py::class_<PyEngine>(m, "Engine")
      .def(py::init<std::vector<std::string>, std::vector<std::string>, bool, bool, bool, bool,
                    uint64_t, bool, bool>(),
           py::arg("lexicon_dirs") = std::vector<std::string>{},
           py::arg("grammar_dirs") = std::vector<std::string>{},
           py::arg("replace_defaults") = false, py::arg("entities") = true,
           py::arg("quantities") = true, py::arg("quotes") = true,
           py::arg("max_doc_bytes") = uint64_t{64} << 20, py::arg("unit_mentions") = false,
           py::arg("any_language") = false)
      .def("extract_json", &PyEngine::ExtractJson, py::arg("text"), py::arg("id") = py::none(),
           py::arg("date") = py::none(), py::arg("fallback_date") = py::none(), py::kw_only(),
           py::arg("explain") = false, py::arg("pretty") = false,
           py::arg("offsets") = std::string("bytes"), py::arg("errors") = py::none(),
           "The JSON record of one document, exactly as `claimscope extract` writes it. "
           "`errors`: diagnostics ({code, message, offset}) to put before the engine's own, "
           "as the CLI does for input it could not read.")
      .def("extract_many_json", &PyEngine::ExtractManyJson, py::arg("docs"), py::arg("threads") = 0,
           py::kw_only(), py::arg("fallback_date") = py::none(), py::arg("explain") = false,
           py::arg("pretty") = false, py::arg("offsets") = std::string("bytes"),
           "JSON records of many documents, in input order, extracted by `threads` threads "
           "(0: one per core) without the GIL.")
      .def_property_readonly("lexicon_dirs",
                             [](const PyEngine& e) { return e.options().lexicon_dirs; })
      .def_property_readonly("grammar_dirs",
                             [](const PyEngine& e) { return e.options().grammar_dirs; })
      .def_property_readonly("replace_defaults",
                             [](const PyEngine& e) { return e.options().replace_defaults; })
      .def_property_readonly("entities", [](const PyEngine& e) { return e.options().entities; })
      .def_property_readonly("quantities", [](const PyEngine& e) { return e.options().quantities; })
      .def_property_readonly("quotes", [](const PyEngine& e) { return e.options().quotes; })
      .def_property_readonly("max_doc_bytes",
                             [](const PyEngine& e) { return e.options().max_doc_bytes; })
      .def_property_readonly("unit_mentions",
                             [](const PyEngine& e) { return e.options().unit_mentions; })
      .def_property_readonly("any_language",
                             [](const PyEngine& e) { return e.options().any_language; })
      .def_property_readonly("stats", [](const PyEngine& e) {
        const claimscope::ResourceStats& s = e.stats();
        py::dict d;
        d["lexicon_files"] = s.lexicon_files;
        d["word_list_files"] = s.word_list_files;
        d["word_list_forms"] = s.word_list_forms;
        d["lexicon_entries"] = s.lexicon_entries;
        d["lexicon_forms"] = s.lexicon_forms;
        d["lexicon_bytes"] = s.lexicon_bytes;
        d["grammar_files"] = s.grammar_files;
        d["grammar_rules"] = s.grammar_rules;
        d["build_milliseconds"] = s.build_milliseconds;
        return d;
      });
}

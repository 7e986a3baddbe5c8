// Fuzzes the whole engine: one Engine with the built-in lexicons and grammars, built once;
// each input is extracted as a document and the record written in every output format (the
// offset unit, pretty and explain vary with the input). Checks: every span of every entity,
// quantity, quote (content, cue), speaker and media lies within the text with start <= end;
// ids are unique and the ids a quote refers to exist; error offsets are -1 or within the
// text; and the formatted output is not empty for the formats that always write something.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <set>
#include <string>
#include <string_view>

#include "claimscope/engine.h"
#include "claimscope/formats.h"
#include "claimscope/json_writer.h"
#include "fuzz_check.h"

namespace {

using namespace claimscope;

const Engine& TheEngine() {
  static const std::shared_ptr<const Engine> engine = [] {
    auto created = Engine::Create({});
    if (!created.ok()) {
      std::fprintf(stderr, "Engine::Create failed: %s\n", created.status().ToString().c_str());
      std::abort();
    }
    return created.value();
  }();
  return *engine;
}

void CheckSpan(const Span& s, size_t size, const char* what) {
  if (s.start <= s.end && s.end <= size) return;
  std::fprintf(stderr, "bad %s span [%u, %u) in a text of %zu bytes\n", what, s.start, s.end, size);
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  (void)TheEngine();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  static Workspace workspace;
  DocumentInput doc;
  doc.text = text;
  doc.id = "f";
  const Record record = TheEngine().Extract(doc, &workspace);
  const size_t n = text.size();
  FUZZ_CHECK(record.text.data() == text.data() && record.text.size() == n);

  std::set<std::string> entity_ids, quantity_ids, quote_ids;
  for (const Entity& e : record.entities) {
    CheckSpan(e.span, n, "entity");
    FUZZ_CHECK(entity_ids.insert(e.id).second);
  }
  for (const Quantity& q : record.quantities) {
    CheckSpan(q.span, n, "quantity");
    FUZZ_CHECK(quantity_ids.insert(q.id).second);
  }
  for (const Quote& q : record.quotes) {
    CheckSpan(q.span, n, "quote");
    FUZZ_CHECK(quote_ids.insert(q.id).second);
    if (q.cue) CheckSpan(*q.cue, n, "cue");
    if (q.speaker) {
      CheckSpan(q.speaker->span, n, "speaker");
      if (!q.speaker->entity.empty()) FUZZ_CHECK(entity_ids.count(q.speaker->entity) == 1);
    }
    for (const Media& m : q.media) {
      CheckSpan(m.span, n, "media");
      if (!m.entity.empty()) FUZZ_CHECK(entity_ids.count(m.entity) == 1);
    }
    for (const std::string& id : q.entities) FUZZ_CHECK(entity_ids.count(id) == 1);
    for (const std::string& id : q.quantities) FUZZ_CHECK(quantity_ids.count(id) == 1);
  }
  for (const Diagnostic& d : record.errors) {
    FUZZ_CHECK(!d.code.empty());
    FUZZ_CHECK(d.offset >= -1 && d.offset <= static_cast<int64_t>(n));
  }

  // Every format; the offset unit, pretty and explain from the input's last byte.
  const uint8_t knobs = size > 0 ? data[size - 1] : 0;
  static const OffsetUnit kUnits[] = {OffsetUnit::kBytes, OffsetUnit::kCodepoints,
                                      OffsetUnit::kUtf16};
  static const OutputFormat kFormats[] = {OutputFormat::kJsonl, OutputFormat::kJson,
                                          OutputFormat::kTsv,   OutputFormat::kConll,
                                          OutputFormat::kBrat,  OutputFormat::kHtml};
  std::string out;
  for (OutputFormat format : kFormats) {
    FormatOptions options;
    options.format = format;
    options.offsets = kUnits[knobs % 3];
    options.pretty = (knobs & 4) != 0;
    options.explain = (knobs & 8) != 0;
    out.clear();
    out += FormatPrologue(options);
    AppendFormatted(record, workspace.analysis(), options, &out);
    out += FormatEpilogue(options);
    if (format == OutputFormat::kJsonl || format == OutputFormat::kJson ||
        format == OutputFormat::kConll || format == OutputFormat::kHtml) {
      FUZZ_CHECK(!out.empty());
    }
  }
  out.clear();
  AppendBratText(text, &out);
  return 0;
}

// brat standoff (.ann) annotations of one document, offsets in code points of the .txt file
// that AppendBratText writes:
//
//   T1	ORG 0 6	Moscow
//   T2	COUNT 20 35	15 suspected men
//   T3	Quote_direct 40 60	We won.
//   T4	Speaker 70 80	Mara Linde
//   A1	Anonymous T4
//   R1	SaidBy Arg1:T3 Arg2:T4
//
// Entities and quantities take their type, quotes Quote_<kind>; a speaker span said by several
// quotes is one Speaker annotation. Empty spans (which brat rejects) are left out. Line breaks
// and tabs in the text column are written as spaces (the offsets are those of the text).
#include <map>
#include <utility>

#include "output/format_internal.h"

namespace claimscope::internal {
namespace {

// A type name brat accepts: no white space.
void AppendType(std::string_view s, std::string* out) {
  for (const char c : s) {
    out->push_back(c == ' ' || c == '\t' || c == '\n' || c == '\r' ? '_' : c);
  }
}

class BratWriter {
 public:
  BratWriter(const Record& record, std::string* out)
      : record_(record), map_(record.text, OffsetUnit::kCodepoints), out_(out) {}

  // Writes a text-bound annotation; returns its number, or 0 for an empty span.
  int Text(std::string_view type_prefix, std::string_view type, Span span) {
    const Span s = ClampSpan(record_, span);
    const uint32_t start = map_(s.start);
    const uint32_t end = map_(s.end);
    if (start >= end) return 0;
    const int n = ++t_;
    out_->push_back('T');
    out_->append(std::to_string(n));
    out_->push_back('\t');
    AppendType(type_prefix, out_);
    AppendType(type, out_);
    out_->push_back(' ');
    out_->append(std::to_string(start));
    out_->push_back(' ');
    out_->append(std::to_string(end));
    out_->push_back('\t');
    ForEachUtf8Run(
        record_.Slice(s),
        [this](std::string_view run) {
          for (const char c : run) {
            out_->push_back(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
          }
        },
        [this] { out_->append("\xEF\xBF\xBD"); });
    out_->push_back('\n');
    return n;
  }

  void Attribute(std::string_view name, int target) {
    out_->push_back('A');
    out_->append(std::to_string(++a_));
    out_->push_back('\t');
    out_->append(name);
    out_->append(" T");
    out_->append(std::to_string(target));
    out_->push_back('\n');
  }

  void Relation(std::string_view name, int arg1, int arg2) {
    out_->push_back('R');
    out_->append(std::to_string(++r_));
    out_->push_back('\t');
    out_->append(name);
    out_->append(" Arg1:T");
    out_->append(std::to_string(arg1));
    out_->append(" Arg2:T");
    out_->append(std::to_string(arg2));
    out_->push_back('\n');
  }

 private:
  const Record& record_;
  OffsetMap map_;
  std::string* out_;
  int t_ = 0;
  int a_ = 0;
  int r_ = 0;
};

}  // namespace

void AppendBratRecord(const Record& r, std::string* out) {
  BratWriter w(r, out);
  for (const Entity& e : r.entities) w.Text("", EntityTypeName(e.type), e.span);
  for (const Quantity& q : r.quantities) w.Text("", QuantityTypeName(q.type), q.span);
  std::map<std::pair<uint32_t, uint32_t>, int> speakers;  // span -> T number
  for (const Quote& q : r.quotes) {
    const int quote = w.Text("Quote_", QuoteKindName(q.kind), q.span);
    if (quote == 0 || !q.speaker) continue;
    const Span s = q.speaker->span;
    auto [it, added] = speakers.emplace(std::make_pair(s.start, s.end), 0);
    if (added) {
      it->second = w.Text("", "Speaker", s);
      if (it->second != 0 && q.speaker->anonymous) w.Attribute("Anonymous", it->second);
    }
    if (it->second != 0) w.Relation("SaidBy", quote, it->second);
  }
}

}  // namespace claimscope::internal

#include "json_reader.h"

#include "json_string.h"

namespace claimscope::cli {
namespace {

constexpr int kMaxDepth = 512;

class Parser {
 public:
  explicit Parser(std::string_view s) : s_(s) {}

  bool ParseObjectFields(std::vector<JsonField>* fields) {
    SkipSpace();
    if (!Expect('{')) return false;
    SkipSpace();
    if (Peek() == '}') {
      ++p_;
      return AtEnd();
    }
    while (true) {
      JsonField f;
      SkipSpace();
      if (Peek() != '"') return Fail("expected a member name");
      if (!ParseString(&f.name)) return false;
      SkipSpace();
      if (!Expect(':')) return false;
      SkipSpace();
      const size_t value_start = p_;
      if (!ParseValue(1, &f)) return false;
      f.raw = s_.substr(value_start, p_ - value_start);
      fields->push_back(std::move(f));
      SkipSpace();
      if (Peek() == ',') {
        ++p_;
        continue;
      }
      if (!Expect('}')) return false;
      return AtEnd();
    }
  }

  const std::string& error() const { return error_; }

 private:
  char Peek() const { return p_ < s_.size() ? s_[p_] : '\0'; }

  void SkipSpace() {
    while (p_ < s_.size() &&
           (s_[p_] == ' ' || s_[p_] == '\t' || s_[p_] == '\n' || s_[p_] == '\r')) {
      ++p_;
    }
  }

  bool Fail(std::string_view what) { return FailAt(what, p_); }
  bool FailAt(std::string_view what, size_t at) {
    if (error_.empty()) error_ = JsonSyntaxError{what, at}.Message();
    return false;
  }

  bool Expect(char c) {
    if (Peek() != c) return Fail(std::string("expected '") + c + "'");
    ++p_;
    return true;
  }

  bool AtEnd() {
    SkipSpace();
    return p_ == s_.size() || Fail("unexpected text after the object");
  }

  bool ParseValue(int depth, JsonField* f) {
    if (depth > kMaxDepth) return Fail("nesting too deep");
    const char c = Peek();
    if (c == '"') {
      f->kind = JsonField::Kind::kString;
      return ParseString(&f->value);
    }
    if (c == '{' || c == '[') {
      f->kind = c == '{' ? JsonField::Kind::kObject : JsonField::Kind::kArray;
      return SkipContainer(depth);
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
      f->kind = JsonField::Kind::kNumber;
      return ParseNumber(&f->value);
    }
    for (const char* word : {"true", "false", "null"}) {
      const std::string_view w(word);
      if (s_.substr(p_, w.size()) == w) {
        p_ += w.size();
        f->kind = w == "null" ? JsonField::Kind::kNull : JsonField::Kind::kBool;
        f->value = w == "null" ? "" : std::string(w);
        return true;
      }
    }
    return Fail("expected a value");
  }

  bool SkipContainer(int depth) {
    const char close = Peek() == '{' ? '}' : ']';
    const bool object = close == '}';
    ++p_;
    SkipSpace();
    if (Peek() == close) {
      ++p_;
      return true;
    }
    while (true) {
      SkipSpace();
      JsonField ignored;
      if (object) {
        if (Peek() != '"') return Fail("expected a member name");
        if (!ParseString(&ignored.name)) return false;
        SkipSpace();
        if (!Expect(':')) return false;
        SkipSpace();
      }
      if (!ParseValue(depth + 1, &ignored)) return false;
      SkipSpace();
      if (Peek() == ',') {
        ++p_;
        continue;
      }
      return Expect(close);
    }
  }

  bool ParseNumber(std::string* out) {
    const size_t start = p_;
    if (Peek() == '-') ++p_;
    if (Peek() == '0') {
      ++p_;
    } else if (Peek() >= '1' && Peek() <= '9') {
      while (Peek() >= '0' && Peek() <= '9') ++p_;
    } else {
      return Fail("bad number");
    }
    if (Peek() == '.') {
      ++p_;
      if (!(Peek() >= '0' && Peek() <= '9')) return Fail("bad number");
      while (Peek() >= '0' && Peek() <= '9') ++p_;
    }
    if (Peek() == 'e' || Peek() == 'E') {
      ++p_;
      if (Peek() == '+' || Peek() == '-') ++p_;
      if (!(Peek() >= '0' && Peek() <= '9')) return Fail("bad number");
      while (Peek() >= '0' && Peek() <= '9') ++p_;
    }
    out->assign(s_.substr(start, p_ - start));
    return true;
  }

  // Raw bytes are copied unchecked (invalid UTF-8 included: the engine reports it).
  bool ParseString(std::string* out) {
    JsonSyntaxError error;
    if (DecodeJsonString(s_, &p_, JsonUtf8::kKeepInvalid, out, &error)) return true;
    return FailAt(error.what, error.offset);
  }

  std::string_view s_;
  size_t p_ = 0;
  std::string error_;
};

}  // namespace

bool ParseJsonObject(std::string_view line, std::vector<JsonField>* fields, std::string* error) {
  fields->clear();
  Parser parser(line);
  if (parser.ParseObjectFields(fields)) return true;
  *error = parser.error();
  return false;
}

}  // namespace claimscope::cli

#include "json_reader.h"

#include <cstdint>
#include <optional>

#include "json_escape.h"

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
      if (!ParseValue(1, &f)) return false;
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

  bool Fail(const std::string& what) {
    if (error_.empty()) error_ = what + " at column " + std::to_string(p_ + 1);
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

  bool ParseHex4(uint32_t* v) {
    if (p_ + 4 > s_.size()) return Fail("truncated \\u escape");
    const int bad = DecodeHex4(s_.substr(p_, 4), v);
    if (bad >= 0) {
      p_ += static_cast<size_t>(bad) + 1;  // the error names the column after the bad digit
      return Fail("bad \\u escape");
    }
    p_ += 4;
    return true;
  }

  // Decodes a string literal. Raw bytes are copied as they are (invalid UTF-8 included: the
  // engine reports it); a lone surrogate escape becomes U+FFFD.
  bool ParseString(std::string* out) {
    out->clear();
    ++p_;  // the opening quote
    while (true) {
      if (p_ >= s_.size()) return Fail("unterminated string");
      const char c = s_[p_];
      if (c == '"') {
        ++p_;
        return true;
      }
      if (static_cast<unsigned char>(c) < 0x20) return Fail("control character in string");
      if (c != '\\') {
        const size_t run = p_;
        while (p_ < s_.size() && s_[p_] != '"' && s_[p_] != '\\' &&
               static_cast<unsigned char>(s_[p_]) >= 0x20) {
          ++p_;
        }
        out->append(s_.substr(run, p_ - run));
        continue;
      }
      ++p_;
      if (p_ >= s_.size()) return Fail("unterminated string");
      const char e = s_[p_++];
      if (const int c = JsonSimpleEscape(e); c >= 0) {
        out->push_back(static_cast<char>(c));
      } else if (e == 'u') {
        uint32_t first = 0;
        if (!ParseHex4(&first)) return false;
        std::optional<uint32_t> second;
        const size_t save = p_;
        if (IsHighSurrogate(first) && s_.substr(p_, 2) == "\\u") {
          p_ += 2;
          uint32_t unit = 0;
          if (!ParseHex4(&unit)) return false;
          second = unit;
        }
        if (!AppendJsonUnicode(first, second, out)) p_ = save;
      } else {
        --p_;
        return Fail("bad escape");
      }
    }
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

// A small streaming JSON writer: commas, indentation and string escaping in one place.
#ifndef CLAIMSCOPE_SRC_OUTPUT_JSON_BUILDER_H_
#define CLAIMSCOPE_SRC_OUTPUT_JSON_BUILDER_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace claimscope::internal {

class JsonBuilder {
 public:
  JsonBuilder(std::string* out, bool pretty) : out_(out), pretty_(pretty) {}

  JsonBuilder& BeginObject() { return Open('{'); }
  JsonBuilder& EndObject() { return Close('}'); }
  JsonBuilder& BeginArray() { return Open('['); }
  JsonBuilder& EndArray() { return Close(']'); }
  // `key` is plain ASCII that needs no escaping (the field names of docs/output.md).
  JsonBuilder& Key(std::string_view key);

  JsonBuilder& String(std::string_view s);
  JsonBuilder& StringOrNull(std::string_view s) { return s.empty() ? Null() : String(s); }
  JsonBuilder& Int(int64_t v);
  JsonBuilder& Double(double v);  // integers without a fraction; NaN/inf as null
  JsonBuilder& Bool(bool v);
  JsonBuilder& Null();
  // A value that is JSON text already (a kept input field), written as is.
  JsonBuilder& Raw(std::string_view json);

 private:
  JsonBuilder& Open(char c);
  JsonBuilder& Close(char c);
  void BeforeValue();
  void NewLine();

  // Records nest a few levels deep; a bit a level keeps BeforeValue free of allocation.
  static constexpr int kMaxDepth = 64;

  std::string* out_;
  bool pretty_;
  int depth_ = 0;  // open containers
  // Bit d - 1: the container open at depth d has a member yet.
  uint64_t has_member_ = 0;
  bool after_key_ = false;
};

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_OUTPUT_JSON_BUILDER_H_

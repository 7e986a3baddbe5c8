// A small streaming JSON writer: commas, indentation and string escaping in one place.
#ifndef CLAIMSCOPE_SRC_JSON_BUILDER_H_
#define CLAIMSCOPE_SRC_JSON_BUILDER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimscope::internal {

class JsonBuilder {
 public:
  JsonBuilder(std::string* out, bool pretty) : out_(out), pretty_(pretty) {}

  JsonBuilder& BeginObject() { return Open('{'); }
  JsonBuilder& EndObject() { return Close('}'); }
  JsonBuilder& BeginArray() { return Open('['); }
  JsonBuilder& EndArray() { return Close(']'); }
  JsonBuilder& Key(std::string_view key);

  JsonBuilder& String(std::string_view s);
  JsonBuilder& StringOrNull(std::string_view s) { return s.empty() ? Null() : String(s); }
  JsonBuilder& Int(int64_t v);
  JsonBuilder& Double(double v);  // integers without a fraction; NaN/inf as null
  JsonBuilder& Bool(bool v);
  JsonBuilder& Null();

 private:
  JsonBuilder& Open(char c);
  JsonBuilder& Close(char c);
  void BeforeValue();
  void NewLine();

  std::string* out_;
  bool pretty_;
  // One entry per open container: whether it has a member yet.
  std::vector<bool> has_member_;
  bool after_key_ = false;
};

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_JSON_BUILDER_H_

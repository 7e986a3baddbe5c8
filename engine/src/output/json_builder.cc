#include "output/json_builder.h"

#include <cassert>
#include <charconv>
#include <cmath>
#include <cstring>

#include "claimscope/json_writer.h"

namespace claimscope::internal {

JsonBuilder& JsonBuilder::Key(std::string_view key) {
  BeforeValue();
  // As AppendJsonString would write it, without scanning for escapes; one append for the
  // whole key when it is a field name of ours (they are short).
  char buf[64];
  if (key.size() + 4 <= sizeof buf) {
    buf[0] = '"';
    std::memcpy(buf + 1, key.data(), key.size());
    size_t n = key.size() + 1;
    buf[n++] = '"';
    buf[n++] = ':';
    if (pretty_) buf[n++] = ' ';
    out_->append(buf, n);
  } else {
    out_->push_back('"');
    out_->append(key);
    out_->append(pretty_ ? "\": " : "\":");
  }
  after_key_ = true;
  return *this;
}

void JsonBuilder::NewLine() {
  out_->push_back('\n');
  out_->append(2 * static_cast<size_t>(depth_), ' ');
}

void JsonBuilder::BeforeValue() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (depth_ == 0) return;
  const uint64_t bit = uint64_t{1} << (depth_ - 1);
  if (has_member_ & bit) out_->push_back(',');
  has_member_ |= bit;
  if (pretty_) NewLine();
}

JsonBuilder& JsonBuilder::Open(char c) {
  BeforeValue();
  out_->push_back(c);
  assert(depth_ < kMaxDepth);
  ++depth_;
  has_member_ &= ~(uint64_t{1} << (depth_ - 1));
  return *this;
}

JsonBuilder& JsonBuilder::Close(char c) {
  const uint64_t bit = uint64_t{1} << (depth_ - 1);
  const bool had_members = (has_member_ & bit) != 0;
  has_member_ &= ~bit;
  --depth_;
  if (pretty_ && had_members) NewLine();
  out_->push_back(c);
  return *this;
}

JsonBuilder& JsonBuilder::String(std::string_view s) {
  BeforeValue();
  AppendJsonString(s, out_);
  return *this;
}

// A number, in the shortest form that reads back as the same value (std::to_chars).
template <typename Number>
void AppendNumber(Number v, std::string* out) {
  char buf[32];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  out->append(buf, r.ptr);
}

JsonBuilder& JsonBuilder::Int(int64_t v) {
  BeforeValue();
  AppendNumber(v, out_);
  return *this;
}

JsonBuilder& JsonBuilder::Double(double v) {
  if (!std::isfinite(v)) return Null();
  if (std::fabs(v) < 9.007199254740992e15 && v == std::trunc(v)) {
    return Int(static_cast<int64_t>(v));
  }
  BeforeValue();
  AppendNumber(v, out_);
  return *this;
}

JsonBuilder& JsonBuilder::Bool(bool v) {
  BeforeValue();
  out_->append(v ? "true" : "false");
  return *this;
}

JsonBuilder& JsonBuilder::Raw(std::string_view json) {
  BeforeValue();
  out_->append(json);
  return *this;
}

JsonBuilder& JsonBuilder::Null() {
  BeforeValue();
  out_->append("null");
  return *this;
}

}  // namespace claimscope::internal

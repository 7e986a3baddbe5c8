// HTML: each record a <section> with its text highlighted (entities, quantities, quotes linked
// to their speakers) and a table of its quotes. The page head and legend are in
// format_html_page.cc.
//
// Highlights nest: at each position the spans open outermost first (longer first, then
// quote, speaker, entity, quantity). When a span ends while spans opened after it are still
// open, those are closed and reopened after it, and a paragraph break closes and reopens every
// open span; a reopened piece carries the classes but not the id, and a quote's later pieces
// have class "quote-cont" instead of "quote", so that each quote is exactly one ".quote"
// element. The HTML is therefore well formed whatever the spans.
//
// Ids: DOCKEY-q1 for quote q1, DOCKEY-s1 ... for the distinct speaker spans, where DOCKEY is
// "d-" + the end of the record id reduced to [A-Za-z0-9-] + "-" + a hash of the id and text
// ("d-article-txt-ad10ab16"): unique within a page unless the same document appears twice.
#include <algorithm>
#include <map>
#include <numeric>
#include <utility>

#include "base/fnv.h"
#include "output/format_internal.h"

namespace claimscope::internal {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

// Text or attribute content: & < > " ' escaped, invalid UTF-8 and control characters other
// than tab and line feed as U+FFFD (carriage returns dropped: the browser would drop them).
void AppendEscaped(std::string_view s, std::string* out) {
  ForEachUtf8Run(
      s,
      [out](std::string_view run) {
        const auto* p = reinterpret_cast<const uint8_t*>(run.data());
        for (size_t i = 0; i < run.size(); ++i) {
          const uint8_t c = p[i];
          switch (c) {
            case '&':
              out->append("&amp;");
              continue;
            case '<':
              out->append("&lt;");
              continue;
            case '>':
              out->append("&gt;");
              continue;
            case '"':
              out->append("&quot;");
              continue;
            case '\'':
              out->append("&#39;");
              continue;
            case '\r':
              continue;
            default:
              break;
          }
          if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F) {
            out->append(kReplacement);
          } else if (c == 0xC2 && i + 1 < run.size() && p[i + 1] < 0xA0) {
            out->append(kReplacement);  // a C1 control, U+0080..U+009F
            ++i;
          } else {
            out->push_back(static_cast<char>(c));
          }
        }
      },
      [out] { out->append(kReplacement); });
}

std::string Escaped(std::string_view s) {
  std::string out;
  AppendEscaped(s, &out);
  return out;
}

// Letters, digits and '-' only, for ids and class names.
std::string Sanitized(std::string_view s, size_t max) {
  std::string out;
  for (const char c : s) {
    if (out.size() >= max) break;
    const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (keep) {
      out.push_back(c);
    } else if (!out.empty() && out.back() != '-') {
      out.push_back('-');
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

std::string DocKey(const Record& r) {
  internal::Fnv1a64 h;  // over id, NUL, text
  h.Add(r.id);
  h.Add(std::string_view("\0", 1));
  h.Add(r.text);
  std::string key = "d-";
  std::string name = Sanitized(r.id, SIZE_MAX);  // its end: a file name rather than a folder
  if (name.size() > 24) {
    const size_t cut = name.find('-', name.size() - 24);
    name = cut == std::string::npos ? name.substr(name.size() - 24) : name.substr(cut + 1);
  }
  if (!name.empty()) key += name + "-";
  key += h.Hex().substr(8);  // the low 32 bits
  return key;
}

std::string SpeakerName(const Record& r, const Speaker& s) {
  return s.resolved.empty() ? std::string(SafeSlice(r, s.span)) : s.resolved;
}

std::string Outlets(const Record& r, const Quote& q) {
  std::string out;
  for (const Media& m : q.media) {
    if (!out.empty()) out += ", ";
    out += SafeSlice(r, m.span);
  }
  return out;
}

// "said by: NAME (anonymous) via AP, NPR", unescaped.
std::string SaidBy(const Record& r, const Quote& q) {
  std::string out = "said by: ";
  if (q.speaker) {
    out += SpeakerName(r, *q.speaker);
    if (q.speaker->anonymous) out += " (anonymous)";
  } else {
    out += "unknown";
  }
  const std::string outlets = Outlets(r, q);
  if (!outlets.empty()) out += " via " + outlets;
  return out;
}

std::string QuantityTitle(const Quantity& q) {
  std::string out = QuantityTypeName(q.type);
  if (!q.qualifier.empty()) out += " " + q.qualifier;
  if (!q.date_value.empty()) {
    out += " " + q.date_value;
  } else if (q.low || q.high) {
    out += " ";
    if (q.low) AppendNumber(*q.low, &out);
    out += "\xE2\x80\x93";  // –
    if (q.high) AppendNumber(*q.high, &out);
  } else if (q.value) {
    out += " ";
    AppendNumber(*q.value, &out);
  }
  if (!q.unit.empty()) out += " " + q.unit;
  if (q.approx) out += " (approximate)";
  return out;
}

enum Rank { kQuoteRank, kSpeakerRank, kEntityRank, kQuantityRank };

struct Mark {
  uint32_t start = 0;
  uint32_t end = 0;
  int rank = 0;
  // Initialised, so that designated initializers may leave them out (-Wmissing-field-initializers).
  std::string open_first = {};  // the opening tag of the first piece
  std::string open_more = {};   // of the pieces after a split
  std::string after = {};       // written after the mark's last piece (a quote's said-by link)
};

// Runs of white space holding a blank line: [start, end) of each paragraph break.
struct Layout {
  uint32_t body_start = 0;  // the text without leading and trailing white space
  uint32_t body_end = 0;
  std::vector<std::pair<uint32_t, uint32_t>> breaks;
};

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

Layout FindLayout(std::string_view text) {
  Layout l;
  uint32_t n = static_cast<uint32_t>(text.size());
  while (l.body_start < n && IsBlank(text[l.body_start])) ++l.body_start;
  l.body_end = n;
  while (l.body_end > l.body_start && IsBlank(text[l.body_end - 1])) --l.body_end;
  uint32_t i = l.body_start;
  while (i < l.body_end) {
    if (!IsBlank(text[i])) {
      ++i;
      continue;
    }
    const uint32_t start = i;
    int lines = 0;
    for (; i < l.body_end && IsBlank(text[i]); ++i) {
      if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= n || text[i + 1] != '\n'))) ++lines;
    }
    if (lines >= 2) l.breaks.emplace_back(start, i);
  }
  return l;
}

// Moves a mark out of the white space the page does not show: into the body, and out of
// paragraph breaks (a mark wholly inside one becomes empty at the break's end).
void Snap(const Layout& l, Mark* m) {
  uint32_t s = std::clamp(m->start, l.body_start, l.body_end);
  uint32_t e = std::clamp(m->end, l.body_start, l.body_end);
  // The last break that begins at or before `pos` (as a start) or before it (as an end).
  auto last_break = [&l](uint32_t pos, bool strictly) -> const std::pair<uint32_t, uint32_t>* {
    auto it = std::partition_point(l.breaks.begin(), l.breaks.end(), [&](const auto& b) {
      return strictly ? b.first < pos : b.first <= pos;
    });
    return it == l.breaks.begin() ? nullptr : &*(it - 1);
  };
  if (const auto* b = last_break(s, false); b != nullptr && s < b->second) s = b->second;
  if (const auto* b = last_break(e, true); b != nullptr && e <= b->second) e = b->first;
  if (e < s) e = s;
  m->start = s;
  m->end = e;
}

class HtmlWriter {
 public:
  HtmlWriter(const Record& r, std::string* out) : r_(r), key_(DocKey(r)), out_(out) {}

  void Write() {
    out_->append("<section class=\"doc\" id=\"" + key_ + "\" data-id=\"" + Escaped(r_.id) +
                 "\">\n");
    Heading();
    Errors();
    BuildMarks();
    Text();
    QuoteTable();
    out_->append("</section>\n");
  }

 private:
  void Heading() {
    out_->append("<header><h2>" + Escaped(r_.id) + "</h2><p class=\"meta\">");
    std::vector<std::string> parts;
    parts.push_back(r_.date.empty() ? "date unknown" : "date " + Escaped(r_.date));
    if (!r_.credit.empty()) parts.push_back("credit " + Escaped(r_.credit));
    parts.push_back(std::to_string(r_.entities.size()) + " entities");
    parts.push_back(std::to_string(r_.quantities.size()) + " quantities");
    parts.push_back(std::to_string(r_.quotes.size()) + " quotes");
    for (size_t i = 0; i < parts.size(); ++i) {
      if (i > 0) out_->append(" \xC2\xB7 ");  // ·
      out_->append(parts[i]);
    }
    out_->append("</p></header>\n");
  }

  void Errors() {
    if (r_.errors.empty()) return;
    out_->append("<ul class=\"errors\">\n");
    for (const Diagnostic& d : r_.errors) {
      out_->append("<li><code>" + Escaped(d.code) + "</code> " + Escaped(d.message) + "</li>\n");
    }
    out_->append("</ul>\n");
  }

  std::string QuoteId(const Quote& q) const { return key_ + "-" + Sanitized(q.id, 20); }

  void BuildMarks() {
    for (const Quote& q : r_.quotes) {
      if (!q.speaker) continue;
      const auto span = std::make_pair(q.speaker->span.start, q.speaker->span.end);
      auto [it, added] = speaker_ids_.emplace(span, "");
      if (added) {
        it->second = key_ + "-s" + std::to_string(speaker_ids_.size());
        speaker_order_.push_back(span);
      }
      auto& said = speaker_quotes_[span];
      said += said.empty() ? "" : ", ";
      said += q.id;
      speaker_info_.emplace(span, *q.speaker);
    }
    for (const Quote& q : r_.quotes) {
      Mark m{.start = q.span.start, .end = q.span.end, .rank = kQuoteRank};
      const std::string kind = Sanitized(QuoteKindName(q.kind), 20);
      const std::string title =
          Escaped(q.id + " " + QuoteKindName(q.kind) + " \xE2\x80\x94 " + SaidBy(r_, q));
      std::string speaker;
      if (q.speaker) {
        speaker = speaker_ids_[{q.speaker->span.start, q.speaker->span.end}];
      }
      m.open_first = "<span class=\"quote quote-" + kind + "\" id=\"" + QuoteId(q) + "\"";
      if (!speaker.empty()) m.open_first += " data-speaker=\"" + speaker + "\"";
      m.open_first += " title=\"" + title + "\">";
      m.open_more = "<span class=\"quote-cont quote-" + kind + "\" data-quote=\"" + QuoteId(q) +
                    "\" title=\"" + title + "\">";
      const std::string label = Escaped(q.id);
      if (!speaker.empty()) {
        m.after = "<a class=\"said-by\" href=\"#" + speaker + "\" title=\"" +
                  Escaped(SaidBy(r_, q)) + "\">" + label + "</a>";
      } else {
        m.after = "<span class=\"said-by none\" title=\"no speaker found\">" + label + "</span>";
      }
      marks_.push_back(std::move(m));
    }
    for (const auto& span : speaker_order_) {
      const Speaker& s = speaker_info_.at(span);
      Mark m{.start = span.first, .end = span.second, .rank = kSpeakerRank};
      std::string title = "speaker of " + speaker_quotes_[span] + ": " + SpeakerName(r_, s) + " (" +
                          SpeakerKindName(s.kind);
      if (s.anonymous) title += ", anonymous";
      title += ")";
      const std::string cls = s.anonymous ? "speaker anonymous" : "speaker";
      m.open_first = "<span class=\"" + cls + "\" id=\"" + speaker_ids_[span] + "\" title=\"" +
                     Escaped(title) + "\">";
      m.open_more = "<span class=\"" + cls + "\" title=\"" + Escaped(title) + "\">";
      marks_.push_back(std::move(m));
    }
    for (const Entity& e : r_.entities) {
      Mark m{.start = e.span.start, .end = e.span.end, .rank = kEntityRank};
      std::string title = e.canonical.empty() ? std::string(SafeSlice(r_, e.span)) : e.canonical;
      if (!e.subtype.empty()) title += " / " + e.subtype;
      // The link's id, in the tooltip and as data for a page's scripts.
      std::string link;
      if (e.link) {
        title += " / " + e.link->id;
        link = " data-link=\"" + Escaped(e.link->id) + "\"";
      }
      m.open_first = "<span class=\"ent ent-" + Sanitized(EntityTypeName(e.type), 20) + "\"" +
                     link + " title=\"" + Escaped(title) + "\">";
      m.open_more = m.open_first;
      marks_.push_back(std::move(m));
    }
    for (const Quantity& q : r_.quantities) {
      Mark m{.start = q.span.start, .end = q.span.end, .rank = kQuantityRank};
      m.open_first = "<span class=\"qty qty-" + Sanitized(QuantityTypeName(q.type), 20) +
                     "\" title=\"" + Escaped(QuantityTitle(q)) + "\">";
      m.open_more = m.open_first;
      marks_.push_back(std::move(m));
    }
  }

  void Open(size_t m) {
    out_->append(started_[m] ? marks_[m].open_more : marks_[m].open_first);
    started_[m] = true;
  }

  // Closes the marks that end at or before `pos`, with every mark opened after them, and
  // reopens those that go on.
  void CloseAt(uint32_t pos) {
    size_t k = 0;
    while (k < stack_.size() && marks_[stack_[k]].end > pos) ++k;
    if (k == stack_.size()) return;
    std::vector<size_t> reopen;
    std::string after;
    for (size_t j = stack_.size(); j-- > k;) {
      out_->append("</span>");
      const size_t m = stack_[j];
      if (marks_[m].end <= pos) {
        after += marks_[m].after;
      } else {
        reopen.push_back(m);
      }
    }
    stack_.resize(k);
    out_->append(after);
    for (size_t j = reopen.size(); j-- > 0;) {
      Open(reopen[j]);
      stack_.push_back(reopen[j]);
    }
  }

  void Plain(uint32_t from, uint32_t to) {
    if (to > from) AppendEscaped(r_.text.substr(from, to - from), out_);
  }

  void Text() {
    const Layout layout = FindLayout(r_.text);
    for (Mark& m : marks_) Snap(layout, &m);
    started_.assign(marks_.size(), false);
    std::vector<size_t> order(marks_.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](size_t a, size_t b) {
      const Mark& x = marks_[a];
      const Mark& y = marks_[b];
      if (x.start != y.start) return x.start < y.start;
      if (x.end != y.end) return x.end > y.end;
      return x.rank < y.rank;
    });
    std::vector<uint32_t> positions;
    for (const Mark& m : marks_) {
      positions.push_back(m.start);
      positions.push_back(m.end);
    }
    for (const auto& b : layout.breaks) positions.push_back(b.first);
    std::sort(positions.begin(), positions.end());
    positions.erase(std::unique(positions.begin(), positions.end()), positions.end());

    out_->append("<div class=\"text\"><p>");
    uint32_t pos = layout.body_start;
    size_t next_open = 0;
    size_t next_break = 0;
    for (uint32_t p : positions) {
      if (p < pos) continue;
      Plain(pos, p);
      pos = p;
      CloseAt(p);
      if (next_break < layout.breaks.size() && layout.breaks[next_break].first == p) {
        for (size_t j = stack_.size(); j-- > 0;) out_->append("</span>");
        out_->append("</p>\n<p>");
        for (const size_t m : stack_) Open(m);
        pos = p = layout.breaks[next_break++].second;
      }
      while (next_open < order.size() && marks_[order[next_open]].start <= p) {
        const size_t m = order[next_open++];
        Open(m);
        if (marks_[m].end <= p) {
          out_->append("</span>");
          out_->append(marks_[m].after);
        } else {
          stack_.push_back(m);
        }
      }
    }
    Plain(pos, layout.body_end);
    CloseAt(UINT32_MAX);
    out_->append("</p></div>\n");
  }

  void QuoteTable() {
    if (r_.quotes.empty()) {
      out_->append("<p class=\"none\">No quotes.</p>\n");
      return;
    }
    out_->append(
        "<table class=\"quotes\">\n<thead><tr><th>quote</th><th>kind</th><th>text</th>"
        "<th>speaker</th><th>anonymous</th><th>outlets</th></tr></thead>\n<tbody>\n");
    for (const Quote& q : r_.quotes) {
      const std::string kind = Sanitized(QuoteKindName(q.kind), 20);
      out_->append("<tr><td><a href=\"#" + QuoteId(q) + "\">" + Escaped(q.id) + "</a></td>");
      out_->append("<td><span class=\"kind quote-" + kind + "\">" + Escaped(QuoteKindName(q.kind)) +
                   "</span></td>");
      out_->append("<td class=\"qtext\">" + Escaped(SafeSlice(r_, q.span)) + "</td>");
      if (q.speaker) {
        const std::string& id = speaker_ids_[{q.speaker->span.start, q.speaker->span.end}];
        out_->append("<td><a href=\"#" + id + "\">" + Escaped(SpeakerName(r_, *q.speaker)) +
                     "</a></td><td>" + (q.speaker->anonymous ? "yes" : "no") + "</td>");
      } else {
        out_->append("<td class=\"none\">none found</td><td></td>");
      }
      out_->append("<td>" + Escaped(Outlets(r_, q)) + "</td></tr>\n");
    }
    out_->append("</tbody>\n</table>\n");
  }

  const Record& r_;
  const std::string key_;
  std::string* out_;
  std::vector<Mark> marks_;
  std::vector<bool> started_;
  std::vector<size_t> stack_;  // indices of the open marks, outermost first
  std::map<std::pair<uint32_t, uint32_t>, std::string> speaker_ids_;
  std::map<std::pair<uint32_t, uint32_t>, std::string> speaker_quotes_;
  std::map<std::pair<uint32_t, uint32_t>, Speaker> speaker_info_;
  std::vector<std::pair<uint32_t, uint32_t>> speaker_order_;
};

}  // namespace

void AppendHtmlRecord(const Record& record, std::string* out) { HtmlWriter(record, out).Write(); }

}  // namespace claimscope::internal

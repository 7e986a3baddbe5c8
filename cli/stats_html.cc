#include "stats_html.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace claimscope::cli {
namespace {

void AppendEscaped(std::string_view s, std::string* out) {
  for (const char c : s) {
    switch (c) {
      case '&':
        *out += "&amp;";
        break;
      case '<':
        *out += "&lt;";
        break;
      case '>':
        *out += "&gt;";
        break;
      case '"':
        *out += "&quot;";
        break;
      case '\'':
        *out += "&#39;";
        break;
      default:
        out->push_back(c);
    }
  }
}

std::string Escaped(std::string_view s) {
  std::string out;
  AppendEscaped(s, &out);
  return out;
}

// An SVG coordinate: one decimal at most.
std::string Coordinate(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  std::string s = buf;
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  return s;
}

// One bar: its label (cut to fit; whole in the tooltip), its length in the chart's unit, and
// the figures written beside it.
struct Bar {
  std::string label;
  double value = 0;
  std::string value_text;
  std::string tooltip;
};

struct Chart {
  std::string id;  // data-chart and the section's id
  std::string title;
  std::string note;  // what the bars measure
  std::vector<Bar> bars;
  double full = 0;  // the value of a full-length bar; 0: the longest bar's
};

constexpr int kChartWidth = 760;
constexpr int kLabelRight = 242;  // labels end here, right-aligned
constexpr int kBarLeft = 250;
constexpr int kBarArea = 400;
constexpr int kRowHeight = 24;
constexpr int kBarHeight = 16;
constexpr size_t kLabelLength = 36;  // code points shown of a label

void AppendSectionHead(std::string_view id, std::string_view title, std::string_view note,
                       std::string* out) {
  *out += "<section class=\"chart\" id=\"";
  *out += id;
  *out += "\">\n<h2>";
  AppendEscaped(title, out);
  *out += "</h2>\n<p class=\"note\">";
  AppendEscaped(note, out);
  *out += "</p>\n";
}

// A horizontal bar chart, one row a bar, in the order given.
void AppendBarChart(const Chart& chart, std::string* out) {
  AppendSectionHead(chart.id, chart.title, chart.note, out);
  double full = chart.full;
  for (const Bar& b : chart.bars) full = std::max(full, b.value);
  const int height = static_cast<int>(std::max<size_t>(chart.bars.size(), 1)) * kRowHeight + 8;
  *out += "<svg class=\"bars\" data-chart=\"" + chart.id + "\" width=\"" +
          std::to_string(kChartWidth) + "\" height=\"" + std::to_string(height) +
          "\" viewBox=\"0 0 " + std::to_string(kChartWidth) + " " + std::to_string(height) +
          "\" role=\"img\" aria-label=\"" + Escaped(chart.title) + "\">\n";
  if (chart.bars.empty()) {
    *out += "<text class=\"none\" x=\"" + std::to_string(kBarLeft) + "\" y=\"21\">none</text>\n";
  }
  for (size_t i = 0; i < chart.bars.size(); ++i) {
    const Bar& b = chart.bars[i];
    const int y = 4 + static_cast<int>(i) * kRowHeight;
    const double width =
        full > 0 ? std::max(b.value / full * kBarArea, b.value > 0 ? 1.0 : 0.0) : 0.0;
    *out += "<g><title>" + Escaped(b.tooltip) + "</title><text class=\"label\" x=\"" +
            std::to_string(kLabelRight) + "\" y=\"" + std::to_string(y + 13) +
            "\" text-anchor=\"end\">" + Escaped(Fit(b.label, kLabelLength)) +
            "</text><rect class=\"bar\" x=\"" + std::to_string(kBarLeft) + "\" y=\"" +
            std::to_string(y + 1) + "\" width=\"" + Coordinate(width) + "\" height=\"" +
            std::to_string(kBarHeight) + "\" rx=\"2\"/><text class=\"value\" x=\"" +
            Coordinate(kBarLeft + width + 6) + "\" y=\"" + std::to_string(y + 13) + "\">" +
            Escaped(b.value_text) + "</text></g>\n";
  }
  *out += "</svg>\n</section>\n";
}

// A chart of a top list: bars by documents, the other count (`counted`: "mentions",
// "quotes") beside them.
Chart TopChart(std::string id, std::string title, const std::vector<TopItem>& items,
               std::string_view counted) {
  Chart c{std::move(id),
          std::move(title),
          "Bars: the documents that name each; then the " + std::string(counted) + " in all.",
          {},
          0};
  for (size_t i = 0; i < items.size(); ++i) {
    const TopItem& item = items[i];
    const std::string label = ItemLabel(items, i);
    std::string tooltip = label + ": " + WithThousands(item.documents) + " documents, " +
                          WithThousands(item.count) + " " + std::string(counted);
    if (!item.link.empty() && label == item.name) tooltip += " (" + item.link + ")";
    c.bars.push_back({label, static_cast<double>(item.documents),
                      WithThousands(item.documents) + " \u00b7 " + WithThousands(item.count),
                      std::move(tooltip)});
  }
  return c;
}

// A chart of anonymous shares, a bar a group, full length 100%.
Chart ShareChart(std::string id, std::string title, std::string note,
                 const std::vector<std::pair<std::string, ShareTally::Share>>& groups) {
  Chart c{std::move(id), std::move(title), std::move(note), {}, 1.0};
  for (const auto& [group, share] : groups) {
    const double value =
        share.whole == 0 ? 0.0 : static_cast<double>(share.part) / static_cast<double>(share.whole);
    c.bars.push_back({group, value,
                      Percent(share.part, share.whole) + " of " + WithThousands(share.whole),
                      group + ": " + WithThousands(share.part) + " anonymous of " +
                          WithThousands(share.whole) + " quotes with a speaker"});
  }
  return c;
}

constexpr size_t kMaxMonths = 36;  // more months than this are shown by year

// The shares by month, or by year when there are too many months for one chart.
std::vector<std::pair<std::string, ShareTally::Share>> OverTime(const ShareTally& by_month) {
  std::vector<std::pair<std::string, ShareTally::Share>> months = by_month.ByName();
  if (months.size() <= kMaxMonths) return months;
  std::vector<std::pair<std::string, ShareTally::Share>> years;
  for (const auto& [month, share] : months) {
    const std::string year = month.substr(0, 4);
    if (years.empty() || years.back().first != year) years.push_back({year, {}});
    years.back().second.part += share.part;
    years.back().second.whole += share.whole;
  }
  return years;
}

// The fill of a country with `mentions` of `most`: light to dark blue, by the logarithm.
std::string Shade(uint64_t mentions, uint64_t most) {
  const double t =
      most <= 1 ? 1.0
                : std::log(static_cast<double>(mentions)) / std::log(static_cast<double>(most));
  constexpr int kLight[3] = {158, 202, 225};
  constexpr int kDark[3] = {8, 48, 107};
  char buf[8];
  int rgb[3];
  for (int i = 0; i < 3; ++i) {
    rgb[i] = static_cast<int>(std::lround(kLight[i] + (kDark[i] - kLight[i]) * t));
  }
  std::snprintf(buf, sizeof buf, "#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
  return buf;
}

void AppendMap(const NameTally& countries, const WorldMap& map, std::string* out) {
  const std::vector<TopItem> all = countries.Top(countries.distinct());
  std::unordered_map<std::string_view, const TopItem*> by_code;
  uint64_t most = 0;
  for (const TopItem& c : all) {
    by_code.emplace(c.name, &c);
    most = std::max(most, c.count);
  }
  AppendSectionHead("map", "Mentions by country",
                    "Places whose link names a country, shaded by their mentions (the country "
                    "itself and places within it); hover for the figures.",
                    out);
  *out += "<svg class=\"map\" data-chart=\"map\" width=\"960\" viewBox=\"" +
          std::string(map.view_box) + "\" role=\"img\" aria-label=\"Mentions by country\">\n";
  std::vector<std::string_view> drawn;
  for (const CountryShape& shape : map.shapes) {
    const auto it = shape.code == "-" ? by_code.end() : by_code.find(shape.code);
    if (it == by_code.end()) {
      *out += "<path class=\"country\" d=\"" + std::string(shape.path) + "\"><title>" +
              Escaped(shape.name) + "</title></path>\n";
      continue;
    }
    const TopItem& c = *it->second;
    drawn.push_back(shape.code);
    *out += "<path class=\"country shaded\" data-code=\"" + std::string(shape.code) +
            "\" data-mentions=\"" + std::to_string(c.count) +
            "\" style=\"fill:" + Shade(c.count, most) + "\" d=\"" + std::string(shape.path) +
            "\"><title>" + Escaped(shape.name) + ": " + WithThousands(c.count) + " mentions in " +
            WithThousands(c.documents) + " documents</title></path>\n";
  }
  *out += "</svg>\n";
  if (most > 0) {
    *out += "<p class=\"legend\"><span class=\"swatch\" style=\"background:" + Shade(1, most) +
            "\"></span>1 <span class=\"swatch\" style=\"background:" + Shade(most, most) +
            "\"></span>" + WithThousands(most) + " mentions (a logarithmic scale)</p>\n";
  } else {
    *out += "<p class=\"legend\">No entity has a link with a country.</p>\n";
  }
  std::string missing;
  for (const TopItem& c : all) {
    if (std::find(drawn.begin(), drawn.end(), c.name) != drawn.end()) continue;
    if (!missing.empty()) missing += ", ";
    missing += c.name + " (" + WithThousands(c.count) + ")";
  }
  if (!missing.empty()) {
    *out += "<p class=\"note\">Not drawn at this scale: ";
    AppendEscaped(missing, out);
    *out += ".</p>\n";
  }
  *out += "</section>\n";
}

void AppendFigure(std::string_view label, std::string_view value, std::string* out) {
  *out += "<div class=\"figure\"><span class=\"value\">";
  AppendEscaped(value, out);
  *out += "</span><span class=\"label\">";
  AppendEscaped(label, out);
  *out += "</span></div>\n";
}

constexpr char kStyle[] = R"css(
:root { color-scheme: light; }
body { font: 15px/1.5 system-ui, sans-serif; color: #1d1d1f; background: #fbfbf8;
       max-width: 62rem; margin: 0 auto; padding: 0 1.25rem 4rem; }
h1 { font-size: 1.4rem; margin: 1.2rem 0 .2rem; }
h2 { font-size: 1.05rem; margin: 0 0 .1rem; }
.note, .legend { color: #5f5f66; font-size: 13px; margin: 0 0 .4rem; }
.figures { display: flex; flex-wrap: wrap; gap: .6rem; margin: 1rem 0; }
.figure { background: #fff; border: 1px solid #d8d8d0; border-radius: 6px; padding: .4rem .8rem; }
.figure .value { display: block; font-size: 1.3rem; font-weight: 600; }
.figure .label { color: #5f5f66; font-size: 12px; }
section.chart { margin-top: 1.6rem; padding-top: .6rem; border-top: 2px solid #33333a; }
svg { max-width: 100%; height: auto; }
svg text { font: 12px system-ui, sans-serif; fill: #1d1d1f; }
svg text.value, svg text.none { fill: #5f5f66; }
rect.bar { fill: #3b6fb6; }
#anonymous-by-outlet rect.bar, #anonymous-by-month rect.bar { fill: #c0632b; }
svg.map { background: #eef3f8; border-radius: 6px; }
path.country { fill: #dcdcd4; stroke: #fff; stroke-width: .5; }
path.country.shaded { stroke: #fbfbf8; }
path.country:hover { stroke: #1d1d1f; stroke-width: 1; }
.swatch { display: inline-block; width: 2.2em; height: .9em; vertical-align: middle;
          margin: 0 .3em 0 .8em; border-radius: 2px; }
)css";

}  // namespace

std::string FormatStatsHtml(const StatsAggregator& stats, size_t top, const WorldMap& map) {
  std::string out =
      "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>claimscope stats</title>\n<style>";
  out += kStyle;
  out += "</style>\n</head>\n<body>\n<h1>claimscope stats</h1>\n<div class=\"figures\">\n";
  AppendFigure("records", WithThousands(stats.documents()), &out);
  AppendFigure("entities", WithThousands(stats.entities()), &out);
  AppendFigure("quotes", WithThousands(stats.quotes()), &out);
  AppendFigure("with a speaker", Percent(stats.quotes_with_speaker(), stats.quotes()), &out);
  AppendFigure("anonymous (of those)",
               Percent(stats.anonymous_quotes(), stats.quotes_with_speaker()), &out);
  out += "</div>\n";

  AppendMap(stats.countries(), map, &out);
  if (top > 0) {
    AppendBarChart(
        TopChart("organisations", "Top organisations", stats.organisations().Top(top), "mentions"),
        &out);
    AppendBarChart(TopChart("places", "Top places", stats.places().Top(top), "mentions"), &out);
    AppendBarChart(TopChart("people", "Top people", stats.people().Top(top), "mentions"), &out);
    AppendBarChart(TopChart("speakers", "Top speakers", stats.speakers().Top(top), "quotes"), &out);
    AppendBarChart(TopChart("outlets", "Top outlets", stats.outlets().Top(top), "quotes"), &out);
    AppendBarChart(
        ShareChart("anonymous-by-outlet", "Anonymous claims by outlet",
                   "The share of anonymous speakers among the quotes with a speaker, by the "
                   "record's outlet (meta.outlet, else its credit); the outlets with most quotes.",
                   stats.anonymous_by_outlet().Largest(top)),
        &out);
  }
  if (stats.anonymous_by_month().empty()) {
    AppendSectionHead("anonymous-by-month", "Anonymous claims over time",
                      "No dated record has a quote with a speaker.", &out);
    out += "</section>\n";
  } else {
    AppendBarChart(ShareChart("anonymous-by-month", "Anonymous claims over time",
                              "The share of anonymous speakers among the quotes with a speaker, "
                              "by the month of the record's date (by year beyond " +
                                  std::to_string(kMaxMonths) + " months).",
                              OverTime(stats.anonymous_by_month())),
                   &out);
  }
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace claimscope::cli

// The HTML page around the records (format_html.cc): its head with the style sheet, a legend
// of the colours, and its end. Self-contained: no scripts, fonts or other resources.
#include "output/format_internal.h"

namespace claimscope::internal {
namespace {

constexpr char kStyle[] = R"css(
:root { color-scheme: light; }
body { font: 17px/1.65 Georgia, "Times New Roman", serif; color: #1d1d1f; background: #fbfbf8;
       max-width: 62rem; margin: 0 auto; padding: 0 1.25rem 4rem; }
header.page { position: sticky; top: 0; z-index: 2; background: #fbfbf8f2;
              border-bottom: 1px solid #d8d8d0; padding: .6rem 0 .5rem; }
header.page h1 { font: 600 1.15rem system-ui, sans-serif; margin: 0 0 .3rem; }
.legend { font: 13px/2 system-ui, sans-serif; margin: 0; }
.legend .item { margin-right: .9rem; white-space: nowrap; }
section.doc { margin-top: 2.2rem; padding-top: .4rem; border-top: 3px solid #33333a; }
section.doc h2 { font: 600 1.05rem system-ui, sans-serif; margin: .3rem 0 0; word-break: break-all; }
.meta { font: 13px system-ui, sans-serif; color: #5f5f66; margin: .1rem 0 1rem; }
.errors { font: 13px system-ui, sans-serif; color: #a11; }
.text p { white-space: pre-wrap; margin: 0 0 1em; }
.ent, .qty, .quote, .quote-cont, .speaker { -webkit-box-decoration-break: clone;
                                            box-decoration-break: clone; }
.ent { border-radius: 3px; padding: 0 2px; border-bottom: 2px solid; }
.ent-ORG { background: #d8e6ff; border-color: #2f62d0; }
.ent-PLACE { background: #d6f3da; border-color: #23893a; }
.ent-PERSON { background: #ffe1c7; border-color: #d86c0c; }
.qty { background: #eddcff; border-bottom: 2px dotted #7a32c4; padding: 0 1px; }
.quote-direct { background: #fff0a0; box-shadow: inset 0 -2px #c9a400; }
.quote-partial { background: #ffd3e8; box-shadow: inset 0 -2px #d0588f; }
.quote-indirect { background: #dff1f1; box-shadow: inset 0 -2px #5aa9a9; }
.speaker { font-weight: bold; text-decoration: underline double #c0392b; text-underline-offset: 3px; }
.speaker:target, .quote:target { outline: 2px solid #c0392b; outline-offset: 1px; }
a.said-by, span.said-by { font: 600 10px system-ui, sans-serif; vertical-align: super;
                          color: #c0392b; text-decoration: none; margin: 0 2px; }
span.said-by.none { color: #888; }
table.quotes { border-collapse: collapse; width: 100%; font: 13px/1.45 system-ui, sans-serif;
               margin: .5rem 0 1rem; }
table.quotes th, table.quotes td { border: 1px solid #d8d8d0; padding: 3px 6px; text-align: left;
                                   vertical-align: top; }
table.quotes th { background: #ecece6; }
table.quotes td.qtext { max-width: 34rem; }
.kind { padding: 0 4px; border-radius: 3px; }
.none { color: #888; }
)css";

}  // namespace

std::string HtmlPrologue() {
  std::string out =
      "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>claimscope: entities, quantities and quotes</title>\n<style>";
  out += kStyle;
  out +=
      "</style>\n</head>\n<body>\n<header class=\"page\">\n"
      "<h1>claimscope: entities, quantities and quotes</h1>\n<p class=\"legend\">"
      "<span class=\"item\"><span class=\"ent ent-ORG\">ORG</span> organisation</span> "
      "<span class=\"item\"><span class=\"ent ent-PLACE\">PLACE</span> place</span> "
      "<span class=\"item\"><span class=\"ent ent-PERSON\">PERSON</span> person</span> "
      "<span class=\"item\"><span class=\"qty\">12,000 people</span> quantity</span> "
      "<span class=\"item\"><span class=\"quote-direct\">direct quote</span></span> "
      "<span class=\"item\"><span class=\"quote-partial\">partial quote</span></span> "
      "<span class=\"item\"><span class=\"quote-indirect\">indirect quote</span></span> "
      "<span class=\"item\"><span class=\"speaker\">speaker</span>"
      "<a class=\"said-by\">q1</a> the quote's link to its speaker</span>"
      "</p>\n</header>\n";
  return out;
}

std::string HtmlEpilogue() { return "</body>\n</html>\n"; }

}  // namespace claimscope::internal

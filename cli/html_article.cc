#include "html_article.h"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <string_view>
#include <vector>

namespace claimscope::cli {
namespace {

using namespace std::string_view_literals;

// Elements that hold no article text.
bool IsSkippedTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_HEAD:
      return true;
    default:
      return false;
  }
}

// Elements that make a paragraph of their own.
bool IsBlock(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
      return true;
    default:
      return false;
  }
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string AttributeOf(const GumboElement& e, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
  return a == nullptr ? std::string() : Lower(a->value);
}

// The class and id of an element, lower-case, one string.
std::string ClassAndId(const GumboElement& e) {
  return AttributeOf(e, "class") + " " + AttributeOf(e, "id");
}

// Class and id words that say a block is no part of the story.
bool NamesBoilerplate(const std::string& names) {
  static constexpr std::string_view kWords[] = {
      "related", "share",   "social",  "promo", "newsletter", "subscribe", "cookie",
      "advert",  "sponsor", "sidebar", "menu",  "breadcrumb", "byline",    "comment",
      "footer",  "nav",     "caption", "tags",  "author-bio", "most-read", "recommend"};
  if (names.size() <= 1) return false;
  for (std::string_view w : kWords) {
    if (names.find(w) != std::string::npos) return true;
  }
  // "ad" as a word of its own ("ad", "ad-slot"), not inside "head" or "lead".
  for (size_t at = names.find("ad"); at != std::string::npos; at = names.find("ad", at + 1)) {
    const bool starts = at == 0 || !std::isalpha(static_cast<unsigned char>(names[at - 1]));
    const bool ends =
        at + 2 >= names.size() || !std::isalpha(static_cast<unsigned char>(names[at + 2]));
    if (starts && ends) return true;
  }
  return false;
}

// What an element is to the article, from its tag, class and id (read once).
struct ElementKind {
  bool left_out = false;    // a skipped tag, or a block of boilerplate
  bool pull_quote = false;  // class or id with "pull": a pull quote
};

ElementKind KindOf(const GumboElement& e) {
  const std::string names = ClassAndId(e);
  return {IsSkippedTag(e.tag) || NamesBoilerplate(names), names.find("pull") != std::string::npos};
}

// Appends the text under `node` to `out`, white space collapsed.
void AppendText(const GumboNode* node, std::string* out) {
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
      node->type == GUMBO_NODE_CDATA) {
    for (const char* c = node->v.text.text; *c != '\0'; ++c) {
      const bool space = *c == ' ' || *c == '\n' || *c == '\t' || *c == '\r' || *c == '\f';
      if (!space) {
        out->push_back(*c);
      } else if (!out->empty() && out->back() != ' ') {
        out->push_back(' ');
      }
    }
    return;
  }
  if (node->type != GUMBO_NODE_ELEMENT) return;
  const GumboElement& e = node->v.element;
  if (KindOf(e).left_out) return;
  // A line break, or a block inside running text, parts words.
  const bool parts = e.tag == GUMBO_TAG_BR || IsBlock(e.tag);
  if (parts && !out->empty() && out->back() != ' ') out->push_back(' ');
  for (unsigned i = 0; i < e.children.length; ++i) {
    AppendText(static_cast<const GumboNode*>(e.children.data[i]), out);
  }
  if (parts && !out->empty() && out->back() != ' ') out->push_back(' ');
}

// Does any element child of `e` make a block of its own?
bool HasBlockChild(const GumboElement& e) {
  for (unsigned i = 0; i < e.children.length; ++i) {
    const GumboNode* c = static_cast<const GumboNode*>(e.children.data[i]);
    if (c->type == GUMBO_NODE_ELEMENT && IsBlock(c->v.element.tag)) return true;
  }
  return false;
}

std::string Trimmed(std::string s) {
  while (!s.empty() && s.back() == ' ') s.pop_back();
  size_t start = 0;
  while (start < s.size() && s[start] == ' ') ++start;
  return s.substr(start);
}

struct Collector {
  std::vector<std::string> paragraphs;
  std::vector<std::string> pull_quotes;

  void Walk(const GumboNode* node) {
    if (node->type != GUMBO_NODE_ELEMENT) return;
    const GumboElement& e = node->v.element;
    const ElementKind kind = KindOf(e);
    if (kind.pull_quote) {
      std::string text;
      for (unsigned i = 0; i < e.children.length; ++i) {
        AppendText(static_cast<const GumboNode*>(e.children.data[i]), &text);
      }
      text = Trimmed(std::move(text));
      if (!text.empty()) pull_quotes.push_back(std::move(text));
      return;
    }
    if (kind.left_out) return;
    // A block with blocks inside is a container: its own loose text is a paragraph of its
    // own between them.
    if (IsBlock(e.tag) && !HasBlockChild(e)) {
      std::string text;
      AppendText(node, &text);
      text = Trimmed(std::move(text));
      if (!text.empty()) paragraphs.push_back(std::move(text));
      return;
    }
    std::string loose;
    for (unsigned i = 0; i < e.children.length; ++i) {
      const GumboNode* c = static_cast<const GumboNode*>(e.children.data[i]);
      // Blocks, and elements that hold blocks (a list's items), are paragraphs of their own.
      if (c->type == GUMBO_NODE_ELEMENT &&
          (IsBlock(c->v.element.tag) || KindOf(c->v.element).pull_quote ||
           HasBlockChild(c->v.element))) {
        Flush(&loose);
        Walk(c);
      } else {
        AppendText(c, &loose);
      }
    }
    Flush(&loose);
  }

  void Flush(std::string* loose) {
    std::string text = Trimmed(std::move(*loose));
    loose->clear();
    if (!text.empty()) paragraphs.push_back(std::move(text));
  }
};

// The element the article is in: the <article> with the most text, else <main>, else a
// block marked as the article body, else <body>.
const GumboNode* ArticleRoot(const GumboNode* root) {
  const GumboNode* best_article = nullptr;
  size_t best_length = 0;
  const GumboNode* main = nullptr;
  const GumboNode* body_block = nullptr;
  const GumboNode* body = nullptr;
  std::vector<const GumboNode*> stack = {root};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    const GumboElement& e = n->v.element;
    if (IsSkippedTag(e.tag) && e.tag != GUMBO_TAG_HEAD) continue;
    if (e.tag == GUMBO_TAG_ARTICLE) {
      std::string text;
      AppendText(n, &text);
      if (text.size() > best_length) {
        best_length = text.size();
        best_article = n;
      }
    } else if (e.tag == GUMBO_TAG_MAIN && main == nullptr) {
      main = n;
    } else if (e.tag == GUMBO_TAG_BODY) {
      body = n;
    }
    if (body_block == nullptr) {
      const std::string names = ClassAndId(e) + " " + AttributeOf(e, "itemprop");
      if (names.find("articlebody") != std::string::npos ||
          names.find("article-body") != std::string::npos ||
          names.find("story-body") != std::string::npos ||
          names.find("entry-content") != std::string::npos ||
          names.find("post-content") != std::string::npos) {
        body_block = n;
      }
    }
    for (unsigned i = e.children.length; i > 0; --i) {
      stack.push_back(static_cast<const GumboNode*>(e.children.data[i - 1]));
    }
  }
  if (best_article != nullptr) return best_article;
  if (main != nullptr) return main;
  if (body_block != nullptr) return body_block;
  return body != nullptr ? body : root;
}

// The page's headline: its first <h1> outside the article's element (inside, it is one of
// its paragraphs). Not the <title>, which names the site too ("Story - Example News").
std::string Headline(const GumboNode* root, const GumboNode* article) {
  std::vector<const GumboNode*> stack = {root};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT || n == article) continue;
    const GumboElement& e = n->v.element;
    if (e.tag == GUMBO_TAG_H1) {
      std::string text;
      AppendText(n, &text);
      return Trimmed(std::move(text));
    }
    if (IsSkippedTag(e.tag)) continue;
    for (unsigned i = e.children.length; i > 0; --i) {
      stack.push_back(static_cast<const GumboNode*>(e.children.data[i - 1]));
    }
  }
  return {};
}

// Words of `quote` that the body says too: a pull quote repeating the body.
bool RepeatsBody(const std::string& quote, const std::string& body) {
  std::string core;
  for (char c : quote) {
    if (c != '"' && c != '\'') core.push_back(c);
  }
  core = Trimmed(std::move(core));
  // The quote without its marks (“ ” are three bytes each) and its end.
  const std::string_view marks[] = {"\u201C", "\u201D", "\u2018", "\u2019"};
  for (std::string_view m : marks) {
    for (size_t at = core.find(m); at != std::string::npos; at = core.find(m)) {
      core.erase(at, m.size());
    }
  }
  while (!core.empty() && (core.back() == '.' || core.back() == ',')) core.pop_back();
  return core.size() >= 12 && body.find(core) != std::string::npos;
}

}  // namespace

std::string ArticleText(std::string_view html) {
  std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> output(
      gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()),
      [](GumboOutput* o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
  const GumboNode* article = ArticleRoot(output->root);
  Collector c;
  c.Walk(article);
  std::string text;
  const std::string headline = Headline(output->root, article);
  if (!headline.empty() && (c.paragraphs.empty() || c.paragraphs.front() != headline)) {
    text = headline;
  }
  for (const std::string& p : c.paragraphs) {
    if (!text.empty()) text += "\n\n";
    text += p;
  }
  for (const std::string& q : c.pull_quotes) {
    if (RepeatsBody(q, text)) continue;
    if (!text.empty()) text += "\n\n";
    text += q;
  }
  if (!text.empty()) text += "\n";
  return text;
}

}  // namespace claimscope::cli

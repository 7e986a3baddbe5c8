// The lexicon automaton: whole-token matches of every form, case modes, and hyphen parts; its
// image (lexicon_image.h).
#include "lexicon/lexicon_matcher.h"

#include <doctest/doctest.h>

#include <string>
#include <thread>
#include <vector>

#include "doctest_printers.h"
#include "lexicon/image_entries.h"
#include "lexicon/lexicon_image.h"
#include "test_lexicon.h"

namespace claimscope::internal {
namespace {

std::vector<LexiconFile> TestFiles() {
  return TestLexicons(
      TestLexicon("place.city", CaseMode::kExact,
                  {{"New York", {"New York", "New York City", "NYC"}},
                   {"York", {"York"}},
                   {"Boston", {"Boston"}}}),
      TestLexicon("org.media", CaseMode::kExact,
                  {{"The Washington Post", {"The Washington Post", "the Post"}},
                   {"Associated Press", {"Associated Press", "AP"}}}),
      TestLexicon("place.country", CaseMode::kExact,
                  {{"United States", {"United States", "US", "U.S."}}, {"Mexico", {"Mexico"}}}),
      TestLexicon("org.government", CaseMode::kExact, {{"U.S. Army", {"US Army", "U.S. Army"}}}),
      TestLexicon("org.international", CaseMode::kSmart, {{"World Health Organization", {"WHO"}}}),
      TestLexicon("role.official", CaseMode::kFold, {{"official", {"official", "officials"}}}));
}

LexiconMatcher TestMatcher() {
  LexiconMatcher m;
  for (LexiconFile& f : TestFiles()) m.Add(std::move(f));
  return m;
}

// "text [class:canonical]" for every hit.
std::vector<std::string> Hits(const LexiconMatcher& m, std::string_view text) {
  TextAnalysis a;
  Tokenize(text, &a);
  LexiconScratch scratch;
  std::vector<LexiconHit> hits;
  m.Match(text, a, &scratch, &hits);
  std::vector<std::string> out;
  for (const LexiconHit& h : hits) {
    const uint32_t start = scratch.units[h.first].start;
    const uint32_t end = scratch.units[h.end - 1].end;
    out.push_back(std::string(text.substr(start, end - start)) + " [" + m.class_of(h.entry) + ":" +
                  std::string(m.entry(h.entry).canonical) + "]");
  }
  return out;
}

using V = std::vector<std::string>;

TEST_CASE("Store then Index builds what Add builds; stored files are readable before") {
  LexiconMatcher added = TestMatcher();
  LexiconMatcher stored;
  for (LexiconFile& f : TestFiles()) stored.Store(std::move(f));
  CHECK(stored.files().size() == added.files().size());
  CHECK(stored.entry_count() == 0);  // nothing indexed yet
  const std::string text = "An official said NYC and the Post, WHO and the U.S. Army, in Boston.";
  CHECK(Hits(stored, text).empty());
  stored.Index();
  CHECK(stored.entry_count() == added.entry_count());
  CHECK(stored.form_count() == added.form_count());
  CHECK(Hits(stored, text) == Hits(added, text));
  CHECK_FALSE(Hits(added, text).empty());
  stored.Index();  // indexes nothing twice
  CHECK(stored.form_count() == added.form_count());
}

TEST_CASE("an image saved and loaded matches as the matcher it was saved from") {
  const LexiconMatcher m = TestMatcher();
  std::vector<LexiconText> texts;
  std::vector<std::string> digests;
  for (const LexiconFile& f : m.files()) {
    texts.push_back({f.name, *f.text});
    digests.push_back("digest of " + f.name);
  }
  std::string image;
  LexiconImage::Save(m, texts, digests, &image);
  LexiconMatcher loaded;
  std::vector<std::string> loaded_digests;
  REQUIRE(LexiconImage::Load(image, texts, &loaded, &loaded_digests));
  CHECK(loaded_digests == digests);
  CHECK(loaded.entry_count() == m.entry_count());
  CHECK(loaded.form_count() == m.form_count());
  const std::string text = "An official said NYC and the Post, WHO and the U.S. Army, in Boston.";
  CHECK(Hits(loaded, text) == Hits(m, text));
  CHECK(loaded.entry(0).canonical == m.entry(0).canonical);
  CHECK(loaded.entry(0).forms.size() == m.entry(0).forms.size());
  // Files added after the image are indexed after its own.
  loaded.Add(TestLexicon("place.city", CaseMode::kExact, {{"Lisk", {"Lisk"}}}));
  CHECK(Hits(loaded, "in Lisk") == V{"Lisk [place.city:Lisk]"});
  CHECK(Hits(loaded, text) == Hits(m, text));

  // An image of other texts (a lexicon edited since), or a damaged one, is refused.
  std::vector<LexiconText> edited = texts;
  edited[1].text = edited[1].text.substr(0, edited[1].text.size() - 1);
  LexiconMatcher refused;
  CHECK_FALSE(LexiconImage::Load(image, edited, &refused, &loaded_digests));
  CHECK(refused.files().empty());
  CHECK_FALSE(
      LexiconImage::Load(image.substr(0, image.size() / 2), texts, &refused, &loaded_digests));
  CHECK_FALSE(LexiconImage::Load("", texts, &refused, &loaded_digests));
}

// A matcher of one file of `n` entries with one to three forms each, and its image.
struct ManyEntries {
  LexiconMatcher parsed;
  std::vector<LexiconText> texts;
  std::string image;

  explicit ManyEntries(int n) {
    std::vector<std::pair<std::string, std::vector<std::string>>> entries;
    for (int k = 0; k < n; ++k) {
      const std::string name = "Name" + std::to_string(k);
      std::vector<std::string> forms = {name};
      for (int f = 0; f < k % 3; ++f) forms.push_back(name + "x" + std::to_string(f));
      entries.emplace_back(name, forms);
    }
    parsed.Add(TestLexicon("org.company", CaseMode::kExact, entries, "n=1"));
    texts.push_back({parsed.files()[0].name, *parsed.files()[0].text});
    const std::vector<std::string> digests = {"d"};
    LexiconImage::Save(parsed, texts, digests, &image);
  }
};

void CheckSameEntries(const LexiconMatcher& loaded, const LexiconMatcher& parsed) {
  REQUIRE(loaded.entry_count() == parsed.entry_count());
  for (uint32_t k = 0; k < parsed.entry_count(); ++k) {
    CAPTURE(k);
    CHECK(loaded.entry(k) == parsed.entry(k));
  }
}

TEST_CASE("an image's entries, made a page at a time as they are asked for, are the parsed ones") {
  const ManyEntries many(200);  // over three pages of 64
  std::vector<std::string> digests;
  LexiconMatcher loaded;
  REQUIRE(LexiconImage::Load(many.image, many.texts, &loaded, &digests));
  CHECK(loaded.files()[0].image_entries.size() == 200);
  CHECK(loaded.entry(199).canonical == "Name199");  // the last page made first
  CheckSameEntries(loaded, many.parsed);
  // An entry stays where it was made, when the matcher moves too.
  const LexiconEntry* before = &loaded.entry(130);
  const LexiconMatcher moved = std::move(loaded);
  CHECK(&moved.entry(130) == before);
  CHECK(moved.entry(130).canonical == "Name130");
}

TEST_CASE("threads that ask for the same entries at once are given the same ones") {
  const ManyEntries many(1000);
  std::vector<std::string> digests;
  LexiconMatcher loaded;
  REQUIRE(LexiconImage::Load(many.image, many.texts, &loaded, &digests));
  std::vector<std::vector<const LexiconEntry*>> seen(4);
  {
    std::vector<std::thread> threads;
    for (auto& addresses : seen) {
      threads.emplace_back([&loaded, &addresses] {
        for (uint32_t k = 0; k < loaded.entry_count(); ++k) addresses.push_back(&loaded.entry(k));
      });
    }
    for (std::thread& t : threads) t.join();
  }
  for (const auto& addresses : seen) CHECK(addresses == seen[0]);
  CheckSameEntries(loaded, many.parsed);
}

TEST_CASE("an image record that points outside its text reads as empty") {
  const std::string_view text = "Acme\tAcme Corp";
  const std::vector<EntryRecord> records = {
      {{0, 4}, {100, 4}, {5, 50}, 6, 0, 1},  // the id and attributes are out of the text
      {{5, 9}, {}, {}, 7, 1, 5}};            // forms past the end
  const std::vector<TextSpan> forms = {{0, 4}, {99, 1}};
  const ImageEntries entries(records, forms, text);
  REQUIRE(entries.size() == 2);
  CHECK(entries[0].canonical == "Acme");
  CHECK(entries[0].id.empty());
  CHECK(entries[0].attributes.empty());
  CHECK(std::vector(entries[0].forms.begin(), entries[0].forms.end()) ==
        std::vector<std::string_view>{"Acme"});
  CHECK(entries[1].canonical == "Acme Corp");
  CHECK(entries[1].line == 7);
  CHECK(entries[1].forms.empty());
}

TEST_CASE("every form of every entry, longest first at each position") {
  const LexiconMatcher m = TestMatcher();
  CHECK(Hits(m, "in New York City today") == V{"New York City [place.city:New York]",
                                               "New York [place.city:New York]",
                                               "York [place.city:York]"});
  CHECK(Hits(m, "the AP and NYC") ==
        V{"AP [org.media:Associated Press]", "NYC [place.city:New York]"});
  CHECK(m.entry_count() == 10);
}

TEST_CASE("exact lists: as written, in capitals, or a capitalised first word") {
  const LexiconMatcher m = TestMatcher();
  CHECK(Hits(m, "new york").empty());
  CHECK(Hits(m, "NEW YORK") == V{"NEW YORK [place.city:New York]", "YORK [place.city:York]"});
  CHECK(Hits(m, "told The Post") == V{"The Post [org.media:The Washington Post]"});
  CHECK(Hits(m, "told the Post") == V{"the Post [org.media:The Washington Post]"});
  CHECK(Hits(m, "told The POST") == V{"The POST [org.media:The Washington Post]"});
  CHECK(Hits(m, "told the post").empty());
  // "us" is not "US"; an acronym in capitals is not the word.
  CHECK(Hits(m, "they hate us") == V{});
}

TEST_CASE("fold and smart lists") {
  const LexiconMatcher m = TestMatcher();
  CHECK(Hits(m, "an OFFICIAL said") == V{"OFFICIAL [role.official:official]"});
  CHECK(Hits(m, "Officials said") == V{"Officials [role.official:official]"});
  CHECK(Hits(m, "the WHO said") == V{"WHO [org.international:World Health Organization]"});
  CHECK(Hits(m, "who said") == V{});
}

TEST_CASE("quote, dash and period variants; possessives") {
  const LexiconMatcher m = TestMatcher();
  CHECK(Hits(m, "U.S. Army") ==
        V{"U.S. Army [org.government:U.S. Army]", "U.S. [place.country:United States]"});
  CHECK(Hits(m, "Boston’s mayor") == V{"Boston [place.city:Boston]"});
}

TEST_CASE("hyphenated words are tried part by part when a part is a name") {
  const LexiconMatcher m = TestMatcher();
  CHECK(Hits(m, "the Boston-based firm") == V{"Boston [place.city:Boston]"});
  CHECK(Hits(m, "the US-Mexico border") ==
        V{"US [place.country:United States]", "Mexico [place.country:Mexico]"});
  CHECK(Hits(m, "an ex-US Army captain") ==
        V{"US Army [org.government:U.S. Army]", "US [place.country:United States]"});
  CHECK(Hits(m, "a well-known man").empty());
}

TEST_CASE("matches never cross a paragraph, but may cross a line break") {
  const LexiconMatcher m = TestMatcher();
  CHECK(Hits(m, "New\n\nYork") == V{"York [place.city:York]"});
  CHECK(Hits(m, "New\nYork") == V{"New\nYork [place.city:New York]", "York [place.city:York]"});
}

}  // namespace
}  // namespace claimscope::internal

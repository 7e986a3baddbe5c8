// The lexicon file format: what parses, and the file:line:col of what does not.
#include "lexicon/lexicon_file.h"

#include <doctest/doctest.h>

namespace claimscope::internal {
namespace {

constexpr std::string_view kHeader =
    "#claimscope-lexicon 1\n#class: org.company\n#case: smart\n#source: test\n"
    "surface\tcanonical\tid\taliases\tattributes\n";

std::string ErrorOf(std::string_view contents) {
  LexiconFile file;
  const Status s = ParseLexiconFile("x.tsv", contents, &file);
  CHECK_FALSE(s.ok());
  return s.ToString();
}

TEST_CASE("a well-formed file") {
  const std::string text = std::string(kHeader) +
                           "Acme Widgets\tAcme Widgets Ltd\tco:acme\tAcme|AW\tcc=GB;sector=x\n"
                           "\n# a comment\nZeta\t\tco:zeta\t\t\r\n";
  LexiconFile file;
  const Status s = ParseLexiconFile("x.tsv", text, &file);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  CHECK(file.list_class == "org.company");
  CHECK(file.case_mode == CaseMode::kSmart);
  CHECK(file.source == "test");
  REQUIRE(file.entries.size() == 2);
  const LexiconEntry& acme = file.entries[0];
  CHECK(std::vector(acme.forms.begin(), acme.forms.end()) ==
        std::vector<std::string_view>{"Acme Widgets", "Acme", "AW"});
  CHECK(acme.canonical == "Acme Widgets Ltd");
  CHECK(acme.id == "co:acme");
  CHECK(acme.Attribute("cc") == "GB");
  CHECK(acme.Attribute("sector") == "x");
  CHECK(acme.Attribute("pop").empty());
  CHECK(acme.line == 6);
  // An empty canonical is the surface; a CRLF line ending is fine.
  CHECK(file.entries[1].canonical == "Zeta");
  CHECK(std::vector(file.entries[1].forms.begin(), file.entries[1].forms.end()) ==
        std::vector<std::string_view>{"Zeta"});
}

TEST_CASE("attributes are answered through their key bits and without them") {
  LexiconEntry e;
  e.SetAttributes("admin1=CA;admin1_name=California;pop=100;flag;=x");
  CHECK(e.key_bits != 0);
  CHECK(e.key_bits == LexiconEntry::KeyBitsOf(e.attributes));
  CHECK(e.Attribute("admin1") == "CA");
  CHECK(e.Attribute("admin1_name") == "California");
  CHECK(e.Attribute("pop") == "100");
  CHECK(e.Attribute("flag").empty());  // a key with no '=' has no value
  CHECK(e.Attribute("admin").empty());
  CHECK(e.Attribute("").empty());
  // Every key of the entry has its bit: a lacking key is answered by its bit alone where it
  // has one of its own (and by the search where it shares one).
  for (std::string_view key : {"admin1", "admin1_name", "pop", "flag"}) {
    CHECK((e.key_bits & LexiconEntry::KeyBit(key)) != 0);
  }
  // An entry whose attributes were set without their bits (0) is searched in full.
  LexiconEntry plain;
  plain.attributes = "cc=GB;sector=x";
  CHECK(plain.Attribute("sector") == "x");
  CHECK(plain.Attribute("cc") == "GB");
  // Bits that do not hold a key's bit answer "none" without a look at the text: the bits
  // are what the answer turns on.
  LexiconEntry wrong;
  wrong.attributes = "cc=GB";
  wrong.key_bits = ~LexiconEntry::KeyBit("cc");
  CHECK(wrong.Attribute("cc").empty());
}

TEST_CASE("errors name the file, line and column") {
  CHECK(ErrorOf("").find("x.tsv:1:1: empty lexicon file") == 0);
  CHECK(ErrorOf("surface\tcanonical\n") ==
        "x.tsv:1:1: a lexicon file starts with '#claimscope-lexicon 1': surface\tcanonical");
  CHECK(ErrorOf("#claimscope-lexicon 1\n#case: loud\n") ==
        "x.tsv:2:8: case must be exact, fold or smart: loud");
  CHECK(ErrorOf("#claimscope-lexicon 1\nsurface\tcanonical\tid\taliases\tattributes\n") ==
        "x.tsv:2:1: no '#class:' line before the columns");
  CHECK(ErrorOf("#claimscope-lexicon 1\n#class: a.b\nsurface\tcanon\tid\taliases\tattributes\n")
            .find("x.tsv:3:9: expected the column header") == 0);
  CHECK(ErrorOf(std::string(kHeader) + "A\tB\tC\n") ==
        "x.tsv:6:7: expected 5 tab-separated columns, found 3: A\tB\tC");
  CHECK(ErrorOf(std::string(kHeader) + "\tB\tC\t\t\n") == "x.tsv:6:1: empty surface form");
  CHECK(ErrorOf(std::string(kHeader) + "A\tB\tC\tx||y\t\n") ==
        "x.tsv:6:7: empty alias (two '|' in a row?): x||y");
  CHECK(ErrorOf("#claimscope-lexicon 1\n#class: two words\n").find("x.tsv:2:") == 0);
  CHECK(ErrorOf("#claimscope-lexicon 1\n#class: a.b\n") == "x.tsv:2:1: no column header line");
}

}  // namespace
}  // namespace claimscope::internal

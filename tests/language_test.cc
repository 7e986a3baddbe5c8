// Language identification (engine/src/text/language.h) and what the engine does with it: news
// paragraphs in six languages, and short or mixed English that must stay English.
#include "text/language.h"

#include <doctest/doctest.h>

#include <string>

#include "claimscope/engine.h"

namespace claimscope::internal {
namespace {

// Paragraphs written for these tests in the style of each language's news.
constexpr const char* kGerman =
    "Die Bundesregierung will in den kommenden Jahren rund fünf Milliarden Euro in den Ausbau "
    "der Schienen investieren. Laut Statistischem Bundesamt ist die Zahl der Fahrgäste im "
    "vergangenen Jahr deutlich gestiegen. Der Verkehrsminister sagte am Dienstag in Berlin, die "
    "Bahn müsse pünktlicher werden.";
constexpr const char* kFrench =
    "Le gouvernement a annoncé mardi un plan de trois milliards d'euros pour moderniser les "
    "hôpitaux publics. Le ministre de la Santé a déclaré que les premiers travaux commenceraient "
    "dès le printemps, selon un communiqué publié à Paris.";
constexpr const char* kSpanish =
    "El Gobierno aprobó este martes un plan de dos mil millones de euros para mejorar la red de "
    "trenes de cercanías. La ministra de Transportes afirmó que las obras comenzarán en "
    "primavera, según informó la agencia estatal.";
constexpr const char* kItalian =
    "Il governo ha approvato martedì un piano da due miliardi di euro per ammodernare la rete "
    "ferroviaria regionale. Il ministro dei Trasporti ha dichiarato che i lavori inizieranno in "
    "primavera, secondo una nota diffusa a Roma.";
constexpr const char* kDutch =
    "Het kabinet trekt de komende jaren ruim twee miljard euro uit voor het onderhoud van "
    "bruggen en sluizen. De minister van Infrastructuur zei dinsdag in Den Haag dat de eerste "
    "werkzaamheden in het voorjaar beginnen, zo meldt het ministerie.";
constexpr const char* kPortuguese =
    "O governo aprovou nesta terça-feira um plano de dois mil milhões de euros para modernizar "
    "a rede ferroviária. O ministro das Infraestruturas afirmou que as obras começam na "
    "primavera, segundo um comunicado divulgado em Lisboa.";

TEST_CASE("news paragraphs in six languages are surely not English") {
  const std::pair<const char*, const char*> cases[] = {{kGerman, "de"},  {kFrench, "fr"},
                                                       {kSpanish, "es"}, {kItalian, "it"},
                                                       {kDutch, "nl"},   {kPortuguese, "pt"}};
  for (const auto& [text, code] : cases) {
    CAPTURE(code);
    const LanguageGuess g = DetectLanguage(text);
    CHECK(g.code == code);
    CHECK(g.confidence > 0.8);
    CHECK(SurelyNotEnglish(g));
  }
}

TEST_CASE("short and mixed English stays English") {
  const char* const english[] = {
      // A headline, a post, English quoting French, an English wire story about Malaysia.
      "Storm closes schools across Wales",
      "RT @bbcnews: Storm warning issued for the north of England tonight https://t.co/x1",
      "Petra Halvorsen said: «Nous gagnerons».",
      "The chancellor said the plan was a \"fait accompli\" and that critics were wrong, adding "
      "that the \"raison d'etre\" of the budget was growth and jobs for the regions.",
      "KUALA LUMPUR, April 1 - Malaysia said it cut the gazetted price of rubber to 202 cents "
      "per kg from 213 cents in March, effective immediately. No export duty is applicable at "
      "this level, against 3/8 cent per kg last month, because the government raised the "
      "threshold price in ringgit.",
  };
  for (const char* text : english) {
    CAPTURE(text);
    CHECK_FALSE(SurelyNotEnglish(DetectLanguage(text)));
  }
  CHECK(DetectLanguage(english[4]).code == "en");
  // Figures alone say nothing.
  CHECK(DetectLanguage("Shr 45 cts vs 58 cts\nNet 1.1 mln vs 829,000\n").code == "und");
}

TEST_CASE("a text surely in another language gets a warning and no English-rule mentions") {
  Options options;
  auto engine = Engine::Create(options);
  REQUIRE(engine.ok());
  Workspace ws;
  const Record de = engine.value()->Extract({.text = kGerman, .id = "de"}, &ws);
  CHECK(de.language == "de");
  CHECK(de.entities.empty());
  CHECK(de.quantities.empty());
  CHECK(de.quotes.empty());
  CHECK(de.errors.empty());
  REQUIRE(de.warnings.size() == 1);
  CHECK(de.warnings[0].code == "not_english");
  // With any_language the rules run as before.
  options.any_language = true;
  auto any = Engine::Create(options);
  REQUIRE(any.ok());
  const Record all = any.value()->Extract({.text = kGerman, .id = "de"}, &ws);
  CHECK(all.language == "de");
  CHECK(all.warnings.empty());
  CHECK_FALSE(all.entities.empty());
}

}  // namespace
}  // namespace claimscope::internal

// The result of extracting one document: entities, quantities, quotes and errors, in the
// shape of the JSON Lines output (docs/output.md). Spans are byte offsets into the document
// text, half-open [start, end).
//
//   claimscope::Record record = engine->Extract(doc, &workspace);
//   for (const claimscope::Quote& q : record.quotes) {
//     std::cout << q.id << ": " << record.Slice(q.span) << "\n";
//   }
#ifndef CLAIMSCOPE_RECORD_H_
#define CLAIMSCOPE_RECORD_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimscope {

// What a mention or quote is. Writers spell these out (EntityTypeName, ...); inside the engine
// they are compared as values.
enum class EntityType : uint8_t { kOrg, kPlace, kPerson };
enum class QuantityType : uint8_t {
  kCount,  // a number of things; `unit` is the counted noun phrase
  kMoney,  // `unit` is an ISO 4217 code
  kPercent,
  kMeasure,   // `unit` is the unit of measure
  kDuration,  // `unit` is years, months, days, ...
  kDate,      // `date_value` holds the ISO 8601 value
  kOrdinal,
};
enum class QuoteKind : uint8_t {
  kDirect,    // a whole quoted statement
  kPartial,   // a few quoted words inside other words
  kIndirect,  // reported speech without quotation marks
};
enum class SpeakerKind : uint8_t {
  kUnknown,
  kPerson,  // named
  kRole,    // an unnamed person described by role
  kOrganisation,
  kPlace,     // a country or city acting
  kGroup,     // "experts", "officials"
  kDocument,  // "court documents"
  kAuthor,    // the writer's own "I think", "we know": first person outside quotes
};
// The gender the text gives a person who speaks: never guessed, unknown without evidence or
// when the evidence disagrees (docs/attribution.md, "Speaker gender").
enum class Gender : uint8_t { kUnknown, kMale, kFemale };
// What shows it, as bits of Speaker::gender_evidence: "he" or "she" for the person, a title
// ("Mrs", "Sir"), a given name on the person.given_name lexicon, a role noun beside the name
// ("spokeswoman", "his wife").
enum GenderEvidence : uint8_t {
  kGenderByPronoun = 1,
  kGenderByTitle = 2,
  kGenderByGivenName = 4,
  kGenderByRoleNoun = 8,
};
inline constexpr GenderEvidence kGenderEvidenceKinds[] = {kGenderByPronoun, kGenderByTitle,
                                                          kGenderByGivenName, kGenderByRoleNoun};

// How sure a mention or quote is, from the rule that found it (docs/output.md, "Evidence"):
// ordered, so that `e >= Evidence::kMedium` keeps medium and strong.
enum class Evidence : uint8_t { kWeak, kMedium, kStrong };

// The names of docs/output.md: "ORG", "PLACE", "PERSON"; "COUNT", "MONEY", ...; "direct",
// "partial", "indirect"; "person", "role", "organisation", ... Static strings.
const char* EntityTypeName(EntityType type);
const char* QuantityTypeName(QuantityType type);
const char* QuoteKindName(QuoteKind kind);
const char* SpeakerKindName(SpeakerKind kind);
const char* EvidenceName(Evidence evidence);  // "weak", "medium", "strong"
// The tier a name stands for ("strong" is kStrong). False for any other name.
bool ParseEvidence(std::string_view name, Evidence* evidence);
// "unknown", "male", "female"; "pronoun", "title", "given_name", "role_noun" (one bit).
const char* GenderName(Gender gender);
const char* GenderEvidenceName(GenderEvidence bit);
// The type a name stands for ("MONEY" is kMoney), as grammar rule labels name them. False for
// any other name.
bool ParseQuantityType(std::string_view name, QuantityType* type);

struct Span {
  uint32_t start = 0;
  uint32_t end = 0;
  bool empty() const { return start >= end; }
  friend bool operator==(const Span&, const Span&) = default;
};

// A stable identifier of what an entity names, from the lexicon entry the document points
// to (docs/output.md, "Link"). Empty strings and absent numbers are not written.
struct Link {
  // Always set: "geonames:524901", "iso3166:RU", "iso3166-2:US-TX", or the lexicon's id
  // ("media:the-new-york-times"). Every mention of one thing has the same.
  std::string id;
  int64_t geonames = 0;            // the GeoNames id of a place; 0 if none
  std::string country;             // ISO 3166-1 alpha-2: "RU"
  std::string admin1;              // GeoNames admin1 code of a place: "48"
  std::optional<double> lat, lon;  // decimal degrees
  std::string iso3;                // a country's ISO 3166-1 alpha-3: "RUS"
  std::string iso_numeric;         // a country's ISO 3166-1 numeric, 3 digits: "643"
  std::string iso3166_2;           // a subdivision's ISO 3166-2 code: "US-TX"
  std::string wikidata;            // "Q61", where the lexicon gives it
  std::string url;                 // where the lexicon gives it
};

struct Entity {
  std::string id;  // "e1", "e2", ... unique in the record
  EntityType type = EntityType::kOrg;
  std::string subtype;  // e.g. "government", "country", "media"; may be empty
  Span span;
  std::string canonical;  // canonical name; empty if none is known
  int cluster = 0;        // mentions of one thing share a cluster number (>= 1)
  // What the cluster names, where a lexicon knows it and the document tells which of the
  // places or bodies of that name it is; null otherwise (no link is better than a wrong one).
  // Immutable and shared: by the mentions of one thing, and by every record that links it.
  std::shared_ptr<const Link> link;
  std::string source;  // what found it: a lexicon entry or rule name (--explain)
  Evidence evidence = Evidence::kMedium;
};

struct Quantity {
  std::string id;  // "n1", "n2", ... unique in the record
  QuantityType type = QuantityType::kCount;
  Span span;
  std::optional<double> value;  // numeric value (not for DATE)
  std::string date_value;       // ISO 8601 value for DATE ("2024-03-22", "2024-03")
  std::string unit;             // counted noun, ISO 4217 code, or unit
  bool approx = false;
  std::string qualifier;            // "about", "more than", ...; empty if none
  std::optional<double> low, high;  // for ranges
  std::string label;                // the row label of a table figure ("Net", "Avg shrs")
  std::string source;
  Evidence evidence = Evidence::kMedium;
};

struct Speaker {
  Span span;             // the words naming the speaker
  std::string resolved;  // the fullest name or description; empty if same as the span
  SpeakerKind kind = SpeakerKind::kUnknown;
  bool anonymous = false;
  std::string entity;  // id of the entity naming the speaker, or empty
  // Only for a person (kind kPerson): the gender the text gives, and the GenderEvidence bits
  // found (both genders' where they disagree and the gender is unknown).
  Gender gender = Gender::kUnknown;
  uint8_t gender_evidence = 0;
};

struct Media {
  Span span;           // where the outlet is named (may be the dateline)
  std::string entity;  // id of its entity, or empty
};

struct Quote {
  std::string id;  // "q1", "q2", ...
  QuoteKind kind = QuoteKind::kDirect;
  Span span;                       // the quoted content, without the quote marks
  std::optional<Span> cue;         // the speech verb or phrase
  std::optional<Speaker> speaker;  // absent when no speaker was found
  std::vector<Media> media;
  // "rejects" where the speaker denies or rejects what the content says ("denied that ...",
  // "rejected calls for ..."): the content is not the speaker's claim. Empty: asserted.
  std::string stance;
  std::vector<std::string> entities;    // ids of entities inside the content
  std::vector<std::string> quantities;  // ids of quantities inside the content
  std::string source;
  Evidence evidence = Evidence::kMedium;
};

// A problem with one document (an error: extraction failed in part or whole) or a remark on
// it (a warning: the record is complete, but the reader should know). The document still
// yields its record.
struct Diagnostic {
  std::string code;     // "invalid_utf8", "invalid_date", "too_large", "bad_json", ...
  std::string message;  // one line for a person
  int64_t offset = -1;  // byte offset it concerns, or -1
};

// A field of the input kept next to the results (`claimscope extract --keep-fields`).
struct MetaField {
  std::string name;
  std::string json;  // its value as JSON text, written as is
};

struct Record {
  std::string id;
  std::string date;              // the document date, YYYY-MM-DD; empty if unknown
  std::string credit;            // outlet of a dateline covering the whole article; empty if none
  std::string language = "und";  // ISO 639-1 code of the text's language, "und" if unknown
  // The share of the text in that language, 0 to 1, as the detector estimated it; none when
  // the text was plainly English by its function words and the detector was not asked.
  std::optional<double> language_confidence;
  std::vector<Entity> entities;
  std::vector<Quantity> quantities;
  std::vector<Quote> quotes;
  std::vector<Diagnostic> errors;    // failures: the exit status follows them
  std::vector<Diagnostic> warnings;  // remarks: "invalid_utf8", "invalid_date", "not_english"
  // Input fields kept next to the results; written as "meta" only when kept is set.
  std::vector<MetaField> meta;
  bool keep_meta = false;
  // The document text is written as "text" (after "id"): offsets into the text of a page.
  bool keep_text = false;

  // The document text the spans point into. A view: valid while the caller's input lives.
  std::string_view text;

  std::string_view Slice(Span s) const { return text.substr(s.start, s.end - s.start); }
};

}  // namespace claimscope

#endif  // CLAIMSCOPE_RECORD_H_

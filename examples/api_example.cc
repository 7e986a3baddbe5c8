// Uses the engine API the way an embedding program would: build the engine once, extract
// a document, walk the result, and write the same JSON the CLI writes.
//
//   api_example FILE    prints the quotes it finds, then the JSON record
#include <fstream>
#include <iostream>
#include <sstream>

#include "claimscope/claimscope.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: api_example FILE\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::cerr << "api_example: cannot read " << argv[1] << "\n";
    return 2;
  }
  std::stringstream bytes;
  bytes << in.rdbuf();
  const std::string text = bytes.str();

  auto created = claimscope::Engine::Create(claimscope::Options{});
  if (!created.ok()) {
    std::cerr << "api_example: " << created.status().ToString() << "\n";
    return 2;
  }
  const std::shared_ptr<const claimscope::Engine> engine = created.value();

  claimscope::Workspace workspace;  // one per thread, reused across documents
  const claimscope::Record record =
      engine->Extract({.text = text, .id = argv[1], .date = ""}, &workspace);

  std::cout << "document date: " << (record.date.empty() ? "unknown" : record.date) << "\n";
  std::cout << "sentences: " << workspace.analysis().sentences.size()
            << ", paragraphs: " << workspace.analysis().paragraphs.size() << "\n";
  for (const claimscope::Quote& q : record.quotes) {
    std::cout << q.id << " (" << claimscope::QuoteKindName(q.kind) << "): " << record.Slice(q.span)
              << "\n";
  }
  std::string json;
  claimscope::AppendJson(record, {}, &json);
  std::cout << json << "\n";
  return record.errors.empty() ? 0 : 1;
}

// Continuing an interrupted run (`claimscope extract -o FILE --resume`): the complete records
// FILE holds are matched, by position and id, against the documents of the input, which are
// read past; a torn last line is cut off, to be written again.
#ifndef CLAIMSCOPE_CLI_RESUME_H_
#define CLAIMSCOPE_CLI_RESUME_H_

#include <cstdint>
#include <string>

#include "document_source.h"

namespace claimscope::cli {

struct ResumePoint {
  uint64_t records = 0;      // complete records kept
  uint64_t with_errors = 0;  // of them, records with errors
  uint64_t cut_bytes = 0;    // bytes of a torn last line cut off
};

// Reads the records of the JSON Lines file `output` and as many documents from `source`,
// checking that each record is of the document at its position; then cuts the file after its
// last complete record. False with `error` set when a record is not JSON, names another
// document than the input has there, or the input has fewer documents.
bool SkipDone(const std::string& output, DocumentSource* source, ResumePoint* point,
              std::string* error);

}  // namespace claimscope::cli

#endif  // CLAIMSCOPE_CLI_RESUME_H_

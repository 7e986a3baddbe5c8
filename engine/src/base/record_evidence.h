// Evidence tiers (docs/output.md, "Evidence"): how sure each entity, quantity and quote of a
// record is, from the rule that found it (its `source`), and the record without what falls
// below a tier (`claimscope extract --min-evidence`).
#ifndef CLAIMSCOPE_SRC_BASE_RECORD_EVIDENCE_H_
#define CLAIMSCOPE_SRC_BASE_RECORD_EVIDENCE_H_

#include "claimscope/record.h"

namespace claimscope::internal {

// Sets `evidence` on every entity, quantity and quote of `record` (their sources set).
void AssignEvidence(Record* record);

// Drops the entities, quantities and quotes below `min`, and every reference to a dropped one
// (a quote's entity and quantity ids, its speaker's and outlets' entity).
void DropBelow(Evidence min, Record* record);

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_BASE_RECORD_EVIDENCE_H_

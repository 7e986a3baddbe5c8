// SIGINT and SIGTERM during a long run. The first asks the run to stop: no more documents
// are read, those in flight are extracted and written up to the last whole record, and the
// exit status says which signal ended it (130, 143). A second one ends the process at once.
#ifndef CLAIMSCOPE_CLI_INTERRUPT_H_
#define CLAIMSCOPE_CLI_INTERRUPT_H_

namespace claimscope::cli {

// Installs the handlers (once; later calls do nothing).
void CatchInterrupts();

// The signal that asked the run to stop (SIGINT or SIGTERM), or 0.
int InterruptSignal();

// The exit status for it: 128 + the signal's number.
inline int InterruptedExitStatus(int signal) { return 128 + signal; }

}  // namespace claimscope::cli

#endif  // CLAIMSCOPE_CLI_INTERRUPT_H_

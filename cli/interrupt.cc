#include "interrupt.h"

#include <atomic>
#include <csignal>

namespace claimscope::cli {
namespace {

std::atomic<int> g_signal{0};
static_assert(std::atomic<int>::is_always_lock_free, "set from a signal handler");

void OnSignal(int sig) { g_signal.store(sig, std::memory_order_relaxed); }

}  // namespace

void CatchInterrupts() {
  static const bool installed = [] {
    struct sigaction action = {};
    action.sa_handler = OnSignal;
    sigemptyset(&action.sa_mask);
    // A second signal takes the default action: the process ends at once. No SA_RESTART: a
    // read blocked on standard input returns, and the reader sees the request.
    action.sa_flags = SA_RESETHAND;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    return true;
  }();
  (void)installed;
}

int InterruptSignal() { return g_signal.load(std::memory_order_relaxed); }

}  // namespace claimscope::cli

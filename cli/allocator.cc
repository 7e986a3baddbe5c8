#include "allocator.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#ifdef CLAIMSCOPE_MIMALLOC
#include <mimalloc.h>
#include <sys/mman.h>
#endif

namespace claimscope::cli {
namespace {

#if defined(CLAIMSCOPE_MIMALLOC) && defined(MADV_HUGEPAGE)
// Asks for large pages in the mapping (/proc/self/maps) that holds `p`.
void LargePagesAround(const void* p) {
  FILE* maps = std::fopen("/proc/self/maps", "r");
  if (maps == nullptr) return;
  const auto at = reinterpret_cast<uintptr_t>(p);
  char line[512];
  while (std::fgets(line, sizeof line, maps) != nullptr) {
    unsigned long begin = 0;
    unsigned long end = 0;
    if (std::sscanf(line, "%lx-%lx", &begin, &end) != 2 || at < begin || at >= end) continue;
    madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);  // (may be refused)
    break;
  }
  std::fclose(maps);
}
#endif

}  // namespace

void TuneAllocator() {
#if defined(CLAIMSCOPE_MIMALLOC) && defined(MADV_HUGEPAGE)
  if (std::getenv("MIMALLOC_LARGE_OS_PAGES") != nullptr) return;  // the user's choice
  // mimalloc reads its options when the process starts, and made the main thread's first
  // segment before main: it is asked for large pages here, and so is every segment made from
  // now on, the first of each new thread too.
  mi_option_enable(mi_option_large_os_pages);
  mi_option_set(mi_option_eager_commit_delay, 0);
  void* p = mi_malloc(1);
  LargePagesAround(p);
  mi_free(p);
#endif
}

}  // namespace claimscope::cli

// The programs' allocator (cmake/Allocator.cmake): mimalloc when the program is linked with
// it, else the C library's malloc.
#ifndef CLAIMSCOPE_CLI_ALLOCATOR_H_
#define CLAIMSCOPE_CLI_ALLOCATOR_H_

namespace claimscope::cli {

// Call first thing in main. With mimalloc, asks it for memory in large pages (2 MiB, the
// kernel's transparent huge pages where it gives them on request) unless the environment
// says otherwise (MIMALLOC_LARGE_OS_PAGES=0). A one-document run touches some 15 MB for the
// first time, compiling the grammars: in 4 KiB pages some 3,500 page faults, a quarter of its
// time on a virtual machine (benchmarks/README.md, "Allocator"). Does nothing with malloc.
void TuneAllocator();

}  // namespace claimscope::cli

#endif  // CLAIMSCOPE_CLI_ALLOCATOR_H_

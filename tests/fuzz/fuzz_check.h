// A check that stays on in release builds: prints the failed condition and aborts, so that
// libFuzzer reports the input as a crash.
#ifndef CLAIMSCOPE_TESTS_FUZZ_FUZZ_CHECK_H_
#define CLAIMSCOPE_TESTS_FUZZ_FUZZ_CHECK_H_

#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(cond)                                                                 \
  do {                                                                                   \
    if (!(cond)) {                                                                       \
      std::fprintf(stderr, "%s:%d: FUZZ_CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
      std::abort();                                                                      \
    }                                                                                    \
  } while (0)

#endif  // CLAIMSCOPE_TESTS_FUZZ_FUZZ_CHECK_H_

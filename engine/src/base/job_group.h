// Jobs run on threads of their own and joined together: start-up work (compiling grammars,
// building the lexicon automaton) that can overlap.
#ifndef CLAIMSCOPE_SRC_BASE_JOB_GROUP_H_
#define CLAIMSCOPE_SRC_BASE_JOB_GROUP_H_

#include <algorithm>
#include <cstddef>
#include <functional>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

namespace claimscope::internal {

class JobGroup {
 public:
  // How many threads start-up work may use at once: one a core, at most 4.
  static size_t MaxThreads() {
    return std::clamp<size_t>(std::thread::hardware_concurrency(), 1, 4);
  }

  JobGroup() = default;
  JobGroup(const JobGroup&) = delete;
  JobGroup& operator=(const JobGroup&) = delete;
  ~JobGroup() { Wait(); }

  // Starts `job` on a new thread; runs it here, before returning, when no thread can be had
  // (a process or container thread limit).
  void Run(std::function<void()> job) {
    try {
      threads_.emplace_back(job);
    } catch (const std::system_error&) {
      job();
    }
  }
  // Waits for every job started.
  void Wait() { threads_.clear(); }  // std::jthread joins when destroyed

 private:
  std::vector<std::jthread> threads_;
};

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_BASE_JOB_GROUP_H_

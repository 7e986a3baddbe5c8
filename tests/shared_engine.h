// One engine with the built-in resources, built once for all the tests of an executable.
#ifndef CLAIMSCOPE_TESTS_SHARED_ENGINE_H_
#define CLAIMSCOPE_TESTS_SHARED_ENGINE_H_

#include <doctest/doctest.h>

#include <memory>

#include "claimscope/engine.h"

namespace claimscope::testing {

inline const Engine& SharedEngine() {
  static const std::shared_ptr<const Engine> engine = [] {
    auto created = Engine::Create({});
    REQUIRE_MESSAGE(created.ok(), created.status().ToString());
    return created.value();
  }();
  return *engine;
}

}  // namespace claimscope::testing

#endif  // CLAIMSCOPE_TESTS_SHARED_ENGINE_H_

# The programs' allocator. mimalloc (Debian libmimalloc-dev), linked into the claimscope tool
# and the benchmarks, takes the place of the C library's malloc for the whole process: RE2
# compiling the grammars, the engine's and the libraries' allocations, in large pages
# (cli/allocator.h). A one-document run takes 19% fewer instructions and a quarter less time
# with it, a corpus run 3% fewer instructions and a thirtieth of the page faults
# (benchmarks/README.md, "Allocator"). The engine library itself links no allocator: a
# program that embeds it keeps its own (and may link mimalloc the same way).
#
# CLAIMSCOPE_MIMALLOC: AUTO uses it when installed, ON requires it, OFF keeps malloc. Never
# with sanitizers or the fuzz targets, which bring their own allocator.
set(CLAIMSCOPE_MIMALLOC AUTO CACHE STRING "Link the programs with mimalloc: AUTO, ON or OFF")
set_property(CACHE CLAIMSCOPE_MIMALLOC PROPERTY STRINGS AUTO ON OFF)

set(CLAIMSCOPE_ALLOCATOR_TARGET "")
if(CLAIMSCOPE_SANITIZE OR CLAIMSCOPE_FUZZ OR CLAIMSCOPE_MIMALLOC STREQUAL "OFF")
  message(STATUS "claimscope: programs allocate with the C library's malloc")
else()
  if(CLAIMSCOPE_MIMALLOC STREQUAL "ON")
    find_package(mimalloc 2.0 CONFIG REQUIRED)
  else()
    find_package(mimalloc 2.0 CONFIG QUIET)
  endif()
  if(TARGET mimalloc)
    set(CLAIMSCOPE_ALLOCATOR_TARGET mimalloc)
    message(STATUS "claimscope: programs allocate with mimalloc ${mimalloc_VERSION}")
  else()
    message(STATUS "claimscope: mimalloc not found (apt-get install libmimalloc-dev); programs "
                   "allocate with the C library's malloc, slower (benchmarks/README.md, "
                   "\"Allocator\")")
  endif()
endif()

# Links `target` (an executable) with the allocator and cli/allocator.cc (TuneAllocator(),
# which its main calls). Call it before the target's other libraries are linked, so that the
# dynamic linker finds mimalloc's malloc before the C library's.
function(claimscope_link_allocator target)
  target_sources(${target} PRIVATE ${PROJECT_SOURCE_DIR}/cli/allocator.cc)
  target_include_directories(${target} PRIVATE ${PROJECT_SOURCE_DIR}/cli)  # allocator.h
  if(CLAIMSCOPE_ALLOCATOR_TARGET)
    target_link_libraries(${target} PRIVATE ${CLAIMSCOPE_ALLOCATOR_TARGET})
    target_compile_definitions(${target} PRIVATE CLAIMSCOPE_MIMALLOC=1)
  endif()
endfunction()

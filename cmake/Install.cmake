# `cmake --install BUILD [--prefix DIR]`: the headers, libclaimscope.a, the C API, the CLI, a
# CMake package and a pkg-config file (docs/install.md).
#
#   find_package(claimscope REQUIRED)
#   target_link_libraries(app PRIVATE claimscope::engine)   # or claimscope::c from C
#
#   c++ -std=c++20 app.cc $(pkg-config --cflags --libs --static claimscope)
include(CMakePackageConfigHelpers)

set(CLAIMSCOPE_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/claimscope)
set(claimscope_installed claimscope_engine)
if(TARGET claimscope_engine_shared)
  list(APPEND claimscope_installed claimscope_engine_shared)
endif()
if(TARGET claimscope_c_shared)
  list(APPEND claimscope_installed claimscope_c_shared)
endif()
if(TARGET claimscope_c)
  list(APPEND claimscope_installed claimscope_c)
  install(FILES ${PROJECT_SOURCE_DIR}/bindings/c/claimscope_c.h
          DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
endif()
install(TARGETS ${claimscope_installed} EXPORT claimscopeTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/engine/include/claimscope
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} FILES_MATCHING PATTERN "*.h")
install(FILES ${PROJECT_BINARY_DIR}/engine/include/claimscope/version.h
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/claimscope)
if(TARGET claimscope)
  install(TARGETS claimscope RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

install(EXPORT claimscopeTargets NAMESPACE claimscope:: DESTINATION ${CLAIMSCOPE_CMAKE_DIR})
configure_package_config_file(${CMAKE_CURRENT_LIST_DIR}/claimscopeConfig.cmake.in
                              ${PROJECT_BINARY_DIR}/claimscopeConfig.cmake
                              INSTALL_DESTINATION ${CLAIMSCOPE_CMAKE_DIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/claimscopeConfigVersion.cmake
                                 COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/claimscopeConfig.cmake
              ${PROJECT_BINARY_DIR}/claimscopeConfigVersion.cmake
        DESTINATION ${CLAIMSCOPE_CMAKE_DIR})

# pkg-config: the static library's own dependencies go in Requires.private and Libs.private;
# the prefix is found from the file's own place (${pcfiledir}), wherever it is installed.
file(RELATIVE_PATH CLAIMSCOPE_PC_UP ${CMAKE_INSTALL_FULL_LIBDIR}/pkgconfig
     ${CMAKE_INSTALL_PREFIX})
string(REGEX REPLACE "/$" "" CLAIMSCOPE_PC_UP "${CLAIMSCOPE_PC_UP}")
configure_file(${CMAKE_CURRENT_LIST_DIR}/claimscope.pc.in ${PROJECT_BINARY_DIR}/claimscope.pc
               @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/claimscope.pc
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)

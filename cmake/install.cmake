# Installation: headers, library, CLI, CMake package config and pkg-config file.
include(CMakePackageConfigHelpers)

install(TARGETS dflint EXPORT dflintTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(TARGETS dflint-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/dflint DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})

install(EXPORT dflintTargets NAMESPACE dflint:: DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/dflint)
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/dflintConfig.cmake.in
  ${PROJECT_BINARY_DIR}/dflintConfig.cmake
  INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/dflint)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/dflintConfigVersion.cmake COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/dflintConfig.cmake ${PROJECT_BINARY_DIR}/dflintConfigVersion.cmake
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/dflint)

configure_file(${PROJECT_SOURCE_DIR}/cmake/dflint.pc.in ${PROJECT_BINARY_DIR}/dflint.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/dflint.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)

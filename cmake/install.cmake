# Installation: headers, library, CLI, CMake package config and pkg-config file.
include(CMakePackageConfigHelpers)

install(TARGETS dflint EXPORT dflintTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(TARGETS dflint-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/dflint DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})

# What a consumer of the installed library must find. The library links its
# dependencies privately, so a shared libdflint needs none of them; a static
# libdflint.a needs them on the consumer's link line, and CMake exports even
# header-only private dependencies (as $<LINK_ONLY:…>) for static libraries.
# The list is derived from what lib/ actually links, so adding a dependency
# there needs an entry in the table below and nothing else.
#   <target>|<find_dependency arguments>|<pkg-config module or empty>
set(_dflint_known_deps
  "Boost::headers|Boost 1.74|"
  "Boost::boost|Boost 1.74|"
  "fmt::fmt|fmt|fmt"
  "fmt::fmt-header-only|fmt|fmt"
  "nlohmann_json::nlohmann_json|nlohmann_json 3|"
  "yaml-cpp|yaml-cpp|yaml-cpp"
  "yaml-cpp::yaml-cpp|yaml-cpp|yaml-cpp"
  "xxHash::xxhash|xxHash|libxxhash")
# Plain library names (or files) with a pkg-config module of their own.
set(_dflint_pc_module_of_xxhash libxxhash)
set(_dflint_pc_module_of_yaml-cpp yaml-cpp)
set(_dflint_pc_module_of_fmt fmt)
get_target_property(_dflint_links dflint LINK_LIBRARIES)
get_target_property(_dflint_type dflint TYPE)
set(DFLINT_CONFIG_DEPENDENCIES "")
set(_dflint_pc_modules "")
set(_dflint_pc_libs "")
foreach(_lib IN LISTS _dflint_links)
  if(NOT _lib OR _lib MATCHES "^\\$<")
    continue()
  endif()
  set(_found FALSE)
  foreach(_entry IN LISTS _dflint_known_deps)
    string(REPLACE "|" ";" _fields "${_entry}")
    list(GET _fields 0 _target)
    if(_lib STREQUAL _target)
      list(GET _fields 1 _find)
      list(GET _fields 2 _pc)
      string(APPEND DFLINT_CONFIG_DEPENDENCIES "find_dependency(${_find})\n")
      if(_pc)
        list(APPEND _dflint_pc_modules ${_pc})
      endif()
      set(_found TRUE)
      break()
    endif()
  endforeach()
  if(NOT _found)
    if(_lib MATCHES "::")
      message(WARNING "cmake/install.cmake: dflint links ${_lib}; add it to _dflint_known_deps so "
                      "installed consumers find it")
    elseif(_lib MATCHES "^-")
      list(APPEND _dflint_pc_libs ${_lib})
    else()
      # A library file found with find_library (/usr/lib/…/libxxhash.so) or a
      # plain name (pthread): CMake exports it as is; pkg-config gets -lNAME,
      # or the library's own .pc module when there is one.
      if(IS_ABSOLUTE "${_lib}")
        get_filename_component(_dir "${_lib}" DIRECTORY)
        get_filename_component(_name "${_lib}" NAME_WE)
        string(REGEX REPLACE "^lib" "" _name "${_name}")
      else()
        set(_dir "")
        set(_name "${_lib}")
      endif()
      if(DEFINED _dflint_pc_module_of_${_name})
        list(APPEND _dflint_pc_modules ${_dflint_pc_module_of_${_name}})
      else()
        if(_dir AND NOT _dir IN_LIST CMAKE_CXX_IMPLICIT_LINK_DIRECTORIES)
          list(APPEND _dflint_pc_libs -L${_dir})
        endif()
        list(APPEND _dflint_pc_libs -l${_name})
      endif()
    endif()
  endif()
endforeach()
list(REMOVE_DUPLICATES _dflint_pc_modules)
string(REPLACE ";" " " _dflint_pc_modules "${_dflint_pc_modules}")
string(REPLACE ";" " " _dflint_pc_libs "${_dflint_pc_libs}")
if(NOT _dflint_type STREQUAL "STATIC_LIBRARY")
  # Shared: the library records its own dependencies.
  set(DFLINT_CONFIG_DEPENDENCIES "")
endif()
string(REGEX REPLACE "\n$" "" DFLINT_CONFIG_DEPENDENCIES "${DFLINT_CONFIG_DEPENDENCIES}")

install(EXPORT dflintTargets NAMESPACE dflint:: DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/dflint)
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/dflintConfig.cmake.in
  ${PROJECT_BINARY_DIR}/dflintConfig.cmake
  INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/dflint)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/dflintConfigVersion.cmake COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/dflintConfig.cmake ${PROJECT_BINARY_DIR}/dflintConfigVersion.cmake
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/dflint)

# pkg-config. The file is relocatable (`cmake --install --prefix` anywhere):
# prefix is found from the .pc file's own location.
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}")
  set(DFLINT_PC_PREFIX "${CMAKE_INSTALL_PREFIX}")
  set(DFLINT_PC_LIBDIR "${CMAKE_INSTALL_LIBDIR}")
else()
  file(RELATIVE_PATH _rel "/p/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/p")
  string(REGEX REPLACE "/$" "" _rel "${_rel}")
  set(DFLINT_PC_PREFIX "\${pcfiledir}/${_rel}")
  set(DFLINT_PC_LIBDIR "\${prefix}/${CMAKE_INSTALL_LIBDIR}")
endif()
if(IS_ABSOLUTE "${CMAKE_INSTALL_INCLUDEDIR}")
  set(DFLINT_PC_INCLUDEDIR "${CMAKE_INSTALL_INCLUDEDIR}")
else()
  set(DFLINT_PC_INCLUDEDIR "\${prefix}/${CMAKE_INSTALL_INCLUDEDIR}")
endif()
if(_dflint_type STREQUAL "STATIC_LIBRARY")
  # A plain `c++ main.cpp $(pkg-config --cflags --libs dflint)` must link, and
  # --libs without --static ignores the *.private fields.
  set(DFLINT_PC_REQUIRES "${_dflint_pc_modules}")
  set(DFLINT_PC_REQUIRES_PRIVATE "")
  # The C++ runtime too, so that a C program (examples/c/lint.c, linked by
  # `cc`, which does not add it) links against the C API in libdflint.a.
  string(STRIP "${_dflint_pc_libs} -lstdc++ -lm -lpthread" DFLINT_PC_LIBS)
  set(DFLINT_PC_LIBS_PRIVATE "")
else()
  set(DFLINT_PC_REQUIRES "")
  set(DFLINT_PC_REQUIRES_PRIVATE "${_dflint_pc_modules}")
  set(DFLINT_PC_LIBS "")
  set(DFLINT_PC_LIBS_PRIVATE "${_dflint_pc_libs}")
endif()
configure_file(${PROJECT_SOURCE_DIR}/cmake/dflint.pc.in ${PROJECT_BINARY_DIR}/dflint.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/dflint.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)

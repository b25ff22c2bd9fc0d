# PostgreSQL fixture and the server integration tests (tests/integration/tst_server_*.cpp):
# they also link Qt Network (HTTPS client) and need the recon-server binary built first.
find_package(Qt6 6.4 REQUIRED COMPONENTS Network)
# server_harness: the shared recon-server fixture of tst_server_auth, _rbac and _sync_api.
add_library(recon_pg_fixture STATIC ${CMAKE_CURRENT_LIST_DIR}/pg_fixture.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pg_fixture.h ${CMAKE_CURRENT_LIST_DIR}/server_harness.cpp
  ${CMAKE_CURRENT_LIST_DIR}/server_harness.h)
target_link_libraries(recon_pg_fixture PUBLIC recon_testsupport Qt6::Network Qt6::Test)

file(GLOB _server_tests CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/integration/tst_server_*.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/integration/tst_sync*.cpp)
foreach(f ${_server_tests})
  get_filename_component(_n ${f} NAME_WE)
  target_link_libraries(${_n} PRIVATE recon_pg_fixture)
  add_dependencies(${_n} recon-server)
  set_tests_properties(${_n} PROPERTIES TIMEOUT 120 LABELS "integration;server")
endforeach()

# Work in progress: built on request, never registered with CTest.
if(EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/integration/wip_server.cpp)
  add_executable(wip_server EXCLUDE_FROM_ALL ${CMAKE_CURRENT_SOURCE_DIR}/integration/wip_server.cpp)
  target_link_libraries(wip_server PRIVATE recon_options recon_pg_fixture Qt6::Test)
  add_dependencies(wip_server recon-server)
endif()

# Sync client tests start from the demo workspace.
foreach(_n tst_sync tst_sync_load)
  if(TARGET ${_n})
    target_link_libraries(${_n} PRIVATE recon_testdemo)
    set_tests_properties(${_n} PROPERTIES TIMEOUT 300)
  endif()
endforeach()

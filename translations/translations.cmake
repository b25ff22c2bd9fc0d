# UI translations: English source strings, German and French catalogues. `ninja recon_ui_lupdate`
# (or update_translations) refreshes the .ts files from every ui/ and workstation source; the
# build compiles them to .qm and embeds them in recon_ui as :/i18n/recon_<lang>.qm.
set(RECON_TS_FILES
  ${CMAKE_SOURCE_DIR}/translations/recon_de.ts
  ${CMAKE_SOURCE_DIR}/translations/recon_fr.ts)
file(GLOB_RECURSE _recon_tr_sources CONFIGURE_DEPENDS
  ${CMAKE_SOURCE_DIR}/ui/*.cpp ${CMAKE_SOURCE_DIR}/ui/*.h
  ${CMAKE_SOURCE_DIR}/app/workstation/*.cpp)
qt_add_lupdate(recon_ui TS_FILES ${RECON_TS_FILES} SOURCES ${_recon_tr_sources}
  OPTIONS -no-obsolete -locations none)
qt_add_lrelease(recon_ui TS_FILES ${RECON_TS_FILES} QM_FILES_OUTPUT_VARIABLE _recon_qm)
qt_add_resources(recon_ui "recon_i18n" PREFIX "/i18n" BASE ${CMAKE_CURRENT_BINARY_DIR}
  FILES ${_recon_qm})

# CTest driver for export.gltf_validator: `cmake -DTOOLS_DIR=... -DGLB_DIR=...
# -P validate-gltf.cmake`. Runs validate-gltf.mjs (the Khronos glTF-Validator)
# on every .glb in GLB_DIR. Fails, naming the fix, when node or the validator is
# not installed: a missing tool must not read as a pass.
foreach(var TOOLS_DIR GLB_DIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "validate-gltf.cmake: ${var} is not set")
    endif()
endforeach()

find_program(NODE_EXECUTABLE node)
if(NOT NODE_EXECUTABLE)
    message(FATAL_ERROR "export.gltf_validator: `node` is not on PATH. Run scripts/setup "
                        "(it installs nodejs and npm, then the validator in tests/tools).")
endif()
if(NOT EXISTS "${TOOLS_DIR}/node_modules/gltf-validator/package.json")
    message(FATAL_ERROR "export.gltf_validator: ${TOOLS_DIR}/node_modules/gltf-validator is "
                        "missing. Run scripts/setup (it runs "
                        "`npm ci --prefix tests/tools --no-audit --no-fund`).")
endif()

file(GLOB glb_files "${GLB_DIR}/*.glb")
list(SORT glb_files)
list(LENGTH glb_files count)
if(count EQUAL 0)
    message(FATAL_ERROR "export.gltf_validator: no .glb files in ${GLB_DIR} "
                        "(the fixture export.glb_samples writes them)")
endif()
execute_process(COMMAND "${NODE_EXECUTABLE}" "${TOOLS_DIR}/validate-gltf.mjs" ${glb_files}
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "export.gltf_validator: the glTF-Validator reported errors (exit ${rc})")
endif()

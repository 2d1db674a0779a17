# atelier_embed(TARGET <target> NAMESPACE <ns> HEADER <name.h> FILES <abs paths...>)
# Embeds text files into <target> at build time (ENGINEERING.md §13): generates a
# header declaring `std::string_view find(std::string_view name)` in <ns> and a
# source holding each file as a raw string literal, regenerated when a file changes.
function(atelier_embed)
    cmake_parse_arguments(E "" "TARGET;NAMESPACE;HEADER" "FILES" ${ARGN})
    set(out_dir ${CMAKE_CURRENT_BINARY_DIR}/embedded)
    set(out_cpp ${out_dir}/${E_TARGET}_embedded.cpp)
    set(out_h ${out_dir}/include/${E_HEADER})
    add_custom_command(
        OUTPUT ${out_cpp} ${out_h}
        COMMAND ${CMAKE_COMMAND} -DOUT_CPP=${out_cpp} -DOUT_H=${out_h}
                -DNS=${E_NAMESPACE} -DHEADER=${E_HEADER} "-DFILES=${E_FILES}"
                -P ${PROJECT_SOURCE_DIR}/cmake/EmbedGenerate.cmake
        DEPENDS ${E_FILES} ${PROJECT_SOURCE_DIR}/cmake/EmbedGenerate.cmake
        COMMENT "Embedding ${E_HEADER}"
        VERBATIM)
    target_sources(${E_TARGET} PRIVATE ${out_cpp} ${out_h})
    target_include_directories(${E_TARGET} PRIVATE ${out_dir}/include)
endfunction()

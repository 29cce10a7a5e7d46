cmake_policy(SET CMP0057 NEW)  # IN_LIST
# Fails when a stage includes a header of a stage that is not below it.
# The layers (DESIGN.md): base <- text <- match <- rules <- check -> report;
# transcript depends on base only; cli may use everything.
set(allowed_base "base")
set(allowed_text "base;text")
set(allowed_match "base;text;match")
set(allowed_transcript "base;transcript")
set(allowed_rules "base;text;match;transcript;rules")
set(allowed_report "base;transcript;report")
set(allowed_check "base;text;match;transcript;rules;report;check")
set(failed "")
foreach(stage base text match transcript rules report check)
  file(GLOB_RECURSE files ${SOURCE_DIR}/src/${stage}/*.cc ${SOURCE_DIR}/src/${stage}/*.h
       ${SOURCE_DIR}/include/huashu/${stage}/*.h)
  foreach(f ${files})
    file(STRINGS ${f} lines REGEX "^#include \"huashu/[a-z_]+/")
    foreach(line ${lines})
      string(REGEX REPLACE "^#include \"huashu/([a-z_]+)/.*" "\\1" target "${line}")
      if(NOT target IN_LIST allowed_${stage})
        file(RELATIVE_PATH rel ${SOURCE_DIR} ${f})
        string(APPEND failed "  ${rel}: stage '${stage}' includes '${target}' (allowed: ${allowed_${stage}})\n")
      endif()
    endforeach()
  endforeach()
endforeach()
if(failed)
  message(FATAL_ERROR "Upward includes break the layering:\n${failed}")
endif()

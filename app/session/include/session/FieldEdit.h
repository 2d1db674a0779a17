#pragma once
// Edits by design-file field: set "stone.diameter_mm" to 7.2 the way a file
// would say it. The spec is serialised, the field replaced, and the result
// parsed again, so a scripted or typed edit is checked by exactly the rules a
// design file is (bad values are refused with the field and what is allowed).

#include <design/Piece.h>

#include <string>
#include <string_view>

namespace atelier::session {

// `path`: dot-separated keys of the design file ("stone.diameter_mm",
// "metals.head", "band.width_mm"); `jsonValue`: a JSON value ("7.2",
// "\"pt950\"", "true"); a bare word that is not JSON is taken as a string
// (metals.head pt950). Throws design::DesignFileError naming `source`, the
// field and what is allowed, and leaves nothing changed.
design::PieceSpec withField(const design::PieceSpec& spec, std::string_view path,
                            std::string_view jsonValue, std::string_view source = "edit");

// The field's current value as JSON text; throws std::invalid_argument naming
// the path when the design file has no such field.
std::string fieldValue(const design::PieceSpec& spec, std::string_view path);

}  // namespace atelier::session

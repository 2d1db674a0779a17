#include <session/FieldEdit.h>

#include <design/DesignFile.h>
#include <design/ReadFile.h>

#include <nlohmann/json.hpp>

#include <stdexcept>
#include <string>
#include <vector>

namespace atelier::session {

namespace {

using json = nlohmann::json;

std::vector<std::string> splitPath(std::string_view path)
{
    std::vector<std::string> keys;
    std::string key;
    for (char c : path) {
        if (c == '.') {
            keys.push_back(key);
            key.clear();
        } else {
            key += c;
        }
    }
    keys.push_back(key);
    return keys;
}

// JSON text is UTF-8: nlohmann throws type_error 316 printing a string that is not.
bool isUtf8(std::string_view text)
{
    try {
        (void)json(std::string(text)).dump();
        return true;
    } catch (const json::type_error&) {
        return false;
    }
}

bool validPath(const std::vector<std::string>& keys)
{
    for (const std::string& k : keys)
        if (k.empty()) return false;
    return true;
}

// A design file gives each thing one way; setting one form removes the others,
// so "set stone.carat 1.2" on a stone sized by diameter resizes it rather than
// being refused as "give its size one way".
void dropAlternatives(json& doc, const std::vector<std::string>& keys)
{
    if (keys.size() == 1 && keys[0] == "metal") {
        doc.erase("metals");
        return;
    }
    if (keys.size() == 2 && keys[0] == "stone" && doc.contains("stone") && doc["stone"].is_object()) {
        json& stone = doc["stone"];
        const std::string& k = keys[1];
        if (k == "diameter_mm") {
            for (const char* other : {"length_mm", "width_mm", "carat", "ratio"}) stone.erase(other);
        } else if (k == "length_mm" || k == "width_mm") {
            for (const char* other : {"diameter_mm", "carat", "ratio"}) stone.erase(other);
        } else if (k == "carat") {
            for (const char* other : {"diameter_mm", "length_mm", "width_mm"}) stone.erase(other);
        }
    }
}

}  // namespace

design::PieceSpec withField(const design::PieceSpec& spec, std::string_view path,
                            std::string_view jsonValue, std::string_view source)
{
    const std::string file(source);
    const std::string field(path);
    const std::vector<std::string> keys = splitPath(path);
    if (!validPath(keys) || !isUtf8(path))
        throw design::DesignFileError(file, {"'" + field + "' is not a field; give dot-separated keys "
                                             "of the design file, e.g. stone.diameter_mm"});
    if (keys.size() == 1 && (keys[0] == "format" || keys[0] == "version"))
        throw design::DesignFileError(file, {field + ": is fixed by the file format and cannot be set"});

    // Within the loaders' limits (design::parseJsonInput): a value nested
    // deeper than kMaxJsonDepth would overflow the stack when printed below.
    json value;
    try {
        value = design::parseJsonInput(jsonValue);
    } catch (const design::ReadFileError& e) {
        if (json::accept(jsonValue)) throw design::DesignFileError(file, {field + ": " + e.what()});
        // metals.head pt950: a bare word is the string it spells, if it is text.
        if (!isUtf8(jsonValue))
            throw design::DesignFileError(file, {field + ": the value is not UTF-8 text; give a JSON value "
                                                         "or a word, e.g. 7.2 or pt950"});
        value = std::string(jsonValue);
    }

    json doc = json::parse(design::serialiseDesign(spec));
    // A one-metal design names `metal`; a mixed one names `metals`, whose
    // roles not given take the band's metal. Giving one role a metal turns the
    // design mixed, with the band keeping the metal it had.
    if (keys.size() == 2 && keys[0] == "metals" && !doc.contains("metals") && doc.contains("metal")) {
        doc["metals"] = json{{"band", doc["metal"]}};
        doc.erase("metal");
    }
    dropAlternatives(doc, keys);

    json* node = &doc;
    for (std::size_t i = 0; i + 1 < keys.size(); ++i) {
        auto it = node->find(keys[i]);
        if (it == node->end() || !it->is_object()) {
            std::string parent;
            for (std::size_t j = 0; j <= i; ++j) parent += (j ? "." : "") + keys[j];
            throw design::DesignFileError(
                file, {field + ": this design has no '" + parent + "' object to hold '" + keys[i + 1] + "'"});
        }
        node = &*it;
    }
    (*node)[keys.back()] = value;
    // parseDesign checks the result by every rule a file is checked by, and
    // names `source` and the field in what it throws.
    return design::parseDesign(doc.dump(), file);
}

std::string fieldValue(const design::PieceSpec& spec, std::string_view path)
{
    const std::vector<std::string> keys = splitPath(path);
    const json doc = json::parse(design::serialiseDesign(spec));
    const json* node = &doc;
    for (const std::string& k : keys) {
        if (!node->is_object() || !node->contains(k))
            throw std::invalid_argument("'" + std::string(path) + "' is not a field of this design");
        node = &node->at(k);
    }
    return node->dump();
}

}  // namespace atelier::session

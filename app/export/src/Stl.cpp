#include "exporters/Stl.h"

#include <design/AtomicFile.h>
#include <design/Materials.h>

#include <glm/geometric.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <stdexcept>

namespace atelier::exporters {
namespace {

// The metal roles each kind of piece is made of (PieceSpec::metals).
const std::vector<std::string>& metalRoles(design::PieceType type)
{
    static const std::vector<std::string> ring{"band", "head", "prongs", "halo", "accents"};
    static const std::vector<std::string> band{"band", "accents"};
    static const std::vector<std::string> pendant{"head", "prongs", "halo", "bail"};
    static const std::vector<std::string> earrings{"head", "prongs", "halo", "post", "back"};
    switch (type) {
    case design::PieceType::Ring: return ring;
    case design::PieceType::Band: return band;
    case design::PieceType::Pendant: return pendant;
    case design::PieceType::Earrings: return earrings;
    }
    return ring;
}

void putU32(std::vector<std::uint8_t>& out, std::uint32_t v)
{
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
}

// IEEE 754 binary32, little-endian whatever the host's byte order.
void putF32(std::vector<std::uint8_t>& out, float f)
{
    std::uint32_t bits = 0;
    static_assert(sizeof bits == sizeof f);
    std::memcpy(&bits, &f, sizeof bits);
    putU32(out, bits);
}

double scaleFor(double shrinkagePercent)
{
    if (!std::isfinite(shrinkagePercent) || shrinkagePercent < 0.0 || shrinkagePercent >= 20.0)
        throw std::invalid_argument("STL shrinkage: " + std::to_string(shrinkagePercent) +
                                    " % is outside 0 to below 20 %");
    return 1.0 / (1.0 - shrinkagePercent / 100.0);
}

}  // namespace

double castingShrinkagePercent(const design::PieceSpec& spec)
{
    const design::MaterialCatalogue& catalogue = design::MaterialCatalogue::builtIn();
    double largest = 0.0;
    for (const std::string& role : metalRoles(spec.piece)) {
        const std::string id = spec.metalFor(role);
        const design::MetalInfo* metal = catalogue.metal(id);
        if (!metal)
            throw std::invalid_argument("metals." + role + ": '" + id +
                                        "' is not a metal in the material catalogue");
        largest = std::max(largest, metal->castingShrinkagePercent);
    }
    return largest;
}

std::vector<std::uint8_t> stlBytes(const design::PieceSpec& spec, const design::Piece& piece,
                                   const StlOptions& options)
{
    const double k = scaleFor(options.shrinkagePercent);

    std::size_t triangles = 0;
    std::vector<const design::Component*> parts;
    for (const design::Component& c : piece.components)
        if (c.kind == design::ComponentKind::Metal || options.includeStones) {
            parts.push_back(&c);
            triangles += c.mesh.triangleCount();
        }
    if (triangles > 0xFFFFFFFFu) throw std::length_error("STL: more than 2^32 - 1 triangles");

    std::vector<std::uint8_t> out;
    out.reserve(84 + 50 * triangles);

    // The header must not begin with "solid" (readers would take it for ASCII STL).
    char header[81] = {};
    std::snprintf(header, sizeof header, "Atelier %s; mm; scale %.6f for %.2f %% casting shrinkage",
                  spec.name.c_str(), k, options.shrinkagePercent);
    out.insert(out.end(), header, header + 80);
    putU32(out, static_cast<std::uint32_t>(triangles));

    for (const design::Component* c : parts) {
        const design::MeshData& m = c->mesh;
        for (std::size_t t = 0; t + 2 < m.indices.size(); t += 3) {
            std::array<glm::dvec3, 3> v;
            for (int i = 0; i < 3; ++i) v[i] = glm::dvec3(m.positions.at(m.indices[t + i])) * k;
            // Counter-clockwise seen from outside (Mesh.h): the right-hand normal points out.
            glm::dvec3 n = glm::cross(v[1] - v[0], v[2] - v[0]);
            const double len = glm::length(n);
            if (len > 1e-12) {
                n /= len;
            } else {
                // A degenerate sliver: the vertex normals' mean, or zero (readers then
                // recompute it from the winding).
                n = glm::dvec3(0.0);
                if (m.normals.size() == m.positions.size())
                    for (int i = 0; i < 3; ++i) n += glm::dvec3(m.normals[m.indices[t + i]]);
                const double nl = glm::length(n);
                n = nl > 1e-12 ? n / nl : glm::dvec3(0.0);
            }
            for (int i = 0; i < 3; ++i) putF32(out, static_cast<float>(n[i]));
            for (const glm::dvec3& p : v)
                for (int i = 0; i < 3; ++i) putF32(out, static_cast<float>(p[i]));
            out.push_back(0);
            out.push_back(0);
        }
    }
    return out;
}

void writeStl(const std::string& path, const design::PieceSpec& spec, const design::Piece& piece,
              const StlOptions& options)
{
    std::vector<std::uint8_t> bytes;
    try {
        bytes = stlBytes(spec, piece, options);
    } catch (const std::exception& e) {
        throw std::runtime_error(path + ": " + e.what());
    }
    design::writeFileAtomic(
        path, std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
}

}  // namespace atelier::exporters

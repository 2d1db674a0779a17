#include "Sweep.h"

#include <cstdint>

namespace atelier::design::sweep {

glm::dvec3 anyPerpendicular(const glm::dvec3& t)
{
    const glm::dvec3 axis = std::abs(t.y) < 0.9 ? glm::dvec3(0, 1, 0) : glm::dvec3(1, 0, 0);
    return glm::normalize(glm::cross(t, axis));
}

glm::dvec3 rotateAbout(const glm::dvec3& v, const glm::dvec3& axis, double angle)
{
    const double c = std::cos(angle), s = std::sin(angle);
    return v * c + glm::cross(axis, v) * s + axis * glm::dot(axis, v) * (1.0 - c);
}

glm::dvec3 transport(const glm::dvec3& n, const glm::dvec3& t0, const glm::dvec3& t1)
{
    const glm::dvec3 axis = glm::cross(t0, t1);
    const double sinA = glm::length(axis);
    glm::dvec3 out = n;
    if (sinA > 1e-12) out = rotateAbout(n, axis / sinA, std::atan2(sinA, glm::dot(t0, t1)));
    return glm::normalize(out - t1 * glm::dot(out, t1));
}

void appendTube(MeshData& mesh, const std::vector<TubeRing>& rings, int sides, bool loop,
                EndCap startCap, EndCap endCap, int capRings)
{
    const std::size_t m = rings.size();
    std::vector<glm::dvec3> normal(m), binormal(m);
    normal[0] = anyPerpendicular(rings[0].tangent);
    for (std::size_t i = 1; i < m; ++i)
        normal[i] = transport(normal[i - 1], rings[i - 1].tangent, rings[i].tangent);
    if (loop) {
        // Share out the frame's twist after one lap so the seam matches.
        const glm::dvec3 back = transport(normal[m - 1], rings[m - 1].tangent, rings[0].tangent);
        const double twist = std::atan2(glm::dot(glm::cross(back, normal[0]), rings[0].tangent),
                                        glm::dot(back, normal[0]));
        for (std::size_t i = 1; i < m; ++i)
            normal[i] = rotateAbout(normal[i], rings[i].tangent,
                                    twist * static_cast<double>(i) / static_cast<double>(m));
    }
    for (std::size_t i = 0; i < m; ++i)
        binormal[i] = glm::cross(rings[i].tangent, normal[i]);

    const auto base = static_cast<std::uint32_t>(mesh.positions.size());
    const auto n = static_cast<std::uint32_t>(sides);
    std::vector<glm::dvec3> around(static_cast<std::size_t>(sides));
    auto ringDirection = [&](std::size_t i, int a) {
        const double phi = 2.0 * kSweepPi * a / sides;
        return normal[i] * std::cos(phi) + binormal[i] * std::sin(phi);
    };
    for (std::size_t i = 0; i < m; ++i) {
        // The surface leans by the taper: its normal tilts back by dr/ds.
        const std::size_t prev = i > 0 ? i - 1 : (loop ? m - 1 : i);
        const std::size_t next = i + 1 < m ? i + 1 : (loop ? 0 : i);
        const double ds = glm::length(rings[next].centre - rings[prev].centre);
        const double slope = ds > 0 ? (rings[next].radius - rings[prev].radius) / ds : 0.0;
        for (int a = 0; a < sides; ++a) {
            const glm::dvec3 u = ringDirection(i, a);
            mesh.positions.emplace_back(rings[i].centre + u * rings[i].radius);
            mesh.normals.emplace_back(glm::normalize(u - rings[i].tangent * slope));
        }
    }
    auto vertex = [&](std::size_t i, int a) {
        return base + static_cast<std::uint32_t>(i % m) * n + static_cast<std::uint32_t>(a % sides);
    };
    // Rings advance along the tangent and `a` turns from the normal to the
    // binormal, so (i, a), (i, a + 1), (i + 1, a) faces outward.
    auto quads = [&mesh, sides](auto&& v0, auto&& v1) {
        for (int a = 0; a < sides; ++a)
            mesh.indices.insert(mesh.indices.end(),
                                {v0(a), v0(a + 1), v1(a), v0(a + 1), v1(a + 1), v1(a)});
    };
    const std::size_t spans = loop ? m : m - 1;
    for (std::size_t i = 0; i < spans; ++i)
        quads([&](int a) { return vertex(i, a); }, [&](int a) { return vertex(i + 1, a); });
    if (loop) return;

    if (startCap == EndCap::Flat) {
        // A disc facing back along the tangent, with its own flat normals.
        const glm::dvec3 back = -rings[0].tangent;
        const auto centre = static_cast<std::uint32_t>(mesh.positions.size());
        mesh.positions.emplace_back(rings[0].centre);
        mesh.normals.emplace_back(back);
        for (int a = 0; a < sides; ++a) {
            mesh.positions.emplace_back(rings[0].centre + ringDirection(0, a) * rings[0].radius);
            mesh.normals.emplace_back(back);
        }
        for (int a = 0; a < sides; ++a) {
            const std::uint32_t v0 = centre + 1 + static_cast<std::uint32_t>(a);
            const std::uint32_t v1 = centre + 1 + static_cast<std::uint32_t>((a + 1) % sides);
            mesh.indices.insert(mesh.indices.end(), {centre, v1, v0});
        }
    }
    if (endCap == EndCap::Dome) {
        // A hemisphere continuing the last ring along the tangent.
        const TubeRing& last = rings[m - 1];
        const auto first = static_cast<std::uint32_t>(mesh.positions.size());
        for (int k = 1; k < capRings; ++k) {
            const double lat = 0.5 * kSweepPi * k / capRings;
            for (int a = 0; a < sides; ++a) {
                const glm::dvec3 u = ringDirection(m - 1, a);
                const glm::dvec3 dir = u * std::cos(lat) + last.tangent * std::sin(lat);
                mesh.positions.emplace_back(last.centre + dir * last.radius);
                mesh.normals.emplace_back(dir);
            }
        }
        const auto pole = static_cast<std::uint32_t>(mesh.positions.size());
        mesh.positions.emplace_back(last.centre + last.tangent * last.radius);
        mesh.normals.emplace_back(last.tangent);
        auto capRing = [&](int k, int a) {
            if (k == 0) return vertex(m - 1, a);
            return first + static_cast<std::uint32_t>((k - 1) * sides + a % sides);
        };
        for (int k = 0; k + 1 < capRings; ++k)
            quads([&](int a) { return capRing(k, a); }, [&](int a) { return capRing(k + 1, a); });
        for (int a = 0; a < sides; ++a)
            mesh.indices.insert(mesh.indices.end(),
                                {capRing(capRings - 1, a), capRing(capRings - 1, a + 1), pole});
    }
}

}  // namespace atelier::design::sweep

#pragma once
// Live GL objects of the current context, counted by probing names: a leak
// check for long runs (tests/soak). Names are probed with glIs*, so an object
// counts once it has been bound or created (a name from glGen* that was never
// bound is not yet an object, and is not counted).

#include <string>

namespace atelier::render {

struct GlObjectCounts {
    int buffers = 0;
    int textures = 0;
    int framebuffers = 0;
    int renderbuffers = 0;
    int vertexArrays = 0;
    int programs = 0;
    int shaders = 0;
    int samplers = 0;
    int queries = 0;
    // The highest live name of any kind; when it nears the probed maxName, names
    // beyond it may be live too and the counts are a lower bound. Not compared.
    unsigned highestName = 0;

    int total() const;
    // Equal counts of every kind (highestName aside).
    bool operator==(const GlObjectCounts& other) const;
};

// Probes names 1..maxName of each kind in the current context (needs one).
// Costs about maxName × 9 driver calls: a few ms for 4096 on llvmpipe.
GlObjectCounts countGlObjects(unsigned maxName = 4096);

// "buffers 12, textures 31, framebuffers 6, ..., highest name 57".
std::string toString(const GlObjectCounts& counts);

}  // namespace atelier::render

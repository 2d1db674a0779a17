#include "render/GlObjects.h"

#include <glad/gl.h>

#include <algorithm>

namespace atelier::render {

int GlObjectCounts::total() const
{
    return buffers + textures + framebuffers + renderbuffers + vertexArrays + programs + shaders +
           samplers + queries;
}

bool GlObjectCounts::operator==(const GlObjectCounts& o) const
{
    return buffers == o.buffers && textures == o.textures && framebuffers == o.framebuffers &&
           renderbuffers == o.renderbuffers && vertexArrays == o.vertexArrays &&
           programs == o.programs && shaders == o.shaders && samplers == o.samplers &&
           queries == o.queries;
}

GlObjectCounts countGlObjects(unsigned maxName)
{
    GlObjectCounts c;
    for (GLuint name = 1; name <= maxName; ++name) {
        const int before = c.total();
        c.buffers += glIsBuffer(name) == GL_TRUE;
        c.textures += glIsTexture(name) == GL_TRUE;
        c.framebuffers += glIsFramebuffer(name) == GL_TRUE;
        c.renderbuffers += glIsRenderbuffer(name) == GL_TRUE;
        c.vertexArrays += glIsVertexArray(name) == GL_TRUE;
        c.programs += glIsProgram(name) == GL_TRUE;
        c.shaders += glIsShader(name) == GL_TRUE;
        c.samplers += glIsSampler(name) == GL_TRUE;
        c.queries += glIsQuery(name) == GL_TRUE;
        if (c.total() != before) c.highestName = std::max(c.highestName, name);
    }
    return c;
}

std::string toString(const GlObjectCounts& c)
{
    return "buffers " + std::to_string(c.buffers) + ", textures " + std::to_string(c.textures) +
           ", framebuffers " + std::to_string(c.framebuffers) + ", renderbuffers " +
           std::to_string(c.renderbuffers) + ", vertex arrays " + std::to_string(c.vertexArrays) +
           ", programs " + std::to_string(c.programs) + ", shaders " + std::to_string(c.shaders) +
           ", samplers " + std::to_string(c.samplers) + ", queries " + std::to_string(c.queries) +
           ", highest name " + std::to_string(c.highestName);
}

}  // namespace atelier::render

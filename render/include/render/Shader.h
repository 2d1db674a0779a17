#pragma once
// GLSL programs built from files in render/shaders/. The files are embedded at
// build time; a debug build reads them from the source folder instead, so
// `reload()` picks up edits. `#include "name.glsl"` is expanded, and variants
// are made by prepending `#define`s.

#include <glm/mat4x4.hpp>
#include <glm/vec2.hpp>
#include <glm/vec3.hpp>
#include <glm/vec4.hpp>

#include <string>
#include <vector>

namespace atelier::render {

// The text of a shader file with its includes expanded. Throws std::runtime_error
// naming the file when it is missing.
std::string loadShaderSource(const std::string& name);

class ShaderProgram {
public:
    ShaderProgram(std::string vertexFile, std::string fragmentFile, std::vector<std::string> defines = {});
    ~ShaderProgram();
    ShaderProgram(const ShaderProgram&) = delete;
    ShaderProgram& operator=(const ShaderProgram&) = delete;

    // Compiles and links. On failure keeps the previous program, stores the log
    // (with the file name) in error() and returns false.
    bool reload();
    const std::string& error() const { return error_; }
    bool valid() const { return program_ != 0; }

    void use() const;
    int location(const char* name) const;
    void set(const char* name, int v) const;
    void set(const char* name, float v) const;
    void set(const char* name, const glm::vec2& v) const;
    void set(const char* name, const glm::vec3& v) const;
    void set(const char* name, const glm::vec4& v) const;
    void set(const char* name, const glm::mat4& v) const;
    void setArray(const char* name, const std::vector<glm::vec4>& v) const;

private:
    std::string vertexFile_;
    std::string fragmentFile_;
    std::vector<std::string> defines_;
    unsigned program_ = 0;
    std::string error_;
};

}  // namespace atelier::render

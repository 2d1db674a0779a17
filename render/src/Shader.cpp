#include "render/Shader.h"

#include "atelier_render_shaders.h"

#include <glad/gl.h>
#include <glm/gtc/type_ptr.hpp>

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace atelier::render {
namespace {

std::string readShaderFile(const std::string& name)
{
#ifdef ATELIER_SHADER_SOURCE_DIR
    // Debug builds read the source tree so that edits reload without a rebuild.
    std::ifstream in(std::string(ATELIER_SHADER_SOURCE_DIR) + "/" + name);
    if (in) {
        std::ostringstream ss;
        ss << in.rdbuf();
        return ss.str();
    }
#endif
    const std::string_view embedded = shaders::find(name);
    if (embedded.empty()) throw std::runtime_error("render/shaders/" + name + ": no such shader file");
    return std::string(embedded);
}

std::string expandIncludes(const std::string& name, int depth)
{
    if (depth > 8) throw std::runtime_error("render/shaders/" + name + ": includes nest too deep");
    std::istringstream in(readShaderFile(name));
    std::string out, line;
    int lineNo = 0;
    while (std::getline(in, line)) {
        ++lineNo;
        const auto pos = line.find("#include \"");
        if (pos != std::string::npos && line.find_first_not_of(" \t") == pos) {
            const auto end = line.find('"', pos + 10);
            out += expandIncludes(line.substr(pos + 10, end - pos - 10), depth + 1);
        } else {
            out += line;
        }
        out += '\n';
    }
    return out;
}

unsigned compile(GLenum type, const std::string& file, const std::string& body,
                 const std::vector<std::string>& defines, std::string& error)
{
    std::string src = "#version 410 core\n";
    for (const std::string& d : defines) src += "#define " + d + "\n";
    src += "#line 1\n" + body;
    const GLuint shader = glCreateShader(type);
    const char* text = src.c_str();
    glShaderSource(shader, 1, &text, nullptr);
    glCompileShader(shader);
    GLint ok = 0;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
    if (!ok) {
        GLint len = 0;
        glGetShaderiv(shader, GL_INFO_LOG_LENGTH, &len);
        std::string log(static_cast<std::size_t>(std::max(len, 1)), '\0');
        glGetShaderInfoLog(shader, len, nullptr, log.data());
        error = "render/shaders/" + file + ": " + log;
        glDeleteShader(shader);
        return 0;
    }
    return shader;
}

}  // namespace

std::string loadShaderSource(const std::string& name) { return expandIncludes(name, 0); }

ShaderProgram::ShaderProgram(std::string vertexFile, std::string fragmentFile,
                             std::vector<std::string> defines)
    : vertexFile_(std::move(vertexFile)), fragmentFile_(std::move(fragmentFile)),
      defines_(std::move(defines))
{
    if (!reload()) throw std::runtime_error(error_);
}

ShaderProgram::~ShaderProgram()
{
    if (program_) glDeleteProgram(program_);
}

bool ShaderProgram::reload()
{
    std::string vsText, fsText;
    try {
        vsText = loadShaderSource(vertexFile_);
        fsText = loadShaderSource(fragmentFile_);
    } catch (const std::exception& e) {
        error_ = e.what();
        return false;
    }
    const unsigned vs = compile(GL_VERTEX_SHADER, vertexFile_, vsText, defines_, error_);
    if (!vs) return false;
    const unsigned fs = compile(GL_FRAGMENT_SHADER, fragmentFile_, fsText, defines_, error_);
    if (!fs) {
        glDeleteShader(vs);
        return false;
    }
    const GLuint program = glCreateProgram();
    glAttachShader(program, vs);
    glAttachShader(program, fs);
    glBindAttribLocation(program, 0, "a_position");
    glBindAttribLocation(program, 1, "a_normal");
    glLinkProgram(program);
    glDeleteShader(vs);
    glDeleteShader(fs);
    GLint ok = 0;
    glGetProgramiv(program, GL_LINK_STATUS, &ok);
    if (!ok) {
        GLint len = 0;
        glGetProgramiv(program, GL_INFO_LOG_LENGTH, &len);
        std::string log(static_cast<std::size_t>(std::max(len, 1)), '\0');
        glGetProgramInfoLog(program, len, nullptr, log.data());
        error_ = "render/shaders/" + vertexFile_ + " + " + fragmentFile_ + ": link failed: " + log;
        glDeleteProgram(program);
        return false;
    }
    if (program_) glDeleteProgram(program_);
    program_ = program;
    error_.clear();
    return true;
}

void ShaderProgram::use() const { glUseProgram(program_); }
int ShaderProgram::location(const char* name) const { return glGetUniformLocation(program_, name); }
void ShaderProgram::set(const char* name, int v) const { glUniform1i(location(name), v); }
void ShaderProgram::set(const char* name, float v) const { glUniform1f(location(name), v); }
void ShaderProgram::set(const char* name, const glm::vec2& v) const
{
    glUniform2fv(location(name), 1, glm::value_ptr(v));
}
void ShaderProgram::set(const char* name, const glm::vec3& v) const
{
    glUniform3fv(location(name), 1, glm::value_ptr(v));
}
void ShaderProgram::set(const char* name, const glm::vec4& v) const
{
    glUniform4fv(location(name), 1, glm::value_ptr(v));
}
void ShaderProgram::set(const char* name, const glm::mat4& v) const
{
    glUniformMatrix4fv(location(name), 1, GL_FALSE, glm::value_ptr(v));
}
void ShaderProgram::setArray(const char* name, const std::vector<glm::vec4>& v) const
{
    if (!v.empty())
        glUniform4fv(location(name), static_cast<GLsizei>(v.size()), glm::value_ptr(v.front()));
}

}  // namespace atelier::render

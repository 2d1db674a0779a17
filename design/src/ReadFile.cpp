#include <design/ReadFile.h>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace atelier::design {

namespace {

std::string mib(std::uintmax_t bytes)
{
    return bytes % (1u << 20) == 0 ? std::to_string(bytes >> 20) + " MiB"
                                   : std::to_string(bytes) + " bytes";
}

std::string tooLarge(std::string_view kind, std::uintmax_t maxBytes, const std::string& size)
{
    return "the file is " + size + "; " + std::string(kind) + " is at most " + mib(maxBytes) +
           ", so it is refused unread";
}

}  // namespace

std::string readFileBounded(const std::string& path, std::uintmax_t maxBytes, std::string_view kind)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw ReadFileError(std::string("cannot open: ") + std::strerror(errno));
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    struct stat st {};
    if (::fstat(fd, &st) != 0) throw ReadFileError(std::string("cannot read: ") + std::strerror(errno));
    if (S_ISDIR(st.st_mode)) throw ReadFileError("is a directory, not " + std::string(kind));
    if (S_ISREG(st.st_mode) && static_cast<std::uintmax_t>(st.st_size) > maxBytes)
        throw ReadFileError(tooLarge(kind, maxBytes, std::to_string(st.st_size) + " bytes"));
    std::string bytes;
    if (S_ISREG(st.st_mode)) bytes.reserve(static_cast<std::size_t>(st.st_size));
    char chunk[65536];
    for (;;) {
        const ssize_t n = ::read(fd, chunk, sizeof chunk);
        if (n < 0) {
            if (errno == EINTR) continue;
            throw ReadFileError(std::string("cannot read: ") + std::strerror(errno));
        }
        if (n == 0) break;
        bytes.append(chunk, static_cast<std::size_t>(n));
        if (bytes.size() > maxBytes) throw ReadFileError(tooLarge(kind, maxBytes, "over " + mib(maxBytes)));
    }
    return bytes;
}

void checkJsonDepth(std::string_view text)
{
    // A scan, building nothing: outside strings, each [ or { opens a level.
    int depth = 0;
    bool inString = false, escaped = false;
    std::size_t line = 1, column = 0;
    for (char c : text) {
        ++column;
        if (c == '\n') {
            ++line;
            column = 0;
        }
        if (inString) {
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '"') inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxJsonDepth)
                throw ReadFileError("not valid JSON: nested deeper than " + std::to_string(kMaxJsonDepth) +
                                    " levels at line " + std::to_string(line) + ", column " +
                                    std::to_string(column));
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
}

}  // namespace atelier::design

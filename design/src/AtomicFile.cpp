#include <design/AtomicFile.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

#include <memory>
#include <string>

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

namespace atelier::design {

namespace {

// Removes "<name>.tmp-<pid>" files in `dir` left by writers killed before
// their rename: their pid no longer runs (ESRCH), so no one will finish them.
// A live pid's (or a zombie's) file is left alone; failures are ignored.
void removeStaleTemps(const std::string& dir, const std::string& name)
{
    const std::string prefix = name + ".tmp-";
    std::unique_ptr<DIR, int (*)(DIR*)> d(::opendir(dir.c_str()), &::closedir);
    if (!d) return;
    while (const dirent* e = ::readdir(d.get())) {
        const std::string entry = e->d_name;
        if (entry.size() <= prefix.size() || entry.compare(0, prefix.size(), prefix) != 0) continue;
        const std::string digits = entry.substr(prefix.size());
        if (digits.size() > 9 || digits.find_first_not_of("0123456789") != std::string::npos) continue;
        const pid_t pid = static_cast<pid_t>(std::stol(digits));
        if (pid <= 0 || pid == ::getpid()) continue;
        if (::kill(pid, 0) != 0 && errno == ESRCH) ::unlink((dir + "/" + entry).c_str());
    }
}

}  // namespace

void writeFileAtomic(const std::string& path, std::string_view bytes)
{
    const std::string tmp = path + ".tmp-" + std::to_string(::getpid());
    auto fail = [&](const char* step) {
        const std::string why = std::strerror(errno);
        ::unlink(tmp.c_str());
        throw std::runtime_error(path + ": could not save (" + step + ": " + why +
                                 "); the previous file is unchanged");
    };
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) fail("create");
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            const int saved = errno;
            ::close(fd);
            errno = saved;
            fail("write");
        }
        done += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0) {
        const int saved = errno;
        ::close(fd);
        errno = saved;
        fail("fsync");
    }
    if (::close(fd) != 0) fail("close");
    if (::rename(tmp.c_str(), path.c_str()) != 0) fail("rename");
    // The rename itself is durable only once the directory is on disk; a
    // failure here leaves the new file in place, so it is not reported.
    const std::string::size_type slash = path.find_last_of('/');
    const std::string dir = slash == std::string::npos ? "." : slash == 0 ? "/" : path.substr(0, slash);
    const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
    removeStaleTemps(dir, slash == std::string::npos ? path : path.substr(slash + 1));
}

}  // namespace atelier::design

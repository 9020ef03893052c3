#include "app/store/writer_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <thread>

namespace chongal::store {

namespace {

// Locks `path` if it names the file we opened. The holder removes the companion before it lets
// go, so a lock won on a file that is no longer at `path` protects nothing: the caller retries.
enum class Attempt { Held, Busy, Stale };

Attempt tryLock(int fd, const std::string& path) {
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        if (errno == EWOULDBLOCK || errno == EINTR) return Attempt::Busy;
        throw StoreException(ErrorKind::Io, path + ": cannot lock (" + std::strerror(errno) + ")");
    }
    struct stat opened {
    }, named{};
    if (::fstat(fd, &opened) != 0 || ::stat(path.c_str(), &named) != 0 ||
        opened.st_dev != named.st_dev || opened.st_ino != named.st_ino)
        return Attempt::Stale;
    return Attempt::Held;
}

}  // namespace

std::string WriterLock::companionPath(const std::string& storePath) {
    return storePath + "-writer";
}

WriterLock WriterLock::acquire(const std::string& storePath, int timeoutMs) {
    const std::string path = companionPath(storePath);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    for (;;) {
        const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (fd < 0)
            throw StoreException(ErrorKind::Io, path + ": cannot create the writer lock (" +
                                                    std::strerror(errno) + ")");
        Attempt attempt = Attempt::Busy;
        try {
            attempt = tryLock(fd, path);
        } catch (...) {
            ::close(fd);
            throw;
        }
        if (attempt == Attempt::Held) return WriterLock(fd, path);
        ::close(fd);
        if (attempt == Attempt::Stale) continue;  // the holder just left: try the new file
        if (std::chrono::steady_clock::now() >= deadline)
            throw StoreException(ErrorKind::Locked, "another writer holds " + path);
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
}

void WriterLock::release() {
    if (fd_ < 0) return;
    ::unlink(path_.c_str());  // while still locked: see tryLock
    ::close(fd_);
    fd_ = -1;
}

WriterLock::WriterLock(WriterLock&& other) noexcept
    : fd_(other.fd_), path_(std::move(other.path_)) {
    other.fd_ = -1;
}

WriterLock& WriterLock::operator=(WriterLock&& other) noexcept {
    if (this != &other) {
        release();
        fd_ = other.fd_;
        path_ = std::move(other.path_);
        other.fd_ = -1;
    }
    return *this;
}

WriterLock::~WriterLock() {
    release();
}

}  // namespace chongal::store

#include "app/store/store_file.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <stdio.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fstream>
#include <random>

#include "app/store/schema.h"
#include "app/store/transaction.h"

namespace chongal::store {

namespace {

std::string errnoText() {
    return std::strerror(errno);
}

std::string directoryOf(const std::string& path) {
    const auto slash = path.find_last_of('/');
    if (slash == std::string::npos) return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

void removeWithSidecars(const std::string& path) {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) ::unlink((path + suffix).c_str());
}

// Moves `from` to `to` unless `to` exists. Returns false (and leaves `from`) when it does.
bool renameNoReplace(const std::string& from, const std::string& to) {
    if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0)
        return true;
    if (errno == EEXIST) return false;
    if (errno != EINVAL && errno != ENOSYS)
        throw StoreException(ErrorKind::Io, "cannot create " + to + ": " + errnoText());
    // File systems without RENAME_NOREPLACE: link() refuses to replace too.
    if (::link(from.c_str(), to.c_str()) != 0) {
        if (errno == EEXIST) return false;
        throw StoreException(ErrorKind::Io, "cannot create " + to + ": " + errnoText());
    }
    ::unlink(from.c_str());
    return true;
}

void syncDirectory(const std::string& dir) {
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

}  // namespace

std::int64_t wallClockNow() {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

FileFacts inspectFile(const std::string& path) {
    FileFacts facts;
    if (::access(path.c_str(), F_OK) != 0) {
        if (errno == ENOENT) return facts;
        throw StoreException(ErrorKind::Io, "cannot reach " + path + ": " + errnoText());
    }
    facts.exists = true;
    std::ifstream in(path, std::ios::binary);
    if (!in) throw StoreException(ErrorKind::Io, "cannot read " + path + ": " + errnoText());
    char header[16] = {};
    in.read(header, sizeof header);
    facts.sqliteHeader = in.gcount() == sizeof header &&
                         std::memcmp(header, "SQLite format 3\0", sizeof header) == 0;
    in.clear();
    in.seekg(0, std::ios::end);
    facts.size = static_cast<std::int64_t>(in.tellg());
    std::ifstream wal(path + "-wal", std::ios::binary | std::ios::ate);
    facts.walHasContent = wal && wal.tellg() > 0;
    return facts;
}

void createStoreFile(const std::string& path, std::int64_t now) {
    std::random_device rd;
    const std::string temp =
        path + ".creating-" + std::to_string(::getpid()) + "-" + std::to_string(rd() % 1000000);
    try {
        {
            Connection conn = Connection::open(
                temp, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX);
            conn.exec("PRAGMA page_size = 4096");
            conn.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
            if (conn.queryTexts("PRAGMA journal_mode = WAL") != std::vector<std::string>{"wal"})
                throw StoreException(ErrorKind::Io, "the file system of " + path +
                                                        " does not support SQLite WAL mode");
            conn.exec("PRAGMA synchronous = FULL");
            Transaction tx(conn);
            migrate(conn, migrations(), now);
            tx.commit();
        }  // closing checkpoints the WAL into the file and syncs it
        if (!renameNoReplace(temp, path)) removeWithSidecars(temp);
        syncDirectory(directoryOf(path));
    } catch (const StoreException& e) {
        removeWithSidecars(temp);
        const auto kind =
            e.error().kind == ErrorKind::Internal ? ErrorKind::Internal : ErrorKind::Io;
        throw StoreException(kind, "cannot create shift store " + path + ": " + e.what());
    }
}

}  // namespace chongal::store

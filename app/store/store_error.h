#pragma once
// Typed errors of the shift store and a small value-or-error Result (std::expected is C++23).
// Public ShiftStore functions return Result; internally the store throws StoreException and
// converts it at the API boundary, so SQL plumbing stays linear.
#include <stdexcept>
#include <string>
#include <utility>
#include <variant>

namespace chongal::store {

enum class ErrorKind {
    NotAStore,      // not an SQLite file, or an SQLite file that is not a Chongal shift store
    NewerSchema,    // written by a newer Chongal: this build cannot read it safely
    OlderSchema,    // read-only open of a store that needs a migration (open it read-write once)
    Damaged,        // integrity check failed or SQLite reported corruption
    Locked,         // another console (or a review) has the store open
    Io,             // file system: missing, unreadable, disk full, ...
    ReadOnly,       // a write on a store opened read-only
    NoSuchShift,    // unknown shift id
    ShiftFinished,  // events appended to a shift that was finished
    InvalidInput,   // a value the store cannot keep (e.g. a non-finite coordinate)
    Internal,       // SQLite misuse or an unexpected result: a bug
};

const char* errorKindName(ErrorKind kind);

struct StoreError {
    ErrorKind kind = ErrorKind::Internal;
    std::string message;  // for people: says which file and what to do
};

class StoreException : public std::runtime_error {
public:
    explicit StoreException(StoreError e) : std::runtime_error(e.message), error_(std::move(e)) {}
    StoreException(ErrorKind kind, std::string message)
        : StoreException(StoreError{kind, std::move(message)}) {}
    const StoreError& error() const { return error_; }

private:
    StoreError error_;
};

struct Ok {};

template <class T>
class [[nodiscard]] Result {
public:
    Result(T value) : v_(std::move(value)) {}
    Result(StoreError error) : v_(std::move(error)) {}

    bool ok() const { return v_.index() == 0; }
    explicit operator bool() const { return ok(); }
    T& value() & { return std::get<0>(v_); }
    const T& value() const& { return std::get<0>(v_); }
    T&& value() && { return std::get<0>(std::move(v_)); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    const StoreError& error() const { return std::get<1>(v_); }

private:
    std::variant<T, StoreError> v_;
};

using Status = Result<Ok>;

}  // namespace chongal::store

#include "app/store/store_error.h"

namespace chongal::store {

const char* errorKindName(ErrorKind kind) {
    switch (kind) {
        case ErrorKind::NotAStore:
            return "not_a_store";
        case ErrorKind::NewerSchema:
            return "newer_schema";
        case ErrorKind::OlderSchema:
            return "older_schema";
        case ErrorKind::Damaged:
            return "damaged";
        case ErrorKind::Locked:
            return "locked";
        case ErrorKind::Io:
            return "io";
        case ErrorKind::ReadOnly:
            return "read_only";
        case ErrorKind::NoSuchShift:
            return "no_such_shift";
        case ErrorKind::ShiftFinished:
            return "shift_finished";
        case ErrorKind::InvalidInput:
            return "invalid_input";
        case ErrorKind::Internal:
            return "internal";
    }
    return "unknown";
}

}  // namespace chongal::store

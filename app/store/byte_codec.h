#pragma once
// Compact little-endian encodings for payloads and traces: LEB128 varints, zigzag for signed
// values, raw IEEE-754 bits for doubles (exact, including -0.0 and NaN payloads), strings as
// length + bytes. A reader that runs off the end throws a Damaged StoreException.
#include <bit>
#include <cstdint>
#include <string>
#include <string_view>

#include "app/store/store_error.h"

namespace chongal::store {

inline std::uint64_t zigzag(std::int64_t v) {
    return (static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63);
}
inline std::int64_t unzigzag(std::uint64_t u) {
    return static_cast<std::int64_t>(u >> 1) ^ -static_cast<std::int64_t>(u & 1);
}
// Differences wrap around (two's complement), so any pair of int64 values round-trips.
inline std::int64_t wrappingSub(std::int64_t a, std::int64_t b) {
    return static_cast<std::int64_t>(static_cast<std::uint64_t>(a) - static_cast<std::uint64_t>(b));
}
inline std::int64_t wrappingAdd(std::int64_t a, std::int64_t b) {
    return static_cast<std::int64_t>(static_cast<std::uint64_t>(a) + static_cast<std::uint64_t>(b));
}

class ByteWriter {
public:
    explicit ByteWriter(std::string& out) : out_(out) {}
    void byte(std::uint8_t b) { out_.push_back(static_cast<char>(b)); }
    void varint(std::uint64_t v) {
        while (v >= 0x80) {
            byte(static_cast<std::uint8_t>(v | 0x80));
            v >>= 7;
        }
        byte(static_cast<std::uint8_t>(v));
    }
    void signedVarint(std::int64_t v) { varint(zigzag(v)); }
    void real(double d) {
        const auto bits = std::bit_cast<std::uint64_t>(d);
        for (int i = 0; i < 8; ++i) byte(static_cast<std::uint8_t>(bits >> (8 * i)));
    }
    void string(std::string_view s) {
        varint(s.size());
        out_.append(s);
    }

private:
    std::string& out_;
};

class ByteReader {
public:
    explicit ByteReader(std::string_view in) : in_(in) {}
    bool atEnd() const { return pos_ == in_.size(); }
    std::uint8_t byte() {
        need(1);
        return static_cast<std::uint8_t>(in_[pos_++]);
    }
    std::uint64_t varint() {
        std::uint64_t v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            const std::uint8_t b = byte();
            v |= static_cast<std::uint64_t>(b & 0x7f) << shift;
            if (!(b & 0x80)) return v;
        }
        throw StoreException(ErrorKind::Damaged, "malformed varint in stored data");
    }
    std::int64_t signedVarint() { return unzigzag(varint()); }
    double real() {
        need(8);
        std::uint64_t bits = 0;
        for (int i = 0; i < 8; ++i)
            bits |= static_cast<std::uint64_t>(static_cast<std::uint8_t>(in_[pos_ + i])) << (8 * i);
        pos_ += 8;
        return std::bit_cast<double>(bits);
    }
    std::string_view string() {
        const std::uint64_t n = varint();
        need(n);
        const std::string_view s = in_.substr(pos_, n);
        pos_ += n;
        return s;
    }

private:
    void need(std::uint64_t n) const {
        if (n > in_.size() - pos_)
            throw StoreException(ErrorKind::Damaged, "stored data ends early (truncated payload)");
    }
    std::string_view in_;
    std::size_t pos_ = 0;
};

}  // namespace chongal::store

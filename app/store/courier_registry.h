#pragma once
// Interns the courier ids of a shift (as feeds give them) into integer keys, the rows of the
// `couriers` table; traces carry the key. Keys are cached in memory per shift: safe because the
// store has one writer. After a failed (rolled back) transaction call forget(): the cache could
// hold keys of rows that no longer exist.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "app/store/statement.h"
#include "app/store/store_types.h"

namespace chongal::store {

class CourierRegistry {
public:
    explicit CourierRegistry(Connection& conn);

    // The key of `extId` in the shift, inserting a row when it is new (write transaction
    // required). Empty ids have no key.
    std::optional<std::int64_t> intern(ShiftId shift, std::string_view extId);
    // The key if known, without inserting.
    std::optional<std::int64_t> find(ShiftId shift, std::string_view extId);
    // key -> ext id of every row of the shift (for decoding).
    std::unordered_map<std::int64_t, std::string> names(ShiftId shift);

    void forget() {
        cache_.clear();
        last_ = nullptr;
    }

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const {
            return std::hash<std::string_view>{}(s);
        }
    };
    using Keys = std::unordered_map<std::string, std::int64_t, Hash, std::equal_to<>>;
    Keys& keysOf(ShiftId shift);

    Connection& conn_;
    Statement select_;
    Statement insert_;
    std::unordered_map<ShiftId, Keys> cache_;
    ShiftId lastShift_ = 0;
    Keys* last_ = nullptr;  // keys of lastShift_ (map nodes are stable)
};

}  // namespace chongal::store

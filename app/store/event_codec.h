#pragma once
// Storage form of a dispatch::Event: typed columns (type, at, order id, courier id, source) plus
// a compact payload with every other field, so a stored event decodes to exactly the event
// that was appended (doubles bit-exact, int64 times over their whole range, any UTF-8 text).
//
// Payload per type (byte_codec.h encodings; "Δt" = time minus Event::at, wrapping):
//   OrderCreated    pickup lat, lon, dropoff lat, lon (double); placedAt, readyAt, dueAt (Δt);
//                   size, pickupServiceS, dropoffServiceS (signed varint); customer, address,
//                   note (string)
//   OrderCancelled  reason (string)
//   CourierJoined   name (string); start lat, lon (double); has end (byte 0/1) [end lat, lon];
//                   shiftStart, shiftEnd (Δt); capacity (signed varint); speedKmh (double)
//   CourierMoved    lat, lon, headingDeg (double)
//   SequenceLocked  count (varint), stop keys (string)
//   others          no payload (stored as NULL)
// An empty order or courier id is stored as a NULL key and decodes back to "".
#include <string>
#include <string_view>

#include "core/dispatch/events.h"

namespace chongal::store {

// The ids an event refers to (views into the event); empty when it has none.
struct EventRefs {
    std::string_view orderId;
    std::string_view courierId;
};

EventRefs eventRefs(const dispatch::Event& e);

// Replaces `payload` with the payload of `e` (empty when the type has none).
void encodePayload(const dispatch::Event& e, std::string& payload);

// Rebuilds an event from its columns. Throws a Damaged StoreException for an unknown type or a
// payload that does not match its type.
dispatch::Event decodeEvent(int type, Time at, std::string_view source, std::string_view orderId,
                            std::string_view courierId, std::string_view payload);

}  // namespace chongal::store

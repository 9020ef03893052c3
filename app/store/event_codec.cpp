#include "app/store/event_codec.h"

#include <type_traits>

#include "app/store/byte_codec.h"

namespace chongal::store {

using namespace dispatch;

namespace {

template <class... F>
struct Overloaded : F... {
    using F::operator()...;
};

void putPoint(ByteWriter& w, GeoPoint p) {
    w.real(p.lat);
    w.real(p.lon);
}

GeoPoint getPoint(ByteReader& r) {
    GeoPoint p;
    p.lat = r.real();
    p.lon = r.real();
    return p;
}

std::string str(std::string_view s) {
    return std::string(s);
}

}  // namespace

EventRefs eventRefs(const Event& e) {
    return std::visit(Overloaded{
                          [](const OrderCreated& b) {
                              return EventRefs{b.order.id, {}};
                          },
                          [](const OrderCancelled& b) {
                              return EventRefs{b.orderId, {}};
                          },
                          [](const CourierJoined& b) {
                              return EventRefs{{}, b.courier.id};
                          },
                          [](const CourierLeft& b) {
                              return EventRefs{{}, b.courierId};
                          },
                          [](const CourierMoved& b) {
                              return EventRefs{{}, b.courierId};
                          },
                          [](const OrderAssigned& b) {
                              return EventRefs{b.orderId, b.courierId};
                          },
                          [](const PickedUp& b) {
                              return EventRefs{b.orderId, b.courierId};
                          },
                          [](const Delivered& b) {
                              return EventRefs{b.orderId, b.courierId};
                          },
                          [](const OrderLocked& b) {
                              return EventRefs{b.orderId, b.courierId};
                          },
                          [](const SequenceLocked& b) {
                              return EventRefs{{}, b.courierId};
                          },
                      },
                      e.body);
}

void encodePayload(const Event& e, std::string& payload) {
    payload.clear();
    ByteWriter w(payload);
    std::visit(Overloaded{
                   [&](const OrderCreated& b) {
                       const Order& o = b.order;
                       putPoint(w, o.pickup);
                       putPoint(w, o.dropoff);
                       w.signedVarint(wrappingSub(o.placedAt, e.at));
                       w.signedVarint(wrappingSub(o.readyAt, e.at));
                       w.signedVarint(wrappingSub(o.dueAt, e.at));
                       w.signedVarint(o.size);
                       w.signedVarint(o.pickupServiceS);
                       w.signedVarint(o.dropoffServiceS);
                       w.string(o.customer);
                       w.string(o.address);
                       w.string(o.note);
                   },
                   [&](const OrderCancelled& b) { w.string(b.reason); },
                   [&](const CourierJoined& b) {
                       const Courier& c = b.courier;
                       w.string(c.name);
                       putPoint(w, c.start);
                       w.byte(c.end ? 1 : 0);
                       if (c.end) putPoint(w, *c.end);
                       w.signedVarint(wrappingSub(c.shiftStart, e.at));
                       w.signedVarint(wrappingSub(c.shiftEnd, e.at));
                       w.signedVarint(c.capacity);
                       w.real(c.speedKmh);
                   },
                   [&](const CourierMoved& b) {
                       putPoint(w, b.position);
                       w.real(b.headingDeg);
                   },
                   [&](const SequenceLocked& b) {
                       w.varint(b.stopKeys.size());
                       for (const auto& k : b.stopKeys) w.string(k);
                   },
                   [](const auto&) {},
               },
               e.body);
}

Event decodeEvent(int type, Time at, std::string_view source, std::string_view orderId,
                  std::string_view courierId, std::string_view payload) {
    Event e;
    e.at = at;
    e.source = str(source);
    ByteReader r(payload);
    switch (type) {
        case 0: {
            Order o;
            o.id = str(orderId);
            o.pickup = getPoint(r);
            o.dropoff = getPoint(r);
            o.placedAt = wrappingAdd(at, r.signedVarint());
            o.readyAt = wrappingAdd(at, r.signedVarint());
            o.dueAt = wrappingAdd(at, r.signedVarint());
            o.size = static_cast<Load>(r.signedVarint());
            o.pickupServiceS = r.signedVarint();
            o.dropoffServiceS = r.signedVarint();
            o.customer = str(r.string());
            o.address = str(r.string());
            o.note = str(r.string());
            e.body = OrderCreated{std::move(o)};
            break;
        }
        case 1:
            e.body = OrderCancelled{str(orderId), str(r.string())};
            break;
        case 2: {
            Courier c;
            c.id = str(courierId);
            c.name = str(r.string());
            c.start = getPoint(r);
            if (r.byte()) c.end = getPoint(r);
            c.shiftStart = wrappingAdd(at, r.signedVarint());
            c.shiftEnd = wrappingAdd(at, r.signedVarint());
            c.capacity = static_cast<Load>(r.signedVarint());
            c.speedKmh = r.real();
            e.body = CourierJoined{std::move(c)};
            break;
        }
        case 3:
            e.body = CourierLeft{str(courierId)};
            break;
        case 4: {
            CourierMoved m;
            m.courierId = str(courierId);
            m.position = getPoint(r);
            m.headingDeg = r.real();
            e.body = std::move(m);
            break;
        }
        case 5:
            e.body = OrderAssigned{str(orderId), str(courierId)};
            break;
        case 6:
            e.body = PickedUp{str(orderId), str(courierId)};
            break;
        case 7:
            e.body = Delivered{str(orderId), str(courierId)};
            break;
        case 8:
            e.body = OrderLocked{str(orderId), str(courierId)};
            break;
        case 9: {
            SequenceLocked s;
            s.courierId = str(courierId);
            const std::uint64_t n = r.varint();
            if (n > payload.size()) throw StoreException(ErrorKind::Damaged, "bad stop count");
            s.stopKeys.reserve(n);
            for (std::uint64_t i = 0; i < n; ++i) s.stopKeys.push_back(str(r.string()));
            e.body = std::move(s);
            break;
        }
        default:
            throw StoreException(ErrorKind::Damaged, "unknown event type " + std::to_string(type) +
                                                         " (written by a newer Chongal?)");
    }
    static_assert(std::variant_size_v<EventBody> == 10, "new event type: extend the codec");
    if (!r.atEnd())
        throw StoreException(ErrorKind::Damaged, "event payload longer than its type allows");
    return e;
}

}  // namespace chongal::store

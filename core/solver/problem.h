#pragma once
// The routing problem the solver works on: immutable once built and validated.
//
// A *request* is one order: a pickup stop and a delivery stop (pickup before delivery, same
// vehicle), or a delivery stop alone when the goods are already on the vehicle or at its start
// (benchmark VRPTW customers, orders on board). Stops index into `stops`; locations index into
// the travel matrix. Vehicle start/end points are locations, not stops.
#include <string>
#include <vector>

#include "core/model/units.h"
#include "core/travel/matrix.h"

namespace chongal::solver {

enum class StopKind : std::uint8_t { Pickup, Delivery };

struct Stop {
    int location = 0;
    StopKind kind = StopKind::Delivery;
    int request = 0;
    Time service = 0;
    Time open = 0;         // hard window on the start of service (waiting allowed) ...
    Time close = kNoLimit; // ... service must start no later than this
    Time due = kNoLimit;   // soft promise: lateness = max(0, start - due), penalised
    Load load = 0;         // added to the vehicle at this stop (+ pickup, - delivery)
    int external = 0;      // id in the source file (benchmarks) or order index (dispatch)
};

struct Request {
    int pickup = -1;  // stop index, -1 when the goods are already on the vehicle / at its start
    int delivery = 0; // stop index
    int lockedVehicle = -1;  // operator lock or goods on board: only this vehicle may serve it
};

struct Vehicle {
    std::string id;
    int startLocation = 0;
    int endLocation = -1;  // -1: open route, ends at its last stop
    Time shiftStart = 0;   // earliest departure from the start
    Time shiftEnd = kNoLimit;  // latest arrival at the end (open route: latest end of service)
    Load capacity = 0;  // the load at the start is the sum of the route's delivery-only stops
    // Stops that must open the route, in this order (committed leg, locked sequence).
    std::vector<int> fixedPrefix;
};

enum class Objective : std::uint8_t {
    Hierarchical,  // benchmarks: fewest vehicles, then total distance
    Distance,      // total distance only
    Dispatch,      // weighted: unassigned >> lateness >> vehicles used >> travel time
};

// Weights of the dispatch objective, in one place. Units: cost per item/second/metre. Each
// level dominates the next: one second late outweighs 50 couriers (a promise is never traded for
// fleet), one order left out outweighs 11 days of lateness.
struct DispatchWeights {
    Cost unassigned = 100'000'000'000'000;
    Cost latenessPerSecond = 100'000'000;
    Cost vehicleUsed = 2'000'000;
    Cost travelSecond = 10;
    Cost travelMetre = 1;
};

struct Problem {
    std::string name;
    std::vector<Stop> stops;
    std::vector<Request> requests;
    std::vector<Vehicle> vehicles;
    travel::Matrix matrix;
    std::vector<Point> coords;  // per location, for neighbour search (x,y or lon,lat)
    // Benchmark problems: matrix units per instance unit (distance reported = sum / scale).
    double scale = 1.0;
    Objective objective = Objective::Dispatch;
    DispatchWeights weights;

    int locationCount() const { return matrix.size(); }
    bool hasSoftDeadlines() const;
};

}  // namespace chongal::solver

#include "core/solver/search/search_context.h"

#include <algorithm>

namespace chongal::solver::search {

void ruinAndRecreate(SearchContext& ctx, SearchSolution& work, const RuinParams& ruin,
                     const RecreateOptions& options) {
    work.touched.clear();
    ruinStrings(ctx.problem, work, ctx.neighbours, ctx.rng, ruin);
    RecreateOptions granular = options;
    granular.neighbours = &ctx.neighbours;
    granular.granularity = ctx.granularity;
    granular.cancel = ctx.cancel;
    granular.failures = &ctx.failures;
    recreate(ctx.problem, work.params(), work, ctx.classes, ctx.rng, granular);
    ++ctx.iterations;
}

void syncRoutes(SearchSolution& to, const SearchSolution& from, std::vector<int>& routes) {
    std::sort(routes.begin(), routes.end());
    routes.erase(std::unique(routes.begin(), routes.end()), routes.end());
    to.copyRoutesFrom(from, routes);
    routes.clear();
}

}  // namespace chongal::solver::search
